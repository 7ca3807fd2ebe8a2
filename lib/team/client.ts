import * as z from 'zod/mini';
import { accountCreatedSchema, accountListSchema, enrolCodeIssuedSchema, okSchema, teamListSchema, type NewAccount } from './accounts';
import { accountSchema, apiErrorSchema, TEAM_API_PREFIX, type ApiErrorCode } from './api';
import {
  agentsSchema,
  changesSchema,
  chartsSchema,
  exportTicketSchema,
  fillHealthSchema,
  logPageSchema,
  practiceSchema,
  quarantineSchema,
  sessionDetailSchema,
  type ExportRequest,
  type LogPageQuery,
  type LogQuery,
} from './reads';

/**
 * Why a team request failed: a code the server answered with (API_ERROR_CODES), `network` when
 * the server could not be reached at all, `bad-response` when it answered something that is not
 * the contract (a proxy's error page, another program on that port). Pages say each in words.
 */
export type TeamErrorCode = ApiErrorCode | 'network' | 'bad-response';

export class TeamRequestError extends Error {
  constructor(
    readonly code: TeamErrorCode,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'TeamRequestError';
  }
}

/** The server could not be reached, or said it cannot answer now: the data shown is kept and the request retried. */
export const isUnreachable = (error: unknown): boolean =>
  error instanceof TeamRequestError && (error.code === 'network' || error.code === 'server.unavailable' || error.code === 'rate.limited');

export interface TeamClientOptions {
  /** The server's origin, as stored with the connection. */
  url: string;
  token: string;
  /** Injected by the tests; the page's own fetch otherwise. */
  fetch?: typeof fetch;
}

type Schema<T> = z.ZodMiniType<T>;

/**
 * A typed client for the routes a lead's dashboard calls. Every answer is parsed with the
 * contract's schema before anyone sees it, and every failure becomes a TeamRequestError with
 * one of the contract's codes: a page never has to read a status or a body itself.
 */
export function createTeamClient(options: TeamClientOptions) {
  const base = options.url.replace(/\/+$/, '') + TEAM_API_PREFIX;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(method: 'GET' | 'POST', path: string, schema: Schema<T>, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers: { authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        cache: 'no-store',
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new TeamRequestError('network', error instanceof Error ? error.message : String(error));
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const failure = apiErrorSchema.safeParse(json);
      if (failure.success) throw new TeamRequestError(failure.data.error.code, failure.data.error.message, response.status);
      // A reverse proxy answering for a server that is down says so without our error shape.
      const code: TeamErrorCode = response.status === 502 || response.status === 503 || response.status === 504 ? 'server.unavailable' : 'bad-response';
      throw new TeamRequestError(code, `HTTP ${response.status}`, response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TeamRequestError('bad-response', `${method} ${path}: ${z.prettifyError(parsed.error)}`, response.status);
    return parsed.data;
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    logPage: (query: LogPageQuery, signal?: AbortSignal) => request('POST', '/logs/page', logPageSchema, query, signal),
    session: (sessionId: string, signal?: AbortSignal) => request('GET', `/sessions/${id(sessionId)}`, sessionDetailSchema, undefined, signal),
    charts: (query: LogQuery, signal?: AbortSignal) => request('POST', '/logs/charts', chartsSchema, query, signal),
    changes: (signal?: AbortSignal) => request('GET', '/changes', changesSchema, undefined, signal),
    exportTicket: (order: ExportRequest) => request('POST', '/exports', exportTicketSchema, order),
    agents: (signal?: AbortSignal) => request('GET', '/agents', agentsSchema, undefined, signal),
    fillHealth: (query: LogQuery, signal?: AbortSignal) => request('POST', '/fill-health', fillHealthSchema, query, signal),
    practice: (query: LogQuery, signal?: AbortSignal) => request('POST', '/practice', practiceSchema, query, signal),
    quarantine: (signal?: AbortSignal) => request('GET', '/quarantine', quarantineSchema, undefined, signal),
    me: (signal?: AbortSignal) => request('GET', '/me', accountSchema, undefined, signal),
    accounts: (signal?: AbortSignal) => request('GET', '/accounts', accountListSchema, undefined, signal),
    createAccount: (account: NewAccount) => request('POST', '/accounts', accountCreatedSchema, account),
    newCode: (accountId: string) => request('POST', `/accounts/${id(accountId)}/codes`, enrolCodeIssuedSchema),
    revokeToken: (tokenId: string) => request('POST', `/tokens/${id(tokenId)}/revoke`, okSchema),
    teams: (signal?: AbortSignal) => request('GET', '/teams', teamListSchema, undefined, signal),
  };
}

export type TeamClient = ReturnType<typeof createTeamClient>;
