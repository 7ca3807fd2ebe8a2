import { useEffect, useState, useSyncExternalStore } from 'react';
import { getFillFocus, subscribeFillFocus } from './fill-focus';
import type { Rect } from './placement-math';

export interface FillTarget {
  field: string;
  /** Where the field is on screen now (CSS pixels, the viewport's coordinates). */
  rect: Rect;
}

/**
 * The element on the page now for the field a fill is working on. Maximo replaces a field's node
 * on a round trip but keeps its id within a page load: a replaced node is found again by that id.
 */
function liveElement(element: Element): Element | null {
  if (element.isConnected) return element;
  return element.id ? element.ownerDocument.getElementById(element.id) : null;
}

const same = (a: Rect | null, b: Rect | null) => a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height);

/**
 * The field being filled and where it is, followed frame by frame while a fill runs (NOSSA scrolls,
 * re-renders, opens a dialog); null when no fill is working on a visible field. A field out of
 * sight is scrolled into view once, so the agent sees what is written.
 */
export function useFillTarget(): FillTarget | null {
  const focus = useSyncExternalStore(subscribeFillFocus, getFillFocus);
  const [rect, setRect] = useState<Rect | null>(null);

  useEffect(() => {
    if (!focus) {
      setRect(null);
      return;
    }
    let frame = 0;
    let scrolled = false;
    const follow = () => {
      const element = liveElement(focus.element);
      const box = element?.getBoundingClientRect();
      const next =
        box && box.width > 0 && box.height > 0 ? { left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) } : null;
      if (element && next && !scrolled) {
        scrolled = true;
        const view = element.ownerDocument.defaultView;
        const outside = view && (next.top < 0 || next.left < 0 || next.top + next.height > view.innerHeight || next.left + next.width > view.innerWidth);
        if (outside) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      setRect((before) => (same(before, next) ? before : next));
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  return focus && rect ? { field: focus.field, rect } : null;
}
