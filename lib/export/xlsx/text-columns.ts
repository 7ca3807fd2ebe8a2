import type { SharedStrings } from './shared-strings';

/** Rows looked at before a column's texts are judged. */
export const SAMPLE_ROWS = 1_000;

/**
 * Which of a sheet's columns put their texts in the shared string table, and their indexes. A
 * column of names, labels and codes repeats a few texts on every row: shared, each cell is a
 * short number. A column of ids and notes is mostly texts seen once: shared, each would be
 * written twice (table and index) and the table would grow by one entry a row, so they are
 * written in the cell (inline). The first SAMPLE_ROWS rows decide, column by column.
 */
export class TextColumns {
  private readonly inline: boolean[] = [];
  private readonly texts: number[] = [];
  private readonly added: number[] = [];
  /**
   * Each column's last text and its index: the history repeats a session's ticket and id on each
   * of its events, row after row, and a comparison is cheaper than hashing the text again.
   */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastIndex: number[] = [];
  private row = 0;

  constructor(private readonly strings: SharedStrings | null) {}

  /** Whether column `c`'s texts go through the table (else in the cell). */
  shares(c: number): boolean {
    return this.strings !== null && this.inline[c] !== true;
  }

  /** The table's index of a (non-empty) text in column `c`, a column that shares its texts. */
  indexOf(c: number, text: string): number {
    const strings = this.strings!;
    const sampling = this.row < SAMPLE_ROWS;
    if (sampling) this.texts[c] = (this.texts[c] ?? 0) + 1;
    if (text === this.lastText[c]) {
      strings.countUse();
      return this.lastIndex[c]!;
    }
    const before = strings.size;
    const index = strings.indexOf(text);
    if (sampling && strings.size > before) this.added[c] = (this.added[c] ?? 0) + 1;
    this.lastText[c] = text;
    this.lastIndex[c] = index;
    return index;
  }

  /** A row is done; after the sample, columns of mostly new texts go inline. */
  endRow(): void {
    if (++this.row !== SAMPLE_ROWS) return;
    this.texts.forEach((count, c) => (this.inline[c] = (this.added[c] ?? 0) * 2 > count));
  }
}
