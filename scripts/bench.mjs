// `npm run bench`: prints Pandu's performance figures as one table. Figures are measured on
// this machine in this run; tests check behaviour, this reports numbers (no pass/fail here).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSizes, zipPathIn } from './lib/bundle-sizes.mjs';
import { EXTENSION_DIR } from './lib/chromium.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];

for (const row of bundleSizes(EXTENSION_DIR)) {
  rows.push([`bundle: ${row.name}`, kb(row.raw), kb(row.gzip), String(row.files)]);
}
const zip = zipPathIn(resolve(EXTENSION_DIR, '..'));
if (zip) rows.push(['bundle: store zip', kb(statSync(zip).size), '', '']);

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'raw', 'gzip', 'files'][i].length));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['figure', 'raw', 'gzip', 'files']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
