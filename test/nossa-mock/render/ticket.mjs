// @ts-check
// The ticket tabs: Incident (main) with its sections, Log (header + Work Log /
// Communication Log sub-tabs) and an inert Related Records tab. Only the active tab
// is in the DOM, as in Maximo. Labels repeat on purpose: "Summary" is the ticket
// summary (main tab and Log header) and the work log's own field; "Owner Group" is
// also a column of the ownership table.

import { MAIN_SECTIONS } from '../fields.mjs';
import { attrs, cls, esc } from '../html.mjs';
import { WORKLOG_TYPES } from '../seed.mjs';
import { detailsPreview, resolveTarget, specOf } from '../targets.mjs';
import { richTextToPlain } from '../html.mjs';
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
  for (const key of ctx.layout.mainOrder) {
    if (key === 'owners') html += ownershipSection(ctx);
    else if (key === 'statushist') html += statusHistorySection(ctx);
    else {
      const sec = MAIN_SECTIONS.find((s) => s.key === key);
      const fields = sec
        ? specs(
            ctx,
            sec.fields.map((a) => `field:${a}`),
          )
        : [];
      if (sec && fields.length) html += sectionHtml(ctx, sec.key, sec.title, gridHtml(ctx, fields));
    }
  }
  return html;
}

/** A read-only field that shows a table row's value (table details repeat labels). @param {string} key @param {string} label @param {string} value @returns {WidgetSpec} */
const roSpec = (key, label, value) => ({ key, label, kind: 'text', value, ov: value, readonly: true });

/**
 * Read-only ownership history table (Owner / Owner Group columns); in some layouts with
 * a detail of its newest row, whose read-only "Owner Group" repeats the editable one.
 * @param {Ctx} ctx
 */
function ownershipSection(ctx) {
  const t = ctx.ticket();
  const history = (t?.ownerHistory ?? []).slice().reverse();
  const rows = history
    .map(
      (o, i) =>
        `<tr class="${cls('tablerow', i % 2 && 'even')}"><td class="tc">${esc(o.owner)}</td><td class="tc">${esc(o.ownerGroup)}</td><td class="tc">${esc(ctx.fmt(ctx.store.toLocal(o.at)))}</td></tr>`,
    )
    .join('');
  const table =
    `<table${attrs({ id: ctx.id('table:owners'), class: 'tbl', role: 'grid', 'aria-label': 'Ownership History' })}>` +
    '<thead><tr class="thr"><th scope="col">Owner</th><th scope="col">Owner Group</th><th scope="col">Date</th></tr></thead>' +
    `<tbody>${rows || '<tr class="norows"><td colspan="3">No rows to display</td></tr>'}</tbody></table>`;
  const newest = history[0];
  const detail =
    ctx.layout.ownerDetail && newest ? gridHtml(ctx, [roSpec('ownerinfo:OWNER', 'Owner', newest.owner), roSpec('ownerinfo:OWNERGROUP', 'Owner Group', newest.ownerGroup)]) : '';
  return sectionHtml(ctx, 'owners', 'Ownership History', table + detail);
}

/**
 * Status history (some layouts): a table and a read-only detail of the newest change
 * (Status, Status Date, Memo: the same labels as the main tab and the dialog).
 * @param {Ctx} ctx
 */
function statusHistorySection(ctx) {
  const t = ctx.ticket();
  const history = (t?.statusHistory ?? []).slice().reverse();
  const rows = history
    .map(
      (h, i) =>
        `<tr class="${cls('tablerow', i % 2 && 'even')}"><td class="tc">${esc(h.status)}</td><td class="tc">${esc(ctx.fmt(h.statusDate))}</td>` +
        `<td class="tc">${esc(h.memo)}</td><td class="tc">${esc(h.changedBy)}</td></tr>`,
    )
    .join('');
  const table =
    `<table${attrs({ id: ctx.id('table:statushist'), class: 'tbl', role: 'grid', 'aria-label': 'Status History' })}>` +
    '<thead><tr class="thr"><th scope="col">Status</th><th scope="col">Status Date</th><th scope="col">Memo</th><th scope="col">Changed By</th></tr></thead>' +
    `<tbody>${rows || '<tr class="norows"><td colspan="4">No rows to display</td></tr>'}</tbody></table>`;
  const newest = history[0];
  const detail = newest
    ? gridHtml(ctx, [
        roSpec('sthinfo:STATUS', 'Status', newest.status),
        roSpec('sthinfo:STATUSDATE', 'Status Date', ctx.fmt(newest.statusDate)),
        roSpec('sthinfo:MEMO', 'Memo', newest.memo),
      ])
    : '';
  return sectionHtml(ctx, 'statushist', 'Status History', table + detail);
}

