import { procedureConfigSchema, issuesOf, type Issue, type PendingReason, type ProcedureConfig } from '@/lib/schema';

/**
 * The procedure rules as the form edits them: numbers as typed (an emptied field stays empty
 * instead of jumping to 0), the lead's groups as one text box, one group per line.
 */
export interface ProcedureDraft {
  minFailedAttempts: string;
  maxPendingHours: string;
  reasons: Array<Omit<PendingReason, 'defaultPendingHours'> & { defaultPendingHours: string }>;
  workLogTemplates: ProcedureConfig['workLogTemplates'];
  forwardGroups: string;
}

export const OUTCOMES = ['unreachable', 'approved', 'declined'] as const;

export function draftOf(config: ProcedureConfig): ProcedureDraft {
  return {
    minFailedAttempts: String(config.minFailedAttempts),
    maxPendingHours: String(config.maxPendingHours),
    reasons: config.reasons.map((r) => ({ ...r, label: { ...r.label }, defaultPendingHours: String(r.defaultPendingHours) })),
    workLogTemplates: { ...config.workLogTemplates },
    forwardGroups: config.forwardGroups.join('\n'),
  };
}

/** A typed number: digits (a sign, a fraction) as their value; anything else, or nothing, is not a number. */
export const typedNumber = (text: string): number => (/^\s*-?\d+(?:[.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : Number.NaN);

/** The text box's groups: one per line, blank lines skipped; each with the line it is on (0-based). */
export function groupLines(text: string): Array<{ group: string; line: number }> {
  return text
    .split('\n')
    .map((group, line) => ({ group: group.trim(), line }))
    .filter(({ group }) => group !== '');
}

export type Checked = { ok: true; config: ProcedureConfig } | { ok: false; issues: Issue[] };

/**
 * The draft checked by the one schema (procedureConfigSchema: what an import or a policy meets
 * too). An issue about one of the lead's groups names the line it is on, as the lead sees it.
 */
export function checkDraft(draft: ProcedureDraft): Checked {
  const lines = groupLines(draft.forwardGroups);
  const parsed = procedureConfigSchema.safeParse({
    minFailedAttempts: typedNumber(draft.minFailedAttempts),
    maxPendingHours: typedNumber(draft.maxPendingHours),
    reasons: draft.reasons.map((r) => ({ ...r, defaultPendingHours: typedNumber(r.defaultPendingHours) })),
    workLogTemplates: draft.workLogTemplates,
    forwardGroups: lines.map((l) => l.group),
  });
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = issuesOf(parsed.error).map((issue) => {
    const group = /^forwardGroups\[(\d+)\]$/.exec(issue.path);
    return group ? { ...issue, path: `forwardGroups[${lines[Number(group[1])]!.line}]` } : issue;
  });
  return { ok: false, issues };
}
