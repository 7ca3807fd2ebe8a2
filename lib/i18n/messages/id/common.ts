/** Indonesian texts: common. */
export const common = {
  'app.name': 'Pandu',
  'app.tagline': 'Pending Tiket NOSSA',
  'app.procedure': 'IK Pending Tiket IN.OCC.TENESA.W-02',
  'language.label': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',
  'validation.required': 'Wajib diisi.',
  'validation.dateTime': 'Isi tanggal dan jam yang valid.',
  'error.no-agent': 'Isi identitas agen terlebih dahulu.',
  'error.not-found': 'Data tidak ditemukan.',
  'error.generic': 'Terjadi kesalahan: {detail}',
  'error.untrusted-sender': 'Pesan ditolak: pengirim tidak dikenal.',
  'error.invalid-payload': 'Data tidak valid: {detail}',
  'error.storage-full':
    'Penyimpanan browser penuh: langkah ini BELUM tersimpan (yang sudah tersimpan aman). Kosongkan ruang disk atau minta team lead menjalankan retensi, lalu ulangi.',
} as const;
