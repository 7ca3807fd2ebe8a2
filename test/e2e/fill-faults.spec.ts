// Issue 11, item 9: a fill is a durable, idempotent operation. Each fault below is made in the
// middle of a real fill through the panel on the look-alike, and each must end with exactly one
// correct work-log row saved by NOSSA, the outcome's fields saved, the session finished only after
// a read-back of a freshly loaded ticket, and an audit trail that tells what happened.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { extensionIdOf, launchWithExtension, routeNossa } from '../../scripts/lib/chromium.mjs';
import { expect, test, ticketUrl } from './fixtures';
import { eventsOf, expectSavedOnceAndFinished, fillTrail, stateOf, stepFields, TICKET, ticketOf, toOutcome, type Row } from './fill-fault-helpers';
import { expectStep, panelOf } from './flow-helpers';
import { AGENT, callBackground, contentScriptWorld, extensionPage, stopServiceWorker } from './helpers';

const ROUND_TRIP = '**/maximo/ui/maximo.jsp';
const autoSave = (ext: Page, on = true) => callBackground(ext, 'updateSettings', { fill: { autoSave: on } });
const isPost = (route: Route) => route.request().method() === 'POST';

test.describe.configure({ timeout: 120_000 });
test.use({ withAgent: true });

test.describe('browser killed right after NOSSA saved', () => {
  for (const okSaves of [true, false]) {
    test.describe(`okSaves ${okSaves}`, () => {
      test.use({ mockOptions: { okSaves } });
      test('the restarted panel resumes the interrupted fill and adds no second row', async ({ mock }) => {
        const dir = mkdtempSync(join(tmpdir(), 'pandu-fillkill-'));
        try {
          let context = await launchWithExtension({ userDataDir: dir, timezoneId: 'Asia/Jakarta' });
          await routeNossa(context, mock.origin);
          let ext = await extensionPage(context, await extensionIdOf(context));
          await callBackground(ext, 'updateSettings', { agent: AGENT });
          await autoSave(ext);
          const page = await context.newPage();
          await page.goto(ticketUrl(TICKET));
          const before = ticketOf(mock);
          const panel = await toOutcome(page);

          // The round trip that makes NOSSA save is processed by the server, and its answer never
          // reaches the browser: the browser dies first, so no trace of the save reaches Pandu.
          let savedAnswerHeld!: () => void;
          const saved = new Promise<void>((resolve) => (savedAnswerHeld = resolve));
          await context.route(ROUND_TRIP, async (route) => {
            if (!isPost(route)) return route.fallback();
            const savesBefore = stateOf(mock).saves.length;
            const response = await route.fetch({ url: `${mock.origin}/maximo/ui/maximo.jsp` }).catch(() => null);
            if (!response) return;
            if (stateOf(mock).saves.length > savesBefore) {
              savedAnswerHeld();
              return; // held forever
            }
            await route.fulfill({ response }).catch(() => {});
          });
          await panel.getByTestId('fill-run').click();
          await Promise.race([
            saved,
            expect(panel.getByTestId('fill-summary'))
              .toBeVisible({ timeout: 60_000 })
              .then(() => {
                throw new Error(`the fill ended before NOSSA saved: ${JSON.stringify(fillTrail([]))}`);
              }),
          ]);
          const trailBeforeKill = fillTrail(await eventsOf(ext));
          execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${dir}`]);
          await context.close().catch(() => {});

          // NOSSA saved it all, once; Pandu's trail says the fill started and never ended.
          expect(stateOf(mock).saves).toHaveLength(1);
          expect(ticketOf(mock).worklog).toHaveLength(before.worklog.length + 1);
          expect(trailBeforeKill[0]).toBe('started');
          expect(trailBeforeKill).not.toContain('result:true');
          expect(trailBeforeKill).not.toContain('result:false');

          context = await launchWithExtension({ userDataDir: dir, timezoneId: 'Asia/Jakarta' });
          await routeNossa(context, mock.origin);
          ext = await extensionPage(context, await extensionIdOf(context));
          const again = await context.newPage();
          await again.goto(ticketUrl(TICKET));
          const resumed = panelOf(again);
          await expectStep(resumed, 'outcome');
          await expect(resumed.getByTestId('fill-section')).toHaveAttribute('data-state', 'interrupted');
          await expect(resumed.getByTestId('fill-interrupted')).toBeVisible();
          await expect(resumed.getByTestId('fill-run')).toHaveCount(0);
          const requestsBefore = stateOf(mock).requests.length;
          await resumed.getByTestId('fill-continue').click();

          const { trail, events } = await expectSavedOnceAndFinished({ mock, ext, panel: resumed, before });
          expect(stateOf(mock).saves).toHaveLength(1); // the continue saved nothing more
          expect(trail.filter((t) => t === 'started')).toHaveLength(2);
          expect(trail.slice(trail.indexOf('started', 1) - 1, trail.indexOf('started', 1) + 1)).toEqual(['interrupted', 'started']);
          // The continue found everything already in NOSSA: every set field "already", nothing typed.
          const second = events.filter((e) => e.type === 'fill.result').at(-1)!.payload as Row;
          expect(second.fields.filter((f: Row) => !f.field.startsWith('commit:')).every((f: Row) => f.status === 'done' && f.already === true)).toBe(true);
          // And it sent no value and pressed nothing that saves: only reads (tabs) and the read-back.
          const sent = stateOf(mock)
            .requests.slice(requestsBefore)
            .flatMap((r) => r.events.map((e) => e.type));
          expect(sent).not.toContain('setvalue');
          await context.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
});

/** The panel's live per-field progress shows this field done. */
const landed = (panel: ReturnType<typeof panelOf>, field: string) =>
  expect(panel.getByTestId('fill-fields').locator(`li[data-field="${field}"][data-status="done"]`)).toBeVisible({ timeout: 60_000 });

test.describe('tab reloaded mid-fill, after the work-log row was added and before Save', () => {
  test.use({ mockOptions: { okSaves: false } });
  test('the unsaved row is gone, continue fills once', async ({ openTicket, mock, context, extensionId }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const page = await openTicket(TICKET);
    const before = ticketOf(mock);
    const panel = await toOutcome(page);
    mock.control({ waitDelayMs: 250 });
    await panel.getByTestId('fill-run').click();
    await landed(panel, 'workLogDetails');
    // NOSSA's page holds the new row, unsaved.
    expect(Object.values(stateOf(mock).uiSessions).some((u) => u.newWorklog.length === 1)).toBe(true);
    await page.reload();
    await expect(page.locator('input[title^="Incident:"]').first()).toHaveValue(TICKET);
    expect(stateOf(mock).saves).toHaveLength(0);
    expect(ticketOf(mock)).toEqual(before); // the reload dropped every unsaved value

    await expectStep(panel, 'outcome');
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'interrupted');
    await expect(panel.getByTestId('fill-interrupted')).toBeVisible();
    // The fields that landed before the reload are listed, and none of them is claimed saved.
    await expect(panel.getByTestId('fill-fields').locator('li[data-field="workLogDetails"][data-state="on-screen"]')).toBeVisible();
    await expect(panel.getByTestId('fill-fields').locator('li[data-state="saved"]')).toHaveCount(0);
    await expect(panel.getByTestId('fill-verify')).toHaveCount(0);
    mock.control({ waitDelayMs: 40 });
    await panel.getByTestId('fill-continue').click();

    const { trail } = await expectSavedOnceAndFinished({ mock, ext, panel, before });
    expect(stateOf(mock).saves).toHaveLength(1);
    const first = trail.slice(0, trail.indexOf('interrupted'));
    expect(first[0]).toBe('started');
    expect(first).toContain('field:workLogDetails');
    expect(first.some((t) => t.startsWith('result:'))).toBe(false);
    expect(trail.filter((t) => t === 'started')).toHaveLength(2);
    expect(trail[trail.indexOf('interrupted') + 1]).toBe('started');
  });
});

test.describe('service worker stopped mid-fill', () => {
  test('the fill goes on, every field is recorded once, the panel finishes', async ({ openTicket, mock, context, extensionId }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const page = await openTicket(TICKET);
    const before = ticketOf(mock);
    const panel = await toOutcome(page);
    mock.control({ waitDelayMs: 250 });
    await panel.getByTestId('fill-run').click();
    await landed(panel, 'pendingReason');
    await stopServiceWorker(context, ext);
    await landed(panel, 'workLogDetails');
    await stopServiceWorker(context, ext);
    mock.control({ waitDelayMs: 40 });

    const { events, trail } = await expectSavedOnceAndFinished({ mock, ext, panel, before });
    expect(stateOf(mock).saves).toHaveLength(1);
    expect(trail.filter((t) => t === 'started')).toHaveLength(1);
    expect(trail.filter((t) => t.startsWith('result:'))).toEqual(['result:true']);
    const started = events.find((e) => e.type === 'fill.started')!;
    const perField = events.filter((e) => e.type === 'fill.field').map((e) => e.payload.result.field as string);
    expect(perField.sort()).toEqual(stepFields(started).sort()); // each once, none lost while the worker was away
    expect(trail.indexOf('result:true')).toBeGreaterThan(trail.lastIndexOf(`field:${stepFields(started).at(-1)}`));
  });
});

test.describe('two tabs on one ticket click "Isi NOSSA otomatis" together', () => {
  test('one fills, the other says who is filling; one row, one Save', async ({ openTicket, mock, context, extensionId }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const a = await openTicket(TICKET);
    const b = await openTicket(TICKET, await context.newPage());
    const before = ticketOf(mock);
    const panelA = await toOutcome(a);
    const panelB = panelOf(b);
    await expectStep(panelB, 'outcome'); // the second tab follows the same session live
    mock.control({ waitDelayMs: 250 });
    const requestsBefore = stateOf(mock).requests.length;
    // Both buttons enabled, then both pressed at once (a Playwright click would wait for the
    // loser's button to be enabled again and press it after the winner finished).
    await expect(panelA.getByTestId('fill-run')).toBeEnabled();
    await expect(panelB.getByTestId('fill-run')).toBeEnabled();
    const press = (panel: typeof panelA) => panel.getByTestId('fill-run').evaluate((button: HTMLButtonElement) => button.click());
    await Promise.all([press(panelA), press(panelB)]);

    const stateA = panelA.getByTestId('fill-section');
    const stateB = panelB.getByTestId('fill-section');
    await expect.poll(async () => [await stateA.getAttribute('data-state'), await stateB.getAttribute('data-state')].sort().join(' ')).toBe('running-elsewhere running-here');
    const [winner, loser, loserPage] = (await stateA.getAttribute('data-state')) === 'running-here' ? [panelA, panelB, b] : [panelB, panelA, a];
    const loserUi = await loserPage.locator('#uisessionid').inputValue();
    await expect(loser.getByTestId('fill-locked')).toContainText(AGENT.name);
    await expect(loser.getByTestId('fill-run')).toBeDisabled();
    mock.control({ waitDelayMs: 40 });

    await expectSavedOnceAndFinished({ mock, ext, panel: winner, before });
    await expectStep(loser, 'done'); // the other tab shows the finished session too
    const events = await eventsOf(ext);
    expect(events.filter((e) => e.type === 'fill.started')).toHaveLength(1); // the loser never started a fill
    const state = stateOf(mock);
    expect(state.saves).toHaveLength(1);
    const fillRequests = state.requests.slice(requestsBefore);
    expect(fillRequests.filter((r) => r.message?.startsWith('BMXAA4209I'))).toEqual([]); // no "nothing to save"
    // The other tab's NOSSA page sent nothing at all.
    expect(loserUi).not.toBe('');
    expect(fillRequests.filter((r) => r.uisessionid === loserUi)).toEqual([]);
  });
});

test.describe('recording the result fails', () => {
  test('refused by storage: fill-unrecorded with "Catat hasil lagi", never stuck, buttons back; recorded again, checked, finished', async ({
    openTicket,
    mock,
    context,
    extensionId,
  }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const page = await openTicket(TICKET);
    const before = ticketOf(mock);
    const panel = await toOutcome(page);
    // The worker's IndexedDB refuses (a full disk) every write of the fill's end: the commit
    // fields' own records and the result. The start and the other fields are stored.
    const worker = context.serviceWorkers().at(-1)!;
    await worker.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      g.__refuse = true;
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: any, key?: IDBValidKey) {
        const end = value?.type === 'fill.result' || (value?.type === 'fill.field' && String(value.payload?.result?.field).startsWith('commit:'));
        if (g.__refuse && end) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.call(this, value, key);
      };
    });
    await panel.getByTestId('fill-run').click();
    await expect(panel.getByTestId('fill-unrecorded')).toBeVisible({ timeout: 60_000 });
    expect(stateOf(mock).saves).toHaveLength(1); // NOSSA saved it
    await expect(panel.getByText(/^Mengisi NOSSA…/)).toHaveCount(0);
    await expect(panel.getByTestId('fill-record-again')).toBeEnabled();
    // The trail has no result, so the panel says the fill did not end, and its buttons are back.
    await expect(panel.getByTestId('fill-section')).toHaveAttribute('data-state', 'interrupted');
    await expect(panel.getByTestId('fill-continue')).toBeEnabled();
    await expect(panel.getByTestId('fill-verify')).toHaveCount(0);
    expect(fillTrail(await eventsOf(ext)).some((t) => t.startsWith('result:'))).toBe(false);

    // Still refused: the panel asks again, hears the refusal, and the notice stays, nothing lost.
    // The answer is watched where the panel hears it, in the content script's own world.
    const contentScript = await contentScriptWorld(context, page, extensionId);
    await contentScript.evaluate(WATCH_RECORD_FILL_ANSWERS);
    await panel.getByTestId('fill-record-again').click();
    const answers = () => contentScript.evaluate<Array<{ err?: { message?: string } }>>('globalThis.__recordFillAnswers');
    await expect.poll(async () => (await answers()).length).toBe(1);
    // A typed refusal, which the panel does not send again (only a lost message is retried):
    // this answer was the last, and the panel has acted on it by now.
    expect((await answers())[0]!.err?.message).toMatch(/^storage-full:/);
    await expect(panel.getByTestId('fill-unrecorded')).toBeVisible();
    await expect(panel.getByTestId('fill-record-again')).toBeEnabled();

    await worker.evaluate(() => ((globalThis as Record<string, unknown>).__refuse = false));
    await panel.getByTestId('fill-record-again').click();
    await expect(panel.getByTestId('fill-unrecorded')).toHaveCount(0);
    await expect(panel.getByTestId('fill-section')).not.toHaveAttribute('data-state', 'interrupted');
    // The stored result is the one the fill produced (committed by Pandu), then the usual proof.
    if ((await panel.getByTestId('fill-section').getAttribute('data-state')) === 'filled-not-saved') await panel.getByTestId('fill-verify').click();
    const refusedFieldRecords = ['commit:confirmChangeStatus', 'commit:save'];
    const { events, trail } = await expectSavedOnceAndFinished({ mock, ext, panel, before, refusedFieldRecords });
    expect(stateOf(mock).saves).toHaveLength(1);
    expect(trail.filter((t) => t === 'started')).toHaveLength(1);
    expect(trail.filter((t) => t.startsWith('result:'))).toEqual(['result:true']);
    const result = events.find((e) => e.type === 'fill.result')!.payload as Row;
    expect(result.committed).toBe(true);
    expect(result.fields.every((f: Row) => f.status === 'done')).toBe(true);
  });

  test('the worker restarts while the result is being recorded: retried, stored once, never stuck', async ({ openTicket, mock, context, extensionId }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const page = await openTicket(TICKET);
    const before = ticketOf(mock);
    const panel = await toOutcome(page);
    // The worker's write of "fill.result" hangs (busy for 8 s), and Chrome stops the worker meanwhile.
    // Just before it hangs, the worker says so on a channel the extension page listens to.
    const worker = context.serviceWorkers().at(-1)!;
    await ext.evaluate(() => {
      const channel = new BroadcastChannel('fill-result-write');
      (globalThis as Record<string, unknown>).__writing = new Promise((resolve) => (channel.onmessage = () => resolve(true)));
    });
    await worker.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      const channel = new BroadcastChannel('fill-result-write');
      let once = false;
      (globalThis as Record<string, unknown>).__alive = true;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: any, key?: IDBValidKey) {
        if (!once && value?.type === 'fill.result') {
          once = true;
          channel.postMessage('busy');
          const end = Date.now() + 8_000;
          while (Date.now() < end) {
            /* busy: the message's answer never comes from this worker */
          }
        }
        return add.call(this, value, key);
      };
    });
    const savesBefore = stateOf(mock).saves.length;
    await panel.getByTestId('fill-run').click();
    await expect.poll(() => stateOf(mock).saves.length, { timeout: 60_000 }).toBe(savesBefore + 1);
    await expect(panel.getByTestId('fill-fields').locator('li[data-field="commit:save"][data-status="done"]')).toBeVisible();
    await ext.evaluate(() => (globalThis as Record<string, unknown>).__writing); // the result message is in the busy worker
    await stopServiceWorker(context, ext);

    const { events, trail } = await expectSavedOnceAndFinished({ mock, ext, panel, before });
    // A fresh worker stored it (the busy one never answered: it was stopped inside its 8 s).
    expect(
      await context
        .serviceWorkers()
        .at(-1)!
        .evaluate(() => (globalThis as Record<string, unknown>).__alive ?? 'fresh'),
    ).toBe('fresh');
    await expect(panel.getByTestId('fill-unrecorded')).toHaveCount(0);
    expect(trail.filter((t) => t.startsWith('result:'))).toEqual(['result:true']); // stored once, by the fresh worker
    expect(events.filter((e) => e.type === 'fill.started')).toHaveLength(1);
    expect(stateOf(mock).saves).toHaveLength(1);
  });
});

/**
 * Keeps, in the content script's world, every answer the background gives to a "recordFill"
 * message (@webext-core/messaging sends through chrome.runtime.sendMessage with a callback).
 */
const WATCH_RECORD_FILL_ANSWERS = `(() => {
  const answers = (globalThis.__recordFillAnswers = []);
  const send = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (message, callback) =>
    send(message, (answer) => {
      if (message?.type === 'recordFill') answers.push(answer ?? null);
      callback?.(answer);
    });
})()`;

/**
 * Counts the fill's round trips (POST /maximo/ui/maximo.jsp) from now on and aborts the Nth one as
 * a lost connection would (the request never reaches NOSSA). 0 aborts nothing.
 */
async function abortNthRoundTrip(context: import('@playwright/test').BrowserContext, n: number) {
  const seen = { count: 0, aborted: false };
  await context.route(ROUND_TRIP, async (route) => {
    if (!isPost(route)) return route.fallback();
    seen.count++;
    if (seen.count === n) {
      seen.aborted = true;
      return route.abort('connectionfailed');
    }
    return route.fallback();
  });
  return seen;
}

/** Round trips of one clean fill of an approved outcome with "Isi dan simpan" (okSaves true), up to Pandu's reload. */
const FILL_ROUND_TRIPS = 12;
/** Then the read-back of the fresh page. */
const READ_BACK_ROUND_TRIPS = 2;

test.describe('a NOSSA request lost at each step', () => {
  test('baseline: a clean fill uses FILL_ROUND_TRIPS round trips before its reload', async ({ openTicket, mock, context, extensionId }) => {
    const ext = await extensionPage(context, extensionId);
    await autoSave(ext);
    const page = await openTicket(TICKET);
    const before = ticketOf(mock);
    const panel = await toOutcome(page);
    const seen = await abortNthRoundTrip(context, 0);
    let atReload = -1;
    page.on('framenavigated', (frame) => frame === page.mainFrame() && atReload < 0 && (atReload = seen.count));
    await panel.getByTestId('fill-run').click();
    await expectSavedOnceAndFinished({ mock, ext, panel, before });
    expect(atReload).toBe(FILL_ROUND_TRIPS);
    expect(seen.count).toBe(FILL_ROUND_TRIPS + READ_BACK_ROUND_TRIPS);
  });

  for (let n = 1; n <= FILL_ROUND_TRIPS + READ_BACK_ROUND_TRIPS; n++) {
    test(`round trip ${n} of ${FILL_ROUND_TRIPS + READ_BACK_ROUND_TRIPS} lost: NOSSA's connection message, nothing claimed, a retry saves one row`, async ({
      openTicket,
      mock,
      context,
      extensionId,
    }) => {
      const ext = await extensionPage(context, extensionId);
      await autoSave(ext);
      const page = await openTicket(TICKET);
      const before = ticketOf(mock);
      const panel = await toOutcome(page);
      const seen = await abortNthRoundTrip(context, n);
      await panel.getByTestId('fill-run').click();
      const section = panel.getByTestId('fill-section');
      // With "Isi dan simpan", "filled-not-saved" is only the moment between the fill's record and
      // its own check; the panel also reloads for the read-back, so a read may meet no page.
      const settled = ['fill-failed', 'verify-failed', 'interrupted'];
      const phase = async () => {
        try {
          if ((await panel.getByTestId('flow').getAttribute('data-step', { timeout: 2_000 })) === 'done') return 'done';
          return settled.includes((await section.getAttribute('data-state', { timeout: 2_000 })) ?? '') ? 'settled' : 'busy';
        } catch {
          return 'busy';
        }
      };
      await expect.poll(phase, { timeout: 60_000 }).not.toBe('busy');
      expect(seen.aborted).toBe(true);
      await expect(panel.getByText(/^Mengisi NOSSA…/)).toHaveCount(0);
      const state = await section.getAttribute('data-state');
      // Whatever the step, the lost request is told as NOSSA's connection failure, never as a missing field.
      await expect(section).toContainText('BMXAA0001E');
      await expect(panel).not.toContainText('Field tidak ditemukan');
      const events = await eventsOf(ext);
      const runs = events.filter((e) => e.type === 'fill.result' || e.type === 'fill.verify');
      expect(runs.flatMap((e) => (e.payload.fields as Row[]).filter((f) => f.reason === 'field-missing'))).toEqual([]);
      // Nothing falsely done: the session is open, nothing is applied.
      await expectStep(panel, 'outcome');
      expect(events.some((e) => e.type === 'update.applied')).toBe(false);
      // The agent retries once NOSSA's own message is gone (it shows for a few seconds; while it
      // shows, the record check rightly refuses to call anything saved).
      await expect(page.locator('#titlebar_error')).toBeEmpty({ timeout: 15_000 });
      if (n <= FILL_ROUND_TRIPS) {
        // Lost during the fill: the fill failed and says so; NOSSA saved nothing.
        expect(state).toBe('fill-failed');
        expect(fillTrail(events).filter((t) => t.startsWith('result:'))).toEqual(['result:false']);
        expect(stateOf(mock).saves).toHaveLength(0);
        expect(ticketOf(mock)).toEqual(before);
        await expect(panel.getByTestId('fill-verify')).toHaveCount(0);
        // When the failed fill left unsaved values on the page (a lost value still shows as typed;
        // a half-made row stays), "Isi ulang" reloads the ticket first and fills on the clean page.
        const refill = (await panel.getByTestId('fill-run').getAttribute('data-refill')) === 'true';
        await panel.getByTestId('fill-run').click();
        if (refill) await expect.poll(async () => fillTrail(await eventsOf(ext)).includes('reload')).toBe(true);
      } else {
        // Lost during the read-back of the fresh page: saved by NOSSA, but not proven, so not finished.
        expect(state).toBe('verify-failed');
        expect(stateOf(mock).saves).toHaveLength(1);
        await panel.getByTestId('fill-verify').click();
      }
      const { trail } = await expectSavedOnceAndFinished({ mock, ext, panel, before });
      expect(stateOf(mock).saves).toHaveLength(1);
      expect(trail.filter((t) => t.startsWith('result:'))).toEqual(n <= FILL_ROUND_TRIPS ? ['result:false', 'result:true'] : ['result:true']);
      if (n > FILL_ROUND_TRIPS) {
        const verifies = ['verify:record:true', 'reload', 'verify:readBack:false', 'verify:record:true', 'reload', 'verify:readBack:true', 'applied:fill'];
        expect(trail.slice(trail.indexOf('result:true') + 1)).toEqual(verifies);
      }
    });
  }
});
