import { translator } from '../i18n';
import { LANGUAGES } from '../schema/settings';

/**
 * What a dropped file is, from its first bytes, so a file of the wrong kind is refused in words
 * ("Ini berkas CSV...") instead of with a JSON parser's English message. Only the head is
 * looked at (HEAD_BYTES), so a streaming reader can ask before reading the rest.
 */
export const FILE_KINDS = ['json', 'pandu-csv', 'csv', 'xlsx', 'ods', 'zip', 'xls', 'gzip', 'pdf', 'image', 'utf16', 'text', 'binary'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
/** The kinds that are not JSON: each has its own sentence at import. */
export type WrongKind = Exclude<FileKind, 'json'>;

export const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** A zip's entry names are stored as plain text in its local headers: a workbook names its parts. */
function zipKind(names: string): 'xlsx' | 'ods' | 'zip' {
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (names.includes('xl/workbook.xml') || names.includes('xl/worksheets/') || (names.includes('[Content_Types].xml') && names.includes('xl/'))) return 'xlsx';
  return 'zip';
}

const SIGNATURES: ReadonlyArray<[FileKind, readonly number[]]> = [
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['gzip', [0x1f, 0x8b]],
  ['pdf', ascii('%PDF-')],
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', ascii('GIF8')],
];

/** The first line of a text, without its line end. */
const firstLine = (text: string) => text.slice(0, text.search(/\r?\n|$/));

/** A spreadsheet's text: a "sep=" line, or a first line of several fields split by ; , or tab, with no JSON in sight. */
function looksTabular(text: string): boolean {
  const line = firstLine(text);
  if (/^sep=.$/i.test(line)) return true;
  for (const separator of [';', ',', '\t']) if (line.split(separator).length >= 3) return true;
  return false;
}

/** Pandu's own CSV starts with its session columns' headers (ticket, agent id), in either language. */
function isPanduCsv(text: string): boolean {
  const line = firstLine(text.replace(/^sep=.\r?\n/i, '')).toLowerCase();
  return LANGUAGES.some((language) => {
    const t = translator(language);
    const [ticket, agent] = [t('dashboard.file.col.ticketId'), t('dashboard.file.col.agentId')].map((header) => header.toLowerCase());
    return [';', ','].some((separator) => line.startsWith(`${ticket}${separator}${agent}${separator}`));
  });
}

/** Text decoded from the head: mostly printable, few control characters (NUL marks binary data). */
function isText(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (startsWith(head, ascii('PK\u0003\u0004')) || startsWith(head, ascii('PK\u0005\u0006'))) return zipKind(new TextDecoder('latin1').decode(head));
  for (const [kind, signature] of SIGNATURES) if (startsWith(head, signature)) return kind;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'utf16';
  if (!isText(head)) return 'binary';
  // A UTF-8 byte-order mark is a text editor's or Excel's, not a sign of the content.
  const text = new TextDecoder().decode(head).trimStart();
  return textKind(text);
}

/**
 * The kind of a text already decoded as UTF-8 (its byte-order mark dropped), for a reader that
 * only has the text: bytes that were not UTF-8 arrived as U+FFFD, so binary formats are told by
 * what survives of their signatures.
 */
export function textKind(text: string): FileKind {
  const head = text.slice(0, HEAD_BYTES);
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return zipKind(head);
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('\u001f\uFFFD')) return 'gzip';
  if (head.startsWith('\uFFFD\uFFFD') && head.includes('\u0000')) return 'utf16';
  if (head.includes('\u0000') || (head.match(/\uFFFD/g)?.length ?? 0) > head.length / 100) return 'binary';
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[') || start.startsWith('"')) return 'json';
  if (isPanduCsv(start)) return 'pandu-csv';
  if (looksTabular(start)) return 'csv';
  return 'text';
}
