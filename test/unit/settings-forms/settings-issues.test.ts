import { describe, expect, it } from 'vitest';
import { anchorOf, fieldLabelOf, issueSentence, issuesAt, sayIssues } from '@/components/settings-issues';
import { translator } from '@/lib/i18n';
import { agentSchema, issuesOf, procedureConfigSchema, retentionSettingsSchema, shiftSettingsSchema, type Issue } from '@/lib/schema';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';

const id = translator('id');
const en = translator('en');
const defaults = procedureConfigSchema.parse({});

/** The issues a value earns from a schema (zod's own texts on, as the dashboard has them: they must never show). */
function issuesFrom(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown): Issue[] {
  speakSchemaErrorsIn('id');
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return issuesOf(result.error as never);
}

/** Nothing of the schema's language reaches the lead. */
function plain(sentence: string) {
  expect(sentence).not.toMatch(/diharapkan|expected|Terlalu|Invalid|\w+\.\w+\[|\[\d+\]|minFailedAttempts|maxPendingHours|workLogTemplates|forwardGroups|defaultPendingHours|_/);
}

describe('a refusal in the words of the form, for every field of the procedure rules', () => {
  const cases: Array<[string, unknown, string, string]> = [
    [
      'minFailedAttempts',
      { minFailedAttempts: 0 },
      'Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: paling sedikit 1.',
      'Failed calls before “customer unreachable”: at least 1.',
    ],
    [
      'minFailedAttempts',
      { minFailedAttempts: 11 },
      'Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: paling banyak 10.',
      'Failed calls before “customer unreachable”: at most 10.',
    ],
    [
      'minFailedAttempts',
      { minFailedAttempts: Number.NaN },
      'Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: isi dengan bilangan bulat.',
      'Failed calls before “customer unreachable”: enter a whole number.',
    ],
    [
      'minFailedAttempts',
      { minFailedAttempts: 1.5 },
      'Minimal panggilan gagal sebelum “pelanggan tidak terhubung”: isi dengan bilangan bulat.',
      'Failed calls before “customer unreachable”: enter a whole number.',
    ],
    ['maxPendingHours', { maxPendingHours: 0 }, 'Waktu pending paling lama (jam dari sekarang): paling sedikit 1.', 'Longest pending time (hours from now): at least 1.'],
    ['maxPendingHours', { maxPendingHours: 721 }, 'Waktu pending paling lama (jam dari sekarang): paling banyak 720.', 'Longest pending time (hours from now): at most 720.'],
    ['reasons', { reasons: [] }, 'Daftar reason pending: paling sedikit 1 baris.', 'Pending reasons: at least 1 needed.'],
    [
      'reasons[1].code',
      { reasons: [defaults.reasons[0], { ...defaults.reasons[1], code: '  ' }] },
      'Kode (nilai di NOSSA) (baris 2): wajib diisi.',
      'Code (value in NOSSA) (row 2): required.',
    ],
    [
      'reasons[0].code',
      { reasons: [{ ...defaults.reasons[0], code: 'X'.repeat(61) }] },
      'Kode (nilai di NOSSA) (baris 1): paling banyak 60 karakter.',
      'Code (value in NOSSA) (row 1): at most 60 characters.',
    ],
    [
      'reasons[1].code',
      { reasons: [defaults.reasons[0], defaults.reasons[0]] },
      'Kode (nilai di NOSSA) (baris 2): kode PLG-RESCHEDULE sudah dipakai di baris lain.',
      'Code (value in NOSSA) (row 2): code PLG-RESCHEDULE is already used in another row.',
    ],
    [
      'reasons[0].label.id',
      { reasons: [{ ...defaults.reasons[0], label: { id: '', en: 'x' } }] },
      'Label (Indonesia) (baris 1): wajib diisi.',
      'Label (Indonesian) (row 1): required.',
    ],
    ['reasons[0].label.en', { reasons: [{ ...defaults.reasons[0], label: { id: 'x', en: '' } }] }, 'Label (English) (baris 1): wajib diisi.', 'Label (English) (row 1): required.'],
    [
      'reasons[0].defaultPendingHours',
      { reasons: [{ ...defaults.reasons[0], defaultPendingHours: 0 }] },
      'Pending bawaan (jam) (baris 1): paling sedikit 1.',
      'Default pending (hours) (row 1): at least 1.',
    ],
    [
      'workLogTemplates.unreachable',
      { workLogTemplates: { ...defaults.workLogTemplates, unreachable: 'Agent {agentNama}' } },
      'Template work log Pelanggan tidak terhubung (1.2.4): {agentNama} tidak dikenal. Maksud Anda {agentName}?',
      'Work-log template Customer unreachable (1.2.4): {agentNama} is not known. Did you mean {agentName}?',
    ],
    [
      'workLogTemplates.approved',
      { workLogTemplates: { ...defaults.workLogTemplates, approved: '{xyz}' } },
      'Template work log Pelanggan setuju (1.2.5): {xyz} tidak dikenal. Pakai salah satu placeholder yang tersedia.',
      'Work-log template Customer approves (1.2.5): {xyz} is not known. Use one of the available placeholders.',
    ],
    [
      'workLogTemplates.declined',
      { workLogTemplates: { ...defaults.workLogTemplates, declined: ' ' } },
      'Template work log Pelanggan tidak setuju (1.2.6): wajib diisi.',
      'Work-log template Customer declines (1.2.6): required.',
    ],
    [
      'forwardGroups',
      { forwardGroups: ['A', 'a'] },
      'Grup tujuan penerusan (Owner Group NOSSA) (baris 2): a sudah ada di daftar.',
      'Forward-to groups (NOSSA Owner Group) (row 2): a is already in the list.',
    ],
    [
      'forwardGroups',
      { forwardGroups: ['X'.repeat(101)] },
      'Grup tujuan penerusan (Owner Group NOSSA) (baris 1): paling banyak 100 karakter.',
      'Forward-to groups (NOSSA Owner Group) (row 1): at most 100 characters.',
    ],
    [
      'forwardGroups',
      { forwardGroups: Array.from({ length: 501 }, (_, i) => `G${i}`) },
      'Grup tujuan penerusan (Owner Group NOSSA): paling banyak 500 baris.',
      'Forward-to groups (NOSSA Owner Group): at most 500 allowed.',
    ],
  ];

  for (const [anchor, value, idText, enText] of cases) {
    it(`${anchor}: ${idText}`, () => {
      const issues = issuesFrom(procedureConfigSchema, value);
      expect(issues).toHaveLength(1);
      expect(anchorOf(issues[0]!)).toBe(anchor);
      expect(issueSentence(id, issues[0]!)).toBe(idText);
      expect(issueSentence(en, issues[0]!)).toBe(enText);
      plain(issueSentence(id, issues[0]!));
      plain(issueSentence(en, issues[0]!));
    });
  }

  it('every field of procedureConfigSchema has a case above (a new field needs its wording)', () => {
    const covered = new Set(cases.map(([anchor]) => anchor.replace(/[.[].*$/, '')));
    expect([...covered].sort()).toEqual(Object.keys(procedureConfigSchema.shape).sort());
  });

  it('a field is never labelled by its path, even one the mapping does not know', () => {
    expect(fieldLabelOf(id, 'somethingNew')).toBe('Isian');
    expect(issueSentence(id, { path: 'x.y[3]', message: 'Terlalu kecil: diharapkan number', code: 'weird' })).toBe('Isian: isian ini tidak dapat dipakai.');
  });
});

describe('the other settings forms use the same wording', () => {
  it('retention days (dashboard)', () => {
    const issues = issuesFrom(retentionSettingsSchema, { days: 3 });
    expect(issueSentence(id, issues[0]!)).toBe('Simpan data selama (hari): paling sedikit 7.');
    expect(issueSentence(en, { ...issues[0]!, path: 'retention.days' })).toMatch(/: at least 7\.$/);
  });

  it('shift settings (popup): grace, opening, each shift’s name', () => {
    const base = shiftSettingsSchema.parse({});
    const grace = issuesFrom(shiftSettingsSchema, { ...base, graceMinutes: 999 });
    expect(issueSentence(id, grace[0]!)).toMatch(/^[^:]+: paling banyak \d+\.$/);
    expect(issueSentence(id, grace[0]!)).toContain(id('popup.settings.grace'));
    const opens = issuesFrom(shiftSettingsSchema, { ...base, opensMinutesBefore: -1 });
    expect(issueSentence(id, opens[0]!)).toContain(id('popup.settings.opens'));
    const name = issuesFrom(shiftSettingsSchema, { ...base, definitions: base.definitions.map((d, i) => (i === 1 ? { ...d, name: '' } : d)) });
    expect(
      issueSentence(
        id,
        name.find((i) => i.path.endsWith('.name'))!,
      ),
    ).toBe(`${id('popup.settings.shiftName')} (baris 2): wajib diisi.`);
  });

  it('the agent form (popup, panel): every field', () => {
    const issues = issuesFrom(agentSchema, { name: '', nossaUserId: '', area: 'XXX', teamLead: 'x'.repeat(81) });
    const said = sayIssues(id, issues);
    expect(issuesAt(said, 'name')).toBe(`${id('agent.name')}: wajib diisi.`);
    expect(issuesAt(said, 'nossaUserId')).toBe(`${id('agent.nossaUserId')}: wajib diisi.`);
    expect(issuesAt(said, 'area')).toBe(`${id('agent.area')}: isian ini tidak dapat dipakai.`);
    expect(issuesAt(said, 'teamLead')).toBe(`${id('agent.teamLead')}: paling banyak 80 karakter.`);
    said.forEach((one) => plain(one.text));
  });
});

describe('sayIssues and issuesAt', () => {
  it('keeps two problems of one template, at that template, once each', () => {
    const issues = issuesFrom(procedureConfigSchema, { workLogTemplates: { ...defaults.workLogTemplates, declined: '{agentNama} {phon} {agentNama}' } });
    const said = sayIssues(id, [...issues, ...issues]);
    expect(said).toHaveLength(2);
    expect(issuesAt(said, 'workLogTemplates.declined')).toBe(
      'Template work log Pelanggan tidak setuju (1.2.6): {agentNama} tidak dikenal. Maksud Anda {agentName}? Template work log Pelanggan tidak setuju (1.2.6): {phon} tidak dikenal. Maksud Anda {phone}?',
    );
    expect(issuesAt(said, 'minFailedAttempts')).toBeNull();
  });
});
