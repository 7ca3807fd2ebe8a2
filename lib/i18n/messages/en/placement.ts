import type { placement as id } from '../id/placement';

/** English texts: where the panel sits on NOSSA's page and the popup's reset. Typed against the Indonesian ones. */
export const placement: Record<keyof typeof id, string> = {
  'placement.compact': 'Compact: only the current step',
  'placement.dock': 'Dock to the window edge (NOSSA’s page moves aside)',
  'placement.float': 'Undock from the window edge',
  'placement.moveDocked': 'Move to the other side (drag, or the Left/Right arrow keys)',
  'placement.reset': 'Reset the panel position',
  'placement.resetHint': 'The panel goes back to the bottom right in every NOSSA tab.',
  'placement.resetDone': 'Panel position reset: bottom right, in every NOSSA tab.',
  'placement.resetFailed': 'The panel position could not be reset: {detail}',
};
