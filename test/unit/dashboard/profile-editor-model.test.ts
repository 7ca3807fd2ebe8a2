import { describe, expect, it } from 'vitest';
import {
  CONTROL_STRATEGIES,
  FIELD_STRATEGIES,
  draftOf,
  moved,
  newLocator,
  partsOf,
  removed,
  replaced,
  toDraft,
  withAction,
  withField,
  withOptional,
  withStrategy,
  withoutAction,
} from '@/entrypoints/dashboard/settings/profile/draft';
import { UNDO_DEPTH, emptyHistory, observed, undoTarget, undoing } from '@/entrypoints/dashboard/settings/profile/undo-history';
import { problemsAt, problemsUnder, validateDraft } from '@/entrypoints/dashboard/settings/profile/validate';
import { describeWhere, fieldLabel, problemSentence } from '@/entrypoints/dashboard/settings/profile/words';
import { translator } from '@/lib/i18n';
import { locatorSchema, controlLocatorSchema, siteProfileSchema, type SiteProfile } from '@/lib/schema/site-profile';
import { nossaProfile } from '@/lib/sites';

/** The profile editor's pure parts: draft edits, validation in words, the undo history. */
const t = translator('id');
const en = translator('en');
const fresh = () => draftOf(nossaProfile);

describe('locator strategies', () => {
  it('offers every strategy the schema knows, and a new locator of each is complete once filled in', () => {
    for (const by of FIELD_STRATEGIES) {
      const locator = newLocator(by);
      const filled = {
        ...locator,
        ...(locator.text ? { text: ['Pending Reason'] } : {}),
        ...(locator.selector !== undefined ? { selector: 'input' } : {}),
        ...(locator.name !== undefined ? { name: 'x' } : {}),
      };
      expect(locatorSchema.safeParse(filled).success, by).toBe(true);
    }
    for (const by of CONTROL_STRATEGIES) {
      const locator = newLocator(by);
      const filled = { ...locator, ...(locator.text ? { text: ['Log'] } : {}), ...(locator.selector !== undefined && !locator.selector ? { selector: 'a' } : {}) };
      expect(controlLocatorSchema.safeParse(filled).success, by).toBe(true);
    }
  });

  it('keeps what still applies when the strategy changes, and nothing the new one would refuse', () => {
    const label = { by: 'label', text: ['Pending Reason', 'Alasan Pending'] };
    expect(withStrategy(label, 'titlePrefix')).toEqual({ by: 'titlePrefix', text: ['Pending Reason', 'Alasan Pending'] });
    expect(withStrategy(label, 'css')).toEqual({ by: 'css', selector: '' });
    expect(withStrategy(label, 'name')).toEqual({ by: 'name', name: '' });
    expect(withStrategy({ by: 'name', name: 'PENDINGREASON' }, 'ariaLabel')).toEqual({ by: 'ariaLabel', text: ['PENDINGREASON'] });
    expect(withStrategy({ by: 'css', selector: 'a.tab' }, 'text')).toEqual({ by: 'text', selector: 'a.tab', text: [''] });
    expect(withStrategy({ by: 'title', text: ['Log'] }, 'role')).toEqual({ by: 'role', role: 'tab', text: ['Log'] });
    expect(withStrategy({ by: 'role', role: 'tab', text: ['Log'] }, 'css')).toEqual({ by: 'css', selector: '' });
    expect(partsOf('role')).toEqual(['role', 'text']);
    expect(partsOf('nonsense')).toEqual([]);
  });
});

