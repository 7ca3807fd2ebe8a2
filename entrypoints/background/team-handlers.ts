import { outboxSize, readSyncState, readTeamConnection } from '@/lib/db';
import { forgetTeamConnection, queueHistoryOnce, storeTeamConnection } from '@/lib/db/write';
import { MessageRefusedError, type HandlersOf, type SenderLike } from '@/lib/messaging';
import type { TeamEnrolAnswer, TeamStatus, teamRequests } from '@/lib/messaging/protocol/team';
import { TEAM_API_PREFIX, apiErrorSchema, enrolRequestSchema, enrolResponseSchema } from '@/lib/team';
import { teamConnectionSchema } from '@/lib/team/connection';
import type { BackgroundContext } from './context';
import type { Sync } from './sync';

/** What the team server's handlers need beyond the context: the network, the browser's permissions, the sender. */
export interface TeamDeps {
  fetch: typeof fetch;
  /** Whether the browser allows requests to the origin (chrome.permissions.contains). */
  hasPermission: (origin: string) => Promise<boolean>;
  sync: Sync;
  /** What this browser calls itself at enrolment ("Chrome on Windows"), shown to the lead beside the token. */
  device?: string;
}

/**
 * The team server link is the popup's and the dashboard's business: the content script on a NOSSA
 * page (which the page can try to steer) may neither read it nor change it. The sender's id was
 * checked by dispatch already; an extension page's address is the extension's own.
 */
function fromOwnPage(sender: SenderLike): void {
  if (!sender.url?.startsWith('chrome-extension://')) throw new MessageRefusedError('untrusted-sender', 'the team server is for the extension’s own pages');
}

/** "Chrome on Windows": enough for a lead to tell the tokens of one agent apart, nothing identifying. */
export function deviceName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Chrome\//.test(userAgent) ? 'Chrome' : 'Browser';
  const system = /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /CrOS/.test(userAgent) ? 'ChromeOS' : /Linux/.test(userAgent) ? 'Linux' : '';
  return system ? `${browser} on ${system}` : browser;
}

/**
 * Enrolment, status, sending now and disconnecting. Every request to the server is made here (or
 * by sync.ts), to the one origin the user or the policy configured, after the browser allowed it.
 */
export function teamHandlers({ db, now, policy }: BackgroundContext, { fetch, hasPermission, sync, device = '' }: TeamDeps): HandlersOf<typeof teamRequests> {
  const status = async (): Promise<TeamStatus> => {
    const [connection, state, waiting, managed] = await Promise.all([readTeamConnection(db), readSyncState(db), outboxSize(db), policy()]);
    return {
      server: connection && { url: connection.url, account: connection.account, enrolledAt: connection.enrolledAt },
      policyUrl: managed.teamServerUrl ?? null,
      state,
      waiting,
    };
  };

  const enrol = async (url: string, code: string): Promise<TeamEnrolAnswer> => {
    const origin = new URL(url).origin;
    const { teamServerUrl } = await policy();
    if (teamServerUrl && new URL(teamServerUrl).origin !== origin) return { ok: false, error: 'policy', detail: teamServerUrl };
    if (!(await hasPermission(origin))) return { ok: false, error: 'permission', detail: origin };
    let response: Response;
    try {
      response = await fetch(`${origin}${TEAM_API_PREFIX}/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(enrolRequestSchema.parse({ code, device })),
        redirect: 'error',
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      return { ok: false, error: 'network', detail: error instanceof Error ? error.message : String(error) };
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const failure = apiErrorSchema.safeParse(json).data?.error;
      if (failure) return { ok: false, error: failure.code, detail: failure.message };
      return { ok: false, error: response.status >= 502 && response.status <= 504 ? 'server.unavailable' : 'bad-response', detail: `HTTP ${response.status}` };
    }
    const enrolled = enrolResponseSchema.safeParse(json);
    if (!enrolled.success) return { ok: false, error: 'bad-response', detail: 'not an enrolment answer' };
    const connection = teamConnectionSchema.parse({ key: 'connection', url: origin, ...enrolled.data, enrolledAt: now() });
    await storeTeamConnection(db, connection);
    if (connection.account.role === 'agent') {
      // The lead gets this browser's history too; sending starts at once, in the background.
      await queueHistoryOnce(db, connection, now());
      void sync.flush(true).catch((error: unknown) => console.error('Pandu team sync failed', error));
    }
    return { ok: true, status: await status() };
  };

  return {
    teamEnrol: async ({ url, code }, sender) => {
      fromOwnPage(sender);
      return enrol(url, code);
    },
    teamStatus: async (_, sender) => {
      fromOwnPage(sender);
      return status();
    },
    teamSyncNow: async (_, sender) => {
      fromOwnPage(sender);
      await sync.flush(true);
      return status();
    },
    teamDisconnect: async (_, sender) => {
      fromOwnPage(sender);
      await forgetTeamConnection(db);
      return status();
    },
  };
}
