// Like every entrypoint, though the content script has set it already (zod keeps its settings on
// globalThis, one per isolated world): the steps then never depend on which script ran first.
import '@/lib/schema/jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FlowSteps } from '@/components/panel/flow/FlowSteps';
import { publishFlowSteps, publishedFlowSteps } from '@/components/panel/flow/steps-slot';

/**
 * The flow's steps (components/panel/flow/FlowSteps.tsx): injected by the background into a NOSSA
 * tab when the panel shows a session (message `loadFlowSteps`), beside the content script in its
 * isolated world. Built against the content script's own Preact, contexts and stores
 * (components/panel/on-demand/shared-modules.ts, applied by wxt.config.ts), so the steps render in
 * the panel's tree. Never imports lib/db, like the content script. Run twice, it keeps the first.
 */
export default defineUnlistedScript(() => {
  if (!publishedFlowSteps()) publishFlowSteps({ FlowSteps });
});
