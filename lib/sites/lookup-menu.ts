import type { SiteProfile } from '../schema/site-profile';

/**
 * Reading a field's lookup on a Maximo page (NOSSA's Owner Group list), the DOM part without any
 * round trip: where the lookup's button is, what the menu it opened offers, and whether that menu
 * is a list of values at all. The opening and closing (a server round trip) is the engine's
 * (lib/fill/engine/read-lookup.ts).
 */

/** Controls that open something: Maximo's lookup is an image (ctype="image") or an anchor around one. */
const CLICKABLE = 'img, a, button, [role="button"]';

/**
 * The lookup button of a field: Maximo renders it right after the input, inside the field's own
 * holder (`<input …><img alt="Detail Menu" …>`). Searched among the input's following siblings,
 * then its holder's, never beyond: a label repeated elsewhere must not lend its button. An image
 * that is a field's status icon (required star) is not a button: it must be clickable (ctype,
 * role, tabindex, or an anchor/button).
 */
export function lookupControlOf(field: Element): HTMLElement | null {
  const opens = (el: Element) => el.matches('a, button, [role="button"], [ctype="image"], [tabindex]') || el.querySelector('a, button, [role="button"]') !== null;
  for (let node: Element | null = field, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches('input, textarea, select') || next.querySelector('input, textarea, select')) break;
      const control = next.matches(CLICKABLE) ? next : next.querySelector(CLICKABLE);
      if (control && opens(control)) return control as HTMLElement;
    }
  }
  return null;
}

/** The menu items the page shows now (the profile's menu item selector), usable ones only. */
export function menuItems(doc: Document, profile: SiteProfile): HTMLElement[] {
  try {
    return [...doc.querySelectorAll<HTMLElement>(profile.behaviour.menuItemSelector)].filter((item) => item.getAttribute('aria-disabled') !== 'true');
  } catch {
    return []; // a bad selector in an admin's profile must not break the page
  }
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The value one menu item offers. Maximo shows the value and then its description (`<span>ACCESS
 * BDG</span> <span>Access Bandung</span>`): the first part with text is the value; an item of
 * plain text is its text.
 */
export function menuItemValue(item: Element): string {
  const parts = [...item.querySelectorAll('*')].filter((el) => el.children.length === 0 && clean(el.textContent) !== '');
  return clean(parts.length > 1 ? parts[0]!.textContent : item.textContent);
}

/** The values a menu offers, each once, in the menu's order. */
export function menuValues(doc: Document, profile: SiteProfile): string[] {
  return [...new Set(menuItems(doc, profile).map(menuItemValue).filter(Boolean))];
}

/**
 * Whether what opened is a menu of commands rather than a list of values: Maximo's "Detail Menu"
 * may offer "Select Value" and "Go To Person Groups" (the values then come in a dialog). Reading
 * those as groups would offer the agent commands to forward a ticket to.
 */
export function isCommandMenu(values: readonly string[]): boolean {
  return values.some((value) => /^(select value|go to\b|view\b|pilih nilai|buka\b|lihat\b|classify|open\b)/i.test(value));
}
