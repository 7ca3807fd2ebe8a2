import type * as z from 'zod/mini';

export interface Issue {
  /** Where: "fields.pendingReason.locators[0].text", or "" for the whole value. */
  path: string;
  message: string;
}

/** `['sessions', 3, 'ticketId']` -> `sessions[3].ticketId`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** A zod error as a list of exact paths and messages, for admins editing JSON by hand. */
export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
