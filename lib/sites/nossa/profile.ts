import { siteProfileSchema, type SiteProfile } from '../../schema/site-profile';
import { NOSSA_HOST_PATTERN } from './host';

/**
 * The default NOSSA (IBM Maximo / SCCD Incident) profile. Labels follow Maximo's conventions and
 * NOSSA's export columns (../shared/NOSSA.md); nobody on the team has seen the real page, so every
 * locator is editable by an admin (dashboard settings). English label first, Indonesian second.
 * Never a generated id: Maximo regenerates them on every load.
 */
const label = (...text: string[]) => ({ by: 'label' as const, text });
const title = (...text: string[]) => ({ by: 'titlePrefix' as const, text });
// A tab by its ARIA role, else by Maximo's control type (markup without ARIA).
const tab = (...text: string[]) => [
  { by: 'role' as const, role: 'tab', text },
  { by: 'text' as const, selector: '[ctype="tab"]', text },
];
const button = (...text: string[]) => ({ by: 'text' as const, selector: 'button, a, [role="button"]', text });

/**
 * Scoped only by what Maximo is known to render (NOSSA.md), never by a look-alike's attributes:
 * dialogs and value menus live in #dialogholder / #menuholder; the Incident tab's own fields are
 * the ones outside them that no action rendered (the engine keeps what New Row rendered apart);
 * the work log's fields are the ones New Row (or selecting a row) made appear.
 */
const OUTSIDE = '#dialogholder, #menuholder';
const MAIN = { exclude: OUTSIDE };
const ON_MAIN = { ...MAIN, reach: ['mainTab'] };
const DIALOG = { scope: '#dialogholder', reach: ['openChangeStatus'] };
const WORKLOG = { exclude: OUTSIDE, reach: ['logTab', 'workLogTab', 'newWorkLogRow'], renderedBy: 'newWorkLogRow' };

export const nossaProfile: SiteProfile = siteProfileSchema.parse({
  v: 1,
  id: 'nossa-maximo',
  name: 'NOSSA (IBM Maximo SCCD, Incident)',
  hosts: [NOSSA_HOST_PATTERN],
  pages: {
    login: [{ by: 'css', selector: 'input[type="password"]' }],
    ticket: [{ by: 'field', field: 'ticketId', pattern: '^INC?\\d{5,15}$' }],
    list: [{ by: 'css', selector: 'input[title$=" filter"]' }],
  },
  // Maximo's title bar: "Welcome, NAME" and the user id. Stable ids, unlike the field ids.
  signedInUser: { selector: '#titlebar_userid, #titlebar .userid', pattern: '^\\s*(\\S+)' },
  fields: {
    // Read from the ticket view (the id is on every tab; the facts are the Incident tab's).
    ticketId: { kind: 'text', ...MAIN, locators: [label('Incident', 'Insiden', 'Ticket ID'), title('Incident', 'Insiden')] },
    summary: { kind: 'text', ...ON_MAIN, locators: [label('Summary', 'Ringkasan'), title('Summary', 'Ringkasan')] },
    status: { kind: 'text', ...ON_MAIN, locators: [label('Status'), title('Status')] },
    customerName: { kind: 'text', ...ON_MAIN, locators: [label('Customer Name', 'Nama Pelanggan'), title('Customer Name', 'Nama Pelanggan')] },
    contactPhone: { kind: 'text', ...ON_MAIN, locators: [label('Contact Phone', 'Telepon Kontak'), title('Contact Phone', 'Telepon Kontak')] },
    serviceId: { kind: 'text', ...ON_MAIN, locators: [label('Service ID', 'ID Layanan'), title('Service ID', 'ID Layanan')] },
    // Read and written on the main tab.
    ownerGroup: { kind: 'text', ...ON_MAIN, locators: [label('Owner Group', 'Grup Pemilik'), title('Owner Group', 'Grup Pemilik')] },
    pendingReason: { kind: 'valueList', ...ON_MAIN, locators: [label('Pending Reason', 'Alasan Pending'), title('Pending Reason', 'Alasan Pending')] },
    pendingUntil: { kind: 'dateTime', ...ON_MAIN, locators: [label('Pending Until', 'Pending Sampai'), title('Pending Until', 'Pending Sampai')] },
    // The Change Status dialog.
    newStatus: { kind: 'valueList', ...DIALOG, locators: [label('New Status', 'Status Baru'), title('New Status', 'Status Baru')] },
    statusMemo: { kind: 'longText', ...DIALOG, locators: [label('Memo'), title('Memo')] },
    // Log tab > Work Log > New Row.
    workLogSummary: { kind: 'text', ...WORKLOG, locators: [label('Summary', 'Ringkasan'), title('Summary', 'Ringkasan')] },
    // A rich-text editor (iframe) or a plain textarea, depending on NOSSA's configuration: the
    // engine writes whichever it finds.
    workLogDetails: { kind: 'longText', ...WORKLOG, locators: [label('Details', 'Detail'), title('Details', 'Detail')] },
    workLogType: { kind: 'valueList', ...WORKLOG, locators: [label('Type', 'Tipe'), title('Type', 'Tipe')] },
  },
  actions: {
    mainTab: { locators: tab('Incident', 'Insiden') },
    logTab: { locators: tab('Log') },
    workLogTab: { locators: tab('Work Log', 'Log Kerja') },
    newWorkLogRow: { locators: [button('New Row', 'Baris Baru')] },
    openChangeStatus: {
      locators: [
        { by: 'css', selector: 'a[eventtype="STATUS"]' },
        { by: 'title', text: ['Change Status', 'Ubah Status'] },
      ],
    },
    confirmChangeStatus: { scope: '#dialogholder', locators: [button('OK')] },
    cancelChangeStatus: { scope: '#dialogholder', locators: [button('Cancel', 'Batal')] },
    save: {
      locators: [
        { by: 'css', selector: 'a[eventtype="SAVE"]' },
        { by: 'title', text: ['Save Incident', 'Save', 'Simpan'] },
      ],
    },
  },
});
