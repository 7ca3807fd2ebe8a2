import { inflateRawSync } from 'node:zlib';

/** One entry as a streaming reader meets it: local header, data, then its data descriptor. */
export interface ReadEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  size: number;
  compressedSize: number;
  data: Uint8Array;
}

/**
 * Reads a zip twice, independently of the writer: front to back through its local headers and
 * data descriptors (as a streaming unzip does), and through its central directory (as Excel and
 * LibreOffice do); both must agree.
 */
export function readZip(bytes: Uint8Array): ReadEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  if (view.getUint16(end + 8, true) !== count) throw new Error('entry counts disagree');
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (at + directorySize !== end) throw new Error('the central directory does not end where its end record starts');
  const entries: ReadEntry[] = [];
  let local = 0;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    const offset = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // The local header, where the previous entry's descriptor ended.
    if (offset !== local) throw new Error(`${entry.name}: local header at ${offset}, previous entry ended at ${local}`);
    if (view.getUint32(offset, true) !== 0x04034b50) throw new Error(`${entry.name}: no local header`);
    const localName = decoder.decode(bytes.subarray(offset + 30, offset + 30 + view.getUint16(offset + 26, true)));
    if (localName !== entry.name || view.getUint16(offset + 6, true) !== entry.flags) throw new Error(`${entry.name}: local header disagrees`);
    const dataAt = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const raw = bytes.subarray(dataAt, dataAt + entry.compressedSize);
    const descriptor = dataAt + entry.compressedSize;
    if (view.getUint32(descriptor, true) !== 0x08074b50) throw new Error(`${entry.name}: no data descriptor after its data`);
    if (view.getUint32(descriptor + 4, true) !== entry.crc || view.getUint32(descriptor + 8, true) !== entry.compressedSize || view.getUint32(descriptor + 12, true) !== entry.size)
      throw new Error(`${entry.name}: data descriptor disagrees with the central directory`);
    local = descriptor + 16;
    const data = entry.method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw;
    entries.push({ ...entry, data });
  }
  if (local !== view.getUint32(end + 16, true)) throw new Error('bytes between the last entry and the central directory');
  return entries;
}
