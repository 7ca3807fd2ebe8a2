/**
 * Deflates one zip entry's bytes with the platform's zlib (CompressionStream, in Chromium's
 * workers and Node 20), handing on the compressed data as it comes.
 *
 * Through "gzip" rather than "deflate-raw": a gzip stream is a small header, the raw deflate
 * data a zip entry holds, then the CRC-32 and length of what went in. The zip needs that CRC
 * too, and zlib computes it natively, many times faster than JavaScript could (measured in Node
 * under load: a table-driven JS CRC-32, even sliced by 8, ran at 100-200 MB/s; it would add
 * 1-3 s over the sheets of a large export). So the header is dropped, the trailer read, and the
 * deflate data in between is the entry's.
 */

export interface DeflatedPart {
  crc: number;
  /** Bytes in, and bytes of deflate data out. */
  size: number;
  compressedSize: number;
}

/** One zip entry's compressor: its bytes written in order (each awaited), then closed for its CRC and sizes. */
export interface EntryDeflater {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<DeflatedPart>;
}

/** Makes an entry's compressor, handing its deflate data to `onData` in order: here (PartDeflater) or on another thread. */
export type DeflaterFactory = (onData: (chunk: Uint8Array) => void) => EntryDeflater;

export const deflateHere: DeflaterFactory = (onData) => new PartDeflater(onData);

const TRAILER = 8;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;

/** The gzip header's length (RFC 1952), or null when `bytes` does not hold all of it yet. */
export function gzipHeaderLength(bytes: Uint8Array): number | null {
  if (bytes.length < 10) return null;
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error('CompressionStream("gzip") wrote no gzip header');
  const flags = bytes[3]!;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return null;
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    while (at < bytes.length && bytes[at] !== 0) at++;
    if (at >= bytes.length) return null;
    at++;
  }
  if (flags & FHCRC) at += 2;
  return bytes.length < at ? null : at;
}

/** Byte arrays end to end, in one new array. */
export function joinedBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * One entry's compressor: `write` its bytes in order (waiting on each: the compressor holds one
 * chunk at a time, so memory stays flat), then `close` for the CRC and sizes. `onData` gets the
 * raw deflate data, in order.
 */
export class PartDeflater implements EntryDeflater {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly reading: Promise<void>;
  private size = 0;
  private compressedSize = 0;
  /** Output held back: the gzip header until complete, then the last 8 bytes (the trailer, once the stream ends). */
  private held: Uint8Array = new Uint8Array(0);
  private headerDone = false;

  constructor(private readonly onData: (chunk: Uint8Array) => void) {
    const stream = new CompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    this.reading = this.read(stream.readable.getReader());
    // A failed read fails `close`; until then it must not count as unhandled.
    this.reading.catch(() => {});
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (!chunk.length) return;
    this.size += chunk.length;
    await this.writer.ready;
    // Not awaited: the compressor works on this chunk while the caller builds the next one.
    this.writer.write(chunk as BufferSource).catch(() => {});
  }

  async close(): Promise<DeflatedPart> {
    await this.writer.close();
    await this.reading;
    const trailer = this.held;
    if (trailer.length !== TRAILER) throw new Error('the gzip stream ended without its trailer');
    const view = new DataView(trailer.buffer, trailer.byteOffset, TRAILER);
    const crc = view.getUint32(0, true);
    if (view.getUint32(4, true) !== this.size % 2 ** 32) throw new Error('the gzip trailer does not count the bytes written');
    return { crc, size: this.size, compressedSize: this.compressedSize };
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (let next = await reader.read(); !next.done; next = await reader.read()) this.take(next.value);
  }

  private take(chunk: Uint8Array): void {
    if (!this.headerDone) {
      const bytes = this.held.length ? joinedBytes([this.held, chunk]) : chunk;
      const header = gzipHeaderLength(bytes);
      if (header === null) {
        this.held = bytes.slice();
        return;
      }
      this.headerDone = true;
      this.held = new Uint8Array(0);
      chunk = bytes.subarray(header);
    }
    if (chunk.length >= TRAILER) {
      this.emit(this.held);
      this.emit(chunk.subarray(0, chunk.length - TRAILER));
      this.held = chunk.slice(chunk.length - TRAILER);
    } else {
      const bytes = joinedBytes([this.held, chunk]);
      this.emit(bytes.subarray(0, Math.max(0, bytes.length - TRAILER)));
      this.held = bytes.slice(Math.max(0, bytes.length - TRAILER));
    }
  }

  private emit(bytes: Uint8Array): void {
    if (!bytes.length) return;
    this.compressedSize += bytes.length;
    this.onData(bytes);
  }
}
