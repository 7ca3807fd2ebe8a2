/** Indonesian texts: where the panel sits on NOSSA's page (header buttons) and the popup's reset. */
export const placement = {
  'placement.compact': 'Ringkas: hanya langkah yang sedang berjalan',
  'placement.dock': 'Tempel di tepi layar (halaman NOSSA bergeser)',
  'placement.float': 'Lepas dari tepi layar',
  'placement.moveDocked': 'Pindah ke sisi lain (seret, atau tombol panah kiri/kanan)',
  'placement.reset': 'Kembalikan posisi panel',
  'placement.resetHint': 'Panel kembali ke pojok kanan bawah di semua tab NOSSA.',
  'placement.resetDone': 'Posisi panel dikembalikan: pojok kanan bawah, di semua tab NOSSA.',
  'placement.resetFailed': 'Posisi panel belum bisa dikembalikan: {detail}',
} as const;
