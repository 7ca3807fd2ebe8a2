import { siteProfileSchema, type SiteProfile } from '../profile-schema';

/**
 * The default NOSSA (IBM Maximo / SCCD Incident) profile. Labels follow Maximo's conventions and
 * NOSSA's export columns (../shared/NOSSA.md); nobody on the team has seen the real page, so every
 * locator is editable by an admin. English label first, Indonesian variant second.
 */
const label = (...text: string[]) => ({ by: 'label' as const, text });
const title = (...text: string[]) => ({ by: 'titlePrefix' as const, text });

/** Main-tab fields: never the list's filter row or the work-log details, which reuse labels. */
const MAIN = { exclude: '[data-pandu-skip], .worklog, [ctype="worklog"], #menuholder, #dialogholder' };

export const nossaProfile: SiteProfile = siteProfileSchema.parse({
  v: 1,
  id: 'nossa-maximo',
  name: 'NOSSA (IBM Maximo SCCD, Incident)',
  hosts: ['https://nossa.telkom.co.id/*'],
  pages: {
    login: [{ by: 'css', selector: 'input[type="password"]' }],
    ticket: [{ by: 'field', field: 'ticketId', pattern: '^INC?\\d{5,15}$' }],
    list: [{ by: 'css', selector: 'input[title$=" filter"]' }],
  },
  // Maximo's title bar: "Welcome, NAME" and the user id. Stable ids, unlike the field ids.
  signedInUser: { selector: '#titlebar_userid, #titlebar .userid', pattern: '^\\s*(\\S+)' },
  fields: {
    ticketId: { kind: 'text', ...MAIN, locators: [label('Incident', 'Insiden', 'Ticket ID'), title('Incident', 'Insiden')] },
    summary: { kind: 'text', ...MAIN, locators: [label('Summary', 'Ringkasan'), title('Summary', 'Ringkasan')] },
    status: { kind: 'text', ...MAIN, locators: [label('Status'), title('Status')] },
    ownerGroup: { kind: 'text', ...MAIN, locators: [label('Owner Group', 'Grup Pemilik'), title('Owner Group', 'Grup Pemilik')] },
    customerName: { kind: 'text', ...MAIN, locators: [label('Customer Name', 'Nama Pelanggan'), title('Customer Name', 'Nama Pelanggan')] },
    contactPhone: { kind: 'text', ...MAIN, locators: [label('Contact Phone', 'Telepon Kontak'), title('Contact Phone', 'Telepon Kontak')] },
    serviceId: { kind: 'text', ...MAIN, locators: [label('Service ID', 'ID Layanan'), title('Service ID', 'ID Layanan')] },
  },
});
