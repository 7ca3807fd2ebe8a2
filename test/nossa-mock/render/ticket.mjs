// The ticket tabs: Incident (main) with its sections, Log (header + Work Log /
// Communication Log sub-tabs) and an inert Related Records tab. Only the active tab
// is in the DOM, as in Maximo. Labels repeat on purpose: "Summary" is the ticket
// summary (main tab and Log header) and the work log's own field; "Owner Group" is
// also a column of the ownership table.

import { MAIN_SECTIONS } from '../fields.mjs';
import { attrs, cls, esc } from '../html.mjs';
import { WORKLOG_TYPES } from '../seed.mjs';
import { detailsPreview, resolveTarget, specOf } from '../targets.mjs';
import { buttonHtml, gridHtml, sectionHtml } from './widgets.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */
/** @typedef {import('./widgets.mjs').WidgetSpec} WidgetSpec */

/**
 * Specs of the visible (not hidden) fields among the given keys.
 * @param {Ctx} ctx @param {string[]} keys @returns {WidgetSpec[]}
 */
function specs(ctx, keys) {
  /** @type {WidgetSpec[]} */
  const out = [];
  for (const key of keys) {
    const target = resolveTarget(ctx, key);
    if (!target || ctx.hidden(target.hideName)) continue;
    out.push(specOf(ctx, target));
  }
  return out;
}

/** @param {Ctx} ctx */
export function renderMainTab(ctx) {
  let html = '';
  for (const sec of MAIN_SECTIONS) {
    const fields = specs(ctx, sec.fields.map((a) => `field:${a}`));
    if (!fields.length) continue;
    html += sectionHtml(ctx, sec.key, sec.title, gridHtml(ctx, fields));
  }
  return html + ownershipSection(ctx);
}

/** Read-only ownership history table (Owner / Owner Group columns). @param {Ctx} ctx */
function ownershipSection(ctx) {
  const t = ctx.ticket();
  const rows = (t?.ownerHistory ?? []).slice().reverse().map((o, i) =>
    `<tr class="${cls('tablerow', i % 2 && 'even')}"><td class="tc">${esc(o.owner)}</td><td class="tc">${esc(o.ownerGroup)}</td><td class="tc">${esc(ctx.fmt(ctx.store.toLocal(o.at)))}</td></tr>`).join('');
  const table = `<table${attrs({ id: ctx.id('table:owners'), class: 'tbl', role: 'grid', 'aria-label': 'Ownership History' })}>`
    + '<thead><tr class="thr"><th scope="col">Owner</th><th scope="col">Owner Group</th><th scope="col">Date</th></tr></thead>'
    + `<tbody>${rows || '<tr class="norows"><td colspan="3">No rows to display</td></tr>'}</tbody></table>`;
  return sectionHtml(ctx, 'owners', 'Ownership History', table);
}

/** @param {Ctx} ctx */
export function renderLogTab(ctx) {
  const header = sectionHtml(ctx, 'loghdr', 'Incident', gridHtml(ctx, specs(ctx, ['hdr:TICKETID', 'hdr:DESCRIPTION'])), { untitled: true });
  const sub = ctx.ui.subtab === 'commlog' ? 'commlog' : 'worklog';
  const subtabs = [['worklog', 'Work Log'], ['commlog', 'Communication Log']].map(([name, label]) =>
    `<li role="presentation" class="${cls('subtab', name === sub && 'on')}"><a${attrs({
      role: 'tab', id: ctx.id(`subtab:${name}`), ctype: 'tab', href: '#', class: 'tablabel', title: label,
      'aria-selected': name === sub ? 'true' : 'false', tabname: name,
    })}>${esc(label ?? '')}</a></li>`).join('');
  const body = sub === 'worklog' ? renderWorklog(ctx) : sectionHtml(ctx, 'commlog', 'Communications',
    '<table class="tbl" role="grid" aria-label="Communications"><tbody><tr class="norows"><td>No rows to display</td></tr></tbody></table>');
  return header + `<div class="subtabgroup"><ul role="tablist" class="subtabs" aria-label="Log">${subtabs}</ul>`
    + `<div class="subtabbody" role="tabpanel">${body}</div></div>`;
}

