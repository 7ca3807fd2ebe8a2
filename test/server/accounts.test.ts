import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountCreatedSchema, accountListSchema, accountSchema, ENROL_CODE_PATTERN, enrolCodeIssuedSchema, enrolResponseSchema, teamListSchema } from '../../lib/team';
import { appFor } from './app';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, enrolled, type Enrolled } from './fixtures';

describe('accounts, roles and enrolment', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let admin: Enrolled;
  let lead: Enrolled;
  let otherLead: Enrolled;
  const post = (url: string, auth: Record<string, string>, payload?: object) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) });
  const get = (url: string, auth: Record<string, string>) => app.inject({ url: `/api/v1${url}`, headers: auth });
  const errorOf = (response: { statusCode: number; json: () => { error: { code: string } } }) => [response.statusCode, response.json().error.code];

  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    await addTeam(db.pool, 'occ-dps', 'OCC Denpasar');
    admin = await enrolled(db.pool, { role: 'admin', name: 'Admin Pusat' });
    lead = await enrolled(db.pool, { role: 'lead', name: 'Rina Marlina' });
    otherLead = await enrolled(db.pool, { role: 'lead', name: 'I Gusti Ngurah Rai', teamId: 'occ-dps' });
    app = await appFor(db, { enrolPerMinute: 1000 });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('GET /me answers the caller', async () => {
    expect(accountSchema.parse((await get('/me', lead.auth)).json())).toEqual(lead.account);
  });

  it('a lead adds an agent to its own team; the agent enrols once with the code and gets a working token', async () => {
    const created = await post('/accounts', lead.auth, { role: 'agent', name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG' });
    expect(created.statusCode).toBe(201);
    const { account, enrolment } = accountCreatedSchema.parse(created.json());
    expect(account).toMatchObject({ role: 'agent', nossaUserId: '930101', area: 'BDG', team: { id: 'occ-bdg', name: 'OCC Bandung' } });
    expect(enrolment.code).toMatch(ENROL_CODE_PATTERN);
    const enrol = await post('/enrol', {}, { code: enrolment.code.toLowerCase(), device: 'Chrome di PC-OCC-12' });
    const { token, account: enrolledAs } = enrolResponseSchema.parse(enrol.json());
    expect(enrolledAs).toEqual(account);
    expect((await get('/me', { authorization: `Bearer ${token}` })).json()).toEqual(account);
    const list = accountListSchema.parse((await get('/accounts', lead.auth)).json());
    expect(list.accounts.find((a) => a.id === account.id)?.tokens).toEqual([expect.objectContaining({ device: 'Chrome di PC-OCC-12', revokedAt: null })]);
    // The token is stored only as a hash.
    const stored = await db.pool.query('select count(*)::int as n from tokens where token_hash = $1', [token]);
    expect(stored.rows[0].n).toBe(0);

    expect(errorOf(await post('/enrol', {}, { code: enrolment.code }))).toEqual([409, 'enrol.code-used']);
  });

  it('refuses an unknown, malformed or expired code with its own error, and a lapsed code after a new one', async () => {
    expect(errorOf(await post('/enrol', {}, { code: 'AAAA-BBBB' }))).toEqual([401, 'enrol.code-invalid']);
    expect(errorOf(await post('/enrol', {}, { code: "'; drop table tokens; --" }))).toEqual([401, 'enrol.code-invalid']);
    const { account, enrolment } = accountCreatedSchema.parse((await post('/accounts', lead.auth, { role: 'agent', name: 'Budi Santoso', nossaUserId: '930102' })).json());
    await db.pool.query(`update enrol_codes set expires_at = now() - interval '1 second' where account_id = $1`, [account.id]);
    expect(errorOf(await post('/enrol', {}, { code: enrolment.code }))).toEqual([410, 'enrol.code-expired']);
    const first = enrolCodeIssuedSchema.parse((await post(`/accounts/${account.id}/codes`, lead.auth)).json());
    const second = enrolCodeIssuedSchema.parse((await post(`/accounts/${account.id}/codes`, lead.auth)).json());
    expect(errorOf(await post('/enrol', {}, { code: first.code }))).toEqual([410, 'enrol.code-expired']);
    expect((await post('/enrol', {}, { code: second.code })).statusCode).toBe(200);
  });

  it('keeps a lead inside its own team and to agents only', async () => {
    expect(errorOf(await get('/accounts?team=occ-dps', lead.auth))).toEqual([403, 'forbidden.team']);
    const list = accountListSchema.parse((await get('/accounts', lead.auth)).json());
    expect(list.accounts.every((a) => a.team?.id === 'occ-bdg')).toBe(true);
    expect(errorOf(await post('/accounts', lead.auth, { role: 'agent', name: 'Ketut', nossaUserId: '960404', teamId: 'occ-dps' }))).toEqual([403, 'forbidden.team']);
    expect(errorOf(await post('/accounts', lead.auth, { role: 'lead', name: 'Lead Baru' }))).toEqual([403, 'forbidden.role']);
    const { account } = accountCreatedSchema.parse((await post('/accounts', otherLead.auth, { role: 'agent', name: 'Ketut Sudiarta', nossaUserId: '960404' })).json());
    expect(account.team?.id).toBe('occ-dps');
    expect(errorOf(await post(`/accounts/${account.id}/codes`, lead.auth))).toEqual([403, 'forbidden.team']);
    const agent = await enrolled(db.pool, { role: 'agent', nossaUserId: '960405', teamId: 'occ-dps' });
    expect(errorOf(await post(`/tokens/${agent.tokenId}/revoke`, lead.auth))).toEqual([403, 'forbidden.team']);
    expect(errorOf(await get('/accounts', agent.auth))).toEqual([403, 'forbidden.role']);
    expect(errorOf(await post('/teams', lead.auth, { id: 'x', name: 'X' }))).toEqual([403, 'forbidden.role']);
    expect(teamListSchema.parse((await get('/teams', lead.auth)).json()).teams).toEqual([{ id: 'occ-bdg', name: 'OCC Bandung' }]);
  });

  it('an admin creates teams and leads, sees everyone, and duplicates are refused clearly', async () => {
    expect((await post('/teams', admin.auth, { id: 'OCC-MKS', name: 'OCC Makassar' })).json()).toEqual({ id: 'occ-mks', name: 'OCC Makassar' });
    expect(errorOf(await post('/teams', admin.auth, { id: 'occ-mks', name: 'lagi' }))).toEqual([409, 'conflict']);
    const created = accountCreatedSchema.parse((await post('/accounts', admin.auth, { role: 'lead', name: 'Andi Lead', teamId: 'occ-mks' })).json());
    expect(created.account.team).toEqual({ id: 'occ-mks', name: 'OCC Makassar' });
    expect(errorOf(await post('/accounts', admin.auth, { role: 'agent', name: 'Dup', nossaUserId: '930101', teamId: 'occ-mks' }))).toEqual([409, 'conflict']);
    expect(errorOf(await post('/accounts', admin.auth, { role: 'agent', name: 'No team', nossaUserId: '970101', teamId: 'nope' }))).toEqual([404, 'not.found']);
    expect(errorOf(await post('/accounts', admin.auth, { role: 'agent', name: 'No id', teamId: 'occ-mks' }))).toEqual([400, 'request.invalid']);
    const everyone = accountListSchema.parse((await get('/accounts', admin.auth)).json());
    expect(new Set(everyone.accounts.map((a) => a.team?.id ?? null))).toEqual(new Set([null, 'occ-bdg', 'occ-dps', 'occ-mks']));
    expect(teamListSchema.parse((await get('/teams', admin.auth)).json()).teams.map((t) => t.id)).toEqual(['occ-bdg', 'occ-dps', 'occ-mks']);
  });

  it('an agent may revoke its own token; the token is refused afterwards', async () => {
    const agent = await enrolled(db.pool, { role: 'agent', nossaUserId: '930199' });
    expect((await post(`/tokens/${agent.tokenId}/revoke`, agent.auth)).json()).toEqual({ ok: true });
    expect(errorOf(await get('/me', agent.auth))).toEqual([401, 'auth.revoked']);
  });

  it('limits enrolment attempts per address', async () => {
    const guarded = await appFor(db, { enrolPerMinute: 3 });
    try {
      const tries = [];
      for (let i = 0; i < 4; i++) tries.push((await guarded.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: 'ZZZZ-ZZZZ' } })).json().error.code);
      expect(tries).toEqual(['enrol.code-invalid', 'enrol.code-invalid', 'enrol.code-invalid', 'rate.limited']);
    } finally {
      await guarded.close();
    }
  });
});
