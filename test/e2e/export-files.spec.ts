import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Download, Page } from '@playwright/test';
import { makeLogRecords, seedLog } from '../../scripts/bench/dashboard-seed.mjs';
import { expect, test } from './fixtures';
import { emptyLog } from './helpers';

/**
 * Export files that say what they hold (issue 15, items 3 and 4): the panel's guide to which file
 * fits which program, a team export named for the team with its days, an agent's for the agent,
 * the import history's line saying what each file held, and a CSV export refused in words.
 */
const ZONE = 'Asia/Jakarta'; // the fixtures' browser zone (WIB)
type Records = ReturnType<typeof makeLogRecords>;
const dayInWib = (iso: string) => format(new TZDate(iso, ZONE), 'yyyy-MM-dd');
const dmy = (day: string) => day.split('-').reverse().join('-');
/** The first and last WIB day the sessions started on. */
function daysOf(sessions: Records['sessions']): [string, string] {
  const days = sessions.map((s) => dayInWib(s.startedAt)).sort();
  return [days[0]!, days[days.length - 1]!];
}

async function seededDashboard(openExtensionPage: (path: string) => Promise<Page>, count: number): Promise<{ page: Page; records: Records }> {
  const page = await openExtensionPage('dashboard.html');
  await expect(page.getByTestId('logs-view')).toContainText('Belum ada sesi');
  const spec = { count, endMs: Date.now(), events: 'full' as const };
  await seedLog(page, spec);
  await page.reload();
  await expect(page.locator(`[data-testid="log-count"][data-count="${count}"]`)).toBeVisible({ timeout: 60_000 });
  return { page, records: makeLogRecords(spec) };
}

async function exportFile(page: Page, formatName: 'csv' | 'xlsx' | 'json'): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId(`export-format-${formatName}`).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-run').click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

