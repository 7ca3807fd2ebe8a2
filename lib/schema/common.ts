import { z } from 'zod';

/** NOSSA incident ids: "IN" + digits (INSERA's "INC" + digits is accepted for the later adapter). */
export const ticketIdSchema = z.string().regex(/^INC?\d{5,15}$/, 'ticketId');
export type TicketId = z.infer<typeof ticketIdSchema>;

/** Instants are stored as UTC ISO-8601 strings; zones are a display concern only. */
export const instantSchema = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof instantSchema>;

export const uuidSchema = z.uuid();

/** The areas the instruction is distributed to (PROCEDURE.md), each with its time zone. */
export const AREAS = ['MDN', 'BDG', 'SMG', 'SBY', 'BPN', 'JKT', 'DPS', 'MKS'] as const;
export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;
