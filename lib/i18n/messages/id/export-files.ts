/**
 * Indonesian texts: what an export file holds (its name, the JSON header's filter in words, the
 * import history's line), which format fits which program (the export panel's guide), and a
 * file of the wrong kind refused at import in words.
 */
export const exportFiles = {
  // File names: short, lower-case words (the team or agent, the period, the filter).
  'dashboard.file.name.team': 'tim',
  'dashboard.file.name.agent': 'agen',
  'dashboard.file.name.allTeams': 'semua-tim',
  'dashboard.file.name.ticket': 'tiket',
  'dashboard.file.name.outcome.approved': 'setuju',
  'dashboard.file.name.outcome.unreachable': 'tidak-terhubung',
  'dashboard.file.name.outcome.declined': 'tidak-setuju',
  'dashboard.file.name.outcome.cancelled': 'dibatalkan',
  'dashboard.file.name.outcome.open': 'berjalan',

  // The filter in words (the JSON header and the import history).
  'dashboard.file.filter.none': 'tanpa filter',
  'dashboard.file.filter.area': 'area {area}',
  'dashboard.file.filter.outcome': 'hasil {outcome}',
  'dashboard.file.filter.reason': 'reason {reason}',
  'dashboard.file.filter.ticket': 'tiket berisi “{ticket}”',
  'dashboard.file.filter.agent': 'agen {agent}',

  // What an imported file held, one line.
  'dashboard.file.contents.team': 'Tim {team}',
  'dashboard.file.contents.agents': '{count} agen',
  'dashboard.file.contents.period': '{from}–{to}',
  'dashboard.file.contents.noPeriod': 'tanpa sesi',
  'dashboard.file.contents.filter': 'filter: {filter}',
  'dashboard.file.contents.filterUnknown': 'filter tidak tercatat (berkas Pandu lama)',
  'dashboard.file.contents.exportedBy': 'diekspor oleh {name}',
  'dashboard.import.col.contents': 'Isi berkas',

  // The export panel's guide: which file for which program.
  'dashboard.export.guide.title': 'Berkas mana untuk program apa?',
  'dashboard.export.guide.default': 'bawaan',
  'dashboard.export.guide.use': 'Pakai ini',
  'dashboard.export.guide.inUse': 'Dipakai',
  'dashboard.export.guide.excelId': 'Excel dengan pengaturan regional Indonesia',
  'dashboard.export.guide.excelId.file': 'CSV, titik koma, UTF-8 dengan BOM',
  'dashboard.export.guide.excelId.why':
    'Klik dua kali, kolom langsung terpisah: di pengaturan Indonesia koma adalah tanda desimal, jadi Excel memisah kolom dengan titik koma; BOM memberi tahu Excel bahwa berkas ini UTF-8, sehingga nama seperti “Ni Luh Putu Ayu Setyaningsih – Denpasar” terbaca utuh.',
  'dashboard.export.guide.excelEn': 'Excel dengan pengaturan regional Inggris / AS',
  'dashboard.export.guide.excelEn.file': 'CSV, koma, UTF-8 dengan BOM',
  'dashboard.export.guide.excelEn.why':
    'Di pengaturan itu titik adalah tanda desimal dan koma pemisah daftar, jadi CSV titik koma akan masuk ke satu kolom; BOM tetap ada agar huruf non-ASCII benar.',
  'dashboard.export.guide.libre': 'LibreOffice Calc',
  'dashboard.export.guide.libre.file': 'CSV, titik koma (atau XLSX)',
  'dashboard.export.guide.libre.why':
    'LibreOffice selalu bertanya cara membaca CSV. Pilih Character set / Set karakter: “Unicode (UTF-8)”; di Separator Options centang hanya “Semicolon” (titik koma); biarkan “Evaluate formulas” tidak dicentang; OK. Tanpa pilihan itu semua masuk satu kolom dan BOM tampil sebagai “ï»¿”. XLSX terbuka tanpa pertanyaan.',
  'dashboard.export.guide.manager': 'Diteruskan ke manajer (Excel atau LibreOffice apa pun)',
  'dashboard.export.guide.manager.file': 'XLSX',
  'dashboard.export.guide.manager.why': 'Buku kerja: tanggal asli, nomor tetap teks, tanpa pemisah atau set karakter yang harus dipilih, di pengaturan regional apa pun.',
  'dashboard.export.guide.system': 'Sistem lain, atau impor ke Pandu',
  'dashboard.export.guide.system.file': 'JSON (atau CSV koma)',
  'dashboard.export.guide.system.why':
    'JSON memuat semuanya persis (waktu UTC, kode, riwayat langkah) dan hanya JSON yang bisa diimpor ke Pandu. Untuk tabel ke sistem lain: CSV koma, UTF-8; pembaca yang tidak mengenal BOM perlu melewati 3 bita pertamanya.',
  'dashboard.export.guide.tradeoff':
    'Kenapa tidak ada baris “sep=;” di awal CSV? Baris itu membuat Excel memisah kolom di pengaturan regional apa pun, tetapi Excel lalu mengabaikan BOM dan huruf non-ASCII rusak. Pandu memilih BOM tanpa “sep=”: benar saat diklik dua kali di Excel Indonesia; untuk pengaturan lain pilih koma, atau XLSX.',

  // A file of the wrong kind, or a broken JSON, refused at import.
  'dashboard.import.onlyJson': 'Yang bisa diimpor hanya berkas JSON ekspor Pandu (di Ekspor, pilih “JSON lengkap”).',
  'dashboard.import.kind.csv': 'Ini berkas CSV (ekspor untuk spreadsheet).',
  'dashboard.import.kind.pandu-csv': 'Ini berkas CSV ekspor Pandu (untuk spreadsheet), bukan berkas JSON-nya.',
  'dashboard.import.kind.xlsx': 'Ini buku kerja Excel (XLSX).',
  'dashboard.import.kind.xls': 'Ini buku kerja Excel lama (XLS).',
  'dashboard.import.kind.ods': 'Ini lembar kerja LibreOffice (ODS).',
  'dashboard.import.kind.zip': 'Ini arsip ZIP. Keluarkan dulu berkas JSON di dalamnya, lalu impor berkas itu.',
  'dashboard.import.kind.gzip': 'Ini berkas terkompresi (GZIP). Ekstrak dulu berkas JSON di dalamnya, lalu impor berkas itu.',
  'dashboard.import.kind.pdf': 'Ini dokumen PDF.',
  'dashboard.import.kind.image': 'Ini berkas gambar.',
  'dashboard.import.kind.text': 'Ini berkas teks biasa, bukan JSON.',
  'dashboard.import.kind.utf16': 'Ini teks UTF-16 (misalnya “Teks Unicode” dari Excel), bukan JSON ekspor Pandu.',
  'dashboard.import.kind.binary': 'Ini bukan berkas teks.',
  'dashboard.import.problem.truncated':
    'Berkas JSON ini terpotong: berhenti di tengah data (baris {line}). Mungkin unduhan atau salinannya belum selesai; minta berkas yang utuh dari pengirimnya.',
  'dashboard.import.problem.damaged':
    'Berkas JSON ini rusak di baris {line}, kolom {column}: isinya bukan JSON yang benar (mungkin diubah dengan tangan). Minta ekspor baru dari pengirimnya.',
} as const;
