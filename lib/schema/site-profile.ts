import * as z from 'zod/mini';
import { isSupportedPattern } from '../time/pattern';
import { intBetween, nonEmpty } from './common';

/**
 * A site profile is data, not code: an admin can change how Pandu finds NOSSA's fields without
 * a new release, and a second adapter (INSERA) is a second profile. Never a generated id:
 * Maximo regenerates them on every load.
 *
 * Every object is strict: an admin who types "behavior" or "scop" by hand hears of the unknown
 * key with its exact path, instead of the setting being dropped without a word.
 */
const textVariants = z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1));

export const locatorSchema = z.discriminatedUnion('by', [
  /** `<label for=…>` whose text equals one of the variants (case and trailing ":" / "*" ignored). */
  z.strictObject({ by: z.literal('label'), text: textVariants }),
  /** Maximo titles inputs "Label: value": the title starts with one of the variants plus ":". */
  z.strictObject({ by: z.literal('titlePrefix'), text: textVariants }),
  z.strictObject({ by: z.literal('name'), name: nonEmpty() }),
  z.strictObject({ by: z.literal('ariaLabel'), text: textVariants }),
  /** Last resort, for markup no other strategy can describe. */
  z.strictObject({ by: z.literal('css'), selector: nonEmpty() }),
]);
export type Locator = z.infer<typeof locatorSchema>;

/**
 * How a value is written: text (type, then move focus on), valueList (open the server's menu and
 * pick the item), dateTime (typed in the profile's date format), longText and richText (long text:
 * the engine writes whatever widget it finds: a textarea, a rich-text iframe or a contenteditable
 * element), checkbox, select (a native <select>).
 */
export const FIELD_KINDS = ['text', 'valueList', 'dateTime', 'longText', 'richText', 'checkbox', 'select'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A control to click (a tab, a toolbar button, a dialog button). */
export const controlLocatorSchema = z.discriminatedUnion('by', [
  /** An element with this ARIA role whose text (or aria-label / title) is one of the variants. */
  z.strictObject({ by: z.literal('role'), role: nonEmpty(), text: textVariants }),
  /** Elements matching the selector whose visible text is one of the variants. */
  z.strictObject({ by: z.literal('text'), selector: nonEmpty(), text: textVariants }),
  z.strictObject({ by: z.literal('title'), text: textVariants }),
  z.strictObject({ by: z.literal('css'), selector: nonEmpty() }),
]);
export type ControlLocator = z.infer<typeof controlLocatorSchema>;

export const actionSpecSchema = z.strictObject({
  scope: z.optional(nonEmpty()),
  locators: z.array(controlLocatorSchema).check(z.minLength(1)),
});
export type ActionSpec = z.infer<typeof actionSpecSchema>;

export const fieldSpecSchema = z.strictObject({
  kind: z.enum(FIELD_KINDS),
  /**
   * Actions (names in the profile's `actions`) that bring the field onto the page when it is not
   * there, tried in order until it is: open a tab, open the Change Status dialog, add a row.
   */
  reach: z._default(z.array(nonEmpty()), []),
  /** Only candidates inside an element matching this selector count (e.g. the main tab). */
  scope: z.optional(nonEmpty()),
  /** Candidates inside an element matching this selector are skipped (e.g. list filters). */
  exclude: z.optional(nonEmpty()),
  /**
   * The action (a name in `actions`) whose round trip renders this field, e.g. the work log's
   * New Row: only fields that appeared when that action ran count, so a label repeated elsewhere
   * on the page (the ticket's own Summary) is never taken. Before the action ran on this page,
   * the candidate nearest to the action's control is taken.
   */
  renderedBy: z.optional(nonEmpty()),
  locators: z.array(locatorSchema).check(z.minLength(1)),
});
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** A page kind is recognised when any of its signs is present. */
export const pageSignSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('css'), selector: nonEmpty() }),
  /** A profile field is present and its value matches the pattern. */
  z.strictObject({ by: z.literal('field'), field: nonEmpty(), pattern: nonEmpty() }),
]);
export type PageSign = z.infer<typeof pageSignSchema>;

/** Keys of a profile's fields and actions: plain identifiers. */
const profileKeySchema = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/));

export const siteProfileSchema = z.strictObject({
  v: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: nonEmpty(),
  /** Match patterns of the hosts the profile applies to. */
  hosts: z.array(z.string().check(z.regex(/^https?:\/\/[^/]+\/\*$/, 'match pattern like https://host/*'))).check(z.minLength(1)),
  pages: z.strictObject({
    login: z.array(pageSignSchema).check(z.minLength(1)),
    ticket: z.array(pageSignSchema).check(z.minLength(1)),
    list: z.array(pageSignSchema).check(z.minLength(1)),
  }),
  /** Sign that a user is signed in, and where to read the user id from (optional). */
  signedInUser: z.optional(z.strictObject({ selector: nonEmpty(), pattern: nonEmpty() })),
  fields: z.record(profileKeySchema, fieldSpecSchema),
  actions: z._default(z.record(profileKeySchema, actionSpecSchema), {}),
  /** How the host page behaves: where it shows that a server round trip is in flight, etc. */
  behaviour: z._default(
    z.strictObject({
      /** Visible while the page talks to its server; nothing may be touched meanwhile. */
      busySelector: z._default(nonEmpty(), '#wait'),
      /** Where the server's value menus appear, and their items. */
      menuItemSelector: z._default(nonEmpty(), '#menuholder [role="menuitem"]'),
      /** Where the host shows its error messages, and how an error is marked. */
      errorSelector: z._default(nonEmpty(), '#titlebar_error.error'),
      /**
       * Where the host shows every message (errors, warnings, infos): an info message can be the
       * only sign that the record still needs Save. The severity is the Maximo code's last letter
       * (BMXAA4205I), else the element's class (error / warning / info).
       */
      messageSelector: z._default(nonEmpty(), '#titlebar_error'),
      /** A harmless field whose focus sends the pending change (Maximo flushes on focus). */
      flushField: z._default(nonEmpty(), 'ticketId'),
      /**
       * NOSSA's date-time format (date-fns notation: yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h
       * mm m ss s a, 'quoted text') and the zone its times are in (default: the browser's).
       */
      dateFormat: z._default(nonEmpty().check(z.refine(isSupportedPattern, 'date pattern with tokens yyyy MM dd HH mm ...')), 'dd-MM-yyyy HH:mm'),
      timeZone: z.optional(nonEmpty()),
      /**
       * What proves the host took a value: Maximo sends each change to its server, so a round
       * trip must be seen ('roundTrip'); a plain form only needs the value read back ('readBack').
       */
      confirmBy: z._default(z.enum(['roundTrip', 'readBack']), 'roundTrip'),
      /** How long one round trip may take before a field is reported as timed out. */
      roundTripTimeoutMs: z._default(intBetween(500, 120_000), 15_000),
    }),
    {
      busySelector: '#wait',
      menuItemSelector: '#menuholder [role="menuitem"]',
      errorSelector: '#titlebar_error.error',
      messageSelector: '#titlebar_error',
      flushField: 'ticketId',
      dateFormat: 'dd-MM-yyyy HH:mm',
      confirmBy: 'roundTrip',
      roundTripTimeoutMs: 15_000,
    },
  ),
  /** Values Pandu writes that are the profile's choice, not the instruction's. */
  writeDefaults: z._default(
    z.strictObject({
      pendingStatus: z._default(nonEmpty(), 'PENDING'),
      workLogType: z._default(nonEmpty(), 'CLIENTNOTE'),
    }),
    { pendingStatus: 'PENDING', workLogType: 'CLIENTNOTE' },
  ),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
