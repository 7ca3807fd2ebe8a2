/**
 * Indonesian texts: the outcome view (what goes into NOSSA, and where it stands). Said in the
 * tense of where the update stands: "akan" before the fill, "sedang" during it, "tersimpan" only
 * for what the read-back of the reloaded ticket proved.
 */
export const outcomeView = {
  'outcome.region': 'Isi NOSSA',
  'outcome.rows.will': 'Akan diisi ke NOSSA',
  'outcome.rows.writing': 'Sedang diisi ke NOSSA',
  'outcome.rows.stopped': 'Pengisian berhenti sebelum selesai',
  'outcome.rows.onScreen': 'Terisi di layar NOSSA, belum terbukti tersimpan',
  'outcome.rows.checking': 'Terisi di layar NOSSA; menunggu tiket dibaca ulang',
  'outcome.rows.notAllSaved': 'Belum semua tersimpan di NOSSA',
  'outcome.rows.saved': 'Tersimpan di NOSSA (dibaca ulang dari tiket)',
  'outcome.rows.manual': 'Diisi sendiri oleh agen di NOSSA (tidak diperiksa Pandu)',
  'outcome.row.now': 'Sekarang:',
  'outcome.row.empty': 'kosong',
  'outcome.row.notShown': 'di tab/dialog lain',
  'outcome.row.toWrite': 'akan ditulis:',
  'outcome.row.text': 'Teks ({count} karakter)',
  'outcome.state.press': 'akan ditekan',
  'outcome.state.filling': 'sedang diisi…',
  'outcome.state.pressing': 'sedang ditekan…',
  'outcome.state.queued': 'menunggu',
  'outcome.state.not-reached': 'belum diisi',
  'outcome.state.on-screen': 'terisi di layar NOSSA',
  'outcome.state.saved': 'tersimpan di NOSSA',
  'outcome.state.not-read-back': 'terkirim bersama Change Status; NOSSA tidak menampilkannya kembali',
  'outcome.state.manual': 'diisi agen sendiri',
  'outcome.readBackFailed': 'Tiket yang dimuat ulang tidak memuat semua nilai: NOSSA tidak menyimpannya. Per field di bawah: yang seharusnya dan yang ada di NOSSA.',
} as const;
