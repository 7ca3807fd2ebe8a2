import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, readTeamConnection } from '@/lib/db';
import { startSession } from '@/lib/db/write';
import { createBackgroundContext } from '@/entrypoints/background/context';
import { createSync } from '@/entrypoints/background/sync';
import { deviceName, teamHandlers } from '@/entrypoints/background/team-handlers';
import type { ManagedPolicy } from '@/lib/settings/policy';
import { NOW } from '../procedure/helpers';
import { SERVER, TOKEN, account } from './connection';
import { accept, apiError, fakeServer, json, type Seen } from './fake-server';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`enrol-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const CODE = 'K7PD-Q2MX';
const page = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' };
const enrolled = (role: 'agent' | 'lead' = 'agent') => json(200, { token: TOKEN, tokenId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', account: account(role) });

function background(reply: (seen: Seen, n: number) => Response | 'network-down', { allowed = true, policy = {} }: { allowed?: boolean; policy?: ManagedPolicy } = {}) {
  const server = fakeServer(reply);
  const hasPermission = async (origin: string) => allowed && origin === SERVER;
  const context = createBackgroundContext(db, { now: () => NOW, policy: async () => policy });
  const sync = createSync({ db, clock: () => Date.parse(NOW), fetch: server.fetch, hasPermission });
  return { server, handlers: teamHandlers(context, { fetch: server.fetch, hasPermission, sync, device: 'Chrome on Windows' }) };
}

describe('enrolment', () => {
  it('stores the link, queues the history and sends it, for an agent; the status never carries the token', async () => {
    await startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket: { ticketId: 'IN110088251' }, now: NOW });
    const { server, handlers } = background((seen) => (seen.url.endsWith('/enrol') ? enrolled() : accept(seen)));
    const answer = await handlers.teamEnrol({ url: `${SERVER}/`, code: CODE }, page);
    expect(answer).toMatchObject({ ok: true, status: { server: { url: SERVER, account: { role: 'agent' } }, policyUrl: null } });
    expect(JSON.stringify(answer)).not.toContain(TOKEN);
    expect(server.seen[0]).toMatchObject({ url: `${SERVER}/api/v1/enrol`, method: 'POST', body: { code: CODE, device: 'Chrome on Windows' } });
    expect((await readTeamConnection(db))?.token).toBe(TOKEN);
    await expect.poll(() => db.outbox.count()).toBe(0); // the history went out
    expect(server.seen.slice(1).flatMap((seen) => seen.records.map((item) => item.kind))).toEqual(expect.arrayContaining(['session', 'event']));
    expect(server.seen.every((seen) => seen.url.startsWith(`${SERVER}/`))).toBe(true);
  });

  it('queues nothing for a lead', async () => {
    await startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket: { ticketId: 'IN110088251' }, now: NOW });
    const { server, handlers } = background(() => enrolled('lead'));
    expect(await handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({ ok: true, status: { server: { account: { role: 'lead' } }, waiting: 0 } });
    expect(server.seen).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it.each([
    ['enrol.code-invalid', 404],
    ['enrol.code-used', 409],
    ['enrol.code-expired', 410],
  ])('says %s as a typed error, and stores nothing', async (code, status) => {
    const { handlers } = background(() => apiError(status, code));
    expect(await handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({ ok: false, error: code });
    expect(await db.team.count()).toBe(0);
  });

  it('says when the server cannot be reached, or is not a Pandu server', async () => {
    expect(await background(() => 'network-down').handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({ ok: false, error: 'network' });
    expect(await background(() => new Response('<html>', { status: 200 })).handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({
      ok: false,
      error: 'bad-response',
    });
    expect(await background(() => new Response('Bad gateway', { status: 502 })).handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({
      ok: false,
      error: 'server.unavailable',
    });
    expect(await db.team.count()).toBe(0);
  });

  it('asks nothing before the browser allowed the origin, and nothing of a server the policy does not name', async () => {
    const refused = background(() => enrolled(), { allowed: false });
    expect(await refused.handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({ ok: false, error: 'permission' });
    expect(refused.server.seen).toHaveLength(0);
    const policed = background(() => enrolled(), { policy: { teamServerUrl: 'https://pandu.example.co.id' } });
    expect(await policed.handlers.teamEnrol({ url: SERVER, code: CODE }, page)).toMatchObject({ ok: false, error: 'policy' });
    expect(policed.server.seen).toHaveLength(0);
    expect(await policed.handlers.teamStatus(undefined, page)).toMatchObject({ server: null, policyUrl: 'https://pandu.example.co.id' });
  });

  it('forgets the server and what waited for it on disconnect; the records stay', async () => {
    const { handlers } = background((seen) => (seen.url.endsWith('/enrol') ? enrolled() : 'network-down'));
    await handlers.teamEnrol({ url: SERVER, code: CODE }, page);
    await startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket: { ticketId: 'IN110088251' }, now: NOW });
    expect(await db.outbox.count()).toBe(2);
    expect(await handlers.teamDisconnect(undefined, page)).toEqual({ server: null, policyUrl: null, state: null, waiting: 0 });
    expect(await db.sessions.count()).toBe(1);
  });

  it('answers the extension’s own pages only, never the content script on a NOSSA page', async () => {
    const { server, handlers } = background(() => enrolled());
    const panel = { id: page.id, url: 'https://nossa.telkom.co.id/maximo/ui/', tab: { id: 1 } };
    await expect(handlers.teamEnrol({ url: SERVER, code: CODE }, panel)).rejects.toThrow('untrusted-sender');
    await expect(handlers.teamStatus(undefined, panel)).rejects.toThrow('untrusted-sender');
    await expect(handlers.teamDisconnect(undefined, panel)).rejects.toThrow('untrusted-sender');
    expect(server.seen).toHaveLength(0);
  });

  it('names the browser without identifying it', () => {
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge on Windows');
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Chrome on Linux');
  });
});
