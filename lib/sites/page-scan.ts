import type { FieldSpec } from '../schema/site-profile';

/** Label text as a person reads it: trimmed, spaces folded, trailing ":" or "*" dropped. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim()
    .toLowerCase();
}

/** A label and its normalized text (null when the label has no text at all). */
export interface ScannedLabel {
  element: HTMLLabelElement;
  text: string | null;
}

/**
 * One synchronous read of the page. Reading a ticket locates about ten fields, and label
 * locators would each query every `<label>` and normalize its text again; a scan makes each
 * query once and remembers each field it located. Valid only while the page does not change: make one
 * per read (readPageState does), never keep it across an await or a mutation.
 */
export interface PageScan {
  readonly root: ParentNode;
  /** `querySelectorAll` as an array, once per selector; throws on a bad selector, as it does. */
  all(selector: string): Element[];
  labels(): ScannedLabel[];
  /** A field located earlier in this scan (undefined when not asked yet). */
  located: WeakMap<FieldSpec, unknown>;
}

export function scanPage(root: ParentNode): PageScan {
  const queries = new Map<string, Element[]>();
  let labels: ScannedLabel[] | undefined;
  const all = (selector: string) => {
    let found = queries.get(selector);
    if (!found) queries.set(selector, (found = [...root.querySelectorAll(selector)]));
    return found;
  };
  return {
    root,
    all,
    labels: () =>
      (labels ??= (all('label') as HTMLLabelElement[]).map((element) => {
        const text = element.textContent;
        return { element, text: text ? normalizeLabel(text) : null };
      })),
    located: new WeakMap(),
  };
}

const variantSets = new WeakMap<readonly string[], Set<string>>();

/** A locator's text variants, normalized once per profile object rather than once per label. */
export function normalizedVariants(variants: readonly string[]): Set<string> {
  let set = variantSets.get(variants);
  if (!set) variantSets.set(variants, (set = new Set(variants.map(normalizeLabel))));
  return set;
}

/** Whether a text (as read from the page) is one of the variants; empty text never is. */
export function matchesVariant(text: string | null | undefined, variants: readonly string[]): boolean {
  return text ? normalizedVariants(variants).has(normalizeLabel(text)) : false;
}
