// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlowPanel } from '@/components/panel/flow/FlowPanel';
import { FlowSteps } from '@/components/panel/flow/FlowSteps';
import { publishFlowSteps, publishedFlowSteps } from '@/components/panel/flow/steps-slot';
import { onDemandScript } from '@/components/panel/on-demand/on-demand-script';
import type { RetryOptions } from '@/lib/messaging/retry';
import type { TicketSnapshot } from '@/lib/schema';
import { messaging } from './messaging-fake';
import { REQUEST, flowAt, renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));
// The loader sends again while the background cannot be reached (withRetry): here without its pauses.
vi.mock('@/lib/messaging/retry', async (orig) => {
  const real = await orig<typeof import('@/lib/messaging/retry')>();
  return { ...real, withRetry: <T,>(send: () => Promise<T>, options?: RetryOptions) => real.withRetry(send, { ...options, sleep: async () => {} }) };
});

/**
 * The flow's steps are a second script the background injects when a session is on view
 * (components/panel/flow/load-steps.ts, entrypoints/nossa-flow); here the injection is the test's
 * answer to `loadFlowSteps`. render.tsx publishes the steps for the other component tests: each
 * test here starts without them.
 */
const SLOT = Symbol.for('pandu.flowSteps');
const unpublish = () => delete (globalThis as Record<symbol, unknown>)[SLOT];
/** What the background does for `loadFlowSteps`: runs the steps' script in this page's world. */
const inject = () => {
  if (!publishedFlowSteps()) publishFlowSteps({ FlowSteps });
  return true;
};

describe('a script loaded on demand (on-demand-script.ts)', () => {
  it('asks once however many ask at once; a failure is kept, with its reason, until the next load tries again', async () => {
    let slot: string | null = null;
    const injections: Array<() => void> = [];
    const script = onDemandScript(
      () => new Promise<void>((resolve) => injections.push(resolve)),
      () => slot,
    );
    const seen: string[] = [];
    script.subscribe(() => seen.push(script.get().status));
    expect(script.get()).toEqual({ status: 'idle' });

    // Injected, but nothing published: a failure that says so.
    const first = script.load();
    expect(script.get()).toEqual({ status: 'loading', retrying: false });
    expect(script.load()).toBe(first);
    await vi.waitFor(() => expect(injections).toHaveLength(1));
    injections[0]!();
    const failed = await first;
    expect(failed.status).toBe('failed');
    expect(String(failed.status === 'failed' && failed.error)).toMatch(/offered nothing/);
    expect(script.get()).toBe(failed);

    // The retry publishes: ready, and ready without asking again. Meanwhile it says it is a retry.
    const second = script.load();
    expect(script.get()).toEqual({ status: 'loading', retrying: true });
    slot = 'the steps';
    await vi.waitFor(() => expect(injections).toHaveLength(2));
    injections[1]!();
    expect(await second).toEqual({ status: 'ready', script: 'the steps' });
    expect(await script.load()).toEqual({ status: 'ready', script: 'the steps' });
    expect(injections).toHaveLength(2);
    expect(seen).toEqual(['loading', 'failed', 'loading', 'ready']);
  });

  it('a rejected injection is a failure with its error, and the next load asks again', async () => {
    let fail = true;
    let slot: string | null = null;
    const script = onDemandScript(
      async () => {
        if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
        slot = 'the steps';
      },
      () => slot,
    );
    expect(await script.load()).toMatchObject({ status: 'failed', error: new Error('Could not establish connection. Receiving end does not exist.') });
    fail = false;
    expect(await script.load()).toEqual({ status: 'ready', script: 'the steps' });
  });

  it('an injection that throws at once is a failure too, not an exception', async () => {
    const script = onDemandScript(
      () => {
        throw new Error('refused before any promise');
      },
      () => null,
    );
    expect(await script.load()).toMatchObject({ status: 'failed', error: new Error('refused before any promise') });
  });

  it('is ready at once when the script was published before (a panel mounted again)', () => {
    const script = onDemandScript(
      () => Promise.reject(new Error('not asked')),
      () => 'the steps',
    );
    expect(script.get()).toEqual({ status: 'ready', script: 'the steps' });
    expect(script.get()).toBe(script.get());
  });
});

