import { describe, expect, it } from 'vitest';
import { cellsOf, eventColumns, exportLabels, sessionColumns } from '@/lib/export';
import type { PanduEvent } from '@/lib/schema';
import { localClock } from '@/lib/time';
import { makeSession, trailOf } from './factory';

const session = makeSession(1, { startedAt: '2026-12-06T01:00:00.000Z' });
const trail = trailOf(session);
/** The customer agreed to pending until 7 Dec 01:00 UTC (trailOf: a day after the start). */
const approved = trail.find((e) => e.type === 'customer.approved')!;

const rowOf = (event: PanduEvent, language: 'id' | 'en', zone: string, mask = false) => {
  const columns = eventColumns(exportLabels(language, []), localClock(zone));
  const cells = cellsOf(columns, event, mask);
  return Object.fromEntries(columns.map((column, i) => [column.key, cells[i]]));
};

describe("the history sheet tells each event in the lead's language and zone", () => {
  it('in Indonesian, times in the zone with its name: WIB, WITA, WIT', () => {
    expect(rowOf(approved, 'id', 'Asia/Jakarta')).toMatchObject({
      eventType: 'Pelanggan setuju',
      eventDetail: 'pending disetujui sampai 07-12-2026 08:00 WIB',
      eventKind: 'customer.approved',
    });
    expect(rowOf(approved, 'id', 'Asia/Makassar').eventDetail).toBe('pending disetujui sampai 07-12-2026 09:00 WITA');
    expect(rowOf(approved, 'id', 'Asia/Jayapura').eventDetail).toBe('pending disetujui sampai 07-12-2026 10:00 WIT');
  });

  it('in English when the lead chose English', () => {
    const row = rowOf(approved, 'en', 'Asia/Makassar');
    expect(row.eventType).not.toBe('Pelanggan setuju');
    expect(row.eventDetail).toMatch(/ 07-12-2026 09:00 WITA$/);
    expect(row.eventDetail).not.toMatch(/disetujui/);
    expect(row.eventKind).toBe('customer.approved');
  });

  it('never writes a payload as JSON or a UTC time, for every event of a flow', () => {
    for (const event of trail) {
      for (const language of ['id', 'en'] as const) {
        const row = rowOf(event, language, 'Asia/Makassar');
        expect(`${row.eventType} ${row.eventDetail}`, event.type).not.toMatch(/[{}"]|\d{4}-\d{2}-\d{2}T|Z\b|\bat: /);
      }
    }
  });

  it('masks phone numbers in the sentences when asked, and only then', () => {
    const started = trail.find((e) => e.type === 'session.started')!;
    expect(rowOf(started, 'id', 'Asia/Jakarta').eventDetail).toBe('Bapak Hendra · 6281234567890');
    expect(rowOf(started, 'id', 'Asia/Jakarta', true).eventDetail).toBe('Bapak Hendra · 6281******890');
    const applied = trail.find((e) => e.type === 'update.applied')!;
    expect(rowOf(applied, 'id', 'Asia/Jakarta', true).eventDetail).toBe('ditandai diisi manual oleh agen · Pelanggan dikonfirmasi di 0812*****890');
  });

  it('names the zone in the time header', () => {
    const columns = eventColumns(exportLabels('id', []), localClock('Asia/Jayapura'));
    expect(columns.map((c) => c.header)).toEqual(['Waktu (WIT)', 'Tiket', 'ID agen', 'Peristiwa', 'Rincian', 'Butir IK', 'Kode peristiwa', 'ID sesi', 'Revisi instruksi']);
  });
});

describe('the sessions columns name the zone of every time they hold', () => {
  it('dates and the call history (times of day) say the zone in their header', () => {
    const headers = sessionColumns(exportLabels('id', []), localClock('Asia/Makassar')).map((c) => c.header);
    expect(headers).toEqual(expect.arrayContaining(['Mulai (WITA)', 'Selesai (WITA)', 'Pending sampai (WITA)', 'Riwayat panggilan (WITA)']));
    const english = sessionColumns(exportLabels('en', []), localClock('Asia/Jakarta')).map((c) => c.header);
    expect(english).toEqual(expect.arrayContaining(['Call history (WIB)']));
  });
});
