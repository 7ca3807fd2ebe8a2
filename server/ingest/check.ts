import * as z from 'zod/mini';
import { recordSchemaOf, type IngestItem, type QuarantinedItem } from '../../lib/team';
import type { PanduEvent, Session, Shift } from '../../lib/schema';
import { unstorablePath } from './text-safety';

/** A record that passed its kind's schema and belongs to the caller, ready to store. */
export type CheckedRecord =
  { index: number; kind: 'session'; record: Session } | { index: number; kind: 'event'; record: PanduEvent } | { index: number; kind: 'shift'; record: Shift };

/** A record kept aside: what the lead sees, and what the agent's browser is told. */
export interface Refusal extends QuarantinedItem {
  kind: string;
  raw: unknown;
}

export type CheckResult = { ok: true; checked: CheckedRecord } | { ok: false; refusal: Refusal };

/** The record's own id when it has a readable one (for the answer and the quarantine row). */
export function idOf(record: unknown): string | null {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null;
}

/**
 * One item of a batch, checked on its own with the extension's schema for its kind (so one bad
 * record never refuses the others), then for ownership: an agent writes only records whose
 * `agentId` is its own NOSSA user id. Paths are relative to the item ("record.ticketId").
 */
export function checkItem(item: IngestItem, index: number, nossaUserId: string): CheckResult {
  const refuse = (path: string, reason: string): CheckResult => ({ ok: false, refusal: { index, id: idOf(item.record), path, reason, kind: item.kind, raw: item.record } });
  const parsed = z.safeParse(recordSchemaOf[item.kind], item.record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(['record', ...issue.path.map(String)].join('.'), issue.message);
  }
  const record = parsed.data;
  if (record.agentId !== nossaUserId)
    return refuse('record.agentId', `agentId "${record.agentId}" is not this token's agent (${nossaUserId}); an agent writes only its own records`);
  const unstorable = unstorablePath(record);
  if (unstorable !== null) return refuse(['record', unstorable].filter(Boolean).join('.'), 'text with a NUL character or a broken UTF-16 pair cannot be stored');
  return { ok: true, checked: { index, kind: item.kind, record } as CheckedRecord };
}
