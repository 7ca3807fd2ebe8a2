// @ts-check
// The NOSSA look-alike's HTTP server (Node built-ins only). Routes:
//   GET  /maximo/ui/?event=loadapp&value=incident           app (list)
//   GET  /maximo/ui/login?event=loadapp&...&additionalevent=useqbe&additionaleventvalue=TICKETID=IN...
//   GET  /maximo/webclient/login/login.jsp                  login page
//   POST /maximo/ui/login                                   log in (form)
//   GET  /maximo/ui/logout                                  log out
//   POST /maximo/ui/maximo.jsp                              round trip (form or JSON) -> JSON
//   GET  /maximo/webclient/...                              static assets (page script, css, images)
//   GET  /__state, POST /__control                          test hooks
// Everything is path-absolute and cookie-free so the mock can be served at
// https://nossa.telkom.co.id through Playwright request routing.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createStore } from './store.mjs';
import { handleRoundTrip } from './roundtrip.mjs';
import { appPage, loginPost, logoutPage } from './pages.mjs';
import { errorDocument, indexDocument, loginDocument } from './render/page.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STATIC_ROOT = path.join(HERE, 'static');
/** Files served from outside static/ (shared with the server). */
const SHARED = { '/maximo/webclient/javascript/dates.js': path.join(HERE, 'dates.mjs') };
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const MAX_BODY = 2 * 1024 * 1024;

/**
 * @typedef {{ id: string, name: string }} User
 * @typedef {{ port?: number, host?: string, waitDelayMs?: number, dateFormat?: string, user?: User,
 *   loggedIn?: boolean, timeZone?: string, okSaves?: boolean, saveReject?: null | 'required' | 'fieldError',
 *   layoutSeed?: number | null }} MockOptions
 * @typedef {{ origin: string, close(): Promise<void>, state(): import('./store.mjs').MockState,
 *   control(patch: import('./store.mjs').ControlPatch): void, reset(): void }} MockServer
 */

/**
 * Start the look-alike. Extras beyond the documented options: loggedIn (default true;
 * false starts at the login page) and timeZone (the user's zone for wall-clock dates,
 * default 'Asia/Jakarta'). Modes (README "Modes"): okSaves (default true), saveReject
 * (default null), layoutSeed (default null = canonical layout).
 * @param {MockOptions} [options]
 * @returns {Promise<MockServer>}
 */
export async function startMockServer(options = {}) {
  const store = createStore(options);
  const server = http.createServer((req, res) => {
    route(store, req, res).catch((/** @type {unknown} */ err) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', err instanceof Error && err.stack ? err.stack : String(err));
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    state: () => store.snapshot(),
    control: (patch) => store.control(patch),
    reset: () => store.reset(),
  };
}

/**
 * @param {import('./store.mjs').Store} store
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res
 */
async function route(store, req, res) {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const p = url.pathname;
  const method = req.method ?? 'GET';

  if (p === '/__state' && method === 'GET') return sendJson(res, 200, store.snapshot());
  if (p === '/__control' && method === 'POST') {
    try {
      /** @type {unknown} */
      const patch = JSON.parse((await readBody(req)) || '{}');
      store.control(/** @type {import('./store.mjs').ControlPatch} */ (patch));
      return sendJson(res, 200, { ok: true });
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: String(/** @type {Error} */ (err).message ?? err) });
    }
  }
  if (p === '/maximo/ui/maximo.jsp' && method === 'POST') {
    const body = await readBody(req);
    const params = (req.headers['content-type'] ?? '').includes('application/json') ? safeJson(body) : Object.fromEntries(new URLSearchParams(body));
    return sendJson(res, 200, await handleRoundTrip(store, params));
  }
  if (p === '/maximo/ui/login' && method === 'POST') {
    const r = loginPost(store, new URLSearchParams(await readBody(req)));
    return sendHtml(res, r.status, r.html);
  }
  if (method === 'GET' || method === 'HEAD') {
    if (p === '/maximo/ui/' || p === '/maximo/ui' || p === '/maximo/ui/login' || p === '/maximo/ui/maximo.jsp') {
      if (!url.searchParams.has('event')) {
        return sendHtml(res, 200, store.loggedIn ? indexDocument() : loginDocument({}));
      }
      const r = appPage(store, url);
      return sendHtml(res, r.status, r.html);
    }
    if (p === '/maximo/ui/logout') {
      const r = logoutPage(store);
      return sendHtml(res, r.status, r.html);
    }
    if (p === '/maximo/webclient/login/login.jsp') {
      return sendHtml(res, 200, loginDocument({ returnurl: url.searchParams.get('returnurl') ?? undefined }));
    }
    if (p === '/' || p === '/maximo' || p === '/maximo/') return sendHtml(res, 200, indexDocument());
    if (p.startsWith('/maximo/webclient/')) return sendStatic(res, p);
  }
  return sendHtml(res, 404, errorDocument(`Not found: ${p}`));
}

/** @param {http.ServerResponse} res @param {string} urlPath */
async function sendStatic(res, urlPath) {
  const shared = /** @type {Record<string, string>} */ (SHARED)[urlPath];
  const file = shared ?? path.join(STATIC_ROOT, urlPath.slice('/maximo/webclient/'.length));
  if (!shared && !file.startsWith(STATIC_ROOT + path.sep)) return sendHtml(res, 404, errorDocument('Not found'));
  try {
    const data = await readFile(file);
    const type = /** @type {Record<string, string>} */ (TYPES)[path.extname(file)] ?? 'application/octet-stream';
    return send(res, 200, type, data);
  } catch {
    return sendHtml(res, 404, errorDocument(`Not found: ${urlPath}`));
  }
}

/**
 * A JSON round trip's fields (each is checked where it is used).
 * @param {string} body
 * @returns {import('./roundtrip.mjs').RoundTripParams}
 */
function safeJson(body) {
  try {
    /** @type {unknown} */
    const parsed = JSON.parse(body || '{}');
    return /** @type {import('./roundtrip.mjs').RoundTripParams} */ (parsed);
  } catch {
    return {};
  }
}

/** @param {http.IncomingMessage} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {http.ServerResponse} res @param {number} status @param {string} type
 * @param {string | Buffer} body @param {Record<string, string>} [headers]
 */
function send(res, status, type, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** @param {http.ServerResponse} res @param {number} status @param {string} html */
function sendHtml(res, status, html) {
  // Like Maximo: the application must not be framed by another site.
  send(res, status, 'text/html; charset=utf-8', html, { 'X-Frame-Options': 'SAMEORIGIN' });
}

/** @param {http.ServerResponse} res @param {number} status @param {unknown} data */
function sendJson(res, status, data) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data));
}
