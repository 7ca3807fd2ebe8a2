import { draftWorkLog } from '@/lib/fill';
import type { FlowState } from '@/lib/procedure';
import type { Agent, ProcedureConfig, TicketSnapshot } from '@/lib/schema';

/**
 * The ticket facts the outcome is built from: those frozen when the agent reached the outcome,
 * else (an older session, or before the outcome) what the page shows now. So the work log reads
 * the same on the Incident tab, on the Log tab where customer and phone are not shown, and in
 * every later render (issue 11, item 7).
 */
export const outcomeFacts = (flow: FlowState, pageTicket: TicketSnapshot): TicketSnapshot => flow.outcomeTicket ?? pageTicket;

/** The work-log text proposed for the outcome, from the frozen facts. */
export function outcomeWorkLog(input: { flow: FlowState; pageTicket: TicketSnapshot; agent: Agent; config: ProcedureConfig; timeZone?: string }): string {
  return draftWorkLog({ flow: input.flow, ticket: outcomeFacts(input.flow, input.pageTicket), agent: input.agent, config: input.config, timeZone: input.timeZone });
}
