import { firstFocusable, isUsable } from '@/components/panel/flow/focus-intent';
import { panelFocusRequests } from '@/components/panel/panel-focus';
import { findField } from '@/lib/fill';
import type { PanelFocusPlace } from '@/lib/messaging/protocol/panel';
import type { SiteProfile } from '@/lib/sites';

/**
 * The panel shortcut on this page (manifest `commands`, background/commands.ts): pressed on
 * NOSSA, it jumps into the panel (opened if collapsed, on the current step's control); pressed in
 * the panel, it goes back to the NOSSA element the agent was on, or else NOSSA's main field (the
 * ticket id). Maximo replaces a field's node when it re-renders, keeping its id within the page:
 * a node gone is looked up again by that id.
 */
export function startPanelShortcut(doc: Document, shadow: ShadowRoot, profile: () => SiteProfile) {
  let lastOnPage: Element | null = null;
  let lastId = '';
  const remember = (event: Event) => {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof Element) || path.includes(shadow.host)) return;
    lastOnPage = target;
    lastId = target.id;
  };
  doc.addEventListener('focusin', remember, true);

  const backOnPage = (): HTMLElement | null => {
    if (isUsable(lastOnPage)) return lastOnPage;
    const again = lastId ? doc.getElementById(lastId) : null;
    if (isUsable(again)) return again;
    const main = findField(doc, profile(), 'ticketId');
    return isUsable(main) ? main : null;
  };

  const toggle = async (): Promise<PanelFocusPlace> => {
    const inPanel = shadow.activeElement;
    if (inPanel) {
      const back = backOnPage();
      if (back) back.focus();
      else (inPanel as HTMLElement).blur();
      return 'page';
    }
    if (!shadow.host.isConnected) return 'none';
    // The flow takes it (on the step's control); with no flow on screen, the panel's first control.
    const taken = await panelFocusRequests.request();
    if (!taken && !shadow.activeElement) firstFocusable(shadow)?.focus();
    return shadow.activeElement ? 'panel' : 'none';
  };

  return { toggle, stop: () => doc.removeEventListener('focusin', remember, true) };
}
