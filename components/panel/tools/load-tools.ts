import { sendMessage } from '@/lib/messaging';
import { publishedPanelTools, type PanelTools } from './panel-tools';

let loading: Promise<PanelTools> | null = null;

/**
 * The panel tools, injected on first use by the background into this tab and frame (message
 * `loadPanelTools`); once per page. A failure is thrown (the panel says so) and the next click
 * asks again.
 */
export function loadPanelTools(): Promise<PanelTools> {
  const ready = publishedPanelTools();
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage('loadPanelTools', undefined)
    .then(() => {
      const tools = publishedPanelTools();
      if (!tools) throw new Error('the panel tools script ran but offered nothing');
      return tools;
    })
    .finally(() => {
      // Once loaded the slot answers; after a failure the next click asks again.
      loading = null;
    });
  return loading;
}
