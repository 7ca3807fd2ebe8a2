import type { DataOf, ResultOf } from './declare';
import { onMessage } from './messenger';
import { backgroundPushes, contentRequests, type BackgroundPushes, type ContentRequests, type ContentRequestType, type PushType } from './protocol';

/**
 * The receiving end outside the background: a page or a NOSSA tab checks what the background
 * sends against the same declarations (protocol/) the background checks requests against.
 */

/**
 * Listens for a push. Data that does not pass the push's schema is ignored (and warned about),
 * never applied. Mount once per context: the messenger allows one listener per message type.
 */
export function onPush<K extends PushType>(type: K, apply: (data: DataOf<BackgroundPushes[K]>) => void): () => void {
  return onMessage(type, ({ data }) => {
    const parsed = backgroundPushes[type].input.safeParse(data);
    if (parsed.success) apply(parsed.data as DataOf<BackgroundPushes[K]>);
    else console.warn(`Pandu: an invalid "${type}" push was ignored`, parsed.error.issues);
  });
}

/**
 * Answers a request from the background in a NOSSA tab: refused unless it comes from this
 * extension's background (no tab), then refused unless its data passes the declared schema.
 */
export function onContentRequest<K extends ContentRequestType>(
  type: K,
  extensionId: string,
  answer: (data: DataOf<ContentRequests[K]>) => ResultOf<ContentRequests[K]> | Promise<ResultOf<ContentRequests[K]>>,
): () => void {
  const listener = ({ data, sender }: { data: unknown; sender: { id?: string; tab?: unknown } }) => {
    if (sender.id !== extensionId || sender.tab) throw new Error('untrusted-sender');
    const parsed = contentRequests[type].input.safeParse(data);
    if (!parsed.success) throw new Error(`invalid-payload: ${type}`);
    return answer(parsed.data as DataOf<ContentRequests[K]>);
  };
  // The messenger's types cannot follow a generic K through its map; the declaration types `answer`.
  return onMessage(type, listener as never);
}
