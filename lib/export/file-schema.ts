import * as z from 'zod/mini';
import { flowStateSchema } from '../procedure';
import { areaSchema, eventSchema, instantSchema, sessionSchema, shiftSchema, trimmedText } from '../schema';
import { exportContentsSchema } from './contents';

/**
 * The file agents send their team lead, and the lead's own complete export: versioned, and
 * self-describing enough that every session can be attributed to an agent and an area.
 *
 * Version 1:
 * { format: "pandu-export", version: 1, exportedAt, exportedBy, app, masked,
 *   agents: [{ nossaUserId, name, area, teamLead }], sessions: [...], events: [...], shifts: [...] }
 * Records are stored exactly as Pandu keeps them (lib/schema); `agents` names everyone whose
 * records are in the file. A newer Pandu that changes the shape bumps `version`.
 *
 * Added within version 1 (optional, so files written before it import as they always did, and
 * a Pandu that predates it ignores it): `contents`, what the file holds in a person's terms
 * (team or agent, the days, the filter exactly and in words; lib/export/contents.ts). Written
 * after the records, like `agents`, because the days held are known only then.
 */
export const EXPORT_FORMAT = 'pandu-export';
export const EXPORT_VERSION = 1;

export const fileAgentSchema = z.object({
  nossaUserId: trimmedText(1, 40),
  name: trimmedText(0, 80),
  /** Null only when the exporting browser never knew the agent's area. */
  area: z.nullable(areaSchema),
  teamLead: z._default(trimmedText(0, 80), ''),
});
export type FileAgent = z.infer<typeof fileAgentSchema>;

/** A session in a file must carry a readable flow state, or the lead's table could not show it. */
export const fileSessionSchema = z.extend(sessionSchema, { answers: flowStateSchema });

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instantSchema,
  /** Who made the file (null in a browser where no agent identity was ever set). */
  exportedBy: z.nullable(fileAgentSchema),
  app: z.object({ name: z.string().check(z.maxLength(40)), version: z.string().check(z.maxLength(40)) }),
  /** True when customer phone numbers were masked on export. */
  masked: z.boolean(),
  agents: z.array(fileAgentSchema).check(z.maxLength(10_000)),
  sessions: z.array(fileSessionSchema),
  events: z.array(eventSchema),
  shifts: z.array(shiftSchema),
  contents: z.optional(exportContentsSchema),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
/** What an exporter writes (defaults not yet applied). */
export type ExportFileInput = z.input<typeof exportFileSchema>;
