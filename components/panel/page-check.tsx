import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { sendMessage } from '@/lib/messaging';
import { checkPage } from '@/lib/sites';
import { ticketLink } from '@/lib/sites/ticket-link';
import { useI18n } from '../I18n';
import { useSettings } from '../SettingsProvider';
import { useSiteProfile } from './SiteProfileContext';
import { loadPanelTools } from './tools/load-tools';
import { publishedPanelTools, type PanelTools } from './tools/panel-tools';

const noSubscription = () => () => {};

/**
 * The footer's page check, and the deep check: it opens the Log tab, a new work-log row and the
 * Change Status dialog to check every field, then reloads the ticket so nothing it opened is kept
 * (no Save is ever pressed). The report is stashed with the background across that reload and
 * shown once the page is back. The box, the picker and the deep check are the panel tools,
 * loaded on the first click (tools/); the report on view lives in their store, so the field
 * picker can re-run it after a save and it survives the panel being collapsed.
 */
export function usePageCheck(ticketId: string | null) {
  const profile = useSiteProfile();
  const [tools, setTools] = useState<PanelTools | null>(publishedPanelTools);
  const open = useSyncExternalStore(tools?.checks.subscribe ?? noSubscription, () => tools?.checks.get() != null);
  const [deep, setDeep] = useState<'idle' | 'running' | 'failed'>('idle');
  /** Why the tools could not be loaded (shown in the panel), or null. */
  const [unloaded, setUnloaded] = useState<unknown>(null);

  /** The tools, loaded on first use; null (and the reason shown in the panel) when they could not be. */
  const load = async (): Promise<PanelTools | null> => {
    try {
      const loaded = await loadPanelTools();
      setUnloaded(null);
      setTools(loaded);
      return loaded;
    } catch (error) {
      setUnloaded(error);
      return null;
    }
  };

  // Once per mount: the report a deep check stashed across its reload is taken once.
  useEffect(() => {
    let alive = true;
    sendMessage('takePageCheck', undefined)
      .then(async (report) => alive && report && (await load())?.show(report))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const runDeep = async () => {
    if (!ticketId) return;
    setDeep('running');
    const loaded = await load();
    if (!loaded) return setDeep('idle');
    try {
      const report = await loaded.deepCheck(document, profile);
      loaded.show(report);
      await sendMessage('stashPageCheck', { report });
      // The fresh load discards the unsaved New Row the check left; same host as this tab.
      location.assign(ticketLink(profile, ticketId, location.origin));
    } catch {
      setDeep('failed');
    }
  };

  return {
    tools: open ? tools : null,
    unloaded,
    runQuick: () => void load().then((loaded) => loaded?.show(checkPage(document, profile))),
    runDeep,
    deep,
  };
}

/** Where the tools render the page check's box, inside the panel (their own Preact root). */
export function PageCheckTools({ tools }: { tools: PanelTools }) {
  const host = useRef<HTMLDivElement>(null);
  const { language, t } = useI18n();
  const settings = useSettings();
  const profile = useSiteProfile();
  useLayoutEffect(() => tools.render(host.current!, { language, t, settings, profile }));
  useLayoutEffect(() => {
    const element = host.current!;
    return () => tools.unmount(element);
  }, [tools]);
  return <div ref={host} className="pandu-tools" style={{ display: 'contents' }} />;
}
