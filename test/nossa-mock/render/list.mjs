// @ts-check
// The List tab: a table of incidents with a filter row. Filter inputs are ordinary
// textboxes (same focus/prekeyvalue rules) titled "<Label> filter"; Enter applies the
// filter through a round trip. A row click loads the ticket without navigation.

import { LIST_COLUMNS } from '../fields.mjs';
import { attrs, cls, esc } from '../html.mjs';
import { sectionHtml } from './widgets.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */

/**
 * Ticket ids matching the applied filters, in list order. Maximo-ish filter syntax:
 * "=X" exact, "A,B" any of, otherwise "contains" (case-insensitive).
 * @param {Ctx} ctx
 */
export function listResult(ctx) {
  const filters = Object.entries(ctx.ui.listFilters).filter(([, v]) => v.trim() !== '');
  return Object.values(ctx.store.tickets)
    .filter((t) => filters.every(([attr, f]) => matches(t.fields[attr] ?? '', f)))
    .sort((a, b) => (b.fields.REPORTDATE ?? '').localeCompare(a.fields.REPORTDATE ?? ''))
    .map((t) => t.fields.TICKETID ?? '');
}

/** @param {string} value @param {string} filter */
function matches(value, filter) {
  const v = value.toUpperCase();
  return filter
    .split(',')
    .map((f) => f.trim().toUpperCase())
    .filter(Boolean)
    .some((f) => (f.startsWith('=') ? v === f.slice(1).trim() : v.includes(f.replace(/%/g, ''))));
}

/**
 * One filter input in its holder (re-rendered alone after a setvalue).
 * @param {Ctx} ctx @param {string} attr
 */
export function filterHolder(ctx, attr) {
  const col = LIST_COLUMNS.find((c) => c.attr === attr);
  if (!col) return '';
  const id = ctx.id(`filter:${attr}`);
  return `<div${attrs({ id: `${id}_holder`, class: 'bc' })}><input${attrs({
    type: 'text',
    id,
    ctype: 'textbox',
    class: 'fld text',
    title: `${col.label} filter`,
    value: ctx.ui.listFilterDraft[attr] ?? '',
    ov: ctx.ui.listFilters[attr] ?? '',
    work: '1',
    autocomplete: 'off',
  })}></div>`;
}

/** @param {Ctx} ctx */
export function renderList(ctx) {
  const ids = listResult(ctx);
  const tableId = ctx.id('table:list');
  const head = LIST_COLUMNS.map((c) => `<th${attrs({ scope: 'col', class: 'th' })}><span class="thl">${esc(c.label)}</span></th>`).join('');
  const filters = LIST_COLUMNS.map((c) => `<td class="tf">${c.filter ? filterHolder(ctx, c.attr) : ''}</td>`).join('');
  const rows = ids
    .map((tid, i) => {
      const t = ctx.store.tickets[tid];
      if (!t) return '';
      const cells = LIST_COLUMNS.map((c) => {
        const raw = t.fields[c.attr] ?? '';
        const text = c.attr === 'REPORTDATE' ? ctx.fmt(raw) : raw;
        const inner = c.attr === 'TICKETID' ? `<span class="lnk">${esc(text)}</span>` : esc(text);
        return `<td class="tc">${inner}</td>`;
      }).join('');
      return `<tr${attrs({ id: ctx.id(`row:${tid}`), ctype: 'tablerow', class: cls('tablerow', i % 2 && 'even'), tabindex: '0', title: `Incident ${tid}` })}>${cells}</tr>`;
    })
    .join('');
  const empty = ids.length ? '' : `<tr class="norows"><td colspan="${LIST_COLUMNS.length}">No rows to display</td></tr>`;
  const table =
    `<div class="tbl_title"><span class="tcount">${ids.length ? `1 - ${ids.length} of ${ids.length}` : '0 - 0 of 0'}</span></div>` +
    `<table${attrs({ id: tableId, class: 'tbl', role: 'grid', 'aria-label': 'Incidents' })}>` +
    `<thead><tr class="thr">${head}</tr><tr class="filterrow">${filters}</tr></thead>` +
    `<tbody>${rows}${empty}</tbody></table>`;
  return sectionHtml(ctx, 'list', 'Incidents', table);
}
