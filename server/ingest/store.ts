import type pg from 'pg';
import type { IngestItem, IngestResponse } from '../../lib/team';
import type { Caller } from '../auth';
import { inTransaction } from '../db/transaction';
import { ApiFailure } from '../errors';
import { checkItem, type CheckedRecord, type Refusal } from './check';
import type { Filing, StoreOutcome } from './outcome';
import { markTeamChanged } from './team-change';
import { writeEvents } from './write-events';
import { writeQuarantine } from './write-quarantine';
import { writeSessions } from './write-sessions';
import { writeShifts } from './write-shifts';

/**
 * Stores one agent's batch in ONE transaction: every item is either accepted (stored now, or
 * already stored: idempotent by record id, whatever the order of arrival) or quarantined with its
 * path and reason. If the database fails part-way nothing of the batch is kept and the caller
 * gets 503; sending the same batch again is always safe.
 */
export async function storeBatch(pool: pg.Pool, caller: Caller, items: IngestItem[]): Promise<IngestResponse> {
  if (caller.role !== 'agent' || !caller.nossaUserId || !caller.team) throw new ApiFailure(403, 'forbidden.role', 'only an agent token sends records');
  const filing: Filing = { agentId: caller.nossaUserId, teamId: caller.team.id, area: caller.area ?? '' };
  const checked: CheckedRecord[] = [];
  const refused: Refusal[] = [];
  for (const [index, item] of items.entries()) {
    const result = checkItem(item, index, filing.agentId);
    if (result.ok) checked.push(result.checked);
    else refused.push(result.refusal);
  }

  return inTransaction(pool, async (client) => {
    const ofKind = <K extends CheckedRecord['kind']>(kind: K) => checked.filter((item): item is CheckedRecord & { kind: K } => item.kind === kind);
    const outcomes: StoreOutcome[] = [
      ...(await writeSessions(client, ofKind('session'), filing)),
      ...(await writeShifts(client, ofKind('shift'), filing)),
      ...(await writeEvents(client, ofKind('event'), filing)),
    ];
    const accepted = outcomes.flatMap((outcome) => ('accepted' in outcome ? [outcome] : []));
    for (const outcome of outcomes) if ('refusal' in outcome) refused.push(outcome.refusal);
    await writeQuarantine(client, refused, caller.id, filing.teamId);
    const seq = await markTeamChanged(client, filing.teamId);
    return {
      accepted: accepted.sort((a, b) => a.index - b.index).map((outcome) => outcome.accepted),
      quarantined: refused.sort((a, b) => a.index - b.index).map(({ index, id, path, reason }) => ({ index, id, path, reason })),
      seq,
    };
  });
}
