import { teamConnectionSchema, syncStateSchema, type SyncState, type TeamConnection } from '../team/connection';
import type { PanduDb } from './database';

/** This browser's team server link, or null when none is configured (nothing is sent anywhere then). */
export async function readTeamConnection(db: PanduDb): Promise<TeamConnection | null> {
  const row = await db.team.get('connection');
  const parsed = teamConnectionSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function readSyncState(db: PanduDb): Promise<SyncState | null> {
  const row = await db.team.get('state');
  const parsed = syncStateSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Records waiting for the server's acknowledgement. */
export const outboxSize = (db: PanduDb): Promise<number> => db.outbox.count();
