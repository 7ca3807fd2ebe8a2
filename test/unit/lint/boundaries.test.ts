// The import boundaries (README "Layout") are lint rules; this proves they fire. Each case lints
// a few lines of code as if they sat at a path in the tree, with the boundary rules taken from
// the project's own eslint.config.js. The type-aware rules need the file in a TypeScript
// program, which a virtual file is not, and the boundaries do not use types: so these cases run
// the boundary configs alone on the plain TypeScript parser (fast), and a second check makes
// sure the real config applies those same rules, unchanged, to each area.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import config, { boundaries } from '../../../eslint.config.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const RULE = 'no-restricted-imports';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  baseConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
    },
    ...boundaries,
  ],
});

/** The boundary messages ESLint reports for `code` at `filePath` (relative to the project). */
async function violations(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['lib imports a component (alias)', 'lib/fill/demo.ts', "import { PageCheckReport } from '@/components/PageCheckReport';"],
    ['lib imports a component (relative)', 'lib/fill/engine/demo.ts', "import { useI18n } from '../../../components/I18n';"],
    ['lib re-exports a component', 'lib/sites/demo.ts', "export * from '~/components/I18n';"],
    ['lib imports an entrypoint', 'lib/demo/demo.ts', "import { relativeTime } from '@/entrypoints/popup/relative';"],
    ['lib imports an entrypoint (relative)', 'lib/time/demo.ts', "import { formatLocal } from '../../entrypoints/dashboard/format';"],
    ['a component imports an entrypoint (alias)', 'components/Demo.tsx', "import { formatLocal } from '@/entrypoints/dashboard/format';"],
    ['a component imports an entrypoint (relative)', 'components/panel/flow/Demo.tsx', "import { openTicket } from '../../../entrypoints/popup/openTicket';"],
    ['the content script imports lib/db', 'entrypoints/nossa.content/demo.ts', "import { db } from '@/lib/db';"],
    ['the content script imports a lib/db module', 'entrypoints/nossa.content/demo.ts', "import { openFlow } from '@/lib/db/sessions';"],
    ['the content script imports lib/db (relative)', 'entrypoints/nossa.content/demo.ts', "import { PanduDb } from '../../lib/db/database';"],
    ['the panel imports lib/db (relative)', 'components/panel/flow/demo.ts', "import { db } from '../../../lib/db';"],
    ['the panel imports lib/db (alias, with extension)', 'components/panel/Demo.tsx', "import { db } from '@/lib/db/index.ts';"],
    ['the panel imports a type from lib/db', 'components/panel/flow/demo.ts', "import type { SessionNotFoundError } from '@/lib/db/sessions';"],
    ['the popup imports the dashboard (alias)', 'entrypoints/popup/Demo.tsx', "import { formatLocal } from '@/entrypoints/dashboard/format';"],
    ['the popup imports the dashboard (relative)', 'entrypoints/popup/Demo.tsx', "import { formatLocal } from '../dashboard/format';"],
    ['the dashboard imports the popup (relative, deeper)', 'entrypoints/dashboard/logs/Demo.tsx', "import { relativeTime } from '../../popup/relative';"],
    ['the background imports the content script', 'entrypoints/background/demo.ts', "import { firstAnswers } from '@/entrypoints/nossa.content/first-answers';"],
    ['the content script imports the background', 'entrypoints/nossa.content/demo.ts', "import { context } from '../background/context';"],
    // Database ownership: the background alone writes.
    ['the popup imports a database write', 'entrypoints/popup/Demo.tsx', "import { updateSettings } from '@/lib/db/write';"],
    ['the dashboard imports a database write (relative)', 'entrypoints/dashboard/privacy/Demo.tsx', "import { applyRetention } from '../../../lib/db/write';"],
    ["the dashboard reaches behind lib/db's index", 'entrypoints/dashboard/logs/Demo.tsx', "import { deleteExpired } from '@/lib/db/retention';"],
    ['the dashboard worker writes outside the import job', 'entrypoints/dashboard/worker/load-job.ts', "import { importExportFile } from '@/lib/db/imports';"],
    ['the import job writes anything but an import', 'entrypoints/dashboard/worker/import-job.ts', "import { applyRetention } from '@/lib/db/write';"],
    ['a shared component imports a database write', 'components/Demo.tsx', "import { saveDraft } from '@/lib/db/write';"],
    // The team server is a separate program: it shares lib's contracts, never the extension's runtime.
    ['lib imports the team server', 'lib/team/demo.ts', "import { storeBatch } from '../../server/ingest/store';"],
    ['the server imports the extension database', 'server/reads/demo.ts', "import { PanduDb } from '../../lib/db';"],
    ['the server imports messaging', 'server/demo.ts', "import { sendMessage } from '../lib/messaging';"],
    ['the server imports an entrypoint', 'server/exports/demo.ts', "import { exportJob } from '../../entrypoints/dashboard/worker/export-job';"],
  ])('reports: %s', async (_name, filePath, code) => {
    expect(await violations(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['lib imports lib', 'lib/fill/demo.ts', "import { settingsSchema } from '@/lib/schema';\nimport { x } from '../sites/locate';"],
    ['a component imports lib, lib/db included', 'components/Demo.tsx', "import { db } from '@/lib/db';\nimport { useI18n } from './I18n';"],
    ['the panel imports shared components and lib', 'components/panel/flow/Demo.tsx', "import { useI18n } from '../../I18n';\nimport { readTicket } from '@/lib/sites';"],
    [
      'an entrypoint imports components, lib and its own files',
      'entrypoints/popup/Demo.tsx',
      "import { I18nProvider } from '@/components/I18n';\nimport { db } from '@/lib/db';\nimport { relativeTime } from './relative';\nimport { useNow } from '@/entrypoints/popup/useNow';",
    ],
    [
      'the content script imports lib but not lib/db',
      'entrypoints/nossa.content/demo.ts',
      "import { readTicket } from '@/lib/sites';\nimport { sendMessage } from '../../lib/messaging';\nimport { x } from '@/lib/dbx';",
    ],
    ['the background writes', 'entrypoints/background/demo.ts', "import { updateSettings } from '@/lib/db/write';\nimport { readSettings } from '@/lib/db';"],
    [
      'the import job stores an imported file',
      'entrypoints/dashboard/worker/import-job.ts',
      "import { importExportFile } from '@/lib/db/imports';\nimport { type PanduDb } from '@/lib/db';",
    ],
    [
      "the server imports lib's contracts and pure logic",
      'server/ingest/demo.ts',
      "import { sessionSchema } from '../../lib/schema';\nimport { ingestRequestSchema } from '../../lib/team';\nimport { toLogRow } from '../../lib/logs';\nimport { exportLabels } from '../../lib/export';",
    ],
    ['tests import anything', 'test/unit/demo.test.ts', "import { db } from '@/lib/db';\nimport { formatLocal } from '@/entrypoints/dashboard/format';"],
  ])('allows: %s', async (_name, filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });

  it('says why, naming the rule that was broken', async () => {
    const [message] = await violations('entrypoints/nossa.content/demo.ts', "import { db } from '@/lib/db';");
    expect(message).toContain('never imports lib/db');
  });

  it('the project config carries these rules, and nothing later overrides them', async () => {
    expect(config).toEqual(expect.arrayContaining(boundaries));
    // The config ESLint computes for a file of each area (no parsing: fast).
    const real = new ESLint({ cwd: ROOT });
    for (const [file, area] of [
      ['lib/fill/demo.ts', 'lib'],
      ['components/Demo.tsx', 'components'],
      ['components/panel/flow/Demo.tsx', 'panel (content script)'],
      ['entrypoints/nossa.content/demo.ts', 'entrypoints/nossa.content'],
      ['entrypoints/popup/Demo.tsx', 'entrypoints/popup'],
      ['entrypoints/dashboard/logs/Demo.tsx', 'entrypoints/dashboard'],
      ['entrypoints/background/demo.ts', 'entrypoints/background'],
      ['entrypoints/dashboard/worker/import-job.ts', 'the import job'],
      ['server/ingest/demo.ts', 'server'],
    ] as const) {
      const computed = (await real.calculateConfigForFile(resolve(ROOT, file))) as { rules: Record<string, unknown> };
      const own = boundaries.find((b) => b.name === `pandu/boundaries/${area}`)?.rules?.[RULE];
      expect(Array.isArray(own), area).toBe(true);
      expect(computed.rules[RULE], file).toEqual([2, (own as unknown[])[1]]); // 2 = "error"
    }
  });
});
