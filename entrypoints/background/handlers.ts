import type { Handlers } from '@/lib/messaging/serve';
import type { BackgroundContext } from './context';
import { fillHandlers } from './fill-handlers';
import { flowHandlers } from './flow-handlers';
import { privacyHandlers } from './privacy-handlers';
import { settingsHandlers } from './settings-handlers';
import { shiftHandlers } from './shift-handlers';
import { siteHandlers } from './site-handlers';
import { teamHandlers, type TeamDeps } from './team-handlers';
import { createSync } from './sync';

/** What the handlers need beyond the context: effects that only the real worker can have. */
export interface BackgroundDeps {
  /** Registers the content script for the extra hosts an admin allowed (extra-hosts.ts). */
  syncExtraHosts: () => Promise<unknown>;
  /** The team server's network, permissions and sync (team-handlers.ts); without it, no request can leave. */
  team?: TeamDeps;
}

/**
 * Every request the background serves, one group per protocol area (lib/messaging/protocol/).
 * The worker (index.ts) and the tests compose the background here, so they cannot drift apart;
 * the type makes a declared request without a handler a compile error.
 */
export function backgroundHandlers(context: BackgroundContext, { syncExtraHosts, team = offline(context) }: BackgroundDeps): Handlers {
  return {
    ...settingsHandlers(context, syncExtraHosts),
    ...flowHandlers(context),
    ...fillHandlers(context),
    ...siteHandlers(context),
    ...shiftHandlers(context),
    ...privacyHandlers(context),
    ...teamHandlers(context, team),
  };
}

/** A background with no network (tests that do not exercise the team server): every request fails, none is made. */
function offline({ db }: BackgroundContext): TeamDeps {
  const fetch = () => Promise.reject(new TypeError('no network in this background'));
  const hasPermission = () => Promise.resolve(false);
  return { fetch, hasPermission, sync: createSync({ db, clock: Date.now, fetch, hasPermission }) };
}
