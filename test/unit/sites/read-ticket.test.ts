// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectPage, factsInView, locateField, nossaProfile, readPageState, readTicket, siteProfileSchema, TicketFactsMemory, type SiteProfile } from '@/lib/sites';
import { SAMPLE, field, tabs, ticketPage } from './fixtures';

describe('NOSSA site adapter: reading a ticket', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads every snapshot field by label, whatever the generated ids are', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    expect(readTicket(document, nossaProfile)).toEqual({
      ticketId: 'IN110088251',
      summary: SAMPLE.Summary,
      status: 'INPROG',
      ownerGroup: 'TIF HD WITEL BANDUNG',
      customerName: 'SITI NURHALIZA',
      contactPhone: '6281234567890',
      serviceId: '131162123456',
    });
  });

  it('keeps HTML in ticket text as plain text', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    expect(readTicket(document, nossaProfile)?.summary).toContain('<img src=x onerror=alert(1)>');
  });

  it('takes the main-tab field, not the work-log or filter field with the same label', () => {
    document.body.innerHTML = ticketPage({ ...SAMPLE, Summary: 'Ringkasan utama', 'Owner Group': 'ACCESS BDG' });
    const ticket = readTicket(document, nossaProfile);
    expect(ticket?.summary).toBe('Ringkasan utama');
    expect(ticket?.ownerGroup).toBe('ACCESS BDG');
  });

  it('falls back to the title prefix when no label points at the field', () => {
    document.body.innerHTML = `<input type="text" title="Incident: IN120000001" value="IN120000001">`;
    expect(readTicket(document, nossaProfile)).toEqual({ ticketId: 'IN120000001' });
  });

  it('matches labels regardless of case, spacing and a trailing colon or asterisk', () => {
    document.body.innerHTML = ticketPage({ 'incident :': 'IN110088252', '  Customer   Name*': 'BUDI' });
    expect(readTicket(document, nossaProfile)).toMatchObject({ ticketId: 'IN110088252', customerName: 'BUDI' });
  });

  it('accepts the Indonesian label variants', () => {
    document.body.innerHTML = ticketPage({ Insiden: 'IN110088253', 'Nama Pelanggan': 'PUTU WIRAWAN' });
    expect(readTicket(document, nossaProfile)).toMatchObject({ ticketId: 'IN110088253', customerName: 'PUTU WIRAWAN' });
  });

  it('returns null without a valid ticket id, and leaves missing fields out', () => {
    document.body.innerHTML = ticketPage({ Incident: 'bukan tiket', Summary: 'x' });
    expect(readTicket(document, nossaProfile)).toBeNull();
    document.body.innerHTML = ticketPage({ Incident: 'IN110088254' }, { withWorklog: false });
    expect(readTicket(document, nossaProfile)).toEqual({ ticketId: 'IN110088254' });
  });

  it('finds the field again after its holder is re-rendered (stale nodes are never kept)', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    const spec = nossaProfile.fields.ownerGroup!;
    const before = locateField(document, spec)!.element;
    const holder = before.parentElement!;
    holder.outerHTML = holder.outerHTML.replaceAll('TIF HD WITEL BANDUNG', 'ACCESS SBY');
    expect(before.isConnected).toBe(false);
    expect(readTicket(document, nossaProfile)?.ownerGroup).toBe('ACCESS SBY');
  });

  it('survives an admin profile with a broken CSS selector or pattern', () => {
    const broken: SiteProfile = siteProfileSchema.parse({
      ...nossaProfile,
      pages: { ...nossaProfile.pages, list: [{ by: 'css', selector: '[[[' }], ticket: [{ by: 'field', field: 'ticketId', pattern: '(' }] },
      fields: { ...nossaProfile.fields, summary: { kind: 'text', locators: [{ by: 'css', selector: ':::' }] } },
    });
    document.body.innerHTML = ticketPage(SAMPLE);
    expect(detectPage(document, broken)).toBe('other');
    expect(readTicket(document, broken)?.summary).toBeUndefined();
  });
});

describe('NOSSA site adapter: which page is this', () => {
  it('tells the ticket view, the list and the login page apart', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    expect(detectPage(document, nossaProfile)).toBe('ticket');
    document.body.innerHTML = `<table><tr><td><input type="text" title="Incident filter"></td></tr></table>`;
    expect(detectPage(document, nossaProfile)).toBe('list');
    document.body.innerHTML = `<form><input name="username"><input type="password" name="password"></form>`;
    expect(detectPage(document, nossaProfile)).toBe('login');
    document.body.innerHTML = `<p>Halaman lain</p>`;
    expect(detectPage(document, nossaProfile)).toBe('other');
  });

  it('reports the page state with the ticket only on a ticket view', () => {
    document.body.innerHTML = `<input type="password">`;
    expect(readPageState(document, nossaProfile)).toEqual({ kind: 'login', ticket: null, user: null });
  });
});

describe('NOSSA site adapter: the ticket on every tab', () => {
  const logTab = (ticketId: string) => `${tabs('Log')}<table>${field('Incident', ticketId)}${field('Summary', 'Baris log kerja')}</table>`;

  it('reads the facts only while the Incident tab is in view; elsewhere only the id', () => {
    document.body.innerHTML = tabs('Incident') + ticketPage(SAMPLE, { withWorklog: false });
    expect(readTicket(document, nossaProfile)).toMatchObject({ status: 'INPROG', contactPhone: '6281234567890' });
    document.body.innerHTML = logTab('IN110088251');
    // The Log tab's "Summary" may be the work log's: not the ticket's summary.
    expect(readTicket(document, nossaProfile)).toEqual({ ticketId: 'IN110088251' });
    expect(factsInView(document, nossaProfile)).toBe(false);
  });

  it('keeps the facts read on the Incident tab per ticket, with the time they were read', () => {
    const memory = new TicketFactsMemory(() => '2026-12-06T03:30:00.000Z');
    document.body.innerHTML = tabs('Incident') + ticketPage(SAMPLE, { withWorklog: false });
    expect(readPageState(document, nossaProfile, memory).ticket?.factsReadAt).toBeUndefined();
    document.body.innerHTML = logTab('IN110088251');
    expect(readPageState(document, nossaProfile, memory).ticket).toMatchObject({
      ticketId: 'IN110088251',
      contactPhone: '6281234567890',
      customerName: 'SITI NURHALIZA',
      factsReadAt: '2026-12-06T03:30:00.000Z',
    });
    // Another ticket on the Log tab gets nothing of the first one's facts.
    document.body.innerHTML = logTab('IN110088252');
    expect(readPageState(document, nossaProfile, memory).ticket).toEqual({ ticketId: 'IN110088252' });
  });
});
