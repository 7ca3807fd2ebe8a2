/**
 * The placeholders a work-log template may use: exactly the values the work log is drafted from
 * (lib/fill/worklog.ts types its values by this list, so a name here without a value, or a value
 * without a name here, does not compile). Declared once: the template check (schema and settings
 * form) and the filling both read it.
 */
export const WORKLOG_PLACEHOLDERS = [
  'ticketId',
  'requesterName',
  'requesterGroup',
  'reasonCode',
  'reasonLabel',
  'attempts',
  'attemptList',
  'phone',
  'customerName',
  'until',
  'agentName',
  'agentId',
  'procedure',
  'note',
] as const;
export type WorkLogPlaceholder = (typeof WORKLOG_PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(WORKLOG_PLACEHOLDERS);

export const isWorkLogPlaceholder = (name: string): name is WorkLogPlaceholder => KNOWN.has(name);

/**
 * A placeholder as a template writes it: anything between one pair of braces on one line. Wider
 * than a valid name on purpose, so "{agent nama}" or "{}" is caught as unknown instead of being
 * typed into NOSSA as it stands.
 */
const TOKEN = /\{([^{}\n]{0,60})\}/g;

/** Replaces each placeholder by `valueOf(name)`; where that gives undefined the token stays as written. */
export function replacePlaceholders(template: string, valueOf: (name: string) => string | undefined): string {
  return template.replace(TOKEN, (whole, name: string) => valueOf(name) ?? whole);
}

/** The placeholders a template uses that the work log does not supply, each once, in order ("{agentNama}"). */
export function unknownPlaceholders(template: string): string[] {
  const unknown = [...template.matchAll(TOKEN)].filter((match) => !isWorkLogPlaceholder(match[1]!)).map((match) => match[0]);
  return [...new Set(unknown)];
}

/** The known placeholder a mistyped one most likely meant ("{agentNama}" -> "{agentName}"), if one is close. */
export function suggestPlaceholder(token: string): string | undefined {
  const name = token.replace(/^\{|\}$/g, '').trim();
  const match = closestWord(name, WORKLOG_PLACEHOLDERS);
  return match ? `{${match}}` : undefined;
}

/**
 * The candidate a typed word most likely meant: the same word in another case or spacing, else
 * the nearest by edit distance when the distance is small for the word's length (a quarter of
 * it, at least 1, at most 2: a slip, not another word). Undefined when nothing is that close, or
 * two candidates tie.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const fold = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = fold(word);
  if (!wanted) return undefined;
  const same = candidates.find((candidate) => fold(candidate) === wanted);
  if (same) return same;
  const limit = Math.min(2, Math.max(1, Math.floor(wanted.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, fold(candidate));
    if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
    else if (distance === bestDistance && best !== undefined && fold(best) !== fold(candidate)) tied = true;
  }
  return best !== undefined && !tied ? best : undefined;
}

/** Levenshtein distance (insert, delete, replace one character), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
