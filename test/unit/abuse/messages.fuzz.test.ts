import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageRefusedError, refusalCodeOf, backgroundRequests, type RequestType, type SenderLike } from '@/lib/messaging';
import { flowStateSchema, transition } from '@/lib/procedure';
import { defaultSettings } from '@/lib/schema';
import { EXTENSION_ID, NOW, fromDashboard, fromPanel, snapshot, startBackground, validPayloads, type Background } from './background';
import { malformedFrom, mutantOf } from './mutate';

/**
 * Every message type the background serves, fuzzed against the real handlers and a real (fake-
 * indexeddb) database: what the schema refuses must come back as an "invalid-payload" refusal
 * that says where the problem is, and must leave every table exactly as it was.
 */
const TYPES = Object.keys(backgroundRequests) as RequestType[];
const RUNS = 120;

let bg: Background;
let valid: Record<RequestType, unknown>;
let before: Record<string, unknown>;

/** Every table and alarm, and how many pushes were announced to open pages: none may change. */
const state = async () => ({ ...(await snapshot(bg.db)), '(pushes)': bg.pushes.length });

beforeAll(async () => {
  bg = await startBackground();
  valid = validPayloads(bg.seeded);
  await new Promise((resolve) => setTimeout(resolve, 50)); // the seed's own announcements
  before = await state();
});
afterAll(() => bg.close());

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ refused: false as const, value }),
    (error: unknown) => ({ refused: true as const, error }),
  );

describe('the fuzz covers the whole protocol', () => {
  it('has a handler and a valid example of every message type, and each example is accepted as is', () => {
    // ./background.ts composes the handlers with the worker's own backgroundHandlers(): this holds them to the declarations.
    expect(Object.keys(bg.handlers).sort()).toEqual([...TYPES].sort());
    expect(Object.keys(valid).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) expect(backgroundRequests[type].input.safeParse(valid[type]).success, type).toBe(true);
  });

  it('starts from a database with something in every table that a bad message could damage', () => {
    for (const table of ['sessions', 'events', 'shifts', 'settings', 'drafts']) expect((before[table] as unknown[]).length, table).toBeGreaterThan(0);
  });
});

