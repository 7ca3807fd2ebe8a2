// @ts-check
// Catalogues (value lists, groups, people, statuses) and the seed tickets of the NOSSA
// look-alike. Everything a test or the demo may want to assert against is exported here
// so nobody has to copy strings out of the server.

import { canonicalNow } from './dates.mjs';

/** @typedef {{ value: string, description: string }} DomainValue */

/** Pending Reason value list (the reasons the related party may give). @type {DomainValue[]} */
export const PENDING_REASONS = [
  { value: 'PLG-RESCHEDULE', description: 'Pelanggan minta jadwal ulang kunjungan' },
  { value: 'PLG-TDK-DILOKASI', description: 'Pelanggan tidak berada di lokasi' },
  { value: 'PLG-TDK-DPT-DIHUBUNGI', description: 'Pelanggan tidak dapat dihubungi teknisi' },
  { value: 'LOKASI-TUTUP', description: 'Rumah / lokasi pelanggan tutup' },
  { value: 'MENUNGGU-MATERIAL', description: 'Menunggu material / perangkat' },
  { value: 'MENUNGGU-IZIN', description: 'Menunggu izin akses lokasi' },
  { value: 'FORCE-MAJEURE', description: 'Force majeure (cuaca, bencana)' },
  { value: 'GANGGUAN-MASSAL', description: 'Gangguan massal / menunggu tiket induk' },
];

/** Owner groups (person groups) a ticket may be assigned to. */
export const OWNER_GROUPS = [
  'TIF HD WITEL BANDUNG',
  'ACCESS BDG',
  'TIF HD WITEL SURABAYA',
  'ASSURANCE SBY',
  'ACCESS MDN',
  'ASSURANCE MKS',
  'ACCESS DPS',
  'ASSURANCE BPN',
  'TIF HD WITEL JAKARTA',
  'BACKEND IPTV',
];

/** Statuses seen on NOSSA, with Maximo-style descriptions. @type {DomainValue[]} */
export const STATUSES = [
  { value: 'NEW', description: 'New' },
  { value: 'DRAFT', description: 'Draft' },
  { value: 'QUEUED', description: 'Queued' },
  { value: 'ANALYSIS', description: 'Analysis' },
  { value: 'INPROG', description: 'In Progress' },
  { value: 'BACKEND', description: 'Backend' },
  { value: 'PENDING', description: 'Pending' },
  { value: 'SLAHOLD', description: 'SLA Hold' },
  { value: 'FINALCHECK', description: 'Final Check' },
  { value: 'RESOLVED', description: 'Resolved' },
  { value: 'MEDIACARE', description: 'Mediacare' },
  { value: 'SALAMSIM', description: 'Salam Sim' },
  { value: 'CLOSED', description: 'Closed' },
  { value: 'HISTEDIT', description: 'History Edit' },
];

/**
 * Which new statuses the Change Status dialog offers from each status. A sensible
 * assurance flow, not NOSSA's real table (nobody here has seen it).
 * @type {Record<string, string[]>}
 */
export const STATUS_TRANSITIONS = {
  NEW: ['QUEUED', 'ANALYSIS', 'INPROG', 'CLOSED'],
  DRAFT: ['NEW', 'QUEUED'],
  QUEUED: ['ANALYSIS', 'INPROG', 'BACKEND', 'PENDING', 'SLAHOLD', 'RESOLVED'],
  ANALYSIS: ['QUEUED', 'INPROG', 'BACKEND', 'PENDING', 'SLAHOLD', 'RESOLVED'],
  INPROG: ['QUEUED', 'BACKEND', 'PENDING', 'SLAHOLD', 'FINALCHECK', 'RESOLVED'],
  BACKEND: ['INPROG', 'PENDING', 'SLAHOLD', 'RESOLVED'],
  PENDING: ['QUEUED', 'INPROG', 'BACKEND', 'RESOLVED'],
  SLAHOLD: ['INPROG', 'PENDING', 'RESOLVED'],
  FINALCHECK: ['INPROG', 'RESOLVED', 'MEDIACARE', 'SALAMSIM'],
  RESOLVED: ['INPROG', 'FINALCHECK', 'MEDIACARE', 'CLOSED'],
  MEDIACARE: ['INPROG', 'SALAMSIM', 'CLOSED'],
  SALAMSIM: ['INPROG', 'CLOSED'],
  CLOSED: ['HISTEDIT'],
  HISTEDIT: [],
};

