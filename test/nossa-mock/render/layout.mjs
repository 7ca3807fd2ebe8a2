// @ts-check
// The layout generator. NOSSA's real layout is unknown (NOSSA.md: "its layout ... comes
// from a seed, so no test can pass by knowing one layout"), so the look-alike can draw
// one from an integer seed: section order, section containers and their class names,
// whether sections are ARIA regions, the field grid, where the Work Log Details render,
// which Details widget is used, and extra fields whose labels repeat ones a fill writes
// (Log header, Change Status dialog, Communication Log details, table details).
//
// What never varies: labels, section titles, ctype/title/label-for of fields, the
// toolbar, tabs, dialogs in #dialogholder, menus, #wait and every round-trip behaviour.
// A careful client (labels, tabs, dialogs, what New Row / Change Status made appear)
// fills every seed; one that leans on a class name or on "the first Summary" does not.

import { rng } from '../prng.mjs';

/**
 * @typedef {{ section: string, hdr: string, title: string, body: string, grid: string, row: string,
 *   lc: string, fc: string, untitled: string, cols: string, col: string }} LayoutClasses
 * @typedef {{
 *   seed: number | null,
 *   mainOrder: string[],             // main-tab section keys, in order
 *   container: 'div' | 'fieldset' | 'table',
 *   region: boolean,                 // sections carry role=region
 *   naming: 'labelledby' | 'label' | 'none',  // how a section is named for ARIA (the visible title is always there)
 *   grid: 'table' | 'div',           // label/field grid made of table cells or of divs
 *   perRow: number,                  // label/field pairs per grid row
 *   cls: LayoutClasses,
 *   wlDetails: 'below' | 'beside' | 'above',  // Work Log Details relative to the Work Logs table
 *   details: 'iframe' | 'textarea' | 'contenteditable',  // the work log Details widget
 *   logHeader: 'top' | 'after',      // Log tab header (Incident, Summary) before or after the work log
 *   logStyle: 'subtabs' | 'stacked', // Communication Log as a sub-tab, or as a section (with details) under the work log
 *   dialogSummary: boolean,          // Change Status shows the ticket Summary (read-only)
 *   ownerDetail: boolean,            // Ownership History shows a read-only detail (Owner, Owner Group)
 *   statusHistory: boolean,          // a Status History section with a read-only detail (Status, Status Date, Memo)
 * }} Layout
 */

/** Today's layout (no seed): what the look-alike always rendered. @type {Layout} */
export const CANONICAL = Object.freeze({
  seed: null,
  mainOrder: ['details', 'customer', 'service', 'pending', 'dates', 'owners'],
  container: 'div',
  region: true,
  naming: 'labelledby',
  grid: 'table',
  perRow: 2,
  cls: {
    section: 'section',
    hdr: 'sectionhdr',
    title: 'sht',
    body: 'sectionbody',
    grid: 'fg',
    row: 'fgr',
    lc: 'lc',
    fc: 'fc',
    untitled: 'sectionnoh',
    cols: 'cols',
    col: 'col',
  },
  wlDetails: 'below',
  details: 'iframe',
  logHeader: 'top',
  logStyle: 'subtabs',
  dialogSummary: false,
  ownerDetail: false,
  statusHistory: false,
});

/** @type {Map<number, Layout>} */
const cache = new Map();

/**
 * The layout of a seed (null: CANONICAL). Pure: the same seed always gives the same layout.
 * @param {number | null | undefined} seed @returns {Layout}
 */
export function layoutFor(seed) {
  if (seed == null) return CANONICAL;
  const hit = cache.get(seed);
  if (hit) return hit;
  // Mix the seed first: neighbouring seeds (1, 2, 3...) would otherwise start with
  // correlated draws.
  const r = rng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1));
  // Random class names: a per-seed prefix and random suffixes, so none says "section".
  const prefix = r.token(3);
  /** @type {Set<string>} */
  const used = new Set();
  const name = () => {
    let n;
    do n = `${prefix}${r.pick(['', '_', '-'])}${r.token(r.pick([2, 3, 4]))}`;
    while (used.has(n));
    used.add(n);
    return n;
  };
  const main = ['details', 'customer', 'service', 'pending', 'dates', 'owners'];
  const statusHistory = r.chance(0.5);
  /** @type {Layout} */
  const layout = {
    seed,
    mainOrder: r.shuffle(statusHistory ? [...main, 'statushist'] : main),
    container: r.pick(/** @type {const} */ (['div', 'fieldset', 'table'])),
    region: r.chance(0.5),
    naming: r.pick(/** @type {const} */ (['labelledby', 'label', 'none'])),
    grid: r.pick(/** @type {const} */ (['table', 'div'])),
    perRow: r.pick([1, 2, 2, 3]),
    cls: {
      section: name(),
      hdr: name(),
      title: name(),
      body: name(),
      grid: name(),
      row: name(),
      lc: name(),
      fc: name(),
      untitled: name(),
      cols: name(),
      col: name(),
    },
    wlDetails: r.pick(/** @type {const} */ (['below', 'beside', 'above'])),
    details: r.pick(/** @type {const} */ (['iframe', 'textarea', 'contenteditable'])),
    logHeader: r.pick(/** @type {const} */ (['top', 'after'])),
    logStyle: r.pick(/** @type {const} */ (['subtabs', 'stacked'])),
    dialogSummary: r.chance(0.6),
    ownerDetail: r.chance(0.6),
    statusHistory,
  };
  cache.set(seed, layout);
  return layout;
}

/**
 * Styles for a seeded layout's generated class names ('' for CANONICAL, whose classes
 * are in maximo.css). Served in the page's <head>: looks only.
 * @param {Layout} l
 */
export function layoutCss(l) {
  if (l === CANONICAL) return '';
  const c = l.cls;
  return [
    `.${c.section}{margin:0 0 10px;border:1px solid #d5dbe1;padding:0;min-width:0}`,
    `table.${c.section}{border-collapse:collapse;width:100%}`,
    `.${c.hdr},legend.${c.title},th.${c.title}{background:linear-gradient(#f1f4f7,#e1e7ed);padding:4px 8px;text-align:left}`,
    `.${c.title}{font-weight:bold;color:#1d3649}`,
    `.${c.body},.${c.untitled}{padding:6px 8px}`,
    `.${c.grid}{border-collapse:collapse;width:100%}`,
    `div.${c.row}{display:flex;align-items:center;gap:4px;padding:2px 0}`,
    `.${c.lc}{width:16%;text-align:right;white-space:nowrap;color:#444;padding:3px 4px}`,
    `div .${c.lc}{flex:0 0 140px}`,
    `.${c.fc}{padding:3px 4px}`,
    `div .${c.fc}{flex:1;min-width:0}`,
    `.${c.cols}{display:flex;gap:10px;align-items:flex-start}`,
    `.${c.col}{flex:1;min-width:0}`,
  ].join('\n');
}
