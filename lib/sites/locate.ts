import type { FieldSpec, Locator } from '../schema/site-profile';
import { matchesVariant, normalizedVariants, scanPage, type PageScan } from './page-scan';
import { nearestTo, renderedByAction, renderedByAny } from './rendered';

export { normalizeLabel } from './page-scan';

function candidatesFor(scan: PageScan, locator: Locator): Element[] {
  const root = scan.root;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  switch (locator.by) {
    case 'label': {
      const variants = normalizedVariants(locator.text);
      const byFor = scan
        .labels()
        .filter((label) => label.text !== null && variants.has(label.text))
        .map(({ element: label }) => (label.htmlFor ? doc.getElementById(label.htmlFor) : label.querySelector('input, textarea, select, iframe, [contenteditable]')))
        .filter((el): el is HTMLElement => el != null);
      // A widget named by aria-labelledby (an editor that is not a form control) counts as labelled too.
      const byAria = scan.all('[aria-labelledby]').filter((el) => {
        if (byFor.includes(el as HTMLElement) || el.matches('[role="region"], [role="dialog"], [role="tabpanel"], section, fieldset')) return false;
        const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return ids.some((id) => matchesVariant(doc.getElementById(id)?.textContent, locator.text));
      });
      return byAria.length ? [...byFor, ...byAria] : byFor;
    }
    case 'titlePrefix':
      return scan.all('input[title], textarea[title], select[title], iframe[title]').filter((el) => {
        const title = el.getAttribute('title') ?? '';
        const colon = title.indexOf(':');
        return matchesVariant(colon >= 0 ? title.slice(0, colon) : title, locator.text) && (colon >= 0 || el.tagName === 'IFRAME');
      });
    case 'name':
      // Compared, not spliced into a selector: a quote or a line break in an admin's name must not throw.
      return scan.all('[name]').filter((el) => el.getAttribute('name') === locator.name);
    case 'ariaLabel':
      return scan.all('[aria-label]').filter((el) => matchesVariant(el.getAttribute('aria-label'), locator.text));
    case 'css':
      try {
        return scan.all(locator.selector);
      } catch {
        return []; // a bad selector in an admin's profile must not break the page
      }
  }
}

function inScope(el: Element, spec: FieldSpec): boolean {
  if (spec.scope && !safeClosest(el, spec.scope)) return false;
  if (spec.exclude && safeClosest(el, spec.exclude)) return false;
  return true;
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Finds the control of an action (the anchor a field rendered by it sits near). */
export type AnchorOf = (action: string) => Element | null;

/** What a locate may lean on besides the field's own locators (all optional). */
export interface LocateContext {
  anchorOf?: AnchorOf;
  /** The record's own id field (the ticket id): fields of the record sit with it. */
  record?: () => Element | null;
}

/** A list table (column headers), not a layout table with a title cell. */
const isDataTable = (table: Element) => table.querySelectorAll('th').length >= 2 || table.getAttribute('role') === 'grid';

/** The page's list tables, once per scan (every field of a read asks). */
const dataTablesOf = new WeakMap<PageScan, Element[]>();
function dataTables(scan: PageScan): Element[] {
  let tables = dataTablesOf.get(scan);
  if (!tables) dataTablesOf.set(scan, (tables = scan.all('table').filter(isDataTable)));
  return tables;
}

/**
 * Whether a field belongs to a table's row details (Ownership History's Owner Group, Status
 * History's Status) rather than to the record: the first container around it that holds a list
 * table does not hold the record's id field. Maximo renders a table's details inside the
 * table's own container; the record's fields share a tab with its id.
 */
function inTableDetails(el: Element, record: Element, scan: PageScan): boolean {
  const tables = dataTables(scan);
  if (!tables.length) return false;
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (tables.some((t) => t !== node && node.contains(t) && !t.contains(el))) return !node.contains(record);
  }
  return false;
}

/**
 * Which candidates count for a field: those an action rendered when the field says so (or, before
 * that action ran on this page, the one nearest to its control); otherwise the page's own fields,
 * never one an action rendered (the work log's Summary is not the ticket's).
 */
function byOrigin(candidates: Element[], spec: FieldSpec, scan: PageScan, context: LocateContext): Element[] {
  if (!candidates.length) return candidates;
  if (!spec.renderedBy) {
    const own = candidates.filter((el) => !renderedByAny(el));
    const record = own.length > 1 || own.length === 1 ? context.record?.() : null;
    if (!record || own.includes(record)) return own;
    const ofRecord = own.filter((el) => !inTableDetails(el, record, scan));
    // Never worse than before: a layout this rule cannot place keeps its candidates.
    return ofRecord.length ? ofRecord : own;
  }
  const doc = candidates[0]!.ownerDocument;
  const rendered = renderedByAction(doc, spec.renderedBy);
  if (rendered) return candidates.filter(rendered);
  // Not rendered on this page yet: only near the control that renders it (a row the agent opened
  // by hand); with no such control in view, the label belongs to something else.
  const anchor = context.anchorOf?.(spec.renderedBy);
  return anchor ? nearestTo(anchor, candidates) : [];
}

/** Every candidate for a field, by every locator, in scope (before the rendered-by choice). */
export function fieldCandidates(root: ParentNode, spec: FieldSpec, scan: PageScan = scanPage(root)): Element[] {
  const all = new Set<Element>();
  for (const locator of spec.locators) for (const el of candidatesFor(scan, locator)) if (inScope(el, spec)) all.add(el);
  return [...all];
}

export interface Located {
  element: Element;
  /** Index of the locator strategy that found it, for the page check's report. */
  strategy: number;
}

/**
 * Finds a field's element by trying its locators in order; the first strategy with a match in
 * scope wins. Found afresh on every read: Maximo replaces field nodes on each round trip. Within
 * one read (one `scan`), a field asked for twice is located once.
 */
export function locateField(root: ParentNode, spec: FieldSpec, scan: PageScan = scanPage(root), context: LocateContext = {}): Located | null {
  if (scan.located.has(spec)) return scan.located.get(spec) as Located | null;
  let hit: Located | null = null;
  for (const [strategy, locator] of spec.locators.entries()) {
    const element = byOrigin(
      candidatesFor(scan, locator).filter((el) => inScope(el, spec)),
      spec,
      scan,
      context,
    )[0];
    if (element) {
      hit = { element, strategy };
      break;
    }
  }
  scan.located.set(spec, hit);
  return hit;
}

/**
 * The value a person sees in the field. Tag names, not instanceof: elements from another frame
 * (the rich-text editor's iframe) are not instances of this window's classes.
 */
export function readElementValue(el: Element): string {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    return input.type === 'checkbox' || input.type === 'radio' ? (input.checked ? 'Y' : 'N') : input.value;
  }
  if (tag === 'TEXTAREA' || tag === 'SELECT') return (el as HTMLTextAreaElement).value;
  if (tag === 'IFRAME') {
    const body = (el as HTMLIFrameElement).contentDocument?.body;
    return body ? editableText(body) : '';
  }
  // An editor element (contenteditable) or a read-only long text: line breaks as a person reads them.
  return editableText(el);
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE']);

/** Text of a rich-text editor as a person reads it: <br> and blocks are line breaks. */
export function editableText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeName === 'BR') text += '\n';
      else if (child.nodeType === 1) {
        const block = BLOCKS.has(child.nodeName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(child);
        if (block && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(root);
  return text.replace(/\n+$/, '');
}
