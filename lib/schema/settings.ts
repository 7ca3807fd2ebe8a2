import { z } from 'zod';
import { areaSchema, instantSchema } from './common';
import { procedureConfigSchema } from './procedure-config';
import { siteProfileSchema } from './site-profile';
import { shiftSettingsSchema } from './shift';

export const LANGUAGES = ['id', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Who the agent is. Deliberately no password field: the product never sees one (IK 1.1.5). */
export const agentSchema = z.object({
  name: z.string().trim().min(1).max(80),
  nossaUserId: z.string().trim().min(1).max(40),
  area: areaSchema,
  teamLead: z.string().trim().max(80).default(''),
});
export type Agent = z.infer<typeof agentSchema>;

/** Where the panel sits on the NOSSA page; remembered so it comes back where the agent left it. */
export const panelPlacementSchema = z.object({
  collapsed: z.boolean().default(false),
  /** Distance from the viewport's right and bottom edges, in CSS pixels. */
  right: z.number().int().min(0).max(10_000).default(16),
  bottom: z.number().int().min(0).max(10_000).default(16),
});
export type PanelPlacement = z.infer<typeof panelPlacementSchema>;

/** A host an admin adds: "https://10.1.2.3/*" or "https://nossa-staging.example/*". */
export const hostPatternSchema = z.string().regex(/^https?:\/\/[^/*\s]+\/\*$/, 'host pattern like https://host/*');

/** How Pandu updates NOSSA. By default it fills and the agent presses OK / Save themselves. */
export const fillSettingsSchema = z.object({
  /** "Fill and save": Pandu also presses Change Status OK / Save after filling. */
  autoSave: z.boolean().default(false),
});

/**
 * How long the audit log is kept (default 180 days), and the team lead's go-ahead: deletion by
 * the daily alarm runs only once the lead confirmed it for this period (or a shorter one).
 */
export const retentionSettingsSchema = z.object({
  days: z.number().int().min(7).max(3650).default(180),
  confirmed: z.object({ at: instantSchema, days: z.number().int().min(7).max(3650) }).nullable().default(null),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Privacy of what leaves the browser: exports mask customer phone numbers unless unticked. */
export const privacySettingsSchema = z.object({ maskPhones: z.boolean().default(true) });

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  v: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: languageSchema.default('id'),
  agent: agentSchema.nullable().default(null),
  panel: panelPlacementSchema.default({ collapsed: false, right: 16, bottom: 16 }),
  procedure: procedureConfigSchema.default(() => procedureConfigSchema.parse({})),
  /** Shift times (local) and the checklist's grace period; defaults Pagi, Siang, Malam. */
  shifts: shiftSettingsSchema.default(() => shiftSettingsSchema.parse({})),
  fill: fillSettingsSchema.default({ autoSave: false }),
  retention: retentionSettingsSchema.default({ days: 180, confirmed: null }),
  privacy: privacySettingsSchema.default({ maskPhones: true }),
  /** The admin's site profile; null means the shipped NOSSA default. */
  siteProfile: siteProfileSchema.nullable().default(null),
  /** Extra NOSSA hosts (match patterns) an admin allowed at run time, e.g. an internal IP. */
  extraHosts: z.array(hostPatternSchema).max(20).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What a caller may change in one message; nested objects are replaced whole. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema,
    agent: agentSchema.nullable(),
    panel: panelPlacementSchema,
    procedure: procedureConfigSchema,
    shifts: shiftSettingsSchema,
    fill: fillSettingsSchema,
    retention: retentionSettingsSchema,
    privacy: privacySettingsSchema,
    siteProfile: siteProfileSchema.nullable(),
    extraHosts: z.array(hostPatternSchema).max(20),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
