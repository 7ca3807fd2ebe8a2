import * as z from 'zod/mini';
import { areaSchema, instantSchema, intBetween, trimmedText } from './common';
import { procedureConfigSchema } from './procedure-config';
import { siteProfileSchema } from './site-profile';
import { shiftSettingsSchema } from './shift';

export const LANGUAGES = ['id', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Who the agent is. Deliberately no password field: the product never sees one (IK 1.1.5). */
export const agentSchema = z.object({
  name: trimmedText(1, 80),
  nossaUserId: trimmedText(1, 40),
  area: areaSchema,
  teamLead: z._default(trimmedText(0, 80), ''),
});
export type Agent = z.infer<typeof agentSchema>;

const panelOffset = () => z.optional(intBetween(0, 10_000));

/**
 * Where the panel sits on the NOSSA page; remembered so it comes back where the agent left it.
 * Stored relative to the window: the distance in CSS pixels from the nearest edge on each axis
 * (`left` or `right`, `top` or `bottom`; `right`/`bottom` when neither is set), clamped into the
 * window whenever it is drawn (components/panel/placement-math.ts), so a place saved on a wide
 * screen never puts the panel outside a narrow one. Older versions stored {collapsed, right,
 * bottom}: that is still this shape, and still loads.
 */
export const panelPlacementSchema = z
  .object({
    collapsed: z._default(z.boolean(), false),
    /** Docked as a full-height column at the window's left or right edge; null: floating. */
    dock: z._default(z.nullable(z.enum(['left', 'right'])), null),
    /** Only the current step's essentials (no ticket facts, timeline or footer). */
    compact: z._default(z.boolean(), false),
    left: panelOffset(),
    right: panelOffset(),
    top: panelOffset(),
    bottom: panelOffset(),
  })
  .check(
    z.refine((place) => place.left === undefined || place.right === undefined, 'one of left / right'),
    z.refine((place) => place.top === undefined || place.bottom === undefined, 'one of top / bottom'),
  );
export type PanelPlacement = z.infer<typeof panelPlacementSchema>;
/** Bottom-right, 16 px from the edges, floating, full: where a new agent finds the panel. */
export const defaultPanelPlacement = (): PanelPlacement => ({ collapsed: false, dock: null, compact: false, right: 16, bottom: 16 });

/** A host an admin adds: "https://10.1.2.3/*" or "https://nossa-staging.example/*". */
export const hostPatternSchema = z.string().check(z.regex(/^https?:\/\/[^/*\s]+\/\*$/, 'host pattern like https://host/*'));

/** How Pandu updates NOSSA. By default it fills and the agent presses OK / Save themselves. */
export const fillSettingsSchema = z.object({
  /** "Fill and save": Pandu also presses Change Status OK / Save after filling. */
  autoSave: z._default(z.boolean(), false),
});

/** A retention period in days: a week at least, ten years at most. */
export const retentionDays = () => intBetween(7, 3650);

/**
 * How long the audit log is kept (default 180 days), and the team lead's go-ahead: deletion by
 * the daily alarm runs only once the lead confirmed it for this period (or a shorter one).
 */
export const retentionSettingsSchema = z.object({
  days: z._default(retentionDays(), 180),
  confirmed: z._default(z.nullable(z.object({ at: instantSchema, days: retentionDays() })), null),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** What one retention run deleted (or would delete), per kind of record. */
export interface RetentionCounts {
  sessions: number;
  events: number;
  shifts: number;
  imports: number;
}

/** Privacy of what leaves the browser: exports mask customer phone numbers unless unticked. */
export const privacySettingsSchema = z.object({ maskPhones: z._default(z.boolean(), true) });

export const SETTINGS_VERSION = 1;

export const extraHostsSchema = z.array(hostPatternSchema).check(z.maxLength(20));

/**
 * The team server's address: an origin, https except on loopback. The one rule: lib/team's
 * serverUrlSchema (the wire contract) is this schema.
 */
export const teamServerUrlSchema = z.string().check(
  z.trim(),
  z.maxLength(300),
  z.refine((text) => {
    try {
      const url = new URL(text);
      const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
      return (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) && url.username === '' && url.password === '' && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'server URL (https://host[:port], http only on localhost)'),
);

/** The settings an enterprise policy (chrome.storage.managed) may set; a policy's value wins. */
export const POLICY_KEYS = ['siteProfile', 'pendingReasons', 'extraHosts', 'teamServerUrl'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const settingsSchema = z.object({
  v: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  /**
   * Counts the writes (lib/db/settings.ts). A page is sent settings twice per change (the reply
   * and the push to every tab), by two channels with no order between them: it keeps the highest
   * revision it has seen, so an older snapshot arriving late never undoes a newer one.
   */
  revision: z._default(z.int().check(z.nonnegative()), 0),
  language: z._default(languageSchema, 'id'),
  agent: z._default(z.nullable(agentSchema), null),
  panel: z._default(panelPlacementSchema, defaultPanelPlacement),
  procedure: z._default(procedureConfigSchema, () => procedureConfigSchema.parse({})),
  /** Shift times (local) and the checklist's grace period; defaults Pagi, Siang, Malam. */
  shifts: z._default(shiftSettingsSchema, () => shiftSettingsSchema.parse({})),
  fill: z._default(fillSettingsSchema, { autoSave: false }),
  retention: z._default(retentionSettingsSchema, { days: 180, confirmed: null }),
  privacy: z._default(privacySettingsSchema, { maskPhones: true }),
  /** The admin's site profile; null means the shipped NOSSA default. */
  siteProfile: z._default(z.nullable(siteProfileSchema), null),
  /** Extra NOSSA hosts (match patterns) an admin allowed at run time, e.g. an internal IP. */
  extraHosts: z._default(extraHostsSchema, []),
  /**
   * The team server agents enrol with (the enrolment form starts with it); null: none, and
   * nothing is sent anywhere. Only the address: the token lives in the database's `team` table.
   */
  teamServerUrl: z._default(z.nullable(teamServerUrlSchema), null),
  /**
   * Which of POLICY_KEYS an enterprise policy sets now. Never stored: the background works it
   * out on every read (lib/settings/policy.ts), and the dashboard shows those as set by policy.
   */
  policy: z._default(z.array(z.enum(POLICY_KEYS)), []),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What a caller may change in one message; nested objects are replaced whole. */
export const settingsPatchSchema = z.partial(
  z.strictObject({
    language: languageSchema,
    agent: z.nullable(agentSchema),
    panel: panelPlacementSchema,
    procedure: procedureConfigSchema,
    shifts: shiftSettingsSchema,
    fill: fillSettingsSchema,
    retention: retentionSettingsSchema,
    privacy: privacySettingsSchema,
    siteProfile: z.nullable(siteProfileSchema),
    extraHosts: extraHostsSchema,
    teamServerUrl: z.nullable(teamServerUrlSchema),
  }),
);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
