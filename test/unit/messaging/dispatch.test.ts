import { describe, expect, it, vi } from 'vitest';
import { refusalCodeOf } from '@/lib/messaging';
import { dispatch, type Handlers } from '@/lib/messaging/serve';
import { defaultSettings } from '@/lib/schema';

const trust = { extensionId: 'abcdefghijklmnopabcdefghijklmnop', hostPatterns: ['https://nossa.telkom.co.id/*'] };
const fromNossa = { id: trust.extensionId, url: 'https://nossa.telkom.co.id/maximo/ui/', tab: { id: 1 } };

/** Every handler a spy (the protocol grows; this test is about the gates, not the handlers). */
function handlers(): { [K in keyof Handlers]: Handlers[K] & ReturnType<typeof vi.fn> } {
  const spies: Record<string, ReturnType<typeof vi.fn>> = {
    getSettings: vi.fn(async () => defaultSettings()),
    updateSettings: vi.fn(async (patch: object) => ({ ...defaultSettings(), ...patch })),
  };
  return new Proxy(spies, { get: (target, key: string) => (target[key] ??= vi.fn(async () => null)) }) as never;
}

describe('background dispatch', () => {
  it('passes a valid request from a trusted sender to its handler', async () => {
    const h = handlers();
    await expect(dispatch(h, trust, 'updateSettings', { language: 'en' }, fromNossa)).resolves.toMatchObject({ language: 'en' });
    expect(h.updateSettings).toHaveBeenCalledWith({ language: 'en' }, fromNossa);
  });

  it('refuses a payload that does not match the schema, before any handler runs', async () => {
    const h = handlers();
    for (const bad of [{ language: 'fr' }, { unknown: 1 }, 'en', null, { panel: { right: -5 } }]) {
      const error = await dispatch(h, trust, 'updateSettings', bad, fromNossa).catch((e: unknown) => e);
      expect(refusalCodeOf(error), JSON.stringify(bad)).toBe('invalid-payload');
    }
    expect(h.updateSettings).not.toHaveBeenCalled();
  });

  it('refuses untrusted senders, before validating anything', async () => {
    const h = handlers();
    const error = await dispatch(h, trust, 'getSettings', undefined, { ...fromNossa, url: 'https://example.com/' }).catch((e: unknown) => e);
    expect(refusalCodeOf(error)).toBe('untrusted-sender');
    expect(h.getSettings).not.toHaveBeenCalled();
  });

  it('refuses flow messages with a malformed ticket id or session id', async () => {
    const h = handlers();
    for (const [type, data] of [
      ['getFlow', { ticketId: 'IN1; DROP TABLE' }],
      ['startFlow', { ticket: { ticketId: '<img src=x>' } }],
      ['flowEvent', { sessionId: 'not-a-uuid', event: { type: 'back' } }],
      ['saveDraft', { sessionId: crypto.randomUUID(), values: { 'bad key': 'x' }, origin: 'a' }],
    ] as const) {
      const error = await dispatch(h, trust, type, data, fromNossa).catch((e: unknown) => e);
      expect(refusalCodeOf(error), type).toBe('invalid-payload');
    }
  });

  it('turns a storage quota failure into a plain "storage-full" refusal', async () => {
    const h = handlers();
    h.updateSettings.mockRejectedValueOnce(Object.assign(new Error('AbortError'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }));
    const error = await dispatch(h, trust, 'updateSettings', { language: 'en' }, fromNossa).catch((e: unknown) => e);
    expect(refusalCodeOf(error)).toBe('storage-full');
    h.updateSettings.mockRejectedValueOnce(new TypeError('boom'));
    expect(await dispatch(h, trust, 'updateSettings', { language: 'en' }, fromNossa).catch((e: unknown) => e)).toBeInstanceOf(TypeError);
  });

  it('refuses an unknown message type', async () => {
    const error = await dispatch(handlers(), trust, 'dropDatabase' as never, undefined, fromNossa).catch((e: unknown) => e);
    expect(refusalCodeOf(error)).toBe('invalid-payload');
  });
});
