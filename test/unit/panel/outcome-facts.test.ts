import { describe, expect, it } from 'vitest';
import { outcomeWorkLog } from '@/components/panel/flow/outcome-facts';
import { allCatalogues } from '@/lib/i18n';
import { defaultSettings, type TicketSnapshot } from '@/lib/schema';
import { hoursFromNow, run, toCall } from '../procedure/helpers';

const agent = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG' as const, teamLead: 'Rina' };
const config = defaultSettings().procedure;
/** The Incident tab shows everything; the Log tab shows the id and summary only. */
const incidentTab: TicketSnapshot = {
  ticketId: 'IN110088251',
  summary: 'Internet mati',
  status: 'INPROG',
  customerName: 'SITI NURHALIZA',
  contactPhone: '6281234567890',
  serviceId: '131234567890',
};
const logTab: TicketSnapshot = { ticketId: 'IN110088251', summary: 'Internet mati' };

describe('what was written is what is logged, on every tab (issue 11, item 7)', () => {
  for (const [name, last] of [
    ['unreachable', { type: 'declareUnreachable' as const, until: hoursFromNow(5), ticket: incidentTab }],
    ['approved', { type: 'customerApproves' as const, until: hoursFromNow(5), ticket: incidentTab }],
    ['declined', { type: 'customerDeclines' as const, note: 'Minta segera', ticket: incidentTab }],
  ] as const) {
    it(`${name}: the work log is identical rendered on the Incident tab and on the Log tab`, () => {
      const reach =
        name === 'unreachable'
          ? [
              { type: 'logAttempt' as const, result: 'no-answer' as const },
              { type: 'logAttempt' as const, result: 'busy' as const },
            ]
          : [{ type: 'logAttempt' as const, result: 'connected' as const }];
      const { state } = run([...toCall, ...reach, last]);
      const onIncident = outcomeWorkLog({ flow: state, pageTicket: incidentTab, agent, config, timeZone: 'Asia/Jakarta' });
      const onLog = outcomeWorkLog({ flow: state, pageTicket: logTab, agent, config, timeZone: 'Asia/Jakarta' });
      expect(onLog).toBe(onIncident);
      if (name !== 'unreachable') expect(onIncident).toContain('SITI NURHALIZA');
      expect(onIncident).not.toMatch(/ - \(-\)|di -/);
    });
  }

  it('an outcome reached without facts (an older panel) still builds from the page', () => {
    const { state } = run([...toCall, { type: 'logAttempt', result: 'connected' }, { type: 'customerApproves', until: hoursFromNow(5) }]);
    expect(state.outcomeTicket).toBeNull();
    expect(outcomeWorkLog({ flow: state, pageTicket: incidentTab, agent, config })).toContain('SITI NURHALIZA');
  });
});

describe('no text tells the agent that OK saves (issue 11, item 3)', () => {
  it('in either language', () => {
    for (const text of [...Object.values(allCatalogues.id), ...Object.values(allCatalogues.en)]) {
      expect(text).not.toMatch(/OK untuk menyimpan|OK to save/i);
    }
  });
});
