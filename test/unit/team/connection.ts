import type { PanduDb } from '@/lib/db';
import type { Account, Role, TeamConnection } from '@/lib/team';

/** A team server link as enrolment stores it, for tests: an agent by default. */
export const SERVER = 'https://team.example.test';
export const TOKEN = 'tok_'.padEnd(48, 'x');

export const account = (role: Role = 'agent'): Account => ({
  id: '0f0e0d0c-0b0a-4908-8706-050403020100',
  role,
  name: role === 'agent' ? 'Dewi Lestari' : 'Rina Marlina',
  nossaUserId: role === 'agent' ? '930101' : null,
  area: 'BDG',
  team: { id: 'occ-bdg', name: 'OCC Bandung' },
});

export const connection = (role: Role = 'agent', url = SERVER): TeamConnection => ({
  key: 'connection',
  url,
  token: TOKEN,
  tokenId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
  account: account(role),
  enrolledAt: '2026-11-26T01:00:00.000Z',
});

/** Enrolled, the history already queued (as enrolment leaves it). */
export async function enrol(db: PanduDb, role: Role = 'agent', url = SERVER): Promise<TeamConnection> {
  const row = { ...connection(role, url), historyQueuedAt: '2026-11-26T01:00:01.000Z' };
  await db.team.put(row);
  return row;
}
