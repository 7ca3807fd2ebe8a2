// @ts-check
// ESLint (flat config): typescript-eslint with type information, React's hook rules, and the
// project's import boundaries (README "Layout"). `npm run lint`; `npm test` runs it.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

// ---------------------------------------------------------------------------------------------
// Import boundaries. Dependencies point one way: entrypoints -> components -> lib; one entrypoint
// never reaches into another; the content script (entrypoints/nossa.content and the panel it
// mounts, components/panel) never imports lib/db: IndexedDB opened there would belong to NOSSA's
// origin (ARCHITECTURE.md).
//
// Written as ESLint's own no-restricted-imports with regex patterns on the import as written
// (`import type` included), so each rule catches the WXT aliases (@/, ~/, @@/, ~~/ all name the project root) and relative paths alike. A
// pattern does not resolve paths: a relative `../components` is taken to mean the top-level
// folder, which holds because no folder below the top level is named like one (components,
// entrypoints, an entrypoint, lib/db). Dynamic import() is not checked by the rule; none of these
// folders uses it.
//
// Flat config gives a file the options of the LAST config object that sets a rule (no merging),
// so each area below is one object with all of its restrictions, and the areas do not overlap.
// ---------------------------------------------------------------------------------------------

/** @typedef {{ regex: string, message: string }} Restriction */

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `path` (a top-level folder or a path below one), imported by alias or by a relative path. */
const importOf = (/** @type {string} */ path) => String.raw`^(?:(?:@|~|@@|~~)/|(?:\./)?(?:\.\./)+)${path}(?:[/.]|$)`;

/** The entrypoints, as WXT finds them: a folder or a single file each. */
const ENTRYPOINTS = readdirSync(`${ROOT}/entrypoints`, { withFileTypes: true }).map((entry) =>
  entry.isDirectory() ? entry.name : entry.name.replace(/\.[cm]?[jt]sx?$|\.html$/, ''),
);

/** @type {Restriction} */
const NO_COMPONENTS = {
  regex: importOf('components'),
  message: 'lib/ is the bottom layer: it must not import components/ (entrypoints -> components -> lib).',
};
/** @type {Restriction} */
const NO_ENTRYPOINTS = {
  regex: importOf('entrypoints'),
  message: 'Only an entrypoint itself may use its files: lib/ and components/ must not import entrypoints/ (entrypoints -> components -> lib).',
};
/** @param {string} own @returns {Restriction} */
const noOtherEntrypoint = (own) => {
  const others = ENTRYPOINTS.filter((name) => name !== own)
    .map(escape)
    .join('|');
  return {
    // By alias (@/entrypoints/popup/...) or relative (../popup/..., ../../entrypoints/popup/...).
    regex: String.raw`^(?:(?:@|~|@@|~~)/entrypoints/|(?:\./)?(?:\.\./)+(?:entrypoints/)?)(?:${others})(?:[/.]|$)`,
    message: `One entrypoint must not import another's files (this is ${own}): move what they share to components/ or lib/.`,
  };
};
/** The scripts that run in a NOSSA tab: the content script and the panel tools and flow steps it has injected. */
const CONTENT_SCRIPTS = ['nossa.content', 'nossa-tools', 'nossa-flow'];
/** @type {Restriction} */
const NO_DB = {
  regex: importOf('lib/db'),
  message:
    "The content script (entrypoints/nossa.content, entrypoints/nossa-tools, entrypoints/nossa-flow, components/panel) never imports lib/db: Dexie opened in a NOSSA tab would use NOSSA's IndexedDB. Ask the background by message.",
};

// --- Database ownership (README "Layout") ------------------------------------------------------
// The background owns the database: it alone writes (lib/db/write). The extension pages (popup,
// dashboard and its worker) and the shared components read it through lib/db's index only, never
// a module behind it. One exception, one file: the dashboard's import job stores an imported
// file through lib/db/imports (a file of 100,000 records does not travel by message).
const DB_WRITE_PAGES = ['popup', 'dashboard'];
/** A module behind lib/db's index (`lib/db/write`, `lib/db/sessions`...), but for the one allowed, if any. */
const dbModule = (/** @type {string} */ allowed = '') => String.raw`^(?:(?:@|~|@@|~~)/|(?:\./)?(?:\.\./)+)lib/db/` + (allowed ? String.raw`(?!${allowed}(?:\.ts)?$)` : '');
/** @type {Restriction} */
const DB_READ_ONLY = {
  regex: dbModule(),
  message: "Pages and components read the database through lib/db's index; writes belong to the background (lib/db/write): send it a message.",
};
/** @type {Restriction[]} */
const DB_WRITE_MODULES = [DB_READ_ONLY];
/** The import job: lib/db/imports is the one write it may make. */
const IMPORT_JOB = 'entrypoints/dashboard/worker/import-job.ts';
/** @type {Restriction} */
const DB_IMPORT_ONLY = { regex: dbModule('imports'), message: `${IMPORT_JOB} writes only through lib/db/imports; anything else belongs to the background.` };
// -----------------------------------------------------------------------------------------------

const CODE = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
/**
 * One area of the tree and everything it must not import.
 * @param {string} name
 * @param {string[]} files folders (or an entrypoint's single file, without its extension)
 * @param {Restriction[]} patterns
 * @param {string[]} [ignores] folders (or files, without their extension) inside `files` that are an area of their own
 * @returns {import('eslint').Linter.Config}
 */
