// @ts-check
// Bench suite: bundle sizes per entrypoint (raw and gzip) and the store zip.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSizes, zipPathIn } from '../lib/bundle-sizes.mjs';
import { EXTENSION_DIR } from '../lib/chromium.mjs';

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @returns {Promise<Array<{ figure: string, value: string, target?: string }>>} */
export async function benchBundles() {
  const rows = bundleSizes(EXTENSION_DIR).map((row) => ({
    figure: `bundle: ${row.name}`,
    value: `${kb(row.raw)} raw, ${kb(row.gzip)} gzip (${row.files} files)`,
    target: row.name.startsWith('content script') ? '<= 80 KB gzip' : undefined,
  }));
  const zip = zipPathIn(resolve(EXTENSION_DIR, '..'));
  if (zip) rows.push({ figure: 'bundle: store zip', value: kb(statSync(zip).size), target: '<= 400 KB' });
  return rows;
}
