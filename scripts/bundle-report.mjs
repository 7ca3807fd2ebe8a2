// @ts-check
// Where each bundle's bytes come from: builds with source maps into a scratch directory and
// attributes every generated character to its npm package or source folder. For working on the
// size budget (content script <= 56.4 KB gzip, next 45 KB; store zip <= 400 KB); `npm run bench` reports the
// totals. Usage: npm run bundle-report [-- --top 15]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 12;
const outDir = join(tmpdir(), `pandu-bundle-report-${process.pid}`);
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, PANDU_OUT_DIR: outDir, PANDU_SOURCEMAP: '1' } });
const dir = join(outDir, 'chrome-mv3');

/**
 * ".../node_modules/@date-fns/tz/x.js" -> "npm:@date-fns/tz"; a project file -> its folder ("lib/schema/").
 * @param {string} file a bundle file, relative to the build directory
 * @param {string} source a source path from its source map
 */
function origin(file, source) {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `npm:${pkg[1]}`;
  // Source paths are relative to different roots per bundle (the worker's differ): keep the
  // project's own top-level folder onwards.
  const own = source.match(/(?:^|\/)((?:lib|components|entrypoints|utils|assets)\/(?:.*\/)?)[^/]*$/);
  return own ? own[1] : relative(process.cwd(), resolve(dirname(join(dir, file)), source));
}

/** @param {string} file a bundle file, relative to the build directory */
function attribute(file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')));
  /** @type {import('source-map-js').MappingItem[]} */
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const bytes = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : (lines[m.generatedLine - 1]?.length ?? 0);
    const key = m.source ? origin(file, m.source) : '(unmapped)';
    bytes.set(key, (bytes.get(key) ?? 0) + end - m.generatedColumn);
  });
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, bytes };
}

/** @type {(d: string) => string[]} */
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  for (const file of walk(dir)
    .map((f) => relative(dir, f))
    .filter((f) => f.endsWith('.js'))) {
    const { raw, gzip, bytes } = attribute(file);
    console.log(`\n${file}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
    for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${kb(n).padStart(9)}  ${((100 * n) / raw).toFixed(0).padStart(3)}%  ${key}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
