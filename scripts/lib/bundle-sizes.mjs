// @ts-check
// Bundle sizes per entrypoint of the built extension: the files each entrypoint makes the
// browser load (its HTML, scripts, styles and the chunks they import), raw and gzipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} dir @param {string} file @returns {string[]} */
const importsOf = (dir, file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  /** @type {Set<string>} */
  const found = new Set();
  /** @param {string} spec */
  const rel = (spec) => (spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
  if (file.endsWith('.html')) {
    for (const [, spec] of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) if (spec) found.add(rel(spec));
  } else if (file.endsWith('.js')) {
    for (const [, spec] of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) if (spec) found.add(rel(spec));
  }
  return [...found];
};

/**
 * Every file an entry pulls in, following HTML references and static chunk imports.
 * @param {string} dir @param {string} entry
 */
function closure(dir, entry) {
  /** @type {Set<string>} */
  const seen = new Set();
  const queue = [entry];
  let file;
  while ((file = queue.pop()) !== undefined) {
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    queue.push(...importsOf(dir, file));
  }
  return [...seen];
}

/** @param {string} dir @param {string[]} files */
const size = (dir, files) =>
  files.reduce(
    (acc, file) => {
      const bytes = readFileSync(join(dir, file));
      return { raw: acc.raw + bytes.length, gzip: acc.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

/**
 * Scripts the background injects into a NOSSA tab on demand (not in the manifest): the flow's
 * steps when a session is on view (entrypoints/nossa-flow), the panel tools on first use
 * (entrypoints/nossa-tools). Reported apart: the content script's bound is for what every NOSSA
 * page loads.
 */
export const ON_DEMAND_SCRIPTS = ['nossa-flow.js', 'nossa-tools.js'];

/**
 * @param {string} dir the built extension
 * @returns {Array<{ name: string, files: number, raw: number, gzip: number }>}
 */
export function bundleSizes(dir) {
  /**
   * What this reads of the manifest WXT wrote.
   * @type {{ background?: { service_worker?: string }, content_scripts?: Array<{ js: string[], css?: string[] }>,
   *   web_accessible_resources?: Array<{ resources: string[] }>, action?: { default_popup?: string }, options_ui?: { page?: string } }}
   */
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  /** @type {Array<[name: string, roots: string[]]>} */
  const entries = [];
  if (manifest.background?.service_worker) entries.push(['background', [manifest.background.service_worker]]);
  for (const script of manifest.content_scripts ?? []) {
    entries.push([`content script (${script.js.join(', ')})`, [...script.js, ...(script.css ?? [])]]);
  }
  // The content script's stylesheet is injected into the panel's shadow root at run time.
  const uiCss = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.css'));
  if (uiCss.length) entries.at(-1)?.[1].push(...uiCss);
  for (const file of ON_DEMAND_SCRIPTS.filter((f) => existsSync(join(dir, f)))) entries.push([`content script, on demand (${file})`, [file]]);
  for (const page of [manifest.action?.default_popup, manifest.options_ui?.page].filter((page) => page !== undefined)) entries.push([page, [page]]);

  const rows = entries.map(([name, roots]) => {
    const files = [...new Set(roots.flatMap((root) => closure(dir, root)))];
    return { name, files: files.length, ...size(dir, files) };
  });
  const all = walk(dir).map((f) => relative(dir, f));
  rows.push({ name: 'whole extension (unzipped)', files: all.length, ...size(dir, all) });
  return rows;
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** @param {string} outputDir */
export const zipPathIn = (outputDir) =>
  readdirSync(outputDir)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => join(outputDir, f))[0];
