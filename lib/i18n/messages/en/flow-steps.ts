import type { flowSteps as id } from '../id/flow-steps';

/** English texts: the panel's step chips and moving through the flow. Typed against the Indonesian ones. */
export const flowSteps: Record<keyof typeof id, string> = {
  'flow.chips': 'Flow steps',
  'flow.chip.request': 'Request',
  'flow.chip.recheck': 'Re-check',
  'flow.chip.call': 'Call',
  'flow.chip.explain': 'Confirm',
  'flow.chip.outcome': 'Update',
  'flow.chip.done': 'Done',
  'flow.chip.number': 'Step {number}:',
  'flow.chip.past': '(done)',
  'flow.cancelledTitle': 'This flow was cancelled',
};
