import * as z from 'zod/mini';
import { instantSchema, ticketIdSchema } from './common';

/** What the site adapter reads from a ticket view. Every field but the id may be missing. */
export const ticketSnapshotSchema = z.object({
  ticketId: ticketIdSchema,
  summary: z.optional(z.string().check(z.maxLength(2000))),
  status: z.optional(z.string().check(z.maxLength(2000))),
  ownerGroup: z.optional(z.string().check(z.maxLength(2000))),
  customerName: z.optional(z.string().check(z.maxLength(2000))),
  contactPhone: z.optional(z.string().check(z.maxLength(2000))),
  serviceId: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * Set when some facts were not on the page in view (another NOSSA tab such as Log is open) and
   * come from the page watcher's earlier read of this ticket's Incident tab, at this instant.
   */
  factsReadAt: z.optional(instantSchema),
});
export type TicketSnapshot = z.infer<typeof ticketSnapshotSchema>;

export const PAGE_KINDS = ['ticket', 'list', 'login', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
