import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_POINTS, MAX_ROW_POINTS, columnWidths, longestLine, rowHeight, wrappedLines, type LayoutColumn } from '@/lib/export';

describe('wrappedLines: the lines a text takes in a wrapped cell', () => {
  it('is one line for short text, and for text exactly as long as a line (width less the margin)', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('Dewi', 10)).toBe(1);
    expect(wrappedLines('123456789', 10)).toBe(1);
    expect(wrappedLines('1234567890', 10)).toBe(2);
  });

  it('wraps at spaces, a word that does not fit moving whole to the next line', () => {
    expect(wrappedLines('aaaa bbbb', 5)).toBe(2);
    expect(wrappedLines('aaaa bbbb cccc', 10)).toBe(2); // "aaaa bbbb" then "cccc"
    expect(wrappedLines('aa bb cc dd', 6)).toBe(2); // "aa bb" "cc dd"
  });

  it('breaks a word longer than a line across lines', () => {
    expect(wrappedLines('abcdefghij', 5)).toBe(3); // 4 + 4 + 2
    expect(wrappedLines('xy abcdefghij z', 5)).toBe(4); // "xy" "abcd" "efgh" "ij z"
  });

  it('counts every line break, CRLF and empty lines included', () => {
    expect(wrappedLines('baris 1\nbaris 2', 40)).toBe(2);
    expect(wrappedLines('baris 1\r\nbaris 2\r\n\r\nbaris 4', 40)).toBe(4);
    expect(wrappedLines('satu\n', 40)).toBe(2);
  });

  it('adds the wrapped lines of each paragraph', () => {
    expect(wrappedLines('aaaa bbbb\ncc', 5)).toBe(3);
  });

  it('holds at least one character a line in a column narrower than its margin', () => {
    expect(wrappedLines('abc', 1)).toBe(3);
    expect(wrappedLines('abc', 0)).toBe(3);
  });
});

describe('longestLine', () => {
  it('is the length of the longest line, a CR before the line feed not counted', () => {
    expect(longestLine('')).toBe(0);
    expect(longestLine('Ni Luh Putu Ayu Setyaningsih')).toBe(28);
    expect(longestLine('ab\r\nabcdef\nabc')).toBe(6);
  });
});

describe('columnWidths: from the header and the longest line, capped', () => {
  const columns: LayoutColumn[] = [
    { header: 'Tiket', kind: 'text', maxWidth: 16 },
    { header: 'Nama agen', kind: 'text', maxWidth: 32 },
    { header: 'Mulai (WIB)', kind: 'date', maxWidth: 20 },
    { header: 'Durasi (detik)', kind: 'number', maxWidth: 14 },
    { header: 'Work log', kind: 'text', maxWidth: 60, wrap: true },
  ];

  it('fits the longest value plus padding, the header read whole, dates at their shown width', () => {
    const rows = [
      ['IN110088001', 'Dewi Lestari', new Date(0), 360, 'pendek'],
      ['IN1', 'Ni Luh Putu Ayu Setyaningsih', null, 12345, null],
    ];
    // Ticket 11 + 3; name 28 + 3; date 19 + 3 (capped at 20 but never under its header 11 + 3);
    // duration: the header (14) + 3 beats the cap; work log: its header 8 + 3 over "pendek".
    expect(columnWidths(columns, rows)).toEqual([14, 31, 20, 17, 11]);
  });

  it("caps long text at the column's width, a multi-line note measured by its longest line", () => {
    const rows = [['IN1', 'x'.repeat(80), null, null, `${'a'.repeat(30)}\n${'b'.repeat(200)}`]];
    const widths = columnWidths(columns, rows);
    expect(widths[1]).toBe(32);
    expect(widths[4]).toBe(60);
    expect(columnWidths(columns, [['IN1', null, null, null, `${'a'.repeat(30)}\nb`]])[4]).toBe(33);
  });

  it('stops reading a column once it reaches its cap, and keeps reading the others to the last row', () => {
    const read: number[] = [];
    const rows = Array.from(
      { length: 50 },
      (_, r) =>
        new Proxy(['IN1', r === 0 ? 'x'.repeat(80) : 'Dewi', null, r, r === 49 ? 'y'.repeat(40) : 'pendek'], {
          get: (cells, key) => {
            if (key === '1') read.push(r);
            return cells[key as unknown as number];
          },
        }),
    );
    expect(columnWidths(columns, rows)).toEqual([8, 32, 20, 17, 43]);
    expect(read).toEqual([0]);
  });

  it('is what measuring every cell of every row gives', () => {
    const naive = (rows: (string | number | null)[][]) =>
      columns.map((column, c) => {
        const longest =
          column.kind === 'date' ? 19 : Math.max(0, ...rows.map((row) => (row[c] == null ? 0 : column.kind === 'number' ? String(row[c]).length : longestLine(String(row[c])))));
        return Math.max(6, longestLine(column.header) + 3, Math.min(longest + 3, column.maxWidth));
      });
    const text = fc.oneof(fc.constant(null), fc.string({ maxLength: 70 }), fc.constantFrom('a\nbb', `${'z'.repeat(40)}\nq`));
    const row = fc.tuple(text, text, fc.constant(null), fc.oneof(fc.constant(null), fc.integer({ min: -1e9, max: 1e9 })), text);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        expect(columnWidths(columns, rows)).toEqual(naive(rows));
      }),
    );
  });

  it('is never narrower than the minimum, even for an empty sheet with short headers', () => {
    expect(columnWidths([{ header: 'ID', kind: 'text', maxWidth: 40 }], [])).toEqual([6]);
  });

  it('looks at every row: one long value far down still widens the column', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [i === 4_999 ? 'IN1100880012345' : 'IN1', null, null, null, null]);
    expect(columnWidths(columns, rows)[0]).toBe(16);
  });
});

describe('rowHeight: tall enough for every line of the wrapped cells', () => {
  const widths = [20, 11, 30];
  const wrap = [true, false, true];

  it('is null (the default height) when every cell is one line', () => {
    expect(rowHeight(['pendek', 'IN110088001234567', 'juga pendek'], widths, wrap)).toBeNull();
    expect(rowHeight([null, 5, new Date(0)], widths, wrap)).toBeNull();
  });

  it('takes the tallest wrapped cell, a line each', () => {
    expect(rowHeight(['baris 1\nbaris 2', null, 'a\nb\nc'], widths, wrap)).toBe(3 * LINE_POINTS);
  });

  it('ignores long text in a column that does not wrap', () => {
    expect(rowHeight(['x', 'satu\ndua\ntiga', 'y'], widths, wrap)).toBeNull();
  });

  it("stops at Excel's tallest row", () => {
    expect(rowHeight(['x\n'.repeat(100), null, null], widths, wrap)).toBe(MAX_ROW_POINTS);
  });
});