const ticket: TicketSnapshot = { ticketId: 'IN110088251', status: 'INPROG', customerName: 'SITI', contactPhone: '6281234567890', summary: 'Internet mati' };
let bg: TestBackground;
beforeEach(async () => {
  unpublish();
  bg = await startTestBackground('panel');
});
afterEach(() => {
  // The other test files render with the steps already there (render.tsx).
  inject();
});
const showPanel = () => renderPanel(<FlowPanel ticket={ticket} signedInUser="930101" />, { settings: bg.settings });

/** The panel over a session resumed after a reload, with every injection of the steps failing with `message`; the console's warnings caught. */
async function resumedWithInjectionFailing(message: string) {
  await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  messaging.answer('loadFlowSteps', () => {
    throw new Error(message);
  });
  showPanel();
  return warn;
}

describe('the flow’s steps in the panel', () => {
  it('the start screen needs no steps; starting a session loads them, saying so meanwhile', async () => {
    let release!: () => void;
    messaging.answer('loadFlowSteps', () => new Promise((resolve) => (release = () => resolve(inject()))));
    showPanel();
    const start = await screen.findByTestId('flow-start');
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(0);

    fireEvent.click(start);
    await screen.findByText('Memuat langkah alur…');
    expect(screen.getByTestId('flow-steps-loading').dataset.state).toBe('loading');
    expect(screen.queryByTestId('flow')).toBeNull();
    release();
    expect((await screen.findByTestId('flow')).dataset.step).toBe('request');
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(1);
  });

  it('a session resumed after a reload loads them; when the background cannot be reached it says so in Indonesian, with “Coba lagi”, which loads them', async () => {
    const warn = await resumedWithInjectionFailing('Could not establish connection. Receiving end does not exist.');
    const alert = await screen.findByTestId('flow-steps-failed');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Langkah alur tidak dapat dimuat. Pandu tidak dapat menghubungi latar belakang ekstensi. Coba lagi; bila tetap gagal, muat ulang halaman.');
    expect(screen.queryByTestId('flow')).toBeNull();
    // Sent again while the worker may be restarting (withRetry's 6 attempts), then given up; the detail is in the console only.
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(6);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('steps could not be injected'),
      expect.objectContaining({ message: 'Could not establish connection. Receiving end does not exist.' }),
    );
    warn.mockRestore();

    messaging.answer('loadFlowSteps', inject);
    fireEvent.click(screen.getByTestId('flow-steps-retry'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('recheck'));
    expect(screen.queryByTestId('flow-steps-failed')).toBeNull();
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(7);
  });

  it('a worker restarting meanwhile is not a failure: the request is sent again and the steps come', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    let calls = 0;
    messaging.answer('loadFlowSteps', () => {
      if (++calls === 1) throw new Error('The message port closed before a response was received.');
      return inject();
    });
    showPanel();
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('recheck'));
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(2);
    expect(screen.queryByTestId('flow-steps-failed')).toBeNull();
  });

  it('Chrome’s own English (an injection it refused) never reaches the agent: the alert says only what to do', async () => {
    const warn = await resumedWithInjectionFailing('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    expect((await screen.findByTestId('flow-steps-failed')).textContent).toBe('Langkah alur tidak dapat dimuat. Coba lagi; bila tetap gagal, muat ulang halaman.');
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('keyboard focus when the steps fail to load', () => {
  /** The agent presses a key on the focused control, and the browser activates a focused button on Enter. */
  const enter = () => {
    const on = document.activeElement as HTMLElement;
    fireEvent.keyDown(on, { key: 'Enter' });
    if (on.tagName === 'BUTTON') fireEvent.click(on);
  };

  it('Enter on “Mulai”, the steps fail: focus is on “Coba lagi”; Enter on it keeps focus there while it loads, then the request takes it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    messaging.answer('loadFlowSteps', () => {
      throw new Error('Cannot access contents of the page.');
    });
    showPanel();
    (await screen.findByTestId('flow-start')).focus();
    enter();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('flow-steps-retry')));
    const retry = screen.getByTestId('flow-steps-retry');
    expect(retry.getAttribute('aria-disabled')).toBe('false');

    let release!: () => void;
    messaging.answer('loadFlowSteps', () => new Promise((resolve) => (release = () => resolve(inject()))));
    enter();
    await screen.findByText('Memuat langkah alur…');
    // The same button, not clickable meanwhile, and still focused: focus did not drop to NOSSA's page.
    expect(screen.getByTestId('flow-steps-retry')).toBe(retry);
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(retry);

    release();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('request-name')));
    warn.mockRestore();
  });
});
