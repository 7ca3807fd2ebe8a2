// @ts-check
// Field definitions: which attributes the Incident application shows, in which
// section, with which label and behaviour. Labels follow NOSSA.md ("the labels the
// default profile assumes"); the layout is ours (nobody here has seen NOSSA's).

import { OWNER_GROUPS, PEOPLE, PENDING_REASONS, STATUSES, WORKLOG_TYPES } from './seed.mjs';

/**
 * @typedef {'text' | 'valuelist' | 'date' | 'number' | 'textarea' | 'checkbox' | 'richtext'} FieldKind
 * @typedef {{ value: string, description: string }} DomainValue
 * @typedef {{
 *   attr: string,            // attribute name (the hideFields key for main-tab fields)
 *   label: string,
 *   kind: FieldKind,
 *   object?: string,         // Maximo object name used in messages
 *   readonly?: boolean,
 *   required?: boolean,
 *   maxlength?: number,
 *   uppercase?: boolean,
 *   domain?: () => DomainValue[],  // values the server accepts (and menus offer)
 *   lookup?: boolean,        // typeable field with a lookup image that opens a menu
 *   min?: number, max?: number,
 * }} FieldDef
 */

/** @type {() => DomainValue[]} */
const ownerGroups = () => OWNER_GROUPS.map((g) => ({ value: g, description: g }));
/** @type {() => DomainValue[]} */
const people = () => PEOPLE.map((p) => ({ value: p.id, description: p.name }));

/** Main (Incident) tab, by attribute. @type {Record<string, FieldDef>} */
export const MAIN_FIELDS = {
  TICKETID: { attr: 'TICKETID', label: 'Incident', kind: 'text', readonly: true },
  DESCRIPTION: { attr: 'DESCRIPTION', label: 'Summary', kind: 'text', required: true, maxlength: 100 },
  STATUS: { attr: 'STATUS', label: 'Status', kind: 'text', readonly: true },
  REPORTEDPRIORITY: { attr: 'REPORTEDPRIORITY', label: 'Reported Priority', kind: 'number', min: 1, max: 4 },
  OWNER: { attr: 'OWNER', label: 'Owner', kind: 'text', uppercase: true, maxlength: 30, domain: people, lookup: true },
  OWNERGROUP: { attr: 'OWNERGROUP', label: 'Owner Group', kind: 'text', required: true, uppercase: true, maxlength: 40, domain: ownerGroups, lookup: true },
  CUSTOMERNAME: { attr: 'CUSTOMERNAME', label: 'Customer Name', kind: 'text', readonly: true },
  CONTACTNAME: { attr: 'CONTACTNAME', label: 'Contact Name', kind: 'text', maxlength: 62 },
  CONTACTPHONE: { attr: 'CONTACTPHONE', label: 'Contact Phone', kind: 'text', maxlength: 20 },
  CONTACTEMAIL: { attr: 'CONTACTEMAIL', label: 'Contact Email', kind: 'text', maxlength: 100 },
  SEGMENT: { attr: 'SEGMENT', label: 'Customer Segment', kind: 'text', readonly: true },
  SERVICEID: { attr: 'SERVICEID', label: 'Service ID', kind: 'text', readonly: true },
  SERVICENO: { attr: 'SERVICENO', label: 'Service No', kind: 'text', readonly: true },
  SERVICETYPE: { attr: 'SERVICETYPE', label: 'Service Type', kind: 'text', readonly: true },
  WITEL: { attr: 'WITEL', label: 'Witel', kind: 'text', readonly: true },
  WORKZONE: { attr: 'WORKZONE', label: 'Workzone', kind: 'text', readonly: true },
  SYMPTOM: { attr: 'SYMPTOM', label: "Incident's Symptom", kind: 'text', readonly: true },
  PENDINGREASON: { attr: 'PENDINGREASON', label: 'Pending Reason', kind: 'valuelist', uppercase: true, domain: () => PENDING_REASONS },
  PENDINGUNTIL: { attr: 'PENDINGUNTIL', label: 'Pending Until', kind: 'date' },
  REPORTDATE: { attr: 'REPORTDATE', label: 'Reported Date', kind: 'date', readonly: true },
  BOOKINGDATE: { attr: 'BOOKINGDATE', label: 'Booking Date', kind: 'date' },
  TTRTARGET: { attr: 'TTRTARGET', label: 'TTR Target', kind: 'text', readonly: true },
  TTRCUSTOMER: { attr: 'TTRCUSTOMER', label: 'TTR Customer', kind: 'text', readonly: true },
};
for (const def of Object.values(MAIN_FIELDS)) def.object = 'INCIDENT';

