// @ts-check
// The mock's whole state: options, login, committed tickets, saves, ui sessions and
// the round-trip log; plus the test hooks (state snapshot and control patch).
// Single user: the login state is server-global, as the page cannot rely on cookies
// when the mock is served at NOSSA's URL through Playwright routing.

import { createSeedTickets, DATE_FIELDS, PEOPLE, TICKET_FIELDS } from './seed.mjs';
import { canonicalNow, formatDate, parseDate } from './dates.mjs';
import { createUiSession, isDirty } from './uisession.mjs';
import { layoutFor } from './render/layout.mjs';

/**
 * @typedef {import('./seed.mjs').Ticket} Ticket
 * @typedef {import('./uisession.mjs').UiSession} UiSession
 * @typedef {{ id: string, name: string }} User
 * @typedef {null | 'required' | 'fieldError'} SaveReject
 * @typedef {{ waitDelayMs?: number, dateFormat?: string, timeZone?: string, user?: User, loggedIn?: boolean,
 *   okSaves?: boolean, saveReject?: SaveReject, layoutSeed?: number | null }} StoreOptions
 * @typedef {{ ticketId: string, at: string, uisessionid: string, changed: string[],
 *   values: Record<string, string> }} SaveEntry
 * @typedef {{ at: string, uisessionid: string, events: Array<{ type: string, targetId: string,
 *   key: string | null, value?: string }>, result: string, message?: string }} RequestEntry
 * @typedef {{
 *   waitDelayMs?: number, dateFormat?: string, timeZone?: string, expireSession?: boolean, hideFields?: string[],
 *   patchTicket?: { ticketId: string, fields: Record<string, string> }, reset?: boolean,
 *   loggedIn?: boolean, user?: User, okSaves?: boolean, saveReject?: SaveReject, layoutSeed?: number | null,
 * }} ControlPatch
 * @typedef {{ fields: Record<string, string>, fieldsIso: Record<string, string>,
 *   worklog: import('./seed.mjs').WorklogEntry[],
 *   statusHistory: Array<import('./seed.mjs').StatusEntry & { statusDateIso: string }>,
 *   ownerHistory: import('./seed.mjs').OwnerEntry[] }} TicketState
 * @typedef {{ createdAt: string, tab: string, ticketId: string | null, dirty: boolean,
 *   pending: Record<string, string>, newWorklog: import('./uisession.mjs').NewWorklogRow[],
 *   dialog: import('./uisession.mjs').DialogState | null, menuOpen: string | null,
 *   listFilters: Record<string, string>, statusChange: import('./uisession.mjs').StatusChange | null,
 *   layoutSeed: number | null }} UiSessionState
 * @typedef {{ loggedIn: boolean, user: User,
 *   options: { waitDelayMs: number, dateFormat: string, timeZone: string, hideFields: string[],
 *     okSaves: boolean, saveReject: SaveReject, layoutSeed: number | null },
 *   expireNext: boolean, tickets: Record<string, TicketState>, saves: SaveEntry[],
 *   uiSessions: Record<string, UiSessionState>, requests: RequestEntry[] }} MockState
 */

const MAX_SESSIONS = 50;
const MAX_REQUESTS = 1000;

/** @param {unknown} v @returns {boolean} */
function checkOkSaves(v) {
  if (typeof v !== 'boolean') throw new Error(`okSaves must be true or false, not ${JSON.stringify(v)}`);
  return v;
}

/** @param {unknown} v @returns {SaveReject} */
function checkSaveReject(v) {
  if (v === null || v === 'required' || v === 'fieldError') return v;
  throw new Error(`saveReject must be null, "required" or "fieldError", not ${JSON.stringify(v)}`);
}

/** @param {unknown} v @returns {number | null} */
function checkLayoutSeed(v) {
  if (v === null || (typeof v === 'number' && Number.isSafeInteger(v))) return v;
  throw new Error(`layoutSeed must be an integer or null, not ${JSON.stringify(v)}`);
}

