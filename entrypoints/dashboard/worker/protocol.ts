import * as z from 'zod/mini';
import { CSV_DELIMITERS } from '@/lib/export';
import { logFilterSchema, logSortSchema, type AgentInfo, type LogRow } from '@/lib/logs';
import { type ImportProblem, type ImportRecord } from '@/lib/import';
import { intBetween, languageSchema, type Shift } from '@/lib/schema';

/**
 * What the dashboard asks its worker to do. Exports and imports run there so a 100,000-row file
 * never freezes the page; the worker validates each request like any other boundary.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z.object({
  type: z.literal('export'),
  format: z.enum(EXPORT_FORMATS),
  filter: logFilterSchema,
  sort: logSortSchema,
  delimiter: z.enum(CSV_DELIMITERS),
  mask: z.boolean(),
  /** XLSX only: add the events sheet (the audit trail of every exported session). */
  includeEvents: z.boolean(),
  language: languageSchema,
  /** The page's zone, so dates in the file are what the lead sees on screen. */
  timeZone: z.optional(
    z.string().check(
      z.minLength(1),
      z.maxLength(64),
      z.refine((zone) => {
        try {
          return Boolean(new Intl.DateTimeFormat('en', { timeZone: zone }));
        } catch {
          return false;
        }
      }, 'unknown time zone'),
    ),
  ),
  /** Written into JSON files (the worker cannot read the manifest). */
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const importRequestSchema = z.object({
  type: z.literal('import'),
  files: z.array(z.instanceof(File)).check(z.minLength(1), z.maxLength(200)),
  /** The language a refused file's problems are told in. */
  language: languageSchema,
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** Read the whole log into compact rows, off the page's thread, and send them over in pages. */
export const loadRequestSchema = z.object({ type: z.literal('load') });
export type LoadRequest = z.infer<typeof loadRequestSchema>;

export const jobRequestSchema = z.discriminatedUnion('type', [exportRequestSchema, importRequestSchema, loadRequestSchema]);
export type JobRequest = z.infer<typeof jobRequestSchema>;

/** As sent: the request and its job number, which every answer repeats (one worker may run several jobs). */
export const jobEnvelopeSchema = z.intersection(jobRequestSchema, z.object({ job: intBetween(1, Number.MAX_SAFE_INTEGER) }));

/** read: loading the log; write: writing rows; events: writing the audit trail; pack: building the file. */
export const JOB_PHASES = ['read', 'write', 'events', 'eventsScan', 'pack', 'check', 'save'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export type ImportFileOutcome = { ok: true; record: ImportRecord; previous: ImportRecord | null } | { ok: false; problem: ImportProblem | { code: 'failed'; detail: string } };

export type JobMessage =
  | { type: 'progress'; phase: JobPhase; done: number; total: number; file?: number }
  | { type: 'exported'; blob: Blob; fileName: string; sessions: number; events: number; ms: number }
  | { type: 'imported'; file: number; fileName: string; outcome: ImportFileOutcome }
  | { type: 'rows'; rows: LogRow[] }
  | { type: 'loaded'; agents: Array<[string, AgentInfo]>; shifts: Shift[]; token: string }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** What the worker posts: a message of one job. */
export type JobEnvelope = JobMessage & { job: number };
