// Bundle sizes per entrypoint of the built extension: the files each entrypoint makes the
// browser load (its HTML, scripts, styles and the chunks they import), raw and gzipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const importsOf = (dir, file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = new Set();
  const rel = (spec) => (spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) found.add(rel(m[1]));
  } else if (file.endsWith('.js')) {
    for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(rel(m[1]));
  }
  return [...found];
};

/** Every file an entry pulls in, following HTML references and static chunk imports. */
function closure(dir, entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    queue.push(...importsOf(dir, file));
  }
  return [...seen];
}

const size = (dir, files) =>
  files.reduce(
    (acc, file) => {
      const bytes = readFileSync(join(dir, file));
      return { raw: acc.raw + bytes.length, gzip: acc.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

export function bundleSizes(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries = [];
  if (manifest.background?.service_worker) entries.push(['background', [manifest.background.service_worker]]);
  for (const script of manifest.content_scripts ?? []) {
    entries.push([`content script (${script.js.join(', ')})`, [...script.js, ...(script.css ?? [])]]);
  }
  // The content script's stylesheet is injected into the panel's shadow root at run time.
  const uiCss = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.css'));
  if (uiCss.length && entries.length) entries[entries.length - 1][1].push(...uiCss);
  for (const page of [manifest.action?.default_popup, manifest.options_ui?.page].filter(Boolean)) entries.push([page, [page]]);

  const rows = entries.map(([name, roots]) => {
    const files = [...new Set(roots.flatMap((root) => closure(dir, root)))];
    return { name, files: files.length, ...size(dir, files) };
  });
  const all = walk(dir).map((f) => relative(dir, f));
  rows.push({ name: 'whole extension (unzipped)', files: all.length, ...size(dir, all) });
  return rows;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const zipPathIn = (outputDir) =>
  readdirSync(outputDir).filter((f) => f.endsWith('-chrome.zip')).map((f) => join(outputDir, f))[0];
