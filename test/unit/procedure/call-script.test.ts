import { describe, expect, it } from 'vitest';
import { customerScript } from '@/lib/procedure/call-script';
import { defaultSettings, type TicketSnapshot } from '@/lib/schema';
import { REQUEST, hoursFromNow, run, toCall } from './helpers';

const agent = { name: 'Dewi Lestari', nossaUserId: '930101', area: 'BDG' as const, teamLead: 'Rina' };
const config = defaultSettings().procedure;
const ticket: TicketSnapshot = { ticketId: 'IN110088251', customerName: 'SITI NURHALIZA', contactPhone: '6281234567890', serviceId: '131234567890' };
/** 10:00 in the test's zone: a morning call. */
const morning = new Date(2026, 10, 26, 10, 0);
const atExplain = (request = REQUEST) => run([{ type: 'submitRequest', request }, ...toCall.slice(1), { type: 'logAttempt', result: 'connected' }]).state;

describe('the customer script (1.2.3): what the agent reads to the customer', () => {
  it('says who calls, about which ticket, the reason’s agreed words and the time asked for', () => {
    const until = hoursFromNow(24);
    const script = customerScript(atExplain(), ticket, agent, config, until, morning);
    expect(script).toMatch(/^Selamat pagi, Bapak\/Ibu SITI NURHALIZA\. Saya Dewi Lestari dari Telkom Indonesia/);
    expect(script).toContain('layanan 131234567890 dengan nomor tiket IN110088251');
    expect(script).toContain('Tim teknisi kami menyampaikan: Pelanggan minta jadwal ulang kunjungan.');
    expect(script).toMatch(/kami tunda \(pending\) sampai \d\d-\d\d-\d{4} \d\d:\d\d \S+\. Apakah Bapak\/Ibu SITI NURHALIZA bersedia\?$/);
  });

  it('never reads the requester’s internal note aloud, nor the requester’s name or group code', () => {
    const request = { ...REQUEST, note: 'Teknisi INTERNAL: pelanggan susah, ODP penuh, jangan bilang ke pelanggan' };
    const script = customerScript(atExplain(request), ticket, agent, config, hoursFromNow(5), morning);
    expect(script).not.toContain('INTERNAL');
    expect(script).not.toContain('ODP penuh');
    expect(script).not.toContain(REQUEST.note);
    expect(script).not.toContain(REQUEST.requesterName);
    expect(script).not.toContain(REQUEST.requesterGroup);
    // The note changes nothing the customer hears.
    expect(script).toBe(customerScript(atExplain({ ...REQUEST, note: '' }), ticket, agent, config, hoursFromNow(5), morning));
  });

  it('a reason no longer in the catalogue is not read out as its internal code', () => {
    const script = customerScript(atExplain({ ...REQUEST, reasonCode: 'KODE-LAMA-X' }), ticket, agent, config, null, morning);
    expect(script).not.toContain('KODE-LAMA-X');
    expect(script).toContain('Tim teknisi kami menyampaikan bahwa penanganannya perlu ditunda sementara.');
    expect(script).toContain('kami tunda (pending). Apakah');
  });

  it('without a customer name or service id: addresses “Bapak/Ibu” and leaves the service out', () => {
    const script = customerScript(atExplain(), { ticketId: 'IN110088251' }, agent, config, null, morning);
    expect(script).toMatch(/^Selamat pagi, Bapak\/Ibu\. /);
    expect(script).toContain('terkait laporan gangguan dengan nomor tiket IN110088251');
    expect(script).not.toContain('undefined');
  });

  it('greets by the agent’s hour of day', () => {
    const at = (hour: number) => customerScript(atExplain(), ticket, agent, config, null, new Date(2026, 10, 26, hour, 30)).split(',')[0];
    expect([5, 10, 11, 14, 15, 17, 18, 23].map(at)).toEqual([
      'Selamat pagi',
      'Selamat pagi',
      'Selamat siang',
      'Selamat siang',
      'Selamat sore',
      'Selamat sore',
      'Selamat malam',
      'Selamat malam',
    ]);
  });
});
