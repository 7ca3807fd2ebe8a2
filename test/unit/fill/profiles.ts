import { siteProfileSchema } from '@/lib/sites';

const label = (...text: string[]) => ({ by: 'label' as const, text });

/** A Maximo-like profile over the simulator's labels. */
export const maximoProfile = siteProfileSchema.parse({
  v: 1,
  id: 'sim-maximo',
  name: 'Simulated Maximo',
  hosts: ['https://sim.test/*'],
  pages: { login: [{ by: 'css', selector: 'input[type="password"]' }], ticket: [{ by: 'css', selector: 'table.fg' }], list: [{ by: 'css', selector: '.none' }] },
  fields: {
    ticketId: { kind: 'text', locators: [label('Incident')] },
    ownerGroup: { kind: 'text', locators: [label('Owner Group')] },
    pendingReason: { kind: 'valueList', locators: [label('Pending Reason')] },
    pendingUntil: { kind: 'dateTime', locators: [label('Pending Until')] },
    status: { kind: 'text', locators: [label('Status')] },
  },
  behaviour: { flushField: 'ticketId', dateFormat: 'dd-MM-yyyy HH:mm', roundTripTimeoutMs: 2000 },
});

/** A plain form (React): no server round trips, a value is confirmed by reading it back. */
export const formProfile = siteProfileSchema.parse({
  v: 1,
  id: 'plain-form',
  name: 'Plain form',
  hosts: ['https://form.test/*'],
  pages: { login: [{ by: 'css', selector: '.never' }], ticket: [{ by: 'css', selector: 'form' }], list: [{ by: 'css', selector: '.never' }] },
  fields: {
    name: { kind: 'text', locators: [label('Nama')] },
    reason: { kind: 'select', locators: [label('Alasan')] },
    note: { kind: 'longText', locators: [label('Catatan')] },
  },
  behaviour: { confirmBy: 'readBack', roundTripTimeoutMs: 1000 },
});

/** The simulator's profile with its toolbar Save, for the commit and record-state tests. */
export const savingProfile = siteProfileSchema.parse({
  ...maximoProfile,
  id: 'sim-maximo-save',
  actions: { save: { locators: [{ by: 'css', selector: 'a[eventtype="SAVE"]' }] } },
});
