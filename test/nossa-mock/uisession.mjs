// @ts-check
// One "ui session" per page load, as in Maximo: it owns the generated element ids,
// what the page currently shows and the values sent but not saved yet.
//
// Ids: every component has a stable key ('field:OWNERGROUP', 'tab:log', ...). The
// first time a key is rendered it gets 'mx' + a number; the numbers start at a random
// base with random gaps, so ids differ on every load (never locate a field by id) but
// stay the same within a load (a re-rendered holder keeps its id, as in Maximo).

import { randomBytes, randomInt } from 'node:crypto';
import { CANONICAL } from './render/layout.mjs';

/**
 * @typedef {{ summary: string, details: string, type: string, viewable: boolean }} NewWorklogRow
 * @typedef {{ kind: 'status', values: Record<string, string> }
 *   | { kind: 'saveprompt', next: { action: 'load', ticketId: string } }} DialogState
 * @typedef {{ id: string, value: string, label: string, description?: string, disabled?: boolean,
 *   action?: string }} MenuItem
 * @typedef {{ kind: 'valuelist' | 'selectaction' | 'calendar', ownerKey: string, anchorId: string,
 *   items: MenuItem[], month?: { y: number, mo: number }, selected?: string }} MenuState
 * @typedef {{ status: string, statusDate: string, memo: string }} StatusChange
 * @typedef {{
 *   id: string, csrftoken: string, createdAt: string,
 *   layout: import('./render/layout.mjs').Layout,
 *   idBase: number, nextId: number,
 *   keyToId: Map<string, string>, idToKey: Map<string, string>,
 *   tab: string, subtab: string,
 *   ticketId: string | null,
 *   listFilters: Record<string, string>, listFilterDraft: Record<string, string>,
 *   quickSearch: string,
 *   pending: Record<string, string>,
 *   newRows: NewWorklogRow[],
 *   statusChange: StatusChange | null,  // Change Status OK applied but not saved (okSaves false)
 *   fieldErrors: string[],              // main-tab attributes the last refused save marked in error
 *   wlSelected: { kind: 'new' | 'saved', index: number } | null,
 *   dialog: DialogState | null,
 *   menu: MenuState | null,
 *   menuSeq: number,
 *   renderedDirty: boolean,
 *   renderedView: string,
 * }} UiSession
 */

/** Recently used id bases, so two consecutive loads never share one. */
const recentBases = /** @type {number[]} */ ([]);

/**
 * @param {import('./render/layout.mjs').Layout} [layout] fixed for the whole load (a new
 *   layoutSeed takes effect at the next page load, as a new configuration would)
 * @returns {UiSession}
 */
export function createUiSession(layout = CANONICAL) {
  let idBase;
  do idBase = randomInt(100, 60000);
  while (recentBases.includes(idBase));
  recentBases.push(idBase);
  if (recentBases.length > 32) recentBases.shift();
  return {
    id: String(randomInt(100000, 999999)) + randomBytes(2).toString('hex'),
    csrftoken: randomBytes(12).toString('hex'),
    createdAt: new Date().toISOString(),
    layout,
    idBase,
    nextId: idBase,
    keyToId: new Map(),
    idToKey: new Map(),
    tab: 'list',
    subtab: 'worklog',
    ticketId: null,
    listFilters: {},
    listFilterDraft: {},
    quickSearch: '',
    pending: {},
    newRows: [],
    statusChange: null,
    fieldErrors: [],
    wlSelected: null,
    dialog: null,
    menu: null,
    menuSeq: 0,
    renderedDirty: false,
    renderedView: '',
  };
}

/**
 * The element id of a component key, allocated on first use.
 * @param {UiSession} ui @param {string} key
 */
export function idFor(ui, key) {
  let id = ui.keyToId.get(key);
  if (!id) {
    id = `mx${ui.nextId}`;
    ui.nextId += randomInt(1, 4);
    ui.keyToId.set(key, id);
    ui.idToKey.set(id, key);
  }
  return id;
}

/**
 * The component key of an element id sent by the page (undefined if this load never
 * rendered it: an id from another load, or a made-up one).
 * @param {UiSession} ui @param {string} id
 */
export function keyFor(ui, id) {
  return ui.idToKey.get(id);
}

/** Whether the record has unsaved changes. @param {UiSession} ui */
export function isDirty(ui) {
  return Object.keys(ui.pending).length > 0 || ui.newRows.length > 0 || ui.statusChange !== null;
}

/** Drop everything unsaved (leaving a record without saving). @param {UiSession} ui */
export function discardChanges(ui) {
  ui.pending = {};
  ui.newRows = [];
  ui.statusChange = null;
  ui.fieldErrors = [];
  ui.wlSelected = null;
}
