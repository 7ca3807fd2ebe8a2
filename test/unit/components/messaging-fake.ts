import type * as Messenger from '@/lib/messaging/messenger';

/**
 * The extension's messaging at its one boundary, lib/messaging/messenger.ts (everything else in
 * lib/messaging, from the declarations to onPush and refusal codes, runs for real on top of it):
 * `vi.mock('@/lib/messaging/messenger', mockMessenger)`. Requests go to a backend the test sets
 * (the real background handlers, see render.tsx) unless a test answers a type itself; what the
 * background broadcasts reaches this context's listeners, as chrome.runtime messaging delivers it,
 * and a test may push too. Data crosses as JSON, errors as name and message only. Kept apart
 * from render.tsx: the mock's factory imports this file, which must not import the components.
 */
type Answer = (data: unknown) => unknown;
type Listener = (message: { type: string; data: unknown; id: number; timestamp: number; sender: object }) => unknown;

const answers = new Map<string, Answer>();
const listeners = new Map<string, Listener>();
let backend: ((type: string, data: unknown) => Promise<unknown>) | null = null;
let nextId = 1;

/** An error as it arrives on the other side of the extension's messaging: name and message only. */
function acrossTheBoundary(error: unknown): Error {
  const copy = new Error(error instanceof Error ? error.message : String(error));
  if (error instanceof Error) copy.name = error.name;
  return copy;
}

/** Data as it arrives on the other side: serialized (undefined stays undefined). */
const asJson = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

export const messaging = {
  /** Every request sent, in order. */
  sent: [] as Array<{ type: string; data: unknown }>,

  sendMessage: async (type: string, data: unknown): Promise<unknown> => {
    // The background's broadcast of a push this context listens to (flowChanged, settingsChanged).
    if (listeners.has(type)) return messaging.push(type, data);
    messaging.sent.push({ type, data });
    const answer = answers.get(type);
    try {
      if (answer) return asJson(await answer(asJson(data)));
      if (!backend) throw new Error('Could not establish connection. Receiving end does not exist.');
      return asJson(await backend(type, asJson(data)));
    } catch (error) {
      throw acrossTheBoundary(error);
    }
  },

  /** Like the real messenger: one listener per message type in a context. */
  onMessage: (type: string, listener: Listener): (() => void) => {
    if (listeners.has(type)) throw new Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
    listeners.set(type, listener);
    return () => {
      if (listeners.get(type) === listener) listeners.delete(type);
    };
  },

  /** Where requests without a test's own answer go. */
  useBackend(send: ((type: string, data: unknown) => Promise<unknown>) | null) {
    backend = send;
  },

  /** Answers one request type the test's way (a refusal, a lost worker), overriding the backend; null gives it back. */
  answer(type: string, answer: Answer | null) {
    if (answer) answers.set(type, answer);
    else answers.delete(type);
  },

  /** A push from the background (flowChanged, settingsChanged), as the receiver gets it. */
  async push(type: string, data: unknown): Promise<void> {
    await listeners.get(type)?.({ type, data: asJson(data), id: nextId++, timestamp: Date.now(), sender: {} });
  },

  /** The push types someone listens to now. */
  listening: (): string[] => [...listeners.keys()].sort(),

  sentOf: (type: string): unknown[] => messaging.sent.filter((m) => m.type === type).map((m) => m.data),

  reset() {
    answers.clear();
    listeners.clear();
    backend = null;
    messaging.sent = [];
  },
};

/** The factory for `vi.mock('@/lib/messaging/messenger', mockMessenger)`. */
export async function mockMessenger(importOriginal: () => Promise<unknown>): Promise<typeof Messenger> {
  const real = (await importOriginal()) as typeof Messenger;
  const sendMessage = messaging.sendMessage as unknown as typeof real.sendMessage;
  const onMessage = messaging.onMessage as unknown as typeof real.onMessage;
  return { ...real, messenger: { ...real.messenger, sendMessage, onMessage }, sendMessage, onMessage };
}
