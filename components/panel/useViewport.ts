import { useEffect, useState } from 'react';
import type { Viewport } from './placement-math';

/**
 * The window's layout size, what `position: fixed` is placed in: without a classic scroll bar
 * (the root's clientWidth in standards mode; NOSSA's page scrolls), the inner size otherwise.
 */
export function readViewport(win: Window = window): Viewport {
  const root = win.document.documentElement;
  const standards = win.document.compatMode === 'CSS1Compat' && root.clientWidth > 0;
  return { width: standards ? root.clientWidth : win.innerWidth, height: standards ? root.clientHeight : win.innerHeight };
}

/** The viewport, kept current on resize (a smaller window clamps the panel in at once). */
export function useViewport(): Viewport {
  const [viewport, setViewport] = useState(readViewport);
  useEffect(() => {
    const update = () =>
      setViewport((before) => {
        const now = readViewport();
        return now.width === before.width && now.height === before.height ? before : now;
      });
    window.addEventListener('resize', update);
    // A scroll bar appearing or going (NOSSA loading another ticket) changes the width without a resize.
    const observer = new ResizeObserver(update);
    observer.observe(document.documentElement);
    update();
    return () => {
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, []);
  return viewport;
}
