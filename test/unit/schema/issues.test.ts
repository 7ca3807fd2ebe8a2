import { afterEach, describe, expect, it } from 'vitest';
import { issuesOf, shiftSettingsSchema, siteProfileSchema } from '@/lib/schema';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import { nossaProfile } from '@/lib/sites';

describe('issuesOf', () => {
  it('names the exact path of each problem in a site profile', () => {
    const broken = structuredClone(nossaProfile) as Record<string, any>;
    broken.fields.pendingReason.locators[0].text = [];
    broken.fields.pendingUntil.kind = 'calendar';
    broken.hosts = ['nossa.telkom.co.id'];
    const result = siteProfileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = issuesOf(result.error!)
      .map((i) => i.path)
      .sort();
    expect(paths).toEqual(['fields.pendingReason.locators[0].text', 'fields.pendingUntil.kind', 'hosts[0]']);
  });

  it('refuses a mistyped key with its exact path instead of dropping the setting', () => {
    speakSchemaErrorsIn('en');
    const typo = structuredClone(nossaProfile) as Record<string, any>;
    typo.behavior = { busySelector: '#busy' };
    typo.fields.pendingReason.scop = '#main';
    const result = siteProfileSchema.safeParse(typo);
    expect(result.success).toBe(false);
    const issues = issuesOf(result.error!);
    expect(issues.map((i) => i.path).sort()).toEqual(['', 'fields.pendingReason']);
    expect(issues.map((i) => i.message).join(' ')).toMatch(/"behavior".*"scop"|"scop".*"behavior"/);
  });

  it('accepts the shipped profile as it is', () => {
    expect(siteProfileSchema.safeParse(nossaProfile).success).toBe(true);
  });
});

describe('schema errors in the chosen language', () => {
  const broken = () => {
    const profile = structuredClone(nossaProfile) as Record<string, any>;
    profile.fields.pendingReason.locators[0].text = [];
    profile.fields.pendingUntil.kind = 'calendar';
    return siteProfileSchema.safeParse(profile).error!;
  };
  afterEach(() => speakSchemaErrorsIn('id'));

  it('tells an admin what is wrong in Indonesian by default and in English on request', () => {
    speakSchemaErrorsIn('id');
    const id = Object.fromEntries(issuesOf(broken()).map((i) => [i.path, i.message]));
    expect(id['fields.pendingReason.locators[0].text']).toBe('Terlalu kecil: diharapkan array memiliki >=1 item');
    expect(id['fields.pendingUntil.kind']).toMatch(/^Pilihan tidak valid: diharapkan salah satu dari "text"\|"valueList"/);

    speakSchemaErrorsIn('en');
    const en = Object.fromEntries(issuesOf(broken()).map((i) => [i.path, i.message]));
    expect(en['fields.pendingReason.locators[0].text']).toBe('Too small: expected array to have >=1 items');
    expect(en['fields.pendingUntil.kind']).toMatch(/^Invalid option: expected one of "text"\|"valueList"/);
  });

  it('keeps the messages a schema names itself (the forms map them to their own texts)', () => {
    speakSchemaErrorsIn('en');
    const result = shiftSettingsSchema.safeParse({
      definitions: [
        { id: 'a', name: 'A', start: '07:00', end: '15:00' },
        { id: 'a', name: 'B', start: '15:00', end: '23:00' },
      ],
    });
    expect(result.error!.issues.map((i) => i.message)).toEqual(['duplicate-id']);
  });
});
