/**
 * Whether an id, a class or a `name` looks generated: Maximo numbers its elements afresh on every
 * load (`mx1234`, `m6a7dfd2f-tb`), and a seeded layout's class names are random. A locator built
 * on such a name works once and breaks on the next load, so the picker never proposes one.
 *
 * Deliberately strict (NOSSA.md: "never locate a field by id"): any digit counts as noise, and so
 * does a run of hex-looking letters. A real name such as `PENDINGREASON` or `incident.status`
 * passes; `mx12`, `field_3`, `a1b2c3`, `x-deadbeef` do not.
 */
export function looksGenerated(name: string | null | undefined): boolean {
  const text = (name ?? '').trim();
  if (!text) return true;
  if (/\d/.test(text)) return true;
  // A run of six or more hex letters (a-f) is a hash, not a word (there are few such words).
  if (/[a-f]{6,}/i.test(text)) return true;
  // Long runs with no vowel, or mixed-case noise like "xQzWk": not a word a person chose.
  if (/[bcdfghjklmnpqrstvwxz]{5,}/i.test(text)) return true;
  return false;
}
