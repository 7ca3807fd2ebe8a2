import { useSyncExternalStore } from 'react';
import { sendMessage } from '@/lib/messaging';
import { onDemandScript, type OnDemandState } from '../on-demand/on-demand-script';
import { publishedFlowSteps, type FlowStepsScript } from './steps-slot';

/** The flow's steps, injected by the background into this tab and frame (`loadFlowSteps`) once per page. */
export const flowSteps = onDemandScript(() => sendMessage('loadFlowSteps', undefined), publishedFlowSteps);

export const useFlowSteps = (): OnDemandState<FlowStepsScript> => useSyncExternalStore(flowSteps.subscribe, flowSteps.get);
