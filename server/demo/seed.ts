import type pg from 'pg';
import type { Account, IngestItem } from '../../lib/team';
import { storeBatch } from '../ingest/store';
import { FLOWS, shiftChecklist, workTicket } from './work';

/**
 * A few days of an agent's work, sent through the same path an agent's browser uses
 * (storeBatch): morning-shift checklists (one late, one left incomplete), tickets with every
 * outcome, fills that worked and one that failed, and a ticket still open today.
 */
const FLOW_ROTATION = ['approved', 'unreachable', 'approved', 'declined', 'unreachable', 'approved'] as const;
const CUSTOMERS = ['Bapak Hendra Gunawan', 'Ibu Siti Nurhaliza', 'Bapak Ujang Sobari', 'Ibu Euis Komalasari', 'Bapak Dedi Mulyadi', 'Ibu Yanti Rahayu'];
const HOUR = 3_600_000;

export async function seedAgentWork(pool: pg.Pool, agent: Account, options: { days: number; ticketBase: number; now?: Date }): Promise<number> {
  const nossa = agent.nossaUserId!;
  const caller = { ...agent, tokenId: 'demo-seed' };
  const today = new Date(options.now ?? Date.now());
  today.setUTCHours(0, 0, 0, 0); // 07:00 WIB: the morning shift starts
  const items: IngestItem[] = [];
  let ticket = options.ticketBase;
  for (let day = options.days - 1; day >= 0; day--) {
    const shiftStart = new Date(today.getTime() - day * 24 * HOUR);
    const shiftDate = new Date(shiftStart.getTime() + 7 * HOUR).toISOString().slice(0, 10);
    const lateBy = day === 1 ? 40 : 0;
    const shift = shiftChecklist({
      id: crypto.randomUUID(),
      agentId: nossa,
      shiftDate,
      startsAt: new Date(shiftStart.getTime() + lateBy * 60_000).toISOString(),
      ticked: day === 2 ? 4 : 6,
    });
    items.push({ kind: 'shift', record: { ...shift, startsAt: shiftStart.toISOString(), endsAt: new Date(shiftStart.getTime() + 8 * HOUR).toISOString() } });
    const tickets = day === 0 ? 3 : 5;
    for (let t = 0; t < tickets; t++) {
      const startedAt = new Date(shiftStart.getTime() + (0.5 + t * 1.3) * HOUR);
      if (startedAt.getTime() > Date.now()) break;
      const flow = day === 0 && t === tickets - 1 ? 'open' : FLOW_ROTATION[(ticket + t) % FLOW_ROTATION.length]!;
      const until = new Date(startedAt.getTime() + 26 * HOUR).toISOString();
      const worked = workTicket({
        agentId: nossa,
        ticketId: `IN${ticket++}`,
        startedAt: startedAt.toISOString(),
        steps: flow === 'open' ? FLOWS.open() : flow === 'declined' ? FLOWS.declined() : FLOWS[flow](until),
        minutesApart: 2 + (t % 3),
        fill: flow === 'unreachable' ? { ok: !(day === 1 && t === 1) } : null,
        customerName: CUSTOMERS[(ticket + t) % CUSTOMERS.length],
      });
      items.push(...worked.versions.map((record) => ({ kind: 'session' as const, record })), ...worked.events.map((record) => ({ kind: 'event' as const, record })));
    }
  }
  for (let from = 0; from < items.length; from += 200) {
    const { quarantined } = await storeBatch(pool, caller, items.slice(from, from + 200));
    // The demo's records are made by the extension's own builders: a refusal here is a bug to see.
    if (quarantined.length) throw new Error(`demo records refused: ${JSON.stringify(quarantined.slice(0, 3))}`);
  }
  return items.length;
}
