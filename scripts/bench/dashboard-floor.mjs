// @ts-check
// Floors for the dashboard's export figures: what the same bytes cost with no spreadsheet or
// export logic at all, so a writer's time is read against what cannot be avoided.
// - XLSX: the workbook's own XML parts (taken back out of the file the writer made), deflated
//   with the platform's zlib (CompressionStream "deflate-raw") and nothing else. The writer
//   deflates through "gzip" to have zlib's CRC-32 as well (lib/export/xlsx/deflate-part.ts);
//   the floor leaves the CRC out, so it is the stricter one.
// - JSON: the same records through JSON.stringify alone, joined by commas.
import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a zip file (as the XLSX writer makes them: stored or deflated, sizes from the
 * central directory whether or not the entry has a data descriptor, no zip64), inflated.
 * @param {Uint8Array} zip
 * @returns {Array<{ name: string, data: Uint8Array }>}
 */
export function unzipEntries(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record: the last 22 bytes (no comment is written).
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged central directory');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(dataAt, dataAt + compressed);
    entries.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * Deflates bytes with the platform's zlib, as the XLSX writer's zip does (CompressionStream).
 * @param {Uint8Array} data
 * @returns {Promise<number>} the compressed size
 */
async function deflateLikeTheWriter(data) {
  const stream = new Blob([/** @type {BlobPart} */ (data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) size += next.value.length;
  return size;
}

/**
 * The floor of an XLSX file: its XML parts deflated, nothing else. Returns the run's function
 * (to be timed) and the sizes involved.
 * @param {Uint8Array} workbook the writer's file
 */
export function xlsxFloor(workbook) {
  const parts = unzipEntries(workbook);
  const xmlBytes = parts.reduce((sum, part) => sum + part.data.length, 0);
  return {
    xmlBytes,
    run: async () => {
      let size = 0;
      for (const part of parts) size += await deflateLikeTheWriter(part.data);
      return size;
    },
  };
}

/**
 * The floor of the JSON file: every record through JSON.stringify, nothing else (no masking, no
 * sections, no header). Returns the characters written.
 * @param {ReadonlyArray<readonly unknown[]>} tables
 */
export function jsonFloor(tables) {
  let chars = 0;
  for (const records of tables) for (const record of records) chars += JSON.stringify(record).length + 1;
  return chars;
}
