import type { FieldResult, FillResult } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import type { FillStep } from '../steps';
import { FillClock } from './clock';
import { commit, result, setField, verifyField, type OpContext } from './field-ops';

export interface RunOptions {
  kind: 'fill' | 'verify';
  now?: () => string;
  onProgress?: (fields: FieldResult[]) => void;
}

/**
 * Runs the steps one by one on the page. The first failure stops the run (later fields are
 * "skipped", so NOSSA is not left half-changed in ways the agent cannot see). A session expiry
 * turns every field "failed": NOSSA drops unsaved values with the session.
 */
export async function runSteps(doc: Document, profile: SiteProfile, steps: FillStep[], options: RunOptions): Promise<FillResult> {
  const startedAt = (options.now ?? (() => new Date().toISOString()))();
  const ctx: OpContext = { doc, profile, clock: new FillClock() };
  const fields: FieldResult[] = [];
  let stopped = false;

  for (const step of steps) {
    const expected = step.kind === 'set' ? step.value : step.action;
    const field = step.kind === 'set' ? step.field : `commit:${step.action}`;
    if (stopped) {
      fields.push(result(field, expected, performance.now(), { reason: 'skipped' }));
      continue;
    }
    const outcome =
      step.kind === 'commit'
        ? await commit(ctx, step.action)
        : options.kind === 'verify'
          ? await verifyField(ctx, step.field, step.value)
          : await setField(ctx, step.field, step.value);
    fields.push(outcome);
    if (outcome.reason === 'session-expired') {
      for (const earlier of fields) if (earlier.status === 'done') Object.assign(earlier, { status: 'failed', reason: 'session-expired' });
    }
    if (outcome.status === 'failed') stopped = true;
    options.onProgress?.([...fields]);
  }

  const ok = fields.every((f) => f.status === 'done');
  return {
    kind: options.kind,
    ok,
    profileId: profile.id,
    fields,
    committed: ok && steps.some((s) => s.kind === 'commit'),
    startedAt,
    totalMs: Math.round(ctx.clock.totalMs),
    ownMs: Math.round(ctx.clock.ownMs),
  };
}
