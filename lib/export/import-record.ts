import { z } from 'zod';
import { instantSchema, uuidSchema } from '../schema';
import { fileAgentSchema } from './file-schema';

const added = z.number().int().min(0);

/** One imported file, as the lead's browser remembers it: who sent it, when, what it brought. */
export const importRecordSchema = z.object({
  v: z.literal(1),
  id: uuidSchema,
  fileName: z.string().max(255),
  /** SHA-256 of the file's bytes, hex: the same file dropped twice is recognised. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  importedAt: instantSchema,
  exportedAt: instantSchema,
  exportedBy: fileAgentSchema.nullable(),
  agents: z.array(fileAgentSchema),
  masked: z.boolean(),
  formatVersion: z.number().int().min(1),
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
