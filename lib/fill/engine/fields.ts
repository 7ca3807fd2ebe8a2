import { locateField, readElementValue } from '../../sites/locate';
import { locateContext } from '../../sites/locate-context';
import { scanPage } from '../../sites/page-scan';
import type { FieldSpec, SiteProfile } from '../../schema/site-profile';
import { clickLike, fire, fireKey, setEditableText, setNativeValue } from './dom-events';

export type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function findField(doc: Document, profile: SiteProfile, key: string): Element | null {
  // Own keys only: the flush field is an admin's name and may be "constructor" or "toString".
  const spec = Object.hasOwn(profile.fields, key) ? profile.fields[key] : undefined;
  if (!spec) return null;
  const scan = scanPage(doc);
  return locateField(doc, spec, scan, locateContext(doc, profile, scan))?.element ?? null;
}

/**
 * The widget Pandu found, whatever the profile's kind says: NOSSA's Details is a rich-text iframe
 * on one configuration and a plain textarea on another, so the engine writes what is there.
 */
export type Widget = 'valueList' | 'checkbox' | 'select' | 'iframe' | 'editable' | 'textarea' | 'input';

export function widgetOf(el: Element, spec: FieldSpec): Widget {
  const tag = el.tagName;
  if (tag === 'IFRAME') return 'iframe';
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox') return 'checkbox';
    if (spec.kind === 'valueList' || input.getAttribute('role') === 'combobox') return 'valueList';
    return 'input';
  }
  return 'editable';
}

const isEditable = (el: Element) => (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true';

/**
 * Whether a found field can take a value. Value lists are read-only inputs by design (the menu
 * sets them), so only Maximo's read-only class or `disabled` counts there; an editor is writable
 * once it is editable (the iframe's body, or the element itself).
 */
export function isWritable(el: Element, spec: FieldSpec): boolean {
  if ((el as HTMLInputElement).disabled || el.classList.contains('fld_ro')) return false;
  switch (widgetOf(el, spec)) {
    case 'valueList':
    case 'checkbox':
    case 'select':
      return true;
    case 'iframe':
      // Not loaded yet counts as writable: the write waits for the editor to become ready.
      return true;
    case 'editable':
      return isEditable(el) && el.getAttribute('aria-readonly') !== 'true';
    default:
      return !(el as HTMLInputElement).readOnly && el.getAttribute('aria-readonly') !== 'true';
  }
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

/** Writes an editor: the iframe's editable body, or a contenteditable element. False while not ready. */
export function editLongText(el: Element, value: string): boolean {
  const body = el.tagName === 'IFRAME' ? (el as HTMLIFrameElement).contentDocument?.body : (el as HTMLElement);
  if (!body || !isEditable(body)) return false;
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
 * Where to move focus so the pending change is sent: another text field near this one, read-only
 * ones first (focusing them changes nothing), else the profile's flush field.
 */
export function flushTarget(doc: Document, profile: SiteProfile, el: Element, spec: FieldSpec | undefined): HTMLElement | null {
  const region = (spec?.scope && safeClosest(el, spec.scope)) || el.closest('[role="dialog"], [role="region"], section, fieldset, table') || doc;
  const inputs = [...region.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].filter((i) => i !== el && i.isConnected && !i.disabled);
  const pick = inputs.find((i) => i.readOnly) ?? inputs[0];
  return pick ?? (findField(doc, profile, profile.behaviour.flushField) as HTMLElement | null);
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}
