/**
 * Date patterns in date-fns' notation (what a site profile's `dateFormat` and Pandu's own texts
 * use), formatted from a date's local fields. Written here rather than taken from date-fns'
 * `format`, whose general formatter and locale data were a twelfth of the content script (the
 * panel loads on every NOSSA page); a property test checks every token against date-fns itself.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The date fields a pattern reads: a Date, or a TZDate whose fields are another zone's wall clock. */
type Fields = Pick<Date, 'getFullYear' | 'getMonth' | 'getDate' | 'getDay' | 'getHours' | 'getMinutes' | 'getSeconds'>;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const hour12 = (date: Fields) => date.getHours() % 12 || 12;

/** Every token Pandu formats; a pattern with any other letter is refused, as date-fns refuses it. */
const TOKENS: Record<string, (date: Fields) => string> = {
  yyyy: (d) => pad(d.getFullYear(), 4),
  yy: (d) => pad(d.getFullYear() % 100, 2),
  y: (d) => String(d.getFullYear()),
  MMMM: (d) => MONTHS[d.getMonth()]!,
  MMM: (d) => MONTHS[d.getMonth()]!.slice(0, 3),
  MM: (d) => pad(d.getMonth() + 1, 2),
  M: (d) => String(d.getMonth() + 1),
  dd: (d) => pad(d.getDate(), 2),
  d: (d) => String(d.getDate()),
  EEEE: (d) => DAYS[d.getDay()]!,
  EEE: (d) => DAYS[d.getDay()]!.slice(0, 3),
  HH: (d) => pad(d.getHours(), 2),
  H: (d) => String(d.getHours()),
  hh: (d) => pad(hour12(d), 2),
  h: (d) => String(hour12(d)),
  mm: (d) => pad(d.getMinutes(), 2),
  m: (d) => String(d.getMinutes()),
  ss: (d) => pad(d.getSeconds(), 2),
  s: (d) => String(d.getSeconds()),
  a: (d) => (d.getHours() < 12 ? 'AM' : 'PM'),
  aa: (d) => (d.getHours() < 12 ? 'AM' : 'PM'),
};

/** The tokens a pattern is made of: runs of one letter, quoted text ('' is a quote), anything else as is. */
const PARTS = /([a-zA-Z])\1*|''|'(?:''|[^'])+(?:'|$)|[^a-zA-Z']+/g;

export class UnsupportedPatternError extends RangeError {
  override name = 'UnsupportedPatternError';
}

/** The pattern's pieces, checked once: a function per token, a string per literal. */
function compile(pattern: string): Array<string | ((date: Fields) => string)> {
  return (pattern.match(PARTS) ?? []).map((part) => {
    if (part === "''") return "'";
    if (part.startsWith("'")) return part.replace(/^'|'$/g, '').replace(/''/g, "'");
    if (!/^[a-zA-Z]/.test(part)) return part;
    const token = TOKENS[part];
    if (!token) throw new UnsupportedPatternError(`date pattern token "${part}" is not supported`);
    return token;
  });
}

/** Whether Pandu can write dates in this pattern (a site profile is checked with it). */
export function isSupportedPattern(pattern: string): boolean {
  try {
    compile(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The date's local fields in the pattern: "dd-MM-yyyy HH:mm" -> "27-11-2026 10:00". */
export function formatFields(date: Fields, pattern: string): string {
  return compile(pattern)
    .map((piece) => (typeof piece === 'string' ? piece : piece(date)))
    .join('');
}
