import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROL_CODE_PATTERN } from '../../lib/team';
import { enrol } from '../../server/accounts/enrol';
import { cliMain } from '../../server/cli';
import { freshDatabase, type TestDatabase } from './database';

describe('npm run team -- <command>', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await cliMain(
      argv,
      { DATABASE_URL: db.url, PUBLIC_URL: 'https://pandu.example.co.id' },
      (line) => out.push(line),
      (line) => err.push(line),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const codeIn = (text: string) => /code: ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(text)?.[1] ?? '';

  it('runs as a program (tsx server/cli.ts) on a database it migrates itself', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/cli.ts', 'add-team', 'occ-bdg', 'OCC', 'Bandung'], { env: { ...process.env, DATABASE_URL: db.url } });
    expect(stdout).toContain('team occ-bdg: OCC Bandung');
    const { rows } = await db.pool.query('select id, name from teams');
    expect(rows).toEqual([{ id: 'occ-bdg', name: 'OCC Bandung' }]);
  });

  it('adds an admin, a lead and an agent, each with a one-time code and the enrol instruction', async () => {
    const admin = await run('add-admin', '--name', 'Admin Pusat');
    expect(admin.code).toBe(0);
    expect(codeIn(admin.out)).toMatch(ENROL_CODE_PATTERN);
    const lead = await run('add-lead', '--team', 'occ-bdg', '--name', 'Rina Marlina', '--area', 'BDG');
    expect(lead.code).toBe(0);
    const agent = await run('add-agent', '--team', 'occ-bdg', '--name', 'Dewi Lestari', '--nossa-user', '930101', '--area', 'BDG');
    expect(agent.out).toContain('https://pandu.example.co.id');
    expect(agent.out).toContain('NOSSA 930101');
    const enrolled = await enrol(db.pool, codeIn(agent.out), 'Chrome');
    expect(enrolled.account).toMatchObject({ role: 'agent', name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG', team: { id: 'occ-bdg', name: 'OCC Bandung' } });
    const { rows } = await db.pool.query('select role, name, nossa_user_id, team_id from accounts order by role');
    expect(rows).toEqual([
      { role: 'admin', name: 'Admin Pusat', nossa_user_id: null, team_id: null },
      { role: 'agent', name: 'Dewi Lestari', nossa_user_id: '930101', team_id: 'occ-bdg' },
      { role: 'lead', name: 'Rina Marlina', nossa_user_id: null, team_id: 'occ-bdg' },
    ]);

    const list = await run('list');
    expect(list.out).toContain(`token ${enrolled.tokenId} "Chrome"`);
    const fresh = await run('code', '930101');
    expect(codeIn(fresh.out)).toMatch(ENROL_CODE_PATTERN);
    expect((await run('revoke', enrolled.tokenId)).out).toContain('revoked');
    expect((await run('list')).out).toContain('REVOKED');
    const second = await enrol(db.pool, codeIn(fresh.out), 'Firefox');
    expect((await run('revoke-all', '930101')).out).toContain('1 token(s)');
    const { rows: live } = await db.pool.query('select count(*)::int as n from tokens where revoked_at is null and id = $1', [second.tokenId]);
    expect(live[0].n).toBe(0);
  });

  it('refuses clearly with exit code 1: unknown team, duplicate NOSSA user id, missing flag, unknown command', async () => {
    const unknownTeam = await run('add-agent', '--team', 'occ-xyz', '--name', 'Budi', '--nossa-user', '930102');
    expect(unknownTeam).toMatchObject({ code: 1, err: expect.stringContaining('team "occ-xyz" not found') as string });
    const duplicate = await run('add-agent', '--team', 'occ-bdg', '--name', 'Dewi Lagi', '--nossa-user', '930101');
    expect(duplicate).toMatchObject({ code: 1, err: expect.stringContaining('930101') as string });
    expect(await run('add-agent', '--team', 'occ-bdg', '--name', 'Tanpa NOSSA')).toMatchObject({ code: 1, err: expect.stringContaining('--nossa-user') as string });
    expect(await run('add-lead', '--team', 'occ-bdg', '--name', 'X', '--area', 'XYZ')).toMatchObject({ code: 1, err: expect.stringContaining('--area') as string });
    expect(await run('add-team', 'OCC BDG!', 'Nama')).toMatchObject({ code: 1, err: expect.stringContaining('team id') as string });
    expect(await run('code', 'nobody')).toMatchObject({ code: 1, err: expect.stringContaining('no account') as string });
    expect(await run('--bogus')).toMatchObject({ code: 1 });
    expect(await run('frobnicate')).toMatchObject({ code: 1, out: expect.stringContaining('Usage') as string });
    const { rows } = await db.pool.query('select count(*)::int as n from accounts');
    expect(rows[0].n).toBe(3);
  });
});
