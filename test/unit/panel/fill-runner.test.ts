import { describe, expect, it, vi } from 'vitest';
import { runFillOperation, type FillBackend, type RunOnPage } from '@/components/panel/flow/fill-runner';
import type { FlowView } from '@/lib/procedure';
import type { FieldResult, FillResult, FillStep } from '@/lib/schema';

const FILL = '11111111-1111-4111-8111-111111111111';
const steps: FillStep[] = [
  { kind: 'set', field: 'pendingReason', value: 'PLG-RESCHEDULE', group: 'main' },
  { kind: 'set', field: 'workLogDetails', value: 'teks', group: 'workLog' },
];
const request = {
  ticketId: 'IN110088251',
  sessionId: 's',
  profileId: 'nossa-maximo',
  ref: '[Pandu 1A2B3C]',
  commit: false,
  steps,
  newId: () => FILL,
  now: () => '2026-12-06T03:00:00.000Z',
  retry: { sleep: async () => undefined },
};
const view = {} as FlowView;
const done = (field: string): FieldResult => ({ field, expected: 'x', actual: 'x', status: 'done', reason: null, message: null, ms: 1 });
const okRun: RunOnPage = async (s, { onField }) => {
  for (const step of s) if (step.kind === 'set') await onField(done(step.field));
  return {
    kind: 'fill',
    ok: true,
    profileId: 'nossa-maximo',
    fields: s.map((x) => done(x.kind === 'set' ? x.field : x.action)),
    committed: false,
    startedAt: request.now(),
    totalMs: 1,
    ownMs: 1,
  };
};
const portClosed = () => new Error('The message port closed before a response was received.');

function backend(over: Partial<FillBackend> = {}) {
  const calls: string[] = [];
  const spy = <K extends keyof FillBackend>(name: K, answer: unknown) => vi.fn(async () => (calls.push(name), answer)) as unknown as FillBackend[K];
  const b: FillBackend = {
    acquireFillLock: spy('acquireFillLock', { ok: true }),
    recordFillStart: spy('recordFillStart', view),
    recordFillField: spy('recordFillField', view),
    recordFill: spy('recordFill', view),
    ...over,
  };
  return { b, calls };
}

describe('one fill operation', () => {
  it('locks, records the start before touching the page, each field as it lands, then the result with its fill id', async () => {
    const { b, calls } = backend();
    const page = vi.fn(async (s: FillStep[], o: Parameters<RunOnPage>[1]) => (calls.push('page'), okRun(s, o)));
    const outcome = await runFillOperation(request, b, page);
    expect(calls).toEqual(['acquireFillLock', 'recordFillStart', 'page', 'recordFillField', 'recordFillField', 'recordFill']);
    expect(outcome).toMatchObject({ kind: 'recorded', result: { ok: true, fillId: FILL } });
    expect(vi.mocked(b.recordFillStart).mock.calls[0]![0]).toMatchObject({ started: { fillId: FILL, steps, ref: '[Pandu 1A2B3C]' } });
  });

  it('does not touch the page when another tab holds the lock, or when the start cannot be recorded', async () => {
    const holder = { agentId: '930102', agentName: 'Rina', since: '2026-12-06T02:59:00.000Z' };
    const page = vi.fn(okRun);
    expect(await runFillOperation(request, backend({ acquireFillLock: async () => ({ ok: false, code: 'fill-locked', holder }) }).b, page)).toEqual({ kind: 'locked', holder });
    expect(
      (
        await runFillOperation(
          request,
          backend({
            recordFillStart: async () => {
              throw portClosed();
            },
          }).b,
          page,
        )
      ).kind,
    ).toBe('not-started');
    expect(page).not.toHaveBeenCalled();
  });

  it('rides out a worker restart on every message', async () => {
    const flaky = <T>(answer: T) => {
      let n = 0;
      return vi.fn(async () => {
        if (n++ < 2) throw portClosed();
        return answer;
      });
    };
    const b: FillBackend = { acquireFillLock: flaky({ ok: true as const }), recordFillStart: flaky(view), recordFillField: flaky(view), recordFill: flaky(view) };
    expect((await runFillOperation(request, b, okRun)).kind).toBe('recorded');
  });

  it('keeps a result it could not record (never stuck, never lost)', async () => {
    const outcome = await runFillOperation(
      request,
      backend({
        recordFill: async () => {
          throw portClosed();
        },
      }).b,
      okRun,
    );
    expect(outcome).toMatchObject({ kind: 'unrecorded', result: { ok: true, fillId: FILL } });
  });

  it('turns an engine that throws into a failed result: what landed stays, the rest is interrupted', async () => {
    const { b } = backend();
    const page: RunOnPage = async (_s, { onField }) => {
      await onField(done('pendingReason'));
      throw new Error('node gone');
    };
    const outcome = await runFillOperation(request, b, page);
    const result = (outcome as { result: FillResult }).result;
    expect(outcome.kind).toBe('recorded');
    expect(result.ok).toBe(false);
    expect(result.fields.map((f) => [f.field, f.status, f.reason])).toEqual([
      ['pendingReason', 'done', null],
      ['workLogDetails', 'failed', 'interrupted'],
    ]);
  });
});
