import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/lib/schema';
import { ticketLink } from '@/lib/sites/ticket-link';

/** Opens a ticket in NOSSA, on the active profile's host, in a new tab (the popup closes as the tab takes focus). */
export function openTicket(profile: SiteProfile, ticketId: string): void {
  void browser.tabs.create({ url: ticketLink(profile, ticketId), active: true });
}
