import { describe, expect, it } from 'vitest';
import { PREREQUISITES, checkPrerequisites, installLine, prerequisiteMessage, type System } from '../../../scripts/check-prerequisites.mjs';

/** A Debian machine with exactly the given packages' files, and the given environment. */
function machine(packages: string[], env: Record<string, string> = {}, extraFiles: string[] = []): System {
  const files = new Set(extraFiles);
  const commands = new Set<string>();
  if (packages.includes('chromium')) files.add('/usr/bin/chromium');
  if (packages.includes('postgresql')) files.add('/usr/lib/postgresql/15/bin/initdb');
  if (packages.includes('libreoffice-calc-nogui')) commands.add('soffice');
  if (packages.includes('procps')) commands.add('pkill');
  return {
    env,
    onPath: (command) => commands.has(command),
    exists: (path) => files.has(path),
    postgresVersions: () => (packages.includes('postgresql') ? ['15'] : []),
  };
}

const ALL = ['chromium', 'postgresql', 'libreoffice-calc-nogui', 'procps'];
const names = (system: System) => checkPrerequisites(system).missing.map((p) => p.pkg);
const message = (system: System) => prerequisiteMessage(checkPrerequisites(system), system.env);

describe('check-prerequisites: what exists -> what is missing', () => {
  it('nothing missing on a complete machine: no message at all', () => {
    expect(names(machine(ALL))).toEqual([]);
    expect(message(machine(ALL))).toEqual([]);
  });

  it('a bare machine misses all four, and the line installs all four in the README order', () => {
    expect(names(machine([]))).toEqual(ALL);
    const lines = message(machine([]));
    expect(lines.at(-1)).toBe('sudo apt-get install -y chromium postgresql libreoffice-calc-nogui procps');
    // Every missing one is named with what it is for, before the line.
    for (const p of PREREQUISITES) expect(lines.some((line) => line.includes(`- ${p.pkg}: `) && line.includes(p.neededFor))).toBe(true);
    expect(lines.filter((line) => line.startsWith('sudo apt-get'))).toHaveLength(1);
  });

  it.each(ALL)('only %s missing: named alone, and the line installs only it', (pkg) => {
    const system = machine(ALL.filter((p) => p !== pkg));
    expect(names(system)).toEqual([pkg]);
    expect(message(system).at(-1)).toBe(`sudo apt-get install -y ${pkg}`);
    expect(message(system)[0]).toBe('Missing system package (Debian) needed by npm test:');
  });

  it('every subset of missing packages gives exactly that subset, in a fixed order', () => {
    for (let mask = 0; mask < 16; mask++) {
      const present = ALL.filter((_, i) => mask & (1 << i));
      const absent = ALL.filter((p) => !present.includes(p));
      expect(names(machine(present))).toEqual(absent);
      if (absent.length) expect(message(machine(present)).at(-1)).toBe(installLine(absent));
    }
  });

  it('PANDU_CHROMIUM replaces the system Chromium: found when it exists, missing (and said) when not', () => {
    expect(names(machine(ALL.slice(1), { PANDU_CHROMIUM: '/opt/chrome/chrome' }, ['/opt/chrome/chrome']))).toEqual([]);
    const wrong = machine(ALL, { PANDU_CHROMIUM: '/opt/none' });
    expect(names(wrong)).toEqual(['chromium']);
    expect(message(wrong)).toContain('  (PANDU_CHROMIUM is set to /opt/none, which does not exist.)');
  });

  it('chromium found on PATH or under another name (chromium-browser) counts', () => {
    const onPath = { ...machine(ALL.slice(1)), onPath: (c: string) => c === 'chromium' || c === 'soffice' || c === 'pkill' };
    expect(names(onPath)).toEqual([]);
    expect(names(machine(ALL.slice(1), {}, ['/usr/bin/chromium-browser']))).toEqual([]);
  });

  it('PostgreSQL: any major version under /usr/lib/postgresql, or PANDU_PG_BIN holding initdb', () => {
    const v16 = {
      ...machine(
        ALL.filter((p) => p !== 'postgresql'),
        {},
        ['/usr/lib/postgresql/16/bin/initdb'],
      ),
      postgresVersions: () => ['16'],
    };
    expect(names(v16)).toEqual([]);
    // A version directory without the server binaries (only the client installed) is not enough.
    expect(names({ ...machine(ALL.filter((p) => p !== 'postgresql')), postgresVersions: () => ['15'] })).toEqual(['postgresql']);
    expect(
      names(
        machine(
          ALL.filter((p) => p !== 'postgresql'),
          { PANDU_PG_BIN: '/opt/pg/bin' },
          ['/opt/pg/bin/initdb'],
        ),
      ),
    ).toEqual([]);
    const wrong = machine(ALL, { PANDU_PG_BIN: '/opt/pg/bin' });
    expect(names(wrong)).toEqual(['postgresql']);
    expect(message(wrong)).toContain('  (PANDU_PG_BIN is set to /opt/pg/bin, which holds no initdb.)');
  });

  it("LibreOffice's soffice outside PATH (Debian's program directory) counts", () => {
    expect(
      names(
        machine(
          ALL.filter((p) => p !== 'libreoffice-calc-nogui'),
          {},
          ['/usr/lib/libreoffice/program/soffice'],
        ),
      ),
    ).toEqual([]);
  });

  it('PANDU_ALLOW_NO_OFFICE=1 waives LibreOffice alone: a note, no failure; the others still fail', () => {
    const waived = machine(
      ALL.filter((p) => p !== 'libreoffice-calc-nogui'),
      { PANDU_ALLOW_NO_OFFICE: '1' },
    );
    expect(checkPrerequisites(waived)).toMatchObject({ missing: [], waived: [{ pkg: 'libreoffice-calc-nogui' }] });
    expect(message(waived)).toEqual([expect.stringMatching(/^Note: LibreOffice Calc \(soffice\) is missing; PANDU_ALLOW_NO_OFFICE=1/)]);
    const bare = machine([], { PANDU_ALLOW_NO_OFFICE: '1' });
    expect(names(bare)).toEqual(['chromium', 'postgresql', 'procps']);
    expect(message(bare).at(-1)).toBe('sudo apt-get install -y chromium postgresql procps');
  });
});

describe('the same line everywhere', () => {
  it("the README's prerequisites give the check's full line; npm test runs the check first; .ci/run installs what it names", async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('README.md', 'utf8')).toContain(installLine(ALL));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { test: string } };
    expect(pkg.scripts.test.startsWith('node scripts/check-prerequisites.mjs && ')).toBe(true);
    expect(readFileSync('.ci/run', 'utf8')).toContain('node scripts/check-prerequisites.mjs --missing');
  });
});