/** @param {Ctx} ctx */
function renderWorklog(ctx) {
  let html = renderWorklogTable(ctx);
  const sel = ctx.ui.wlSelected;
  if (sel) {
    const keys = ['wl:SUMMARY', 'wl:TYPE', 'wl:VIEWABLE', 'wl:DETAILS'];
    const fields = specs(ctx, keys);
    const grid = gridHtml(ctx, fields.filter((f) => f.kind !== 'richtext'))
      + gridHtml(ctx, fields.filter((f) => f.kind === 'richtext'), 1);
    html += sectionHtml(ctx, 'wldetails', 'Work Log Details', grid);
  }
  return html;
}

/** The Work Logs table and its New Row button (re-rendered as one region). @param {Ctx} ctx */
export function renderWorklogTable(ctx) {
  const t = ctx.ticket();
  const { ui } = ctx;
  const typeDesc = (/** @type {string} */ v) => WORKLOG_TYPES.find((w) => w.value === v)?.description ?? v;
  /** @type {string[]} */
  const rows = [];
  ui.newRows.forEach((r, i) => {
    const on = ui.wlSelected?.kind === 'new' && ui.wlSelected.index === i;
    rows.push(`<tr${attrs({ id: ctx.id(`wlrow:new:${i}`), ctype: 'tablerow', class: cls('tablerow', 'newrow', on && 'selected'), tabindex: '0', 'aria-selected': on ? 'true' : 'false' })}>`
      + `<td class="tc">${esc(r.summary)}</td><td class="tc">${esc(detailsPreview(r.details))}</td><td class="tc">${esc(typeDesc(r.type))}</td>`
      + `<td class="tc">${r.viewable ? 'Y' : 'N'}</td><td class="tc">${esc(ctx.store.user.id)}</td><td class="tc"></td></tr>`);
  });
  (t?.worklog ?? []).map((w, i) => ({ w, i })).reverse().forEach(({ w, i }, n) => {
    const on = ui.wlSelected?.kind === 'saved' && ui.wlSelected.index === i;
    rows.push(`<tr${attrs({ id: ctx.id(`wlrow:saved:${i}`), ctype: 'tablerow', class: cls('tablerow', n % 2 && 'even', on && 'selected'), tabindex: '0', 'aria-selected': on ? 'true' : 'false' })}>`
      + `<td class="tc">${esc(w.summary)}</td><td class="tc">${esc(detailsPreview(w.details))}</td><td class="tc">${esc(typeDesc(w.type))}</td>`
      + `<td class="tc">${w.viewable ? 'Y' : 'N'}</td><td class="tc">${esc(w.createdBy)}</td><td class="tc">${esc(ctx.fmt(ctx.store.toLocal(w.createdAt)))}</td></tr>`);
  });
  const count = rows.length;
  const table = `<table${attrs({ id: ctx.id('table:worklog'), class: 'tbl', role: 'grid', 'aria-label': 'Work Logs' })}>`
    + '<thead><tr class="thr"><th scope="col">Summary</th><th scope="col">Details</th><th scope="col">Type</th><th scope="col">Viewable</th><th scope="col">Created By</th><th scope="col">Date</th></tr></thead>'
    + `<tbody>${rows.join('') || '<tr class="norows"><td colspan="6">No rows to display</td></tr>'}</tbody></table>`
    + `<div class="tbl_footer"><span class="tcount">${count ? `1 - ${count} of ${count}` : '0 - 0 of 0'}</span>`
    + `${ctx.recordReadOnly() ? '' : buttonHtml(ctx, 'btn:newrow', 'New Row')}</div>`;
  const id = ctx.id('wltable');
  return `<div${attrs({ id, class: 'wltable' })}>${sectionHtml(ctx, 'worklog', 'Work Logs', table)}</div>`;
}

/** Inert tab (present for realism). @param {Ctx} ctx */
export function renderRelatedTab(ctx) {
  return sectionHtml(ctx, 'related', 'Related Records',
    '<table class="tbl" role="grid" aria-label="Related Records"><tbody><tr class="norows"><td>No rows to display</td></tr></tbody></table>');
}

