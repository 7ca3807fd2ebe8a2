import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, describeEvent } from '@/lib/events';
import { allCatalogues, translator } from '@/lib/i18n';
import type { PanduEvent } from '@/lib/schema';
import fixture from './fixtures/events-v1.json';

/**
 * One description per kind, in both languages, times in the agent's zone with its name. The
 * events are the stored fixture's (fixtures/events-v1.json): what agents' browsers hold today.
 */
const all = [...fixture.today, ...fixture.older.map((o) => o.event)] as unknown as PanduEvent[];
const byId = (suffix: string) => all.find((e) => e.id.endsWith(suffix))!;

/** [event id suffix, Indonesian title | detail, English title | detail], in the agent's zone (WIB). */
const EXPECTED: Array<[string, string, string]> = [
  ['0000002', 'Alur dimulai | Bapak Hendra · 081234567890 · QUEUED · Internet mati sejak pagi', 'Flow started | Bapak Hendra · 081234567890 · QUEUED · Internet mati sejak pagi'],
  [
    '0000003',
    'Request pending diterima | Asep Saepudin (TIF HD WITEL BANDUNG) · PLG-RESCHEDULE · diminta sampai 27-11-2026 04:00 WIB · Teknisi minta jadwal ulang',
    'Pending request received | Asep Saepudin (TIF HD WITEL BANDUNG) · PLG-RESCHEDULE · asked until 27-11-2026 04:00 WIB · Teknisi minta jadwal ulang',
  ],
  ['0000004', 'Tiket dicek ulang | Semua poin cek ulang dikonfirmasi', 'Ticket re-checked | Every re-check point confirmed'],
  ['0000005', 'Panggilan ke pelanggan | #1 · Tidak diangkat · sms terkirim ke 081234567890', 'Call to the customer | #1 · No answer · sms terkirim ke 081234567890'],
  ['0000007', 'Kembali ke langkah sebelumnya | dari langkah 1.2.3', 'Back to the previous step | from step 1.2.3'],
  ['0000009', 'Pelanggan setuju | pending disetujui sampai 27-11-2026 08:00 WIB', 'Customer approved | pending agreed until 27-11-2026 08:00 WIB'],
  ['000000a', 'Mulai mengisi NOSSA | 3 langkah, penanda [Pandu 00000B]', 'NOSSA fill started | 3 steps, marker [Pandu 00000B]'],
  ['000000e', 'Mulai mengisi NOSSA | 3 langkah lalu OK/Save, penanda [Pandu 00000C]', 'NOSSA fill started | 3 steps then OK/Save, marker [Pandu 00000C]'],
  [
    '000000b',
    'Satu field diisi | pendingReason: menu-item-missing · BMXAA4211E - nilai tidak ada di daftar',
    'One field filled | pendingReason: menu-item-missing · BMXAA4211E - nilai tidak ada di daftar',
  ],
  ['0000011', 'Satu field diisi | pendingReason: sudah ada di NOSSA', 'One field filled | pendingReason: already in NOSSA'],
  ['000000c', 'Pengisian otomatis | Gagal: pendingReason: menu-item-missing', 'Automatic fill | Failed: pendingReason: menu-item-missing'],
  ['0000012', 'Pengisian otomatis | 1 langkah, OK/Save ditekan; belum dibaca ulang', 'Automatic fill | 1 steps, OK/Save pressed; not read back yet'],
  ['000000d', 'Tiket dimuat ulang | dimuat ulang untuk mengisi lagi di halaman yang bersih', 'Ticket reloaded | reloaded to fill again on a clean page'],
  ['0000014', 'Tiket dimuat ulang | dimuat ulang untuk membaca apa yang tersimpan di NOSSA', 'Ticket reloaded | reloaded to read what NOSSA saved'],
  ['000000f', 'Pengisian sebelumnya terhenti | ', 'Earlier fill interrupted | '],
  [
    '0000013',
    'Pemeriksaan isi NOSSA | tidak ada tanda belum tersimpan; tiket dimuat ulang untuk dibaca',
    'NOSSA values checked | no unsaved sign; ticket reloaded to be read back',
  ],
  ['0000015', 'Pemeriksaan isi NOSSA | tersimpan di NOSSA, 1 nilai dibaca ulang', 'NOSSA values checked | saved in NOSSA, 1 values read back'],
  [
    '0000016',
    'Pembaruan NOSSA selesai | terbukti tersimpan (dibaca ulang) · Pelanggan setuju pending sampai 27-11-2026 09:00 WIB',
    'NOSSA updated | proven saved (read back) · Pelanggan setuju pending sampai 27-11-2026 09:00 WIB',
  ],
  [
    '000001e',
    'Pembaruan NOSSA selesai | ditandai diisi manual oleh agen · Pelanggan tidak dapat dihubungi, pending sampai 28-11-2026',
    'NOSSA updated | marked as filled by hand by the agent · Pelanggan tidak dapat dihubungi, pending sampai 28-11-2026',
  ],
  ['000001d', 'Pelanggan tidak terhubung | pending sampai 28-11-2026 08:00 WIB, 2 panggilan gagal', 'Customer unreachable | pending until 28-11-2026 08:00 WIB, 2 failed calls'],
  [
    '0000024',
    'Pelanggan tidak setuju | Pelanggan ingin segera diperbaiki · diteruskan ke TIF HD WITEL MAKASSAR',
    'Customer declined | Pelanggan ingin segera diperbaiki · forwarded to TIF HD WITEL MAKASSAR',
  ],
  ['0000025', 'Alur dibatalkan | Tiket ditangani tim lain · pada langkah 1.2.4-1.2.6', 'Flow cancelled | Tiket ditangani tim lain · at step 1.2.4-1.2.6'],
  ['0000026', 'Pengingat tindak lanjut ditampilkan | pending sampai 27-11-2026 08:00 WIB', 'Follow-up reminder shown | pending until 27-11-2026 08:00 WIB'],
  ['0000027', 'Tiket tindak lanjut dibuka | pending sampai 27-11-2026 08:00 WIB', 'Follow-up ticket opened | pending until 27-11-2026 08:00 WIB'],
  ['0000028', 'Tindak lanjut selesai | pending sampai 27-11-2026 08:00 WIB', 'Follow-up handled | pending until 27-11-2026 08:00 WIB'],
  ['000002a', 'Langkah persiapan dicentang | langkah 1.1.1, shift pagi 26-11-2026', 'Preparation step ticked | step 1.1.1, pagi shift 26-11-2026'],
  [
    '000002e',
    'Langkah persiapan dicentang | langkah 1.1.3, shift pagi 26-11-2026 · terdeteksi di NOSSA (user 930101)',
    'Preparation step ticked | step 1.1.3, pagi shift 26-11-2026 · detected on NOSSA (user 930101)',
  ],
  ['000002c', 'Centang langkah persiapan dibatalkan | langkah 1.1.2, shift pagi 26-11-2026', 'Preparation step unticked | step 1.1.2, pagi shift 26-11-2026'],
  ['0000031', 'Siap melayani pelanggan | langkah 1.1.6, shift pagi 26-11-2026', 'Ready to serve customers | step 1.1.6, pagi shift 26-11-2026'],
  [
    '0000032',
    'Data lama dihapus | 0 sesi, 0 peristiwa, 0 checklist, 0 impor; lebih lama dari 365 hari (sebelum 14-06-2026 08:00 WIB) · oleh team lead',
    'Old data deleted | 0 sessions, 0 events, 0 checklists, 0 imports; older than 365 days (before 14-06-2026 08:00 WIB) · by the team lead',
  ],
];