/** @param {StoreOptions} options */
export function createStore(options = {}) {
  const initial = {
    okSaves: checkOkSaves(options.okSaves ?? true),
    saveReject: checkSaveReject(options.saveReject ?? null),
    layoutSeed: checkLayoutSeed(options.layoutSeed ?? null),
    waitDelayMs: options.waitDelayMs ?? 150,
    dateFormat: options.dateFormat ?? 'dd-MM-yyyy HH:mm',
    // The NOSSA user's time zone: dates are wall-clock times in it (WIB by default).
    timeZone: options.timeZone ?? 'Asia/Jakarta',
    user: { ...(options.user ?? { id: '930101', name: 'DEWI LESTARI' }) },
    loggedIn: options.loggedIn ?? true,
  };
  const store = {
    waitDelayMs: initial.waitDelayMs,
    dateFormat: initial.dateFormat,
    timeZone: initial.timeZone,
    user: { ...initial.user },
    loggedIn: initial.loggedIn,
    /** Change Status OK saves the record (SCCD's usual); false: it only applies to the ui session */
    okSaves: initial.okSaves,
    /** every save is refused, with this kind of error (sticky until null) */
    saveReject: /** @type {SaveReject} */ (initial.saveReject),
    /** layout generator seed for new page loads (null: the canonical layout) */
    layoutSeed: /** @type {number | null} */ (initial.layoutSeed),
    /** the next round trip answers "login required" */
    expireNext: false,
    /** @type {string[]} */
    hideFields: [],
    /** @type {Record<string, Ticket>} */
    tickets: createSeedTickets(new Date(), initial.timeZone),
    /** @type {SaveEntry[]} */
    saves: [],
    /** @type {Map<string, UiSession>} */
    uiSessions: new Map(),
    /** @type {RequestEntry[]} */
    requests: [],

    reset() {
      store.waitDelayMs = initial.waitDelayMs;
      store.dateFormat = initial.dateFormat;
      store.timeZone = initial.timeZone;
      store.user = { ...initial.user };
      store.loggedIn = initial.loggedIn;
      store.okSaves = initial.okSaves;
      store.saveReject = initial.saveReject;
      store.layoutSeed = initial.layoutSeed;
      store.expireNext = false;
      store.hideFields = [];
      store.tickets = createSeedTickets(new Date(), initial.timeZone);
      store.saves = [];
      store.uiSessions.clear();
      store.requests = [];
    },

    /** A new page load. */
    newUiSession() {
      const ui = createUiSession(layoutFor(store.layoutSeed));
      store.uiSessions.set(ui.id, ui);
      while (store.uiSessions.size > MAX_SESSIONS) {
        const oldest = store.uiSessions.keys().next().value;
        if (oldest === undefined) break;
        store.uiSessions.delete(oldest);
      }
      return ui;
    },

    /** @param {RequestEntry} entry */
    logRequest(entry) {
      store.requests.push(entry);
      if (store.requests.length > MAX_REQUESTS) store.requests.splice(0, store.requests.length - MAX_REQUESTS);
    },

    /** Log in (any user id); the password is never looked at beyond "not empty". @param {string} userId */
    login(userId) {
      const id = userId.trim().toUpperCase();
      const known = id === store.user.id.toUpperCase() ? store.user : PEOPLE.find((p) => p.id === id);
      store.user = { id: known ? known.id : id, name: known ? known.name : id };
      store.loggedIn = true;
      store.expireNext = false;
    },

    logout() {
      store.loggedIn = false;
      store.uiSessions.clear();
    },

    /** @param {string} name */
    isHidden(name) {
      return store.hideFields.includes(name);
    },

    /** Wall-clock "now" in the user's zone (canonical). */
    now() {
      return canonicalNow(new Date(), store.timeZone);
    },

    /** An ISO instant as wall-clock time in the user's zone (canonical). @param {string} iso */
    toLocal(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? '' : canonicalNow(d, store.timeZone);
    },

    /** @param {string} canonical */
    fmt(canonical) {
      return formatDate(canonical, store.dateFormat);
    },

    /** @param {ControlPatch} patch */
    control(patch) {
      const known = ['waitDelayMs', 'dateFormat', 'timeZone', 'expireSession', 'hideFields', 'patchTicket', 'reset', 'loggedIn', 'user', 'okSaves', 'saveReject', 'layoutSeed'];
      for (const k of Object.keys(patch ?? {})) {
        if (!known.includes(k)) throw new Error(`unknown control key: ${k}`);
      }
      // Check the modes before changing anything, so a bad patch changes nothing.
      const okSaves = 'okSaves' in patch ? checkOkSaves(patch.okSaves) : undefined;
      const saveReject = 'saveReject' in patch ? checkSaveReject(patch.saveReject) : undefined;
      const layoutSeed = 'layoutSeed' in patch ? checkLayoutSeed(patch.layoutSeed) : undefined;
      if (patch.reset) store.reset();
      if (okSaves !== undefined) store.okSaves = okSaves;
      if (saveReject !== undefined) store.saveReject = saveReject;
      if (layoutSeed !== undefined) store.layoutSeed = layoutSeed;
      if (patch.waitDelayMs != null) store.waitDelayMs = Math.max(0, Number(patch.waitDelayMs) || 0);
      if (patch.dateFormat) store.dateFormat = String(patch.dateFormat);
      if (patch.timeZone) {
        canonicalNow(new Date(), String(patch.timeZone)); // throws on an unknown zone
        store.timeZone = String(patch.timeZone);
      }
      if (patch.hideFields) store.hideFields = patch.hideFields.map(String);
      if (patch.user) store.user = { id: String(patch.user.id), name: String(patch.user.name) };
      if (patch.loggedIn === true) store.loggedIn = true;
      if (patch.loggedIn === false) store.logout();
      if (patch.expireSession) store.expireNext = true;
      if (patch.patchTicket) patchTicket(store, patch.patchTicket);
    },

    /** The JSON of GET /__state. @returns {MockState} */
    snapshot() {
      /** @type {Record<string, TicketState>} */
      const tickets = {};
      for (const [id, t] of Object.entries(store.tickets)) tickets[id] = ticketSnapshot(store, t);
      /** @type {Record<string, UiSessionState>} */
      const uiSessions = {};
      for (const ui of store.uiSessions.values()) uiSessions[ui.id] = uiSnapshot(store, ui);
      return {
        loggedIn: store.loggedIn,
        user: { ...store.user },
        options: {
          waitDelayMs: store.waitDelayMs,
          dateFormat: store.dateFormat,
          timeZone: store.timeZone,
          hideFields: [...store.hideFields],
          okSaves: store.okSaves,
          saveReject: store.saveReject,
          layoutSeed: store.layoutSeed,
        },
        expireNext: store.expireNext,
        tickets,
        saves: structuredClone(store.saves),
        uiSessions,
        requests: structuredClone(store.requests),
      };
    },
  };
  return store;
}

