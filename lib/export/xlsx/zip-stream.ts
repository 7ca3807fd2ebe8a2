import { deflateHere, type DeflaterFactory } from './deflate-part';

/**
 * A zip archive written front to back, entry by entry, each deflated as its bytes arrive: the
 * sizes and CRC of an entry are known only at its end, so each carries them after its data (a
 * data descriptor, general purpose bit 3) and in the central directory written last, as
 * streaming zip writers do and Excel, LibreOffice and every unzip read.
 *
 * No Zip64: an entry or the archive past 4 GiB is refused (the export's largest part, a sheet of
 * Excel's 1,048,575 rows of the history's ~400 bytes, is about 0.4 GiB of XML).
 */

const LIMIT = 2 ** 32;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;

interface Entry {
  name: Uint8Array;
  offset: number;
  crc: number;
  size: number;
  compressedSize: number;
}

/** MS-DOS time and date, as zip stores them (local time, two-second steps, from 1980). */
function dosTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const encoder = new TextEncoder();

export class ZipStream {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private open = false;
  private readonly time: number;
  private readonly day: number;

  /** `output` gets the archive's bytes in order; `deflater` compresses each entry (on this thread by default). */
  constructor(
    private readonly output: (chunk: Uint8Array) => void,
    modified = new Date(),
    private readonly deflater: DeflaterFactory = deflateHere,
  ) {
    ({ time: this.time, day: this.day } = dosTime(modified));
  }

  /** Starts an entry; write its bytes with the answer's `write`, then `end` it before the next. */
  begin(name: string): { write: (bytes: Uint8Array) => Promise<void>; end: () => Promise<void> } {
    if (this.open) throw new Error(`zip: ${name} begun before the previous entry ended`);
    this.open = true;
    const nameBytes = encoder.encode(name);
    const offset = this.offset;
    const header = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, VERSION, true);
    this.entryFields(view, 6);
    // CRC and sizes (14-25) stay 0: they follow the data.
    view.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    this.emit(header);
    const deflater = this.deflater((chunk) => this.emit(chunk));
    return {
      write: (bytes) => deflater.write(bytes),
      end: async () => {
        const { crc, size, compressedSize } = await deflater.close();
        if (size >= LIMIT || compressedSize >= LIMIT) throw new Error(`zip: ${name} is over 4 GiB (${size} bytes); Zip64 is not written`);
        const descriptor = new Uint8Array(16);
        const d = new DataView(descriptor.buffer);
        d.setUint32(0, 0x08074b50, true);
        d.setUint32(4, crc, true);
        d.setUint32(8, compressedSize, true);
        d.setUint32(12, size, true);
        this.emit(descriptor);
        this.entries.push({ name: nameBytes, offset, crc, size, compressedSize });
        this.open = false;
      },
    };
  }

  /** A whole entry at once (the workbook's small parts). */
  async add(name: string, text: string): Promise<void> {
    const entry = this.begin(name);
    await entry.write(encoder.encode(text));
    await entry.end();
  }

  /** The central directory and its end record; the archive is complete. */
  finish(): void {
    if (this.open) throw new Error('zip: finished with an entry still open');
    const start = this.offset;
    for (const entry of this.entries) {
      const record = new Uint8Array(46 + entry.name.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, VERSION, true);
      view.setUint16(6, VERSION, true);
      this.entryFields(view, 8);
      view.setUint32(16, entry.crc, true);
      view.setUint32(20, entry.compressedSize, true);
      view.setUint32(24, entry.size, true);
      view.setUint16(28, entry.name.length, true);
      // Extra field, comment, disk, attributes (30-41): none.
      view.setUint32(42, entry.offset, true);
      record.set(entry.name, 46);
      this.emit(record);
    }
    const size = this.offset - start;
    if (this.offset >= LIMIT || this.entries.length > 0xffff) throw new Error('zip: the archive is over 4 GiB or 65,535 entries; Zip64 is not written');
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.entries.length, true);
    view.setUint16(10, this.entries.length, true);
    view.setUint32(12, size, true);
    view.setUint32(16, start, true);
    this.emit(end);
  }

  /** What an entry's local header and its central directory record both say, from `at`: flags, method, time and day. */
  private entryFields(view: DataView, at: number): void {
    view.setUint16(at, FLAGS, true);
    view.setUint16(at + 2, DEFLATE, true);
    view.setUint16(at + 4, this.time, true);
    view.setUint16(at + 6, this.day, true);
  }

  private emit(bytes: Uint8Array): void {
    if (!bytes.length) return;
    this.offset += bytes.length;
    this.output(bytes);
  }
}
