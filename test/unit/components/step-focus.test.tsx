// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FlowPanel } from '@/components/panel/flow/FlowPanel';
import { panelFocusRequests } from '@/components/panel/panel-focus';
import type { FlowEventResult } from '@/lib/messaging';
import type { TicketSnapshot } from '@/lib/schema';
import { NOW } from '../abuse/background';
import { messaging } from './messaging-fake';
import { flowAt, renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * Focus follows the flow (issue 14, item 1; FlowPanel with useStepFocus, focus-intent.ts): after
 * each step the agent took in the panel, focus is on the control they continue with; it is never
 * taken from NOSSA while the agent works there; the shortcut's request is always taken. Rendered
 * on Preact against the real background handlers (render.tsx).
 */
const REQUEST = { requesterName: 'Asep Saepudin', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: '' };
const ALL_CHECKS = { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true };
const ticket: TicketSnapshot = { ticketId: 'IN110088251', status: 'INPROG', customerName: 'SITI', contactPhone: '6281234567890', summary: 'Internet mati' };

let bg: TestBackground;
let nossaField: HTMLInputElement;
beforeEach(async () => {
  // The panel proposes pending times from its clock: the background's (only Date is faked, timers run).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  bg = await startTestBackground('panel');
  // A field of NOSSA's own page, outside the panel.
  document.getElementById('nossa-field')?.remove();
  nossaField = Object.assign(document.createElement('input'), { id: 'nossa-field' });
  document.body.append(nossaField);
  performance.clearMarks('pandu-panel-ready');
});

afterEach(() => {
  vi.useRealTimers();
});

const showPanel = (shown: TicketSnapshot = ticket) => renderPanel(<FlowPanel ticket={shown} signedInUser="930101" />, { settings: bg.settings, store: createFlowStore() });
const focused = () => document.activeElement;
/** The panel's first view is on screen and its effects have run (FlowPanel marks "panel ready" then). */
const panelReady = () => waitFor(() => expect(performance.getEntriesByName('pandu-panel-ready')).not.toHaveLength(0));
const byTestId = (id: string) => screen.getByTestId(id);

/** The agent presses a control with the pointer: the press, focus, the click (as a browser does). */
function press(el: HTMLElement) {
  fireEvent.pointerDown(el);
  el.focus();
  fireEvent.click(el);
}
/** The agent presses a key on the focused control. */
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement!, { key: k, ...init });

/** A second tab moves the ticket's session on (the background announces it to this one). */
async function anotherTabSends(sessionId: string, event: object) {
  const result = await bg.ask<FlowEventResult>('flowEvent', { sessionId, event });
  expect(result.refusal).toBeNull();
}

