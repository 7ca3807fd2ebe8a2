import { useSyncExternalStore } from 'react';
import { sendMessage } from '@/lib/messaging';
import { withRetry } from '@/lib/messaging/retry';
import { onDemandScript, type OnDemandState } from '../on-demand/on-demand-script';
import { publishedFlowSteps, type FlowStepsScript } from './steps-slot';

/**
 * Asks the background to inject the steps, again while the worker is restarting (injecting twice
 * is harmless: the script keeps what it published first). What failed is logged for whoever looks
 * in the console: the panel says it in the agent's words only (FlowPanel).
 */
async function injectSteps(): Promise<void> {
  try {
    await withRetry(() => sendMessage('loadFlowSteps', undefined));
  } catch (error) {
    console.warn('Pandu: the flow’s steps could not be injected', error);
    throw error;
  }
}

/** The flow's steps, injected by the background into this tab's document (`loadFlowSteps`) once per page. */
export const flowSteps = onDemandScript(injectSteps, publishedFlowSteps);

export const useFlowSteps = (): OnDemandState<FlowStepsScript> => useSyncExternalStore(flowSteps.subscribe, flowSteps.get);
