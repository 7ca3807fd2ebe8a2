import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultSettings, POLICY_KEYS } from '@/lib/schema';
import { applyPolicy, readPolicy, withoutPolicyParts } from '@/lib/settings/policy';
import { activeProfile, nossaHosts } from '@/lib/sites/active-profile';
import { nossaProfile } from '@/lib/sites';
import { NOSSA_HOST_PATTERN } from '@/lib/sites/nossa/host';

const staging = { ...nossaProfile, id: 'nossa-staging', hosts: ['https://nossa-staging.example/*'] };
const reasons = [{ code: 'RESMI-1', label: { id: 'Alasan resmi', en: 'Official reason' }, defaultPendingHours: 24 }];

describe('enterprise policy (chrome.storage.managed)', () => {
  it('reads every key a policy may set, the profile from JSON text', () => {
    const { policy, problems } = readPolicy({ siteProfile: JSON.stringify(staging), pendingReasons: reasons, extraHosts: ['https://10.1.2.3/*'] });
    expect(problems).toEqual([]);
    expect(policy.siteProfile?.id).toBe('nossa-staging');
    expect(policy.pendingReasons).toEqual(reasons);
    expect(policy.extraHosts).toEqual(['https://10.1.2.3/*']);
  });

  it('leaves out a malformed key with its path, and keeps the valid ones', () => {
    const { policy, problems } = readPolicy({ siteProfile: '{not json', pendingReasons: [{ code: '' }], extraHosts: ['https://10.1.2.3/*'] });
    expect(policy).toEqual({ extraHosts: ['https://10.1.2.3/*'] });
    expect(problems.map((p) => p.key).sort()).toEqual(['pendingReasons', 'pendingReasons', 'pendingReasons', 'siteProfile']);
    expect(problems.find((p) => p.key === 'pendingReasons')?.path).toMatch(/^\[0\]/);
    const badHost = readPolicy({ extraHosts: ['javascript:alert(1)'] });
    expect(badHost.policy).toEqual({});
    expect(badHost.problems[0]).toMatchObject({ key: 'extraHosts', path: '[0]' });
  });

  it('reads nothing from an empty, missing or odd managed area', () => {
    for (const raw of [undefined, null, {}, 'text', 42, { unrelated: true }]) expect(readPolicy(raw)).toEqual({ policy: {}, problems: [] });
  });

  it('a policy value wins over the stored one and is marked as set by policy', () => {
    const stored = { ...defaultSettings(), extraHosts: ['https://10.9.9.9/*'] };
    const { policy } = readPolicy({ siteProfile: JSON.stringify(staging), pendingReasons: reasons });
    const inForce = applyPolicy(stored, policy);
    expect(inForce.siteProfile?.id).toBe('nossa-staging');
    expect(inForce.procedure.reasons).toEqual(reasons);
    expect(inForce.procedure.minFailedAttempts).toBe(stored.procedure.minFailedAttempts);
    expect(inForce.extraHosts).toEqual(['https://10.9.9.9/*']);
    expect(inForce.policy.sort()).toEqual(['pendingReasons', 'siteProfile']);
    expect(applyPolicy(stored, {}).policy).toEqual([]);
  });

  it('a change never stores what the policy sets, nor the policy marks', () => {
    const stored = defaultSettings();
    const { policy } = readPolicy({ pendingReasons: reasons, extraHosts: ['https://10.1.2.3/*'] });
    const patch = withoutPolicyParts(
      { procedure: { ...stored.procedure, reasons, minFailedAttempts: 3 }, extraHosts: [], language: 'en' as const, policy: ['extraHosts' as const] },
      stored,
      policy,
    );
    expect(patch.procedure?.reasons).toEqual(stored.procedure.reasons);
    expect(patch.procedure?.minFailedAttempts).toBe(3);
    expect('extraHosts' in patch).toBe(false);
    expect('policy' in patch).toBe(false);
    expect(patch.language).toBe('en');
  });

  it('Chrome is told the same keys (public/managed-schema.json)', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});

describe('the active site profile and NOSSA hosts, decided in one place', () => {
  it('is the shipped profile unless settings carry one', () => {
    expect(activeProfile(null)).toBe(nossaProfile);
    expect(activeProfile(defaultSettings())).toBe(nossaProfile);
    expect(activeProfile({ siteProfile: staging }).id).toBe('nossa-staging');
    expect(nossaProfile.hosts).toEqual([NOSSA_HOST_PATTERN]);
  });

  it("hosts are the active profile's plus the extra ones, once each", () => {
    expect(nossaHosts({ siteProfile: null, extraHosts: ['https://10.1.2.3/*', NOSSA_HOST_PATTERN] })).toEqual([NOSSA_HOST_PATTERN, 'https://10.1.2.3/*']);
    expect(nossaHosts({ siteProfile: staging, extraHosts: [] })).toEqual(['https://nossa-staging.example/*']);
  });
});
