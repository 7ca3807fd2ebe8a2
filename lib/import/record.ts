import * as z from 'zod/mini';
import { instantSchema, intBetween, uuidSchema } from '../schema';
import { fileAgentSchema } from '../export/file-schema';
import { importedContentsSchema } from './contents';

const added = intBetween(0, Number.MAX_SAFE_INTEGER);

/** One imported file, as the lead's browser remembers it: who sent it, when, what it brought. */
export const importRecordSchema = z.object({
  v: z.literal(1),
  id: uuidSchema,
  fileName: z.string().check(z.maxLength(255)),
  /** SHA-256 of the file's bytes, hex: the same file dropped twice is recognised. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: added,
  importedAt: instantSchema,
  exportedAt: instantSchema,
  exportedBy: z.nullable(fileAgentSchema),
  agents: z.array(fileAgentSchema),
  masked: z.boolean(),
  /** What the file held (team or agent, days, filter); absent in records stored before Pandu kept it. */
  contents: z.optional(importedContentsSchema),
  formatVersion: intBetween(1, Number.MAX_SAFE_INTEGER),
  counts: z.object({
    sessions: z.object({ added, updated: added, unchanged: added }),
    events: z.object({ added, unchanged: added }),
    shifts: z.object({ added, updated: added, unchanged: added }),
  }),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const SOURCE_KINDS = ['session', 'event', 'shift'] as const;

/** Where one imported record came from, as versions 2 and 3 of the database stored it (a row per record). */
export const recordSourceSchema = z.object({
  recordId: uuidSchema,
  kind: z.enum(SOURCE_KINDS),
  importId: uuidSchema,
});
export type RecordSource = z.infer<typeof recordSourceSchema>;

/**
 * Where imported records came from, since version 5 of the database: one row per import, table
 * and up to `SOURCE_PART_SIZE` records, found by any of its record ids (a multi-entry index). A
 * record is in at most one part, that of the import that stored it last; one in none was made in
 * this browser. A row per record cost the lead's own export (772,297 records) as many writes again.
 */
export const sourcePartSchema = z.object({
  /** `<importId>:<kind>:<n>`, n counting the import's parts of that table from 0. */
  key: z.string().check(z.maxLength(100)),
  importId: uuidSchema,
  kind: z.enum(SOURCE_KINDS),
  recordIds: z.array(uuidSchema),
});
export type SourcePart = z.infer<typeof sourcePartSchema>;

export const SOURCE_PART_SIZE = 5_000;
