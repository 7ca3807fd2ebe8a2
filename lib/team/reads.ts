import * as z from 'zod/mini';
import { logFilterSchema, logSortSchema, FILL_STATES, type LogRow } from '../logs';
import { areaSchema, eventSchema, FILL_FAILURES, OUTCOMES, SESSION_STATUSES } from '../schema';
import { fileSessionSchema } from '../export/file-schema';
import { accountSchema } from './api';

/**
 * What a team lead's dashboard reads from the team server: the same filter and order as the
 * browser's own log (lib/logs), answered a page at a time; aggregates computed by the server.
 * The server parses each query with these schemas, the dashboard each answer.
 */

/** An IANA zone ("Asia/Makassar"): the lead's calendar days (filter dates, chart buckets) are in it. */
export const zoneSchema = z.string().check(z.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'IANA time zone'), z.maxLength(60));

export const logQuerySchema = z.object({
  filter: logFilterSchema,
  zone: zoneSchema,
});
export type LogQuery = z.infer<typeof logQuerySchema>;

export const PAGE_LIMIT_MAX = 500;
export const logPageQuerySchema = z.object({
  ...logQuerySchema.shape,
  sort: logSortSchema,
  limit: z._default(z.int().check(z.minimum(1), z.maximum(PAGE_LIMIT_MAX)), 100),
  /** Opaque: the `nextCursor` of the page before, null for the first page. */
  cursor: z._default(z.nullable(z.string().check(z.maxLength(400))), null),
});
export type LogPageQuery = z.input<typeof logPageQuerySchema>;

/** A row of the table exactly as the browser builds it (lib/logs toLogRow), built by the server. */
export const logRowSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  area: z.union([areaSchema, z.literal('')]),
  startedMs: z.number(),
  endedMs: z.nullable(z.number()),
  handlingSeconds: z.nullable(z.number()),
  status: z.enum(SESSION_STATUSES),
  outcome: z.nullable(z.enum(OUTCOMES)),
  reasonCode: z.string(),
  pendingUntilMs: z.nullable(z.number()),
  attempts: z.number(),
  failedAttempts: z.number(),
  fill: z.enum(FILL_STATES),
  revision: z.string(),
}) satisfies z.ZodMiniType<LogRow>;

export const logPageSchema = z.object({
  rows: z.array(logRowSchema),
  nextCursor: z.nullable(z.string()),
  /** Sessions matching the filter (all pages). */
  total: z.number(),
  /** The change counter the page was read at. */
  seq: z.string(),
});
export type LogPage = z.infer<typeof logPageSchema>;

export const sessionDetailSchema = z.object({ session: fileSessionSchema, events: z.array(eventSchema) });
export type TeamSessionDetail = z.infer<typeof sessionDetailSchema>;

const bucket = <K extends readonly [string, ...string[]]>(series: K) => z.object({ key: z.string(), values: z.record(z.enum(series), z.number()) });
const share = z.object({ key: z.string(), unreachable: z.number(), reached: z.number(), share: z.nullable(z.number()) });

/** The charts' figures over the filtered log: the same series the browser's charts compute. */
export const chartsSchema = z.object({
  unit: z.enum(['day', 'week']),
  outcomes: z.array(bucket(['approved', 'unreachable', 'declined', 'cancelled', 'open'])),
  unreachable: z.object({ buckets: z.array(share), overall: share }),
  handling: z.object({
    buckets: z.array(z.object({ from: z.number(), to: z.nullable(z.number()), count: z.number() })),
    count: z.number(),
    median: z.nullable(z.number()),
    p90: z.nullable(z.number()),
  }),
  readiness: z.object({ buckets: z.array(bucket(['onTime', 'late', 'missing'])), totals: z.record(z.enum(['onTime', 'late', 'missing']), z.number()) }),
  seq: z.string(),
});
export type TeamCharts = z.infer<typeof chartsSchema>;

/** How often the lead's dashboard asks for changes while shown (the bench measures step-to-screen with it). */
export const LIVE_POLL_MS = 2_000;

/** The dashboard's live view: it polls this and reads again when the counter moved. */
export const changesSchema = z.object({ seq: z.string() });

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export const exportRequestSchema = z.object({
  ...logQuerySchema.shape,
  sort: logSortSchema,
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(['id', 'en']),
  delimiter: z._default(z.enum([';', ',']), ';'),
  maskPhones: z._default(z.boolean(), true),
  /** The lead's pending-reason labels in `language` (code -> label): the server keeps no catalogue. */
  reasonLabels: z._default(z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(200))), {}),
});
export type ExportRequest = z.input<typeof exportRequestSchema>;
/** A one-time address the browser downloads from (streamed to disk, never held in the page). */
export const exportTicketSchema = z.object({ url: z.string(), expiresAt: z.string(), fileName: z.string() });

export const agentsSchema = z.object({ accounts: z.array(z.extend(accountSchema, { tokens: z.number(), lastSeenAt: z.nullable(z.string()) })) });

/** Fill health: per NOSSA field, how Pandu's fills fare, so a lead learns that NOSSA changed. */
export const fillHealthQuerySchema = z.object({ ...logQuerySchema.shape });
export const fillHealthSchema = z.object({
  fields: z.array(
    z.object({
      field: z.string(),
      fills: z.number(),
      failures: z.number(),
      byReason: z.record(z.enum(FILL_FAILURES), z.number()),
      byProfile: z.array(z.object({ profile: z.string(), fills: z.number(), failures: z.number() })),
      byDay: z.array(z.object({ day: z.string(), fills: z.number(), failures: z.number() })),
    }),
  ),
  /** Fields failing for several agents lately (3+ failures from 2+ agents within 8 hours). */
  alerts: z.array(z.object({ field: z.string(), failures: z.number(), agents: z.number(), firstAt: z.string(), lastAt: z.string(), reasons: z.array(z.enum(FILL_FAILURES)) })),
  seq: z.string(),
});
export type FillHealth = z.infer<typeof fillHealthSchema>;

/** Per-agent practice against the instruction, over the filter's period. */
export const practiceSchema = z.object({
  agents: z.array(
    z.object({
      agentId: z.string(),
      name: z.string(),
      area: z.union([areaSchema, z.literal('')]),
      sessions: z.number(),
      checklists: z.object({ onTime: z.number(), late: z.number(), missing: z.number() }),
      /** Call attempts logged before each "unreachable" outcome. */
      unreachableAttempts: z.object({ count: z.number(), median: z.nullable(z.number()), min: z.nullable(z.number()) }),
      /** Seconds from the request (session start) to NOSSA saved (fill proven, or manual update recorded). */
      requestToSaved: z.object({ count: z.number(), median: z.nullable(z.number()), p90: z.nullable(z.number()) }),
      /** Pendings whose agreed time passed with no follow-up handled. */
      followUpsMissed: z.number(),
    }),
  ),
  seq: z.string(),
});
export type Practice = z.infer<typeof practiceSchema>;

export const quarantineSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      receivedAt: z.string(),
      accountName: z.string(),
      kind: z.string(),
      recordId: z.nullable(z.string()),
      path: z.string(),
      reason: z.string(),
    }),
  ),
});
