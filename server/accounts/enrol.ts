import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EnrolResponse } from '../../lib/team';
import { hashSecret, newToken } from '../auth';
import { inTransaction } from '../db/transaction';
import { ApiFailure } from '../errors';
import { accountById } from './rows';

interface CodeRow {
  account_id: string;
  used_at: Date | null;
  expires_at: Date;
  disabled: boolean;
}

/**
 * Trades a one-time code for a token, once: the code is marked used and the token stored (as a
 * hash, with the device's name) in one transaction, the row locked so two browsers racing with
 * the same code cannot both win. The token itself is returned here and never again.
 */
export async function enrol(pool: pg.Pool, code: string, device: string): Promise<EnrolResponse> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<CodeRow>(
      `select c.account_id::text as account_id, c.used_at, c.expires_at, a.disabled_at is not null as disabled
         from enrol_codes c join accounts a on a.id = c.account_id where c.code_hash = $1 for update of c`,
      [hashSecret(code)],
    );
    const row = rows[0];
    if (!row || row.disabled) throw new ApiFailure(401, 'enrol.code-invalid', 'this enrolment code is not known');
    if (row.used_at) throw new ApiFailure(409, 'enrol.code-used', 'this enrolment code was already used; ask your team lead for a new one');
    if (row.expires_at.getTime() <= Date.now()) throw new ApiFailure(410, 'enrol.code-expired', 'this enrolment code has expired; ask your team lead for a new one');
    await client.query('update enrol_codes set used_at = now() where code_hash = $1', [hashSecret(code)]);
    const token = newToken();
    const tokenId = randomUUID();
    await client.query('insert into tokens (id, account_id, token_hash, device) values ($1, $2, $3, $4)', [tokenId, row.account_id, hashSecret(token), device]);
    const account = await accountById(client, row.account_id);
    if (!account) throw new ApiFailure(401, 'enrol.code-invalid', 'this enrolment code is not known');
    return { token, tokenId, account };
  });
}
