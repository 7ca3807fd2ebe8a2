/**
 * Text for the workbook's XML. Most cells need no escaping at all, so one regular expression
 * decides first and only the rare text that needs it is rebuilt.
 *
 * XML 1.0 cannot hold most control characters, even as character references; OOXML writes them
 * as "_xHHHH_" (ECMA-376 ST_Xstring), so a text that already holds such a sequence has its "_"
 * written as "_x005F_" to be read back as typed. A carriage return stays as it is: every XML
 * reader turns CR LF into LF, as Excel and LibreOffice show a line break anyway.
 */

// Tab, LF and CR are allowed; U+FFFE and U+FFFF are not characters in XML. Control characters
// are what these look for.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

function escapeOne(match: string): string {
  switch (match) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    default:
      return `_x${hex4(match.charCodeAt(0))}_`;
  }
}

/** A cell's text as element content ("<t>…</t>"). */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, escapeOne) : text;
}

// eslint-disable-next-line no-control-regex
const ATTRIBUTE = /[&<>"\u0000-\u001f\ufffe\uffff]/g;

/** A value inside double quotes (sheet names, properties); control characters, which no name needs, are dropped. */
export function xmlAttribute(text: string): string {
  return text.replace(ATTRIBUTE, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : ''));
}

/**
 * Leading or trailing white space is kept only when the element says so: without
 * xml:space="preserve" a reader may trim it.
 */
export const needsPreserve = (text: string) => {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first === 32 || first === 9 || first === 10 || first === 13 || last === 32 || last === 9 || last === 10 || last === 13;
};

/** A text as the "<t>" element of a cell or of the shared string table, its edge spaces kept. */
export const textElement = (text: string) => (needsPreserve(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`);

/** The declaration every part of the package starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** SpreadsheetML's namespace: the workbook's, each sheet's, the styles' and the shared strings' root. */
export const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
