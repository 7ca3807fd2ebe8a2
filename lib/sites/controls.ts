import { normalizeLabel } from './locate';
import type { ActionSpec, ControlLocator, SiteProfile } from '../schema/site-profile';

const textOf = (el: Element) => el.textContent ?? '';
const named = (el: Element, variants: readonly string[]) => {
  const names = [textOf(el), el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).map((n) => normalizeLabel(n!));
  return variants.some((v) => names.includes(normalizeLabel(v)));
};

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function candidates(root: ParentNode, locator: ControlLocator): Element[] {
  switch (locator.by) {
    case 'role':
      return safeAll(root, `[role="${locator.role.replace(/"/g, '')}"]`).filter((el) => named(el, locator.text));
    case 'text':
      return safeAll(root, locator.selector).filter((el) => named(el, locator.text));
    case 'title':
      return safeAll(root, '[title]').filter((el) => named(el, locator.text) && normalizeLabel(el.getAttribute('title') ?? '') !== '');
    case 'css':
      return safeAll(root, locator.selector);
  }
}

/** The control an action clicks, within its scope, by the first locator that finds one. */
export function locateControl(doc: Document, action: ActionSpec): HTMLElement | null {
  const roots: ParentNode[] = action.scope ? safeAll(doc, action.scope) : [doc];
  for (const locator of action.locators) {
    for (const root of roots) {
      const found = candidates(root, locator)[0];
      if (found) return found as HTMLElement;
    }
  }
  return null;
}

/**
 * The control of a profile action by its name, or null. Own keys only: an action name is an
 * admin's and may be "constructor" or "toString".
 */
export function actionControl(doc: Document, profile: Pick<SiteProfile, 'actions'>, name: string): HTMLElement | null {
  return Object.hasOwn(profile.actions, name) ? locateControl(doc, profile.actions[name]!) : null;
}

/** A disabled control (Maximo marks toolbar items with class "off"). */
export const isDisabledControl = (el: Element) => el.getAttribute('aria-disabled') === 'true' || el.classList.contains('off') || (el as HTMLButtonElement).disabled === true;
