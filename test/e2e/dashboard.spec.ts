import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { readXlsx } from 'hucre/xlsx';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { makeLogRecords, seedLog } from '../../scripts/bench/dashboard-seed.mjs';
import { expect, test } from './fixtures';
import { callBackground, emptyLog, readTable } from './helpers';

const ZONE = 'Asia/Jakarta'; // the fixtures' browser zone (WIB)
const DAY = 86_400_000;
type Records = ReturnType<typeof makeLogRecords>;
type StoredSession = Records['sessions'][number];
type Row = Record<string, string>;

const wib = (iso: string) => format(new TZDate(iso, ZONE), 'yyyy-MM-dd HH:mm:ss');
const dayInWib = (ms: number) => format(new TZDate(ms, ZONE), 'yyyy-MM-dd');
const newestFirst = (a: StoredSession, b: StoredSession) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id);

/** The dashboard with an empty database at the current version, ready to be seeded. */
async function openDashboard(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('dashboard.html');
  await expect(page.getByTestId('logs-view')).toContainText('Belum ada sesi');
  return page;
}

async function seeded(page: Page, spec: Parameters<typeof makeLogRecords>[0]): Promise<Records> {
  await seedLog(page, spec);
  await page.reload();
  await expect(page.locator('[data-testid="log-count"][data-count]')).toBeVisible({ timeout: 120_000 });
  return makeLogRecords(spec);
}

const shown = (page: Page, count: number) => expect(page.locator(`[data-testid="log-count"][data-count="${count}"]`)).toBeVisible({ timeout: 30_000 });

async function exportFile(page: Page, formatName: 'csv' | 'xlsx' | 'json'): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId(`export-format-${formatName}`).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByTestId('export-run').click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

/** Reads a CSV back as Excel would: BOM, then RFC 4180 records; rows as header -> value maps. */
function rereadCsv(bytes: Buffer, delimiter: string): { header: string[]; rows: Row[] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...body] = parsed.data;
  return { header: header!, rows: body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? '']))) };
}

