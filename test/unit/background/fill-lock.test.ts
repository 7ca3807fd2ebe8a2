import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FILL_LEASE_MS, decideLock, renewLock, type FillLockRequest } from '@/entrypoints/background/fill-lock-rules';
import { releaseLocksOfClosedTabs } from '@/entrypoints/background/fill-lock';
import type { FillLockAnswer, FillLockInfo } from '@/lib/messaging';
import { FILL_ID, fromPanel, startBackground, validPayloads, type Background } from '../abuse/background';

const T0 = '2026-12-06T03:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const ask = (over: Partial<FillLockRequest> = {}): FillLockRequest => ({
  ticketId: 'IN110088251',
  sessionId: 's',
  fillId: 'f1',
  tabId: 1,
  agentId: '930101',
  agentName: 'Dewi',
  now: T0,
  ...over,
});

describe('fill lock rules', () => {
  it('gives a free ticket to the first fill and refuses another tab while the lease holds', () => {
    const first = decideLock(null, ask());
    expect(first.ok).toBe(true);
    const lock = (first as { lock: import('@/entrypoints/background/fill-lock-rules').FillLock }).lock;
    expect(decideLock(lock, ask({ tabId: 2, fillId: 'f2', now: later(1_000) }))).toEqual({ ok: false, holder: lock });
  });

  it('lets the holder’s own tab take over (a reload mid-fill), and anyone after the lease lapsed', () => {
    const { lock } = decideLock(null, ask()) as { ok: true; lock: import('@/entrypoints/background/fill-lock-rules').FillLock };
    expect(decideLock(lock, ask({ fillId: 'f2', now: later(5_000) })).ok).toBe(true);
    expect(decideLock(lock, ask({ tabId: 2, fillId: 'f2', now: later(FILL_LEASE_MS + 1) })).ok).toBe(true);
  });

  it('renews only the holder’s lease', () => {
    const { lock } = decideLock(null, ask()) as { ok: true; lock: import('@/entrypoints/background/fill-lock-rules').FillLock };
    expect(renewLock(lock, 'f1', later(60_000))?.leaseUntil).toBe(later(60_000 + FILL_LEASE_MS));
    expect(renewLock(lock, 'other', later(60_000))).toBeNull();
  });
});

describe('fill lock through the background’s messages', () => {
  let bg: Background;
  const tab = (id: number) => ({ ...fromPanel, tab: { id } });
  beforeAll(async () => {
    bg = await startBackground();
  });
  afterAll(() => bg.close());

  it('one tab fills, the other hears who and since when, the final record releases it, a closed tab frees it', async () => {
    const payload = validPayloads(bg.seeded);
    const acquire = payload.acquireFillLock as { ticketId: string; sessionId: string; fillId: string };
    expect(await bg.send('acquireFillLock', acquire, tab(7))).toEqual({ ok: true });
    const refused = (await bg.send('acquireFillLock', { ...acquire, fillId: crypto.randomUUID() }, tab(8))) as FillLockAnswer;
    expect(refused).toMatchObject({ ok: false, code: 'fill-locked', holder: { agentId: '930101', agentName: 'Dewi Lestari' } });
    expect(((await bg.send('getFillLock', { ticketId: acquire.ticketId }, tab(8))) as FillLockInfo).here).toBe(false);
    expect(((await bg.send('getFillLock', { ticketId: acquire.ticketId }, tab(7))) as FillLockInfo).here).toBe(true);

    await bg.send('recordFillStart', payload.recordFillStart, tab(7));
    await bg.send('recordFill', { ...(payload.recordFill as object), result: { ...(payload.recordFill as { result: object }).result, fillId: FILL_ID } }, tab(7));
    expect(await bg.send('getFillLock', { ticketId: acquire.ticketId }, tab(8))).toBeNull();

    releaseLocksOfClosedTabs();
    expect(await bg.send('acquireFillLock', { ...acquire, fillId: crypto.randomUUID() }, tab(8))).toEqual({ ok: true });
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 0, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await bg.send('getFillLock', { ticketId: acquire.ticketId }, tab(7))).toBeNull();
  });

  it('refuses a lock for a session of another ticket', async () => {
    const acquire = validPayloads(bg.seeded).acquireFillLock as object;
    await expect(bg.send('acquireFillLock', { ...acquire, ticketId: 'IN999999999' }, tab(7))).rejects.toThrow(/not-found/);
  });
});
