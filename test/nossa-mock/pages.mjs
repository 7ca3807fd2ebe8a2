// @ts-check
// Page loads (not round trips): the Incident application at its list URL or a
// ticket deep link, and the login / logout pages. Each app page load is a new ui
// session (new ids). While logged out, the app URLs show the login page.

import { makeCtx } from './context.mjs';
import { MSG } from './messages.mjs';
import { appDocument, errorDocument, loginDocument, redirectDocument, safeReturnUrl } from './render/page.mjs';

/** @typedef {import('./store.mjs').Store} Store */
/** @typedef {{ status: number, html: string }} PageResult */

/**
 * GET /maximo/ui/?event=loadapp&value=incident[&additionalevent=useqbe&additionaleventvalue=TICKETID=IN...]
 * @param {Store} store @param {URL} url @returns {PageResult}
 */
export function appPage(store, url) {
  const here = url.pathname + url.search;
  if (!store.loggedIn) return { status: 200, html: loginDocument({ returnurl: here }) };
  const app = (url.searchParams.get('value') ?? '').toLowerCase();
  if (url.searchParams.get('event') !== 'loadapp' || app !== 'incident') {
    return { status: 404, html: errorDocument('BMXAA4190E - The application could not be found. Only the Incident application (value=incident) exists here.') };
  }
  const ui = store.newUiSession();
  const ctx = makeCtx(store, ui);
  let message = null;
  let ticketReady = false;
  if ((url.searchParams.get('additionalevent') ?? '').toLowerCase() === 'useqbe') {
    const qbe = /^\s*TICKETID\s*=\s*(.+?)\s*$/i.exec(url.searchParams.get('additionaleventvalue') ?? '');
    const id = qbe?.[1]?.toUpperCase() ?? '';
    if (id && store.tickets[id]) {
      ui.ticketId = id;
      ui.tab = 'main';
      ticketReady = true;
    } else {
      // Maximo applies the query to the list: nothing matches.
      ui.listFilters = { TICKETID: `=${id}` };
      ui.listFilterDraft = { TICKETID: `=${id}` };
      message = MSG.notFound();
    }
  }
  return { status: 200, html: appDocument(ctx, { message, ticketReady }) };
}

/**
 * POST /maximo/ui/login (form: username, password, returnurl). Any non-empty user id
 * and password log in; the password is not kept anywhere.
 * @param {Store} store @param {URLSearchParams} form @returns {PageResult}
 */
export function loginPost(store, form) {
  const user = (form.get('username') ?? '').trim();
  const hasPassword = (form.get('password') ?? '') !== '';
  const returnurl = safeReturnUrl(form.get('returnurl') ?? undefined);
  if (!user || !hasPassword) return { status: 200, html: loginDocument({ returnurl, error: MSG.loginFailed() }) };
  store.login(user);
  return { status: 200, html: redirectDocument(returnurl) };
}

/** GET /maximo/ui/logout @param {Store} store @returns {PageResult} */
export function logoutPage(store) {
  store.logout();
  return { status: 200, html: loginDocument({}) };
}
