import type * as z from 'zod/mini';
import type { SenderLike } from './sender';

/**
 * How a message is declared, once: the schema its data must pass (checked by whoever receives
 * it: the background for a request, the page for a push) and the type of its answer. Everything
 * else (the messenger's map, the handlers' types, the checks at run time) is derived from that.
 *
 *   getFlow: { input: z.strictObject({ ticketId: ticketIdSchema }), result: resultOf<FlowView | null>() },
 *   settingsChanged: { input: settingsSchema }, // a push: no answer
 */
declare const phantom: unique symbol;

/** An answer's type, carried for the compiler only: nothing of it exists at run time. */
export interface Result<T> {
  readonly [phantom]: T;
}

/** The answer's type of a declaration (a phantom: the value is undefined). */
// @__NO_SIDE_EFFECTS__
export function resultOf<T>(): Result<T> {
  return undefined as unknown as Result<T>;
}

export interface Declaration {
  readonly input: z.ZodMiniType;
  /** Absent for a push, which is answered with nothing. */
  readonly result?: Result<unknown>;
}
export type Declarations = Readonly<Record<string, Declaration>>;

/** What a sender passes. */
export type InputOf<D extends Declaration> = z.input<D['input']>;
/** What the receiver works with, once the data passed the schema. */
export type DataOf<D extends Declaration> = z.output<D['input']>;
export type ResultOf<D extends Declaration> = D extends { readonly result: Result<infer R> } ? R : void;

/** The map `defineExtensionMessaging` types `sendMessage` and `onMessage` with. */
export type ProtocolOf<M extends Declarations> = { [K in keyof M]: (data: InputOf<M[K]>) => ResultOf<M[K]> };

/** A background handler: it sees only validated data, and answers (asynchronously) the declared result. */
export type HandlerOf<D extends Declaration> = (data: DataOf<D>, sender: SenderLike) => Promise<ResultOf<D>>;
export type HandlersOf<M extends Declarations> = { [K in keyof M]: HandlerOf<M[K]> };
