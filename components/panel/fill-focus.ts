/**
 * The NOSSA field a fill is working on right now, as a tiny observable: the fill sets it (through
 * the engine's `onFieldElement`, see flow/fill-runner.ts) and clears it when the run ends; the
 * panel reads it to stay off that field and to outline it on the page (FieldOutline).
 */
export interface FillFocus {
  /** The site profile's field key (pendingReason, workLogDetails, ...). */
  field: string;
  element: Element;
}

let current: FillFocus | null = null;
const listeners = new Set<() => void>();

export function setFillFocus(next: FillFocus | null): void {
  if (next === current || (next && current && next.field === current.field && next.element === current.element)) return;
  current = next;
  for (const listener of [...listeners]) listener();
}

export const getFillFocus = (): FillFocus | null => current;

export function subscribeFillFocus(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
