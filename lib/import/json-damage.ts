/**
 * Where a text stops being JSON, found by our own scan instead of read from a parser's message
 * (which is English, differs between engines, and cannot tell "cut off" from "broken"):
 * `truncated` when the text ends inside a value (a download or copy that did not finish),
 * otherwise the line and column of the first character that cannot be there.
 */
export interface JsonDamage {
  truncated: boolean;
  /** 1-based, of the offending character (the end of the text when truncated). */
  line: number;
  column: number;
}

/** What the scan expects next. */
const Expect = { Value: 0, FirstValueOrEnd: 1, Key: 2, FirstKeyOrEnd: 3, After: 4 } as const;
type Expected = (typeof Expect)[keyof typeof Expect];

const LITERALS = ['true', 'false', 'null'];
const NUMBER_CHARS = /[-+0-9.eE]+/y;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Null when the text is one complete JSON value (with only white space around it). */
export function jsonDamage(text: string): JsonDamage | null {
  const n = text.length;
  // Open containers, innermost last: true for an object. An array, not recursion: a file of a million "[" must not overflow the stack.
  const open: boolean[] = [];
  let i = 0;
  let expect: Expected = Expect.Value;
  const stop = (truncated: boolean): JsonDamage => ({ truncated, ...position(text, Math.min(i, n)) });

  /** Past a string starting at i; false when it does not end well (i then at the fault, or at n when cut off). */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape === undefined) {
          i = n;
          return false;
        }
        if (escape === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (i + 6 > n && HEX4.test(hex.padEnd(4, '0'))) {
            i = n;
            return false;
          }
          if (!HEX4.test(hex)) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape)) i += 2;
        else return false;
        continue;
      }
      if (c < 0x20) return false;
      i++;
    }
    return false;
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= n) return expect === Expect.After && open.length === 0 ? null : stop(true);
    const c = text[i]!;

    if (expect === Expect.After) {
      if (open.length === 0) return stop(false); // something after the value
      const inObject = open[open.length - 1]!;
      if (c === ',') {
        i++;
        expect = inObject ? Expect.Key : Expect.Value;
      } else if (c === (inObject ? '}' : ']')) {
        i++;
        open.pop();
      } else return stop(false);
      continue;
    }

    if (expect === Expect.Key || expect === Expect.FirstKeyOrEnd) {
      if (expect === Expect.FirstKeyOrEnd && c === '}') {
        i++;
        open.pop();
        expect = Expect.After;
        continue;
      }
      if (c !== '"') return stop(false);
      if (!string()) return stop(i >= n);
      while (i < n && /\s/.test(text[i]!)) i++;
      if (i >= n) return stop(true);
      if (text[i] !== ':') return stop(false);
      i++;
      expect = Expect.Value;
      continue;
    }

    // A value.
    if (expect === Expect.FirstValueOrEnd && c === ']') {
      i++;
      open.pop();
      expect = Expect.After;
      continue;
    }
    if (c === '{' || c === '[') {
      open.push(c === '{');
      i++;
      expect = c === '{' ? Expect.FirstKeyOrEnd : Expect.FirstValueOrEnd;
      continue;
    }
    if (c === '"') {
      if (!string()) return stop(i >= n);
      expect = Expect.After;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER_CHARS.lastIndex = i;
      const token = NUMBER_CHARS.exec(text)![0];
      if (i + token.length >= n) {
        if (open.length === 0 && NUMBER.test(token)) return null;
        i = n;
        return stop(true);
      }
      if (!NUMBER.test(token)) return stop(false);
      i += token.length;
      expect = Expect.After;
      continue;
    }
    const literal = LITERALS.find((word) => word[0] === c);
    if (literal) {
      const rest = text.slice(i, i + literal.length);
      if (rest === literal) {
        i += literal.length;
        expect = Expect.After;
        continue;
      }
      if (i + rest.length >= n && literal.startsWith(rest)) {
        i = n;
        return stop(true);
      }
    }
    return stop(false);
  }
}