test.describe('export files that say what they hold', () => {
  test('the export panel says which file fits which program; a use sets the file, the default is the Indonesian Excel one', async ({ openExtensionPage }) => {
    const { page, records } = await seededDashboard(openExtensionPage, 20);
    const guide = page.getByTestId('export-guide');
    await expect(guide.getByRole('heading')).toHaveText('Berkas mana untuk program apa?');
    const excel = page.getByTestId('export-use-excelId');
    await expect(excel).toHaveClass('in-use');
    await expect(excel).toContainText('Excel dengan pengaturan regional Indonesia');
    await expect(excel).toContainText('CSV, titik koma, UTF-8 dengan BOM · bawaan');
    await expect(excel).toContainText('koma adalah tanda desimal, jadi Excel memisah kolom dengan titik koma');
    await expect(page.getByTestId('export-use-libre')).toContainText('Character set / Set karakter: “Unicode (UTF-8)”');
    await expect(page.getByTestId('export-use-libre')).toContainText('centang hanya “Semicolon”');
    await expect(page.getByTestId('export-use-system')).toContainText('hanya JSON yang bisa diimpor ke Pandu');
    await expect(guide).toContainText('Kenapa tidak ada baris “sep=;” di awal CSV?');
    await expect(page.getByTestId('export-format-csv')).toBeChecked();
    await expect(page.getByTestId('export-delimiter')).toHaveValue(';');

    // The default file: a semicolon CSV with a BOM, named for the team and the days it holds.
    const [first, last] = daysOf(records.sessions);
    const csv = await exportFile(page, 'csv');
    expect(csv.download.suggestedFilename()).toBe(`pandu-tim-hendra-gunawan-${first}_${last}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.subarray(3, 20).toString('utf8')).toMatch(/^Tiket;ID agen;/);

    await page.getByTestId('export-use-excelEn-choose').click();
    await expect(page.getByTestId('export-format-csv')).toBeChecked();
    await expect(page.getByTestId('export-delimiter')).toHaveValue(',');
    await expect(page.getByTestId('export-use-excelEn-choose')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('export-use-manager-choose').click();
    await expect(page.getByTestId('export-format-xlsx')).toBeChecked();
    await page.getByTestId('export-use-system-choose').click();
    await expect(page.getByTestId('export-format-json')).toBeChecked();
    await expect(page.getByTestId('export-use-system')).toHaveClass('in-use');
  });

  test("a team export is named for the team, an agent's for the agent; the history says what each held; a CSV export is refused in words", async ({ openExtensionPage }) => {
    test.setTimeout(180_000);
    const { page, records } = await seededDashboard(openExtensionPage, 60);
    const [first, last] = daysOf(records.sessions);
    const team = await exportFile(page, 'json');
    expect(team.download.suggestedFilename()).toBe(`pandu-tim-hendra-gunawan-${first}_${last}.json`);
    const header = JSON.parse(team.bytes.toString('utf8')) as { contents: unknown; exportedBy: unknown };
    const agents = new Set([...records.sessions, ...records.events, ...records.shifts].map((r) => r.agentId));
    expect(header.contents).toEqual({
      scope: 'team',
      team: 'Hendra Gunawan',
      agentId: null,
      agents: agents.size,
      from: first,
      to: last,
      zone: ZONE,
      filter: { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' },
      filterText: '',
    });
    const csv = await exportFile(page, 'csv');

    await page.getByTestId('filter-agent').selectOption('930105');
    const putuSessions = records.sessions.filter((s) => s.agentId === '930105');
    await expect(page.locator(`[data-testid="log-count"][data-count="${putuSessions.length}"]`)).toBeVisible();
    const [putuFirst, putuLast] = daysOf(putuSessions);
    const agent = await exportFile(page, 'json');
    expect(agent.download.suggestedFilename()).toBe(`pandu-agen-930105-${putuFirst}_${putuLast}.json`);

    // The lead's browser: nothing stored yet.
    await emptyLog(page);
    await page.goto(page.url().replace(/#.*$/, '') + '#import');
    await expect(page.getByTestId('import-view')).toBeVisible();
    await page.getByTestId('import-input').setInputFiles([
      { name: team.download.suggestedFilename(), mimeType: 'application/json', buffer: team.bytes },
      { name: agent.download.suggestedFilename(), mimeType: 'application/json', buffer: agent.bytes },
      { name: csv.download.suggestedFilename(), mimeType: 'text/csv', buffer: csv.bytes },
      { name: 'setengah.json', mimeType: 'application/json', buffer: agent.bytes.subarray(0, Math.floor(agent.bytes.length / 2)) },
    ]);
    const results = page.getByTestId('import-result');
    await expect(results).toHaveCount(4);
    await expect(results.nth(3)).toContainText('ditolak', { timeout: 60_000 });
    await expect(results.nth(0)).toContainText('diterima');
    await expect(results.nth(1)).toContainText('diterima');
    await expect(results.nth(2)).toHaveText(
      `${csv.download.suggestedFilename()}: ditolak, tidak ada data yang disimpan. Ini berkas CSV ekspor Pandu (untuk spreadsheet), bukan berkas JSON-nya. Yang bisa diimpor hanya berkas JSON ekspor Pandu (di Ekspor, pilih “JSON lengkap”).`,
    );
    await expect(results.nth(3)).toContainText('setengah.json: ditolak, tidak ada data yang disimpan. Berkas JSON ini terpotong: berhenti di tengah data');
    for (const i of [2, 3]) await expect(results.nth(i)).not.toContainText(/Unexpected|token|position/);

    // The history: what each file held, not who exported it.
    const contents = page.getByTestId('import-contents');
    await expect(contents).toHaveCount(2);
    const lines = (await contents.allTextContents()).sort();
    expect(lines).toEqual([
      `Ni Luh Putu Ayu Setyaningsih (930105, DPS), ${dmy(putuFirst)}–${dmy(putuLast)}, tanpa filter`,
      `Tim Hendra Gunawan, ${agents.size} agen, ${dmy(first)}–${dmy(last)}, tanpa filter`,
    ]);
  });

  test("a large log's JSON export reads the trail on a second worker and holds exactly the kept sessions' events", async ({ openExtensionPage }) => {
    test.setTimeout(240_000);
    // Past 5,000 sessions the trail is one pass over every event, read by the trail worker while
    // the export's worker writes the sessions.
    const { page, records } = await seededDashboard(openExtensionPage, 5_200);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByTestId('filter-agent').selectOption('930105');
    const kept = new Set(records.sessions.filter((s) => s.agentId === '930105').map((s) => s.id));
    await expect(page.locator(`[data-testid="log-count"][data-count="${kept.size}"]`)).toBeVisible();
    const file = JSON.parse((await exportFile(page, 'json')).bytes.toString('utf8')) as {
      sessions: Array<{ id: string }>;
      events: Array<{ id: string; sessionId: string | null }>;
    };
    expect(new Set(file.sessions.map((s) => s.id))).toEqual(kept);
    const expected = records.events.filter((e) => (e.sessionId === null ? e.agentId === '930105' : kept.has(e.sessionId)));
    expect(file.events.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(workers.some((url) => url.includes('trail'))).toBe(true);
  });
});
