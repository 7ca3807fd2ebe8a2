// @ts-check
// Menus the server sends into #menuholder: value lists and lookups
// (ul[role=menu] > li > a[role=menuitem], each item showing value and description),
// the Select Action menu, and the date picker. Menu items get fresh ids every time a
// menu opens; the server remembers what each item means (the page never sends values).

import { attrs, cls, esc } from '../html.mjs';
import { STATUSES, STATUS_TRANSITIONS } from '../seed.mjs';
import { daysInMonth, partsOf } from '../dates.mjs';

/**
 * @typedef {import('../context.mjs').Ctx} Ctx
 * @typedef {import('../targets.mjs').Target} Target
 * @typedef {import('../uisession.mjs').MenuItem} MenuItem
 * @typedef {import('../uisession.mjs').MenuState} MenuState
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** @param {Ctx} ctx */
function nextSeq(ctx) {
  ctx.ui.menuSeq += 1;
  return ctx.ui.menuSeq;
}

/** @param {Ctx} ctx @param {number} seq @param {number} n */
function itemId(ctx, seq, n) {
  return ctx.id(`menuitem:${seq}:${n}`);
}

/**
 * The values a value list / lookup offers. New Status offers only the statuses
 * reachable from the current one.
 * @param {Ctx} ctx @param {Target} target
 */
export function domainOf(ctx, target) {
  if (target.key === 'dlg:NEWSTATUS') {
    const allowed = STATUS_TRANSITIONS[ctx.effective('STATUS')] ?? [];
    return STATUSES.filter((s) => allowed.includes(s.value));
  }
  return target.def.domain ? target.def.domain() : [];
}

/** @param {Ctx} ctx @param {Target} target */
export function openValueList(ctx, target) {
  const seq = nextSeq(ctx);
  const current = target.read();
  /** @type {MenuState} */
  const menu = {
    kind: 'valuelist',
    ownerKey: target.key,
    anchorId: ctx.id(target.key),
    items: domainOf(ctx, target).map((d, n) => ({
      id: itemId(ctx, seq, n),
      value: d.value,
      label: d.value,
      description: d.description === d.value ? '' : d.description,
      action: current === d.value ? 'current' : undefined,
    })),
  };
  ctx.ui.menu = menu;
}

/** @param {Ctx} ctx */
export function openSelectAction(ctx) {
  const seq = nextSeq(ctx);
  const hasRecord = Boolean(ctx.ticket()) && ctx.ui.tab !== 'list';
  const entries = [
    ['Change Status', 'STATUS', !hasRecord],
    ['Create Work Order', 'CREATEWO', true],
    ['Duplicate Incident', 'DUPLICATE', true],
    ['Apply Response Plan', 'RESPONSEPLAN', true],
    ['View Ownership History', 'OWNERHIST', true],
  ];
  ctx.ui.menu = {
    kind: 'selectaction',
    ownerKey: 'selectaction',
    anchorId: ctx.id('selectaction'),
    items: entries.map(([label, action, disabled], n) => ({
      id: itemId(ctx, seq, n),
      value: String(action),
      label: String(label),
      action: String(action),
      disabled: Boolean(disabled),
    })),
  };
}

/**
 * Date picker for a date field: a month grid. Picking a day keeps the field's time
 * (00:00 when empty); "Now" takes the current date and time.
 * @param {Ctx} ctx @param {Target} target @param {{ y: number, mo: number }} [month]
 */
