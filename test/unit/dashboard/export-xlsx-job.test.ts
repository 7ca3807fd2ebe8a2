import 'fake-indexeddb/auto';
import { readXlsx } from 'hucre/xlsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '@/entrypoints/dashboard/worker/export-job';
import type { DeflateWorkerHandle } from '@/entrypoints/dashboard/worker/deflate-client';
import type { JobMessage } from '@/entrypoints/dashboard/worker/protocol';
import { PanduDb } from '@/lib/db';
import { deflaterOver, serveDeflate } from '@/lib/export/xlsx/deflate-port';
import type { PanduEvent } from '@/lib/schema';
import { makeEvent, makeSession } from '../export/factory';
import { exportRequest } from './export-blob';

/**
 * The dashboard's XLSX export job: past 5,000 sessions the history is read in one pass over every
 * event (four key ranges side by side, pages in no order) and still lands session by session in
 * the table's order, oldest first; the parts are compressed by a deflate worker when one starts,
 * and the same file is written here should it fail.
 */
let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`export-xlsx-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const request = exportRequest({ format: 'xlsx' });

async function exportXlsx(startDeflater?: () => DeflateWorkerHandle) {
  const messages: JobMessage[] = [];
  await runExport(db, request, (m) => messages.push(m), { startDeflater });
  const exported = messages.find((m): m is Extract<JobMessage, { type: 'exported' }> => m.type === 'exported');
  if (!exported) throw new Error(`no file: ${JSON.stringify(messages.at(-1))}`);
  const workbook = await readXlsx(new Uint8Array(await exported.blob.arrayBuffer()));
  return { exported, workbook, phases: [...new Set(messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : [])))] };
}

/** A deflate worker as a MessageChannel stands in for one; `broken` answers every chunk with a failure. */
function channelDeflater(broken = false): () => DeflateWorkerHandle {
  return () => {
    const { port1, port2 } = new MessageChannel();
    if (broken) port2.onmessage = () => port2.postMessage({ type: 'failed', message: 'compressor lost' });
    else serveDeflate(port2);
    return { deflater: deflaterOver(port1).deflater, stop: () => (port1.close(), port2.close()) };
  };
}

describe('the XLSX export job', () => {
  it('past 5,000 sessions: the history in one pass, each session’s events together in the table’s order, oldest first', async () => {
    const sessions = Array.from({ length: 5_002 }, (_, n) => makeSession(n + 1));
    // Random ids spread the events over the four key ranges, and put a session's events out of id order.
    const event = (session: (typeof sessions)[number], n: number, minutes: number): PanduEvent => ({
      ...makeEvent(session, n, 'call.attempt', { step: '1.2.2', number: n, at: session.startedAt, result: 'no-answer', note: `catatan ${n}`, failedSoFar: n }, minutes),
      id: crypto.randomUUID(),
    });
    await db.sessions.bulkAdd(sessions);
    await db.events.bulkAdd(sessions.flatMap((session) => [event(session, 2, 5), event(session, 1, 1), event(session, 3, 9)]));
    const { exported, workbook, phases } = await exportXlsx(channelDeflater());
    expect(exported.events).toBe(15_006);
    expect(phases).toContain('eventsScan');
    const history = workbook.sheets.find((sheet) => sheet.name === 'Riwayat')!.rows.slice(1);
    expect(history).toHaveLength(15_006);
    // The table's order is newest first: the last session's three calls come first, #1 to #3.
    const ticketColumn = 1;
    const detail = 4;
    expect(history.slice(0, 3).map((row) => [row[ticketColumn], String(row[detail]).slice(0, 2)])).toEqual([
      [sessions.at(-1)!.ticketId, '#1'],
      [sessions.at(-1)!.ticketId, '#2'],
      [sessions.at(-1)!.ticketId, '#3'],
    ]);
    const tickets = history.map((row) => row[ticketColumn]);
    expect(tickets.filter((ticket, i) => i === 0 || ticket !== tickets[i - 1])).toEqual([...sessions].reverse().map((s) => s.ticketId));
  });

  it('writes the same workbook when its deflate worker fails, compressing here instead', async () => {
    const sessions = Array.from({ length: 12 }, (_, n) => makeSession(n + 1));
    await db.sessions.bulkAdd(sessions);
    const apart = await exportXlsx(channelDeflater());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = await exportXlsx(channelDeflater(true));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the deflate worker failed'), expect.objectContaining({ message: 'compressor lost' }));
    warn.mockRestore();
    const none = await exportXlsx();
    expect(apart.workbook.sheets.map((sheet) => sheet.rows.length)).toEqual(none.workbook.sheets.map((sheet) => sheet.rows.length));
    const rows = (file: typeof none) => file.workbook.sheets[1]!.rows;
    expect(rows(failed)).toEqual(rows(none));
    expect(rows(apart)).toEqual(rows(none));
    expect(rows(none)).toHaveLength(13);
  });
});
