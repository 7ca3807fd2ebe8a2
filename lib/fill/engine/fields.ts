import { locateField, readElementValue } from '../../sites/locate';
import type { FieldSpec, SiteProfile } from '../../schema/site-profile';
import { clickLike, fire, fireKey, setEditableText, setNativeValue } from './dom-events';

export type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function findField(doc: Document, profile: SiteProfile, key: string): Element | null {
  // Own keys only: the flush field is an admin's name and may be "constructor" or "toString".
  const spec = Object.hasOwn(profile.fields, key) ? profile.fields[key] : undefined;
  return spec ? (locateField(doc, spec)?.element ?? null) : null;
}

/**
 * Whether a found field can take a value. Value lists are read-only inputs by design (the menu
 * sets them), so only Maximo's read-only class or `disabled` counts there.
 */
export function isWritable(el: Element, spec: FieldSpec): boolean {
  if ((el as HTMLInputElement).disabled || el.classList.contains('fld_ro')) return false;
  if (spec.kind === 'valueList' || spec.kind === 'richText' || spec.kind === 'checkbox') return true;
  return !(el as HTMLInputElement).readOnly;
}

export function readField(el: Element): string | null {
  try {
    return readElementValue(el);
  } catch {
    return null;
  }
}

/**
 * Types a value the way Maximo needs it: focus (Maximo stores the value as `prekeyvalue`), the
 * native setter, then input, keyup and change. The value still sits in the page's one pending
 * slot: the caller moves focus on to send it.
 */
export function typeInto(el: Writable, value: string): void {
  el.focus();
  setNativeValue(el, value);
  fire(el, 'input');
  fireKey(el, 'keyup');
  fire(el, 'change');
}

export function editRichText(frame: HTMLIFrameElement, value: string): boolean {
  const body = frame.contentDocument?.body;
  if (!body || !body.isContentEditable) return false;
  body.focus();
  setEditableText(body, value);
  fire(body, 'input');
  fireKey(body, 'keyup');
  return true;
}

export function toggleCheckbox(el: HTMLInputElement, value: string): void {
  const want = /^(y|yes|true|1|ya)$/i.test(value);
  if (el.checked !== want) clickLike(el);
}

/**
 * Where to move focus so the pending change is sent: another field in the same region, read-only
 * ones first (focusing them changes nothing), else the profile's flush field.
 */
export function flushTarget(doc: Document, profile: SiteProfile, el: Element, spec: FieldSpec | undefined): HTMLElement | null {
  const region = (spec?.scope && el.closest(spec.scope)) || el.closest('[role="dialog"], [role="region"], section, table') || doc;
  const inputs = [...region.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].filter((i) => i !== el && i.isConnected);
  const pick = inputs.find((i) => i.readOnly) ?? inputs[0];
  return pick ?? (findField(doc, profile, profile.behaviour.flushField) as HTMLElement | null);
}
