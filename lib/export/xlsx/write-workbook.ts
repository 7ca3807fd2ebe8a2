import { joinedBytes, type DeflaterFactory } from './deflate-part';
import { SharedStrings } from './shared-strings';
import type { XlsxSheet } from './sheet';
import { sheetXml } from './sheet-xml';
import { STYLES_XML } from './styles';
import { appXml, contentTypesXml, coreXml, rootRelsXml, sheetPath, workbookRelsXml, workbookXml } from './workbook-parts';
import { ZipStream } from './zip-stream';

export interface WorkbookOptions {
  title: string;
  /** Told as the sheets are written: rows written so far, of all the sheets' rows. */
  onProgress?: (rows: number, total: number) => void;
  /** Texts through the shared string table (default), or each in its cell. */
  sharedStrings?: boolean;
  /** Characters of XML per chunk encoded and deflated at once. */
  chunkChars?: number;
  /** When the file was made (the properties' and the zip entries' time). */
  made?: Date;
  /** Compresses each part: on this thread by default; the dashboard's export hands it to a worker of its own. */
  deflater?: DeflaterFactory;
}

const encoder = new TextEncoder();
const CHUNK_CHARS = 128 * 1024;

/**
 * The workbook's bytes, in the order of the file, as they are written: each sheet's XML made row
 * by row, encoded and deflated chunk by chunk, so neither a sheet's XML nor the file exists as
 * one string. The shared strings, known only once every sheet is written, come last (a zip's
 * parts may be in any order).
 */
export async function writeWorkbookParts(sheets: readonly XlsxSheet[], options: WorkbookOptions): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  const made = options.made ?? new Date();
  const zip = new ZipStream((chunk) => parts.push(chunk), made, options.deflater);
  const strings = options.sharedStrings === false ? null : new SharedStrings();
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const total = sheets.reduce((sum, sheet) => sum + sheet.rowCount, 0);
  const shared = strings !== null;
  // The package's small parts first, as Excel orders them (tools that sniff a file look at its first entry).
  await zip.add('[Content_Types].xml', contentTypesXml(sheets.length, shared));
  await zip.add('_rels/.rels', rootRelsXml());
  await zip.add('docProps/core.xml', coreXml(options.title, 'Pandu', made));
  await zip.add('docProps/app.xml', appXml('Pandu'));
  await zip.add('xl/workbook.xml', workbookXml(sheets));
  await zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length, shared));
  await zip.add('xl/styles.xml', STYLES_XML);
  let before = 0;
  for (const [index, sheet] of sheets.entries()) {
    const entry = zip.begin(sheetPath(index));
    const onRows = options.onProgress && ((rows: number) => options.onProgress!(before + rows, total));
    for (const chunk of sheetXml(sheet, { strings, chunkChars, onRows, selected: index === 0 })) await entry.write(encoder.encode(chunk));
    await entry.end();
    before += sheet.rowCount;
  }
  if (strings) {
    const entry = zip.begin('xl/sharedStrings.xml');
    for (const chunk of strings.xml(chunkChars)) await entry.write(encoder.encode(chunk));
    await entry.end();
  }
  zip.finish();
  return parts;
}

/** The workbook as one array of bytes (the team server's response; tests). */
export async function writeWorkbookBytes(sheets: readonly XlsxSheet[], options: WorkbookOptions): Promise<Uint8Array> {
  return joinedBytes(await writeWorkbookParts(sheets, options));
}
