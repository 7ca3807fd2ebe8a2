import { useEffect, useRef, useState } from 'react';

/**
 * After a row moves up or down, the keyboard follows it: focus goes to the same button on the
 * row's new place (or its other move button at either end), so pressing ↑ again keeps moving the
 * same item instead of the one that took its place.
 */
export function useMoveFocus<T extends HTMLElement>() {
  const list = useRef<T>(null);
  const [pending, setPending] = useState<{ index: number; step: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!pending || !list.current) return;
    const row = list.current.querySelectorAll(':scope > li')[pending.index];
    const same = row?.querySelector<HTMLButtonElement>(`button[data-move="${pending.step}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-move="${-pending.step}"]`);
    (same && !same.disabled ? same : other)?.focus();
    setPending(null);
  }, [pending]);
  return { list, movedTo: (index: number, step: -1 | 1) => setPending({ index, step }) };
}