/** @param {Ctx} ctx */
export function renderLogTab(ctx) {
  const { layout } = ctx;
  const header = sectionHtml(ctx, 'loghdr', 'Incident', gridHtml(ctx, specs(ctx, ['hdr:TICKETID', 'hdr:DESCRIPTION'])), { untitled: true });
  let body;
  if (layout.logStyle === 'stacked') {
    // Work log and communication log on one page, each with its details.
    body = renderWorklog(ctx) + commlogSections(ctx);
  } else {
    const sub = ctx.ui.subtab === 'commlog' ? 'commlog' : 'worklog';
    const subtabs = [
      ['worklog', 'Work Log'],
      ['commlog', 'Communication Log'],
    ]
      .map(
        ([name, label]) =>
          `<li role="presentation" class="${cls('subtab', name === sub && 'on')}"><a${attrs({
            role: 'tab',
            id: ctx.id(`subtab:${name}`),
            ctype: 'tab',
            href: '#',
            class: 'tablabel',
            title: label,
            'aria-selected': name === sub ? 'true' : 'false',
          })}>${esc(label ?? '')}</a></li>`,
      )
      .join('');
    const inner = sub === 'worklog' ? renderWorklog(ctx) : commlogSections(ctx);
    body = `<div class="subtabgroup"><ul role="tablist" class="subtabs" aria-label="Log">${subtabs}</ul>` + `<div class="subtabbody" role="tabpanel">${inner}</div></div>`;
  }
  return layout.logHeader === 'after' ? body + header : header + body;
}

/**
 * Communication log: canonical, an empty table; seeded layouts show one (system) entry
 * and its read-only details, Summary and Details: the same labels as a new work log row.
 * @param {Ctx} ctx
 */
function commlogSections(ctx) {
  const empty = '<table class="tbl" role="grid" aria-label="Communications"><tbody><tr class="norows"><td>No rows to display</td></tr></tbody></table>';
  const t = ctx.ticket();
  if (ctx.layout.seed === null || !t) return sectionHtml(ctx, 'commlog', 'Communications', empty);
  const id = t.fields.TICKETID ?? '';
  const summary = `Notifikasi tiket ${id} terkirim ke pelanggan`;
  const details = `<p>Yth. ${esc(t.fields.CONTACTNAME)}, laporan gangguan Anda telah kami terima dengan nomor ${esc(id)}.</p>`;
  const table =
    `<table${attrs({ id: ctx.id('table:commlog'), class: 'tbl', role: 'grid', 'aria-label': 'Communications' })}>` +
    '<thead><tr class="thr"><th scope="col">Summary</th><th scope="col">Details</th><th scope="col">Created By</th><th scope="col">Date</th></tr></thead>' +
    `<tbody><tr class="tablerow selected"><td class="tc">${esc(summary)}</td><td class="tc">${esc(detailsPreview(details))}</td>` +
    `<td class="tc">MAXADMIN</td><td class="tc">${esc(ctx.fmt(t.fields.REPORTDATE ?? ''))}</td></tr></tbody></table>`;
  const plain = ctx.layout.details === 'textarea';
  /** @type {WidgetSpec} */
  const det = { key: 'cl:DETAILS', label: 'Details', kind: plain ? 'textarea' : 'richtext', value: plain ? richTextToPlain(details) : details, readonly: true };
  return (
    sectionHtml(ctx, 'commlog', 'Communications', table) +
    sectionHtml(ctx, 'cldetails', 'Communication Log Details', gridHtml(ctx, [roSpec('cl:SUMMARY', 'Summary', summary)]) + gridHtml(ctx, [det], 1))
  );
}

