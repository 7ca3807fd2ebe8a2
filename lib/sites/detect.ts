import type { PageKind } from '../schema';
import { locateField, readElementValue } from './locate';
import { scanPage, type PageScan } from './page-scan';
import type { PageSign, SiteProfile } from '../schema/site-profile';

function signPresent(scan: PageScan, profile: SiteProfile, sign: PageSign): boolean {
  if (sign.by === 'css') {
    try {
      return scan.root.querySelector(sign.selector) != null;
    } catch {
      return false;
    }
  }
  // Own keys only: a sign naming "constructor" or "toString" must not find Object's members.
  const spec = Object.hasOwn(profile.fields, sign.field) ? profile.fields[sign.field] : undefined;
  const found = spec && locateField(scan.root, spec, scan);
  return found ? safeRegExp(sign.pattern).test(readElementValue(found.element).trim()) : false;
}

function safeRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    return /$^/; // matches nothing: a broken pattern must not be taken as a match
  }
}

/**
 * What the page is showing now. Login wins (a login form replaces the page when the session
 * expires), then a ticket view, then the list. NOSSA changes views without navigating, so this
 * is re-run whenever the page re-renders.
 */
export function detectPage(root: ParentNode, profile: SiteProfile, scan: PageScan = scanPage(root)): PageKind {
  const any = (signs: PageSign[]) => signs.some((sign) => signPresent(scan, profile, sign));
  if (any(profile.pages.login)) return 'login';
  if (any(profile.pages.ticket)) return 'ticket';
  if (any(profile.pages.list)) return 'list';
  return 'other';
}

/** The signed-in user's id, when the profile says where NOSSA shows it. */
export function readSignedInUser(root: ParentNode, profile: SiteProfile): string | null {
  if (!profile.signedInUser) return null;
  let text: string | null | undefined;
  try {
    text = root.querySelector(profile.signedInUser.selector)?.textContent;
  } catch {
    return null;
  }
  const match = text ? safeRegExp(profile.signedInUser.pattern).exec(text) : null;
  return match ? (match[1] ?? match[0]).trim() : null;
}