describe.each(TYPES)('malformed %s', (type) => {
  it('is refused as invalid-payload, with the place of the problem, and writes nothing', async () => {
    const schema = backgroundRequests[type].input;
    await fc.assert(
      fc.asyncProperty(
        malformedFrom(valid[type]).filter((data) => !schema.safeParse(data).success),
        async (data) => {
          const outcome = await refusalOf(bg.send(type, data));
          expect(outcome.refused).toBe(true);
          const error = (outcome as { error: unknown }).error;
          expect(error).toBeInstanceOf(MessageRefusedError);
          expect(refusalCodeOf(error)).toBe('invalid-payload');
          // zod's own words, one line per issue, with the path for anything below the top level.
          const message = (error as Error).message;
          expect(message).toMatch(/^invalid-payload: ✖ /);
          const issues = schema.safeParse(data).error!.issues;
          if (issues.some((issue) => issue.path.length > 0)) expect(message).toContain('→ at ');
          expect(await state()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('valid shape, wrong meaning: a typed refusal, and nothing written', () => {
  const uuidNotStored = fc.uuid({ version: 4 }).filter((id) => id !== bg.seeded.openSession && id !== bg.seeded.doneSession);

  it('flow events the state machine does not accept, on an open or a finished session', async () => {
    const stored = await bg.db.sessions.bulkGet([bg.seeded.openSession, bg.seeded.doneSession]);
    const rules = defaultSettings().procedure;
    const eventExamples = [
      { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
      { type: 'logAttempt', result: 'no-answer', note: '' },
      { type: 'customerApproves', until: new Date(Date.parse(NOW) + 3_600_000).toISOString() },
      { type: 'cancel', reason: 'Salah tiket' },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.oneof(...eventExamples.map(mutantOf)), async (which, event) => {
        const session = stored[which]!;
        // Mutations that happen to stay valid are real steps; only refused ones are the point here.
        fc.pre(!transition(flowStateSchema.parse(session.answers), event, { now: NOW, rules }).ok);
        const result = (await bg.send('flowEvent', { sessionId: session.id, event })) as { refusal: { code: string } | null };
        expect(result.refusal?.code).toMatch(/^(invalid-event|finished|illegal-transition|recheck-incomplete|not-enough-attempts|until-not-future|until-too-far)$/);
        expect(await state()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    // Each refused run reads the whole fake-IndexedDB state back; about 10 s on an idle 2-core
    // machine, three times that when the other test files run beside it.
  }, 120_000);

  it('a well-formed session id that is not stored: refused as not-found, or answered "nothing done"', async () => {
    await fc.assert(
      fc.asyncProperty(uuidNotStored, async (sessionId) => {
        const event = { type: 'logAttempt', result: 'busy' };
        for (const type of ['flowEvent', 'recordFill'] as const) {
          const data = { ...(valid[type] as object), sessionId, ...(type === 'flowEvent' ? { event } : {}) };
          const outcome = await refusalOf(bg.send(type, data));
          expect(outcome.refused, type).toBe(true);
          expect(refusalCodeOf((outcome as { error: unknown }).error), type).toBe('not-found');
        }
        expect(await bg.send('saveDraft', { ...(valid.saveDraft as object), sessionId })).toBe(false);
        expect(await bg.send('openFollowUp', { sessionId }, fromDashboard)).toBe(false);
        expect(await bg.send('resolveFollowUp', { sessionId }, fromDashboard)).toBe(false);
        expect(await state()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a fill record or a draft for a finished session is refused; the finished record stays as it was', async () => {
    const fill = await refusalOf(bg.send('recordFill', { ...(valid.recordFill as object), sessionId: bg.seeded.doneSession }));
    expect(refusalCodeOf((fill as { error: unknown }).error)).toBe('not-found');
    expect(await bg.send('saveDraft', { ...(valid.saveDraft as object), sessionId: bg.seeded.doneSession })).toBe(false);
    expect(await state()).toEqual(before);
  });
});

/** The hosts the seeded background trusts a content script on (the default and one extra host). */
function isAllowedHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'nossa.telkom.co.id' || hostname === '10.1.2.3');
  } catch {
    return false;
  }
}

describe('senders the background must not listen to', () => {
  const otherId = fc.string({ unit: 'binary', maxLength: 40 }).filter((id) => id !== EXTENSION_ID);
  const webUrl = fc
    .oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        'https://nossa.telkom.co.id.evil.example/maximo/ui/',
        'https://nossa.telkom.co.id@evil.example/maximo/ui/',
        'https://evil.example/https://nossa.telkom.co.id/',
        'http://nossa.telkom.co.id/maximo/ui/',
        'https://10.1.2.3.evil.example/',
        `chrome-extension://${EXTENSION_ID}evil/x.html`,
        'chrome-extension://otherextensionidotherextensionid/x.html',
        'about:blank',
        'data:text/html,<script>1</script>',
        'javascript:alert(1)',
      ),
    )
    .filter((url) => !isAllowedHost(url));
  const untrusted = fc.oneof(
    // another extension, or a sender with no id at all
    fc.record({
      id: fc.option(otherId, { nil: undefined }),
      url: fc.option(fc.oneof(webUrl, fc.constant(`chrome-extension://${EXTENSION_ID}/dashboard.html`)), { nil: undefined }),
      tab: fc.option(fc.constant({ id: 3 }), { nil: undefined }),
    }),
    // our id, but a page that is not NOSSA, or NOSSA without a tab (not a content script)
    fc.record({ id: fc.constant(EXTENSION_ID), url: webUrl, tab: fc.option(fc.constant({ id: 3 }), { nil: undefined }) }),
    fc.record({ id: fc.constant(EXTENSION_ID), url: fc.constant(fromPanel.url) }),
    // a url that is not a string
    fc.record({ id: fc.constant(EXTENSION_ID), url: fc.anything().filter((url) => typeof url !== 'string'), tab: fc.constant({ id: 3 }) }),
  ) as fc.Arbitrary<SenderLike>;

  it('are refused before anything is validated or written, whatever the message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), untrusted, async (type, sender) => {
        const outcome = await refusalOf(bg.send(type, valid[type], sender));
        expect(outcome.refused).toBe(true);
        expect(refusalCodeOf((outcome as { error: unknown }).error)).toBe('untrusted-sender');
        expect(await state()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('message types that are not in the protocol', () => {
  it('are refused as invalid-payload, prototype names included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'settingsChanged', 'flowChanged', 'pageCheck', 'dropDatabase'),
            fc.string({ maxLength: 30 }),
          )
          .filter((type) => !TYPES.includes(type as RequestType)),
        fc.anything(),
        async (type, data) => {
          const outcome = await refusalOf(bg.send(type as RequestType, data));
          expect(outcome.refused).toBe(true);
          expect(refusalCodeOf((outcome as { error: unknown }).error)).toBe('invalid-payload');
          expect(await state()).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the comparison itself', () => {
  // Last in this file: a second background resets the shared fake browser.
  it('sees a single accepted write, so "unchanged" above means nothing was written', async () => {
    const other = await startBackground();
    const start = await snapshot(other.db);
    await other.send('saveDraft', { ...(validPayloads(other.seeded).saveDraft as object) });
    expect(await snapshot(other.db)).not.toEqual(start);
    await other.close();
  });
});
