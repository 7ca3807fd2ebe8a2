import * as z from 'zod/mini';
import { SORT_KEYS, type LogSort } from '../../lib/logs';
import { ApiFailure } from '../errors';
import { sortValueType, type Position } from './log-order';

/**
 * A page's `nextCursor`: the order it was read in and where it ended, as base64url JSON. The
 * client treats it as opaque; the server reads it back through this schema, so a cursor that
 * was altered, truncated or made for another order is refused (400), never spliced into SQL.
 */
const cursorSchema = z.object({
  k: z.enum(SORT_KEYS),
  d: z.enum(['asc', 'desc']),
  v: z.nullable(z.union([z.string().check(z.maxLength(200)), z.number()])),
  t: z.iso.datetime({ offset: false }),
  i: z.uuid(),
  /** The filter's count, taken with the first page: later pages do not count again (a count reads every matching row). */
  n: z.optional(z.int().check(z.minimum(0))),
});

export function encodeCursor(sort: LogSort, position: Position, total: number): string {
  const body: z.infer<typeof cursorSchema> = { k: sort.key, d: sort.dir, v: position.value, t: position.startedAt, i: position.id, n: total };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const invalid = (reason: string) => new ApiFailure(400, 'request.invalid', 'cursor is not valid', [{ path: 'cursor', reason }]);

export function decodeCursor(cursor: string, sort: LogSort): Position & { total: number | null } {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor this server wrote');
  }
  const parsed = z.safeParse(cursorSchema, body);
  if (!parsed.success) throw invalid('not a cursor this server wrote');
  const { k, d, v, t, i, n } = parsed.data;
  if (k !== sort.key || d !== sort.dir) throw invalid('the cursor belongs to another order; start again from the first page');
  const type = sortValueType(k);
  const fits = v === null || (type === 'number' ? typeof v === 'number' : typeof v === 'string' && (type === 'text' || z.safeParse(z.iso.datetime({ offset: false }), v).success));
  if (!fits) throw invalid('not a cursor this server wrote');
  return { value: v, startedAt: t, id: i, total: n ?? null };
}
