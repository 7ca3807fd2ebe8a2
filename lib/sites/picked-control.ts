import type { FieldKind } from '../schema/site-profile';
import { readElementValue } from './locate';

/**
 * What the field picker reads off a control a team lead clicked on NOSSA's page: which control it
 * is (a click may land on the value list's drop image or on the label), what it is called (its
 * `<label for>`, the `title` Maximo gives it, its aria-label), which section it sits in, and what
 * kind of widget it is. Only what real Maximo renders (NOSSA.md); never a generated id.
 */

/** The elements a profile field can be: what locate.ts returns for a field. */
export const CONTROL_SELECTOR = 'input:not([type="hidden"]), textarea, select, iframe, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]';

const isControl = (el: Element) => el.matches(CONTROL_SELECTOR);

/**
 * The control a click on `target` means: the control itself (or the control an editor's inner
 * element belongs to), the control a `<label for>` names, or the one control of the small holder
 * the target sits in (Maximo's drop image and calendar image sit beside their input). Null when
 * the target is not part of a field (a section, the page's background).
 */
export function controlAt(target: Element | null): Element | null {
  if (!target) return null;
  const doc = target.ownerDocument;
  const own = target.closest(CONTROL_SELECTOR);
  if (own) return outermostEditor(own);
  const label = target.closest('label');
  if (label) {
    const named = label.htmlFor ? doc.getElementById(label.htmlFor) : label.querySelector(CONTROL_SELECTOR);
    return named && isControl(named) ? named : null;
  }
  // A drop or calendar image, a required star: the holder around it holds exactly one control.
  for (let node = target.parentElement, level = 0; node && level < 2 && node !== doc.body; node = node.parentElement, level++) {
    const controls = [...node.querySelectorAll(CONTROL_SELECTOR)];
    if (controls.length === 1) return controls[0]!;
    if (controls.length > 1) return null;
  }
  return null;
}

/** Inside a contenteditable editor, the editor element itself (its paragraphs are not fields). */
function outermostEditor(el: Element): Element {
  let top = el;
  for (let node = el.parentElement; node; node = node.parentElement) if (node.matches('[contenteditable=""], [contenteditable="true"]')) top = node;
  return top;
}

/** Label text as the page shows it: spaces folded, a trailing ":" or "*" dropped (case kept). */
export const cleanLabel = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .replace(/^[\s*]+/, '')
    .trim();

/** The text of the `<label>` that names the control (`for`, or a label around it), if any. */
export function labelTextOf(el: Element): string | null {
  const doc = el.ownerDocument;
  if (el.id) {
    for (const label of doc.querySelectorAll('label')) {
      if (label.htmlFor === el.id) {
        const text = cleanLabel(label.textContent);
        if (text) return text;
      }
    }
  }
  const around = el.closest('label');
  const text = around ? cleanLabel(around.textContent) : '';
  return text || null;
}

/** The names an aria-labelledby points at (an editor that is not a form control is named so). */
export function labelledByTextOf(el: Element): string | null {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const text = cleanLabel(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  return text || null;
}

/**
 * The label part of Maximo's `title="Label: value"` (an editor frame is titled with the label
 * alone). Null when the title is not of that form (a toolbar's "Find Incident").
 */
export function titlePrefixOf(el: Element): string | null {
  const title = el.getAttribute('title');
  if (!title) return null;
  const colon = title.indexOf(':');
  if (colon > 0) return cleanLabel(title.slice(0, colon)) || null;
  return el.tagName === 'IFRAME' ? cleanLabel(title) || null : null;
}

/** What the lead would call the control: its label, else its title's label part, else its aria-label. */
export function nameOf(el: Element): string | null {
  return labelTextOf(el) ?? labelledByTextOf(el) ?? titlePrefixOf(el) ?? (cleanLabel(el.getAttribute('aria-label')) || null);
}

const FORM_PARTS = `${CONTROL_SELECTOR}, label, button`;
const titleText = (el: Element | null | undefined): string | null => {
  if (!el || el.querySelector(FORM_PARTS) || el.matches(FORM_PARTS)) return null;
  const text = cleanLabel(el.textContent);
  return text && text.length <= 60 ? text : null;
};

/**
 * The title of the section (or dialog, or table) the control sits in, as a person reads it: an
 * aria-label or aria-labelledby name, a fieldset's legend, a table's one-cell title row, or a
 * header element that opens the container and holds no field. Null when none says so.
 */
export function containerTitleOf(el: Element): string | null {
  const doc = el.ownerDocument;
  for (let node = el.parentElement; node && node !== doc.body; node = node.parentElement) {
    const aria = cleanLabel(node.getAttribute('aria-label'));
    if (aria && node !== el) return aria;
    const by = node.hasAttribute('aria-labelledby') && !isControl(node) ? labelledByTextOf(node) : null;
    if (by) return by;
    if (node.tagName === 'FIELDSET') {
      const legend = titleText(node.querySelector(':scope > legend'));
      if (legend) return legend;
    }
    if (node.tagName === 'TABLE') {
      const first = (node as HTMLTableElement).rows[0];
      if (first && first.cells.length === 1 && first.cells[0]!.tagName === 'TH') {
        const text = titleText(first.cells[0]);
        if (text) return text;
      }
      continue;
    }
    // A header that opens a container (div > span title), not a grid's label cell or a row.
    const head = node.firstElementChild;
    if (head && node.children.length > 1 && !['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'LI', 'LABEL'].includes(head.tagName) && !head.contains(el)) {
      const text = titleText(head);
      if (text) return text;
    }
  }
  return null;
}

/** The widget a control is, as the profile's `kind` names it. */
export function widgetKindOf(el: Element): FieldKind {
  const tag = el.tagName;
  if (tag === 'IFRAME') return 'richText';
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'longText';
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return 'checkbox';
    if (input.type === 'date' || input.type === 'datetime-local') return 'dateTime';
    // Maximo: a value list is a read-only combobox input (class cbt); a date has df="1" (NOSSA.md).
    if (input.getAttribute('role') === 'combobox' || input.classList.contains('cbt')) return 'valueList';
    if (input.getAttribute('df') === '1') return 'dateTime';
    return 'text';
  }
  if (el.getAttribute('role') === 'combobox') return 'valueList';
  return 'richText'; // a contenteditable editor
}

/**
 * Whether a profile kind fits the widget found: the engine writes whatever long-text widget it
 * finds, so longText and richText are interchangeable; a date may be typed as text.
 */
export function kindFits(kind: FieldKind, widget: FieldKind): boolean {
  if (kind === widget) return true;
  const long = new Set<FieldKind>(['longText', 'richText']);
  if (long.has(kind) && long.has(widget)) return true;
  return kind === 'dateTime' && widget === 'text';
}

/** A control in a few words, for "what else it would match": its name, section, widget and value. */
export interface ControlSummary {
  name: string | null;
  container: string | null;
  widget: FieldKind;
  value: string;
  readOnly: boolean;
}

export function summarizeControl(el: Element): ControlSummary {
  let value = '';
  try {
    value = readElementValue(el).replace(/\s+/g, ' ').trim();
  } catch {
    value = '';
  }
  return {
    name: nameOf(el),
    container: containerTitleOf(el),
    widget: widgetKindOf(el),
    value: value.length > 40 ? `${value.slice(0, 39)}…` : value,
    readOnly: el.hasAttribute('readonly') && !el.matches('[role="combobox"], .cbt'),
  };
}
