import type { ActionSpec, SiteProfile } from '../schema/site-profile';
import { placeOf } from './check';

/**
 * What the field picker tells a team lead before they click a field: which NOSSA state the field
 * needs (open the Log tab, press New Row, open Change Status), in the profile's own terms, so a
 * profile with other actions (another site, renamed tabs) is guided just as well.
 */

/** An action in words: open a tab, press a button, or (no name to show) the profile's action key. */
export interface ActionWords {
  action: string;
  verb: 'tab' | 'press' | 'run';
  /** The tab's or button's name as NOSSA shows it (the first text variant), else the action's key. */
  name: string;
}

const isTabLocator = (locator: ActionSpec['locators'][number]) =>
  (locator.by === 'role' && locator.role === 'tab') || ((locator.by === 'text' || locator.by === 'css') && /ctype=["']?tab\b|role=["']?tab\b/.test(locator.selector));

export function actionWords(profile: Pick<SiteProfile, 'actions'>, action: string): ActionWords {
  const spec = Object.hasOwn(profile.actions, action) ? profile.actions[action] : undefined;
  if (!spec) return { action, verb: 'run', name: action };
  const named = spec.locators.find((l) => 'text' in l && l.text.length > 0);
  const name = named && 'text' in named ? named.text[0]! : action;
  if (spec.locators.some(isTabLocator)) return { action, verb: 'tab', name };
  return { action, verb: named ? 'press' : 'run', name };
}

export interface FieldGuide {
  field: string;
  /** The whole way to the field, as the profile says (`reach`). */
  way: ActionWords[];
  /** What is still to do from the page in view (tabs already open are skipped). */
  remaining: ActionWords[];
  /** An action of the way whose control is not on the page (or disabled): the lead opens it by hand. */
  blocked: ActionWords | null;
  /** The field appears only after this action ran (New Row): a field of the page in view will not do. */
  renderedBy: ActionWords | null;
}

/** The guide for one field on the page in view. */
export function fieldGuide(doc: Document, profile: SiteProfile, field: string): FieldGuide {
  const spec = Object.hasOwn(profile.fields, field) ? profile.fields[field]! : null;
  if (!spec) throw new Error(`not a field of the profile: ${field}`);
  const way = spec.reach.map((action) => actionWords(profile, action));
  const place = placeOf(doc, profile, spec.reach);
  const remaining = place.via.map((action) => actionWords(profile, action));
  return {
    field,
    way,
    remaining,
    blocked: place.status === 'missing' && remaining.length ? remaining[0]! : null,
    renderedBy: spec.renderedBy ? actionWords(profile, spec.renderedBy) : null,
  };
}
