import * as z from 'zod/mini';
import { resultOf } from '../declare';

/** Where the panel shortcut left keyboard focus: in the panel, back on NOSSA's page, or nowhere (no panel on this page). */
export type PanelFocusPlace = 'panel' | 'page' | 'none';

/** Asked of the NOSSA tab's content script by the background: the panel on the page. */
export const panelContentRequests = {
  /**
   * The keyboard shortcut (manifest `commands`, background/commands.ts): into the panel (opened if
   * collapsed, on the current step's control), or, when focus is already in it, back to where the
   * agent was on NOSSA's page. No data: `z.literal(undefined)`, as `pageCheck`.
   */
  focusPanel: { input: z.literal(undefined), result: resultOf<PanelFocusPlace>() },
};
