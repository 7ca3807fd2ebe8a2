import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, drawIcon, encodePng } from '../../../scripts/make-icons.mjs';

/** The PNG's size and RGBA pixels (8-bit RGBA, filter 0 rows: what make-icons writes). */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { width, height, pixel };
}

describe('toolbar icons (public/icon, declared in wxt.config.ts)', () => {
  it.each(ICON_SIZES)('%i px: a PNG of that size, as scripts/make-icons.mjs draws it', (size) => {
    const png = readFileSync(`public/icon/${size}.png`);
    expect(png.equals(encodePng(size, drawIcon(size))), 'regenerate with node scripts/make-icons.mjs').toBe(true);
    const { width, height, pixel } = decode(png);
    expect([width, height]).toEqual([size, size]);
    // A white "P" (its stem) on Pandu red, with transparent rounded corners.
    expect(pixel(Math.floor(size * 0.37), Math.floor(size * 0.7))).toEqual([255, 255, 255, 255]);
    expect(pixel(Math.floor(size * 0.15), Math.floor(size * 0.5))).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(pixel(0, 0)[3]).toBeLessThan(16);
  });

  it('is declared for the extension and the toolbar button', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const sizes = "{ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' }";
    expect(config).toContain(`icons: ${sizes}`);
    expect(config).toContain(`default_icon: ${sizes}`);
  });
});
