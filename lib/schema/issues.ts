import type * as z from 'zod/mini';

export interface Issue {
  /** Where: "fields.pendingReason.locators[0].text", or "" for the whole value. */
  path: string;
  message: string;
}

/** A zod error as a list of exact paths and messages, for admins editing JSON by hand. */
export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), ''),
    message: issue.message,
  }));
}
