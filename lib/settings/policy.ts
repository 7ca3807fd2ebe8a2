import * as z from 'zod/mini';
import { extraHostsSchema, teamServerUrlSchema, type PolicyKey, type Settings } from '../schema/settings';
import { pendingReasonsSchema } from '../schema/procedure-config';
import { siteProfileSchema } from '../schema/site-profile';
import { issuesOf, type Issue } from '../schema/issues';

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Team-lead settings an enterprise policy may set (chrome.storage.managed, declared for Chrome in
 * public/managed-schema.json). The site profile travels as JSON text: Chrome's policy schema
 * cannot describe a profile's nested locators, and a text keeps it in one registry value.
 */
export interface ManagedPolicy {
  siteProfile?: z.output<typeof siteProfileSchema>;
  pendingReasons?: z.output<typeof pendingReasonsSchema>;
  extraHosts?: z.output<typeof extraHostsSchema>;
  /** The team server agents enrol with: the enrolment form shows it locked, and only it is accepted. */
  teamServerUrl?: z.output<typeof teamServerUrlSchema>;
}

export interface PolicyProblem extends Issue {
  key: PolicyKey;
}

/**
 * Reads what chrome.storage.managed holds, key by key: a malformed value is left out (and said,
 * with its path) while the valid ones apply, so one bad registry entry never drops the rest.
 */
export function readPolicy(raw: unknown): { policy: ManagedPolicy; problems: PolicyProblem[] } {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const policy: ManagedPolicy = {};
  const problems: PolicyProblem[] = [];
  const take = <K extends PolicyKey>(key: K, schema: z.ZodMiniType, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data as ManagedPolicy[K];
    else problems.push(...issuesOf(parsed.error).map((issue) => ({ key, ...issue })));
  };
  if (source.siteProfile !== undefined) {
    const json = parseJson(source.siteProfile);
    if (json.ok) take('siteProfile', siteProfileSchema, json.value);
    else problems.push({ key: 'siteProfile', path: '', message: 'not JSON text' });
  }
  if (source.pendingReasons !== undefined) take('pendingReasons', pendingReasonsSchema, source.pendingReasons);
  if (source.extraHosts !== undefined) take('extraHosts', extraHostsSchema, source.extraHosts);
  if (source.teamServerUrl !== undefined) take('teamServerUrl', teamServerUrlSchema, source.teamServerUrl);
  return { policy, problems };
}

/** The settings in force: a policy's value wins over the stored one, and is marked as the policy's. */
export function applyPolicy(stored: Settings, policy: ManagedPolicy): Settings {
  const keys = (Object.keys(policy) as PolicyKey[]).filter((key) => policy[key] !== undefined);
  return {
    ...stored,
    siteProfile: policy.siteProfile ?? stored.siteProfile,
    extraHosts: policy.extraHosts ?? stored.extraHosts,
    teamServerUrl: policy.teamServerUrl ?? stored.teamServerUrl,
    procedure: policy.pendingReasons ? { ...stored.procedure, reasons: policy.pendingReasons } : stored.procedure,
    policy: keys,
  };
}

/**
 * What of a settings change may be stored while a policy is in force: a key the policy sets is
 * not the agent's to change (a patch that carries it, e.g. the whole procedure block with the
 * policy's reasons in it, keeps the stored value instead), and `policy` itself is never stored.
 */
export function withoutPolicyParts<P extends Partial<Settings>>(patch: P, stored: Settings, policy: ManagedPolicy): P {
  const next = { ...patch };
  delete next.policy;
  if (policy.siteProfile) delete next.siteProfile;
  if (policy.extraHosts) delete next.extraHosts;
  if (policy.teamServerUrl) delete next.teamServerUrl;
  if (policy.pendingReasons && next.procedure) next.procedure = { ...next.procedure, reasons: stored.procedure.reasons };
  return next;
}
