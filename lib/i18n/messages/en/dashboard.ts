import type { dashboard as id } from '../id/dashboard';

/** English texts: dashboard. Typed against the Indonesian ones so no key can be missing. */
export const dashboard: Record<keyof typeof id, string> = {
  'dashboard.title': 'Pandu dashboard',
  'dashboard.nav.logs': 'Logs',
  'dashboard.nav.settings': 'Settings',
  'dashboard.nav.about': 'About',
  'dashboard.logs.empty': 'No sessions recorded yet.',
  'dashboard.logs.count': '{count} sessions recorded',
  'dashboard.settings.saved': 'Settings saved.',
  'dashboard.about.text': 'Pandu guides agents through the Pending Ticket work instruction (IN.OCC.TENESA.W-02) in NOSSA and records every step.',
};