describe('focus follows the steps the agent takes in the panel', () => {
  it('start, request, re-check, calls, unreachable, outcome: each lands on the control the agent continues with', async () => {
    showPanel();
    await panelReady();
    press(await screen.findByTestId('flow-start'));
    await waitFor(() => expect(focused()).toBe(byTestId('request-name')));

    // The request (typed, Enter in a field submits by the browser's own rule: here the form is sent).
    const form = byTestId('step-request');
    fireEvent.input(byTestId('request-name'), { target: { value: 'Asep' } });
    fireEvent.input(byTestId('request-group'), { target: { value: 'ACCESS BDG' } });
    // A list picked with a native change event (Testing Library's fireEvent.change sends Preact an input event).
    const reason = byTestId('request-reason') as HTMLSelectElement;
    await act(() => {
      reason.value = 'LOKASI-TUTUP';
      reason.dispatchEvent(new Event('change', { bubbles: true }));
    });
    reason.focus();
    key('Enter'); // Enter on a list submits the step (flow-keys.ts)
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('recheck'));
    expect(form.isConnected).toBe(false);
    // The first point the page could not confirm (the request matching the ticket).
    await waitFor(() => expect(focused()).toBe(byTestId('recheck-requestMatches')));

    // Enter on a point does nothing while one is unconfirmed; once all are, it submits.
    key('Enter');
    expect(screen.getByTestId('flow').dataset.step).toBe('recheck');
    fireEvent.click(byTestId('recheck-requestMatches'));
    key('Enter');
    await waitFor(() => expect(focused()).toBe(byTestId('attempt-connected')));

    // Arrow keys move between the call results; a logged attempt leaves focus on the one pressed.
    key('ArrowRight');
    expect(focused()).toBe(byTestId('attempt-no-answer'));
    key('End');
    expect(focused()).toBe(byTestId('attempt-wrong-number'));
    key('ArrowRight');
    expect(focused()).toBe(byTestId('attempt-connected'));
    key('ArrowLeft');
    key('Home');
    key('ArrowRight');
    const noAnswer = byTestId('attempt-no-answer');
    expect(focused()).toBe(noAnswer);
    fireEvent.click(noAnswer);
    // While it is stored the button stays focusable (aria-disabled, not disabled) and does nothing.
    expect(noAnswer.getAttribute('aria-disabled')).toBe('true');
    expect(focused()).toBe(noAnswer);
    await waitFor(() => expect(within(byTestId('attempt-list')).getAllByRole('listitem')).toHaveLength(1));
    expect(noAnswer.getAttribute('aria-disabled')).toBe('false');
    expect(focused()).toBe(noAnswer);

    // Enough failed calls: focus goes to "tidak terhubung" (the proposed time is filled in).
    fireEvent.click(noAnswer);
    await waitFor(() => expect(focused()).toBe(byTestId('declare-unreachable')));
    fireEvent.click(byTestId('declare-unreachable'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('outcome'));
    await waitFor(() => expect(focused()).toBe(byTestId('fill-run')));

    // Back: the previous step's control again.
    press(byTestId('flow-back'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('call'));
    await waitFor(() => expect(focused()).toBe(byTestId('declare-unreachable')));
  });

  it('connected, then the customer answers: "Pelanggan setuju" first, Enter in the time presses it; "Sudah diisi manual" ends on the finished title', async () => {
    const view = await flowAt(bg, ticket, [
      { type: 'submitRequest', request: REQUEST },
      { type: 'confirmRecheck', checks: ALL_CHECKS },
    ]);
    showPanel();
    await panelReady();
    press(await screen.findByTestId('attempt-connected'));
    await waitFor(() => expect(focused()).toBe(byTestId('approve')));
    // Enter in the time presses its group's main button; Enter in the note keeps its new line.
    byTestId('decline-note').focus();
    key('Enter');
    expect(screen.getByTestId('flow').dataset.step).toBe('explain');
    byTestId('approve-until').focus();
    key('Enter');
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('outcome'));
    expect(messaging.sentOf('flowEvent').at(-1)).toMatchObject({ event: { type: 'customerApproves' } });
    await waitFor(() => expect(focused()).toBe(byTestId('fill-run')));
    press(byTestId('applied-manually'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('done'));
    await waitFor(() => expect(focused()).toBe(byTestId('step-title')));
    expect(byTestId('step-title').textContent).toBe('Langkah 1.3: Selesai');
    expect(view.session.ticketId).toBe(ticket.ticketId);
  });

  it('"Coba lagi" after a failed load: the loaded step takes focus', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    messaging.answer('getFlow', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    showPanel();
    const retry = await screen.findByTestId('flow-reload');
    messaging.answer('getFlow', (data) => bg.ask('getFlow', data));
    press(retry);
    await waitFor(() => expect(focused()).toBe(byTestId('recheck-requestMatches')));
  });

  it('a new ticket loaded into the same page: its start button takes focus when the panel had it', async () => {
    let showTicket!: (shown: TicketSnapshot) => void;
    // NOSSA loads another ticket into the same page: the panel stays mounted, its ticket changes.
    function SamePage() {
      const [shown, setShown] = useState(ticket);
      showTicket = setShown;
      return <FlowPanel ticket={shown} signedInUser="930101" />;
    }
    renderPanel(<SamePage />, { settings: bg.settings });
    await panelReady();
    const start = screen.getByTestId('flow-start');
    start.focus();
    await act(() => showTicket({ ticketId: 'IN110099999', customerName: 'ANI' }));
    await waitFor(() => expect(screen.getByTestId('flow-start')).not.toBe(start));
    await waitFor(() => expect(focused()).toBe(screen.getByTestId('flow-start')));
  });

  it('cancelling: the reason takes focus, a common reason fills it, "Jangan batalkan" returns to the link; the title says it plainly', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    showPanel();
    await panelReady();
    press(await screen.findByTestId('cancel-open'));
    await waitFor(() => expect(focused()).toBe(byTestId('cancel-reason')));
    press(byTestId('cancel-keep'));
    await waitFor(() => expect(focused()).toBe(byTestId('cancel-open')));
    press(byTestId('cancel-open'));
    press(await screen.findByRole('button', { name: 'Salah tiket' }));
    expect(focused()).toBe(byTestId('cancel-reason'));
    expect((byTestId('cancel-reason') as HTMLInputElement).value).toBe('Salah tiket');
    press(byTestId('cancel-confirm'));
    await waitFor(() => expect(screen.getByTestId('flow').dataset.step).toBe('cancelled'));
    await waitFor(() => expect(focused()).toBe(byTestId('step-title')));
    expect(byTestId('step-title').textContent).toBe('Alur ini dibatalkan');
    expect(screen.queryByText(/Langkah -/)).toBeNull();
    expect(screen.queryByTestId('step-chips')).toBeNull();
  });
});

