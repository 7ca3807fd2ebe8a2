import type { Account } from '../../lib/team';
import type { AccountInput } from './store';
import type { Caller } from '../auth';
import { ApiFailure } from '../errors';

/**
 * Who may manage whom: an admin manages everyone; a lead manages the agents of its own team and
 * nothing else; an agent manages no one (it may still revoke its own tokens).
 */
export function assertManages(caller: Caller, account: Pick<Account, 'role' | 'team'>): void {
  if (caller.role === 'admin') return;
  if (caller.role !== 'lead') throw new ApiFailure(403, 'forbidden.role', 'only a lead or an admin manages accounts');
  if (!caller.team || account.team?.id !== caller.team.id) throw new ApiFailure(403, 'forbidden.team', 'a lead manages only the agents of its own team');
  if (account.role !== 'agent') throw new ApiFailure(403, 'forbidden.role', 'a lead manages only agents');
}

/** A new account as the caller may create it: a lead's new agents join the lead's own team. */
export function allowedNewAccount(caller: Caller, input: AccountInput): AccountInput {
  if (caller.role === 'admin') return input;
  if (caller.role !== 'lead' || !caller.team) throw new ApiFailure(403, 'forbidden.role', 'only a lead or an admin adds accounts');
  if (input.role !== 'agent') throw new ApiFailure(403, 'forbidden.role', 'a lead adds agents only; an admin adds leads and admins');
  if (input.teamId && input.teamId !== caller.team.id) throw new ApiFailure(403, 'forbidden.team', 'a lead adds agents to its own team only');
  return { ...input, teamId: caller.team.id };
}
