/** Indonesian texts: an import refused by its limits (lib/import/check.ts IMPORT_LIMITS, read-stream.ts). */
export const importLimits = {
  'dashboard.import.problem.record-too-large':
    'Satu catatan di berkas terlalu panjang ({path}: {size} KB; paling panjang {max} KB). Tidak ada catatan Pandu sebesar itu: berkas kemungkinan rusak atau diubah. Minta agen mengekspor ulang.',
} as const;
