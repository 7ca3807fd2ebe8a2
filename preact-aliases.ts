/**
 * Pandu's UI is written against React's API and runs on Preact's compatible core: React DOM alone
 * (~57 KB gzip) would exceed the content script's whole 56.4 KB bound, and the panel loads on
 * every NOSSA page. Declared once, for the build (wxt.config.ts) and the unit tests
 * (vitest.config.ts), so the tests render on the runtime that ships.
 */
export const PREACT_ALIASES: { find: RegExp; replacement: string }[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/** The Preact module a React import stands for, or null when it is not one of them. */
export function preactFor(source: string): string | null {
  return PREACT_ALIASES.find((alias) => alias.find.test(source))?.replacement ?? null;
}