/** Statuses in which the record is read-only (Maximo "history" records). */
export const READONLY_STATUSES = ['CLOSED', 'HISTEDIT'];

/** Work log Type value list. @type {DomainValue[]} */
export const WORKLOG_TYPES = [
  { value: 'WORK', description: 'Work' },
  { value: 'UPDATE', description: 'Update' },
  { value: 'CLIENTNOTE', description: 'Client Note' },
  { value: 'APPTNOTE', description: 'Appointment Note' },
];

/** Maximo's default work log type for a new row. */
export const DEFAULT_WORKLOG_TYPE = 'CLIENTNOTE';

/** People (person ids are what OWNER holds). */
export const PEOPLE = [
  { id: '930101', name: 'DEWI LESTARI' },
  { id: '910234', name: 'AGUS SETIAWAN' },
  { id: '920315', name: 'RUDI HARTONO' },
  { id: '940512', name: 'SRI WAHYUNI' },
  { id: '880707', name: 'BAMBANG SUTRISNO' },
  { id: '950909', name: 'FITRI HANDAYANI' },
  { id: '870420', name: 'I WAYAN SUDARSANA' },
  { id: '960118', name: 'ANDI MAPPASESSU' },
];

/** The ticket with the hostile summary (the page must escape it). */
export const XSS_TICKET_ID = 'IN110088251';

/**
 * @typedef {{ summary: string, details: string, detailsText: string, type: string,
 *   viewable: boolean, createdBy: string, createdAt: string }} WorklogEntry
 * @typedef {{ status: string, statusDate: string, memo: string, changedBy: string,
 *   at: string }} StatusEntry  statusDate is canonical 'yyyy-MM-ddTHH:mm'
 * @typedef {{ owner: string, ownerGroup: string, at: string }} OwnerEntry
 * @typedef {{ fields: Record<string, string>, worklog: WorklogEntry[],
 *   statusHistory: StatusEntry[], ownerHistory: OwnerEntry[] }} Ticket
 */

/**
 * Seed rows. Dates are hours before "now" so the demo's TTR looks alive and a status
 * date of "now" is always later than the last one.
 */
