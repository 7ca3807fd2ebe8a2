import type { FillStep } from '../schema';
import type { SiteProfile } from '../schema/site-profile';
import { formatPattern } from '../time';
import type { UpdatePlan } from './plan';

export type { FillStep };

export interface StepOptions {
  /** Press OK / Save after filling ("fill and save" setting); otherwise that is the agent's click. */
  commit: boolean;
  /** The session's reference, written into the work-log summary (see workLogRef). */
  ref: string;
}

/** Maximo's work-log summary (DESCRIPTION) holds 100 characters. */
const SUMMARY_MAX = 100;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A short reference for the session's work-log row ("[Pandu 1A2B3C]"), the same on every retry:
 * Pandu recognises its own row by it and never adds a second one.
 */
export function workLogRef(sessionId: string): string {
  return `[Pandu ${sessionId
    .replace(/[^0-9a-fA-F]/g, '')
    .slice(0, 6)
    .toUpperCase()}]`;
}

/**
 * Turns an outcome's update plan into page steps, in an order that works on Maximo: main-tab
 * fields first, then the work-log row, then (for a pending) the Change Status dialog. With
 * "fill and save", OK closes the dialog and Save follows whenever the record is still unsaved
 * (on some Maximo configurations OK does not save). For 1.2.6, the owner group and the work log,
 * then Save. Pure: the profile says which fields exist; no DOM here.
 */
export function buildFillSteps(plan: UpdatePlan, profile: SiteProfile, options: StepOptions): FillStep[] {
  const value = (field: string) => plan.values.find((v) => v.field === field)?.value ?? '';
  const { dateFormat, timeZone } = profile.behaviour;
  const steps: FillStep[] = [];
  const workLog = value('workLog');
  const summary = (text: string) => `${cut(text, SUMMARY_MAX - options.ref.length - 1)} ${options.ref}`;

  if (plan.pended) {
    const until = formatPattern(value('pendingUntil'), dateFormat, timeZone);
    steps.push({ kind: 'set', group: 'main', field: 'pendingReason', value: value('pendingReason') });
    steps.push({ kind: 'set', group: 'main', field: 'pendingUntil', value: until });
    steps.push(...workLogSteps(profile, summary(`Pending ${value('pendingReason')} s/d ${until}`), workLog));
    steps.push({ kind: 'set', group: 'status', field: 'newStatus', value: profile.writeDefaults.pendingStatus });
    steps.push({ kind: 'set', group: 'status', field: 'statusMemo', value: cut(`Pending ${value('pendingReason')} sampai ${until} (Pandu, IN.OCC.TENESA.W-02)`, 250) });
    if (options.commit) steps.push({ kind: 'commit', action: 'confirmChangeStatus' }, { kind: 'commit', action: 'save' });
  } else {
    const group = value('ownerGroup');
    steps.push({ kind: 'set', group: 'main', field: 'ownerGroup', value: group });
    steps.push(...workLogSteps(profile, summary(`Pending ditolak pelanggan, diteruskan ke ${group}`), workLog));
    if (options.commit) steps.push({ kind: 'commit', action: 'save' });
  }
  return steps;
}

function workLogSteps(profile: SiteProfile, summary: string, details: string): FillStep[] {
  return [
    { kind: 'set', group: 'workLog', field: 'workLogSummary', value: summary },
    { kind: 'set', group: 'workLog', field: 'workLogDetails', value: details },
    { kind: 'set', group: 'workLog', field: 'workLogType', value: profile.writeDefaults.workLogType },
  ];
}

/** The exact text a fill typed into a field (the work-log details, for the audit trail). */
export const typedValue = (steps: FillStep[], field: string): string | undefined =>
  steps.find((s): s is Extract<FillStep, { kind: 'set' }> => s.kind === 'set' && s.field === field)?.value;