const boundary = (name, files, patterns, ignores = []) => ({
  name: `pandu/boundaries/${name}`,
  // A folder, or the single file an entrypoint may also be (entrypoints/popup.ts).
  files: files.flatMap((dir) => [`${dir}/${CODE}`, `${dir}.{ts,tsx,js,mjs}`]),
  ignores: ignores.flatMap((dir) => [`${dir}/${CODE}`, `${dir}.{ts,tsx,js,mjs}`]),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/** @type {Restriction} */
const NO_SERVER = {
  regex: importOf('server'),
  message: 'server/ is a separate program (the team server): the extension must not import it. What both need goes in lib/ (lib/team, lib/schema).',
};
/** @type {Restriction} */
const SERVER_NO_EXTENSION = {
  regex: String.raw`^(?:(?:@|~|@@|~~)/|(?:\./)?(?:\.\./)+)(?:entrypoints|components|lib/db|lib/messaging|lib/sites|lib/fill)(?:[/.]|$)`,
  message:
    "The team server shares the contracts and pure logic of lib/ (schema, team, events, logs, export, procedure, time, i18n), never the extension's runtime (entrypoints, components, lib/db, messaging, sites, fill).",
};

export const boundaries = [
  boundary('lib', ['lib'], [NO_COMPONENTS, NO_ENTRYPOINTS, NO_SERVER]),
  boundary('server', ['server'], [SERVER_NO_EXTENSION]),
  boundary('components', ['components'], [NO_ENTRYPOINTS, DB_READ_ONLY], ['components/panel']),
  boundary('panel (content script)', ['components/panel'], [NO_ENTRYPOINTS, NO_DB]),
  ...ENTRYPOINTS.map((name) =>
    boundary(
      `entrypoints/${name}`,
      [`entrypoints/${name}`],
      [noOtherEntrypoint(name), ...(CONTENT_SCRIPTS.includes(name) ? [NO_DB] : []), ...(DB_WRITE_PAGES.includes(name) ? DB_WRITE_MODULES : [])],
      name === 'dashboard' ? [IMPORT_JOB.replace(/\.ts$/, '')] : [],
    ),
  ),
  boundary('the import job', [IMPORT_JOB.replace(/\.ts$/, '')], [noOtherEntrypoint('dashboard'), DB_IMPORT_ONLY]),
];

// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '.output*/', // builds (PANDU_OUT_DIR may name others, outside the tree)
    '.wxt/', // generated by `wxt prepare`
    'test-results/',
    'playwright-report/',
    'artifacts/',
  ]),
  // The look-alike's page script (test/nossa-mock/static/javascript) IS linted: it is our code,
  // type-checked like the rest (tsconfig.mock-page.json), and a bug there makes the look-alike
  // lie about NOSSA.

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'pandu/type-information',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
  },
  {
    // The .mjs/.js files are outside tsconfig.json; their type information comes from the
    // tsconfigs that type-check them (`npm run typecheck`).
    name: 'pandu/type-information/scripts',
    files: ['scripts/**/*.{js,mjs}', 'test/nossa-mock/**/*.{js,mjs}', '*.{js,mjs}'],
    ignores: ['test/nossa-mock/static/**'],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, chrome: 'readonly' }, // page.evaluate bodies run in the page
      parserOptions: { projectService: false, project: './tsconfig.scripts.json', tsconfigRootDir: ROOT },
    },
  },
  {
    name: 'pandu/type-information/mock-page',
    files: ['test/nossa-mock/static/**/*.js'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: false, project: './tsconfig.mock-page.json', tsconfigRootDir: ROOT },
    },
  },

  {
    // App code and its unit tests. Not test/e2e: Playwright's fixture callback is also named
    // `use`, which the hook rules would take for React's.
    name: 'pandu/react-hooks',
    files: ['{entrypoints,components,lib}/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The rules below only make code fit the React Compiler, which Pandu does not use (the build
      // runs on preact/compat); the other compiler-era rules (immutability, static-components,
      // set-state-in-render, globals, ...) catch bugs in any React and stay on.
      'react-hooks/set-state-in-effect': 'off', // resetting a form's draft when its stored value changes is deliberate here; it costs one render
      'react-hooks/purity': 'off', // Date.now() in render reads the clock for that render; only memoization by the compiler would freeze it
      'react-hooks/refs': 'off', // reading a ref in render is unsafe only for the compiler's memoization
      'react-hooks/incompatible-library': 'off', // warns that the compiler will skip a component (TanStack Virtual's useVirtualizer)
    },
  },

  {
    name: 'pandu/tuning',
    rules: {
      // A leading underscore marks a name that is unused on purpose (a required parameter, an
      // exhaustiveness check, a rest sibling dropped from an object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // React and Preact ignore an event handler's return value, and the async handlers here
      // (form submits, buttons that message the background) catch their own errors. Promises
      // passed anywhere else that expects a void return are still reported.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Tests and benches read untyped data on purpose: page.evaluate results, IndexedDB rows read
    // back, JSON files, the export module the bench bundles at run time. Their assertions check
    // that data; typing each read would add casts, not safety.
    name: 'pandu/tests-and-scripts',
    files: ['test/**/*.{ts,tsx,js,mjs}', 'scripts/**/*.{js,mjs}'],
    ignores: ['test/nossa-mock/**'], // the look-alike is held to the app's rules
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off', // the same escape hatch, written out
      '@typescript-eslint/require-await': 'off', // async test doubles and suites implement Promise-returning interfaces
      '@typescript-eslint/unbound-method': 'off', // vi.mocked(obj.method) and saving a prototype method to patch it are how tests reach methods
    },
  },
  {
    name: 'pandu/playwright',
    files: ['test/e2e/**/*.ts'],
    rules: {
      'no-empty-pattern': 'off', // Playwright reads a fixture's dependencies from its destructured first parameter: `async ({}, use) =>` is required
    },
  },

  ...boundaries,
);
