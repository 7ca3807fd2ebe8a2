/** Indonesian texts: dashboard. */
export const dashboard = {
  'dashboard.title': 'Dasbor Pandu',
  'dashboard.nav.logs': 'Log',
  'dashboard.nav.settings': 'Pengaturan',
  'dashboard.nav.about': 'Tentang',
  'dashboard.logs.empty': 'Belum ada sesi yang tercatat.',
  'dashboard.logs.count': '{count} sesi tercatat',
  'dashboard.settings.saved': 'Pengaturan disimpan.',
  'dashboard.about.text': 'Pandu memandu agen menjalankan Instruksi Kerja Pending Tiket (IN.OCC.TENESA.W-02) di NOSSA dan mencatat setiap langkah.',
} as const;
