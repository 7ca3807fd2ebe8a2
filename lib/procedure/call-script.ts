import type { FlowState } from './state';
import { reasonByCode, type Agent, type ProcedureConfig, type TicketSnapshot } from '../schema';
import { formatLocal } from '../time';

const greeting = (hour: number) => (hour < 11 ? 'pagi' : hour < 15 ? 'siang' : hour < 18 ? 'sore' : 'malam');

/**
 * The words for 1.2.3, built from what the related party said. Always Indonesian: it is what
 * the agent says to the customer, whatever language the panel is in.
 *
 * Only what the customer may hear: the reason's agreed label, never the request's note (the
 * related party's internal words for the agent), nor the requester's name and group code (our
 * internal routing). A reason no longer in the catalogue is not read out as its code: a neutral
 * sentence stands in.
 */
export function customerScript(flow: FlowState, ticket: TicketSnapshot, agent: Agent, config: ProcedureConfig, until: string | null, now = new Date()): string {
  const reason = reasonByCode(config, flow.request?.reasonCode)?.label.id;
  const who = ticket.customerName ? `Bapak/Ibu ${ticket.customerName}` : 'Bapak/Ibu';
  const service = ticket.serviceId ? ` layanan ${ticket.serviceId}` : '';
  const told = reason ? `Tim teknisi kami menyampaikan: ${reason}.` : 'Tim teknisi kami menyampaikan bahwa penanganannya perlu ditunda sementara.';
  const when = until ? ` sampai ${formatLocal(until)}` : '';
  return (
    `Selamat ${greeting(now.getHours())}, ${who}. Saya ${agent.name} dari Telkom Indonesia, terkait laporan gangguan${service} ` +
    `dengan nomor tiket ${ticket.ticketId}. ${told} Untuk itu kami mohon persetujuan ${who} agar penanganan tiket ini kami tunda (pending)${when}. ` +
    `Apakah ${who} bersedia?`
  );
}