/** Main tab sections, in order; each lists attributes laid out two per row. */
export const MAIN_SECTIONS = [
  { key: 'details', title: 'Incident Details', fields: ['TICKETID', 'DESCRIPTION', 'STATUS', 'REPORTEDPRIORITY', 'OWNER', 'OWNERGROUP'] },
  { key: 'customer', title: 'Customer', fields: ['CUSTOMERNAME', 'SEGMENT', 'CONTACTNAME', 'CONTACTPHONE', 'CONTACTEMAIL'] },
  { key: 'service', title: 'Service', fields: ['SERVICEID', 'SERVICENO', 'SERVICETYPE', 'SYMPTOM', 'WITEL', 'WORKZONE'] },
  { key: 'pending', title: 'Pending', fields: ['PENDINGREASON', 'PENDINGUNTIL'] },
  { key: 'dates', title: 'Dates/TTR', fields: ['REPORTDATE', 'BOOKINGDATE', 'TTRTARGET', 'TTRCUSTOMER'] },
];

/**
 * saveReject modes (the look-alike's choice of fields): 'required' treats Incident's
 * Symptom as required and empty (read-only, so no fill can cure it: the refusal is
 * sticky until the mode is turned off); 'fieldError' reports Owner Group in error.
 */
export const REJECT_REQUIRED_ATTR = 'SYMPTOM';
export const REJECT_ERROR_ATTR = 'OWNERGROUP';

/** Fields whose value the server computes (never stored, never editable). */
export const COMPUTED_FIELDS = ['TTRCUSTOMER'];

/** Work Log detail fields of the selected row. hideFields key: 'WORKLOG.<attr>'. @type {Record<string, FieldDef>} */
export const WORKLOG_FIELDS = {
  SUMMARY: { attr: 'SUMMARY', label: 'Summary', kind: 'text', required: true, maxlength: 100, object: 'WORKLOG' },
  DETAILS: { attr: 'DETAILS', label: 'Details', kind: 'richtext', object: 'WORKLOG' },
  TYPE: { attr: 'TYPE', label: 'Type', kind: 'valuelist', uppercase: true, domain: () => WORKLOG_TYPES, object: 'WORKLOG' },
  VIEWABLE: { attr: 'VIEWABLE', label: 'Viewable', kind: 'checkbox', object: 'WORKLOG' },
};

/** Change Status dialog fields. hideFields key: 'CHANGESTATUS.<attr>'. @type {Record<string, FieldDef>} */
export const STATUS_DIALOG_FIELDS = {
  NEWSTATUS: { attr: 'NEWSTATUS', label: 'New Status', kind: 'valuelist', required: true, uppercase: true, domain: () => STATUSES, object: 'INCIDENT' },
  STATUSDATE: { attr: 'STATUSDATE', label: 'Status Date', kind: 'date', required: true, object: 'INCIDENT' },
  MEMO: { attr: 'MEMO', label: 'Memo', kind: 'textarea', maxlength: 254, object: 'INCIDENT' },
};

/** List filters (inputs titled "<Label> filter"), by attribute. */
export const LIST_COLUMNS = [
  { attr: 'TICKETID', label: 'Incident', filter: true },
  { attr: 'DESCRIPTION', label: 'Summary', filter: true },
  { attr: 'STATUS', label: 'Status', filter: true },
  { attr: 'OWNERGROUP', label: 'Owner Group', filter: true },
  { attr: 'WITEL', label: 'Witel', filter: true },
  { attr: 'CUSTOMERNAME', label: 'Customer Name', filter: false },
  { attr: 'REPORTDATE', label: 'Reported Date', filter: false },
];
