import { describe, expect, it, vi } from 'vitest';
import { MessageRefusedError } from '@/lib/messaging';
import { isTransient, withRetry } from '@/lib/messaging/retry';

const noWait = { sleep: async () => undefined };

describe('messages retried while the service worker restarts', () => {
  it('knows the browser’s words for a stopped worker, and never retries a typed refusal', () => {
    expect(isTransient(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isTransient(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    // The worker stopped while the handler was still working (seen in e2e: fill-faults.spec.ts).
    expect(isTransient(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))).toBe(true);
    expect(isTransient(new MessageRefusedError('not-found', 'x'))).toBe(false);
    expect(isTransient(new Error('storage-full: quota'))).toBe(false);
  });

  it('retries with a doubling pause until it goes through', async () => {
    const pauses: number[] = [];
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockRejectedValueOnce(new Error('Could not establish connection.'))
      .mockResolvedValue('ok');
    await expect(withRetry(send, { sleep: async (ms) => void pauses.push(ms) })).resolves.toBe('ok');
    expect(pauses).toEqual([200, 400]);
  });

  it('gives up after the last attempt, and at once on a refusal', async () => {
    const down = vi.fn().mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(withRetry(down, { ...noWait, attempts: 3 })).rejects.toThrow(/port closed/);
    expect(down).toHaveBeenCalledTimes(3);
    const refused = vi.fn().mockRejectedValue(new MessageRefusedError('invalid-payload', 'x'));
    await expect(withRetry(refused, noWait)).rejects.toThrow(/invalid-payload/);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
