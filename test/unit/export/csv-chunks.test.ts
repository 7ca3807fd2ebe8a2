import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_MIME, cellsOf, csvCells, csvChunks, sessionColumns, toCsv, writeCsvBlob, writeCsvParts, type CsvDelimiter, type ExportColumn, type SessionItem } from '@/lib/export';
import { type LogDetail, type LogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { TEST_LABELS } from './labels';

/**
 * The export writes CSV in chunks, with compiled columns that remember repeated fields. The
 * file must be exactly what the plain definition gives: every item's cells (`cellsOf`, masking
 * included), dates as local text (`csvCells`), then `toCsv` (BOM, neutralizing, quoting, CRLF).
 */
const clock = localClock('Asia/Makassar');
const columns = sessionColumns(TEST_LABELS, clock);

function reference(items: readonly SessionItem[], delimiter: CsvDelimiter, mask: boolean): string {
  const rows = items.map((item) => csvCells(columns as readonly ExportColumn<unknown>[], cellsOf(columns, item, mask), clock));
  return toCsv([columns.map((column) => column.header), ...rows], delimiter);
}

const chunked = (items: readonly SessionItem[], delimiter: CsvDelimiter, mask: boolean, chunkSize?: number) =>
  [...csvChunks(columns, items, { clock, delimiter, mask, chunkSize })].join('');

function row(n: number, patch: Partial<LogRow> = {}): LogRow {
  const startedMs = Date.UTC(2026, 10, 20, 1, 0, 0) + n * 61_001;
  return {
    id: `00000001-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    ticketId: `IN${110088000 + n}`,
    agentId: '930101',
    agentName: 'Dewi Lestari',
    area: 'BDG',
    startedMs,
    endedMs: startedMs + 360_000,
    handlingSeconds: 360,
    status: 'done',
    outcome: 'approved',
    reasonCode: 'PLG-RESCHEDULE',
    pendingUntilMs: startedMs + 86_400_000,
    attempts: 2,
    failedAttempts: 1,
    fill: 'manual',
    revision: 'IN.OCC.TENESA.W-02 rev - (2021-08-01)',
    ...patch,
  };
}

function detail(n: number, patch: Partial<LogDetail> = {}): LogDetail {
  return {
    requesterName: 'Asep Saepudin',
    requesterGroup: 'TIF HD WITEL BANDUNG',
    requestNote: n % 3 ? '' : 'Pelanggan bilang: "besok saja; jam 10, ya"\nTeknisi setuju',
    customerNote: '',
    cancelReason: '',
    attemptLog: [
      { at: new Date(Date.UTC(2026, 10, 20, 1, 2) + n * 61_001).toISOString(), result: 'no-answer' },
      { at: 'not a date', result: 'connected' },
    ],
    workLog: `Pending tiket IN${110088000 + n}; pelanggan di 0812${String(10_000_000 + n)}. =HYPERLINK("x")`,
    ...patch,
  };
}

const TRICKY = ['', '=1+1', '+62 812 3456 7890', '-', '@x', '\t=x', 'a;b', 'a,b', 'kata "setuju"', 'baris 1\r\nbaris 2', '＝1', 'Théo – 🙏', "Siti Nur'aini"];

describe('the chunked CSV writer', () => {
  it('writes exactly the plain definition, for both delimiters, masked or not, at any chunk size', () => {
    const items = Array.from({ length: 40 }, (_, n) => ({
      row: row(n, { agentName: TRICKY[n % TRICKY.length]!, outcome: n % 5 ? 'approved' : null, endedMs: n % 7 ? row(n).endedMs : null }),
      detail: detail(n, { requesterName: TRICKY[(n + 3) % TRICKY.length]!, cancelReason: TRICKY[(n + 7) % TRICKY.length]! }),
    }));
    for (const delimiter of [';', ','] as const) {
      for (const mask of [false, true]) {
        const expected = reference(items, delimiter, mask);
        for (const size of [1, 3, 40, 5_000]) expect(chunked(items, delimiter, mask, size)).toBe(expected);
      }
    }
  });

  it('stays exact past the point where a column stops remembering its values', () => {
    // 2,500 distinct names, then the first ones again: the memo fills, gives up, and the rest is written directly.
    const items = Array.from({ length: 3_000 }, (_, n) => ({
      row: row(n, { agentName: `Agen ${n % 2_500}; "${n % 2_500}"` }),
      detail: detail(n, { requesterGroup: `=GRUP ${n % 1_200}`, requesterName: `Nama ${n % 3}` }),
    }));
    expect(chunked(items, ';', true, 700)).toBe(reference(items, ';', true));
  });

  it('writes any text and any instant as the plain definition does', () => {
    const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.stringMatching(/^[0+ .\-62]{0,20}$/));
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.constantFrom(Number.NaN, -1, 0, 0.5, Date.UTC(999, 11, 31, 23, 59, 59)),
    );
    const item = fc.record({
      n: fc.nat(1_000),
      agentName: text,
      reasonCode: text,
      started: instant,
      ended: fc.option(instant),
      requesterName: text,
      requestNote: text,
      workLog: text,
      attemptAt: fc.oneof(
        text,
        instant.map((ms) => (Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : 'x')),
      ),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.constantFrom<CsvDelimiter>(';', ','), fc.boolean(), fc.integer({ min: 1, max: 5 }), (specs, delimiter, mask, size) => {
        const items = specs.map((s) => ({
          row: row(s.n, { agentName: s.agentName, reasonCode: s.reasonCode, startedMs: s.started, endedMs: s.ended }),
          detail: detail(s.n, { requesterName: s.requesterName, requestNote: s.requestNote, workLog: s.workLog, attemptLog: [{ at: s.attemptAt, result: s.agentName }] }),
        }));
        expect(chunked(items, delimiter, mask, size)).toBe(reference(items, delimiter, mask));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same file as text parts and as a Blob, one part per chunk after the header', async () => {
    const items = Array.from({ length: 12 }, (_, n) => ({ row: row(n), detail: detail(n) }));
    const done: number[] = [];
    const parts = await writeCsvParts(columns, items, { clock, delimiter: ';', mask: true, chunkSize: 5, onChunk: (n) => void done.push(n) });
    expect(parts).toHaveLength(4);
    expect(done).toEqual([5, 10, 12]);
    const blob = await writeCsvBlob(columns, items, { clock, delimiter: ';', mask: true, chunkSize: 5 });
    expect(blob.type).toBe(CSV_MIME);
    expect(parts.join('')).toBe(reference(items, ';', true));
    // Bytes, not blob.text(): decoding would drop the BOM, which must be the file's first three bytes.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(parts.join('')));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('gives the same bytes however the Blob is split into parts, whatever the characters', async () => {
    const items = Array.from({ length: 30 }, (_, n) => ({ row: row(n, { agentName: TRICKY[n % TRICKY.length]! }), detail: detail(n, { requestNote: '\ud800 lone surrogate' }) }));
    const expected = new TextEncoder().encode(reference(items, ';', false));
    // Parts far smaller than a chunk (the buffer grows), a few chunks a part, and one part for all.
    for (const partBytes of [16, 3_000, 1 << 20]) {
      const blob = await writeCsvBlob(columns, items, { clock, delimiter: ';', mask: false, chunkSize: 4, partBytes });
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(expected);
    }
  });

  it('writes the BOM and header alone for an empty set', async () => {
    const blob = await writeCsvBlob(columns, [], { clock, delimiter: ',', mask: false });
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode(reference([], ',', false)));
  });
});
