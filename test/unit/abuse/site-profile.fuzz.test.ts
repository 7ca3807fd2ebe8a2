// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageRefusedError, refusalCodeOf } from '@/lib/messaging';
import { issuesOf, settingsPatchSchema, siteProfileSchema, type SiteProfile } from '@/lib/schema';
import { findField } from '@/lib/fill/engine/fields';
import { checkPage, detectPage, locateControl, locateField, nossaProfile, readSignedInUser, readTicket, watchPage } from '@/lib/sites';
import { SAMPLE, ticketPage } from '../sites/fixtures';
import { fromDashboard, snapshot, startBackground, type Background } from './background';
import { hostileKey, malformedFrom } from './mutate';

/**
 * Site profiles are admin-edited JSON that steer the content script on NOSSA. A malformed one
 * must be refused at the boundary with the exact place of each problem and change nothing; a
 * valid but odd one (broken selectors, broken patterns) must never break the NOSSA page.
 */
let bg: Background;
let before: Record<string, unknown>;

beforeAll(async () => {
  bg = await startBackground();
  before = await snapshot(bg.db);
});
afterAll(() => bg.close());

// Refused by the profile schema, and not merely absent (a patch without a profile is a valid no-op).
const malformedProfile = malformedFrom(nossaProfile).filter((siteProfile) => !settingsPatchSchema.safeParse({ siteProfile }).success);

