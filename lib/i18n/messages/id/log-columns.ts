/** Indonesian texts: the dashboard log table's column chooser and its outcome badges. */
export const logColumns = {
  'dashboard.columns.button': 'Kolom ({shown} dari {total})',
  'dashboard.columns.legend': 'Kolom yang ditampilkan',
  'dashboard.columns.default': 'Kembali ke bawaan',
  'dashboard.columns.close': 'Tutup',
  'dashboard.columns.always': 'selalu tampil',
  'dashboard.columns.hint': 'Bawaan: kolom yang muat di layar ini tanpa geser ke samping. Pilihan Anda disimpan di browser ini.',
  'dashboard.columns.chosen': 'Pilihan Anda (disimpan di browser ini).',
  // The outcome in the table's badge, short enough for its column; the IK section shows on hover and everywhere else.
  'dashboard.outcome.short.approved': 'Setuju',
  'dashboard.outcome.short.unreachable': 'Tidak terhubung',
  'dashboard.outcome.short.declined': 'Tidak setuju',
  'dashboard.outcome.short.cancelled': 'Dibatalkan',
  'dashboard.outcome.short.open': 'Masih berjalan',
} as const;
