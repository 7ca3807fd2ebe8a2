import { gzipSync } from 'node:zlib';
import { writeXlsx } from 'hucre/xlsx';
import { describe, expect, it } from 'vitest';
import { problemText } from '@/entrypoints/dashboard/import/problem-text';
import { CSV_BOM, csvChunks, exportLabels, sessionColumns, type CsvDelimiter, type SessionItem } from '@/lib/export';
import { translator } from '@/lib/i18n';
import { FILE_KINDS, IMPORT_LIMITS, checkImportBytes, checkImportText, detectFileKind, textKind, type FileKind, type ImportProblem } from '@/lib/import';
import { toLogDetail, toLogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { AGENTS, agentFile, directory, makeSession } from '../export/factory';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: Array<string | number[] | Uint8Array>) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : [...part])));
/** What the dashboard's worker does when it only has the text: decode as UTF-8, dropping a BOM. */
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A real Pandu CSV export of two sessions, as the worker writes it. */
function panduCsv(delimiter: CsvDelimiter, language: 'id' | 'en' = 'id'): Uint8Array {
  const clock = localClock('Asia/Jakarta');
  const sessions = [makeSession(1), makeSession(2, { agentId: AGENTS.putu!.nossaUserId })];
  const context = { agents: directory(AGENTS.dewi!, AGENTS.putu!), lastFill: new Map<string, boolean>() };
  const items: SessionItem[] = sessions.map((session) => ({ row: toLogRow(session, context), detail: toLogDetail(session) }));
  return utf8([...csvChunks(sessionColumns(exportLabels(language, []), clock), items, { clock, delimiter, mask: true })].join(''));
}

const refusal = (bytes: Uint8Array): ImportProblem => {
  const check = checkImportBytes(bytes);
  if (check.ok) throw new Error('expected a refusal');
  return check.problem;
};

