import { z } from 'zod';

/**
 * A site profile is data, not code: an admin can change how Pandu finds NOSSA's fields without
 * a new release, and a second adapter (INSERA) is a second profile. Never a generated id:
 * Maximo regenerates them on every load.
 */
const textVariants = z.array(z.string().trim().min(1)).min(1);

export const locatorSchema = z.discriminatedUnion('by', [
  /** `<label for=…>` whose text equals one of the variants (case and trailing ":" / "*" ignored). */
  z.object({ by: z.literal('label'), text: textVariants }),
  /** Maximo titles inputs "Label: value": the title starts with one of the variants plus ":". */
  z.object({ by: z.literal('titlePrefix'), text: textVariants }),
  z.object({ by: z.literal('name'), name: z.string().min(1) }),
  z.object({ by: z.literal('ariaLabel'), text: textVariants }),
  /** Last resort, for markup no other strategy can describe. */
  z.object({ by: z.literal('css'), selector: z.string().min(1) }),
]);
export type Locator = z.infer<typeof locatorSchema>;

/**
 * How a value is written: text (type, then move focus on), valueList (open the server's menu and
 * pick the item), dateTime (typed in the profile's date format), longText (textarea), richText
 * (an editor iframe's body), checkbox, select (a native <select>).
 */
export const FIELD_KINDS = ['text', 'valueList', 'dateTime', 'longText', 'richText', 'checkbox', 'select'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A control to click (a tab, a toolbar button, a dialog button). */
export const controlLocatorSchema = z.discriminatedUnion('by', [
  /** An element with this ARIA role whose text (or aria-label / title) is one of the variants. */
  z.object({ by: z.literal('role'), role: z.string().min(1), text: textVariants }),
  /** Elements matching the selector whose visible text is one of the variants. */
  z.object({ by: z.literal('text'), selector: z.string().min(1), text: textVariants }),
  z.object({ by: z.literal('title'), text: textVariants }),
  z.object({ by: z.literal('css'), selector: z.string().min(1) }),
]);
export type ControlLocator = z.infer<typeof controlLocatorSchema>;

export const actionSpecSchema = z.object({
  scope: z.string().min(1).optional(),
  locators: z.array(controlLocatorSchema).min(1),
});
export type ActionSpec = z.infer<typeof actionSpecSchema>;

export const fieldSpecSchema = z.object({
  kind: z.enum(FIELD_KINDS),
  /**
   * Actions (names in the profile's `actions`) that bring the field onto the page when it is not
   * there, tried in order until it is: open a tab, open the Change Status dialog, add a row.
   */
  reach: z.array(z.string().min(1)).default([]),
  /** Only candidates inside an element matching this selector count (e.g. the main tab). */
  scope: z.string().min(1).optional(),
  /** Candidates inside an element matching this selector are skipped (e.g. list filters). */
  exclude: z.string().min(1).optional(),
  locators: z.array(locatorSchema).min(1),
});
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** A page kind is recognised when any of its signs is present. */
export const pageSignSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('css'), selector: z.string().min(1) }),
  /** A profile field is present and its value matches the pattern. */
  z.object({ by: z.literal('field'), field: z.string().min(1), pattern: z.string().min(1) }),
]);
export type PageSign = z.infer<typeof pageSignSchema>;

export const siteProfileSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Match patterns of the hosts the profile applies to. */
  hosts: z.array(z.string().regex(/^https?:\/\/[^/]+\/\*$/, 'match pattern like https://host/*')).min(1),
  pages: z.object({
    login: z.array(pageSignSchema).min(1),
    ticket: z.array(pageSignSchema).min(1),
    list: z.array(pageSignSchema).min(1),
  }),
  /** Sign that a user is signed in, and where to read the user id from (optional). */
  signedInUser: z.object({ selector: z.string().min(1), pattern: z.string().min(1) }).optional(),
  fields: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), fieldSpecSchema),
  actions: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), actionSpecSchema).default({}),
  /** How the host page behaves: where it shows that a server round trip is in flight, etc. */
  behaviour: z
    .object({
      /** Visible while the page talks to its server; nothing may be touched meanwhile. */
      busySelector: z.string().min(1).default('#wait'),
      /** Where the server's value menus appear, and their items. */
      menuItemSelector: z.string().min(1).default('#menuholder [role="menuitem"]'),
      /** Where the host shows its error messages, and how an error is marked. */
      errorSelector: z.string().min(1).default('#titlebar_error.error'),
      /** A harmless field whose focus sends the pending change (Maximo flushes on focus). */
      flushField: z.string().min(1).default('ticketId'),
      /** NOSSA's date-time format (date-fns tokens) and the zone its times are in (default: the browser's). */
      dateFormat: z.string().min(1).default('dd-MM-yyyy HH:mm'),
      timeZone: z.string().min(1).optional(),
      /**
       * What proves the host took a value: Maximo sends each change to its server, so a round
       * trip must be seen ('roundTrip'); a plain form only needs the value read back ('readBack').
       */
      confirmBy: z.enum(['roundTrip', 'readBack']).default('roundTrip'),
      /** How long one round trip may take before a field is reported as timed out. */
      roundTripTimeoutMs: z.number().int().min(500).max(120_000).default(15_000),
    })
    .default({
      busySelector: '#wait',
      menuItemSelector: '#menuholder [role="menuitem"]',
      errorSelector: '#titlebar_error.error',
      flushField: 'ticketId',
      dateFormat: 'dd-MM-yyyy HH:mm',
      confirmBy: 'roundTrip',
      roundTripTimeoutMs: 15_000,
    }),
  /** Values Pandu writes that are the profile's choice, not the instruction's. */
  writeDefaults: z
    .object({
      pendingStatus: z.string().min(1).default('PENDING'),
      workLogType: z.string().min(1).default('CLIENTNOTE'),
    })
    .default({ pendingStatus: 'PENDING', workLogType: 'CLIENTNOTE' }),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
