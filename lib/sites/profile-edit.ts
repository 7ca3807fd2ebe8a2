import { issuesOf, type Issue } from '../schema/issues';
import { siteProfileSchema, type SiteProfile } from '../schema/site-profile';
import { specOf, withFieldSpec, type Proposal } from './propose-locators';

/**
 * The profile a picker proposal saves: the active profile with that one field's locators (and
 * kind / scope when proposed) replaced, everything else as it was, validated by the very schema
 * settings are stored with. Never a half-valid profile: a refusal comes with its issues.
 */
export function profileWithProposal(
  profile: SiteProfile,
  field: string,
  proposal: Pick<Proposal, 'locators' | 'kind' | 'scope' | 'exclude'>,
): { ok: true; profile: SiteProfile } | { ok: false; issues: Issue[] } {
  if (!Object.hasOwn(profile.fields, field)) return { ok: false, issues: [{ path: `fields.${field}`, message: 'not a field of the profile' }] };
  const parsed = siteProfileSchema.safeParse(withFieldSpec(profile, field, specOf(profile.fields[field]!, proposal)));
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
