import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsPatchSchema, settingsSchema, shiftSchema, shiftSettingsSchema } from '@/lib/schema';

const shifts = (definitions: Array<[string, string, string]>) => ({
  definitions: definitions.map(([name, start, end]) => ({ id: name.toLowerCase(), name, start, end })),
});
const issues = (value: unknown) => {
  const result = shiftSettingsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('shift settings', () => {
  it('default to Pagi 07-15, Siang 15-23, Malam 23-07, 15 minutes grace, opening 15 minutes early', () => {
    expect(defaultSettings().shifts).toEqual({
      definitions: [
        { id: 'pagi', name: 'Pagi', start: '07:00', end: '15:00' },
        { id: 'siang', name: 'Siang', start: '15:00', end: '23:00' },
        { id: 'malam', name: 'Malam', start: '23:00', end: '07:00' },
      ],
      graceMinutes: 15,
      opensMinutesBefore: 15,
    });
  });

  it('are filled in for settings stored before shifts existed', () => {
    expect(settingsSchema.parse({ v: 1, language: 'en' }).shifts.definitions).toHaveLength(3);
  });

  it('accept gaps, and shifts that touch at a boundary', () => {
    expect(
      issues(
        shifts([
          ['Pagi', '07:00', '15:00'],
          ['Siang', '15:00', '22:00'],
        ]),
      ),
    ).toEqual([]);
    expect(
      issues(
        shifts([
          ['Day', '08:00', '20:00'],
          ['Night', '20:00', '08:00'],
        ]),
      ),
    ).toEqual([]);
  });

  it('refuse overlapping shifts, also across midnight', () => {
    expect(
      issues(
        shifts([
          ['Pagi', '07:00', '15:00'],
          ['Siang', '14:00', '22:00'],
        ]),
      ),
    ).toEqual(['overlap']);
    expect(
      issues(
        shifts([
          ['Malam', '22:00', '07:00'],
          ['Subuh', '05:00', '09:00'],
        ]),
      ),
    ).toEqual(['overlap']);
    expect(
      issues(
        shifts([
          ['Full', '06:00', '06:00'],
          ['Extra', '10:00', '11:00'],
        ]),
      ),
    ).toEqual(['overlap']);
  });

  it('refuse duplicate names or ids, bad times, and out-of-range minutes', () => {
    expect(
      issues(
        shifts([
          ['Pagi', '07:00', '15:00'],
          ['pagi', '15:00', '23:00'],
        ]),
      ),
    ).toContain('duplicate-name');
    expect(issues(shifts([['Pagi', '7:00', '15:00']]))).toEqual(['HH:mm']);
    expect(issues(shifts([['Pagi', '07:00', '24:00']]))).toEqual(['HH:mm']);
    expect(issues({ definitions: [] })).toHaveLength(1);
    expect(shiftSettingsSchema.safeParse({ graceMinutes: -1 }).success).toBe(false);
    expect(shiftSettingsSchema.safeParse({ opensMinutesBefore: 121 }).success).toBe(false);
  });

  it('can be changed in one settings message, whole', () => {
    expect(settingsPatchSchema.safeParse({ shifts: { ...defaultSettings().shifts, graceMinutes: 30 } }).success).toBe(true);
    expect(
      settingsPatchSchema.safeParse({
        shifts: shifts([
          ['Pagi', '07:00', '15:00'],
          ['Siang', '14:00', '22:00'],
        ]),
      }).success,
    ).toBe(false);
  });

  it('keep reading a checklist stored before the popup added shift times', () => {
    const old = {
      v: 1,
      id: '5d7c8a9b-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
      agentId: '930101',
      shiftDate: '2026-11-20',
      shiftName: 'pagi',
      ticks: [{ step: '1.1.1', tickedAt: '2026-11-20T00:01:00.000Z', detected: false }],
      completedAt: null,
    };
    expect(shiftSchema.parse(old)).toMatchObject({ ...old, shiftLabel: null, startsAt: null, endsAt: null, graceMinutes: null, nossaUser: null, procedure: null });
  });
});
