import { useEffect, useRef, type RefObject } from 'react';
import { usePanelFocusRequest, panelFocusRequests } from '../panel-focus';
import { deepActiveElement, firstFocusable, isUsable, isWithin, mayTakeFocus, panelOf, stepFocusTarget, watchWhereAgentActs, type AgentWhereabouts } from './focus-intent';

/** Puts focus on the step's control; false when the step shows none. */
function focusStep(root: HTMLElement): boolean {
  const target = stepFocusTarget(root);
  target?.focus();
  return target != null;
}

/**
 * Focus follows the flow (issue 14, item 1), in code rather than `autofocus` (which a browser
 * honours once per page, while NOSSA loads ticket after ticket into the same page):
 * - when `place` changes (a step, the start view, a new ticket's flow, a flow loaded after
 *   "Coba lagi"), the step's control takes focus, if the panel may take it (focus-intent.ts);
 * - when a step has been stored (`busy` ends) and focus fell to NOSSA's <body> meanwhile (Chrome
 *   drops focus from a disabled button), the control the agent pressed gets it back;
 * - the keyboard shortcut's request (panel-focus.ts) is taken whatever had focus: the agent asked.
 */
export function useStepFocus(rootRef: RefObject<HTMLElement | null>, place: string | null, busy: boolean): void {
  const where = useRef<AgentWhereabouts | null>(null);
  const shortcut = usePanelFocusRequest();

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const watcher = watchWhereAgentActs(root);
    where.current = watcher;
    return () => {
      watcher.stop();
      where.current = null;
    };
  }, [rootRef]);

  // The place whose control was last given focus (or found the focus elsewhere): focus moves once per place.
  const focusedPlace = useRef<string | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    // While a step is being stored its buttons are disabled: focus waits until they can take it
    // (the background's announcement of the new step may come before its answer does).
    if (!root || busy) return;
    const moved = place != null && place !== focusedPlace.current;
    if (place != null) focusedPlace.current = place;
    if (!mayTakeFocus(root, where.current?.last() ?? null)) return;
    if (moved) {
      focusStep(root);
      return;
    }
    const active = deepActiveElement(root.ownerDocument);
    if (active && isWithin(panelOf(root), active)) return;
    const pressed = where.current?.lastInPanel() ?? null;
    if (pressed && isWithin(root, pressed) && isUsable(pressed)) pressed.focus();
    else if (place != null) focusStep(root);
  }, [rootRef, place, busy]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !panelFocusRequests.take()) return;
    if (!focusStep(root)) firstFocusable(root)?.focus();
  }, [rootRef, shortcut]);
}