const SEED = [
  {
    TICKETID: 'IN110088251',
    DESCRIPTION: 'Internet mati total <img src=x onerror=alert(1)>',
    STATUS: 'INPROG',
    history: [
      ['NEW', 30],
      ['QUEUED', 29],
      ['INPROG', 20],
    ],
    OWNER: '910234',
    OWNERGROUP: 'TIF HD WITEL BANDUNG',
    REPORTEDPRIORITY: '2',
    CUSTOMERNAME: 'Budi Santoso',
    CONTACTNAME: 'Budi Santoso',
    CONTACTPHONE: '6281234567890',
    CONTACTEMAIL: 'budi.santoso@gmail.com',
    SERVICEID: '131122207891',
    SERVICENO: '122207891234',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DCS',
    WITEL: 'BANDUNG',
    WORKZONE: 'BDG',
    SYMPTOM: 'INTERNET | MATI TOTAL | LOS',
    BOOKINGDATE: -2,
    TTRTARGET: '12:00',
    worklog: [['Cek redaman dari NOC', '<p>Redaman ONT -29 dBm, indikasi LOS di ODP.</p>', 'WORK', false, '910234', 19]],
  },
  {
    TICKETID: 'IN110088252',
    DESCRIPTION: 'Internet lambat sejak kemarin sore',
    STATUS: 'QUEUED',
    history: [
      ['NEW', 6],
      ['QUEUED', 5],
    ],
    OWNER: '',
    OWNERGROUP: 'ASSURANCE SBY',
    REPORTEDPRIORITY: '3',
    CUSTOMERNAME: 'Siti Rahmawati',
    CONTACTNAME: 'Siti Rahmawati',
    CONTACTPHONE: '6282145556677',
    CONTACTEMAIL: 'siti.rahma@yahoo.co.id',
    SERVICEID: '131524401122',
    SERVICENO: '152440112233',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DCS',
    WITEL: 'SURABAYA',
    WORKZONE: 'KBL',
    SYMPTOM: 'INTERNET | LAMBAT',
    BOOKINGDATE: null,
    TTRTARGET: '24:00',
    worklog: [],
  },
  {
    TICKETID: 'IN110088253',
    DESCRIPTION: 'Telepon rumah tidak ada nada pilih',
    STATUS: 'ANALYSIS',
    history: [
      ['NEW', 12],
      ['QUEUED', 11],
      ['ANALYSIS', 8],
    ],
    OWNER: '920315',
    OWNERGROUP: 'ACCESS MDN',
    REPORTEDPRIORITY: '3',
    CUSTOMERNAME: 'Ahmad Hidayat',
    CONTACTNAME: 'Rizky Hidayat',
    CONTACTPHONE: '6281361234455',
    CONTACTEMAIL: '',
    SERVICEID: '061445566',
    SERVICENO: '0614455667',
    SERVICETYPE: 'VOICE',
    SEGMENT: 'DCS',
    WITEL: 'MEDAN',
    WORKZONE: 'MDN',
    SYMPTOM: 'VOICE | TIDAK ADA NADA',
    BOOKINGDATE: 20,
    TTRTARGET: '24:00',
    worklog: [],
  },
  {
    TICKETID: 'IN110088254',
    DESCRIPTION: 'IPTV tidak bisa menampilkan channel',
    STATUS: 'BACKEND',
    history: [
      ['NEW', 26],
      ['QUEUED', 25],
      ['INPROG', 22],
      ['BACKEND', 10],
    ],
    OWNER: '',
    OWNERGROUP: 'BACKEND IPTV',
    REPORTEDPRIORITY: '3',
    CUSTOMERNAME: 'Nur Aisyah',
    CONTACTNAME: 'Nur Aisyah',
    CONTACTPHONE: '6285242223344',
    CONTACTEMAIL: 'aisyah.nur@gmail.com',
    SERVICEID: '172431108899',
    SERVICENO: '172431108899',
    SERVICETYPE: 'IPTV',
    SEGMENT: 'DCS',
    WITEL: 'MAKASSAR',
    WORKZONE: 'PNK',
    SYMPTOM: 'IPTV | NO CHANNEL',
    BOOKINGDATE: null,
    TTRTARGET: '36:00',
    worklog: [['Eskalasi ke backend IPTV', '<p>STB sudah reset, channel tetap kosong.</p>', 'UPDATE', true, '940512', 10]],
  },
  {
    TICKETID: 'IN110088255',
    DESCRIPTION: 'Modem ONT lampu LOS merah berkedip',
    STATUS: 'PENDING',
    history: [
      ['NEW', 50],
      ['QUEUED', 49],
      ['INPROG', 40],
      ['PENDING', 30],
    ],
    OWNER: '870420',
    OWNERGROUP: 'ACCESS DPS',
    REPORTEDPRIORITY: '2',
    CUSTOMERNAME: 'I Made Wirawan',
    CONTACTNAME: 'Ni Luh Sari',
    CONTACTPHONE: '6281338887766',
    CONTACTEMAIL: 'made.wirawan@gmail.com',
    SERVICEID: '131361100552',
    SERVICENO: '136110055201',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DCS',
    WITEL: 'DENPASAR',
    WORKZONE: 'SAN',
    SYMPTOM: 'INTERNET | MATI TOTAL | LOS',
    BOOKINGDATE: -30,
    TTRTARGET: '12:00',
    PENDINGREASON: 'PLG-RESCHEDULE',
    PENDINGUNTIL: 18,
    worklog: [['Pelanggan minta jadwal ulang', '<p>Pelanggan di luar kota, minta kunjungan besok.</p>', 'CLIENTNOTE', true, '930101', 30]],
  },
  {
    TICKETID: 'IN110088256',
    DESCRIPTION: 'Wifi sering putus di malam hari',
    STATUS: 'RESOLVED',
    history: [
      ['NEW', 72],
      ['QUEUED', 71],
      ['INPROG', 60],
      ['RESOLVED', 48],
    ],
    OWNER: '960118',
    OWNERGROUP: 'ASSURANCE BPN',
    REPORTEDPRIORITY: '4',
    CUSTOMERNAME: 'Hendra Gunawan',
    CONTACTNAME: 'Hendra Gunawan',
    CONTACTPHONE: '6281155443322',
    CONTACTEMAIL: 'hendra.g@outlook.com',
    SERVICEID: '131542209988',
    SERVICENO: '154220998877',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DBS',
    WITEL: 'BALIKPAPAN',
    WORKZONE: 'BPP',
    SYMPTOM: 'INTERNET | PUTUS-PUTUS',
    BOOKINGDATE: -62,
    TTRTARGET: '24:00',
    worklog: [],
  },
  {
    TICKETID: 'IN110088257',
    DESCRIPTION: 'Gangguan internet setelah hujan deras',
    STATUS: 'CLOSED',
    history: [
      ['NEW', 120],
      ['QUEUED', 119],
      ['INPROG', 110],
      ['RESOLVED', 100],
      ['CLOSED', 90],
    ],
    OWNER: '880707',
    OWNERGROUP: 'TIF HD WITEL JAKARTA',
    REPORTEDPRIORITY: '2',
    CUSTOMERNAME: 'Yulia Permatasari',
    CONTACTNAME: 'Yulia Permatasari',
    CONTACTPHONE: '6281299887766',
    CONTACTEMAIL: 'yulia.p@gmail.com',
    SERVICEID: '131221104455',
    SERVICENO: '122110445566',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DCS',
    WITEL: 'JAKARTA',
    WORKZONE: 'GMB',
    SYMPTOM: 'INTERNET | MATI TOTAL',
    BOOKINGDATE: -115,
    TTRTARGET: '12:00',
    worklog: [],
  },
  {
    TICKETID: 'IN110088258',
    DESCRIPTION: 'Koneksi internet putus-putus',
    STATUS: 'INPROG',
    history: [
      ['NEW', 9],
      ['QUEUED', 8],
      ['INPROG', 4],
    ],
    OWNER: '910234',
    OWNERGROUP: 'ACCESS BDG',
    REPORTEDPRIORITY: '3',
    CUSTOMERNAME: 'Andi Pratama',
    CONTACTNAME: 'Andi Pratama',
    CONTACTPHONE: '6281322334455',
    CONTACTEMAIL: 'andi.pratama@gmail.com',
    SERVICEID: '131122233445',
    SERVICENO: '122223344556',
    SERVICETYPE: 'INTERNET',
    SEGMENT: 'DCS',
    WITEL: 'BANDUNG',
    WORKZONE: 'CJA',
    SYMPTOM: 'INTERNET | PUTUS-PUTUS',
    BOOKINGDATE: 3,
    TTRTARGET: '24:00',
    worklog: [],
  },
  {
    TICKETID: 'IN110088259',
    DESCRIPTION: 'Nomor telepon kantor tidak bisa menerima panggilan',
    STATUS: 'NEW',
    history: [['NEW', 1]],
    OWNER: '',
    OWNERGROUP: 'TIF HD WITEL JAKARTA',
    REPORTEDPRIORITY: '1',
    CUSTOMERNAME: 'Rina Kartika',
    CONTACTNAME: 'Rina Kartika',
    CONTACTPHONE: '6281187654321',
    CONTACTEMAIL: 'rina.kartika@ptmaju.co.id',
    SERVICEID: '0215550101',
    SERVICENO: '0215550101',
    SERVICETYPE: 'VOICE',
    SEGMENT: 'DBS',
    WITEL: 'JAKARTA',
    WORKZONE: 'KBY',
    SYMPTOM: 'VOICE | TIDAK BISA MENERIMA',
    BOOKINGDATE: null,
    TTRTARGET: '06:00',
    worklog: [],
  },
];