/** @typedef {ReturnType<typeof createStore>} Store */

/**
 * Dates are shown in the current dateFormat (what an agent sees); the canonical
 * 'yyyy-MM-ddTHH:mm' values are in fieldsIso.
 * @param {Store} store @param {Ticket} t @returns {TicketState}
 */
function ticketSnapshot(store, t) {
  /** @type {Record<string, string>} */
  const fields = {};
  /** @type {Record<string, string>} */
  const fieldsIso = {};
  for (const [k, v] of Object.entries(t.fields)) {
    if (DATE_FIELDS.includes(k)) {
      fields[k] = store.fmt(v);
      fieldsIso[k] = v;
    } else fields[k] = v;
  }
  return {
    fields,
    fieldsIso,
    worklog: structuredClone(t.worklog),
    statusHistory: t.statusHistory.map((s) => ({ ...s, statusDate: store.fmt(s.statusDate), statusDateIso: s.statusDate })),
    ownerHistory: structuredClone(t.ownerHistory),
  };
}

/** @param {Store} store @param {UiSession} ui @returns {UiSessionState} */
function uiSnapshot(store, ui) {
  /** @type {Record<string, string>} */
  const pending = {};
  for (const [k, v] of Object.entries(ui.pending)) pending[k] = DATE_FIELDS.includes(k) ? store.fmt(v) : v;
  return {
    createdAt: ui.createdAt,
    tab: ui.tab,
    ticketId: ui.ticketId,
    dirty: isDirty(ui),
    pending,
    newWorklog: structuredClone(ui.newRows),
    dialog: ui.dialog ? structuredClone(ui.dialog) : null,
    menuOpen: ui.menu ? ui.menu.kind : null,
    listFilters: { ...ui.listFilters },
    statusChange: ui.statusChange ? { ...ui.statusChange, statusDate: store.fmt(ui.statusChange.statusDate) } : null,
    layoutSeed: ui.layout.seed,
  };
}

/**
 * Change a committed ticket behind the page's back (or create one). Date fields may be
 * given canonical ('2025-01-31T10:00'), ISO, or in the current dateFormat.
 * @param {Store} store
 * @param {{ ticketId: string, fields: Record<string, string> }} p
 */
function patchTicket(store, p) {
  const id = String(p.ticketId);
  let t = store.tickets[id];
  if (!t) {
    /** @type {Record<string, string>} */
    const fields = {};
    for (const f of TICKET_FIELDS) fields[f] = '';
    fields.TICKETID = id;
    fields.STATUS = 'NEW';
    t = { fields, worklog: [], statusHistory: [], ownerHistory: [] };
    store.tickets[id] = t;
  }
  for (const [k, raw] of Object.entries(p.fields ?? {})) {
    const v = String(raw ?? '');
    if (DATE_FIELDS.includes(k) && v) {
      const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(v);
      const canonical = iso ? iso[0] : parseDate(v, store.dateFormat);
      if (!canonical) throw new Error(`patchTicket: ${k}=${v} is not a date`);
      t.fields[k] = canonical;
    } else t.fields[k] = v;
  }
}
