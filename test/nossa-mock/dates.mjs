// @ts-check
// Date/time formatting and parsing with a Java-style pattern (dd-MM-yyyy HH:mm).
// Shared by the server (validation, rendering) and the browser (the page formats
// df="1" inputs itself, as Maximo does), so it has no Node imports. The browser gets
// it as /maximo/webclient/javascript/dates.js.
//
// Internally every date is a "canonical" wall-clock string 'yyyy-MM-ddTHH:mm' with no
// time zone: Maximo shows dates in the user's zone and so does the mock (server local).

/** @typedef {{ y: number, mo: number, d: number, h: number, mi: number }} DateParts */

const TOKEN_RE = /yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|ss|a/g;

/** @param {number} n @param {number} w */
const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * Canonical string -> parts.
 * @param {string} canonical 'yyyy-MM-ddTHH:mm'
 * @returns {DateParts | null}
 */
export function partsOf(canonical) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(canonical || '');
  if (!m) return null;
  return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: Number(m[4]), mi: Number(m[5]) };
}

/** @param {DateParts} p @returns {string} */
export function canonicalOf(p) {
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}

/**
 * Wall-clock time of an instant as a canonical string, in the given IANA time zone
 * (the NOSSA user's zone) or, without one, in this process's local zone.
 * @param {Date} [date] @param {string} [timeZone]
 */
export function canonicalNow(date = new Date(), timeZone) {
  if (!timeZone) {
    return canonicalOf({
      y: date.getFullYear(),
      mo: date.getMonth() + 1,
      d: date.getDate(),
      h: date.getHours(),
      mi: date.getMinutes(),
    });
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  /** @param {string} type */
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return canonicalOf({ y: get('year'), mo: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute') });
}

/**
 * Format a canonical date with a pattern. Empty input gives ''.
 * @param {string} canonical
 * @param {string} pattern
 */
export function formatDate(canonical, pattern) {
  const p = partsOf(canonical);
  if (!p) return '';
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return pattern.replace(TOKEN_RE, (t) => {
    switch (t) {
      case 'yyyy':
        return pad(p.y, 4);
      case 'yy':
        return pad(p.y % 100);
      case 'MM':
        return pad(p.mo);
      case 'M':
        return String(p.mo);
      case 'dd':
        return pad(p.d);
      case 'd':
        return String(p.d);
      case 'HH':
        return pad(p.h);
      case 'H':
        return String(p.h);
      case 'hh':
        return pad(h12);
      case 'h':
        return String(h12);
      case 'mm':
        return pad(p.mi);
      case 'ss':
        return '00';
      case 'a':
        return p.h < 12 ? 'AM' : 'PM';
      default:
        return t;
    }
  });
}

/** @param {number} y @param {number} mo */
export function daysInMonth(y, mo) {
  return new Date(y, mo, 0).getDate();
}

/**
 * Build a regex for a pattern. Numbers accept one or two digits (Maximo is lenient
 * about leading zeros), the year four digits (or two for yy); separators must match
 * (runs of spaces are flexible).
 * @param {string} pattern
 */
function patternRegex(pattern) {
  /** @type {string[]} */
  const order = [];
  let src = '';
  let last = 0;
  for (const m of pattern.matchAll(TOKEN_RE)) {
    src += literal(pattern.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    order.push(m[0]);
    if (m[0] === 'yyyy') src += '(\\d{4})';
    else if (m[0] === 'a') src += '([AaPp][Mm])';
    else src += '(\\d{1,2})';
  }
  src += literal(pattern.slice(last));
  return { re: new RegExp(`^${src}$`), order };
}

/** @param {string} s */
function literal(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * Parse user input in the given pattern. If the pattern has a time part and the input
 * only has the date part, the time is 00:00 (as Maximo does for date-time fields).
 * @param {string} input
 * @param {string} pattern
 * @returns {string | null} canonical or null when the input does not match
 */
export function parseDate(input, pattern) {
  const text = String(input ?? '').trim();
  if (!text) return null;
  const full = tryPattern(text, pattern);
  if (full) return full;
  const firstTime = pattern.search(/HH|H|hh|h|mm|ss|a/);
  if (firstTime > 0) {
    const datePart = pattern.slice(0, firstTime).trim();
    return tryPattern(text, datePart);
  }
  return null;
}

/** @param {string} text @param {string} pattern */
function tryPattern(text, pattern) {
  const { re, order } = patternRegex(pattern);
  const m = re.exec(text);
  if (!m) return null;
  /** @type {DateParts} */
  const p = { y: 0, mo: 0, d: 0, h: 0, mi: 0 };
  let pm = /** @type {boolean | null} */ (null);
  let twelve = false;
  order.forEach((tok, i) => {
    const v = m[i + 1] ?? '';
    const n = Number(v);
    if (tok === 'yyyy') p.y = n;
    else if (tok === 'yy') p.y = 2000 + n;
    else if (tok === 'MM' || tok === 'M') p.mo = n;
    else if (tok === 'dd' || tok === 'd') p.d = n;
    else if (tok === 'HH' || tok === 'H') p.h = n;
    else if (tok === 'hh' || tok === 'h') {
      p.h = n;
      twelve = true;
    } else if (tok === 'mm') p.mi = n;
    else if (tok === 'a') pm = v.toUpperCase() === 'PM';
  });
  if (twelve) {
    if (p.h < 1 || p.h > 12) return null;
    if (pm === true && p.h < 12) p.h += 12;
    if (pm === false && p.h === 12) p.h = 0;
  }
  if (p.mo < 1 || p.mo > 12) return null;
  if (p.d < 1 || p.d > daysInMonth(p.y, p.mo)) return null;
  if (p.h > 23 || p.mi > 59) return null;
  return canonicalOf(p);
}
