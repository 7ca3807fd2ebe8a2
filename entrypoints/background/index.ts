import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PanduDb } from '@/lib/db';
import { serveRequests } from '@/lib/messaging/serve';
import { nossaProfile } from '@/lib/sites';
import type { BackgroundContext } from './context';
import { flowHandlers } from './flow-handlers';
import { settingsHandlers } from './settings-handlers';

/**
 * The database owner. Every state change is written to Dexie before it is acknowledged: the
 * worker can be stopped at any moment, so nothing lives only in its memory. Handlers are
 * grouped by area, one file each.
 */
export default defineBackground(() => {
  const context: BackgroundContext = {
    db: new PanduDb(),
    now: () => new Date().toISOString(),
    hostPatterns: () => nossaProfile.hosts,
  };

  serveRequests(
    {
      ...settingsHandlers(context),
      ...flowHandlers(context),
    },
    () => ({ extensionId: browser.runtime.id, hostPatterns: context.hostPatterns() }),
  );
});
