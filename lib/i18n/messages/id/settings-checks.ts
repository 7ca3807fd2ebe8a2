/**
 * Indonesian texts: a settings form's refusal, said at the field with the field's label in plain
 * words (components/settings-issues.ts), and the procedure settings' own additions (the lead's
 * forward-to groups, the work-log placeholders).
 */
export const settingsChecks = {
  'settings.check.summary': 'Belum disimpan: {count} isian perlu diperbaiki (ditandai di bawah).',
  'settings.check.row': '{label} (baris {row})',
  'settings.check.required': '{label}: wajib diisi.',
  'settings.check.min': '{label}: paling sedikit {min}.',
  'settings.check.max': '{label}: paling banyak {max}.',
  'settings.check.wholeNumber': '{label}: isi dengan bilangan bulat.',
  'settings.check.minChars': '{label}: paling sedikit {min} karakter.',
  'settings.check.maxChars': '{label}: paling banyak {max} karakter.',
  'settings.check.minItems': '{label}: paling sedikit {min} baris.',
  'settings.check.maxItems': '{label}: paling banyak {max} baris.',
  'settings.check.invalid': '{label}: isian ini tidak dapat dipakai.',
  'settings.check.placeholder': '{label}: {value} tidak dikenal. Pakai salah satu placeholder yang tersedia.',
  'settings.check.placeholderSuggest': '{label}: {value} tidak dikenal. Maksud Anda {suggestion}?',
  'settings.check.duplicateReason': '{label}: kode {value} sudah dipakai di baris lain.',
  'settings.check.duplicateGroup': '{label}: {value} sudah ada di daftar.',
  'settings.check.someField': 'Isian',
  'settings.procedure.templateField': 'Template work log {outcome}',
  'settings.procedure.placeholderList': 'Placeholder yang tersedia (klik untuk menyisipkan ke template yang terakhir dipilih: {target})',
  'settings.procedure.placeholderInsert': 'Sisipkan {placeholder} ke template {target}',
  'settings.procedure.forwardGroups': 'Grup tujuan penerusan (Owner Group NOSSA)',
  'settings.procedure.forwardGroupsHint':
    'Satu grup per baris, persis seperti di NOSSA. Agen memilih dari daftar ini saat pelanggan tidak setuju (1.2.6). Kosong: agen memakai daftar Owner Group yang dibaca dari NOSSA, atau mengetik sendiri bila belum ada daftar.',
} as const;
