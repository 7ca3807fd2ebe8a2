// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlowPanel } from '@/components/panel/flow/FlowPanel';
import { FlowSteps } from '@/components/panel/flow/FlowSteps';
import { publishFlowSteps, publishedFlowSteps } from '@/components/panel/flow/steps-slot';
import { onDemandScript } from '@/components/panel/on-demand/on-demand-script';
import type { TicketSnapshot } from '@/lib/schema';
import { messaging } from './messaging-fake';
import { REQUEST, flowAt, renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

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
    expect(script.load()).toBe(first);
    expect(injections).toHaveLength(1);
    injections[0]!();
    const failed = await first;
    expect(failed.status).toBe('failed');
    expect(String(failed.status === 'failed' && failed.error)).toMatch(/offered nothing/);
    expect(script.get()).toBe(failed);

    // The retry publishes: ready, and ready without asking again.
    const second = script.load();
    slot = 'the steps';
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

  it('a session resumed after a reload loads them; a failure says so plainly with “Coba lagi”, which loads them', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    // As in the unit tests' fake browser, there is no chrome.scripting: the background cannot inject.
    messaging.answer('loadFlowSteps', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    showPanel();
    const alert = await screen.findByTestId('flow-steps-failed');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/^Langkah alur tidak dapat dimuat \(.+\)\. Coba lagi; bila tetap gagal, muat ulang halaman\.$/);
    expect(screen.queryByTestId('flow')).toBeNull();

    messaging.answer('loadFlowSteps', inject);
    fireEvent.click(screen.getByTestId('flow-steps-retry'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('recheck'));
    expect(screen.queryByTestId('flow-steps-failed')).toBeNull();
    expect(messaging.sentOf('loadFlowSteps')).toHaveLength(2);
  });
});
