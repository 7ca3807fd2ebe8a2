import { sendMessage } from '@/lib/messaging';
import { onDemandScript } from '../on-demand/on-demand-script';
import { publishedPanelTools, type PanelTools } from './panel-tools';

/** The panel tools, injected on first use by the background into this tab's document (message `loadPanelTools`); once per page. */
const panelTools = onDemandScript(() => sendMessage('loadPanelTools', undefined), publishedPanelTools);

/**
 * The tools, loading them if need be. A failure is thrown (the page check says so where it was
 * asked for) and the next click asks again.
 */
export async function loadPanelTools(): Promise<PanelTools> {
  const state = await panelTools.load();
  if (state.status === 'ready') return state.script;
  throw state.status === 'failed' ? state.error : new Error('the panel tools did not load');
}
