// @ts-check
// POST /maximo/ui/maximo.jsp: one round trip. The answer is delayed by waitDelayMs
// (so the page's #wait cover is visible), then checked for login, ui session and
// token before the events run. An expired login answers "login required" and
// nothing of that round trip is applied.

import { makeCtx } from './context.mjs';
import { processEvents } from './events.mjs';
import { MSG } from './messages.mjs';
import { loginDocument } from './render/page.mjs';

/**
 * @typedef {import('./store.mjs').Store} Store
 * @typedef {import('./events.mjs').ClientEvent} ClientEvent
 * @typedef {import('./events.mjs').LoggedEvent} LoggedEvent
 * @typedef {{ uisessionid?: string, csrftoken?: string, events?: unknown, pageurl?: string }} RoundTripParams
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Whatever a client sent, as text, the way String() writes it: a malformed event is taken as it
 * comes, as a form post would be, and fails later where Maximo would fail it.
 * @param {unknown} value
 */
const asText = (value) => String(value);

/**
 * Events may come as a JSON string (form field) or an array (JSON body).
 * @param {unknown} raw @returns {ClientEvent[]}
 */
export function parseEvents(raw) {
  let list = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw || '[]');
    } catch {
      list = [];
    }
  }
  if (!Array.isArray(list)) return [];
  /** @type {unknown[]} */
  const items = list;
  return items
    .filter((e) => typeof e === 'object' && e !== null)
    .map((e) => {
      const { type, targetId, value } = /** @type {{ type?: unknown, targetId?: unknown, value?: unknown }} */ (e);
      return {
        type: asText(type ?? ''),
        targetId: asText(targetId ?? ''),
        ...(value !== undefined ? { value: asText(value) } : {}),
      };
    });
}

/**
 * @param {Store} store @param {RoundTripParams} params
 * @returns {Promise<Record<string, unknown>>} the JSON answer
 */
export async function handleRoundTrip(store, params) {
  await sleep(store.waitDelayMs);
  const events = parseEvents(params.events);
  const uisessionid = String(params.uisessionid ?? '');
  const at = new Date().toISOString();
  /** @type {LoggedEvent[]} */
  const raw = events.map((e) => ({ type: e.type, targetId: e.targetId, key: null, ...(e.value !== undefined ? { value: e.value } : {}) }));

  if (store.expireNext || !store.loggedIn) {
    if (store.expireNext) {
      store.expireNext = false;
      store.logout();
    }
    store.logRequest({ at, uisessionid, events: raw, result: 'login-required' });
    return { status: 'login-required', html: loginDocument({ returnurl: params.pageurl }) };
  }
  const ui = store.uiSessions.get(uisessionid);
  if (!ui) {
    store.logRequest({ at, uisessionid, events: raw, result: 'invalid-session' });
    return { status: 'error', message: MSG.sessionGone() };
  }
  if (params.csrftoken !== ui.csrftoken) {
    store.logRequest({ at, uisessionid, events: raw, result: 'bad-token' });
    return { status: 'error', message: MSG.badToken() };
  }
  /** @type {LoggedEvent[]} */
  const logged = [];
  const result = processEvents(makeCtx(store, ui), events, logged);
  store.logRequest({
    at,
    uisessionid,
    events: logged,
    result: result.message?.type === 'error' ? 'error' : 'ok',
    ...(result.message ? { message: result.message.text } : {}),
  });
  return { status: 'ok', waitDelayMs: store.waitDelayMs, ...result };
}
