/** Move up, move down and remove for one row of an ordered list (locators, the actions a field needs). */
export function RowButtons({
  index,
  count,
  onMove,
  onRemove,
  labels,
}: {
  index: number;
  count: number;
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: () => void;
  labels: { up: string; down: string; remove: string };
}) {
  return (
    <>
      <button type="button" className="icon" data-move="-1" disabled={index === 0} onClick={() => onMove(index, -1)} aria-label={labels.up} title={labels.up}>
        ↑
      </button>
      <button type="button" className="icon" data-move="1" disabled={index === count - 1} onClick={() => onMove(index, 1)} aria-label={labels.down} title={labels.down}>
        ↓
      </button>
      <button type="button" className="icon" onClick={onRemove} aria-label={labels.remove} title={labels.remove}>
        ✕
      </button>
    </>
  );
}
