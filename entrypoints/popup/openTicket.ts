import { browser } from 'wxt/browser';
import { nossaProfile } from '@/lib/sites';
import { ticketLink } from '@/lib/sites/ticket-link';

/** Opens a ticket in NOSSA in a new tab (the popup closes as the tab takes focus). */
export function openTicket(ticketId: string): void {
  void browser.tabs.create({ url: ticketLink(nossaProfile, ticketId), active: true });
}