describe('a malformed site profile', () => {
  it('is refused by the background with the path of the problem, and the stored settings stay as they were', async () => {
    await fc.assert(
      fc.asyncProperty(malformedProfile, async (siteProfile) => {
        const error = await bg.send('updateSettings', { siteProfile }, fromDashboard).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(MessageRefusedError);
        expect(refusalCodeOf(error)).toBe('invalid-payload');
        expect((error as Error).message).toContain('→ at siteProfile');
        expect(await snapshot(bg.db)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('is listed for the admin issue by issue, each with its exact path in the JSON', () => {
    fc.assert(
      fc.property(malformedProfile, (profile) => {
        const issues = issuesOf(siteProfileSchema.safeParse(profile).error!);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          // The path names a real place: "" (the whole profile) or one of the profile's own parts.
          expect(issue.path).toMatch(/^$|^(v|id|name|hosts|pages|signedInUser|fields|actions|behaviour|writeDefaults)(\.|\[|$)/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Strings admins (or a corrupted file) put where a CSS selector or a RegExp is expected. */
const selector = fc.oneof(
  fc.constantFrom(
    '#wait',
    'a[',
    ':has(',
    '::-webkit-bogus',
    '}{',
    '\\',
    '*',
    'input[title^="Incident:"]',
    '#dialogholder [role="dialog"]',
    'label:nth-child(',
    '[x="\u0000"]',
    'iframe',
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const pattern = fc.oneof(fc.constantFrom('(', '[', '^INC?\\d{5,15}$', '(?<', '\\', '*', '^\\s*(\\S+)', '(?<name>IN\\d+)', '$^'), fc.string({ minLength: 1, maxLength: 20 }));
const text = fc.array(fc.oneof(fc.constantFrom('Incident', 'Summary', 'Status', 'OK'), fc.string({ minLength: 1, maxLength: 20 })), { minLength: 1, maxLength: 3 });
const locator = fc.oneof(
  text.map((t) => ({ by: 'label', text: t })),
  text.map((t) => ({ by: 'titlePrefix', text: t })),
  text.map((t) => ({ by: 'ariaLabel', text: t })),
  fc.string({ minLength: 1, maxLength: 20 }).map((name) => ({ by: 'name', name })),
  selector.map((s) => ({ by: 'css', selector: s })),
);
const control = fc.oneof(
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), text).map(([role, t]) => ({ by: 'role', role, text: t })),
  fc.tuple(selector, text).map(([s, t]) => ({ by: 'text', selector: s, text: t })),
  text.map((t) => ({ by: 'title', text: t })),
  selector.map((s) => ({ by: 'css', selector: s })),
);
const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/);
/** Names an admin types where the profile refers to its own fields and actions, Object's members included. */
const reference = fc.oneof(key, fc.constantFrom('ticketId', 'summary', 'mainTab', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'));
const sign = fc.oneof(
  selector.map((s) => ({ by: 'css', selector: s })),
  fc.tuple(reference, pattern).map(([field, p]) => ({ by: 'field', field, pattern: p })),
);
const signs = fc.array(sign, { minLength: 1, maxLength: 3 });

/** Valid profiles by the schema, with anything the schema allows in the free-text places. */
const oddProfile: fc.Arbitrary<SiteProfile> = fc
  .record({
    fields: fc.dictionary(
      fc.oneof(fc.constantFrom('ticketId', 'summary', 'status', 'customerName', 'contactPhone', 'serviceId', 'ownerGroup'), key),
      fc.record(
        {
          kind: fc.constantFrom('text', 'valueList', 'dateTime', 'longText', 'richText', 'checkbox', 'select'),
          reach: fc.array(reference, { maxLength: 3 }),
          scope: selector,
          exclude: selector,
          locators: fc.array(locator, { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['kind', 'locators'] },
      ),
      { maxKeys: 8 },
    ),
    actions: fc.dictionary(
      fc.oneof(fc.constantFrom('mainTab', 'logTab', 'save'), key),
      fc.record({ scope: selector, locators: fc.array(control, { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['locators'] }),
      { maxKeys: 5 },
    ),
    pages: fc.record({ login: signs, ticket: signs, list: signs }),
    signedInUser: fc.option(fc.record({ selector, pattern }), { nil: undefined }),
    behaviour: fc.record({ busySelector: selector, menuItemSelector: selector, errorSelector: selector, flushField: reference }),
  })
  .map((parts) => siteProfileSchema.safeParse({ v: 1, id: 'odd', name: 'Odd', hosts: ['https://nossa.telkom.co.id/*'], ...parts }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data);

describe('a valid but odd site profile on a NOSSA page', () => {
  const pages = [
    ticketPage(SAMPLE),
    `<form id="loginform"><input id="username" name="username"><input type="password" id="password"></form>`,
    `<div class="listfilters"><input title="Incident filter" qbe="1"></div><div id="titlebar"><span id="titlebar_userid">930101</span></div>`,
  ];

  it('never throws in page detection, ticket reading, the page check or control lookup', () => {
    fc.assert(
      fc.property(oddProfile, fc.constantFrom(...pages), (profile, html) => {
        document.body.innerHTML = html;
        const kind = detectPage(document, profile);
        expect(['ticket', 'list', 'login', 'other']).toContain(kind);
        const ticket = readTicket(document, profile);
        if (ticket) expect(ticket.ticketId).toMatch(/^INC?\d{5,15}$/);
        const user = readSignedInUser(document, profile);
        expect(user === null || typeof user === 'string').toBe(true);
        for (const spec of Object.values(profile.fields)) locateField(document, spec);
        for (const spec of Object.values(profile.actions)) locateControl(document, spec);
        findField(document, profile, profile.behaviour.flushField);
        const report = checkPage(document, profile);
        expect(report.fields.map((f) => f.field)).toEqual(Object.keys(profile.fields));
      }),
      { numRuns: 400 },
    );
  });

  it('can be watched and unwatched while the page changes, without an error', async () => {
    await fc.assert(
      fc.asyncProperty(oddProfile, async (profile) => {
        document.body.innerHTML = pages[0]!;
        const watcher = watchPage(document, profile, 0);
        document.body.innerHTML = pages[1]!;
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(['ticket', 'list', 'login', 'other']).toContain(watcher.getSnapshot().kind);
        watcher.stop();
      }),
      { numRuns: 60 },
    );
  });

  it('takes only plain identifiers as field and action names; "__proto__" is dropped, never used', () => {
    fc.assert(
      fc.property(
        hostileKey.filter((k) => !/^[a-zA-Z][a-zA-Z0-9]*$/.test(k)),
        fc.constantFrom('fields', 'actions'),
        (name, where) => {
          const entry = where === 'fields' ? nossaProfile.fields.ticketId : nossaProfile.actions.save;
          const named = JSON.parse(`{${JSON.stringify(name)}: ${JSON.stringify(entry)}}`);
          const parsed = siteProfileSchema.safeParse({ ...nossaProfile, [where]: { ...nossaProfile[where], ...named } });
          if (name === '__proto__') {
            // zod skips the key rather than copying it: nothing reaches a prototype.
            expect(parsed.success && Object.hasOwn(parsed.data[where], '__proto__')).toBe(false);
            expect(({} as Record<string, unknown>).kind).toBeUndefined();
          } else {
            expect(parsed.success).toBe(false);
            expect(issuesOf(parsed.error!)[0]!.path).toBe(`${where}.${name}`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
