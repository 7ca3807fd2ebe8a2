import type { Locator, SiteProfile } from '../schema/site-profile';
import { locateControl } from './controls';
import { detectPage } from './detect';
import { locateField } from './locate';

export interface FieldCheck {
  field: string;
  /** found: on the page now; behind: not shown now, but the control that opens it is; missing. */
  status: 'found' | 'behind' | 'missing';
  /** The locator that found it, in words (for a team lead comparing with NOSSA's markup). */
  locator: string | null;
  via: string[];
}

export interface PageCheck {
  profileId: string;
  pageKind: string;
  url: string;
  fields: FieldCheck[];
  actions: Array<{ action: string; found: boolean }>;
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

const isCurrent = (el: Element) =>
  el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true' || (el.getAttribute('aria-current') ?? 'false') !== 'false';

/**
 * Which of the profile's fields and actions this page shows: the report a team lead reads to
 * tell at once that NOSSA changed. Fields on another tab or in a dialog count as "behind" when
 * the control that opens them is there.
 */
export function checkPage(doc: Document, profile: SiteProfile): PageCheck {
  const controls = Object.entries(profile.actions).map(([action, spec]) => ({ action, control: locateControl(doc, spec) }));
  const actions = controls.map(({ action, control }) => ({ action, found: control != null }));
  // An action that could still reveal a field: its control is there and not already the current
  // one (a tab that is already open reveals nothing more).
  const found = new Set(controls.filter(({ control }) => control && !isCurrent(control)).map(({ action }) => action));
  const fields = Object.entries(profile.fields).map(([field, spec]): FieldCheck => {
    const hit = locateField(doc, spec);
    if (hit) return { field, status: 'found', locator: describeLocator(spec.locators[hit.strategy]!), via: [] };
    const via = spec.reach.filter((name) => found.has(name));
    return { field, status: via.length ? 'behind' : 'missing', locator: null, via: spec.reach };
  });
  return { profileId: profile.id, pageKind: detectPage(doc, profile), url: doc.location?.href ?? '', fields, actions };
}
