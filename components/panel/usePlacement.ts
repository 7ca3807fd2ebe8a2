import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { defaultPanelPlacement, type PanelPlacement } from '@/lib/schema';
import { frameFor, movedBy, nearerSide, rectOf, type Frame, type Place, type Rect, type Viewport } from './placement-math';
import { useViewport } from './useViewport';

const STEP = 16;
const BIG_STEP = 96;

/** A floating place replaces the anchors before it (left or right, top or bottom). */
function floatingAt(placement: PanelPlacement, place: Pick<Place, 'left' | 'right' | 'top' | 'bottom'>): PanelPlacement {
  const { left: _l, right: _r, top: _t, bottom: _b, ...rest } = placement;
  return { ...rest, ...place };
}

const rectOfElement = (element: HTMLElement | null): Rect | null => {
  const box = element?.getBoundingClientRect();
  return box ? { left: box.left, top: box.top, width: box.width, height: box.height } : null;
};

/**
 * Where the panel sits and how: floating (kept inside the window on load and on every resize),
 * docked to a side, compact, collapsed. Drag the grip with the mouse, or focus it and use the
 * arrow keys (Shift for bigger steps); the grip cannot be taken out of the window. Docked, the
 * grip (or Left / Right) moves the column to the other side. Saved when a move ends, so the
 * panel comes back where the agent left it, in every NOSSA tab.
 */
export function usePlacement(stored: PanelPlacement | undefined, save: (placement: PanelPlacement) => Promise<unknown>) {
  const [placement, setPlacement] = useState<PanelPlacement>(stored ?? defaultPanelPlacement());
  const viewport: Viewport = useViewport();
  const drag = useRef<{ x: number; y: number; rect: Rect } | null>(null);
  /** The panel's (or the chip's) element (a callback ref sets it), measured when a move starts. */
  const [element, setElement] = useState<HTMLElement | null>(null);
  const latest = useRef(placement);
  latest.current = placement;

  /**
   * This tab's saves not answered yet. Key presses save one after another faster than the
   * background answers; the settings that come back meanwhile hold an earlier press's place, and
   * taking them would pull the panel back mid-move. So the stored place is taken only when none
   * is on its way (`settled` re-reads it then): by then it is the last press's, or another tab's.
   */
  const saving = useRef(0);
  const [settled, setSettled] = useState(0);
  const send = (next: PanelPlacement) => {
    saving.current++;
    save(next)
      .catch(() => undefined) // not stored: the next move saves again, and the panel stays where the agent put it
      .finally(() => {
        saving.current--;
        if (saving.current === 0) setSettled((count) => count + 1);
      });
  };

  // A change made in another tab or by the popup's reset (pushed through settings) applies here too.
  const storedKey = stored ? JSON.stringify(stored) : '';
  useEffect(() => {
    if (stored && !drag.current && saving.current === 0) setPlacement(stored);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the values: a settings push brings a new object with the same place
  }, [storedKey, settled]);

  const frame: Frame = frameFor(placement, viewport, placement.collapsed);
  const currentRect = () => rectOfElement(element) ?? rectOf(frame, frame.maxHeight, viewport);
  const commit = (next: PanelPlacement) => {
    setPlacement(next);
    send(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, rect: currentRect() };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (!start) return;
    const now = latest.current;
    if (now.dock) {
      const side = nearerSide(event.clientX, viewport);
      if (side !== now.dock) setPlacement({ ...now, dock: side });
      return;
    }
    setPlacement(floatingAt(now, movedBy(start.rect, event.clientX - start.x, event.clientY - start.y, viewport)));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    send(latest.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const now = latest.current;
    if (now.dock) {
      if (move[0] !== 0) commit({ ...now, dock: move[0] < 0 ? 'left' : 'right' });
      return;
    }
    commit(floatingAt(now, movedBy(currentRect(), move[0], move[1], viewport)));
  };

  const setCollapsed = (collapsed: boolean) => commit({ ...latest.current, collapsed });
  const setCompact = (compact: boolean) => commit({ ...latest.current, compact });
  /** Docks to the side the floating panel is nearer to; undocked, it floats where it was. */
  const setDocked = (docked: boolean) => {
    const rect = currentRect();
    commit({ ...latest.current, dock: docked ? nearerSide(rect.left + rect.width / 2, viewport) : null });
  };

  return { placement, frame, viewport, element, setElement, setCollapsed, setCompact, setDocked, grip: { onPointerDown, onPointerMove, onPointerUp, onKeyDown } };
}
