import * as z from 'zod/mini';
import { formatPath } from '../schema/issues';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile } from '../export/file-schema';
import { detectFileKind, textKind, type WrongKind } from './file-kind';
import { jsonDamage } from './json-damage';

/**
 * A file is taken whole or refused whole, before anything is stored; the refusal names the
 * problem precisely enough for the lead to tell the agent what to send again.
 */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; maxBytes: number }
  | { code: 'empty' }
  /** Not JSON at all: a CSV or XLSX export, an archive, a document (file-kind.ts). */
  | { code: 'wrong-kind'; kind: WrongKind }
  /** JSON that ends inside a value (`truncated`), or breaks at a line and column (json-damage.ts). */
  | { code: 'not-json'; truncated: boolean; line: number; column: number }
  | { code: 'not-pandu' }
  | { code: 'version-newer'; version: number }
  | { code: 'version-unknown'; version: string }
  | { code: 'too-many-records'; count: number; max: number }
  /** One record (or header value) longer than the limit: `path` says which (read-stream.ts). */
  | { code: 'record-too-large'; path: string; chars: number; max: number }
  | { code: 'invalid'; issues: Array<{ path: string; message: string }>; total: number }
  | { code: 'duplicate-id'; path: string; id: string }
  | { code: 'unknown-agent'; path: string; agentId: string }
  | { code: 'orphan-event'; path: string; sessionId: string }
  | { code: 'id-conflict'; path: string; id: string };

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

export interface ImportLimits {
  maxBytes: number;
  maxRecords: number;
  /** The longest one record's text may be (a header value: eight times that). */
  maxRecordChars: number;
}

/**
 * Sized for the lead's own complete export, which must import back: 100,000 sessions with their
 * 672,297 events are 362 MB and 772,297 records (about 3.6 KB per session with its events). The
 * file is read in chunks (read-stream.ts), so its size costs no memory of its own; what the
 * import holds is the checked records until the one transaction that stores them, so the count
 * is the bound that matters: 2 million records and 1 GiB, over 2.5 times that export. No real record comes near 1 MiB (a session with a long work log is a few
 * KB); one that does is a damaged or hostile file, refused with its place.
 */
export const IMPORT_LIMITS: ImportLimits = { maxBytes: 1024 * 1024 * 1024, maxRecords: 2_000_000, maxRecordChars: 1024 * 1024 };

const MAX_LISTED_ISSUES = 5;

/** Checked first, from the file's size alone, so an oversized file is never read into memory. */
export function checkImportSize(bytes: number, limits: ImportLimits = IMPORT_LIMITS): ImportProblem | null {
  if (bytes === 0) return { code: 'empty' };
  return bytes > limits.maxBytes ? { code: 'too-large', bytes, maxBytes: limits.maxBytes } : null;
}

/** A file as read from disk: its kind told from its first bytes, then its text checked. */
export function checkImportBytes(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): ImportCheck {
  const tooBig = checkImportSize(bytes.length, limits);
  if (tooBig) return { ok: false, problem: tooBig };
  const kind = detectFileKind(bytes);
  if (kind !== 'json') return { ok: false, problem: { code: 'wrong-kind', kind } };
  // TextDecoder drops a UTF-8 byte-order mark, which some editors add when a file is re-saved.
  return checkImportText(new TextDecoder().decode(bytes), limits);
}

/**
 * The file's text: refused in words when it is another kind of file, or JSON cut off or broken
 * (never with the parser's own message), else parsed and checked.
 */
export function checkImportText(text: string, limits: ImportLimits = IMPORT_LIMITS): ImportCheck {
  const tooBig = checkImportSize(text.length, limits);
  if (tooBig) return { ok: false, problem: tooBig };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const kind = textKind(text);
    if (kind !== 'json') return { ok: false, problem: { code: 'wrong-kind', kind } };
    const damage = jsonDamage(text) ?? { truncated: false, line: 1, column: 1 };
    return { ok: false, problem: { code: 'not-json', ...damage } };
  }
  return checkImportData(data, limits);
}

const recordCount = (data: Record<string, unknown>) =>
  ['sessions', 'events', 'shifts'].reduce((sum, key) => sum + (Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0), 0);

export function checkImportData(data: unknown, limits: ImportLimits = IMPORT_LIMITS): ImportCheck {
  const refuse = (problem: ImportProblem): ImportCheck => ({ ok: false, problem });
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuse({ code: 'not-pandu' });
  }
  const header = data as Record<string, unknown>;
  if (header.version !== EXPORT_VERSION) {
    return refuse(
      typeof header.version === 'number' && header.version > EXPORT_VERSION
        ? { code: 'version-newer', version: header.version }
        : { code: 'version-unknown', version: String(header.version) },
    );
  }
  const count = recordCount(header);
  if (count > limits.maxRecords) return refuse({ code: 'too-many-records', count, max: limits.maxRecords });

  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) return refuse(invalid(parsed.error));
  const consistency = checkConsistency(parsed.data);
  return consistency ? refuse(consistency) : { ok: true, file: parsed.data };
}

function invalid(error: z.core.$ZodError): ImportProblem {
  const issues = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { code: 'invalid', issues, total: error.issues.length };
}

/** What a schema cannot see alone: ids unique, every record attributable, every event's session present. */
export function checkConsistency(file: ExportFile): ImportProblem | null {
  const agents = new Set<string>();
  for (const [i, agent] of file.agents.entries()) {
    if (agents.has(agent.nossaUserId)) return { code: 'duplicate-id', path: `agents[${i}].nossaUserId`, id: agent.nossaUserId };
    agents.add(agent.nossaUserId);
  }
  const sessions = new Set<string>();
  for (const table of ['sessions', 'events', 'shifts'] as const) {
    const seen = table === 'sessions' ? sessions : new Set<string>();
    for (const [i, record] of file[table].entries()) {
      if (seen.has(record.id)) return { code: 'duplicate-id', path: `${table}[${i}].id`, id: record.id };
      seen.add(record.id);
      if (!agents.has(record.agentId)) return { code: 'unknown-agent', path: `${table}[${i}].agentId`, agentId: record.agentId };
    }
  }
  for (const [i, event] of file.events.entries()) {
    if (event.sessionId !== null && !sessions.has(event.sessionId)) {
      return { code: 'orphan-event', path: `events[${i}].sessionId`, sessionId: event.sessionId };
    }
  }
  return null;
}
