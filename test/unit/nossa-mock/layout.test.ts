import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutFor } from '../../nossa-mock/render/layout.mjs';
import { MockPage, answerHtml as html, startQuietMock, tags, ticketPath, type Mock, type Tag } from './page-client';

// The layout generator (layoutSeed): deterministic per seed, varied across seeds, and
// every layout fillable by labels: each field has exactly one <label for> pointing at it.

const ID = 'IN110088258';
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const MARKERS = [' section=', 'dialogtype=', 'tabname=', ' qbe=', 'menufor=', 'editorready'];

let mock: Mock;
beforeEach(async () => {
  mock = await startQuietMock();
});
afterEach(async () => {
  await mock.close();
});

/** The markup of every view of one ticket in the current layout: main tab, Log after New Row, Communication Log, Change Status. */
async function views(seed: number | null) {
  mock.control({ layoutSeed: seed });
  const page = await MockPage.open(mock, ticketPath(ID));
  await page.click(page.byTitle('Log'));
  const added = await page.click(page.byTitle('New Row'));
  const log = html(added);
  const sub = tags(log).find((t) => t.attrs.role === 'tab' && t.attrs.title === 'Communication Log');
  const commlog = sub ? html(await page.click(sub.attrs.id!)) : '';
  const dialog = (await page.click(page.toolbar('STATUS'))).dialog ?? '';
  return { page, main: page.html, log, commlog, dialog, summaryId: added.focus! };
}

const FIELD_CTYPES = ['textbox', 'textarea', 'richtext', 'checkbox'];
const isLabelledField = (t: Tag) => FIELD_CTYPES.includes(t.attrs.ctype ?? '') && t.attrs.title !== 'Find Incident' && !t.attrs.title?.endsWith(' filter');

function expectLabelsPointAtFields(markup: string, where: string) {
  const all = tags(markup);
  const labels = all.filter((t) => t.name === 'label' && t.attrs.for);
  for (const l of labels) {
    expect(
      all.filter((t) => t.attrs.id === l.attrs.for),
      `${where}: label for=${l.attrs.for}`,
    ).toHaveLength(1);
  }
  for (const f of all.filter(isLabelledField)) {
    expect(
      labels.filter((l) => l.attrs.for === f.attrs.id),
      `${where}: ${f.name} ${f.attrs.title}`,
    ).toHaveLength(1);
  }
}

/** Markup structure without ids and values: tag names, classes and roles. */
const structure = (markup: string) =>
  tags(markup)
    .map((t) => `${t.name}.${t.attrs.class ?? ''}[${t.attrs.role ?? ''}]`)
    .join(' ');

const MAIN_TITLES = ['Incident Details', 'Customer', 'Service', 'Pending', 'Dates/TTR', 'Ownership History'];
const titleOrder = (markup: string) =>
  MAIN_TITLES.map((t) => [t, markup.indexOf(`>${t}</`)] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([t]) => t)
    .join(' | ');

