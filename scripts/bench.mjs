// @ts-check
// `npm run bench`: prints Pandu's performance figures as one table. Figures are measured on
// this machine in this run; tests check behaviour, this reports numbers (no pass/fail here).
// Each suite lives in scripts/bench/<name>.mjs and returns rows { figure, value, target? }.
// Arguments name the suites to run (all by default).
import { benchBundles } from './bench/bundles.mjs';
import { benchDashboard } from './bench/dashboard.mjs';
import { benchFill } from './bench/fill.mjs';
import { benchHostPage } from './bench/host-page.mjs';
import { benchTeam } from './bench/team.mjs';

const SUITES = { bundles: benchBundles, 'host-page': benchHostPage, fill: benchFill, dashboard: benchDashboard, team: benchTeam };
/** @param {string} name @returns {name is keyof typeof SUITES} */
const isSuite = (name) => name in SUITES;

// `node scripts/bench.mjs dashboard` (or `npm run bench -- dashboard`) runs only the suites named.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !isSuite(name));
if (unknown.length) throw new Error(`unknown bench suite(s): ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);

/** @type {Array<{ figure: string, value: string, target?: string }>} */
const rows = [];
for (const suite of wanted.length ? wanted.filter(isSuite).map((name) => SUITES[name]) : Object.values(SUITES)) {
  try {
    rows.push(...(await suite()));
  } catch (error) {
    rows.push({ figure: `${suite.name}: failed`, value: String(error instanceof Error ? error.message : error).split('\n')[0] ?? '' });
  }
}

const cells = rows.map((r) => [r.figure, r.value, r.target ?? '']);
const header = ['figure', 'value', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
/** @param {string[]} c */
const line = (c) =>
  c
    .map((v, i) => v.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
cells.forEach((c) => console.log(line(c)));
