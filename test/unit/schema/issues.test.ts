import { describe, expect, it } from 'vitest';
import { issuesOf, siteProfileSchema } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';

describe('issuesOf', () => {
  it('names the exact path of each problem in a site profile', () => {
    const broken = structuredClone(nossaProfile) as Record<string, any>;
    broken.fields.pendingReason.locators[0].text = [];
    broken.fields.pendingUntil.kind = 'calendar';
    broken.hosts = ['nossa.telkom.co.id'];
    const result = siteProfileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = issuesOf(result.error!).map((i) => i.path).sort();
    expect(paths).toEqual(['fields.pendingReason.locators[0].text', 'fields.pendingUntil.kind', 'hosts[0]']);
  });

  it('accepts the shipped profile as it is', () => {
    expect(siteProfileSchema.safeParse(nossaProfile).success).toBe(true);
  });
});
