import * as z from 'zod/mini';
import { FIELD_KINDS, type ControlLocator, type Locator, type SiteProfile } from '@/lib/schema/site-profile';

/**
 * The profile as the editor holds it while the lead works: the shape of a site profile (so the
 * form can show every field and action) with values not yet checked (an emptied text, a list left
 * empty). Saving checks it whole with siteProfileSchema; what the form cannot show (pages, hosts,
 * behaviour) rides along untouched and stays editable in the JSON view.
 */
const looseLocator = z.looseObject({
  by: z.string(),
  text: z.optional(z.array(z.string())),
  selector: z.optional(z.string()),
  name: z.optional(z.string()),
  role: z.optional(z.string()),
});
const fieldDraftSchema = z.looseObject({
  kind: z.string(),
  reach: z._default(z.array(z.string()), []),
  scope: z.optional(z.string()),
  exclude: z.optional(z.string()),
  renderedBy: z.optional(z.string()),
  locators: z.array(looseLocator),
});
const actionDraftSchema = z.looseObject({ scope: z.optional(z.string()), locators: z.array(looseLocator) });
export const profileDraftSchema = z.looseObject({
  id: z.optional(z.string()),
  fields: z.record(z.string(), fieldDraftSchema),
  actions: z._default(z.record(z.string(), actionDraftSchema), {}),
});

export type LocatorDraft = z.infer<typeof looseLocator>;
export type FieldDraft = z.infer<typeof fieldDraftSchema>;
export type ActionDraft = z.infer<typeof actionDraftSchema>;
export type ProfileDraft = z.infer<typeof profileDraftSchema>;

/** Every way a field can be found, in the order a lead should prefer them (CSS last). */
export const FIELD_STRATEGIES = ['label', 'titlePrefix', 'ariaLabel', 'name', 'css'] as const satisfies ReadonlyArray<Locator['by']>;
/** Every way a control (tab, button) can be found. */
export const CONTROL_STRATEGIES = ['role', 'text', 'title', 'css'] as const satisfies ReadonlyArray<ControlLocator['by']>;
// Both lists must name every strategy the schema knows: a new one added there fails to compile here.
const everyField: Record<Locator['by'], true> = { label: true, titlePrefix: true, ariaLabel: true, name: true, css: true };
const everyControl: Record<ControlLocator['by'], true> = { role: true, text: true, title: true, css: true };
void everyField;
void everyControl;

export { FIELD_KINDS };

/** What each strategy asks for: text variants, a CSS selector, a `name` attribute, an ARIA role. */
export type LocatorPart = 'text' | 'selector' | 'name' | 'role';
const PARTS: Record<string, LocatorPart[]> = {
  label: ['text'],
  titlePrefix: ['text'],
  ariaLabel: ['text'],
  title: ['text'],
  name: ['name'],
  css: ['selector'],
  role: ['role', 'text'],
  text: ['selector', 'text'],
};
export const partsOf = (by: string): LocatorPart[] => PARTS[by] ?? [];

/** A profile (or anything JSON) as a draft the form can show, or why its shape is beyond the form. */
export function toDraft(value: unknown): { draft: ProfileDraft } | { shapeIssues: z.core.$ZodIssue[] } {
  const parsed = profileDraftSchema.safeParse(value);
  return parsed.success ? { draft: parsed.data } : { shapeIssues: parsed.error.issues };
}

export const draftOf = (profile: SiteProfile): ProfileDraft => structuredClone<ProfileDraft>(profile);

/**
 * A locator switched to another strategy keeps what still applies (the label texts when going
 * from label to title prefix, the selector from css to text) and nothing the new one does not
 * take: a strict schema would refuse a leftover key.
 */
export function withStrategy(locator: LocatorDraft, by: string): LocatorDraft {
  const next: LocatorDraft = { by };
  const texts = locator.text ?? (locator.name ? [locator.name] : []);
  for (const part of partsOf(by)) {
    if (part === 'text') next.text = texts.length ? [...texts] : [''];
    if (part === 'selector') next.selector = locator.selector ?? (by === 'text' ? 'button, a, [role="button"]' : '');
    if (part === 'name') next.name = locator.name ?? '';
    if (part === 'role') next.role = locator.role ?? 'tab';
  }
  return next;
}

/** A new, empty locator of the given strategy (the lead fills it in). */
export const newLocator = (by: string): LocatorDraft => withStrategy({ by }, by);

/** The list with one item moved up (-1) or down (+1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export const replaced = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
export const removed = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** An optional text setting: an emptied box means "not set" (the key goes), not an empty value. */
export function withOptional<T extends object>(object: T, key: keyof T & string, value: string): T {
  const next = { ...object } as Record<string, unknown>;
  if (value.trim() === '') delete next[key];
  else next[key] = value;
  return next as T;
}

export const withField = (draft: ProfileDraft, key: string, field: FieldDraft): ProfileDraft => ({ ...draft, fields: { ...draft.fields, [key]: field } });
export const withAction = (draft: ProfileDraft, key: string, action: ActionDraft): ProfileDraft => ({ ...draft, actions: { ...draft.actions, [key]: action } });

export function withoutAction(draft: ProfileDraft, key: string): ProfileDraft {
  const actions = { ...draft.actions };
  delete actions[key];
  return { ...draft, actions };
}

/** Two profiles (or drafts) hold the same content. */
export const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const pretty = (value: unknown) => JSON.stringify(value, null, 2);
