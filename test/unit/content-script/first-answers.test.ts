import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstAnswers } from '@/entrypoints/nossa.content/first-answers';

describe("the panel's first mount waits for its answers, briefly", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the settings once both the settings and the flow are in', async () => {
    let flowDone = false;
    const flow = new Promise<void>((resolve) =>
      setTimeout(() => {
        flowDone = true;
        resolve();
      }, 5),
    );
    await expect(firstAnswers(Promise.resolve({ language: 'id' }), flow, 1_000)).resolves.toEqual({ language: 'id' });
    expect(flowDone).toBe(true);
  });

  it('does not wait for a flow on a page without a ticket', async () => {
    await expect(firstAnswers(Promise.resolve(1), undefined, 1_000)).resolves.toBe(1);
  });

  it('gives up after the wait when the background is slow, without the settings', async () => {
    vi.useFakeTimers();
    const answer = firstAnswers(new Promise(() => {}), undefined, 400);
    await vi.advanceTimersByTimeAsync(400);
    await expect(answer).resolves.toBeUndefined();
  });

  it('mounts at once, without settings, when the background refuses', async () => {
    await expect(firstAnswers(Promise.reject(new Error('no-agent')), Promise.resolve(), 1_000)).resolves.toBeUndefined();
  });
});
