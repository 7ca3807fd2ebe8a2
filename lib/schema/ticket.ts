import * as z from 'zod/mini';
import { ticketIdSchema } from './common';

/** What the site adapter reads from a ticket view. Every field but the id may be missing. */
export const ticketSnapshotSchema = z.object({
  ticketId: ticketIdSchema,
  summary: z.optional(z.string().check(z.maxLength(2000))),
  status: z.optional(z.string().check(z.maxLength(2000))),
  ownerGroup: z.optional(z.string().check(z.maxLength(2000))),
  customerName: z.optional(z.string().check(z.maxLength(2000))),
  contactPhone: z.optional(z.string().check(z.maxLength(2000))),
  serviceId: z.optional(z.string().check(z.maxLength(2000))),
});
export type TicketSnapshot = z.infer<typeof ticketSnapshotSchema>;

export const PAGE_KINDS = ['ticket', 'list', 'login', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
