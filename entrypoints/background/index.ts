import '@/lib/schema/jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PanduDb } from '@/lib/db';
import { serveRequests } from '@/lib/messaging/serve';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import { startExtraHosts } from './extra-hosts';
import { createHostList } from './host-list';
import type { BackgroundContext } from './context';
import { backgroundHandlers } from './handlers';
import { releaseLocksOfClosedTabs } from './fill-lock';
import { startFollowUps } from './follow-ups';
import { startShiftBadge } from './shift-badge';
import { startRetention } from './retention';

/**
 * The database owner. Every state change is written to Dexie before it is acknowledged: the
 * worker can be stopped at any moment, so nothing lives only in its memory. Handlers are
 * grouped by area, one file each, composed in handlers.ts.
 */
export default defineBackground(() => {
  speakSchemaErrorsIn('id'); // until the settings say otherwise
  const db = new PanduDb();
  const hosts = createHostList(db);
  const context: BackgroundContext = {
    db,
    now: () => new Date().toISOString(),
    hostPatterns: hosts.current,
    hostsChanged: hosts.refresh,
  };

  const syncExtraHosts = startExtraHosts(context);
  serveRequests(backgroundHandlers(context, { syncExtraHosts }), async () => ({ extensionId: browser.runtime.id, hostPatterns: await hosts.ready() }));
  // Listeners first thing at every worker start (MV3 delivers events only to listeners set then).
  startShiftBadge(context);
  startFollowUps(context);
  startRetention(context);
  releaseLocksOfClosedTabs();
});
