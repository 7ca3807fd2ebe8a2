import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFillSteps, planUpdate, sameValue, verifySteps } from '@/lib/fill';
import { initialFlowState, type FlowState } from '@/lib/procedure';
import { procedureConfigSchema, siteProfileSchema } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';

const config = procedureConfigSchema.parse({});
const UNTIL = '2026-11-27T03:00:00.000Z'; // 10:00 WIB
const request = { requesterName: 'Asep', requesterGroup: 'ACCESS BDG', reasonCode: 'LOKASI-TUTUP', requestedUntil: null, note: '' };
const flow = (patch: Partial<FlowState>): FlowState => ({ ...initialFlowState(), request, step: 'outcome', ...patch });
const profile = siteProfileSchema.parse({ ...nossaProfile, behaviour: { ...nossaProfile.behaviour, timeZone: 'Asia/Jakarta' } });

describe('update plans for each outcome (PROCEDURE.md table)', () => {
  it('unreachable and approved pend with reason, until and work log', () => {
    for (const outcome of ['unreachable', 'approved'] as const) {
      const plan = planUpdate(flow({ outcome, pendingUntil: UNTIL }), 'catatan', config, 'id', 'Asia/Jakarta')!;
      expect(plan.pended).toBe(true);
      expect(plan.values).toEqual([
        { field: 'status', value: 'PENDING' },
        { field: 'pendingReason', value: 'LOKASI-TUTUP', display: 'LOKASI-TUTUP - Rumah / lokasi pelanggan tutup' },
        { field: 'pendingUntil', value: UNTIL, display: '27-11-2026 10:00 WIB' },
        { field: 'workLog', value: 'catatan' },
      ]);
    }
  });

  it('declined writes no pending: the owner group goes back to the requester, and a work log', () => {
    const plan = planUpdate(flow({ outcome: 'declined', answer: { kind: 'declined', note: '' } }), 'catatan', config)!;
    expect(plan).toEqual({ outcome: 'declined', pended: false, values: [{ field: 'ownerGroup', value: 'ACCESS BDG' }, { field: 'workLog', value: 'catatan' }] });
  });

  it('there is no plan without an outcome or for a cancelled flow', () => {
    expect(planUpdate(flow({ outcome: null }), 'x', config)).toBeNull();
    expect(planUpdate(flow({ outcome: 'cancelled' }), 'x', config)).toBeNull();
  });
});

describe('fill steps', () => {
  const pended = planUpdate(flow({ outcome: 'approved', pendingUntil: UNTIL }), 'Baris satu\nbaris dua', config)!;
  const declined = planUpdate(flow({ outcome: 'declined' }), 'Ditolak', config)!;

  it('pends in an order that works on Maximo: main tab, work log row, then Change Status', () => {
    expect(buildFillSteps(pended, profile, { commit: false })).toEqual([
      { kind: 'set', field: 'pendingReason', value: 'LOKASI-TUTUP' },
      { kind: 'set', field: 'pendingUntil', value: '27-11-2026 10:00' },
      { kind: 'set', field: 'workLogSummary', value: 'Pending LOKASI-TUTUP s/d 27-11-2026 10:00' },
      { kind: 'set', field: 'workLogDetails', value: 'Baris satu\nbaris dua' },
      { kind: 'set', field: 'workLogType', value: 'CLIENTNOTE' },
      { kind: 'set', field: 'newStatus', value: 'PENDING' },
      { kind: 'set', field: 'statusMemo', value: 'Pending LOKASI-TUTUP sampai 27-11-2026 10:00 (Pandu, IN.OCC.TENESA.W-02)' },
    ]);
  });

  it('presses OK or Save only with "fill and save"', () => {
    expect(buildFillSteps(pended, profile, { commit: true }).at(-1)).toEqual({ kind: 'commit', action: 'confirmChangeStatus' });
    expect(buildFillSteps(declined, profile, { commit: true }).at(-1)).toEqual({ kind: 'commit', action: 'save' });
    expect(buildFillSteps(declined, profile, { commit: false }).some((s) => s.kind === 'commit')).toBe(false);
  });

  it('forwards a declined ticket: owner group, then the work log', () => {
    expect(buildFillSteps(declined, profile, { commit: false }).map((s) => s.kind === 'set' && s.field)).toEqual(['ownerGroup', 'workLogSummary', 'workLogDetails', 'workLogType']);
  });

  it('writes the date in the profile’s format and zone, and the profile’s own defaults', () => {
    const american = siteProfileSchema.parse({ ...profile, behaviour: { ...profile.behaviour, dateFormat: 'M/d/yy h:mm a', timeZone: 'Asia/Makassar' }, writeDefaults: { pendingStatus: 'SLAHOLD', workLogType: 'WORK' } });
    const steps = buildFillSteps(pended, american, { commit: false });
    expect(steps).toContainEqual({ kind: 'set', field: 'pendingUntil', value: '11/27/26 11:00 AM' });
    expect(steps).toContainEqual({ kind: 'set', field: 'newStatus', value: 'SLAHOLD' });
    expect(steps).toContainEqual({ kind: 'set', field: 'workLogType', value: 'WORK' });
  });

  it('keeps the work-log summary and memo within NOSSA’s field lengths, whatever the reason code', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 60 }), (code) => {
      const plan = planUpdate(flow({ outcome: 'approved', pendingUntil: UNTIL, request: { ...request, reasonCode: code } }), 'x', config)!;
      const steps = buildFillSteps(plan, profile, { commit: false });
      const value = (field: string) => (steps.find((s) => s.kind === 'set' && s.field === field) as { value: string }).value;
      expect(value('workLogSummary').length).toBeLessThanOrEqual(100);
      expect(value('statusMemo').length).toBeLessThanOrEqual(250);
    }));
  });

  it('verifies what the ticket itself must hold afterwards', () => {
    expect(verifySteps(pended, profile)).toEqual([
      { kind: 'set', field: 'status', value: 'PENDING' },
      { kind: 'set', field: 'pendingReason', value: 'LOKASI-TUTUP' },
      { kind: 'set', field: 'pendingUntil', value: '27-11-2026 10:00' },
    ]);
    expect(verifySteps(declined, profile)).toEqual([{ kind: 'set', field: 'ownerGroup', value: 'ACCESS BDG' }]);
  });
});

describe('sameValue', () => {
  it('compares text exactly, after folding white space', () => {
    expect(sameValue('text', 'ACCESS  BDG', ' ACCESS BDG ')).toBe(true);
    expect(sameValue('text', 'ACCESS BDG', 'access bdg')).toBe(false);
    expect(sameValue('longText', 'a\nb', 'a b')).toBe(true);
    expect(sameValue('text', 'x', null)).toBe(false);
  });
  it('compares value lists without case', () => {
    expect(sameValue('valueList', 'lokasi-tutup', 'LOKASI-TUTUP')).toBe(true);
    expect(sameValue('valueList', 'LOKASI', 'LOKASI-TUTUP')).toBe(false);
  });
  it('compares date-times by instant, whatever padding NOSSA shows', () => {
    expect(sameValue('dateTime', '07-12-2026 09:05', '7-12-2026 9:05')).toBe(true);
    expect(sameValue('dateTime', '07-12-2026 09:05', '07-12-2026 09:06')).toBe(false);
    expect(sameValue('dateTime', '07-12-2026 09:05', 'besok')).toBe(false);
  });
});
