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
import { eventsOf, expectSavedOnceAndFinished, fillTrail, stateOf, stopServiceWorker, TICKET, ticketOf, toOutcome, until, type Row } from './fill-fault-helpers';
import { expectStep, panelOf } from './flow-helpers';
import { AGENT, callBackground, extensionPage } from './helpers';

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
          await Promise.race([saved, expect(panel.getByTestId('fill-summary')).toBeVisible({ timeout: 60_000 }).then(() => { throw new Error(`the fill ended before NOSSA saved: ${JSON.stringify(fillTrail([]))}`); })]);
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
          const sent = stateOf(mock).requests.slice(requestsBefore).flatMap((r) => r.events.map((e) => e.type));
          expect(sent).not.toContain('setvalue');
          await context.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
});
