import type { Locator, SiteProfile } from '../schema/site-profile';
import { actionControl, isDisabledControl, locateControl } from './controls';
import { detectPage } from './detect';
import { locateField } from './locate';
import { locateContext } from './locate-context';
import { scanPage } from './page-scan';
import { renderedByAction } from './rendered';

export interface FieldCheck {
  field: string;
  /**
   * found: located now, by the same code the fill uses. behind: not checked, it appears only
   * after an action that is there (a dialog, New Row); other-tab: on another tab that is there;
   * missing: on the page in view (or its way there broken) and not found; error: NOSSA failed
   * while the deep check opened its way (message kept).
   */
  status: 'found' | 'behind' | 'other-tab' | 'missing' | 'error';
  /** The locator that found it, in words (for a team lead comparing with NOSSA's markup). */
  locator: string | null;
  /** The actions still between the page in view and the field (for behind / other-tab / missing). */
  via: string[];
  /** NOSSA's message, for "error". */
  message?: string | null;
}

export interface PageCheck {
  profileId: string;
  pageKind: string;
  url: string;
  fields: FieldCheck[];
  actions: Array<{ action: string; found: boolean }>;
  /** A deep check opened tabs, a dialog and a new row to check the fields behind them. */
  deep?: boolean;
  /** What the deep check left open and unsaved (the caller reloads the ticket to discard it). */
  leftUnsaved?: boolean;
}

export function describeLocator(locator: Locator): string {
  switch (locator.by) {
    case 'css':
      return `css ${locator.selector}`;
    case 'name':
      return `name="${locator.name}"`;
    default:
      return `${locator.by} "${locator.text.join('" / "')}"`;
  }
}

/**
 * The tab (or toggle) in view: ARIA says so, or, on markup without ARIA, Maximo's "on" class on
 * the tab or its list item.
 */
export const isCurrentControl = (el: Element) => {
  const aria = el.getAttribute('aria-selected') ?? el.getAttribute('aria-pressed');
  if (aria !== null) return aria === 'true';
  if ((el.getAttribute('aria-current') ?? 'false') !== 'false') return true;
  return el.classList.contains('on') || (el.parentElement?.tagName === 'LI' && el.parentElement.classList.contains('on'));
};

const isTab = (el: Element) => el.getAttribute('role') === 'tab' || el.getAttribute('ctype') === 'tab';

/**
 * Where a field that is not in view stands: the first action of its way that is not already
 * done (a tab already open, a dialog already showing) decides. Its control there: the field is
 * on another tab, or behind a dialog / New Row, and NOT checked. Its control absent: missing.
 */
export function placeOf(doc: Document, profile: SiteProfile, reach: string[]): Pick<FieldCheck, 'status' | 'via'> {
  for (const [index, name] of reach.entries()) {
    const control = actionControl(doc, profile, name);
    if (control && isTab(control) && isCurrentControl(control)) continue;
    const via = reach.slice(index);
    if (!control || isDisabledControl(control)) return { status: 'missing', via };
    return { status: isTab(control) ? 'other-tab' : 'behind', via };
  }
  return { status: 'missing', via: [] };
}

/**
 * Which of the profile's fields and actions this page shows, located by the very code the fill
 * uses: the report a team lead reads to tell at once that NOSSA changed. A field behind a tab,
 * a dialog or New Row is reported as not checked, never as found; the deep check (lib/fill)
 * opens the way and checks it.
 */
export function checkPage(doc: Document, profile: SiteProfile): PageCheck {
  const scan = scanPage(doc);
  const context = locateContext(doc, profile, scan);
  const actions = Object.entries(profile.actions).map(([action, spec]) => ({ action, found: locateControl(doc, spec) != null }));
  const fields = Object.entries(profile.fields).map(([field, spec]): FieldCheck => {
    const hit = locateField(doc, spec, scan, context);
    // A field rendered by an action counts only once that action ran on this page.
    const counts = !spec.renderedBy || renderedByAction(doc, spec.renderedBy) != null;
    if (hit && counts) return { field, status: 'found', locator: describeLocator(spec.locators[hit.strategy]!), via: [] };
    return { field, locator: null, ...placeOf(doc, profile, spec.reach) };
  });
  return { profileId: profile.id, pageKind: detectPage(doc, profile, scan), url: doc.location?.href ?? '', fields, actions };
}
