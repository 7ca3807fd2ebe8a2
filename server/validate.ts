import * as z from 'zod/mini';
import { ApiFailure } from './errors';

/** zod's issues as "path: reason" pairs ("records.3.record.ticketId"), the same on every route. */
export function issuesOf(error: z.core.$ZodError): Array<{ path: string; reason: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), reason: issue.message }));
}

/** Parses a request part, or answers 400 with every issue's path and reason. */
export function parseRequest<T extends z.ZodMiniType>(schema: T, value: unknown, what = 'request'): z.output<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new ApiFailure(400, 'request.invalid', `${what} is not valid`, issuesOf(result.error));
}
