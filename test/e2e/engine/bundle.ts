import { build } from 'esbuild';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The engine as one script for `page.addInitScript` (ASCII, like the extension's build). */
export async function engineScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    charset: 'ascii',
    target: 'chrome120',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
