import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PanelPlacement } from '@/lib/schema';

const STEP = 16;
const BIG_STEP = 96;
const MARGIN = 4;

const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(value, 0), Math.max(max, 0)));

/**
 * Where the panel sits, measured from the viewport's bottom-right corner. Drag the grip with the
 * mouse, or focus it and use the arrow keys (Shift for bigger steps); the placement is saved when
 * a move ends, so the panel comes back where the agent left it.
 */
export function usePlacement(stored: PanelPlacement | undefined, save: (placement: PanelPlacement) => void) {
  const [placement, setPlacement] = useState<PanelPlacement>(stored ?? { collapsed: false, right: 16, bottom: 16 });
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  const latest = useRef(placement);
  latest.current = placement;

  // A change made in another tab (pushed through settings) moves this panel too.
  useEffect(() => {
    if (stored && !drag.current) setPlacement(stored);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the values: a settings push brings a new object with the same place
  }, [stored?.collapsed, stored?.right, stored?.bottom]);

  const within = (right: number, bottom: number): PanelPlacement => ({
    ...latest.current,
    right: clamp(right, window.innerWidth - 120 - MARGIN),
    bottom: clamp(bottom, window.innerHeight - 40 - MARGIN),
  });

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, right: placement.right, bottom: placement.bottom };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (!start) return;
    setPlacement(within(start.right - (event.clientX - start.x), start.bottom - (event.clientY - start.y)));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    save(latest.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = within(placement.right + move[0], placement.bottom + move[1]);
    setPlacement(next);
    save(next);
  };
  const setCollapsed = (collapsed: boolean) => {
    const next = { ...latest.current, collapsed };
    setPlacement(next);
    save(next);
  };

  return { placement, setCollapsed, grip: { onPointerDown, onPointerMove, onPointerUp, onKeyDown } };
}
