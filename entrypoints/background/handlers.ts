import type { Handlers } from '@/lib/messaging/serve';
import type { BackgroundContext } from './context';
import { fillHandlers } from './fill-handlers';
import { flowHandlers } from './flow-handlers';
import { privacyHandlers } from './privacy-handlers';
import { settingsHandlers } from './settings-handlers';
import { shiftHandlers } from './shift-handlers';
import { siteHandlers } from './site-handlers';

/** What the handlers need beyond the context: effects that only the real worker can have. */
export interface BackgroundDeps {
  /** Registers the content script for the extra hosts an admin allowed (extra-hosts.ts). */
  syncExtraHosts: () => Promise<unknown>;
}

/**
 * Every request the background serves, one group per protocol area (lib/messaging/protocol/).
 * The worker (index.ts) and the tests compose the background here, so they cannot drift apart;
 * the type makes a declared request without a handler a compile error.
 */
export function backgroundHandlers(context: BackgroundContext, { syncExtraHosts }: BackgroundDeps): Handlers {
  return {
    ...settingsHandlers(context, syncExtraHosts),
    ...flowHandlers(context),
    ...fillHandlers(context),
    ...siteHandlers(context),
    ...shiftHandlers(context),
    ...privacyHandlers(context),
  };
}
