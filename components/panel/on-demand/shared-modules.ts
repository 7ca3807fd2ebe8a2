/**
 * The modules an on-demand panel script (entrypoints/nossa-flow) takes from the content script
 * instead of bundling its own copy. Both run in the NOSSA tab's one isolated world; the content
 * script publishes these modules on a Symbol.for slot (publish-shared.ts) and the on-demand
 * script's build resolves each import of them to that slot (shared-modules-plugin.ts at the
 * root). Shared are the modules whose identity or state must be one:
 * - Preact itself: hooks and contexts only work within one copy of it;
 * - the contexts the panel provides (settings, i18n, site profile, the flow store);
 * - the small stores both sides read and write (the fill's field, the shortcut's focus request,
 *   what NOSSA rendered for an action), and the messenger (one listener per message type).
 * Named as imported (package or `@/` path); imports of the same file by another path are shared
 * too (the build compares resolved files). This file imports nothing: the build config reads it.
 */
export const SHARED_MODULES = [
  'preact',
  'preact/hooks',
  'preact/compat',
  'preact/jsx-runtime',
  '@/components/I18n',
  '@/components/SettingsProvider',
  '@/components/panel/SiteProfileContext',
  '@/components/panel/flow/useFlow',
  '@/components/panel/fill-focus',
  '@/components/panel/panel-focus',
  '@/lib/sites/rendered',
  '@/lib/messaging/messenger',
  '@/lib/messaging/receive',
] as const;

export type SharedModule = (typeof SHARED_MODULES)[number];

/** The slot's key, for Symbol.for: the same symbol in every bundle of one realm. */
export const SHARED_MODULES_SLOT = 'pandu.sharedModules';
