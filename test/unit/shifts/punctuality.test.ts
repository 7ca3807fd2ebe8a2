import { describe, expect, it } from 'vitest';
import { badgeState, badgeText, punctuality } from '@/lib/shifts';

const START = '2026-11-27T00:00:00.000Z';
const plus = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();
const when = (minutes: number) => new Date(plus(minutes));
const record = (completedAt: string | null, graceMinutes: number | null = 15) => ({ startsAt: START, graceMinutes, completedAt });

describe('late completion of the checklist', () => {
  it.each([
    [-20, 'on-time', -20],
    [0, 'on-time', 0],
    [15, 'on-time', 15],
    [16, 'late', 16],
    [95, 'late', 95],
  ])('completed %i minutes after the start is %s', (minutes, state, after) => {
    expect(punctuality(record(plus(minutes)), when(500))).toEqual({ state, minutesAfterStart: after, graceMinutes: 15 });
  });

  it('is open while the grace period runs, then overdue until it is completed', () => {
    expect(punctuality(record(null), when(15))).toMatchObject({ state: 'open', minutesAfterStart: 15 });
    expect(punctuality(record(null), when(15).getTime() + 1)).toMatchObject({ state: 'overdue' });
  });

  it('follows the grace period kept with the record, also zero', () => {
    expect(punctuality(record(plus(1), 0), when(2)).state).toBe('late');
    expect(punctuality(record(plus(0), 0), when(2)).state).toBe('on-time');
  });

  it('cannot tell for a record from before shift times were kept', () => {
    expect(punctuality({ startsAt: null, graceMinutes: null, completedAt: plus(3) }, when(5))).toEqual({ state: 'unknown', minutesAfterStart: null, graceMinutes: null });
  });
});

describe('the toolbar badge', () => {
  const slot = { id: 'pagi', name: 'Pagi', date: '2026-11-27', startsAt: START, endsAt: plus(480) };
  it.each([
    [{ hasAgent: true, slot, record: null }, 'todo', '1.1'],
    [{ hasAgent: true, slot, record: { completedAt: null } }, 'todo', '1.1'],
    [{ hasAgent: true, slot, record: { completedAt: plus(5) } }, 'done', ''],
    [{ hasAgent: false, slot, record: null }, 'no-agent', '1.1'],
    [{ hasAgent: true, slot: null, record: null }, 'no-shift', ''],
  ] as const)('%o -> %s', (input, state, text) => {
    expect(badgeState(input)).toBe(state);
    expect(badgeText(badgeState(input))).toBe(text);
  });
});