describe('focus is never taken from NOSSA', () => {
  it('a step another tab took is shown without moving focus from the NOSSA field the agent is in', async () => {
    const view = await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    showPanel();
    await panelReady();
    press(nossaField);
    await anotherTabSends(view.session.id, { type: 'confirmRecheck', checks: ALL_CHECKS });
    await screen.findByTestId('step-call');
    expect(focused()).toBe(nossaField);
  });

  it('nor when nothing has focus but the agent last acted on NOSSA’s page', async () => {
    const view = await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    showPanel();
    await panelReady();
    press(nossaField);
    nossaField.blur();
    fireEvent.pointerDown(document.body);
    await anotherTabSends(view.session.id, { type: 'confirmRecheck', checks: ALL_CHECKS });
    await screen.findByTestId('step-call');
    expect(focused()).toBe(document.body);
  });

  it('the panel’s first view on a page load does not take focus', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    showPanel();
    await panelReady();
    expect(focused()).toBe(document.body);
  });

  it('but the shortcut’s request is taken, whatever has focus', async () => {
    await flowAt(bg, ticket, [{ type: 'submitRequest', request: REQUEST }]);
    showPanel();
    await panelReady();
    press(nossaField);
    await expect(panelFocusRequests.request()).resolves.toBe(true);
    expect(focused()).toBe(byTestId('recheck-requestMatches'));
  });
});

describe('step chips', () => {
  it('show short names, with the instruction’s number for screen readers and as the tooltip', async () => {
    await flowAt(bg, ticket, [
      { type: 'submitRequest', request: REQUEST },
      { type: 'confirmRecheck', checks: ALL_CHECKS },
    ]);
    showPanel();
    const chips = within(await screen.findByRole('list', { name: 'Langkah alur' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Langkah 1.2.1: Request (sudah)',
      'Langkah 1.2.2: Cek ulang (sudah)',
      'Langkah 1.2.2: Telepon',
      'Langkah 1.2.3: Konfirmasi',
      'Langkah 1.2.4-1.2.6: Update',
      'Langkah 1.3: Selesai',
    ]);
    expect(chips.map((chip) => chip.className)).toEqual(['past', 'past', 'current', 'next', 'next', 'next']);
    expect(chips[2]!.getAttribute('aria-current')).toBe('step');
    expect(chips[2]!.title).toBe('Langkah 1.2.2: Hubungi pelanggan');
    // What is on screen (the numbers are visually hidden).
    expect(
      chips.map((chip) =>
        [...chip.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      ),
    ).toEqual(['Request', 'Cek ulang', 'Telepon', 'Konfirmasi', 'Update', 'Selesai']);
  });
});
