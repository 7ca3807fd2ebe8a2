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

/** Where an imported record came from; records without one were made in this browser. */
export const recordSourceSchema = z.object({
  recordId: uuidSchema,
  kind: z.enum(SOURCE_KINDS),
  importId: uuidSchema,
});
export type RecordSource = z.infer<typeof recordSourceSchema>;
