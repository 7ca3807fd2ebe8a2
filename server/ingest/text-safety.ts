/**
 * PostgreSQL's text and jsonb cannot hold a NUL character or half of a UTF-16 surrogate pair: a
 * record carrying one would fail the whole batch's transaction on every retry and block the agent's
 * outbox forever. Such a record is quarantined instead (with the offending path), and its raw copy
 * kept with those characters replaced so the lead can still read it.
 */
const unstorable = (text: string) => text.includes('\0') || !text.isWellFormed();

/** The path ("answers.workLog") of the first string or key PostgreSQL cannot store, or null. */
export function unstorablePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return unstorable(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePath(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable(key)) return [...path, key].join('.');
      const found = unstorablePath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

const clean = (text: string) => text.toWellFormed().replaceAll('\0', '\uFFFD');

/** A copy PostgreSQL can store: NUL and lone surrogates become U+FFFD. */
export function storableCopy(value: unknown): unknown {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map(storableCopy);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [clean(key), storableCopy(item)]));
  return value;
}