/** Field names every ticket has (the committed record). */
export const TICKET_FIELDS = [
  'TICKETID',
  'DESCRIPTION',
  'STATUS',
  'STATUSDATE',
  'OWNER',
  'OWNERGROUP',
  'REPORTEDPRIORITY',
  'CUSTOMERNAME',
  'CONTACTNAME',
  'CONTACTPHONE',
  'CONTACTEMAIL',
  'SERVICEID',
  'SERVICENO',
  'SERVICETYPE',
  'SEGMENT',
  'WITEL',
  'WORKZONE',
  'SYMPTOM',
  'REPORTDATE',
  'BOOKINGDATE',
  'PENDINGREASON',
  'PENDINGUNTIL',
  'TTRTARGET',
];

/** Fields holding dates (canonical internally). */
export const DATE_FIELDS = ['STATUSDATE', 'REPORTDATE', 'BOOKINGDATE', 'PENDINGUNTIL'];

/**
 * Build fresh seed tickets (deep copies; safe to mutate).
 * @param {Date} [now]
 * @param {string} [timeZone] the user's zone for wall-clock dates
 * @returns {Record<string, Ticket>}
 */
export function createSeedTickets(now = new Date(), timeZone = undefined) {
  /** @param {number} hoursAgo */
  const ago = (hoursAgo) => new Date(now.getTime() - hoursAgo * 3600_000);
  /** @type {Record<string, Ticket>} */
  const out = {};
  for (const s of SEED) {
    const statusHistory = s.history.map(([status, h]) => ({
      status: String(status),
      statusDate: canonicalNow(ago(Number(h)), timeZone),
      memo: '',
      changedBy: status === 'NEW' ? 'MAXADMIN' : '930101',
      at: ago(Number(h)).toISOString(),
    }));
    const last = statusHistory[statusHistory.length - 1];
    const first = statusHistory[0];
    /** @type {Record<string, string>} */
    const fields = {};
    for (const f of TICKET_FIELDS) fields[f] = '';
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'string' && k in fields) fields[k] = v;
    }
    fields.STATUSDATE = last ? last.statusDate : '';
    fields.REPORTDATE = first ? first.statusDate : '';
    // BOOKINGDATE / PENDINGUNTIL are given as hours from now (negative = past).
    fields.BOOKINGDATE = s.BOOKINGDATE == null ? '' : canonicalNow(ago(-s.BOOKINGDATE), timeZone);
    fields.PENDINGUNTIL = 'PENDINGUNTIL' in s && s.PENDINGUNTIL != null ? canonicalNow(ago(-Number(s.PENDINGUNTIL)), timeZone) : '';
    out[s.TICKETID] = {
      fields,
      worklog: s.worklog.map(([summary, details, type, viewable, by, h]) => ({
        summary: String(summary),
        details: String(details),
        detailsText: String(details).replace(/<[^>]*>/g, ''),
        type: String(type),
        viewable: Boolean(viewable),
        createdBy: String(by),
        createdAt: ago(Number(h)).toISOString(),
      })),
      statusHistory,
      ownerHistory: [{ owner: fields.OWNER ?? '', ownerGroup: fields.OWNERGROUP ?? '', at: first ? first.at : now.toISOString() }],
    };
  }
  return out;
}
