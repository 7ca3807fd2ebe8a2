import type { FlowState } from '../procedure';
import { revisionTag } from '../procedure';
import { reasonByCode, replacePlaceholders, type Agent, type ProcedureConfig, type TicketSnapshot, type WorkLogPlaceholder } from '../schema';
import { formatLocal } from '../time';

export interface WorkLogInput {
  flow: FlowState;
  ticket: TicketSnapshot;
  agent: Agent;
  config: ProcedureConfig;
  timeZone?: string;
}

/**
 * Fills "{name}" placeholders (the same tokens the template check reads); an unknown one stays
 * visible so a template mistake shows (the settings refuse one, so only an old stored template
 * could still hold it).
 */
export function fillTemplate(template: string, values: Partial<Record<string, string>>): string {
  return replacePlaceholders(template, (name) => (Object.hasOwn(values, name) ? values[name] : undefined))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The work-log text for the flow's outcome, from the configured Indonesian template. The agent
 * may edit it before it is applied; what was applied is kept in the audit trail.
 */
export function draftWorkLog({ flow, ticket, agent, config, timeZone }: WorkLogInput): string {
  const outcome = flow.outcome;
  if (outcome !== 'unreachable' && outcome !== 'approved' && outcome !== 'declined') return '';
  const request = flow.request;
  const reason = reasonByCode(config, request?.reasonCode);
  // Typed by the one placeholder list: every known name gets a value, and nothing else does.
  const values: Record<WorkLogPlaceholder, string> = {
    ticketId: ticket.ticketId,
    requesterName: request?.requesterName ?? '-',
    requesterGroup: request?.requesterGroup ?? '-',
    reasonCode: request?.reasonCode ?? '-',
    reasonLabel: reason?.label.id ?? request?.reasonCode ?? '-',
    attempts: String(flow.attempts.length),
    attemptList: flow.attempts.map((a) => `${formatLocal(a.at, timeZone, 'HH:mm')} ${ATTEMPT_WORDS[a.result]}`).join(', '),
    phone: ticket.contactPhone ?? '-',
    customerName: ticket.customerName ?? '-',
    until: flow.pendingUntil ? formatLocal(flow.pendingUntil, timeZone) : '-',
    agentName: agent.name,
    agentId: agent.nossaUserId,
    procedure: revisionTag(),
    note: flow.answer?.kind === 'declined' && flow.answer.note ? `Catatan pelanggan: ${flow.answer.note}.` : '',
  };
  return fillTemplate(config.workLogTemplates[outcome], values);
}

/** Attempt results as written in the (Indonesian) work log. */
const ATTEMPT_WORDS: Record<FlowState['attempts'][number]['result'], string> = {
  connected: 'terhubung',
  'no-answer': 'tidak diangkat',
  busy: 'sibuk',
  inactive: 'nomor tidak aktif',
  'wrong-number': 'salah sambung',
};
