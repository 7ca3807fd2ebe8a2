// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { FillHealthBanner } from '@/entrypoints/dashboard/health/FillHealthBanner';
import { FillHealthTable } from '@/entrypoints/dashboard/health/FillHealthView';
import { PracticeTable } from '@/entrypoints/dashboard/practice/PracticeTable';
import { TEAM_ERROR_TEXT, teamErrorText } from '@/entrypoints/dashboard/team/error-text';
import { allCatalogues } from '@/lib/i18n/catalogues';
import { translator } from '@/lib/i18n';
import { FILL_FAILURES, type Language } from '@/lib/schema';
import { API_ERROR_CODES, type FillHealth, type Practice } from '@/lib/team';
import { TeamRequestError } from '@/lib/team/client';

/** The team views' pieces as the dashboard ships them (preact/compat), in either language. */
afterEach(cleanup);
const inLanguage = (ui: ReactNode, language: Language = 'id') =>
  render(
    <I18nProvider language={language} catalogues={allCatalogues}>
      {ui}
    </I18nProvider>,
  );

const byReason = (counts: Partial<Record<(typeof FILL_FAILURES)[number], number>>) =>
  Object.fromEntries(FILL_FAILURES.map((reason) => [reason, counts[reason] ?? 0])) as FillHealth['fields'][number]['byReason'];

describe('the fill health banner', () => {
  const alert: FillHealth['alerts'][number] = {
    field: 'pendingReason',
    failures: 4,
    agents: 3,
    firstAt: '2026-11-27T02:05:00.000Z',
    lastAt: '2026-11-27T06:40:00.000Z',
    reasons: ['field-missing', 'timeout'],
  };

  it('says which field fails for how many agents, that NOSSA may have changed, and why, in words', () => {
    inLanguage(<FillHealthBanner alerts={[alert]} />);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('Kolom Pending Reason gagal diisi 4 kali oleh 3 agen dalam 8 jam terakhir — kemungkinan NOSSA berubah; periksa profil situs.');
    expect(banner.textContent).toContain('Penyebab: kolom tidak ditemukan di halaman; NOSSA terlalu lama merespons');
  });

  it('in English too; one line per failing field; nothing at all without alerts', () => {
    inLanguage(<FillHealthBanner alerts={[alert, { ...alert, field: 'workLogDetails', failures: 3, agents: 2, reasons: ['rejected'] }]} />, 'en');
    expect(screen.getAllByTestId('fill-health-alert').map((p) => p.dataset.field)).toEqual(['pendingReason', 'workLogDetails']);
    expect(screen.getByRole('alert').textContent).toContain('Field Work Log: Details failed 3 times for 2 agents in the last 8 hours');
    cleanup();
    inLanguage(<FillHealthBanner alerts={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the health table: a field a row, its failures by reason, per profile and per day', () => {
    inLanguage(
      <FillHealthTable
        fields={[
          {
            field: 'pendingReason',
            fills: 40,
            failures: 5,
            byReason: byReason({ 'field-missing': 4, timeout: 1 }),
            byProfile: [{ profile: 'nossa@3', fills: 40, failures: 5 }],
            byDay: [
              { day: '2026-11-26', fills: 30, failures: 0 },
              { day: '2026-11-27', fills: 10, failures: 5 },
            ],
          },
        ]}
      />,
    );
    const row = screen.getByTestId('fill-health-row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual(['40', '5']);
    expect(cells[2]).toBe('kolom tidak ditemukan di halaman: 4NOSSA terlalu lama merespons: 1');
    expect(cells[3]).toBe('nossa@3: 40 isi, 5 gagal');
    expect(cells[4]).toContain('27-11');
    expect(cells[4]).toContain('5/10');
  });
});

describe('the practice table', () => {
  const agent = (agentId: string, name: string, over: Partial<Practice['agents'][number]> = {}): Practice['agents'][number] => ({
    agentId,
    name,
    area: 'JKT',
    sessions: 10,
    checklists: { onTime: 5, late: 0, missing: 0 },
    unreachableAttempts: { count: 0, median: null, min: null },
    requestToSaved: { count: 0, median: null, p90: null },
    followUpsMissed: 0,
    ...over,
  });
  const agents = [
    agent('agent02', 'Sari', { checklists: { onTime: 3, late: 2, missing: 1 }, requestToSaved: { count: 8, median: 750, p90: 1_800 }, followUpsMissed: 1 }),
    agent('agent01', 'Budi', { unreachableAttempts: { count: 4, median: 3, min: 2 }, requestToSaved: { count: 5, median: 300, p90: 600 } }),
    agent('agent03', 'Ani', { area: '', followUpsMissed: 4 }),
  ];
  const names = () => screen.getAllByTestId('practice-row').map((row) => row.dataset.agent);

  it('shows each agent: checklists late and missing, attempts before "unreachable", request to saved in minutes, follow-ups missed', () => {
    inLanguage(<PracticeTable agents={agents} />);
    expect(names()).toEqual(['agent03', 'agent01', 'agent02']); // by name
    const sari = within(screen.getAllByTestId('practice-row')[2]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(sari).toEqual(['Sari (agent02)', 'JKT', '10', '2', '1', '–', '12,5 / 30', '1']);
    const budi = within(screen.getAllByTestId('practice-row')[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(budi[5]).toBe('3 / 2 (4×)');
    expect(budi[6]).toBe('5 / 10');
  });

  it('sorts by a column on a click (most first for a count), again to reverse; empty values last', () => {
    inLanguage(<PracticeTable agents={agents} />);
    fireEvent.click(screen.getByTestId('practice-sort-followUps'));
    expect(names()).toEqual(['agent03', 'agent02', 'agent01']);
    expect(screen.getByTestId('practice-sort-followUps').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('practice-sort-followUps'));
    expect(names()).toEqual(['agent01', 'agent02', 'agent03']);
    fireEvent.click(screen.getByTestId('practice-sort-saved'));
    expect(names()).toEqual(['agent02', 'agent01', 'agent03']); // Ani has no measure: last
    fireEvent.click(screen.getByTestId('practice-sort-saved'));
    expect(names()).toEqual(['agent01', 'agent02', 'agent03']); // still last
  });
});

describe("the team server's errors in words", () => {
  it('every code of the contract, and network / bad-response, has its own text in both languages', () => {
    for (const language of ['id', 'en'] as const) {
      const t = translator(language);
      const texts = [...API_ERROR_CODES, 'network', 'bad-response'].map((code) => t(TEAM_ERROR_TEXT[code as keyof typeof TEAM_ERROR_TEXT]));
      for (const text of texts) expect(text).not.toMatch(/^dashboard\./);
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(teamErrorText(translator('id'), new TeamRequestError('auth.revoked', 'token revoked'))).toBe(
      'Akses browser ini ke server tim telah dicabut: minta kode baru dan hubungkan ulang.',
    );
    expect(teamErrorText(translator('en'), new Error('boom'))).toContain('boom');
  });
});
