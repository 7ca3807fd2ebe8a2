import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, defaultSettings, settingsPatchSchema } from '@/lib/schema';
import { applyPolicy, readPolicy, withoutPolicyParts } from '@/lib/settings/policy';
import managedSchema from '@/public/managed-schema.json';

describe('the team server address by enterprise policy', () => {
  it('is a policy key, declared for Chrome, applied over the stored value and not the agent’s to change', () => {
    expect(POLICY_KEYS).toContain('teamServerUrl');
    expect(Object.keys(managedSchema.properties)).toContain('teamServerUrl');
    const { policy, problems } = readPolicy({ teamServerUrl: ' https://pandu.example.co.id ' });
    expect(problems).toEqual([]);
    const stored = { ...defaultSettings(), teamServerUrl: 'https://other.example.co.id' };
    const inForce = applyPolicy(stored, policy);
    expect(inForce.teamServerUrl).toBe('https://pandu.example.co.id');
    expect(inForce.policy).toContain('teamServerUrl');
    expect(withoutPolicyParts({ teamServerUrl: 'https://x.example.co.id' }, stored, policy)).toEqual({});
  });

  it('refuses an address that is not https (http on loopback only), leaving the other keys in force', () => {
    const { policy, problems } = readPolicy({ teamServerUrl: 'http://10.1.2.3', extraHosts: ['https://10.1.2.3/*'] });
    expect(policy).toEqual({ extraHosts: ['https://10.1.2.3/*'] });
    expect(problems.map((p) => p.key)).toEqual(['teamServerUrl']);
    expect(readPolicy({ teamServerUrl: 'http://127.0.0.1:8787' }).problems).toEqual([]);
  });

  it('is a setting a patch may change (the address only: the token is never a setting)', () => {
    expect(settingsPatchSchema.safeParse({ teamServerUrl: 'https://pandu.example.co.id' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ teamServerUrl: 'ftp://pandu.example.co.id' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ teamToken: 'x' }).success).toBe(false);
    expect(defaultSettings().teamServerUrl).toBeNull();
  });
});
