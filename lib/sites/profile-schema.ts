import { z } from 'zod';

/**
 * A site profile is data, not code: an admin can change how Pandu finds NOSSA's fields without
 * a new release, and a second adapter (INSERA) is a second profile. Never a generated id:
 * Maximo regenerates them on every load.
 */
const textVariants = z.array(z.string().trim().min(1)).min(1);

export const locatorSchema = z.discriminatedUnion('by', [
  /** `<label for=…>` whose text equals one of the variants (case and trailing ":" / "*" ignored). */
  z.object({ by: z.literal('label'), text: textVariants }),
  /** Maximo titles inputs "Label: value": the title starts with one of the variants plus ":". */
  z.object({ by: z.literal('titlePrefix'), text: textVariants }),
  z.object({ by: z.literal('name'), name: z.string().min(1) }),
  z.object({ by: z.literal('ariaLabel'), text: textVariants }),
  /** Last resort, for markup no other strategy can describe. */
  z.object({ by: z.literal('css'), selector: z.string().min(1) }),
]);
export type Locator = z.infer<typeof locatorSchema>;

export const FIELD_KINDS = ['text', 'valueList', 'dateTime', 'longText', 'checkbox'] as const;

export const fieldSpecSchema = z.object({
  kind: z.enum(FIELD_KINDS),
  /** Only candidates inside an element matching this selector count (e.g. the main tab). */
  scope: z.string().min(1).optional(),
  /** Candidates inside an element matching this selector are skipped (e.g. list filters). */
  exclude: z.string().min(1).optional(),
  locators: z.array(locatorSchema).min(1),
});
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** A page kind is recognised when any of its signs is present. */
export const pageSignSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('css'), selector: z.string().min(1) }),
  /** A profile field is present and its value matches the pattern. */
  z.object({ by: z.literal('field'), field: z.string().min(1), pattern: z.string().min(1) }),
]);
export type PageSign = z.infer<typeof pageSignSchema>;

export const siteProfileSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Match patterns of the hosts the profile applies to. */
  hosts: z.array(z.string().regex(/^https?:\/\/[^/]+\/\*$/, 'match pattern like https://host/*')).min(1),
  pages: z.object({
    login: z.array(pageSignSchema).min(1),
    ticket: z.array(pageSignSchema).min(1),
    list: z.array(pageSignSchema).min(1),
  }),
  /** Sign that a user is signed in, and where to read the user id from (optional). */
  signedInUser: z.object({ selector: z.string().min(1), pattern: z.string().min(1) }).optional(),
  fields: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), fieldSpecSchema),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
