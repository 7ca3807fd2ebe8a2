import * as z from 'zod/mini';
import { onMessage } from './messenger';
import { MessageRefusedError, isQuotaError } from './errors';
import type { HandlerOf, HandlersOf, ResultOf } from './declare';
import { backgroundRequests, type BackgroundRequests, type RequestType } from './protocol';
import { isTrustedSender, type SenderLike, type TrustContext } from './sender';

/** Every request the background serves, each typed by its declaration. */
export type Handlers = HandlersOf<BackgroundRequests>;

/**
 * Runs one request behind the two gates every background handler sits behind: a trusted
 * sender, and a payload that parses against the request's schema. A handler never sees
 * unvalidated data; a refusal is a typed error the caller can map to the agent's language.
 */
export async function dispatch<K extends RequestType>(
  handlers: Handlers,
  trust: TrustContext,
  type: K,
  data: unknown,
  sender: SenderLike,
): Promise<ResultOf<BackgroundRequests[K]>> {
  if (!isTrustedSender(sender, trust)) {
    throw new MessageRefusedError('untrusted-sender', describeSender(sender));
  }
  // Own keys only: "constructor" or "toString" must not find Object's members.
  const schema = Object.hasOwn(backgroundRequests, type) ? backgroundRequests[type].input : undefined;
  if (!schema) throw new MessageRefusedError('invalid-payload', `unknown message type ${String(type)}`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MessageRefusedError('invalid-payload', z.prettifyError(parsed.error));
  try {
    return await (handlers[type] as HandlerOf<BackgroundRequests[K]>)(parsed.data as never, sender);
  } catch (error) {
    // The transaction was rolled back: nothing of this request was stored, and the agent must
    // hear that plainly rather than a raw browser error.
    if (isQuotaError(error)) throw new MessageRefusedError('storage-full', String((error as Error).message));
    throw error;
  }
}

/** Who sent a refused message, for the refusal's detail; a malformed sender must not make it throw. */
function describeSender(sender: SenderLike): string {
  const said = [sender.url, sender.id].find((part) => typeof part === 'string');
  return said ?? 'unknown sender';
}

/** Registers every handler with the messenger, each behind `dispatch`'s gates. */
export function serveRequests(handlers: Handlers, trust: () => TrustContext | Promise<TrustContext>): void {
  for (const type of Object.keys(backgroundRequests) as RequestType[]) {
    onMessage(type, async ({ data, sender }) => dispatch(handlers, await trust(), type, data, sender));
  }
}