const text = (event: PanduEvent, language: 'id' | 'en', zone = 'Asia/Jakarta') => {
  const { title, detail } = describeEvent(event, translator(language), zone);
  return `${title} | ${detail}`;
};

describe('describing events', () => {
  it('has a title for every kind, in both languages', () => {
    for (const kind of EVENT_KINDS) {
      expect(allCatalogues.id[`event.${kind}`], kind).toBeTruthy();
      expect(allCatalogues.en[`event.${kind}`], kind).toBeTruthy();
    }
  });

  it('describes one event or more of every kind, in Indonesian and in English', () => {
    expect(new Set(EXPECTED.map(([id]) => byId(id).type))).toEqual(new Set(EVENT_KINDS));
    for (const [id, indonesian, english] of EXPECTED) {
      expect(text(byId(id), 'id'), id).toBe(indonesian);
      expect(text(byId(id), 'en'), id).toBe(english);
    }
  });

  it('describes the older shapes as their meaning was then: a reload without purpose reads back, a verify without phase is the read-back', () => {
    const [reload, result, verify, approved, declined] = fixture.older.map((o) => o.event) as unknown as PanduEvent[];
    expect(text(reload!, 'id')).toBe('Tiket dimuat ulang | dimuat ulang untuk membaca apa yang tersimpan di NOSSA');
    expect(text(result!, 'en')).toBe('Automatic fill | 1 steps, OK/Save pressed; not read back yet');
    expect(text(verify!, 'en')).toBe('NOSSA values checked | saved in NOSSA, 1 values read back');
    expect(text(approved!, 'id')).toBe('Pelanggan setuju | pending disetujui sampai 27-11-2026 08:00 WIB');
    expect(text(declined!, 'en')).toBe('Customer declined | Pelanggan ingin segera diperbaiki · forwarded to TIF HD WITEL MAKASSAR');
  });

  it("gives times in the agent's zone, named as agents name it", () => {
    const approved = byId('0000009');
    expect(text(approved, 'id', 'Asia/Jakarta')).toContain('27-11-2026 08:00 WIB');
    expect(text(approved, 'id', 'Asia/Makassar')).toContain('27-11-2026 09:00 WITA');
    expect(text(approved, 'en', 'Asia/Jayapura')).toContain('27-11-2026 10:00 WIT');
  });

  it('says which re-check points were not confirmed, should a stored event hold one', () => {
    const rechecked = byId('0000004') as Extract<PanduEvent, { type: 'recheck.confirmed' }>;
    const partial = { ...rechecked, payload: { ...rechecked.payload, checks: { ...rechecked.payload.checks, notPending: false } } };
    expect(text(partial, 'en')).toBe('Ticket re-checked | not confirmed: notPending');
  });

  it('shows a kind this Pandu does not know (a newer one wrote it) by its code and its payload', () => {
    const newer = { ...byId('0000007'), type: 'followup.snoozed', payload: { minutes: 15, by: 'agent' } } as unknown as PanduEvent;
    expect(describeEvent(newer, translator('id'))).toEqual({ title: 'followup.snoozed', detail: 'minutes: 15; by: agent' });
  });
});