describe('the kind of a dropped file, from its first bytes', () => {
  it('tells a Pandu CSV export, with either separator and either language, BOM or not', () => {
    for (const delimiter of [';', ','] as const) {
      const csv = panduCsv(delimiter);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(detectFileKind(csv)).toBe('pandu-csv');
      expect(textKind(decoded(csv))).toBe('pandu-csv');
      expect(detectFileKind(csv.subarray(3))).toBe('pandu-csv');
      expect(detectFileKind(panduCsv(delimiter, 'en'))).toBe('pandu-csv');
    }
    expect(detectFileKind(bytesOf('sep=;\r\n', decoded(panduCsv(';'))))).toBe('pandu-csv');
  });

  it('tells another spreadsheet’s CSV or tab-separated text', () => {
    expect(detectFileKind(bytesOf(CSV_BOM, 'Nama;Area;Tiket\r\nDewi;BDG;IN1\r\n'))).toBe('csv');
    expect(detectFileKind(bytesOf('name,area,ticket\nDewi,BDG,IN1\n'))).toBe('csv');
    expect(detectFileKind(bytesOf('name\tarea\tticket\n'))).toBe('csv');
    expect(detectFileKind(bytesOf('sep=,\r\nname,area\r\n'))).toBe('csv');
  });

  it('tells an XLSX workbook (as Pandu writes it), an ODS sheet and a plain zip apart', async () => {
    const xlsx = await writeXlsx({ sheets: [{ name: 'Sesi', rows: [['Tiket'], ['IN1']] }] });
    expect(detectFileKind(xlsx)).toBe('xlsx');
    expect(textKind(decoded(xlsx))).toBe('xlsx');
    const header = (name: string) => bytesOf('PK', [3, 4], new Array<number>(26).fill(0), name);
    expect(detectFileKind(header('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    expect(detectFileKind(header('pandu-tim-2026-11.json'))).toBe('zip');
    expect(detectFileKind(bytesOf('PK', [5, 6], new Array<number>(18).fill(0)))).toBe('zip'); // an empty archive
  });

  it('tells archives, documents, images, UTF-16 text and binary data', () => {
    const json = JSON.stringify(agentFile(AGENTS.dewi!, 1, 1));
    expect(detectFileKind(gzipSync(json))).toBe('gzip');
    expect(textKind(decoded(gzipSync(json)))).toBe('gzip');
    expect(detectFileKind(bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe('xls');
    expect(detectFileKind(bytesOf('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(textKind('%PDF-1.4\n')).toBe('pdf');
    expect(detectFileKind(bytesOf([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0]))).toBe('image');
    expect(detectFileKind(bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Tiket\tArea'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectFileKind(utf16)).toBe('utf16');
    expect(textKind(decoded(utf16))).toBe('utf16');
    expect(detectFileKind(bytesOf([1, 2, 3, 0, 5, 6]))).toBe('binary');
    expect(textKind(decoded(bytesOf([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc])))).toBe('binary');
  });

  it('takes JSON as JSON, with or without a BOM or leading blank lines; other prose is text', () => {
    expect(detectFileKind(bytesOf('{"format":"pandu-export"}'))).toBe('json');
    expect(detectFileKind(bytesOf([0xef, 0xbb, 0xbf], '\r\n  [1,2]'))).toBe('json');
    expect(detectFileKind(bytesOf('Halo, ini catatan rapat.\n'))).toBe('text');
    expect(textKind('   ')).toBe('text');
  });

  it('looks at the head only, so a streaming reader can ask before reading the rest', () => {
    const big = bytesOf('{"format":"pandu-export","sessions":[', 'x'.repeat(200_000));
    expect(detectFileKind(big)).toBe('json');
    expect(FILE_KINDS).toContain('json' satisfies FileKind);
  });
});

describe('a file of the wrong kind is refused in the user’s language', () => {
  it('says a CSV export is a CSV export, and what can be imported, never a parser’s message', () => {
    const csv = panduCsv(';');
    expect(refusal(csv)).toEqual({ code: 'wrong-kind', kind: 'pandu-csv' });
    const text = checkImportText(decoded(csv));
    expect(text.ok || text.problem).toEqual({ code: 'wrong-kind', kind: 'pandu-csv' });
    const id = problemText(refusal(csv), translator('id'));
    expect(id).toBe('Ini berkas CSV ekspor Pandu (untuk spreadsheet), bukan berkas JSON-nya. Yang bisa diimpor hanya berkas JSON ekspor Pandu (di Ekspor, pilih “JSON lengkap”).');
    expect(problemText(refusal(bytesOf('a;b;c\r\n1;2;3\r\n')), translator('id'))).toMatch(
      /^Ini berkas CSV \(ekspor untuk spreadsheet\)\. Yang bisa diimpor hanya berkas JSON ekspor Pandu/,
    );
    expect(problemText(refusal(csv), translator('en'))).toBe(
      'This is a Pandu CSV export (for spreadsheets), not its JSON file. Only a Pandu JSON export can be imported (in Export, choose “complete JSON”).',
    );
  });

  it('has a sentence for every kind in both languages, none of them English in Indonesian', () => {
    for (const kind of FILE_KINDS.filter((k) => k !== 'json')) {
      const problem = { code: 'wrong-kind', kind } as const;
      const id = problemText(problem, translator('id'));
      const en = problemText(problem, translator('en'));
      expect(id, kind).toMatch(/^Ini /);
      expect(en, kind).toMatch(/^This /);
      expect(id).not.toMatch(/Unexpected|token|JSON\.parse|\{\w+\}/);
      expect(id).not.toBe(en);
    }
  });

  it('still refuses an empty file as empty and an oversized one by its size, before looking inside', () => {
    expect(refusal(new Uint8Array())).toEqual({ code: 'empty' });
    expect(checkImportBytes(panduCsv(';'), { ...IMPORT_LIMITS, maxBytes: 10 })).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('takes a real export given as bytes, BOM included', () => {
    const json = JSON.stringify(agentFile(AGENTS.dewi!, 1, 2));
    expect(checkImportBytes(bytesOf(json)).ok).toBe(true);
    expect(checkImportBytes(bytesOf([0xef, 0xbb, 0xbf], json)).ok).toBe(true);
  });
});
