import { useState, type ReactNode } from 'react';
import { buildFillSteps, findField, holdsUnsaved, readField, readRecordState, runFill, verifyRecord, workLogRef, type UpdatePlan } from '@/lib/fill';
import { sendMessage } from '@/lib/messaging';
import { withRetry } from '@/lib/messaging/retry';
import type { FieldResult, FillResult, FillStep } from '@/lib/schema';
import { ticketLink } from '@/lib/sites/ticket-link';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { useSiteProfile } from '../SiteProfileContext';
import { FillFieldList, fieldLabel } from './FillFieldList';
import { fieldRows, rowsCaption } from './fill-rows';
import { FillGuidance, nextStep, useRecordState } from './FillGuidance';
import { deriveFillState } from './fill-state';
import { recordAgain, runFillOperation, type FillBackend } from './fill-runner';
import { unsavedFields } from './guidance';
import { useFillLock } from './useFillLock';
import { useReadBack } from './useReadBack';
import { useRefill } from './useRefill';
import { useFlowSnapshot, useFlowStore } from './useFlow';

const backend: FillBackend = {
  acquireFillLock: (data) => sendMessage('acquireFillLock', data),
  recordFillStart: (data) => sendMessage('recordFillStart', data),
  recordFillField: (data) => sendMessage('recordFillField', data),
  recordFill: (data) => sendMessage('recordFill', data),
};

/**
 * Fills NOSSA for the chosen outcome when the agent clicks, and proves NOSSA saved it: the page's
 * unsaved signs first, then a fresh load of the ticket read back (issue 11, items 1, 8, 9). Where
 * the update stands is derived from the audit trail (fill-state.ts), so a reload, a second tab or
 * a restarted worker show the same. No path leaves the buttons disabled.
 *
 * The action comes first (the button, with what stands in its way or what to press in NOSSA),
 * then one row per field in the tense of where it stands (fill-rows.ts). `children` is the
 * work-log editor, shown folded in the work log's row.
 */
