import type * as z from 'zod/mini';

export interface Issue {
  /** Where: "fields.pendingReason.locators[0].text", or "" for the whole value. */
  path: string;
  message: string;
  /** What kind of problem (zod's issue code: too_small, invalid_type, custom...), for wording it. */
  code?: string;
  /** What was measured: number, string, array... (too_small / too_big). */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** The type wanted (invalid_type): number, int... */
  expected?: string;
  /** Pandu's own check (a custom issue): which one, and the value it names. */
  check?: string;
  value?: string;
}

/** `['sessions', 3, 'ticketId']` -> `sessions[3].ticketId`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const bound = (value: unknown): number | undefined => (typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A zod error as a list of exact paths and messages (for admins editing JSON by hand), each with
 * what a form needs to say it in plain words: the code, the bounds, the value a check names.
 */
export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as Record<string, unknown>;
    const params = (raw.params ?? {}) as Record<string, unknown>;
    const parts: Issue = { path: formatPath(issue.path), message: issue.message, code: issue.code };
    const optional: Partial<Issue> = {
      origin: text(raw.origin),
      minimum: bound(raw.minimum),
      maximum: bound(raw.maximum),
      expected: text(raw.expected),
      check: text(params.check),
      value: text(params.value),
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(parts, { [key]: value });
    return parts;
  });
}
