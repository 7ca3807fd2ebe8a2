import type { popup as id } from '../id/popup';

/** English texts: popup. Typed against the Indonesian ones so no key can be missing. */
export const popup: Record<keyof typeof id, string> = {
  'popup.title': 'Pandu',
  'popup.openDashboard': 'Open dashboard',
  'popup.checklist': 'Shift preparation (IK 1.1)',
  'popup.checklistSoon': 'The shift-start checklist will appear here.',
  'popup.openWork': 'Open work',
  'popup.noOpenWork': 'No open pending flows yet.',
};
