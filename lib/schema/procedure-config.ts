import * as z from 'zod/mini';
import { intBetween, trimmedText } from './common';
import { unknownPlaceholders } from './worklog-placeholders';

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
 * Work-log wording, in Indonesian as NOSSA's readers expect. Placeholders: WORKLOG_PLACEHOLDERS
 * (worklog-placeholders.ts), each written as {name}.
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

/**
 * Issue codes of Pandu's own checks (a custom issue's `params.check`), worded by the settings
 * forms (components/settings-issues.ts) with the value they name.
 */
export type ProcedureCheck = 'duplicate-reason' | 'unknown-placeholder' | 'duplicate-group';

/** Each value once (compared as `key` gives it): a custom issue at the second one, naming it. */
const eachOnce = <T>(check: ProcedureCheck, key: (item: T) => string, name: (item: T) => string) =>
  z.check<T[]>((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.issues.push({ code: 'custom', message: check, input: ctx.value, path: [index], params: { check, value: name(item) } });
      seen.add(k);
    });
  });

/** The pending reason catalogue: at least one, each code once. */
export const pendingReasonsSchema = z.array(pendingReasonSchema).check(
  z.minLength(1),
  eachOnce<PendingReason>(
    'duplicate-reason',
    (r) => r.code,
    (r) => r.code,
  ),
);

/**
 * One outcome's work-log template: a placeholder the work log does not supply would be typed into
 * NOSSA as it stands ("{agentNama}"), so it is refused here, whoever brings the template (the
 * settings form, an imported or policy file).
 */
const workLogTemplate = () =>
  trimmedText(1, 2000).check(
    z.check<string>((ctx) => {
      for (const placeholder of unknownPlaceholders(ctx.value))
        ctx.issues.push({ code: 'custom', message: 'unknown-placeholder', input: ctx.value, params: { check: 'unknown-placeholder', value: placeholder } });
    }),
  );

export const workLogTemplatesSchema = z.object({
  unreachable: workLogTemplate(),
  approved: workLogTemplate(),
  declined: workLogTemplate(),
});

/**
 * The team lead's list of the groups a declined request (1.2.6) may be forwarded back to: NOSSA's
 * Owner Group values the team works with. Empty means "not kept": the panel then offers NOSSA's
 * own list when read, and free text only when no list is known. Each group once (NOSSA's values
 * are upper case: compared without case).
 */
export const forwardGroupsSchema = z.array(trimmedText(1, 100)).check(
  z.maxLength(500),
  eachOnce<string>(
    'duplicate-group',
    (g) => g.toUpperCase(),
    (g) => g,
  ),
);

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
  forwardGroups: z._default(forwardGroupsSchema, []),
});
export type ProcedureConfig = z.infer<typeof procedureConfigSchema>;

/** The reason of a code in the catalogue, if it is there. */
export const reasonByCode = (config: ProcedureConfig, code: string | undefined): PendingReason | undefined => config.reasons.find((reason) => reason.code === code);
