import { z } from 'zod';
import { ticketIdSchema } from './common';

/** What the site adapter reads from a ticket view. Every field but the id may be missing. */
export const ticketSnapshotSchema = z.object({
  ticketId: ticketIdSchema,
  summary: z.string().max(2000).optional(),
  status: z.string().max(2000).optional(),
  ownerGroup: z.string().max(2000).optional(),
  customerName: z.string().max(2000).optional(),
  contactPhone: z.string().max(2000).optional(),
  serviceId: z.string().max(2000).optional(),
});
export type TicketSnapshot = z.infer<typeof ticketSnapshotSchema>;

export const PAGE_KINDS = ['ticket', 'list', 'login', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
