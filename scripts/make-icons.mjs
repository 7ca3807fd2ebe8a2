#!/usr/bin/env node
// @ts-check
/**
 * Draws Pandu's toolbar icons: a white "P" on a rounded square in Pandu red (#b3261e), at
 * 16, 32, 48 and 128 px (public/icon/<size>.png, declared in wxt.config.ts). Drawn from shapes
 * with 8x8 supersampling and written as PNG with node:zlib, so no image tool or package is
 * needed. Run again after changing the mark: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128];
const RED = [0xb3, 0x26, 0x1e];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

/** @param {number} x @param {number} y @param {number} cx @param {number} cy @param {number} r */
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The rounded square, in unit coordinates (0..1). @param {number} x @param {number} y */
function inTile(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return inCircle(x, y, cx, cy, r);
}

/** The "P": a stem, and a bowl (two bars joined by a half ring) on its upper half. @param {number} x @param {number} y */
function inP(x, y) {
  const stem = x >= 0.3 && x <= 0.44 && y >= 0.2 && y <= 0.8;
  const outer = (x >= 0.3 && x <= 0.52 && y >= 0.2 && y <= 0.58) || (x > 0.52 && inCircle(x, y, 0.52, 0.39, 0.19));
  const inner = (x >= 0.44 && x <= 0.52 && y >= 0.3 && y <= 0.48) || (x > 0.52 && inCircle(x, y, 0.52, 0.39, 0.09));
  return stem || (outer && !inner);
}

/** RGBA pixels of the icon at a size: each pixel the average of SAMPLES x SAMPLES points. @param {number} size */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (inTile(x, y)) {
            tile += 1;
            if (inP(x, y)) mark += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const white = tile ? mark / tile : 0;
      for (let c = 0; c < 3; c += 1) pixels[i + c] = Math.round((RED[c] ?? 0) * (1 - white) + (WHITE[c] ?? 0) * white);
      pixels[i + 3] = Math.round((255 * tile) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA image as PNG bytes (8-bit, no interlace, filter 0 on every row). @param {number} size @param {Buffer} pixels */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(out, `${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`${file} (${size}x${size})`);
  }
}
