import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import type { PanelFocusPlace } from '@/lib/messaging/protocol/panel';

/** The manifest's command (wxt.config.ts `commands`): into Pandu's panel on NOSSA, and back. */
export const FOCUS_PANEL_COMMAND = 'focus-panel';

/**
 * What the shortcut does: asks the tab it was pressed on (else the active tab of the focused
 * window) to move focus into the panel or back to NOSSA. A tab without Pandu's content script (not
 * NOSSA) has no one to answer: nothing happens, and that is not an error.
 */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<PanelFocusPlace | null> {
  if (command !== FOCUS_PANEL_COMMAND) return null;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId == null) return null;
  try {
    return await sendMessage('focusPanel', undefined, tabId);
  } catch {
    return null;
  }
}

/** Listens for the shortcut; set at every worker start (MV3 delivers events only to listeners set then). */
export function startCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
}
