// @ts-check
// The application's content region: the tab strip and the active tab's body. A tab
// switch, a record load or a save re-renders this whole region (every node in it is
// new afterwards, ids kept).

import { attrs, cls, esc } from '../html.mjs';
import { renderList } from './list.mjs';
import { renderLogTab, renderMainTab, renderRelatedTab } from './ticket.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */

export const TABS = [
  ['list', 'List'],
  ['main', 'Incident'],
  ['log', 'Log'],
  ['related', 'Related Records'],
];

/** @param {Ctx} ctx */
export function renderContent(ctx) {
  const { ui } = ctx;
  const tab = ctx.ticket() ? ui.tab : 'list';
  const tabs = TABS.map(([name, label]) => {
    const on = name === tab;
    return `<li role="presentation" class="${cls('tab', on && 'on')}"><a${attrs({
      role: 'tab',
      id: ctx.id(`tab:${name}`),
      ctype: 'tab',
      href: '#',
      class: 'tablabel',
      title: label,
      'aria-selected': on ? 'true' : 'false',
    })}>${esc(label)}</a></li>`;
  }).join('');
  const body = tab === 'list' ? renderList(ctx) : tab === 'log' ? renderLogTab(ctx) : tab === 'related' ? renderRelatedTab(ctx) : renderMainTab(ctx);
  const t = ctx.ticket();
  const recordLine =
    t && tab !== 'list'
      ? `<div class="recordhdr"><span class="rh_id">${esc(t.fields.TICKETID)}</span><span class="rh_desc">${esc(ctx.effective('DESCRIPTION'))}</span><span class="rh_status">${esc(ctx.effective('STATUS'))}</span></div>`
      : '';
  return (
    `<div${attrs({ id: ctx.id('region:content'), class: 'appcontent' })}>` +
    `<div class="tabgroup"><ul role="tablist" class="tabs" aria-label="Incidents">${tabs}</ul></div>` +
    `<div class="tabbody" role="tabpanel" aria-labelledby="${ctx.id(`tab:${tab}`)}">${recordLine}${body}</div></div>`
  );
}