describe('layout generator', () => {
  it('is deterministic: the same seed gives the same markup structure on every load and server', async () => {
    const a = await views(7);
    const b = await views(7);
    expect(structure(a.main)).toBe(structure(b.main));
    expect(structure(a.log)).toBe(structure(b.log));
    expect(structure(a.dialog)).toBe(structure(b.dialog));
    const other = await startQuietMock();
    try {
      expect(JSON.stringify(layoutFor(7))).toBe(JSON.stringify(layoutFor(7)));
      other.control({ layoutSeed: 7 });
      const c = await MockPage.open(other, ticketPath(ID));
      expect(structure(c.html)).toBe(structure(a.main));
    } finally {
      await other.close();
    }
    // Ids are still per load.
    expect(a.summaryId).not.toBe(b.summaryId);
  });

  it('varies section order, containers, Details widget and where the Work Log Details render across seeds', async () => {
    const layouts = SEEDS.map((s) => layoutFor(s));
    expect(new Set(layouts.map((l) => l.details))).toEqual(new Set(['iframe', 'textarea', 'contenteditable']));
    expect(new Set(layouts.map((l) => l.wlDetails))).toEqual(new Set(['below', 'beside', 'above']));
    expect(new Set(layouts.map((l) => l.container))).toEqual(new Set(['div', 'fieldset', 'table']));
    expect(new Set(layouts.map((l) => l.logHeader))).toEqual(new Set(['top', 'after']));
    expect(new Set(layouts.map((l) => l.logStyle))).toEqual(new Set(['subtabs', 'stacked']));
    const orders = new Set<string>();
    const widgets = new Set<string>();
    for (const seed of SEEDS) {
      const v = await views(seed);
      orders.add(titleOrder(v.main));
      const details = tags(v.log).find((t) => t.attrs.title?.startsWith('Details') && FIELD_CTYPES.includes(t.attrs.ctype ?? ''));
      widgets.add(`${details?.name}${details?.attrs.contenteditable ? '[contenteditable]' : ''}`);
      // The widget matches the layout (and none is the canonical class-named section).
      expect(details?.name).toBe({ iframe: 'iframe', textarea: 'textarea', contenteditable: 'div' }[layoutFor(seed).details]);
      expect(v.main).not.toContain('class="section"');
    }
    expect(orders.size).toBeGreaterThanOrEqual(8);
    expect(widgets).toEqual(new Set(['iframe', 'textarea', 'div[contenteditable]']));
  });

  it('on every seed 1..20 each field has exactly one <label for>, pointing at an existing element', async () => {
    for (const seed of [null, ...SEEDS]) {
      const v = await views(seed);
      expectLabelsPointAtFields(v.main, `seed ${seed} main`);
      expectLabelsPointAtFields(v.log, `seed ${seed} log`);
      if (v.commlog) expectLabelsPointAtFields(v.commlog, `seed ${seed} commlog`);
      expectLabelsPointAtFields(v.dialog, `seed ${seed} dialog`);
      const labelOf = (id: string) => tags(v.log).find((t) => t.name === 'label' && t.attrs.for === id);
      expect(labelOf(v.summaryId)?.attrs.title).toBe('Summary');
    }
  });

  it('renders no look-alike-only markers (section=, dialogtype=, ...) on any seed', async () => {
    for (const seed of [null, ...SEEDS]) {
      const v = await views(seed);
      for (const markup of [v.main, v.log, v.commlog, v.dialog]) {
        for (const m of MARKERS) expect(markup, `seed ${seed}: ${m}`).not.toContain(m);
      }
    }
  });

  it('every seed can be filled by labels: the editable Details next to the New Row Summary, then Save', async () => {
    for (const seed of SEEDS) {
      const v = await views(seed);
      const { page } = v;
      await page.click(page.byTitle('Cancel'));
      const all = tags(v.log);
      // The Details the New Row made appear: labelled "Details" and editable.
      const editable = all
        .filter((t) => t.name === 'label' && t.attrs.title === 'Details')
        .map((l) => all.find((t) => t.attrs.id === l.attrs.for)!)
        .filter((t) => t.attrs.readonly === undefined && !t.attrs.class?.includes('rte_ro'));
      expect(editable, `seed ${seed}`).toHaveLength(1);
      const plain = editable[0]!.name === 'textarea';
      await page.setvalue(v.summaryId, `Baris seed ${seed}`);
      await page.setvalue(editable[0]!.attrs.id!, plain ? 'Satu <dua>\ntiga' : '<p>Satu &lt;dua&gt;</p><p>tiga</p>');
      expect((await page.click(page.toolbar('SAVE'))).message?.code, `seed ${seed}`).toBe('BMXAA4205I');
      const row = mock.state().tickets[ID]!.worklog.at(-1)!;
      expect(row).toMatchObject({ summary: `Baris seed ${seed}`, detailsText: 'Satu <dua>\ntiga' });
      mock.reset();
    }
  });
});
