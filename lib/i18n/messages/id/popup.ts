/** Indonesian texts: popup. */
export const popup = {
  'popup.title': 'Pandu',
  'popup.openDashboard': 'Buka dasbor',
  'popup.checklist': 'Persiapan kerja (IK 1.1)',
  'popup.checklistSoon': 'Daftar periksa awal shift akan tampil di sini.',
  'popup.openWork': 'Pekerjaan terbuka',
  'popup.noOpenWork': 'Belum ada alur pending yang terbuka.',
} as const;
