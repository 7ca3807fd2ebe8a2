import { useEffect, useState } from 'react';
import { clearOf, EDGE, rectOf, type Frame, type Viewport } from './placement-math';
import type { FillTarget } from './useFillTarget';

/**
 * While a fill writes a NOSSA field the panel would cover, where the panel goes instead (moved,
 * or shrunk above or below the field): null when the field is in sight already. The panel's own
 * height is followed as its content changes, and kept as it was once it had to move, so a shrunk
 * panel does not bounce back over the field.
 */
export function useClearOfField(frame: Frame, viewport: Viewport, element: HTMLElement | null, target: FillTarget | null, docked: boolean): Frame | null {
  const [natural, setNatural] = useState(0);
  const rect = target ? clearOf(rectOf(frame, natural || frame.maxHeight, viewport), target.rect, viewport, docked ? 0 : EDGE) : null;
  const clearing = rect != null;

  useEffect(() => {
    if (clearing || !element) return;
    const measure = () => setNatural(Math.round(element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [clearing, element]);

  if (!rect) return null;
  return { left: rect.left, width: rect.width, top: rect.top, maxHeight: rect.height, ...(docked ? { height: rect.height } : {}) };
}
