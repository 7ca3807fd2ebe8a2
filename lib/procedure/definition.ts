/**
 * The work instruction this product encodes, as data (../shared/PROCEDURE.md). Its identity
 * (number, revision, effective date) travels with every record Pandu writes, so an auditor can
 * tell which revision an agent followed.
 */
export const PENDING_TICKET_PROCEDURE = {
  id: 'IN.OCC.TENESA.W-02',
  title: { id: 'Instruksi Kerja Pending Tiket', en: 'Work Instruction: Pending Ticket' },
  /** Revision number and date are blank in the source document: the first issue. */
  revision: '',
  effectiveDate: '2021-08-01',
  owner: 'TENESA / Infomedia, OCC',
} as const;

export interface ProcedureRef {
  id: string;
  revision: string;
  effectiveDate: string;
}

export const procedureRef = (): ProcedureRef => ({
  id: PENDING_TICKET_PROCEDURE.id,
  revision: PENDING_TICKET_PROCEDURE.revision,
  effectiveDate: PENDING_TICKET_PROCEDURE.effectiveDate,
});

/** "IN.OCC.TENESA.W-02 rev - (2021-08-01)": the form shown to people and written into exports. */
export function revisionTag(ref: ProcedureRef = procedureRef()): string {
  return `${ref.id} rev ${ref.revision || '-'} (${ref.effectiveDate})`;
}

/** The steps of section 1.2, in the instruction's own words and in English. */
export const STEP_TEXT = {
  '1.2.1': {
    id: 'Agent menerima request pending dari pihak terkait dengan reason yang sudah disesuaikan',
    en: 'The agent receives a pending request from the related party, with an agreed reason',
  },
  '1.2.2': {
    id: 'Agent melakukan pengecekan kembali di aplikasi NOSSA dan melakukan konfirmasi ke pelanggan untuk persetujuan pending tiket',
    en: 'The agent re-checks the ticket in NOSSA and calls the customer to ask for approval to pend it',
  },
  '1.2.3': {
    id: 'Bila pelanggan berhasil terhubung, agent melakukan konfirmasi untuk pending tiket kepada pelanggan sesuai dengan info yang disampaikan oleh pihak terkait',
    en: 'If the customer is reached, the agent explains the pending, using what the related party said',
  },
  '1.2.4': {
    id: 'Bila pelanggan tidak berhasil terhubung, maka agent melakukan pending tiket sesuai dengan reason yang diajukan oleh pihak terkait dan melakukan update di aplikasi NOSSA',
    en: 'If the customer cannot be reached, the agent pends the ticket with the related party’s reason and updates NOSSA',
  },
  '1.2.5': {
    id: 'Bila pelanggan memberikan approval untuk tiket bisa dipending, maka agent melakukan pending tiket dan melakukan update di aplikasi NOSSA sesuai dengan waktu pending yang sudah disepakati',
    en: 'If the customer approves, the agent pends the ticket and updates NOSSA with the agreed pending time',
  },
  '1.2.6': {
    id: 'Bila pelanggan tidak memberikan approval, maka agent melakukan update di aplikasi NOSSA dan meneruskan tiket gangguan ke pihak terkait untuk dilanjutkan penanganan keluhan gangguannya',
    en: 'If the customer does not approve, the agent updates NOSSA and forwards the ticket back to the related party',
  },
} as const;
export type StepNumber = keyof typeof STEP_TEXT;