export function FillSection({ plan, workLog, pageTicketId, children }: { plan: UpdatePlan; workLog: string; pageTicketId: string | null; children?: ReactNode }) {
  const { t } = useI18n();
  const profile = useSiteProfile();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const { settings } = useSettings();
  const [running, setRunning] = useState<'fill' | 'verify' | null>(null);
  const [progress, setProgress] = useState<FieldResult[]>([]);
  const [runningSteps, setRunningSteps] = useState<FillStep[] | null>(null);
  const [unrecorded, setUnrecorded] = useState<FillResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const session = view!.session;
  const sessionId = session.id;
  const autoSave = settings?.fill.autoSave ?? false;
  const ref = workLogRef(sessionId);
  // What is typed is what is logged: the text trimmed as markApplied stores it.
  const typed = workLog.trim();
  const steps: FillStep[] = buildFillSteps({ ...plan, values: plan.values.map((v) => (v.field === 'workLog' ? { ...v, value: typed } : v)) }, profile, { commit: autoSave, ref });
  const lock = useFillLock(session.ticketId, view!.events);
  const state = deriveFillState({ events: view!.events, lock, runningHere: running === 'fill' });
  const watching = !running && (state.kind === 'filled-not-saved' || state.kind === 'verify-failed' || state.kind === 'fill-failed');
  const recordState = useRecordState(watching);
  const guidance = nextStep(recordState);
  // A failed or unsaved earlier fill left values on NOSSA's screen whose server state nobody can
  // tell (a lost request shows the typed value all the same): fill again on a clean page.
  const fillIdBefore = 'fill' in state ? (state.fill?.fillId ?? null) : null;
  const refillFirst = !!fillIdBefore && holdsUnsaved(recordState);

  const record = async (result: FillResult): Promise<boolean> => {
    try {
      store.showView(await withRetry(() => sendMessage('recordFill', { sessionId, result })));
      setUnrecorded(null);
      return true;
    } catch {
      setUnrecorded(result);
      return false;
    }
  };
  const markApplied = (text: string) => store.send({ type: 'markApplied', workLog: text, by: 'fill' });

  useReadBack({ view: view!, pageTicketId, profile, record, markApplied, fallbackWorkLog: typed });
  useRefill({ view: view!, pageTicketId, profile, fill: () => doFill(steps, true) });

  /** Record-state check; ok -> reload the ticket so a fresh page shows only what NOSSA saved. */
  const doVerify = async (fillSteps: FillStep[], fillId: string | undefined) => {
    setRunning('verify');
    setProblem(null);
    try {
      const result = verifyRecord(document, profile, fillSteps, { fillId });
      if (!(await record(result)) || !result.ok || !fillId) return;
      store.showView(await withRetry(() => sendMessage('recordFillReload', { sessionId, fillId })));
      location.assign(ticketLink(profile, session.ticketId, location.origin));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(null);
    }
  };

  const doFill = async (fillSteps: FillStep[], afterReload = false) => {
    setRunning('fill');
    setRunningSteps(fillSteps);
    setProgress([]);
    setProblem(null);
    try {
      if (!afterReload && fillIdBefore && holdsUnsaved(readRecordState(document, profile))) {
        // Reloading drops NOSSA's unsaved values; the fill runs by itself on the fresh page.
        store.showView(await withRetry(() => sendMessage('recordFillReload', { sessionId, fillId: fillIdBefore, purpose: 'refill' })));
        location.assign(ticketLink(profile, session.ticketId, location.origin));
        return;
      }
      const outcome = await runFillOperation({ ticketId: session.ticketId, sessionId, profileId: profile.id, ref, commit: autoSave, steps: fillSteps }, backend, (s, options) =>
        runFill(document, profile, s, { ...options, ref, onProgress: setProgress }),
      );
      if (outcome.kind === 'locked') setProblem(t('fill.locked', { time: formatLocal(outcome.holder.since, undefined, 'HH:mm'), agent: outcome.holder.agentName }));
      if (outcome.kind === 'not-started') setProblem(t('fill.notStarted'));
      if (outcome.kind === 'unrecorded') setUnrecorded(outcome.result);
      if (outcome.kind === 'recorded') {
        store.showView(outcome.view);
        if (outcome.result.ok && outcome.result.committed) {
          setRunning(null);
          await doVerify(fillSteps, outcome.result.fillId);
        }
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(null);
    }
  };

  const retryRecord = async () => {
    if (!unrecorded) return;
    try {
      store.showView(await recordAgain(backend, sessionId, unrecorded));
      setUnrecorded(null);
    } catch {
      // still not recorded: the notice stays, with the result kept in memory
    }
  };

  const fill = 'fill' in state ? state.fill : null;
  const lastVerify = fill?.verifies.at(-1) ?? null;
  // The trail shows no end, but a run whose result this tab holds (not yet recorded) did end here:
  // the tab was not reloaded, so that is not said. Continuing stays offered (it is idempotent).
  const interrupted = state.kind === 'interrupted' && !running;
  const saysInterrupted = interrupted && !unrecorded;
  const disabled = busy || running != null || state.kind === 'running-elsewhere';
  // One list from the plan to the read-back: this panel's run as it lands, another tab's as it is recorded.
  const live = running === 'fill' ? progress : state.kind === 'running-elsewhere' ? (fill?.fields ?? []) : null;
  const shownSteps = running === 'fill' ? (runningSteps ?? steps) : state.kind === 'running-elsewhere' && fill?.started ? fill.started.steps : steps;
  const rows = fieldRows(shownSteps, state, live);
  const before = state.kind === 'idle' && !running;
  const nowOnPage = (field: string) => {
    const el = findField(document, profile, field);
    return el ? (readField(el) ?? '') : null;
  };

  return (
    <section className="fill" aria-label={t('outcome.region')} data-testid="fill-section" data-state={state.kind}>
      <div className="fill-top">
        {running && (
          <p className="hint strong" role="status">
            {t(running === 'fill' ? 'fill.running' : 'fill.checking')}
          </p>
        )}
        {state.kind === 'running-elsewhere' && (
          <p className="alert" role="status" data-testid="fill-locked">
            {t('fill.locked', { time: formatLocal(state.holder.since, undefined, 'HH:mm'), agent: state.holder.agentName })}
          </p>
        )}
        {saysInterrupted && (
          <p className="alert" role="alert" data-testid="fill-interrupted">
            {t('fill.interrupted')}
          </p>
        )}
        {fill?.result && !running && (
          <p className={fill.result.ok ? 'hint' : 'alert'} role={fill.result.ok ? 'status' : 'alert'} data-testid="fill-summary">
            {fill.result.ok ? t(fill.result.committed ? 'fill.result.committed' : 'fill.result.ok', { seconds: (fill.result.totalMs / 1000).toFixed(1) }) : t('fill.result.failed')}
          </p>
        )}
        {watching && <FillGuidance guidance={guidance} />}
        {state.kind === 'awaiting-read-back' && !running && (
          <p className="hint" role="status" data-testid="fill-reading-back">
            {t('fill.readingBack')}
          </p>
        )}
        {state.kind === 'verified' && (
          <p className="hint" role="status" data-testid="fill-verified">
            {t('fill.verified')}
          </p>
        )}
        {state.kind === 'verify-failed' && !running && (
          <p className="alert" role="alert" data-testid="verify-failed" data-phase={state.verify.phase ?? ''}>
            {state.verify.phase === 'readBack'
              ? t('outcome.readBackFailed')
              : t('fill.verifyFailed', {
                  fields:
                    unsavedFields(state.verify)
                      .map((f) => fieldLabel(t, f))
                      .join(', ') || '—',
                })}
          </p>
        )}
        {unrecorded && (
          <div className="alert" role="alert" data-testid="fill-unrecorded">
            <p>{t('fill.unrecorded')}</p>
            <button type="button" onClick={() => void retryRecord()} data-testid="fill-record-again">
              {t('fill.recordAgain')}
            </button>
          </div>
        )}
        {problem && (
          <p className="alert" role="alert" data-testid="fill-problem">
            {problem}
          </p>
        )}
        <div className="actions">
          {/* After a fill that took, checking what NOSSA saved is the way forward: it comes first. */}
          {fill?.result?.ok && state.kind !== 'verified' && (
            <button
              type="button"
              className="primary"
              disabled={disabled}
              onClick={() => void doVerify(fill.started?.steps ?? steps, fill.fillId ?? undefined)}
              data-testid="fill-verify"
              data-again={lastVerify && !lastVerify.ok ? 'true' : 'false'}
            >
              {lastVerify && !lastVerify.ok ? t('fill.checkAgain') : t('fill.verify')}
            </button>
          )}
          {interrupted && fill?.started ? (
            <button type="button" className="primary" disabled={disabled} onClick={() => void doFill(fill.started!.steps)} data-testid="fill-continue">
              {t('fill.continue')}
            </button>
          ) : (
            <button
              type="button"
              className={fill?.result?.ok ? '' : 'primary'}
              disabled={disabled}
              onClick={() => void doFill(steps)}
              data-testid="fill-run"
              data-refill={refillFirst ? 'true' : 'false'}
              aria-describedby={refillFirst ? 'pandu-refill-hint' : undefined}
            >
              {/* While it runs, it is the fill under way (disabled), not yet a fill "again". */}
              {fill && running !== 'fill' ? t(refillFirst ? 'fill.retryClean' : 'fill.retry') : t('fill.button')}
            </button>
          )}
        </div>
        {refillFirst && !running && (
          <p className="hint" id="pandu-refill-hint" data-testid="fill-refill-hint">
            {t('fill.refillHint')}
          </p>
        )}
      </div>
      <FillFieldList
        rows={rows}
        caption={rowsCaption(state.kind, running === 'fill')}
        testId="fill-fields"
        plan={plan}
        nowOf={before ? nowOnPage : undefined}
        workLogEditor={children}
        workLogOpen={!typed}
      />
    </section>
  );
}
