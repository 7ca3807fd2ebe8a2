import type { FieldKind, FieldSpec, Locator, SiteProfile } from '../schema/site-profile';
import { looksGenerated } from './generated-name';
import { fieldCandidates, locateField } from './locate';
import { locateContext } from './locate-context';
import { scanPage } from './page-scan';
import { kindFits, labelTextOf, labelledByTextOf, summarizeControl, titlePrefixOf, widgetKindOf, type ControlSummary } from './picked-control';

/**
 * The field picker's proposals: from the control a team lead clicked, the locators that would
 * find it (its label, the `title` prefix Maximo gives it, its aria-label, a `name` that is not
 * generated), each tried on the page as it is now with the very code the fill uses, and what else
 * it would match. Never a generated id: Maximo renumbers its elements on every load.
 */

/**
 * How a proposal fares on the page now. unique: it finds the clicked control and nothing else.
 * resolved: the label repeats, but the field's rules (scope, what an action rendered, the
 * record's own fields) take the clicked one. other: Pandu would take another control. none: it
 * finds nothing in the field's area.
 */
export type Verdict = 'unique' | 'resolved' | 'other' | 'none';
const VERDICT_RANK: Record<Verdict, number> = { unique: 0, resolved: 1, other: 2, none: 3 };

export interface Proposal {
  /** Stable within one pick: what the UI keys and preselects by. */
  id: string;
  /** The locators to save, in order. */
  locators: Locator[];
  /** The field's kind after the save (the widget's, when the current kind does not fit it). */
  kind: FieldKind;
  /** The scope after the save; `undefined` removes it. */
  scope: string | undefined;
  /** The exclusion after the save; `undefined` removes it. */
  exclude: string | undefined;
  /** The section title the scope stands for, in words (when this proposal adds a scope). */
  scopeTitle: string | null;
  verdict: Verdict;
  /** Every control the locators find in the field's area now, the clicked one included. */
  matches: number;
  /** The other controls they find, in a few words. */
  others: ControlSummary[];
  /** The control Pandu would take instead, when the verdict is "other". */
  instead: ControlSummary | null;
}

export interface PickProposals {
  field: string;
  /** The clicked control, in a few words. */
  picked: ControlSummary;
  /** The widget the clicked control is, and whether the field's kind changes to it. */
  widget: FieldKind;
  kindChanged: boolean;
  /** The clicked control lies outside the field's scope (or inside its exclusion): proposals drop them. */
  areaChanged: boolean;
  /** Best first. */
  proposals: Proposal[];
  /** The proposal to preselect: the best one that finds the clicked control, or null. */
  preselected: string | null;
}

const text = (t: string) => [t];
type Base = { id: string; locators: Locator[]; rank: number };

/** The locators the clicked control's own attributes support, the combination first. */
function baseLocators(el: Element): Base[] {
  const out: Base[] = [];
  const label = labelTextOf(el) ?? labelledByTextOf(el);
  const title = titlePrefixOf(el);
  const aria = el.getAttribute('aria-label')?.trim();
  const name = el.getAttribute('name')?.trim();
  const byLabel: Locator | null = label ? { by: 'label', text: text(label) } : null;
  const byTitle: Locator | null = title ? { by: 'titlePrefix', text: text(title) } : null;
  // Both, as the shipped profile does: if NOSSA renames one, the other still finds the field.
  if (byLabel && byTitle) out.push({ id: 'label+title', locators: [byLabel, byTitle], rank: 0 });
  if (byLabel) out.push({ id: 'label', locators: [byLabel], rank: 1 });
  if (byTitle) out.push({ id: 'title', locators: [byTitle], rank: 2 });
  if (aria) out.push({ id: 'aria', locators: [{ by: 'ariaLabel', text: text(aria) }], rank: 3 });
  if (name && !looksGenerated(name)) out.push({ id: 'name', locators: [{ by: 'name', name }], rank: 4 });
  if (!out.length) {
    const css = stableCss(el);
    if (css) out.push({ id: 'css', locators: [{ by: 'css', selector: css }], rank: 9 });
  }
  return out;
}

const cssString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A last-resort selector from what is stable about the control: its tag, Maximo's control type and
 * its non-generated classes (never an id). Usually matches several controls, which the proposal says.
 */
export function stableCss(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  const ctype = el.getAttribute('ctype');
  const classes = [...el.classList].filter((c) => !looksGenerated(c) && /^[a-zA-Z_-][\w-]*$/.test(c)).slice(0, 3);
  if (!ctype && !classes.length) return null;
  return `${tag}${ctype && !looksGenerated(ctype) ? `[ctype=${cssString(ctype)}]` : ''}${classes.map((c) => `.${c}`).join('')}`;
}

