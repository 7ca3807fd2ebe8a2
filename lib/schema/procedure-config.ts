import * as z from 'zod/mini';
import { intBetween, trimmedText } from './common';

/**
 * What the instruction leaves open and Pandu makes configurable (PROCEDURE.md): the pending
 * reasons, how many failed calls count as "not reached", the longest pending time, and the
 * work-log wording. Defaults below are documented in the README.
 */
export const pendingReasonSchema = z.object({
  /** The value NOSSA's Pending Reason list holds. */
  code: trimmedText(1, 60),
  label: z.object({ id: trimmedText(1, 120), en: trimmedText(1, 120) }),
  /** Pending time used for 1.2.4 (customer unreachable) when the request names none. */
  defaultPendingHours: intBetween(1, 720),
});
export type PendingReason = z.infer<typeof pendingReasonSchema>;

/**
 * Default reasons: the Pending Reason value list of our NOSSA look-alike, drafted from public
 * descriptions of field-visit pendings. NOT confirmed against production NOSSA: a team lead
 * should replace it with the official list in the dashboard settings.
 */
export const DEFAULT_REASONS: PendingReason[] = [
  { code: 'PLG-RESCHEDULE', label: { id: 'Pelanggan minta jadwal ulang kunjungan', en: 'Customer asks to reschedule the visit' }, defaultPendingHours: 24 },
  { code: 'PLG-TDK-DILOKASI', label: { id: 'Pelanggan tidak berada di lokasi', en: 'Customer not at the location' }, defaultPendingHours: 24 },
  { code: 'PLG-TDK-DPT-DIHUBUNGI', label: { id: 'Pelanggan tidak dapat dihubungi teknisi', en: 'Technician cannot reach the customer' }, defaultPendingHours: 24 },
  { code: 'LOKASI-TUTUP', label: { id: 'Rumah / lokasi pelanggan tutup', en: 'Customer premises closed' }, defaultPendingHours: 24 },
  { code: 'MENUNGGU-MATERIAL', label: { id: 'Menunggu material / perangkat', en: 'Waiting for material / equipment' }, defaultPendingHours: 48 },
  { code: 'MENUNGGU-IZIN', label: { id: 'Menunggu izin akses lokasi', en: 'Waiting for site access permit' }, defaultPendingHours: 48 },
  { code: 'FORCE-MAJEURE', label: { id: 'Force majeure (cuaca, bencana)', en: 'Force majeure (weather, disaster)' }, defaultPendingHours: 24 },
  { code: 'GANGGUAN-MASSAL', label: { id: 'Gangguan massal / menunggu tiket induk', en: 'Mass outage / waiting for parent ticket' }, defaultPendingHours: 12 },
];

/**
 * Work-log wording, in Indonesian as NOSSA's readers expect. Placeholders: {ticketId}
 * {requesterName} {requesterGroup} {reasonCode} {reasonLabel} {attempts} {attemptList} {phone}
 * {customerName} {until} {agentName} {agentId} {procedure} {note}.
 */
export const DEFAULT_WORKLOG_TEMPLATES = {
  unreachable:
    'Pending tiket {ticketId} atas permintaan {requesterName} ({requesterGroup}), alasan {reasonCode} - {reasonLabel}. ' +
    'Pelanggan tidak dapat dihubungi di {phone} setelah {attempts} kali panggilan ({attemptList}). ' +
    'Tiket dipending sampai {until}. Agent: {agentName} ({agentId}). Sesuai {procedure} butir 1.2.4.',
  approved:
    'Pending tiket {ticketId} atas permintaan {requesterName} ({requesterGroup}), alasan {reasonCode} - {reasonLabel}. ' +
    'Pelanggan {customerName} telah dikonfirmasi di {phone} dan menyetujui pending sampai {until}. ' +
    'Agent: {agentName} ({agentId}). Sesuai {procedure} butir 1.2.5.',
  declined:
    'Request pending tiket {ticketId} dari {requesterName} ({requesterGroup}), alasan {reasonCode} - {reasonLabel}, ' +
    'tidak disetujui pelanggan {customerName} ({phone}). {note} Tiket diteruskan kembali ke {requesterGroup} untuk dilanjutkan ' +
    'penanganan gangguannya. Agent: {agentName} ({agentId}). Sesuai {procedure} butir 1.2.6.',
};

/** The pending reason catalogue: at least one, each code once. */
export const pendingReasonsSchema = z.array(pendingReasonSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list.map((r) => r.code)).size === list.length, 'duplicate reason code'),
);

export const workLogTemplatesSchema = z.object({
  unreachable: trimmedText(1, 2000),
  approved: trimmedText(1, 2000),
  declined: trimmedText(1, 2000),
});

export const procedureConfigSchema = z.object({
  /** Failed call attempts before the agent may record "unreachable" (1.2.4). */
  minFailedAttempts: z._default(intBetween(1, 10), 2),
  /**
   * Longest pending time from now, in hours. Default 72 (three days): long enough for a
   * rescheduled visit after a weekend, short enough that a forgotten pending surfaces.
   */
  maxPendingHours: z._default(intBetween(1, 720), 72),
  reasons: z._default(pendingReasonsSchema, DEFAULT_REASONS),
  workLogTemplates: z._default(workLogTemplatesSchema, DEFAULT_WORKLOG_TEMPLATES),
});
export type ProcedureConfig = z.infer<typeof procedureConfigSchema>;

/** The reason of a code in the catalogue, if it is there. */
export const reasonByCode = (config: ProcedureConfig, code: string | undefined): PendingReason | undefined => config.reasons.find((reason) => reason.code === code);
