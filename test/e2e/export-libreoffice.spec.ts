import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Page, TestInfo } from '@playwright/test';
import { makeLogRecords } from '../../scripts/bench/dashboard-seed.mjs';
import { expect, test } from './fixtures';
import { convert, officeBinary, readFods, recordsOf, type OdsCell } from './libreoffice';

/**
 * The real-client test (issue 15): the team lead exports CSV (the default variant) and XLSX from
 * the dashboard, and LibreOffice Calc opens them. Calc converts each to flat ODS, where every cell
 * says what Calc made of it, and the test checks cells, not bytes: dates are dates, phone numbers
 * and formula-looking text stay text, Indonesian letters are intact, a multi-line note is one
 * cell. The workbook is also rendered as Calc prints it (PDF, then PNG) and attached.
 */

const ZONE = 'Asia/Jakarta'; // the fixtures' browser zone (WIB)
const office = officeBinary();
/** Where the PNG of the rendered workbook stays after the run (CI keeps test-results/). */
export const RENDERED_PNG = resolve('test-results/export-libreoffice/pandu-xlsx-in-libreoffice.png');
/** The sessions sheet's first page (the PDF's second), where the multi-line notes are. */
export const RENDERED_SESSIONS_PNG = resolve('test-results/export-libreoffice/pandu-xlsx-sessions-in-libreoffice.png');

type Records = ReturnType<typeof makeLogRecords>;
type StoredSession = Records['sessions'][number];

const NAME = 'Ñoman Éka Pérez'; // ñ and é, as a requester's name may be typed
const HYPERLINK = '=HYPERLINK("http://contoh.invalid/?bocor=1","klik")';
const NOTE = 'Pelanggan: "jangan hari ini; besok saja"\nHubungi lagi besok pagi\nNomor lain +6281234567890';
const WORK_LOG = '- pelanggan di 081234567890\n- teknisi datang besok, kata señora José';

/** The log with two sessions rewritten to hold what breaks spreadsheets, the newest first. */
function trickyLog(): { records: Records; tricky: StoredSession; phones: StoredSession } {
  const records = makeLogRecords({ count: 8, endMs: Date.now(), events: 'full' });
  const [tricky, phones] = [...records.sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  tricky!.agentId = '930105'; // Ni Luh Putu Ayu Setyaningsih
  const declinedAt = new Date(Date.parse(tricky!.startedAt) + 5 * 60_000).toISOString();
  Object.assign(tricky!, { outcome: 'declined', status: 'done', step: 'done', endedAt: declinedAt, updatedAt: declinedAt });
  Object.assign(tricky!.answers, {
    step: 'done',
    outcome: 'declined',
    request: { requesterName: NAME, requesterGroup: '@TIF HD WITEL DENPASAR', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: HYPERLINK },
    answer: { kind: 'declined', note: NOTE },
    pendingUntil: null,
    workLog: WORK_LOG,
    appliedAt: declinedAt,
    appliedBy: 'manual',
    cancel: null,
  });
  Object.assign(phones!.answers.request, { requesterName: '081234567890', requesterGroup: '+62 812 3456 7890', note: '@' });
  return { records, tricky: tricky!, phones: phones! };
}

/** Writes the records into the extension's database from its dashboard page (open at the current version). */
async function seed(page: Page, records: Records): Promise<void> {
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('pandu');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error ?? new Error('the database did not open'));
    });
    for (const table of ['sessions', 'events', 'shifts', 'imports'] as const) {
      await new Promise((done, fail) => {
        const tx = db.transaction(table, 'readwrite');
        for (const row of data[table]) tx.objectStore(table).put(row);
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error ?? new Error(`writing ${table} failed`));
      });
    }
    db.close();
  }, records);
}

