// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { ColumnChooser } from '@/entrypoints/dashboard/logs/ColumnChooser';
import { COLUMNS_STORAGE_KEY, readColumnChoice, toggleColumn, useColumnChoice, visibleColumns, writeColumnChoice } from '@/entrypoints/dashboard/logs/column-choice';
import {
  ASSUMED_TABLE_WIDTH,
  CORE_COLUMNS,
  ROOMY_COLUMNS,
  ROOM_TO_GROW,
  TABLE_COLUMNS,
  columnOf,
  defaultColumnKeys,
  gridTemplate,
  minimumWidth,
} from '@/entrypoints/dashboard/logs/table-columns';
import { allCatalogues, translator } from '@/lib/i18n/catalogues';
import { SORT_KEYS, type LogRow, type SortKey } from '@/lib/logs';
import { zoneName } from '@/lib/time';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

/** The table's room on a 1366 px screen: Debian's Chromium (overlay scroll bars) and Windows' (a 17 px scroll bar). */
const AT_1366 = { debian: 1098, windows: 1081 };
const AT_1920 = { debian: 1652, windows: 1635 };
const keys = (columns: readonly { key: SortKey }[]) => columns.map((c) => c.key);

describe('the default columns follow the room the table has', () => {
  it('at 1366 px the core columns fit without scrolling sideways, the ones a lead reads: pending until, calls and the NOSSA fill among them', () => {
    expect(minimumWidth(CORE_COLUMNS.map(columnOf))).toBeLessThanOrEqual(AT_1366.windows);
    expect(ASSUMED_TABLE_WIDTH).toBeLessThanOrEqual(AT_1366.debian);
    for (const width of [AT_1366.debian, AT_1366.windows, ASSUMED_TABLE_WIDTH]) expect(defaultColumnKeys(width)).toEqual([...CORE_COLUMNS]);
    expect(CORE_COLUMNS).toEqual(expect.arrayContaining(['ticketId', 'agentId', 'startedMs', 'outcome', 'reasonCode', 'pendingUntilMs', 'attempts', 'fill']));
  });

  it('at 1920 px there is room for the area and the end time too, each with room left for names to grow', () => {
    for (const width of [AT_1920.debian, AT_1920.windows]) {
      const shown = defaultColumnKeys(width);
      expect(shown).toEqual(TABLE_COLUMNS.map((c) => c.key).filter((key) => key !== 'revision'));
      expect(minimumWidth(shown.map(columnOf)) + ROOM_TO_GROW).toBeLessThanOrEqual(width);
    }
  });

  it('extras come in their order and only with room to spare; a very wide table shows every column; a narrow one keeps the core (it scrolls)', () => {
    const core = minimumWidth(CORE_COLUMNS.map(columnOf));
    const area = columnOf('area').min;
    expect(defaultColumnKeys(core + area + ROOM_TO_GROW - 1)).toEqual([...CORE_COLUMNS]);
    expect(defaultColumnKeys(core + area + ROOM_TO_GROW)).toContain('area');
    expect(defaultColumnKeys(5000)).toEqual(TABLE_COLUMNS.map((c) => c.key));
    expect(defaultColumnKeys(400)).toEqual([...CORE_COLUMNS]);
    expect(new Set([...CORE_COLUMNS, ...ROOMY_COLUMNS])).toEqual(new Set(SORT_KEYS));
  });

  it('the grid tracks: fixed minimums, growing shares for names, reasons and fills; the same for every row', () => {
    expect(gridTemplate([columnOf('ticketId'), columnOf('agentId'), columnOf('revision')])).toBe('110px minmax(130px, 3fr) 280px');
    // Every column sortable and labelled; the ticket alone cannot be hidden.
    expect(TABLE_COLUMNS.map((c) => c.key).sort()).toEqual([...SORT_KEYS].sort());
    expect(TABLE_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(['ticketId']);
    for (const column of TABLE_COLUMNS) expect(allCatalogues.en[column.label]).toBeTruthy();
  });
});

describe('the time columns name the zone once, in the header', () => {
  const row = { startedMs: Date.parse('2026-12-06T02:34:00Z') } as LogRow;
  const start = columnOf('startedMs');
  const t = translator('id');
  it("a cell in the header's zone shows date and time alone; in another (daylight saving) it adds its own", () => {
    const zone = zoneName(new Date(row.startedMs));
    const plain = start.render(row, { t, zone }) as string;
    expect(plain).toMatch(/^06-12-2026 \d\d:34$/);
    expect(start.render(row, { t, zone: 'WIT-X' })).toBe(`${plain} ${zone}`);
    expect(columnOf('pendingUntilMs').render({ ...row, pendingUntilMs: null }, { t, zone })).toBe('');
    expect(TABLE_COLUMNS.filter((c) => c.zoned).map((c) => c.key)).toEqual(['startedMs', 'endedMs', 'pendingUntilMs']);
  });
});

describe("the lead's choice", () => {
  it('is stored as the keys shown, read back checked; a damaged or unknown entry means the default', () => {
    expect(readColumnChoice(localStorage)).toBeNull();
    writeColumnChoice(localStorage, ['ticketId', 'revision']);
    expect(readColumnChoice(localStorage)).toEqual(['ticketId', 'revision']);
    writeColumnChoice(localStorage, null);
    expect(localStorage.getItem(COLUMNS_STORAGE_KEY)).toBeNull();
    for (const bad of ['{', '[]', '{"shown":["ticketId","phone"]}', '{"shown":"ticketId"}', 'null']) {
      localStorage.setItem(COLUMNS_STORAGE_KEY, bad);
      expect(readColumnChoice(localStorage), bad).toBeNull();
    }
  });

  it('shows its columns in the table order, always with the ticket', () => {
    expect(keys(visibleColumns(['revision', 'agentId'], 1098))).toEqual(['ticketId', 'agentId', 'revision']);
    expect(keys(visibleColumns([], 1098))).toEqual(['ticketId']);
    expect(keys(visibleColumns(null, 1098))).toEqual([...CORE_COLUMNS]);
  });

  it('toggling starts from what is on screen; the ticket cannot be hidden', () => {
    const shown = visibleColumns(null, 1098);
    expect(toggleColumn(shown, 'revision', true)).toEqual([...CORE_COLUMNS, 'revision']);
    expect(toggleColumn(shown, 'attempts', false)).toEqual(CORE_COLUMNS.filter((key) => key !== 'attempts'));
    expect(toggleColumn(shown, 'ticketId', false)).toEqual([...CORE_COLUMNS]);
    expect(toggleColumn(shown, 'area', true)).toEqual(['ticketId', 'agentId', 'area', ...CORE_COLUMNS.slice(2)]);
  });
});

function Harness({ width }: { width: number }) {
  const choice = useColumnChoice(width);
  return (
    <>
      <ColumnChooser choice={choice} />
      <output data-testid="shown">{choice.columns.map((c) => c.key).join(',')}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

const chooser = (width = 1098, language: 'id' | 'en' = 'id') =>
  render(
    <I18nProvider language={language} catalogues={allCatalogues}>
      <Harness width={width} />
    </I18nProvider>,
  );
const shownNow = () => screen.getByTestId('shown').textContent.split(',');

describe('the column chooser', () => {
  it('says how many columns show; opens onto the first column it can change; Escape closes it back onto its button', () => {
    chooser();
    const button = screen.getByTestId('columns-button');
    expect(button.textContent).toContain('Kolom (9 dari 12)');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('columns-menu').id).toBe(button.getAttribute('aria-controls'));
    expect(document.activeElement).toBe(screen.getByTestId('column-agentId'));
    expect(screen.getByTestId<HTMLInputElement>('column-ticketId').disabled).toBe(true);
    expect(screen.getByTestId('columns-state').textContent).toContain('Bawaan');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('columns-menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('a column ticked or unticked shows at once and is remembered; "back to default" forgets the choice', () => {
    chooser();
    fireEvent.click(screen.getByTestId('columns-button'));
    fireEvent.click(screen.getByTestId('column-revision'));
    expect(shownNow()).toEqual([...CORE_COLUMNS, 'revision']);
    fireEvent.click(screen.getByTestId('column-attempts'));
    expect(shownNow()).not.toContain('attempts');
    expect(readColumnChoice(localStorage)).toEqual(shownNow());
    expect(screen.getByTestId('columns-button').textContent).toContain('Kolom (9 dari 12)');
    expect(screen.getByTestId('columns-state').textContent).toContain('Pilihan Anda');
    cleanup();

    // A new page (a reload) shows the same columns, whatever its width.
    chooser(1652);
    expect(shownNow()).toEqual([...CORE_COLUMNS.filter((key) => key !== 'attempts'), 'revision']);
    fireEvent.click(screen.getByTestId('columns-button'));
    const reset = screen.getByTestId<HTMLButtonElement>('columns-default');
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(localStorage.getItem(COLUMNS_STORAGE_KEY)).toBeNull();
    expect(shownNow()).toEqual(defaultColumnKeys(1652));
    expect(reset.disabled).toBe(true);
    // The keyboard stays in the menu when the button it was on disables itself.
    expect(document.activeElement).toBe(screen.getByTestId('column-agentId'));
  });

  it('closes when focus leaves it, and speaks English on request', () => {
    chooser(1098, 'en');
    const button = screen.getByTestId('columns-button');
    expect(button.textContent).toContain('Columns (9 of 12)');
    fireEvent.click(button);
    expect(screen.getByText('Back to default')).toBeTruthy();
    fireEvent.focusOut(screen.getByTestId('column-agentId'), { relatedTarget: screen.getByText('elsewhere') });
    expect(screen.queryByTestId('columns-menu')).toBeNull();
  });
});
