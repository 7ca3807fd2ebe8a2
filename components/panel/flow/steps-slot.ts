import type { FlowSteps } from './FlowSteps';
import { scriptSlot } from '../on-demand/script-slot';

/**
 * The flow's steps are a second script (entrypoints/nossa-flow), injected into the NOSSA tab when
 * a session is on view (load-steps.ts): the content script every NOSSA page loads keeps only the
 * flow's first screen. Both scripts run in the tab's one isolated world, and the steps render in
 * the panel's tree with the panel's own Preact (on-demand/shared-modules.ts); they hand their root
 * component over through this slot, declared here and nowhere else.
 */
export interface FlowStepsScript {
  FlowSteps: typeof FlowSteps;
}

const slot = scriptSlot<FlowStepsScript>('pandu.flowSteps');
export const publishFlowSteps = slot.publish;
export const publishedFlowSteps = slot.published;