test.describe("the team lead's dashboard", () => {
  test('with 100,000 sessions it opens, filters, and exports a CSV whose rows are exactly the filtered set', async ({ openExtensionPage }) => {
    test.setTimeout(420_000);
    const page = await openDashboard(openExtensionPage);
    const spec = { count: 100_000, endMs: Date.now(), events: 'minimal' as const };
    const records = await seeded(page, spec);
    await shown(page, 100_000);
    await expect(page.getByTestId('log-count')).toHaveText('100.000 dari 100.000 sesi');
    // Virtualized: a screenful of rows in the DOM, not 100,000.
    expect(await page.getByTestId('log-row').count()).toBeLessThan(80);

    const from = dayInWib(spec.endMs - 30 * DAY);
    const area = new Map(records.agents.map((a) => [a.nossaUserId, a.area]));
    const fromMs = new TZDate(`${from}T00:00:00`, ZONE).getTime();
    const expected = records.sessions.filter((s) => area.get(s.agentId) === 'DPS' && s.outcome === 'unreachable' && Date.parse(s.startedAt) >= fromMs).sort(newestFirst);
    expect(expected.length).toBeGreaterThan(500);

    await page.getByTestId('filter-area').selectOption('DPS');
    await page.getByTestId('filter-outcome').selectOption('unreachable');
    // Typed as the lead writes a day (dd-mm-yyyy), whatever the browser's locale.
    await page.getByTestId('filter-from').fill(from.split('-').reverse().join('-'));
    await shown(page, expected.length);
    await expect(page.getByTestId('log-row').first()).toHaveAttribute('data-session-id', expected[0]!.id);

    const { download, bytes } = await exportFile(page, 'csv');
    // Named for what it holds: the team (its agents' lead), the days, the filter.
    expect(download.suggestedFilename()).toMatch(new RegExp(`^pandu-tim-hendra-gunawan-${from}_\\d{4}-\\d{2}-\\d{2}-dps-tidak-terhubung\\.csv$`));
    const { header, rows } = rereadCsv(bytes, ';');
    expect(header).toEqual(expect.arrayContaining(['Tiket', 'ID agen', 'Area', 'Mulai (WIB)', 'Hasil', 'Reason', 'Durasi (detik)', 'Work log', 'ID sesi']));
    expect(rows.map((r) => r['ID sesi'])).toEqual(expected.map((s) => s.id));
    const names = new Map(records.agents.map((a) => [a.nossaUserId, a.name]));
    rows.forEach((row, i) => {
      const s = expected[i]!;
      expect(row).toMatchObject({
        Tiket: s.ticketId,
        'ID agen': s.agentId,
        'Nama agen': names.get(s.agentId),
        Area: 'DPS',
        'Mulai (WIB)': wib(s.startedAt),
        'Selesai (WIB)': wib(s.endedAt!),
        'Durasi (detik)': String(Math.round((Date.parse(s.endedAt!) - Date.parse(s.startedAt)) / 1000)),
        Hasil: 'Tidak terhubung (1.2.4)',
        Reason: s.answers.request.reasonCode,
        'Jumlah panggilan': String(s.answers.attempts.length),
        'Pending sampai (WIB)': wib(s.answers.pendingUntil!),
      });
      // Phone numbers are masked by default; formulas in notes arrive as text.
      expect(row['Work log']).not.toMatch(/0812\d{8}/);
      if (s.answers.request.note.startsWith('=')) expect(row['Catatan request']).toBe(`'${s.answers.request.note}`);
      else expect(row['Catatan request']).toBe(s.answers.request.note);
    });
  });

  test("two agents' files and a re-sent one merge without duplicates; a damaged file is refused whole", async ({ openExtensionPage }) => {
    test.setTimeout(180_000);
    const page = await openDashboard(openExtensionPage);
    const records = await seeded(page, { count: 60, endMs: Date.now(), events: 'full' });
    const files: Record<string, Buffer> = {};
    for (const [name, filter] of [
      ['dewi', ['filter-agent', '930101']],
      ['putu', ['filter-agent', '930105']],
      ['bandung', ['filter-area', 'BDG']],
    ] as const) {
      if (await page.getByTestId('filter-reset').isEnabled()) await page.getByTestId('filter-reset').click();
      await page.getByTestId(filter[0]).selectOption(filter[1]);
      const { bytes, download } = await exportFile(page, 'json');
      expect(download.suggestedFilename()).toMatch(/^pandu-(agen-930101|agen-930105|tim-hendra-gunawan)-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}(-bdg)?\.json$/);
      files[name] = bytes;
    }
    const mine = (ids: string[]) => records.sessions.filter((s) => ids.includes(String(s.agentId)));
    const union = mine(['930101', '930102', '930105']);
    const eventsOf = new Set(union.map((s) => s.id));
    const unionEvents = records.events.filter((e) => eventsOf.has(e.sessionId));

    // The lead's browser: nothing stored yet.
    await emptyLog(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#import');
    await expect(page.getByTestId('import-view')).toBeVisible();
    await page.getByTestId('import-input').setInputFiles([
      { name: 'dewi.json', mimeType: 'application/json', buffer: files.dewi! },
      { name: 'putu.json', mimeType: 'application/json', buffer: files.putu! },
      { name: 'bandung.json', mimeType: 'application/json', buffer: files.bandung! },
      { name: 'rusak.json', mimeType: 'application/json', buffer: files.dewi!.subarray(0, Math.floor(files.dewi!.length / 2)) },
    ]);
    const results = page.getByTestId('import-result');
    await expect(results).toHaveCount(4);
    await expect(results.nth(3)).toContainText('ditolak', { timeout: 60_000 });
    await expect(results.nth(0)).toContainText(`diterima: ${mine(['930101']).length} sesi baru`);
    await expect(results.nth(1)).toContainText(`diterima: ${mine(['930105']).length} sesi baru`);
    await expect(results.nth(2)).toContainText(`diterima: ${mine(['930102']).length} sesi baru, 0 diperbarui, ${mine(['930101']).length} sudah ada`);
    await expect(results.nth(3)).toContainText('rusak.json: ditolak, tidak ada data yang disimpan. Berkas JSON ini terpotong');

    const sessions = await readTable<{ id: string }>(page, 'sessions');
    const events = await readTable<{ id: string; sessionId: string | null }>(page, 'events');
    expect(sessions.map((s) => s.id).sort()).toEqual(union.map((s) => s.id).sort());
    expect(
      events
        .filter((e) => e.sessionId !== null)
        .map((e) => e.id)
        .sort(),
    ).toEqual(unionEvents.map((e) => e.id).sort());
    expect(await readTable(page, 'imports')).toHaveLength(3);
    await expect(page.getByTestId('import-history').locator('tbody tr')).toHaveCount(3);

    // Each merged session keeps its agent's area from the file header, so the lead can filter by it.
    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByTestId('filter-reset').click();
    await shown(page, union.length);
    await page.getByTestId('filter-area').selectOption('DPS');
    await shown(page, mine(['930105']).length);
  });

  test('the XLSX workbook parses back with the library to the same rows as the CSV, dates as dates', async ({ openExtensionPage }) => {
    test.setTimeout(180_000);
    const page = await openDashboard(openExtensionPage);
    const records = await seeded(page, { count: 300, endMs: Date.now(), events: 'full' });
    await page.getByTestId('filter-outcome').selectOption('approved');
    const approved = records.sessions.filter((s) => s.outcome === 'approved');
    await shown(page, approved.length);

    await page.getByTestId('export-format-csv').check();
    await page.getByTestId('export-delimiter').selectOption(',');
    const csv = rereadCsv((await exportFile(page, 'csv')).bytes, ',');
    const { bytes, download } = await exportFile(page, 'xlsx');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = await readXlsx(new Uint8Array(bytes));
    // The summary first (period, filter, counts per outcome and agent), then the data.
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Ringkasan', 'Sesi', 'Riwayat']);

    const [, sessionsSheet, historySheet] = workbook.sheets;
    const [header, ...body] = sessionsSheet!.rows;
    expect(header).toEqual(csv.header);
    expect(body).toHaveLength(csv.rows.length);
    const asCsv = (cell: unknown) =>
      cell instanceof Date
        ? format(new TZDate(cell.getTime(), 'UTC'), 'yyyy-MM-dd HH:mm:ss')
        : cell === null || cell === undefined
          ? ''
          : typeof cell === 'string'
            ? cell
            : JSON.stringify(cell);
    let dates = 0;
    body.forEach((cells, i) => {
      csv.header.forEach((name, c) => {
        const cell = cells[c];
        if (cell instanceof Date) dates++;
        const text = asCsv(cell);
        // CSV neutralizes formulas; the workbook keeps text as text.
        expect(csv.rows[i]![name], `${name} of row ${i}`).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      });
    });
    expect(dates).toBeGreaterThanOrEqual(body.length * 3); // start, end and pending-until of every approved session

    const approvedIds = new Set(approved.map((s) => s.id));
    const trail = records.events.filter((e) => approvedIds.has(e.sessionId));
    expect(historySheet!.rows).toHaveLength(trail.length + 1);
    expect(historySheet!.rows[1]![0]).toBeInstanceOf(Date);
    expect(historySheet!.rows[1]![(historySheet!.rows[0] as string[]).indexOf('ID sesi')]).toBe(body[0]![csv.header.indexOf('ID sesi')]);
  });

  test('a session opens from the keyboard with its whole audit trail; the charts follow the filter', async ({ openExtensionPage }) => {
    test.setTimeout(120_000);
    const page = await openDashboard(openExtensionPage);
    const records = await seeded(page, { count: 50, endMs: Date.now(), events: 'full' });
    const sorted = [...records.sessions].sort(newestFirst);

    await page.getByTestId('log-table').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('session-dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Sesi tiket ${sorted[1]!.ticketId}`);
    const trail = records.events.filter((e) => e.sessionId === sorted[1]!.id);
    await expect(dialog.getByTestId('session-timeline').locator('li')).toHaveCount(trail.length);
    await expect(dialog.getByTestId('session-timeline')).toContainText('Alur dimulai');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: 'Grafik' }).click();
    for (const chart of ['chart-outcomes', 'chart-handling', 'chart-unreachable', 'chart-readiness']) await expect(page.getByTestId(chart)).toBeVisible();
    const reached = records.sessions.filter((s) => s.outcome === 'approved' || s.outcome === 'declined').length;
    const unreachable = records.sessions.filter((s) => s.outcome === 'unreachable').length;
    await expect(page.getByTestId('unreachable-figures')).toContainText(`(${unreachable} dari ${unreachable + reached} yang dihubungi)`);
    await page.getByTestId('filter-outcome').selectOption('approved');
    await expect(page.getByTestId('unreachable-figures')).toContainText('0%');
  });

  test("old data waits for the lead's go-ahead, then is deleted with its trail and the deletion is logged", async ({ openExtensionPage }) => {
    test.setTimeout(120_000);
    const page = await openDashboard(openExtensionPage);
    await seedLog(page, { count: 20, endMs: Date.now() - 200 * DAY, days: 30, events: 'full' });
    const recent = await seeded(page, { count: 10, first: 20, endMs: Date.now(), days: 30, events: 'full' });
    await shown(page, 30);
    await expect(page.getByTestId('retention-notice')).toContainText('20 sesi lebih tua dari masa simpan 180 hari');

    await page.getByTestId('retention-notice').getByRole('link').click();
    const privacy = page.getByTestId('privacy-settings');
    await expect(privacy.getByTestId('retention-state')).toContainText('belum aktif');
    await expect(privacy.getByTestId('retention-expired')).toContainText('20 sesi');
    await privacy.getByTestId('retention-confirm').click();
    await privacy.getByTestId('retention-confirm-yes').click();
    await expect(privacy).toContainText('Dihapus: 20 sesi');
    await expect(privacy.getByTestId('retention-state')).toContainText('Penghapusan harian aktif');

    expect((await readTable<{ id: string }>(page, 'sessions')).map((s) => s.id).sort()).toEqual(recent.sessions.map((s) => s.id).sort());
    const events = await readTable<{ type: string; sessionId: string | null; payload: Record<string, unknown> }>(page, 'events');
    expect(events.filter((e) => e.sessionId !== null).every((e) => recent.sessions.some((s) => s.id === e.sessionId))).toBe(true);
    expect(events.find((e) => e.type === 'retention.deleted')?.payload).toMatchObject({ sessions: 20, days: 180, by: 'lead' });
    const settings = await callBackground<{ retention: { confirmed: { days: number } | null } }>(page, 'getSettings');
    expect(settings.retention.confirmed?.days).toBe(180);

    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await shown(page, 10);
    await expect(page.getByTestId('retention-notice')).toHaveCount(0);
  });
});
