import '@/lib/schema/jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PanduDb } from '@/lib/db';
import { serveRequests } from '@/lib/messaging/serve';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import { startExtraHosts } from './extra-hosts';
import { broadcast } from '@/lib/messaging/broadcast';
import { createBackgroundContext } from './context';
import { createPolicy } from './policy';
import { backgroundHandlers } from './handlers';
import { releaseLocksOfClosedTabs } from './fill-lock';
import { startFollowUps } from './follow-ups';
import { startShiftBadge } from './shift-badge';
import { startRetention } from './retention';
import { startCommands } from './commands';
import { createSync } from './sync';
import { deviceName } from './team-handlers';
import { hasOriginPermission, startTeamSync } from './team-sync';

/**
 * The database owner. Every state change is written to Dexie before it is acknowledged: the
 * worker can be stopped at any moment, so nothing lives only in its memory. Handlers are
 * grouped by area, one file each, composed in handlers.ts.
 */
export default defineBackground(() => {
  speakSchemaErrorsIn('id'); // until the settings say otherwise
  const db = new PanduDb();
  // An administrator's change of the policy applies at once: hosts, content scripts, open pages.
  const policy = createPolicy(() => void policyChanged());
  const context = createBackgroundContext(db, { policy: policy.ready });
  const syncExtraHosts = startExtraHosts(context);
  const policyChanged = async () => {
    await context.hostsChanged();
    await syncExtraHosts();
    await broadcast('settingsChanged', await context.settings(), context.hostPatterns());
  };
  // The team server (optional): requests only to the configured origin, and only once the browser allowed it.
  const fetchServer: typeof fetch = (input, init) => fetch(input, init);
  const sync = createSync({ db, clock: Date.now, fetch: fetchServer, hasPermission: hasOriginPermission });
  const team = { fetch: fetchServer, hasPermission: hasOriginPermission, sync, device: deviceName(navigator.userAgent) };
  serveRequests(backgroundHandlers(context, { syncExtraHosts, team }), async () => ({ extensionId: browser.runtime.id, hostPatterns: await context.hostsReady() }));
  // Listeners first thing at every worker start (MV3 delivers events only to listeners set then).
  startShiftBadge(context);
  startFollowUps(context);
  startRetention(context);
  startCommands();
  startTeamSync(db, sync);
  releaseLocksOfClosedTabs();
});