describe('list edits', () => {
  it('moves an item up and down, and leaves the list alone at either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a'], 5, 1)).toEqual(['a']);
  });

  it('replaces and removes by position', () => {
    expect(replaced(['a', 'b'], 1, 'x')).toEqual(['a', 'x']);
    expect(removed(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('an emptied optional box removes the key instead of storing an empty value', () => {
    const field = fresh().fields.pendingReason!;
    expect(withOptional(field, 'scope', '#main')).toMatchObject({ scope: '#main' });
    expect('exclude' in withOptional(field, 'exclude', '  ')).toBe(false);
  });

  it('field and action edits leave the rest of the profile as it was', () => {
    const draft = fresh();
    const next = withField(draft, 'status', { ...draft.fields.status!, kind: 'valueList' });
    expect(next.fields.status!.kind).toBe('valueList');
    expect(next.fields.pendingReason).toBe(draft.fields.pendingReason);
    expect(draft.fields.status!.kind).toBe('text');
    const added = withAction(draft, 'historyTab', { locators: [{ by: 'role', role: 'tab', text: ['History'] }] });
    expect(Object.keys(added.actions)).toContain('historyTab');
    expect(Object.keys(withoutAction(added, 'historyTab'))).toEqual(Object.keys(draft));
    expect(withoutAction(added, 'historyTab').actions).toEqual(draft.actions);
  });
});

describe('what the form can show', () => {
  it('takes the shipped profile and a profile missing the keys that have defaults', () => {
    expect('draft' in toDraft(nossaProfile)).toBe(true);
    const bare = JSON.parse(JSON.stringify(nossaProfile)) as Record<string, unknown>;
    delete bare.actions;
    const shaped = toDraft(bare);
    expect('draft' in shaped && shaped.draft.actions).toEqual({});
  });

  it('refuses shapes it cannot show, with the path', () => {
    const shaped = toDraft({ ...nossaProfile, fields: { status: { kind: 'text', locators: 'Status' } } });
    expect('shapeIssues' in shaped && shaped.shapeIssues[0]!.path).toEqual(['fields', 'status', 'locators']);
    expect('shapeIssues' in toDraft([1, 2])).toBe(true);
  });
});

describe('validation', () => {
  it('passes the shipped profile as it is', () => {
    const result = validateDraft(fresh());
    expect(result.problems).toEqual([]);
    expect(result.profile).toEqual(nossaProfile);
  });

  it('finds each problem at its exact place', () => {
    const draft = fresh();
    draft.fields.pendingReason!.locators[0]!.text = [''];
    draft.fields.pendingUntil!.locators = [];
    draft.fields.summary!.locators[1] = { by: 'css', selector: '' };
    draft.fields.status!.kind = 'calendar';
    draft.fields.ownerGroup!.reach = ['incidentTab'];
    draft.fields.workLogType!.renderedBy = 'newRow';
    const { profile, problems } = validateDraft(draft);
    expect(profile).toBeNull();
    const at = (...path: PropertyKey[]) => problemsAt(problems, path).map((p) => p.code);
    expect(at('fields', 'pendingReason', 'locators', 0, 'text', 0)).toEqual(['too_small']);
    expect(at('fields', 'pendingUntil', 'locators')).toEqual(['too_small']);
    expect(at('fields', 'summary', 'locators', 1, 'selector')).toEqual(['too_small']);
    expect(at('fields', 'status', 'kind')).toEqual(['invalid_value']);
    expect(at('fields', 'ownerGroup', 'reach', 0)).toEqual(['unknown-action']);
    expect(at('fields', 'workLogType', 'renderedBy')).toEqual(['unknown-action']);
    expect(problemsUnder(problems, ['fields', 'pendingReason'])).toHaveLength(1);
    expect(problems).toHaveLength(6);
  });

  it('refuses unknown keys and unknown strategies, as the schema does', () => {
    const draft = fresh() as unknown as { fields: Record<string, Record<string, unknown>> };
    draft.fields.status!.scop = '#main';
    (draft.fields.summary!.locators as unknown[])[0] = { by: 'xpath', text: ['Summary'] };
    const { problems } = validateDraft(draft);
    expect(problems.map((p) => p.code).sort()).toEqual(['invalid_union', 'unrecognized_keys']);
    expect(problems.find((p) => p.code === 'unrecognized_keys')!.detail).toBe('scop');
  });
});

describe('problems in words, with the field’s label', () => {
  const cases: Array<{ path: PropertyKey[]; code: string; origin?: string; detail?: string; id: string; en: string }> = [
    {
      path: ['fields', 'pendingReason', 'locators', 0, 'text', 1],
      code: 'too_small',
      origin: 'string',
      id: 'Pending Reason, cara 1, teks 2: tidak boleh kosong.',
      en: 'Pending Reason, way 1, text 2: must not be empty.',
    },
    {
      path: ['fields', 'pendingReason', 'locators', 0, 'text'],
      code: 'too_small',
      origin: 'array',
      id: 'Pending Reason, cara 1, teks: tulis paling sedikit satu teks.',
      en: 'Pending Reason, way 1, text: write at least one text.',
    },
    {
      path: ['fields', 'pendingUntil', 'locators'],
      code: 'too_small',
      origin: 'array',
      id: 'Pending Until, cara mencari: tambahkan paling sedikit satu cara mencari.',
      en: 'Pending Until, ways to find it: add at least one way to find it.',
    },
    {
      path: ['fields', 'summary', 'locators', 1, 'selector'],
      code: 'too_small',
      origin: 'string',
      id: 'Summary, cara 2, selektor CSS: tidak boleh kosong.',
      en: 'Summary, way 2, CSS selector: must not be empty.',
    },
    {
      path: ['fields', 'status', 'kind'],
      code: 'invalid_value',
      detail: 'text, valueList',
      id: 'Status, jenis isian: nilai tidak dikenal; pilih salah satu dari: text, valueList.',
      en: 'Status, kind of field: unknown value; choose one of: text, valueList.',
    },
    {
      path: ['fields', 'ownerGroup', 'reach', 0],
      code: 'unknown-action',
      detail: 'incidentTab',
      id: 'Owner Group, aksi 1: aksi “incidentTab” tidak ada di daftar aksi profil.',
      en: 'Owner Group, action 1: action “incidentTab” is not in the profile’s actions.',
    },
    {
      path: ['fields', 'workLogType', 'renderedBy'],
      code: 'unknown-action',
      detail: 'newRow',
      id: 'Work Log: Type, dimunculkan oleh aksi: aksi “newRow” tidak ada di daftar aksi profil.',
      en: 'Work Log: Type, brought up by action: action “newRow” is not in the profile’s actions.',
    },
    { path: ['fields', 'status'], code: 'unrecognized_keys', detail: 'scop', id: 'Status: ada kunci yang tidak dikenal: scop.', en: 'Status: unknown keys: scop.' },
    { path: ['fields', 'summary', 'locators', 0], code: 'invalid_union', id: 'Summary, cara 1: cara mencari tidak dikenal.', en: 'Summary, way 1: unknown way of finding.' },
    {
      path: ['fields', 'contactPhone', 'scope'],
      code: 'too_small',
      origin: 'string',
      id: 'Contact Phone, hanya di dalam: tidak boleh kosong.',
      en: 'Contact Phone, only inside: must not be empty.',
    },
    {
      path: ['actions', 'logTab', 'locators', 0, 'role'],
      code: 'too_small',
      origin: 'string',
      id: 'Tab Log, cara 1, peran (role): tidak boleh kosong.',
      en: 'Log tab, way 1, role: must not be empty.',
    },
    {
      path: ['fields', 'a-b'],
      code: 'invalid_key',
      id: 'a-b: nama hanya boleh huruf dan angka, diawali huruf.',
      en: 'a-b: a name may hold only letters and digits, starting with a letter.',
    },
    { path: ['id'], code: 'invalid_format', id: 'ID profil: hanya huruf kecil, angka dan tanda -.', en: 'Profile id: only lower-case letters, digits and -.' },
    { path: ['hosts', 0], code: 'invalid_format', id: 'Host 1: tulis seperti https://nossa.telkom.co.id/*.', en: 'Hosts 1: write it like https://nossa.telkom.co.id/*.' },
    {
      path: ['behaviour', 'roundTripTimeoutMs'],
      code: 'invalid_type',
      id: 'Bagian behaviour.roundTripTimeoutMs: jenis nilainya salah.',
      en: 'Part behaviour.roundTripTimeoutMs: the value is of the wrong type.',
    },
    {
      path: [],
      code: 'not-json',
      detail: 'Unexpected token',
      id: 'Seluruh profil: bukan JSON yang valid (Unexpected token).',
      en: 'The whole profile: not valid JSON (Unexpected token).',
    },
  ];
  for (const c of cases) {
    it(`${c.path.join('.') || '(root)'} ${c.code}`, () => {
      const problem = { path: c.path, code: c.code, ...(c.origin ? { origin: c.origin } : {}), ...(c.detail ? { detail: c.detail } : {}), message: 'zod' };
      expect(problemSentence(problem, t)).toBe(c.id);
      expect(problemSentence(problem, en)).toBe(c.en);
    });
  }

  it('every problem the schema can raise on a broken profile is said without a schema word or a leftover placeholder', () => {
    const broken = JSON.parse(JSON.stringify(nossaProfile)) as Record<string, unknown> & SiteProfile;
    broken.id = 'Bad Id';
    broken.hosts = ['nossa'];
    broken.fields.pendingReason!.locators = [{ by: 'label', text: [] }];
    (broken.fields as Record<string, unknown>)['bad-key'] = broken.fields.status;
    const { problems } = validateDraft(broken);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) {
      const sentence = problemSentence(p, t);
      expect(sentence).not.toMatch(/\{\w+\}|diharapkan|Invalid|fields\./);
    }
  });

  it('uses NOSSA’s label for known fields and the key for fields an admin added', () => {
    expect(fieldLabel(t, 'pendingReason')).toBe('Pending Reason');
    expect(fieldLabel(t, 'myField')).toBe('myField');
    expect(describeWhere(['actions', 'historyTab', 'scope'], t)).toBe('historyTab, hanya di dalam');
  });
});

describe('undo history', () => {
  const custom = (name: string) => siteProfileSchema.parse({ ...nossaProfile, name });

  it('remembers the profile before each change, newest last, and undoes them in turn', () => {
    let h = observed(emptyHistory, null);
    expect(undoTarget(h)).toBeUndefined();
    h = observed(h, custom('A'));
    h = observed(h, custom('B'));
    expect(undoTarget(h)).toEqual(custom('A'));
    h = undoing(h);
    h = observed(h, custom('A')); // the undo's own change arrives: not a change to remember
    expect(undoTarget(h)).toBeNull(); // the shipped default was stored before A
    h = undoing(h);
    h = observed(h, null);
    expect(undoTarget(h)).toBeUndefined();
    expect(undoing(h)).toBe(h);
  });

  it('ignores pushes that do not change the profile, and keeps a bounded history', () => {
    let h = observed(emptyHistory, custom('A'));
    h = observed(h, custom('A'));
    expect(h.previous).toEqual([]);
    for (let i = 0; i < UNDO_DEPTH + 5; i++) h = observed(h, custom(`n${i}`));
    expect(h.previous).toHaveLength(UNDO_DEPTH);
  });

  it('a change from elsewhere after an undo was asked is still remembered', () => {
    let h = observed(observed(observed(emptyHistory, null), custom('A')), custom('B'));
    h = undoing(h); // expects A
    h = observed(h, custom('picker')); // the panel saved something else first
    expect(undoTarget(h)).toEqual(custom('B'));
  });
});
