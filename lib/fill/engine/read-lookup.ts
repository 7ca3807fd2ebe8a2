import type { SiteProfile } from '../../schema/site-profile';
import { isCommandMenu, lookupControlOf, menuItems, menuValues } from '../../sites/lookup-menu';
import { fireKey } from './dom-events';
import { findField } from './fields';
import { clickAndSettle, idle, type OpContext } from './field-ops';
import { sessionExpired } from './page-state';
import { pollFor } from './poll';
import { FillStopwatch } from './stopwatch';

export type LookupFailure = 'field-missing' | 'no-lookup' | 'no-menu' | 'not-a-list' | 'timeout' | 'session-expired';
export type LookupRead = { ok: true; values: string[] } | { ok: false; reason: LookupFailure; message?: string };

/** How long the menu may take to appear after the lookup's round trip, and to go after Escape. */
const MENU_WAIT_MS = 3000;
const CLOSE_WAIT_MS = 1000;

/**
 * Reads the values a field's lookup offers (NOSSA's Owner Group list), as an agent would see them:
 * opens the lookup (one server round trip, the agent asked for it), reads the menu, and closes it
 * with Escape. Nothing is chosen, so nothing on the record changes. Only on the agent's request:
 * opening a lookup changes what NOSSA shows.
 */
export async function readLookupValues(doc: Document, profile: SiteProfile, fieldKey: string): Promise<LookupRead> {
  const ctx: OpContext = { doc, profile, stopwatch: new FillStopwatch() };
  if (!(await idle(ctx))) return { ok: false, reason: 'timeout' };
  if (sessionExpired(doc, profile)) return { ok: false, reason: 'session-expired' };
  const field = findField(doc, profile, fieldKey);
  if (!field) return { ok: false, reason: 'field-missing' };
  const control = field.classList.contains('fld_ro') || (field as HTMLInputElement).disabled ? null : lookupControlOf(field);
  if (!control) return { ok: false, reason: 'no-lookup' };

  const before = new Set(menuItems(doc, profile));
  const opened = await clickAndSettle(ctx, control);
  if (opened.timedOut) return { ok: false, reason: 'timeout' };
  if (sessionExpired(doc, profile)) return { ok: false, reason: 'session-expired' };
  if (opened.problem) return { ok: false, reason: 'no-menu', message: opened.problem };
  // The menu this click opened: items that were not there before (a stale menu is not NOSSA's answer).
  const fresh = await pollFor(() => menuItems(doc, profile).some((item) => !before.has(item)), MENU_WAIT_MS);
  if (!fresh) return { ok: false, reason: 'no-menu' };
  const values = menuValues(doc, profile);
  await closeMenu(doc, profile);
  if (isCommandMenu(values)) return { ok: false, reason: 'not-a-list' };
  return values.length ? { ok: true, values } : { ok: false, reason: 'no-menu' };
}

/**
 * Escape, as the agent would press it in the menu (Maximo focuses its menu; the key bubbles from
 * there to the page): Maximo closes it locally, without a round trip. Never sent to whatever has
 * focus, which is Pandu's own panel after the agent's click.
 */
async function closeMenu(doc: Document, profile: SiteProfile): Promise<void> {
  fireKey(menuItems(doc, profile)[0] ?? doc.body, 'keydown', 'Escape');
  await pollFor(() => menuItems(doc, profile).length === 0, CLOSE_WAIT_MS);
}