/**
 * The Work Logs table, and the Work Log Details of the selected row below it, above it
 * or beside it (layout).
 * @param {Ctx} ctx
 */
function renderWorklog(ctx) {
  const table = renderWorklogTable(ctx);
  let details = '';
  if (ctx.ui.wlSelected) {
    const fields = specs(ctx, ['wl:SUMMARY', 'wl:TYPE', 'wl:VIEWABLE', 'wl:DETAILS']);
    const grid =
      gridHtml(
        ctx,
        fields.filter((f) => f.key !== 'wl:DETAILS'),
      ) +
      gridHtml(
        ctx,
        fields.filter((f) => f.key === 'wl:DETAILS'),
        1,
      );
    details = sectionHtml(ctx, 'wldetails', 'Work Log Details', grid);
  }
  const { layout } = ctx;
  if (layout.wlDetails === 'above') return details + table;
  if (layout.wlDetails === 'beside') {
    return `<div class="${layout.cls.cols}"><div class="${layout.cls.col}">${table}</div><div class="${layout.cls.col}">${details}</div></div>`;
  }
  return table + details;
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
    rows.push(
      `<tr${attrs({ id: ctx.id(`wlrow:new:${i}`), ctype: 'tablerow', class: cls('tablerow', on && 'selected'), tabindex: '0', 'aria-selected': on ? 'true' : 'false' })}>` +
        `<td class="tc">${esc(r.summary)}</td><td class="tc">${esc(detailsPreview(r.details))}</td><td class="tc">${esc(typeDesc(r.type))}</td>` +
        `<td class="tc">${r.viewable ? 'Y' : 'N'}</td><td class="tc">${esc(ctx.store.user.id)}</td><td class="tc"></td></tr>`,
    );
  });
  (t?.worklog ?? [])
    .map((w, i) => ({ w, i }))
    .reverse()
    .forEach(({ w, i }, n) => {
      const on = ui.wlSelected?.kind === 'saved' && ui.wlSelected.index === i;
      rows.push(
        `<tr${attrs({ id: ctx.id(`wlrow:saved:${i}`), ctype: 'tablerow', class: cls('tablerow', n % 2 && 'even', on && 'selected'), tabindex: '0', 'aria-selected': on ? 'true' : 'false' })}>` +
          `<td class="tc">${esc(w.summary)}</td><td class="tc">${esc(detailsPreview(w.details))}</td><td class="tc">${esc(typeDesc(w.type))}</td>` +
          `<td class="tc">${w.viewable ? 'Y' : 'N'}</td><td class="tc">${esc(w.createdBy)}</td><td class="tc">${esc(ctx.fmt(ctx.store.toLocal(w.createdAt)))}</td></tr>`,
      );
    });
  const count = rows.length;
  const table =
    `<table${attrs({ id: ctx.id('table:worklog'), class: 'tbl', role: 'grid', 'aria-label': 'Work Logs' })}>` +
    '<thead><tr class="thr"><th scope="col">Summary</th><th scope="col">Details</th><th scope="col">Type</th><th scope="col">Viewable</th><th scope="col">Created By</th><th scope="col">Date</th></tr></thead>' +
    `<tbody>${rows.join('') || '<tr class="norows"><td colspan="6">No rows to display</td></tr>'}</tbody></table>` +
    `<div class="tbl_footer"><span class="tcount">${count ? `1 - ${count} of ${count}` : '0 - 0 of 0'}</span>` +
    `${ctx.recordReadOnly() ? '' : buttonHtml(ctx, 'btn:newrow', 'New Row')}</div>`;
  const id = ctx.id('wltable');
  return `<div${attrs({ id })}>${sectionHtml(ctx, 'worklog', 'Work Logs', table)}</div>`;
}

/** Inert tab (present for realism). @param {Ctx} ctx */
export function renderRelatedTab(ctx) {
  return sectionHtml(
    ctx,
    'related',
    'Related Records',
    '<table class="tbl" role="grid" aria-label="Related Records"><tbody><tr class="norows"><td>No rows to display</td></tr></tbody></table>',
  );
}
