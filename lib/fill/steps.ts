import type { SiteProfile } from '../schema/site-profile';
import { formatPattern } from '../time';
import type { UpdatePlan } from './plan';

/** One thing the engine does on the page: set a profile field, or press a commit button. */
export type FillStep =
  | { kind: 'set'; field: string; value: string }
  | { kind: 'commit'; action: string };

export interface StepOptions {
  /** Press OK / Save after filling ("fill and save" setting); otherwise that is the agent's click. */
  commit: boolean;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Turns an outcome's update plan into page steps, in an order that works on Maximo: main-tab
 * fields first, then the work-log row, then (for a pending) the Change Status dialog, whose OK
 * saves everything pending. For 1.2.6, the owner group and the work log, then Save.
 * Pure: the profile says which fields exist; no DOM here.
 */
export function buildFillSteps(plan: UpdatePlan, profile: SiteProfile, options: StepOptions): FillStep[] {
  const value = (field: string) => plan.values.find((v) => v.field === field)?.value ?? '';
  const { dateFormat, timeZone } = profile.behaviour;
  const steps: FillStep[] = [];
  const workLog = value('workLog');

  if (plan.pended) {
    const until = formatPattern(value('pendingUntil'), dateFormat, timeZone);
    steps.push({ kind: 'set', field: 'pendingReason', value: value('pendingReason') });
    steps.push({ kind: 'set', field: 'pendingUntil', value: until });
    steps.push(...workLogSteps(profile, cut(`Pending ${value('pendingReason')} s/d ${until}`, 100), workLog));
    steps.push({ kind: 'set', field: 'newStatus', value: profile.writeDefaults.pendingStatus });
    steps.push({ kind: 'set', field: 'statusMemo', value: cut(`Pending ${value('pendingReason')} sampai ${until} (Pandu, IN.OCC.TENESA.W-02)`, 250) });
    if (options.commit) steps.push({ kind: 'commit', action: 'confirmChangeStatus' });
  } else {
    const group = value('ownerGroup');
    steps.push({ kind: 'set', field: 'ownerGroup', value: group });
    steps.push(...workLogSteps(profile, cut(`Pending ditolak pelanggan, diteruskan ke ${group}`, 100), workLog));
    if (options.commit) steps.push({ kind: 'commit', action: 'save' });
  }
  return steps;
}

function workLogSteps(profile: SiteProfile, summary: string, details: string): FillStep[] {
  return [
    { kind: 'set', field: 'workLogSummary', value: summary },
    { kind: 'set', field: 'workLogDetails', value: details },
    { kind: 'set', field: 'workLogType', value: profile.writeDefaults.workLogType },
  ];
}

/** The fields a verify reads back after the agent saved: what the ticket itself must now hold. */
export function verifySteps(plan: UpdatePlan, profile: SiteProfile): FillStep[] {
  const value = (field: string) => plan.values.find((v) => v.field === field)?.value ?? '';
  if (!plan.pended) return [{ kind: 'set', field: 'ownerGroup', value: value('ownerGroup') }];
  return [
    { kind: 'set', field: 'status', value: profile.writeDefaults.pendingStatus },
    { kind: 'set', field: 'pendingReason', value: value('pendingReason') },
    { kind: 'set', field: 'pendingUntil', value: formatPattern(value('pendingUntil'), profile.behaviour.dateFormat, profile.behaviour.timeZone) },
  ];
}
