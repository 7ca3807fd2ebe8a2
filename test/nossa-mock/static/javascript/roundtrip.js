// @ts-check
// Round trips: real HTTP POSTs to /maximo/ui/maximo.jsp, one at a time. A round trip
// always carries the pending change first (if any), then its own events. The #wait
// cover is up for the whole trip (at least waitDelayMs). The JSON answer replaces
// holders, opens/closes menus and dialogs, shows messages, or - when the login
// expired - replaces the whole page with the login form.

import { config } from './config.js';
import { fillHolder, replaceElement } from './dom.js';
import { showMessage } from './messages.js';
import { positionMenu } from './menus.js';
import { takePending, peekPending } from './pending.js';
import { beginWait, endWait } from './wait.js';

/** @typedef {{ type: string, targetId: string, value?: string }} MxEvent */
/**
 * The server's JSON answer to a round trip (test/nossa-mock/roundtrip.mjs).
 * @typedef {{ status?: string, html?: string, waitDelayMs?: number, replace?: Array<{ id: string, html: string }>,
 *   dialog?: string | null, menu?: string | null, menuAnchor?: string | null,
 *   message?: { type: string, code: string, text: string } | null, focus?: string | null, ticketReady?: boolean }} Answer
 */

let queue = Promise.resolve();
/** Set once the page became the login form: queued round trips are dropped. */
let loggedOut = false;

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Queue a round trip with these events (the pending change is added when it leaves).
 * @param {MxEvent[]} events
 */
export function send(events) {
  queue = queue
    .then(() => run(events))
    .catch((err) => {
      console.error('round trip failed', err);
    });
  return queue;
}

/** Send the pending change, if there is one. */
export function flush() {
  return peekPending() ? send([]) : queue;
}

/** @param {string} id */
const field = (id) => /** @type {HTMLInputElement | null} */ (document.getElementById(id));

/** @param {MxEvent[]} events */
async function run(events) {
  if (loggedOut) return;
  const pending = takePending();
  const all = pending ? [{ type: 'setvalue', targetId: pending.id, value: pending.value }, ...events] : events;
  if (!all.length) return;
  beginWait();
  const started = performance.now();
  /** @type {Answer} */
  let answer;
  try {
    const body = new URLSearchParams({
      uisessionid: field('uisessionid')?.value ?? config.uisessionid,
      csrftoken: field('csrftokenholder')?.value ?? '',
      currentfocus: field('currentfocus')?.value ?? '',
      events: JSON.stringify(all),
      pageurl: location.pathname + location.search,
    });
    const res = await fetch('/maximo/ui/maximo.jsp', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    /** @type {unknown} */
    const json = await res.json();
    answer = /** @type {Answer} */ (json);
  } catch {
    answer = { status: 'error', message: { type: 'error', code: 'BMXAA0001E', text: 'BMXAA0001E - The server could not be reached. Try again.' } };
  }
  const left = config.waitDelayMs - (performance.now() - started);
  if (left > 0) await sleep(left);
  try {
    apply(answer);
  } finally {
    endWait();
  }
}

/** @param {Answer} answer */
function apply(answer) {
  if (answer.status === 'login-required') {
    loggedOut = true;
    replacePageWithLogin(String(answer.html ?? ''));
    return;
  }
  if (typeof answer.waitDelayMs === 'number') config.waitDelayMs = answer.waitDelayMs;
  for (const r of answer.replace ?? []) replaceElement(r.id, r.html);
  const dialogs = document.getElementById('dialogholder');
  if (typeof answer.dialog === 'string' && dialogs) fillHolder(dialogs, answer.dialog);
  const menus = document.getElementById('menuholder');
  if (typeof answer.menu === 'string' && menus) {
    fillHolder(menus, answer.menu);
    positionMenu(answer.menuAnchor ?? '');
  }
  if (answer.message) showMessage(answer.message);
  if (answer.focus) /** @type {HTMLElement | null} */ (document.getElementById(answer.focus))?.focus();
  if (answer.ticketReady) performance.mark('nossa-ready');
}

/** Like Maximo after a session timeout: the page becomes the login form. @param {string} html */
function replacePageWithLogin(html) {
  document.open();
  document.write(html);
  document.close();
}
