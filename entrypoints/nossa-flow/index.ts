import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FlowSteps } from '@/components/panel/flow/FlowSteps';
import { publishFlowSteps, publishedFlowSteps } from '@/components/panel/flow/steps-slot';

/**
 * The flow's steps (components/panel/flow/FlowSteps.tsx): injected by the background into a NOSSA
 * tab when the panel shows a session (message `loadFlowSteps`), beside the content script in its
 * isolated world. Built against the content script's own Preact, contexts and stores
 * (components/panel/on-demand/shared-modules.ts, applied by wxt.config.ts), so the steps render in
 * the panel's tree. Never imports lib/db, like the content script. Run twice, it keeps the first.
 * No `lib/schema/jitless` here: zod's settings live on globalThis, and the content script set them.
 */
export default defineUnlistedScript(() => {
  if (!publishedFlowSteps()) publishFlowSteps({ FlowSteps });
});
