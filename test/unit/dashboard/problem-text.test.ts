import { describe, expect, it } from 'vitest';
import { problemText } from '@/entrypoints/dashboard/import/problem-text';
import { eventDetail, eventTitle } from '@/entrypoints/dashboard/logs/event-text';
import { translator } from '@/lib/i18n';
import type { ImportFileOutcome } from '@/entrypoints/dashboard/worker/protocol';
import type { PanduEvent } from '@/lib/schema';
import { fieldResult, fillRun, makeEvent, makeSession } from '../export/factory';

type Problem = Extract<ImportFileOutcome, { ok: false }>['problem'];

const PROBLEMS: Problem[] = [
  { code: 'too-large', bytes: 200 * 1024 * 1024, maxBytes: 128 * 1024 * 1024 },
  { code: 'empty' },
  { code: 'not-json', truncated: true, line: 1, column: 501 },
  { code: 'not-json', truncated: false, line: 12, column: 7 },
  { code: 'wrong-kind', kind: 'csv' },
  { code: 'not-pandu' },
  { code: 'version-newer', version: 2 },
  { code: 'version-unknown', version: '0' },
  { code: 'too-many-records', count: 2_000_000, max: 1_000_000 },
  { code: 'record-too-large', path: 'events[4]', chars: 3 * 1024 * 1024, max: 1024 * 1024 },
  { code: 'invalid', issues: [{ path: 'sessions[3].ticketId', message: 'Invalid string' }], total: 4 },
  { code: 'duplicate-id', path: 'events[7].id', id: 'abc' },
  { code: 'unknown-agent', path: 'sessions[1].agentId', agentId: '999999' },
  { code: 'orphan-event', path: 'events[0].sessionId', sessionId: 'def' },
  { code: 'id-conflict', path: 'sessions[0].id', id: 'ghi' },
  { code: 'failed', detail: 'QuotaExceededError: disk full' },
];

describe("why a file was refused, in the lead's words", () => {
  for (const language of ['id', 'en'] as const) {
    it(`names every problem in ${language}, with the record it is about and no placeholder left over`, () => {
      const t = translator(language);
      for (const problem of PROBLEMS) {
        const text = problemText(problem, t);
        expect(text, problem.code).not.toMatch(/\{\w+\}/);
        if ('path' in problem) expect(text).toContain(problem.path);
        if (problem.code === 'invalid') expect(text).toContain('sessions[3].ticketId');
      }
      expect(problemText(PROBLEMS[0]!, t)).toContain('200.0');
      const newer = PROBLEMS.find((p) => p.code === 'version-newer')!;
      expect(problemText(newer, t)).toContain('2');
    });
  }
});

describe('audit trail lines in the session view', () => {
  const t = translator('id');
  const session = makeSession(1);

  it("says what happened in words for the flow's own events", () => {
    const attempt = makeEvent(session, 2, 'call.attempt', { step: '1.2.2', number: 1, at: session.startedAt, result: 'no-answer', note: 'sms terkirim', failedSoFar: 1 });
    expect(eventTitle(attempt, t)).toBe('Panggilan ke pelanggan');
    expect(eventDetail(attempt, t)).toBe('#1 · Tidak diangkat · sms terkirim');
    const fill = makeEvent(session, 3, 'fill.result', { ...fillRun('fill', false, [fieldResult('pendingReason', 'menu-item-missing'), fieldResult('status')]) });
    expect(eventDetail(fill, t)).toBe('Gagal: pendingReason: menu-item-missing');
  });

  it('shows an event of a newer Pandu by its code and its payload', () => {
    const other = { ...makeEvent(session, 4, 'flow.back', { from: 'call' }), type: 'followup.snoozed', payload: { minutes: 15, by: 'agent' } } as unknown as PanduEvent;
    expect(eventTitle(other, t)).toBe('followup.snoozed');
    expect(eventDetail(other, t)).toBe('minutes: 15; by: agent');
  });
});
