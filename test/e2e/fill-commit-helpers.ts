import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { MockServer } from './fixtures';
import { expectStep, toOutcome as toOutcomeStep } from './flow-helpers';
import { callBackground, extensionPage, readTable } from './helpers';

/**
 * Shared by the issue 11 e2e (fill-commit.spec.ts): the flow up to the outcome, the agent's own
 * clicks in NOSSA, and what NOSSA SAVED (mock.state().tickets) held against what the outcome implies.
 */
export const TICKET = 'IN110088258'; // INPROG, owner group ACCESS BDG, Andi Pratama 6281322334455
/** The related party's group for a declined request: not the ticket's group now, so the change is real. */
export const BACK_TO = 'TIF HD WITEL BANDUNG';
export type Outcome = 'unreachable' | 'approved' | 'declined';

export type Ticket = {
  fields: Record<string, string>;
  fieldsIso: Record<string, string>;
  worklog: Array<{ summary: string; details: string; detailsText: string; type: string; createdBy: string }>;
  statusHistory: Array<{ status: string; memo: string }>;
};
export type State = {
  tickets: Record<string, Ticket>;
  saves: Array<{ ticketId: string; changed: string[] }>;
  uiSessions: Record<string, { dirty: boolean; pending: Record<string, string>; newWorklog: unknown[]; statusChange: unknown }>;
  requests: unknown[];
};
export type Row = Record<string, any>;

export const stateOf = (mock: MockServer) => mock.state() as unknown as State;
export const ticketOf = (mock: MockServer) => stateOf(mock).tickets[TICKET]!;
export const savesOf = (mock: MockServer) => stateOf(mock).saves.filter((s) => s.ticketId === TICKET);

/** Pandu's work-log reference for a session (lib/fill workLogRef; restated so a change to it shows). */
export const refOf = (sessionId: string) =>
  `[Pandu ${sessionId
    .replace(/[^0-9a-fA-F]/g, '')
    .slice(0, 6)
    .toUpperCase()}]`;

/** Agent, clicks counted: in the panel and in NOSSA, for the report. */
export class Clicks {
  panel = 0;
  nossa = 0;
  async panelClick(locator: Locator) {
    this.panel++;
    await locator.click();
  }
  async nossaClick(locator: Locator) {
    this.nossa++;
    await locator.click();
  }
}

export async function setAutoSave(context: BrowserContext, extensionId: string, autoSave: boolean) {
  const page = await extensionPage(context, extensionId);
  await callBackground(page, 'updateSettings', { fill: { autoSave } });
  await page.close();
}

/** To the outcome step; a declined request goes back to BACK_TO. */
export const toOutcome = (page: Page, outcome: Outcome) => toOutcomeStep(page, outcome, { backTo: BACK_TO });

export const okButton = (page: Page) => page.locator('#dialogholder [role="dialog"] button', { hasText: /^\s*OK\s*$/ });
export const saveButton = (page: Page) => page.locator('a[eventtype="SAVE"]');
export const messageBar = (page: Page) => page.locator('#titlebar_error');

export async function sessionRow(context: BrowserContext, extensionId: string): Promise<Row> {
  const page = await extensionPage(context, extensionId);
  const row = (await readTable<Row>(page, 'sessions')).filter((s) => s.ticketId === TICKET).at(-1)!;
  await page.close();
  return row;
}

export async function eventsOf(context: BrowserContext, extensionId: string): Promise<Row[]> {
  const page = await extensionPage(context, extensionId);
  const rows = (await readTable<Row>(page, 'events')).filter((e) => e.ticketId === TICKET);
  await page.close();
  return rows.sort((a, b) => String(a.at).localeCompare(String(b.at)));
}

/** The pending-until the session holds, as the look-alike's WIB wall clock (yyyy-MM-ddTHH:mm). */
export const wibOf = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

/**
 * NOSSA's SAVED ticket exactly as the outcome implies, against the ticket before: status, reason
 * and until (pending) or owner group (declined); exactly one work-log row with the session's
 * reference, whose details are the session's work log; nothing else moved.
 */
export function expectSavedAsImplied(before: Ticket, after: Ticket, outcome: Outcome, session: Row) {
  const ref = refOf(session.id);
  const mine = after.worklog.filter((w) => w.summary.includes(ref));
  expect(mine, `work-log rows with ${ref}`).toHaveLength(1);
  expect(after.worklog).toHaveLength(before.worklog.length + 1);
  expect(mine[0]!.createdBy).toBe('930101');
  expect(mine[0]!.detailsText).toBe(session.answers.workLog);
  let changed: string[];
  if (outcome === 'declined') {
    expect(after.fields.OWNERGROUP).toBe(BACK_TO);
    expect(after.fields.STATUS).toBe(before.fields.STATUS);
    expect(after.statusHistory).toHaveLength(before.statusHistory.length);
    changed = ['OWNERGROUP', 'OWNER']; // NOSSA clears Owner when Owner Group changes
  } else {
    expect(after.fields.STATUS).toBe('PENDING');
    expect(after.fields.PENDINGREASON).toBe('LOKASI-TUTUP');
    expect(after.fieldsIso.PENDINGUNTIL).toBe(wibOf(session.answers.pendingUntil));
    expect(after.statusHistory).toHaveLength(before.statusHistory.length + 1);
    expect(after.statusHistory.at(-1)!.status).toBe('PENDING');
    changed = ['STATUS', 'STATUSDATE', 'PENDINGREASON', 'PENDINGUNTIL'];
  }
  for (const [key, value] of Object.entries(before.fields)) if (!changed.includes(key)) expect(after.fields[key], key).toBe(value);
}

/** Nothing of the fill reached NOSSA's saved record. */
export function expectNothingSaved(mock: MockServer, before: Ticket) {
  expect(savesOf(mock)).toEqual([]);
  expect(ticketOf(mock)).toEqual(before);
}

/** The session is still open, at the outcome, with no "applied" in its trail. */
export async function expectStillOpen(panel: Locator, context: BrowserContext, extensionId: string) {
  await expectStep(panel, 'outcome');
  const session = await sessionRow(context, extensionId);
  expect(session.status).toBe('open');
  expect((await eventsOf(context, extensionId)).some((e) => e.type === 'update.applied')).toBe(false);
}
