import * as z from 'zod/mini';
import { flowViewSchema, type FlowRefusal, type FlowView } from '../../procedure';
import { draftValuesSchema, ticketIdSchema, ticketSnapshotSchema, uuidSchema } from '../../schema';
import { resultOf } from '../declare';

/**
 * The guided flow (IK 1.2). Flow events are validated again by the state machine.
 * (`@__PURE__` on a `.check()` call: the bundler cannot tell it is free of side effects, and the
 * content script, which needs only the pushes, would keep it.)
 */
export const flowRequests = {
  getFlow: { input: z.strictObject({ ticketId: ticketIdSchema }), result: resultOf<FlowView | null>() },
  startFlow: { input: z.strictObject({ ticket: ticketSnapshotSchema }), result: resultOf<FlowView>() },
  flowEvent: { input: z.strictObject({ sessionId: uuidSchema, event: z.unknown() }), result: resultOf<{ view: FlowView; refusal: FlowRefusal | null }>() },
  saveDraft: {
    input: z.strictObject({ sessionId: uuidSchema, values: draftValuesSchema, origin: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(60)) }),
    result: resultOf<boolean>(),
  },
  getRequesterSuggestions: { input: z.undefined(), result: resultOf<Array<{ name: string; group: string }>>() },
};

export const flowPushes = {
  /** A ticket's flow changed (another tab, a step, a draft, a fill record). */
  flowChanged: { input: z.object({ ticketId: ticketIdSchema, view: flowViewSchema }) },
};
