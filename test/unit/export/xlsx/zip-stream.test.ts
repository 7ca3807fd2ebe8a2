import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PartDeflater, gzipHeaderLength } from '@/lib/export/xlsx/deflate-part';
import { ZipStream } from '@/lib/export/xlsx/zip-stream';
import { readZip } from './zip-reader';

/** Bytes that deflate neither to nothing nor not at all: XML-like text with some noise. */
function sample(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = i % 7 === 0 ? x >>> 24 : 60 + (i % 40);
  }
  return bytes;
}

async function zipOf(entries: Array<[string, Uint8Array[]]>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const zip = new ZipStream((chunk) => parts.push(chunk), new Date(2026, 11, 6, 17, 30, 31));
  for (const [name, chunks] of entries) {
    const entry = zip.begin(name);
    for (const chunk of chunks) await entry.write(chunk);
    await entry.end();
  }
  zip.finish();
  return Buffer.concat(parts);
}

describe('ZipStream', () => {
  it('writes entries an independent reader unpacks: same bytes, CRC-32 as zlib computes it, sizes, data descriptors', async () => {
    const big = sample(3_000_000);
    const entries: Array<[string, Uint8Array[]]> = [
      ['[Content_Types].xml', [new TextEncoder().encode('<Types/>')]],
      ['empty.xml', []],
      ['xl/worksheets/sheet1.xml', Array.from({ length: 30 }, (_, i) => big.subarray(i * 100_000, (i + 1) * 100_000))],
      ['lembar/catatan ñ é.xml', [sample(1, 2), sample(7, 3), sample(9, 4)]],
    ];
    const read = readZip(await zipOf(entries));
    expect(read.map((entry) => entry.name)).toEqual(entries.map(([name]) => name));
    for (const [i, [, chunks]] of entries.entries()) {
      const whole = Buffer.concat(chunks);
      const entry = read[i]!;
      expect(Buffer.from(entry.data).equals(whole), entry.name).toBe(true);
      expect(entry.crc, entry.name).toBe(crc32(whole));
      expect(entry.size).toBe(whole.length);
      expect(entry.method).toBe(8);
      expect(entry.flags).toBe(0x0808); // data descriptor, UTF-8 names
    }
    expect(read[2]!.compressedSize).toBeLessThan(big.length / 2);
  });

  it('keeps one entry open at a time', () => {
    const zip = new ZipStream(() => {});
    zip.begin('a.xml');
    expect(() => zip.begin('b.xml')).toThrow(/before the previous entry ended/);
    expect(() => zip.finish()).toThrow(/entry still open/);
  });

  it('writes an empty archive as its end record alone', async () => {
    expect((await zipOf([])).length).toBe(22);
    expect(readZip(await zipOf([]))).toEqual([]);
  });
});

describe('PartDeflater: raw deflate data and the CRC-32 out of a gzip stream', () => {
  it("gives what went in, byte by byte or in large chunks, and zlib's CRC-32", async () => {
    for (const [length, size] of [
      [3_000, 1],
      [3_000, 3],
      [20_000, 8],
      [20_000, 9],
      [200_000, 65_536],
      [200_000, 200_000],
    ] as const) {
      const data = sample(length, size);
      const out: Uint8Array[] = [];
      const deflater = new PartDeflater((chunk) => out.push(chunk));
      for (let at = 0; at < data.length; at += size) await deflater.write(data.subarray(at, at + size));
      const part = await deflater.close();
      const deflated = Buffer.concat(out);
      expect(Buffer.from(inflateRawSync(deflated)).equals(Buffer.from(data)), `chunks of ${size}`).toBe(true);
      expect(part).toEqual({ crc: crc32(data), size: data.length, compressedSize: deflated.length });
    }
  });

  it('deflates nothing to a valid empty stream', async () => {
    const out: Uint8Array[] = [];
    const deflater = new PartDeflater((chunk) => out.push(chunk));
    const part = await deflater.close();
    expect(part.crc).toBe(0);
    expect(part.size).toBe(0);
    expect(inflateRawSync(Buffer.concat(out)).length).toBe(0);
  });
});

describe('gzipHeaderLength', () => {
  const plain = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
  it('is 10 for the plain header zlib writes, null until all of it is there', () => {
    expect(gzipHeaderLength(new Uint8Array(plain))).toBe(10);
    expect(gzipHeaderLength(new Uint8Array(plain.slice(0, 9)))).toBeNull();
  });
  it('skips an extra field, a name, a comment and a header CRC', () => {
    const flags = 4 | 8 | 16 | 2;
    const header = [0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3, 2, 0, 0xaa, 0xbb, 0x61, 0x62, 0, 0x63, 0, 0x12, 0x34];
    expect(gzipHeaderLength(new Uint8Array([...header, 0x99]))).toBe(header.length);
    expect(gzipHeaderLength(new Uint8Array(header.slice(0, 16)))).toBeNull();
  });
  it('refuses what is not gzip', () => {
    expect(() => gzipHeaderLength(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0]))).toThrow(/gzip/);
  });
});
