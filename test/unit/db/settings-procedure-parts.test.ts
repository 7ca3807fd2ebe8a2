import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PanduDb, readSettings } from '@/lib/db';
import { DEFAULT_WORKLOG_TEMPLATES, defaultSettings } from '@/lib/schema';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`settings-parts-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

it('a template stored before placeholders were checked falls back alone: the lead’s reasons, rules and other templates stay', async () => {
  const procedure = defaultSettings().procedure;
  const reasons = [{ code: 'OFFICIAL-1', label: { id: 'Resmi', en: 'Official' }, defaultPendingHours: 6 }];
  const templates = { ...procedure.workLogTemplates, approved: 'Disetujui {agentNama}', declined: 'Ditolak, agent {agentName}' };
  await db.settings.put({ key: 'settings', value: { language: 'en', procedure: { ...procedure, minFailedAttempts: 4, reasons, workLogTemplates: templates } } as never });
  const read = await readSettings(db);
  expect(read.language).toBe('en');
  expect(read.procedure.minFailedAttempts).toBe(4);
  expect(read.procedure.reasons).toEqual(reasons);
  expect(read.procedure.workLogTemplates).toEqual({
    unreachable: procedure.workLogTemplates.unreachable,
    approved: DEFAULT_WORKLOG_TEMPLATES.approved,
    declined: 'Ditolak, agent {agentName}',
  });
  expect(read.procedure.forwardGroups).toEqual([]);
});
