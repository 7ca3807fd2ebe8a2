import type { FillTarget } from './useFillTarget';

/** Around a field, a little outside it: the outline must not hide the field's own border or text. */
const AROUND = 3;

/**
 * The outline over the NOSSA field a fill is writing: an element of our own shadow root placed
 * over the field's box (NOSSA's markup and styles stay untouched), so the agent sees where Pandu
 * is typing. It lets every click through.
 */
export function FieldOutline({ target }: { target: FillTarget | null }) {
  if (!target) return null;
  const { rect } = target;
  return (
    <div
      className="pandu-field-outline"
      aria-hidden="true"
      data-testid="fill-outline"
      data-field={target.field}
      style={{ left: rect.left - AROUND, top: rect.top - AROUND, width: rect.width + 2 * AROUND, height: rect.height + 2 * AROUND }}
    />
  );
}
