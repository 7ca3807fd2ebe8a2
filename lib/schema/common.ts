import * as z from 'zod/mini';

/** NOSSA incident ids: "IN" + digits (INSERA's "INC" + digits is accepted for the later adapter). */
export const ticketIdSchema = z.string().check(z.regex(/^INC?\d{5,15}$/, 'ticketId'));
export type TicketId = z.infer<typeof ticketIdSchema>;

/** Instants are stored as UTC ISO-8601 strings; zones are a display concern only. */
export const instantSchema = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof instantSchema>;

export const uuidSchema = z.uuid();

/** What a person types into a form: surrounding spaces dropped, then the length checked. */
export const trimmedText = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** A whole number within [min, max]. */
export const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** A string that is not empty (ids, selectors, patterns). */
export const nonEmpty = () => z.string().check(z.minLength(1));

/** The areas the instruction is distributed to (PROCEDURE.md), each with its time zone. */
export const AREAS = ['MDN', 'BDG', 'SMG', 'SBY', 'BPN', 'JKT', 'DPS', 'MKS'] as const;
export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;
