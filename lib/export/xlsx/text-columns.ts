import type { SharedStrings } from './shared-strings';

/** Rows looked at before a column's texts are judged. */
export const SAMPLE_ROWS = 1_000;

/**
 * Which of a sheet's columns put their texts in the shared string table. A column of names,
 * labels and codes repeats a few texts on every row: shared, each cell is a short number. A
 * column of ids and notes is mostly texts seen once: shared, each would be written twice (table
 * and index) and the table would grow by one entry a row, so they are written in the cell
 * (inline). The first SAMPLE_ROWS rows decide, column by column.
 */
export class TextColumns {
  private readonly inline: boolean[] = [];
  private readonly texts: number[] = [];
  private readonly added: number[] = [];
  private row = 0;

  constructor(private readonly strings: SharedStrings | null) {}

  /** The table for a text in column `c` of the current row, or null to write it in the cell. */
  tableFor(c: number): SharedStrings | null {
    return this.inline[c] ? null : this.strings;
  }

  /** Still in the sample: every text goes to the table, counted by `sampled`. */
  get sampling(): boolean {
    return this.row < SAMPLE_ROWS && this.strings !== null;
  }

  /** Counts a text the table took in column `c`, and whether it was new to the table. */
  sampled(c: number, added: boolean): void {
    this.texts[c] = (this.texts[c] ?? 0) + 1;
    if (added) this.added[c] = (this.added[c] ?? 0) + 1;
  }

  /** A row is done; after the sample, columns of mostly new texts go inline. */
  endRow(): void {
    if (++this.row !== SAMPLE_ROWS) return;
    this.texts.forEach((count, c) => (this.inline[c] = (this.added[c] ?? 0) * 2 > count));
  }
}