/** Sections the clicked control sits in that a CSS selector can name without a generated id. */
function scopesAround(el: Element): Array<{ selector: string; title: string | null }> {
  const out: Array<{ selector: string; title: string | null }> = [];
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (node.id && !looksGenerated(node.id) && /^[a-zA-Z_-][\w-]*$/.test(node.id)) out.push({ selector: `#${node.id}`, title: null });
    const aria = node.getAttribute('aria-label')?.trim();
    if (aria && !node.matches('input, textarea, select, iframe')) out.push({ selector: `[aria-label=${cssString(aria)}]`, title: aria });
  }
  return out;
}

const safeClosest = (el: Element, selector: string | undefined) => {
  if (!selector) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
};

/** The clicked control lies where the field's spec would never look. */
export function outsideArea(el: Element, spec: FieldSpec): boolean {
  return (spec.scope != null && !safeClosest(el, spec.scope)) || (spec.exclude != null && safeClosest(el, spec.exclude) != null);
}

/** The profile with one field's spec replaced (nothing else changes). */
export function withFieldSpec(profile: SiteProfile, field: string, spec: FieldSpec): SiteProfile {
  return { ...profile, fields: { ...profile.fields, [field]: spec } };
}

/** The field's spec as a proposal would save it. */
export function specOf(current: FieldSpec, proposal: Pick<Proposal, 'locators' | 'kind' | 'scope' | 'exclude'>): FieldSpec {
  const { scope: _scope, exclude: _exclude, ...rest } = current;
  return {
    ...rest,
    kind: proposal.kind,
    locators: proposal.locators,
    ...(proposal.scope ? { scope: proposal.scope } : {}),
    ...(proposal.exclude ? { exclude: proposal.exclude } : {}),
  };
}

/** Tries a field spec on the page now: what it finds in its area, and which one Pandu takes. */
export function tryFieldSpec(doc: Document, profile: SiteProfile, field: string, spec: FieldSpec, picked: Element) {
  const edited = withFieldSpec(profile, field, spec);
  const scan = scanPage(doc);
  const candidates = fieldCandidates(doc, spec, scan);
  const taken = locateField(doc, spec, scan, locateContext(doc, edited, scan))?.element ?? null;
  const verdict: Verdict = taken === picked ? (candidates.length === 1 ? 'unique' : 'resolved') : taken ? 'other' : 'none';
  return { verdict, candidates, taken };
}

/**
 * Proposals for re-pointing `field` at the control the lead clicked, best first: the ones that find
 * exactly that control before the ones that find it among others, and those before the ones that
 * would take something else. A label that repeats gets a proposal scoped to a section a selector
 * can name (an aria-label, a stable id such as #dialogholder), when that makes it unique.
 */
export function proposeLocators(doc: Document, profile: SiteProfile, field: string, picked: Element): PickProposals {
  const current = Object.hasOwn(profile.fields, field) ? profile.fields[field]! : null;
  if (!current) throw new Error(`not a field of the profile: ${field}`);
  const widget = widgetKindOf(picked);
  const kind = kindFits(current.kind, widget) ? current.kind : widget;
  const areaChanged = outsideArea(picked, current);
  const area = { scope: areaChanged ? undefined : current.scope, exclude: areaChanged ? undefined : current.exclude };

  const evaluate = (base: Base, scope: string | undefined, scopeTitle: string | null, id: string, rank: number) => {
    const proposal = { locators: base.locators, kind, scope, exclude: area.exclude };
    const tried = tryFieldSpec(doc, profile, field, specOf(current, proposal), picked);
    const others = tried.candidates.filter((el) => el !== picked);
    return {
      rank,
      proposal: {
        id,
        ...proposal,
        scopeTitle,
        verdict: tried.verdict,
        matches: tried.candidates.length,
        others: others.map(summarizeControl),
        instead: tried.verdict === 'other' && tried.taken ? summarizeControl(tried.taken) : null,
      } satisfies Proposal,
    };
  };

  const ranked: Array<{ rank: number; proposal: Proposal }> = [];
  const scopes = scopesAround(picked).filter((s) => s.selector !== area.scope);
  for (const base of baseLocators(picked)) {
    const plain = evaluate(base, area.scope, null, base.id, base.rank);
    ranked.push(plain);
    if (plain.proposal.verdict === 'unique') continue;
    // The label repeats: the nearest section a selector can name that makes it unique.
    for (const scope of scopes) {
      const scoped = evaluate(base, scope.selector, scope.title, `${base.id}@${scope.selector}`, base.rank + 0.5);
      if (scoped.proposal.verdict === 'unique') {
        ranked.push(scoped);
        break;
      }
    }
  }
  ranked.sort((a, b) => VERDICT_RANK[a.proposal.verdict] - VERDICT_RANK[b.proposal.verdict] || a.rank - b.rank);
  const proposals = ranked.map((r) => r.proposal);
  const preselected = proposals.find((p) => p.verdict === 'unique' || p.verdict === 'resolved')?.id ?? null;
  return { field, picked: summarizeControl(picked), widget, kindChanged: kind !== current.kind, areaChanged, proposals, preselected };
}

/** Whether saving a proposal makes Pandu find the clicked control. */
export const savable = (proposal: Proposal) => proposal.verdict === 'unique' || proposal.verdict === 'resolved';
