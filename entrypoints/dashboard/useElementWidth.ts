import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width of an element without padding (a scroller, a figure) in CSS pixels, kept current as the window or layout changes
 * (ResizeObserver); `fallback` until the first measure, and where nothing can be measured (a
 * DOM without layout, as in unit tests). Measured before paint, so the first frame is already
 * laid out for the real width.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (value: number) => {
      // Whole pixels: sub-pixel jitter must not re-render a table of 100,000 rows.
      if (value > 0) setWidth(Math.floor(value));
    };
    measure(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
