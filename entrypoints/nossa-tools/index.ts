import '@/lib/schema/jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPanelTools } from '@/components/panel/tools/create-tools';
import { publishPanelTools, publishedPanelTools } from '@/components/panel/tools/panel-tools';

/**
 * The panel tools (components/panel/tools/): injected by the background into a NOSSA tab when the
 * panel first needs them (message `loadPanelTools`), beside the content script in its isolated
 * world. Never imports lib/db, like the content script. Run twice, it keeps the first copy: the
 * panel may hold it already, with a pick under way.
 */
export default defineUnlistedScript(() => {
  if (!publishedPanelTools()) publishPanelTools(createPanelTools());
});