async function exportFile(page: Page, kind: 'csv' | 'xlsx', testInfo: TestInfo): Promise<string> {
  await page.getByTestId(`export-format-${kind}`).check();
  // The workbook with its history sheet (the default).
  if (kind === 'xlsx') await expect(page.getByTestId('export-events')).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const path = testInfo.outputPath(`pandu-export.${kind}`);
  await download.saveAs(path);
  return path;
}

/** The wall-clock time Calc should hold for an instant, in the lead's zone ("2026-12-06T16:30:31"). */
const wallTime = (iso: string) => format(new TZDate(iso, ZONE), "yyyy-MM-dd'T'HH:mm:ss");

const allCells = (sheets: Map<string, OdsCell[][]>) => [...sheets.values()].flat(2);

/**
 * Renders the PDF in Chromium's own PDF viewer and screenshots it once the viewer has the
 * document (its toolbar knows the page count) and two screenshots in a row are the same (the
 * first page is drawn).
 */
async function pdfToPng(page: Page, pdf: string, png: string, view = '', size = { width: 1400, height: 1000 }): Promise<Buffer> {
  await page.setViewportSize(size);
  await page.goto(`file://${pdf}${view}`);
  await expect
    .poll(
      async () => {
        const viewer = page.frames().find((frame) => frame.url().startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/'));
        if (!viewer) return 0;
        return viewer
          .evaluate(() => {
            const toolbar = document.querySelector('pdf-viewer')?.shadowRoot?.querySelector('#toolbar');
            if (!toolbar || toolbar.hasAttribute('loading_')) return 0;
            const pages = /\/\s*(\d+)/.exec(toolbar.shadowRoot?.querySelector('viewer-page-selector')?.shadowRoot?.textContent ?? '');
            return Number(pages?.[1] ?? 0);
          })
          .catch(() => 0);
      },
      { timeout: 30_000, message: "Chromium's PDF viewer shows the rendered workbook" },
    )
    .toBeGreaterThan(0);
  let previous: Buffer = Buffer.alloc(0);
  await expect
    .poll(
      async () => {
        const shot = await page.screenshot();
        const settled = shot.equals(previous);
        previous = shot;
        return settled;
      },
      { timeout: 30_000, intervals: [250], message: 'the first page is drawn (two screenshots in a row are the same)' },
    )
    .toBe(true);
  mkdirSync(resolve(png, '..'), { recursive: true });
  writeFileSync(png, previous);
  return previous;
}

test.describe('exports opened in LibreOffice Calc, the spreadsheet a team lead has', () => {
  test.beforeAll(() => {
    if (office) return;
    if (process.env.PANDU_ALLOW_NO_OFFICE === '1') return;
    throw new Error('LibreOffice Calc (soffice) is not installed: sudo apt-get install -y libreoffice-calc-nogui (or set PANDU_ALLOW_NO_OFFICE=1 to skip this test)');
  });

  test('CSV and XLSX from the dashboard: dates are dates, phones and formula-looking text stay text, names intact, a multi-line note in one cell', async ({
    openExtensionPage,
  }, testInfo) => {
    test.skip(!office, 'LibreOffice Calc (soffice) is not installed and PANDU_ALLOW_NO_OFFICE=1: the real-client test is skipped');
    test.setTimeout(180_000);
    const { records, tricky, phones } = trickyLog();
    const page = await openExtensionPage('dashboard.html');
    await expect(page.getByTestId('logs-view')).toContainText('Belum ada sesi');
    await seed(page, records);
    await page.reload();
    await expect(page.locator(`[data-testid="log-count"][data-count="${records.sessions.length}"]`)).toBeVisible({ timeout: 60_000 });
    // Phone numbers written in full for this check (masking would star them; it is on by default).
    await page.getByTestId('export-mask').uncheck();

    const csv = await exportFile(page, 'csv', testInfo);
    // The XLSX file's parts are compressed by a deflate worker of the export's worker; a failed one
    // would still give the same file (compressed by the export's worker), and says so.
    const workers: string[] = [];
    const warnings: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const xlsx = await exportFile(page, 'xlsx', testInfo);
    expect(workers.some((url) => url.includes('deflate'))).toBe(true);
    expect(warnings.filter((text) => text.includes('deflate worker'))).toEqual([]);
    const out = testInfo.outputPath('calc');

    // --- CSV, the default variant, opened with its separator (;) and encoding (UTF-8) ---
    const csvSheets = readFods(readFileSync(await convert(office!, csv, 'fods', join(out, 'csv'), 'CSV:59,34,76,1'), 'utf8'));
    const csvRows = recordsOf([...csvSheets.values()][0]!);
    expect(csvRows).toHaveLength(records.sessions.length);
    const csvRow = (session: StoredSession) => csvRows.find((row) => row['ID sesi']!.text === session.id)!;
    for (const row of csvRows) {
      expect(row['Mulai (WIB)']!.type, 'a start time is a date').toBe('date');
      expect(row['Tiket']!.type).toBe('string');
    }
    const csvTricky = csvRow(tricky);
    expect(csvTricky['Mulai (WIB)']!.value).toBe(wallTime(tricky.startedAt));
    expect(csvTricky['Nama agen']).toMatchObject({ type: 'string', text: 'Ni Luh Putu Ayu Setyaningsih' });
    expect(csvTricky['Pihak terkait']).toMatchObject({ type: 'string', text: NAME });
    // Formula-looking text: marked with a quote in CSV, and Calc keeps it as text, never a formula.
    expect(csvTricky['Catatan request']).toMatchObject({ type: 'string', text: `'${HYPERLINK}`, formula: null });
    expect(csvTricky['Grup pihak terkait']).toMatchObject({ type: 'string', text: "'@TIF HD WITEL DENPASAR" });
    expect(csvTricky['Catatan pelanggan']).toMatchObject({ type: 'string', text: NOTE });
    expect(csvTricky['Work log']).toMatchObject({ type: 'string', text: `'${WORK_LOG}` });
    // A phone number alone in a cell stays the number typed, leading zero and all.
    expect(csvRow(phones)['Pihak terkait']).toMatchObject({ type: 'string', text: "'081234567890" });
    expect(csvRow(phones)['Grup pihak terkait']).toMatchObject({ type: 'string', text: "'+62 812 3456 7890" });
    expect(csvRow(phones)['Catatan request']).toMatchObject({ type: 'string', text: "'@" });
    expect(allCells(csvSheets).filter((cell) => cell.formula)).toEqual([]);

    // --- XLSX: no import options to choose; cells keep their types ---
    const fods = readFileSync(await convert(office!, xlsx, 'fods', join(out, 'xlsx')), 'utf8');
    const book = readFods(fods);
    expect([...book.keys()]).toEqual(['Ringkasan', 'Sesi', 'Riwayat']);
    expect(allCells(book).filter((cell) => cell.formula)).toEqual([]);
    const sessions = recordsOf(book.get('Sesi')!);
    expect(sessions).toHaveLength(records.sessions.length);
    const row = sessions.find((r) => r['ID sesi']!.text === tricky.id)!;
    for (const r of sessions) expect(r['Mulai (WIB)']!.type).toBe('date');
    // The workbook holds the instant to the millisecond; Calc shows it to the second.
    expect(row['Mulai (WIB)']!.value?.slice(0, 19)).toBe(wallTime(tricky.startedAt));
    expect(row['Selesai (WIB)']!.type).toBe('date');
    expect(row['Selesai (WIB)']!.value?.slice(0, 19)).toBe(wallTime(tricky.endedAt!));
    expect(row['Nama agen']).toMatchObject({ type: 'string', text: 'Ni Luh Putu Ayu Setyaningsih' });
    expect(row['Pihak terkait']).toMatchObject({ type: 'string', text: NAME });
    // Text cells are text in a workbook: shown exactly as typed, no quote needed, never evaluated.
    expect(row['Catatan request']).toMatchObject({ type: 'string', text: HYPERLINK, formula: null });
    expect(row['Grup pihak terkait']).toMatchObject({ type: 'string', text: '@TIF HD WITEL DENPASAR' });
    expect(row['Catatan pelanggan']).toMatchObject({ type: 'string', text: NOTE });
    expect(row['Work log']).toMatchObject({ type: 'string', text: WORK_LOG });
    const phoneRow = sessions.find((r) => r['ID sesi']!.text === phones.id)!;
    expect(phoneRow['Pihak terkait']).toMatchObject({ type: 'string', text: '081234567890' });
    expect(phoneRow['Grup pihak terkait']).toMatchObject({ type: 'string', text: '+62 812 3456 7890' });
    expect(phoneRow['Catatan request']).toMatchObject({ type: 'string', text: '@' });
    expect(row['Durasi (detik)']!.type).toBe('float');

    // The history: every event's time a date, what happened in Indonesian sentences, times with the zone's name.
    const history = recordsOf(book.get('Riwayat')!);
    expect(history.length).toBe(records.events.length);
    for (const event of history) {
      expect(event['Waktu (WIB)']!.type).toBe('date');
      expect(event['Rincian']!.text).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}T|\bat: /);
    }
    const pending = history.filter((event) => event['Kode peristiwa']!.text === 'customer.approved');
    expect(pending.length).toBeGreaterThan(0);
    for (const event of pending) expect(event['Rincian']!.text).toMatch(/^pending disetujui sampai \d{2}-\d{2}-\d{4} \d{2}:\d{2} WIB$/);

    // The summary first: what the file holds, and the sessions per outcome.
    const summary = book.get('Ringkasan')!;
    const line = (label: string) => summary.find((cells) => cells[0]?.text === label);
    expect(line('Sesi')?.[1]).toMatchObject({ type: 'float', value: String(records.sessions.length) });
    expect(line('Filter')?.[1]?.text).toBe('tanpa filter');
    expect(line('Nomor telepon pelanggan')?.[1]?.text).toBe('ditulis utuh');
    expect(line('Tidak setuju (1.2.6)')?.[1]).toMatchObject({ type: 'float', value: String(records.sessions.filter((s) => s.outcome === 'declined').length) });
    expect(line('Total')?.[1]).toMatchObject({ type: 'float', value: String(records.sessions.length) });

    // Filters on, in Calc's own terms: each data sheet a database range with its filter buttons.
    // (The frozen header is checked in the file itself by the unit tests: headless Calc has no view to keep it in.)
    for (const [sheet, rows] of [
      ['Sesi', records.sessions.length],
      ['Riwayat', records.events.length],
    ] as const) {
      expect(fods).toMatch(
        new RegExp(`<table:database-range [^>]*table:target-range-address="${sheet}\\.A1:${sheet}\\.[A-Z]+${rows + 1}"[^>]*table:display-filter-buttons="true"`),
      );
    }

    // As Calc prints it: PDF, then a picture of its first page, kept with the test's results.
    const pdf = await convert(office!, xlsx, 'pdf', join(out, 'pdf'));
    const png = await pdfToPng(page, pdf, RENDERED_PNG);
    await testInfo.attach('pandu-xlsx-in-libreoffice.png', { body: png, contentType: 'image/png' });
    const sessionsPng = await pdfToPng(await page.context().newPage(), pdf, RENDERED_SESSIONS_PNG, '#page=2&zoom=page-width', { width: 2400, height: 1400 });
    await testInfo.attach('pandu-xlsx-sessions-in-libreoffice.png', { body: sessionsPng, contentType: 'image/png' });
    testInfo.annotations.push({ type: 'rendered workbook', description: `${RENDERED_PNG} (summary), ${RENDERED_SESSIONS_PNG} (sessions)` });
  });
});
