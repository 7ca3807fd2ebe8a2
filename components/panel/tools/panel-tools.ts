import type { Language } from '@/lib/schema';
import type { Translate } from '@/lib/i18n/translate';
import type { PageCheck, SiteProfile } from '@/lib/sites';
import type { SettingsState } from '../../SettingsProvider';
import { scriptSlot } from '../on-demand/script-slot';

/**
 * The panel's rarely used tools (the page check's box with the field picker and the profile
 * repair, and the deep check) are a second script (entrypoints/nossa-tools), injected into the
 * NOSSA tab only when a lead asks for them: the content script loads on every NOSSA page and
 * must stay small. Both scripts run in the same isolated world, so the tools hand the panel this
 * API through one slot on globalThis, declared here and nowhere else.
 */
export interface PanelTools {
  /** The report on view (null: the box is closed). It outlives the panel's body, like the pick. */
  checks: { get: () => PageCheck | null; subscribe: (listener: () => void) => () => void };
  show: (report: PageCheck) => void;
  close: () => void;
  /** The deep check (lib/fill/engine/deep-check.ts); ends any pick first. */
  deepCheck: (doc: Document, profile: SiteProfile) => Promise<PageCheck>;
  /** Renders the box into `host` with the panel's current values; called again on every change. */
  render: (host: Element, values: PanelValues) => void;
  unmount: (host: Element) => void;
}

/**
 * What the panel's contexts hold, handed over on each render: the tools render with their own
 * Preact, whose contexts are not the panel's, so they provide these values again.
 */
export interface PanelValues {
  language: Language;
  t: Translate;
  settings: SettingsState;
  profile: SiteProfile;
}

const slot = scriptSlot<PanelTools>('pandu.panelTools');
export const publishPanelTools = slot.publish;
export const publishedPanelTools = slot.published;
