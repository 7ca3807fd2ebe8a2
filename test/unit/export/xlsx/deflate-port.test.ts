import { readXlsx } from 'hucre/xlsx';
import { describe, expect, it } from 'vitest';
import { deflaterOver, serveDeflate, type DeflatePort } from '@/lib/export/xlsx/deflate-port';
import { writeWorkbook, type XlsxSheet } from '@/lib/export';

/** The two ends of a worker's messaging, as a MessageChannel gives them (transfers included). */
function channel(): { writer: DeflatePort; worker: DeflatePort; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  return { writer: port1, worker: port2, close: () => (port1.close(), port2.close()) };
}

const made = new Date(2026, 11, 7, 9, 30, 0);
const sheet = (rows: number): XlsxSheet => ({
  name: 'Riwayat',
  columns: [
    { width: 12, style: 0 },
    { width: 40, style: 0 },
  ],
  rowCount: rows,
  cellsOf: (r) => (r === 0 ? ['Tiket', 'Rincian'] : [`IN${r}`, `Panggilan #${r % 5}: tidak diangkat, catatan ${r * 7919}`]),
  table: true,
  orientation: 'landscape',
});

describe('deflating a workbook on another thread', () => {
  it('writes the same file as deflating here, byte for byte', async () => {
    const { writer, worker, close } = channel();
    serveDeflate(worker);
    const { deflater } = deflaterOver(writer);
    const sheets = [sheet(30_000)];
    const here = await writeWorkbook(sheets, 'Pandu', { made, chunkChars: 16_384 });
    const apart = await writeWorkbook(sheets, 'Pandu', { made, chunkChars: 16_384, deflater });
    close();
    expect(Buffer.from(apart).equals(Buffer.from(here))).toBe(true);
    const read = await readXlsx(apart);
    expect(read.sheets[0]!.rows.length).toBe(30_000);
    expect(read.sheets[0]!.rows[29_999]).toEqual(['IN29999', `Panggilan #4: tidak diangkat, catatan ${29_999 * 7919}`]);
  });

  it('never detaches bytes the caller still views: a slice of a larger buffer is copied, a whole buffer is handed over', async () => {
    const { writer, worker, close } = channel();
    serveDeflate(worker);
    const { deflater } = deflaterOver(writer);
    const entry = deflater(() => undefined);
    const big = new Uint8Array(1_000).fill(65);
    await entry.write(big.subarray(10, 500));
    expect(big.byteLength).toBe(1_000);
    const whole = new Uint8Array(300).fill(66);
    await entry.write(whole);
    expect(whole.byteLength).toBe(0); // transferred, as TextEncoder's chunks are
    expect(await entry.close()).toMatchObject({ size: 790 });
    close();
  });

  it('keeps at most eight chunks waiting for the compressor', async () => {
    const sent: unknown[] = [];
    const silent: DeflatePort = { postMessage: (message) => void sent.push(message), onmessage: null };
    const entry = deflaterOver(silent).deflater(() => undefined);
    const writes = Array.from({ length: 9 }, () => entry.write(new Uint8Array(10)));
    await Promise.all(writes.slice(0, 8));
    let ninth = false;
    void writes[8]!.then(() => (ninth = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ninth).toBe(false);
    expect(sent.filter((m) => (m as { type: string }).type === 'write')).toHaveLength(8);
    silent.onmessage!({ data: { type: 'taken' } } as MessageEvent);
    await writes[8];
    expect(sent.filter((m) => (m as { type: string }).type === 'write')).toHaveLength(9);
  });

  it('a worker that fails or dies fails the entry open, and every later one', async () => {
    const { writer, worker, close } = channel();
    serveDeflate(worker);
    const { deflater, fail } = deflaterOver(writer);
    const entry = deflater(() => undefined);
    await entry.write(new Uint8Array(5));
    const closing = entry.close();
    fail(new Error('deflate worker error'));
    await expect(closing).rejects.toThrow('deflate worker error');
    expect(() => deflater(() => undefined)).toThrow('deflate worker error');
    close();

    // A malformed request is answered with the reason, which fails the entry.
    const pair = channel();
    serveDeflate(pair.worker);
    const answers: unknown[] = [];
    pair.writer.onmessage = (event) => void answers.push(event.data);
    pair.writer.postMessage({ type: 'write', bytes: 'not bytes' }, []);
    await expect.poll(() => answers).toEqual([{ type: 'failed', message: expect.stringMatching(/bytes expected|write with no entry open/) }]);
    pair.close();
  });
});
