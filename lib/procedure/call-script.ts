import type { FlowState } from './state';
import { reasonByCode, type Agent, type ProcedureConfig, type TicketSnapshot } from '../schema';
import { formatLocal } from '../time';

const greeting = (hour: number) => (hour < 11 ? 'pagi' : hour < 15 ? 'siang' : hour < 18 ? 'sore' : 'malam');

/**
 * The words for 1.2.3, built from what the related party said. Always Indonesian: it is what
 * the agent says to the customer, whatever language the panel is in.
 */
export function customerScript(flow: FlowState, ticket: TicketSnapshot, agent: Agent, config: ProcedureConfig, until: string | null, now = new Date()): string {
  const request = flow.request;
  const reason = reasonByCode(config, request?.reasonCode)?.label.id ?? request?.reasonCode ?? '';
  const who = ticket.customerName ? `Bapak/Ibu ${ticket.customerName}` : 'Bapak/Ibu';
  const service = ticket.serviceId ? ` layanan ${ticket.serviceId}` : '';
  const note = request?.note ? ` (${request.note})` : '';
  const when = until ? ` sampai ${formatLocal(until)}` : '';
  return (
    `Selamat ${greeting(now.getHours())}, ${who}. Saya ${agent.name} dari Telkom Indonesia, terkait laporan gangguan${service} ` +
    `dengan nomor tiket ${ticket.ticketId}. Tim teknis kami (${request?.requesterName ?? '-'}, ${request?.requesterGroup ?? '-'}) ` +
    `menyampaikan: ${reason}${note}. Untuk itu kami mohon persetujuan ${who} agar penanganan tiket ini kami tunda (pending)${when}. ` +
    `Apakah ${who} bersedia?`
  );
}
