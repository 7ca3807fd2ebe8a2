import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '@/entrypoints/dashboard/import/problem-text';
import { runImport } from '@/entrypoints/dashboard/worker/import-job';
import type { ImportFileOutcome, JobMessage } from '@/entrypoints/dashboard/worker/protocol';
import { PanduDb } from '@/lib/db';
import { importExportFile } from '@/lib/db/write';
import { checkImportText } from '@/lib/import';
import { translator } from '@/lib/i18n';
import { AGENTS, agentFile } from '../export/factory';
import { mutantOf } from './mutate';

/**
 * The dashboard's import, end to end as its worker runs it (size, bytes, hash, JSON, schema,
 * consistency, merge, one transaction), fed damaged and hostile files. A refused file must say
 * why in the lead's language and leave every table exactly as it was.
 */
let db: PanduDb;
let before: Record<string, unknown>;
const good = agentFile(AGENTS.dewi!, 1, 3);
const goodText = JSON.stringify(good);

async function snapshot(): Promise<Record<string, unknown>> {
  const tables: Record<string, unknown> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

/** Imports one file the way the dashboard's worker does, and returns its outcome. */
async function importFile(content: BlobPart, name = 'agen.json'): Promise<ImportFileOutcome> {
  const messages: JobMessage[] = [];
  await runImport(db, { type: 'import', files: [new File([content], name, { type: 'application/json' })], language: 'id' }, (m) => messages.push(m));
  const imported = messages.filter((m): m is Extract<JobMessage, { type: 'imported' }> => m.type === 'imported');
  expect(imported).toHaveLength(1);
  return imported[0]!.outcome;
}

const PLACEHOLDER = /\{(size|max|detail|version|count|total|issues|path|id|agent|session)\}/;

/** A refusal, worded for the lead in both languages, with nothing stored. */
async function expectRefusedAndUntouched(outcome: ImportFileOutcome) {
  expect(outcome.ok).toBe(false);
  const { problem } = outcome as Extract<ImportFileOutcome, { ok: false }>;
  expect(problem.code).not.toBe('failed'); // a crash while storing is not a refusal of the file
  for (const language of ['id', 'en'] as const) {
    const text = problemText(problem, translator(language));
    expect(text).not.toMatch(/^dashboard\.import\.problem\./);
    expect(text).not.toMatch(PLACEHOLDER);
    expect(text.length).toBeGreaterThan(10);
  }
  expect(await snapshot()).toEqual(before);
}

beforeAll(async () => {
  db = new PanduDb(`abuse-import-${crypto.randomUUID()}`);
  // What a lead already holds: another agent's file, imported earlier.
  const stored = checkImportText(JSON.stringify(agentFile(AGENTS.putu!, 100, 4)));
  if (!stored.ok) throw new Error(JSON.stringify(stored.problem));
  await importExportFile(db, stored.file, { id: crypto.randomUUID(), fileName: 'putu.json', sha256: 'b'.repeat(64), bytes: 1, now: '2026-11-27T05:00:00.000Z' });
  before = await snapshot();
});
afterAll(() => db.delete());

describe('import files, damaged or hostile', () => {
  it('starts from a good file the import accepts as is (checked, not stored)', () => {
    expect(checkImportText(goodText).ok).toBe(true);
    expect((before.sessions as unknown[]).length).toBe(4);
  });

  it('refuses any structural damage to a good file, wording why, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutantOf(good), mutantOf(good).chain(mutantOf)).map((value) => JSON.stringify(value) ?? ''),
        async (text) => {
          fc.pre(!checkImportText(text).ok); // a mutation that is still a valid file is not abuse
          await expectRefusedAndUntouched(await importFile(text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses text-level damage (cut, spliced, truncated), wording why, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: goodText.length - 1 }),
        fc.integer({ min: 0, max: 200 }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        async (at, cut, insert) => {
          const text = goodText.slice(0, at) + insert + goodText.slice(at + cut);
          fc.pre(!checkImportText(text).ok);
          await expectRefusedAndUntouched(await importFile(text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses what is not a Pandu file at all: random bytes, other encodings, other JSON', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...goodText].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 2_000 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.constantFrom<BlobPart>(
            utf16,
            '\uFEFF',
            ' ',
            'null',
            '[]',
            '{}',
            '['.repeat(100_000),
            `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
            '{"format":"pandu-export","version":99}',
            '{"format":"pandu-export","version":"1"}',
            `${goodText}\u0000`,
            goodText.slice(0, goodText.length / 2),
            `<script>alert(1)</script>`,
            'format,version\npandu-export,1\n',
          ),
        ),
        async (content) => {
          await expectRefusedAndUntouched(await importFile(content));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('refuses files that reuse stored ids for other tickets or agents, and stores nothing of them', async () => {
    const storedSessions = before.sessions as Array<{ id: string; ticketId: string }>;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: storedSessions.length - 1 }), fc.integer({ min: 110000000, max: 119999999 }), async (which, number) => {
        const stolen = storedSessions[which]!;
        const file = structuredClone(good);
        const ticketId = `IN${number}`;
        fc.pre(ticketId !== stolen.ticketId);
        const session = file.sessions[0]!;
        for (const event of file.events) if (event.sessionId === session.id) Object.assign(event, { sessionId: stolen.id, ticketId });
        Object.assign(session, { id: stolen.id, ticketId });
        const outcome = await importFile(JSON.stringify(file));
        expect(outcome).toMatchObject({ ok: false, problem: { code: 'id-conflict' } });
        await expectRefusedAndUntouched(outcome);
      }),
      { numRuns: 20 },
    );
  });

  it('does not let "__proto__" keys in a file pollute any prototype', async () => {
    const polluted = goodText.replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"');
    const outcome = await importFile(polluted.replace('"masked":false', '"masked":"no"'));
    await expectRefusedAndUntouched(outcome);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
