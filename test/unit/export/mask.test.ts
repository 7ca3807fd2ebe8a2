import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDeep, maskPhones } from '@/lib/export';

describe('masking customer phone numbers', () => {
  it.each([
    ['081234567890', '0812*****890'],
    ['6281234567890', '6281******890'],
    ['+6281234567890', '+6281******890'],
    ['+62 812-3456-7890', '+62 81*-****-*890'],
    ['0812 3456 7890', '0812 **** *890'],
    ['0812.3456.7890', '0812.****.*890'],
    ['022-7654321', '022-7***321'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhones(phone)).toBe(masked);
  });

  it('masks numbers inside work-log sentences and keeps the words around them', () => {
    expect(maskPhones('Pelanggan dikonfirmasi di 081234567890 dan setuju.')).toBe('Pelanggan dikonfirmasi di 0812*****890 dan setuju.');
    expect(maskPhones('Hubungi (0812-3456-7890) atau 6285711112222.')).toBe('Hubungi (0812-****-*890) atau 6285******222.');
    expect(maskPhones('Nomor 081234567890 dicoba 10 kali')).toBe('Nomor 0812*****890 dicoba 10 kali');
  });

  it('leaves ticket ids, dates, times, user ids and amounts alone', () => {
    for (const text of [
      'IN110088251',
      'IN0812345678901',
      'INC0812345678',
      'Pending sampai 01-12-2026 10:00 WITA',
      'pukul 08.30, 2026-11-27T03:00:00.000Z',
      'User ID NOSSA 930101',
      'Rp 100.000.000',
      'jadwal 0812', // too short to be a phone number
    ]) {
      expect(maskPhones(text), text).toBe(text);
    }
  });

  it('masks every string inside answers and payloads without touching the original', () => {
    const payload = { ticket: { contactPhone: '6281234567890', customerName: 'Bapak Hendra' }, attempts: [{ note: 'sms ke 081298765432' }], number: 2, ok: true, none: null };
    const copy = structuredClone(payload);
    expect(maskDeep(payload)).toEqual({
      ticket: { contactPhone: '6281******890', customerName: 'Bapak Hendra' },
      attempts: [{ note: 'sms ke 0812*****432' }],
      number: 2,
      ok: true,
      none: null,
    });
    expect(payload).toEqual(copy);
  });

  it('copies only the parts that held a number: the rest is the same value, unchanged', () => {
    const payload = {
      ticket: { contactPhone: '6281234567890', customerName: 'Bapak Hendra' },
      area: { code: 'BDG' },
      steps: ['1.2.1'],
      attempts: [{ note: 'ok' }, { note: '081298765432' }],
    };
    const masked = maskDeep(payload);
    expect(masked).not.toBe(payload);
    expect(masked.ticket).not.toBe(payload.ticket);
    expect(masked.area).toBe(payload.area);
    expect(masked.steps).toBe(payload.steps);
    expect(masked.attempts[0]).toBe(payload.attempts[0]);
    expect(masked.attempts[1]).toEqual({ note: '0812*****432' });
    const clean = { ticket: { customerName: 'Bapak Hendra' }, ids: ['2b5a6c1e-0812-4345-8678-081234567890'], count: 3 };
    expect(maskDeep(clean)).toBe(clean);
  });

  it('masks exactly as the plain regex replacement does, for any text', () => {
    // The first version, kept as the definition: one regex replace, digits counted and masked by regex.
    const PHONE = /(?<![\w+])(?:\+?62[\s.-]?\d{3}|0\d{2,})(?:[\s.-]?\d{3,}){0,4}(?!\w)/g;
    const plain = (text: string) =>
      text.replace(PHONE, (match) => {
        const digits = match.replace(/\D/g, '').length;
        if (digits < 9) return match;
        let seen = 0;
        return match.replace(/\d/g, (digit) => (++seen <= 4 || seen > digits - 3 ? digit : '*'));
      });
    // Numbers as people write them (a prefix, digit groups, separators), glue around them, and noise.
    const group = fc.stringMatching(/^[0-9]{1,5}$/);
    const number = fc
      .tuple(fc.constantFrom('0', '08', '62', '+62', '6', '+'), fc.array(fc.tuple(fc.constantFrom('', ' ', '-', '.', '  ', '\u00a0'), group), { maxLength: 5 }))
      .map(([prefix, groups]) => prefix + groups.map(([sep, digits]) => sep + digits).join(''));
    const piece = fc.oneof(number, fc.constantFrom(' ', 'IN', 'a', 'z', 'Z', '7', '_', '+', '-', '.', '\u00a0', 'é', '\n'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(maskPhones(text)).toBe(plain(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
