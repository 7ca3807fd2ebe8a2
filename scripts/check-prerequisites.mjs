// @ts-check
// `npm test` runs this first: the system packages the tests need, named up front with the one
// `apt-get install` line that brings every missing one, instead of a failure twenty minutes in
// (an e2e without Chromium, the team server's tests without initdb, the real-client test without
// LibreOffice). `.ci/run` asks it for the missing packages' names (`--missing`) and installs them.
//
//   node scripts/check-prerequisites.mjs            # exit 0, or the list and the line, exit 1
//   node scripts/check-prerequisites.mjs --missing  # the missing Debian packages, one line (CI)
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the check looks at, so the decision itself is pure and testable.
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   onPath: (command: string) => boolean,
 *   exists: (path: string) => boolean,
 *   postgresVersions: () => string[],
 * }} System
 */

/**
 * One Debian package the tests need, how to tell it is there, and what a missing one breaks.
 * @typedef {{ pkg: string, what: string, neededFor: string, found: (system: System) => boolean }} Prerequisite
 */

/** Where Debian and others put Chromium; PANDU_CHROMIUM overrides (scripts/lib/chromium.mjs reads the same). */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** @type {readonly Prerequisite[]} */
export const PREREQUISITES = [
  {
    pkg: 'chromium',
    what: 'Chromium',
    neededFor: 'the end-to-end tests, the demo and the bench',
    found: ({ env, exists, onPath }) => (env.PANDU_CHROMIUM ? exists(env.PANDU_CHROMIUM) : onPath('chromium') || CHROMIUM_PATHS.some(exists)),
  },
  {
    pkg: 'postgresql',
    what: "PostgreSQL's server binaries (initdb, pg_ctl)",
    neededFor: "the team server's tests and demo",
    found: ({ env, exists, postgresVersions }) =>
      env.PANDU_PG_BIN ? exists(join(env.PANDU_PG_BIN, 'initdb')) : postgresVersions().some((version) => exists(`/usr/lib/postgresql/${version}/bin/initdb`)),
  },
  {
    pkg: 'libreoffice-calc-nogui',
    what: 'LibreOffice Calc (soffice)',
    neededFor: 'the real-client test that opens the exported CSV and XLSX',
    found: ({ onPath, exists }) => onPath('soffice') || exists('/usr/lib/libreoffice/program/soffice'),
  },
  {
    pkg: 'procps',
    what: 'pkill (procps)',
    neededFor: 'the fault tests that kill the browser mid-flow',
    found: ({ onPath }) => onPath('pkill'),
  },
];

/** The one line that installs `packages`, in the order the README gives them. */
export const installLine = (/** @type {readonly string[]} */ packages) => `sudo apt-get install -y ${packages.join(' ')}`;

/**
 * The prerequisites missing on `system`. LibreOffice may be waived with PANDU_ALLOW_NO_OFFICE=1
 * (the real-client test then skips, saying so); nothing else can be.
 * @param {System} system
 * @returns {{ missing: Prerequisite[], waived: Prerequisite[] }}
 */
export function checkPrerequisites(system) {
  const absent = PREREQUISITES.filter((p) => !p.found(system));
  const waivable = (/** @type {Prerequisite} */ p) => p.pkg === 'libreoffice-calc-nogui' && system.env.PANDU_ALLOW_NO_OFFICE === '1';
  return { missing: absent.filter((p) => !waivable(p)), waived: absent.filter(waivable) };
}

/**
 * What a developer reads: every missing package with what it is for, then the single install line
 * for exactly those (the README's line names all four). Empty when nothing is missing or waived.
 * @param {{ missing: readonly Prerequisite[], waived: readonly Prerequisite[] }} result
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function prerequisiteMessage({ missing, waived }, env) {
  const lines = waived.map((p) => `Note: ${p.what} is missing; PANDU_ALLOW_NO_OFFICE=1, so ${p.neededFor} will be skipped.`);
  if (!missing.length) return lines;
  lines.push(`Missing system package${missing.length > 1 ? 's' : ''} (Debian) needed by npm test:`);
  for (const p of missing) lines.push(`  - ${p.pkg}: ${p.what}, for ${p.neededFor}`);
  if (env.PANDU_CHROMIUM && missing.some((p) => p.pkg === 'chromium')) lines.push(`  (PANDU_CHROMIUM is set to ${env.PANDU_CHROMIUM}, which does not exist.)`);
  if (env.PANDU_PG_BIN && missing.some((p) => p.pkg === 'postgresql')) lines.push(`  (PANDU_PG_BIN is set to ${env.PANDU_PG_BIN}, which holds no initdb.)`);
  lines.push('Install the missing ones with this one line, then run npm test again:');
  lines.push(installLine(missing.map((p) => p.pkg)));
  return lines;
}

/** @param {string} command */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** @returns {System} */
export function thisSystem() {
  return {
    env: process.env,
    onPath,
    exists: existsSync,
    postgresVersions: () => (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)) : []),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = checkPrerequisites(thisSystem());
  if (process.argv.includes('--missing')) {
    console.log(result.missing.map((p) => p.pkg).join(' '));
  } else {
    const message = prerequisiteMessage(result, process.env);
    if (message.length) (result.missing.length ? console.error : console.log)(message.join('\n'));
    if (result.missing.length) process.exitCode = 1;
  }
}
