import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { teamScope, type Caller } from '../auth';
import { ApiFailure } from '../errors';
import { parseRequest } from '../validate';

const scopeQuerySchema = z.object({ team: z.optional(z.string().check(z.minLength(1), z.maxLength(40))) });

/** The caller (a lead or an admin, checked by the route's preHandler). */
export function callerOfRequest(request: FastifyRequest): Caller {
  if (!request.caller) throw new ApiFailure(401, 'auth.missing', 'Authorization: Bearer <token> required');
  return request.caller;
}

/** The team a read covers: a lead's own (naming another is 403), the one an admin names in `?team=`, or every team (null). */
export function teamOf(request: FastifyRequest): string | null {
  const { team } = parseRequest(scopeQuerySchema, request.query ?? {}, 'query');
  return teamScope(callerOfRequest(request), team);
}

/**
 * The lead's zone, known to this runtime's time-zone data (the schema checks the shape only):
 * PostgreSQL would refuse an unknown one in the middle of a query.
 */
export function checkZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw new ApiFailure(400, 'request.invalid', 'request is not valid', [{ path: 'zone', reason: `unknown time zone "${zone}"` }]);
  }
}
