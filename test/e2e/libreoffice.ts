import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync } from 'node:fs';
import { basename, delimiter, extname, join } from 'node:path';

/**
 * LibreOffice Calc, headless, as the real client a team lead opens exports in: it converts a
 * file to a neutral form (flat ODS, whose cells say their type) that a test can read cell by
 * cell, and renders a workbook to PDF as it would print it.
 */

/** soffice on PATH (PANDU_SOFFICE names another), or null when LibreOffice is not installed. */
export function officeBinary(): string | null {
  const candidates = process.env.PANDU_SOFFICE ? [process.env.PANDU_SOFFICE] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice'));
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Converts `file` into `outDir` with `target` ("fods", "pdf", or "ext:Filter:options"); the
 * CSV import's options go in `inFilter`. Each call has its own profile directory, so parallel
 * test workers never share (and lock) one. Resolves with the converted file's path.
 */
export async function convert(office: string, file: string, target: string, outDir: string, inFilter?: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, '.lo-profile');
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    ...(inFilter ? [`--infilter=${inFilter}`] : []),
    '--convert-to',
    target,
    '--outdir',
    outDir,
    file,
  ];
  const expected = `${basename(file, extname(file))}.${target.split(':')[0]!}`;
  // A fresh profile is set up on the first run, and on a loaded machine that first run now and
  // then reports "source file could not be loaded" without converting: tried again, it converts.
  let output = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    output = await run(office, args);
    if (readdirSync(outDir).includes(expected)) return join(outDir, expected);
    if (!output.includes('could not be loaded')) break;
  }
  throw new Error(`soffice wrote no ${expected} in ${outDir}: ${output}`);
}

function run(office: string, args: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(office, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`soffice exited with ${code}: ${text}`))));
  });
}

/** One cell of a flat ODS sheet: its type as Calc stored it, its value, its shown text, a formula if any. */
export interface OdsCell {
  /** office:value-type: "string", "float", "date", "percentage", ... ("" for an empty cell). */
  type: string;
  /** office:value / office:date-value / office:string-value, when Calc wrote one. */
  value: string | null;
  /** The paragraphs of the cell, joined by "\n" (a multi-line note is several paragraphs of one cell). */
  text: string;
  formula: string | null;
}

export type OdsSheets = Map<string, OdsCell[][]>;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );
const attribute = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : null;
};

/**
 * The sheets of a flat ODS (.fods) file, cell by cell, repeated rows and columns expanded (the
 * trailing empty run Calc writes to the sheet's end is dropped). A small scanner over the XML's
 * tags: the format is regular, and the test reads what Calc wrote without a library in between.
 */
export function readFods(xml: string): OdsSheets {
  const sheets: OdsSheets = new Map();
  let rows: OdsCell[][] | null = null;
  let row: OdsCell[] | null = null;
  let rowRepeat = 1;
  let cell: OdsCell | null = null;
  let cellRepeat = 1;
  let paragraphs: string[] = [];
  let inParagraph = false;
  let inAnnotation = 0;
  for (const [token] of xml.matchAll(/<[^>]+>|[^<]+/g)) {
    if (token[0] !== '<') {
      if (cell && inParagraph && !inAnnotation) paragraphs[paragraphs.length - 1] += decode(token);
      continue;
    }
    const name = /^<\/?([\w:.-]+)/.exec(token)?.[1] ?? '';
    const closing = token.startsWith('</');
    const empty = token.endsWith('/>');
    if (name === 'office:annotation') {
      if (!empty) inAnnotation += closing ? -1 : 1;
      continue;
    }
    if (name === 'table:table' && !closing) {
      rows = [];
      sheets.set(attribute(token, 'table:name') ?? `sheet${sheets.size + 1}`, rows);
    } else if (name === 'table:table-row') {
      if (!closing) {
        row = [];
        rowRepeat = Number(attribute(token, 'table:number-rows-repeated') ?? 1);
      }
      if (closing || empty) {
        const done = row ?? [];
        // Calc pads each sheet with a huge run of empty rows: only rows with content are kept.
        const blank = done.every((c) => c.type === '' && c.text === '');
        if (rows && !(blank && rowRepeat > 1)) for (let i = 0; i < rowRepeat; i++) rows.push(i ? done.map((c) => ({ ...c })) : done);
        row = null;
      }
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      if (!closing) {
        cell = {
          type: attribute(token, 'office:value-type') ?? '',
          value: attribute(token, 'office:date-value') ?? attribute(token, 'office:value') ?? attribute(token, 'office:string-value'),
          text: '',
          formula: attribute(token, 'table:formula'),
        };
        cellRepeat = Number(attribute(token, 'table:number-columns-repeated') ?? 1);
        paragraphs = [];
      }
      if (closing || empty) {
        if (cell && row) {
          cell.text = paragraphs.join('\n');
          // A trailing run of empty cells to the sheet's last column is padding, not content.
          if (!(cellRepeat > 1 && cell.type === '' && cell.text === '')) for (let i = 0; i < cellRepeat; i++) row.push({ ...cell });
        }
        cell = null;
      }
    } else if (name === 'text:p' && cell && !inAnnotation) {
      if (!closing) paragraphs.push('');
      inParagraph = !closing && !empty;
    } else if (cell && inParagraph && !inAnnotation) {
      if (name === 'text:line-break') paragraphs[paragraphs.length - 1] += '\n';
      else if (name === 'text:tab') paragraphs[paragraphs.length - 1] += '\t';
      else if (name === 'text:s') paragraphs[paragraphs.length - 1] += ' '.repeat(Number(attribute(token, 'text:c') ?? 1));
    }
  }
  return sheets;
}

/** The cells of a sheet as header name -> cell maps (the header is the first row; rows with nothing in them are skipped). */
export function recordsOf(rows: OdsCell[][]): Array<Record<string, OdsCell>> {
  const [header, ...rest] = rows;
  const body = rest.filter((cells) => cells.some((cell) => cell.type !== '' || cell.text !== ''));
  const names = (header ?? []).map((cell) => cell.text);
  return body.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? { type: '', value: null, text: '', formula: null }])));
}
