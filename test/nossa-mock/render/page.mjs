// @ts-check
// Whole documents: the application page (titlebar, toolbar, content, holders for
// menus/dialogs, the #wait cover and the hidden form that holds the one pending
// change), the login page, and the small pages around login. All URLs are
// path-absolute: tests serve this page at https://nossa.telkom.co.id via routing.

import { esc } from '../html.mjs';
import { renderContent } from './content.mjs';
import { renderDialog } from './dialogs.mjs';
import { renderToolbar } from './toolbar.mjs';
import { IMG } from './widgets.mjs';
import { layoutCss } from './layout.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */
/** @typedef {import('../messages.mjs').Message} Message */

const CSS = '/maximo/webclient/skins/tivoli13/css/maximo.css';
export const APP_URL = '/maximo/ui/?event=loadapp&value=incident';
export const LOGIN_URL = '/maximo/webclient/login/login.jsp';

/**
 * @param {Ctx} ctx
 * @param {{ message?: Message | null, ticketReady?: boolean }} [opt]
 */
export function appDocument(ctx, opt = {}) {
  const { store, ui } = ctx;
  const config = {
    uisessionid: ui.id,
    waitDelayMs: store.waitDelayMs,
    dateFormat: store.dateFormat,
    ticketReady: Boolean(opt.ticketReady),
    message: opt.message ?? null,
  };
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const css = layoutCss(ui.layout);
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Incidents - NOSSA</title>
<link rel="stylesheet" href="${CSS}">${css ? `\n<style>\n${css}\n</style>` : ''}
<script type="module" src="/maximo/webclient/javascript/main.js"></script>
</head>
<body class="tivoli13 app">
<form id="hiddenform" name="hiddenform" method="post" action="/maximo/ui/maximo.jsp" autocomplete="off">
<input type="hidden" name="uisessionid" id="uisessionid" value="${esc(ui.id)}">
<input type="hidden" name="csrftoken" id="csrftokenholder" value="${esc(ui.csrftoken)}">
<input type="hidden" name="currentfocus" id="currentfocus" value="">
<input type="hidden" name="changedcomponentid" id="changedcomponentid" value="">
<input type="hidden" name="changedcomponentvalue" id="changedcomponentvalue" value="">
<input type="hidden" name="events" id="events" value="">
</form>
<script type="application/json" id="mxconfig">${json}</script>
${titlebar(ctx)}
${renderToolbar(ctx)}
${renderContent(ctx)}
<div id="menuholder"></div>
<div id="dialogholder">${renderDialog(ctx)}</div>
<div id="wait" class="wait" aria-hidden="true" style="display:none"><div class="wait_box" role="progressbar" aria-label="Please wait"><span class="wait_spin"></span>Please wait...</div></div>
</body>
</html>`;
}

/** @param {Ctx} ctx */
function titlebar(ctx) {
  const { user } = ctx.store;
  return `<div id="titlebar" class="titlebar" role="banner">
<span class="tb_brand"><img src="${IMG}/logo_telkom.svg" alt="" aria-hidden="true"><span class="tb_product">NOSSA</span></span>
<span id="titlebar-tb_appname" class="txtappname">Incidents</span>
<span id="titlebar_error" class="tb_msg" role="status" aria-live="polite"></span>
<span class="tb_right">
<span id="titlebar_welcome" class="welcome">Welcome, <span class="username">${esc(user.name)}</span></span>
<span id="titlebar_userid" class="userid" title="User ID">${esc(user.id)}</span>
<a id="titlebar_hyperlink_signout" class="tb_link" href="/maximo/ui/logout">Sign Out</a>
</span>
</div>`;
}

/**
 * The login page. returnurl is where a successful login goes (the app URL the user
 * asked for, e.g. a ticket deep link).
 * @param {{ returnurl?: string, error?: Message | null }} [opt]
 */
export function loginDocument(opt = {}) {
  const ret = safeReturnUrl(opt.returnurl);
  const err = opt.error ? `<div id="loginerror" class="loginerror" role="alert">${esc(opt.error.text)}</div>` : '';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Welcome to NOSSA</title>
<link rel="stylesheet" href="${CSS}">
</head>
<body class="tivoli13 login">
<div class="login_box" role="main">
<div class="login_brand"><img src="${IMG}/logo_telkom.svg" alt="" aria-hidden="true"><span>NOSSA</span></div>
<div class="login_sub">Network Operation &amp; Service Assurance &mdash; Telkom Indonesia</div>
${err}
<form id="loginform" name="loginform" method="post" action="/maximo/ui/login" autocomplete="off">
<input type="hidden" name="returnurl" value="${esc(ret)}">
<label for="username">User name:</label>
<input type="text" id="username" name="username" autocomplete="username" autofocus>
<label for="password">Password:</label>
<input type="password" id="password" name="password" autocomplete="current-password">
<button type="submit" id="loginbutton" class="tiv_btn">Sign In</button>
</form>
</div>
</body>
</html>`;
}

/**
 * After login: move the browser to the app URL (a client-side redirect works the
 * same whether or not a routing layer follows HTTP redirects).
 * @param {string} returnurl
 */
export function redirectDocument(returnurl) {
  const url = safeReturnUrl(returnurl);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${esc(url)}"><title>Signing in</title></head>` +
    `<body class="tivoli13"><p>Signing in&hellip; <a href="${esc(url)}">Continue</a></p></body></html>`
  );
}

/** Only same-app, path-absolute return URLs. @param {string | undefined} url */
export function safeReturnUrl(url) {
  return url && /^\/maximo\/ui\/[^/]/.test(url) && !url.startsWith('//') ? url : APP_URL;
}

/** The standalone server's index (links to the app and a deep link). */
export function indexDocument() {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>NOSSA look-alike</title><link rel="stylesheet" href="${CSS}"></head>` +
    `<body class="tivoli13 index"><h1>NOSSA look-alike</h1><ul>` +
    `<li><a href="${APP_URL}">Incident application (list)</a></li>` +
    `<li><a href="/maximo/ui/login?event=loadapp&amp;value=incident&amp;additionalevent=useqbe&amp;additionaleventvalue=TICKETID=IN110088258">Ticket IN110088258 (deep link)</a></li>` +
    `<li><a href="${LOGIN_URL}">Login page</a></li><li><a href="/__state">/__state</a></li></ul></body></html>`
  );
}

/** @param {string} text */
export function errorDocument(text) {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title><link rel="stylesheet" href="${CSS}"></head>` +
    `<body class="tivoli13"><p class="pageerror" role="alert">${esc(text)}</p></body></html>`
  );
}
