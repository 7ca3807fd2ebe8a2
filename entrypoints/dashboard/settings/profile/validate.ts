import type * as z from 'zod/mini';
import { siteProfileSchema, type SiteProfile } from '@/lib/schema/site-profile';
import { profileDraftSchema, type ProfileDraft } from './draft';

/**
 * One reason a profile cannot be saved, kept structured (where, what, the numbers) so the form
 * can put it beside the very control it is about and say it in the lead's language.
 */
export interface ProfileProblem {
  path: PropertyKey[];
  /** zod's issue code, or ours: 'unknown-action' (a reach / renderedBy naming no action), 'not-json'. */
  code: string;
  /** What the code needs to be worded: the unknown keys, the allowed values, the named action. */
  detail?: string;
  /** Where the value came from: an array or a string (for "too small"), or the regex/format. */
  origin?: string;
  /** zod's own message, for codes the wording does not know. */
  message: string;
}

export const fromZodIssue = (issue: z.core.$ZodIssue): ProfileProblem => {
  const raw = issue as z.core.$ZodIssue & { keys?: string[]; values?: unknown[]; origin?: string; format?: string };
  const detail = raw.keys?.join(', ') ?? raw.values?.map(String).join(', ');
  return {
    path: [...issue.path],
    code: issue.code,
    ...(detail ? { detail } : {}),
    ...((raw.origin ?? raw.format) ? { origin: raw.origin ?? raw.format } : {}),
    message: issue.message,
  };
};

/**
 * What the schema cannot see: a field reached through, or rendered by, an action the profile does
 * not have. The fill would stop at it with "not found" on the agent's call.
 */
function unknownActions(draft: ProfileDraft): ProfileProblem[] {
  const actions = new Set(Object.keys(draft.actions));
  const problems: ProfileProblem[] = [];
  for (const [key, field] of Object.entries(draft.fields)) {
    field.reach.forEach((name, i) => {
      if (name && !actions.has(name)) problems.push({ path: ['fields', key, 'reach', i], code: 'unknown-action', detail: name, message: `unknown action ${name}` });
    });
    if (field.renderedBy && !actions.has(field.renderedBy))
      problems.push({ path: ['fields', key, 'renderedBy'], code: 'unknown-action', detail: field.renderedBy, message: `unknown action ${field.renderedBy}` });
  }
  return problems;
}

/** The draft as a profile to store, or every problem that keeps it from being one. */
export function validateDraft(value: unknown): { profile: SiteProfile; problems: [] } | { profile: null; problems: ProfileProblem[] } {
  const parsed = siteProfileSchema.safeParse(value);
  const shape = profileDraftSchema.safeParse(value);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map(fromZodIssue)), ...(shape.success ? unknownActions(shape.data) : [])];
  return parsed.success && !problems.length ? { profile: parsed.data, problems: [] } : { profile: null, problems };
}

/** Problems whose path starts with the given one (a field's, a locator's). */
export const problemsUnder = (problems: readonly ProfileProblem[], prefix: readonly PropertyKey[]) => problems.filter((p) => prefix.every((key, i) => p.path[i] === key));

/** Problems exactly at the given path. */
export const problemsAt = (problems: readonly ProfileProblem[], path: readonly PropertyKey[]) =>
  problems.filter((p) => p.path.length === path.length && path.every((key, i) => p.path[i] === key));