export function openCalendar(ctx, target, month) {
  const seq = nextSeq(ctx);
  const cur = partsOf(target.read()) ?? partsOf(ctx.store.now());
  const y = month?.y ?? cur?.y ?? 2000;
  const mo = month?.mo ?? cur?.mo ?? 1;
  const prev = mo === 1 ? { y: y - 1, mo: 12 } : { y, mo: mo - 1 };
  const next = mo === 12 ? { y: y + 1, mo: 1 } : { y, mo: mo + 1 };
  /** @type {MenuItem[]} */
  const items = [
    { id: itemId(ctx, seq, 0), value: `${prev.y}-${prev.mo}`, label: 'Previous Month', action: 'month' },
    { id: itemId(ctx, seq, 1), value: `${next.y}-${next.mo}`, label: 'Next Month', action: 'month' },
    { id: itemId(ctx, seq, 2), value: 'now', label: 'Now', action: 'now' },
  ];
  for (let d = 1; d <= daysInMonth(y, mo); d++) {
    items.push({ id: itemId(ctx, seq, 2 + d), value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, label: String(d), action: 'day' });
  }
  ctx.ui.menu = { kind: 'calendar', ownerKey: target.key, anchorId: ctx.id(target.key), items, month: { y, mo }, selected: target.read() };
}

/** HTML of the open menu ('' when none). @param {Ctx} ctx */
export function renderMenu(ctx) {
  const menu = ctx.ui.menu;
  if (!menu) return '';
  if (menu.kind === 'calendar') return renderCalendar(ctx, menu);
  const lis = menu.items
    .map(
      (it) =>
        `<li role="presentation" class="${cls('mi', it.disabled && 'disabled', it.action === 'current' && 'current')}">` +
        `<a${attrs({ role: 'menuitem', id: it.id, ctype: 'menuitem', href: '#', tabindex: '-1', 'aria-disabled': it.disabled ? 'true' : null })}>` +
        `<span class="miv">${esc(it.label)}</span>${it.description ? ` <span class="mid">${esc(it.description)}</span>` : ''}</a></li>`,
    )
    .join('');
  return `<ul${attrs({ role: 'menu', id: `menu${ctx.ui.menuSeq}`, class: 'menu', 'aria-labelledby': menu.anchorId })}>${lis}</ul>`;
}

/** @param {Ctx} ctx @param {MenuState} menu */
function renderCalendar(ctx, menu) {
  const { y, mo } = menu.month ?? { y: 2000, mo: 1 };
  const [prev, next, now, ...days] = menu.items;
  const today = ctx.store.now().slice(0, 10);
  const selected = menu.selected ?? '';
  const lead = new Date(y, mo - 1, 1).getDay();
  let cells = '<td></td>'.repeat(lead);
  let rows = '';
  days.forEach((it, i) => {
    cells += `<td class="${cls('calday', it.value === today && 'today', selected.startsWith(it.value) && 'sel')}"><a${attrs({
      role: 'menuitem',
      id: it.id,
      ctype: 'menuitem',
      href: '#',
      tabindex: '-1',
      'aria-label': it.value,
    })}>${esc(it.label)}</a></td>`;
    if ((lead + i + 1) % 7 === 0) {
      rows += `<tr>${cells}</tr>`;
      cells = '';
    }
  });
  if (cells) rows += `<tr>${cells}</tr>`;
  const link = (/** @type {MenuItem | undefined} */ it, /** @type {string} */ face, /** @type {string} */ klass) =>
    it ? `<a${attrs({ role: 'menuitem', id: it.id, ctype: 'menuitem', href: '#', tabindex: '-1', class: klass, title: it.label, 'aria-label': it.label })}>${face}</a>` : '';
  return (
    `<div${attrs({ role: 'dialog', id: `menu${ctx.ui.menuSeq}`, class: 'menu calendar', 'aria-label': 'Calendar' })}>` +
    `<div class="calhdr">${link(prev, '&#8249;', 'calnav')}<span class="calmonth">${MONTHS[mo - 1]} ${y}</span>${link(next, '&#8250;', 'calnav')}</div>` +
    '<table class="caltbl" role="grid"><thead><tr><th>Su</th><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th></tr></thead>' +
    `<tbody>${rows}</tbody></table><div class="calfoot">${link(now, 'Now', 'calnow')}</div></div>`
  );
}
