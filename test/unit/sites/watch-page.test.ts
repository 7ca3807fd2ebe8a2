// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nossaProfile, watchPage, type PageWatcher } from '@/lib/sites';
import { SAMPLE, ticketPage } from './fixtures';

const LIST = `<table><tr><td><input type="text" title="Incident filter"></td></tr></table>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the page watcher follows NOSSA as it re-renders', () => {
  let watcher: PageWatcher | undefined;
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    watcher?.stop();
    vi.unstubAllGlobals();
  });

  it('goes from the list to a ticket and back on one URL, and tells its subscribers each time', async () => {
    document.body.innerHTML = LIST;
    watcher = watchPage(document, nossaProfile, 5);
    const heard: string[] = [];
    watcher.subscribe(() => heard.push(watcher!.getSnapshot().kind));
    expect(watcher.getSnapshot().kind).toBe('list');

    document.body.innerHTML = ticketPage(SAMPLE);
    await vi.waitFor(() => expect(watcher!.getSnapshot().ticket?.ticketId).toBe(SAMPLE.Incident));
    document.body.innerHTML = LIST;
    await vi.waitFor(() => expect(heard).toEqual(['ticket', 'list']));
  });

  it('reads once for a burst of mutations, and is silent when nothing it reads changed', async () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    watcher = watchPage(document, nossaProfile, 5);
    const listener = vi.fn();
    watcher.subscribe(listener);
    const labels = vi.spyOn(document, 'querySelectorAll');
    const reads = () => labels.mock.calls.filter(([selector]) => selector === 'label').length;
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    await vi.waitFor(() => expect(reads()).toBe(1));
    await settle();
    expect(reads()).toBe(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('re-reads in an idle moment of the page when the browser offers one', async () => {
    const idle = vi.fn((task: () => void, _options?: { timeout: number }) => setTimeout(task, 0));
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
    document.body.innerHTML = LIST;
    watcher = watchPage(document, nossaProfile, 5);
    document.body.innerHTML = ticketPage(SAMPLE);
    await vi.waitFor(() => expect(watcher!.getSnapshot().kind).toBe('ticket'));
    expect(idle).toHaveBeenCalledTimes(1);
    expect(idle.mock.calls[0]![1]).toEqual({ timeout: 5 });
  });

  it('keeps the expired ticket when the login form replaces the page, and stops cleanly', async () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    watcher = watchPage(document, nossaProfile, 5);
    document.body.innerHTML = `<form><input name="username"><input type="password"></form>`;
    await vi.waitFor(() => expect(watcher!.getSnapshot().kind).toBe('login'));
    expect(watcher.getSnapshot()).toMatchObject({ kind: 'login', expiredTicket: { ticketId: SAMPLE.Incident } });
    watcher.stop();
    document.body.innerHTML = ticketPage(SAMPLE);
    await settle();
    expect(watcher.getSnapshot().kind).toBe('login');
  });
});
