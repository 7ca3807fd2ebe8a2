import { ingestRequestSchema, type IngestItem } from '@/lib/team';

/** One request the extension made, as the fake server saw it. */
export interface Seen {
  url: string;
  method: string;
  authorization: string | null;
  records: IngestItem[];
  body: unknown;
}

type Reply = Response | Promise<Response> | 'network-down';

/**
 * A fake fetch standing for the team server: it records every request and answers with what
 * the test's handler says (by default: every record accepted).
 */
export function fakeServer(handler: (seen: Seen, index: number) => Reply = (seen) => accept(seen)) {
  const seen: Seen[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const parsed = ingestRequestSchema.safeParse(body);
    const headers = new Headers(init?.headers);
    const request: Seen = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      authorization: headers.get('authorization'),
      records: parsed.success ? parsed.data.records : [],
      body,
    };
    seen.push(request);
    const reply = await handler(request, seen.length - 1);
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    return reply;
  };
  return { fetch, seen };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const apiError = (status: number, code: string, message = code) => json(status, { error: { code, message } });

/** The server's answer when it stored every record of the batch. */
export const accept = (seen: Seen, except: (item: IngestItem) => boolean = () => false) =>
  json(200, { accepted: seen.records.filter((item) => !except(item)).map((item) => (item.record as { id: string }).id), quarantined: [], seq: '1' });
