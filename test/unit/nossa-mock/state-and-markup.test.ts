import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER_GROUPS, PENDING_REASONS, STATUS_TRANSITIONS, XSS_TICKET_ID } from '../../nossa-mock/seed.mjs';
import { APP_PATH, MockPage, fieldTag, sectionOf, startQuietMock, tags, ticketPath, type Mock } from './page-client';

let mock: Mock;
beforeEach(async () => {
  mock = await startQuietMock();
});
afterEach(async () => {
  await mock.close();
});

describe('seed and /__state', () => {
  it('serves the seeded tickets over HTTP, like state()', async () => {
    const state = await (await fetch(`${mock.origin}/__state`)).json();
    expect(state).toEqual(JSON.parse(JSON.stringify(mock.state())));
    expect(state.loggedIn).toBe(true);
    expect(state.user).toEqual({ id: '930101', name: 'DEWI LESTARI' });
    const tickets = Object.values(mock.state().tickets);
    expect(tickets.length).toBeGreaterThanOrEqual(7);
    for (const t of tickets) {
      expect(t.fields.TICKETID).toMatch(/^IN\d{9}$/);
      expect(t.fields.CONTACTPHONE).toMatch(/^62\d{8,13}$/);
      expect(OWNER_GROUPS).toContain(t.fields.OWNERGROUP);
    }
    const statuses = new Set(tickets.map((t) => t.fields.STATUS));
    for (const s of ['QUEUED', 'ANALYSIS', 'INPROG', 'BACKEND', 'PENDING', 'RESOLVED', 'CLOSED']) expect(statuses).toContain(s);
    expect(new Set(tickets.map((t) => t.fields.SERVICETYPE))).toEqual(new Set(['INTERNET', 'VOICE', 'IPTV']));
    expect(new Set(tickets.map((t) => t.fields.WITEL)).size).toBeGreaterThanOrEqual(7);
    expect(mock.state().tickets[XSS_TICKET_ID]!.fields.DESCRIPTION).toBe('Internet mati total <img src=x onerror=alert(1)>');
    expect(mock.state().tickets[XSS_TICKET_ID]!.fields.STATUS).toBe('INPROG');
    expect(state.saves).toEqual([]);
  });

  it('exports the pending reasons and a transition table that allows PENDING from work statuses', () => {
    expect(PENDING_REASONS.map((r) => r.value)).toEqual([
      'PLG-RESCHEDULE',
      'PLG-TDK-DILOKASI',
      'PLG-TDK-DPT-DIHUBUNGI',
      'LOKASI-TUTUP',
      'MENUNGGU-MATERIAL',
      'MENUNGGU-IZIN',
      'FORCE-MAJEURE',
      'GANGGUAN-MASSAL',
    ]);
    expect(PENDING_REASONS[0]?.description).toBe('Pelanggan minta jadwal ulang kunjungan');
    for (const s of ['QUEUED', 'ANALYSIS', 'INPROG', 'BACKEND']) expect(STATUS_TRANSITIONS[s]).toContain('PENDING');
    expect(STATUS_TRANSITIONS.CLOSED).not.toContain('PENDING');
  });

  it('shows dates in the configured format and keeps canonical values in fieldsIso', async () => {
    const pending = Object.values(mock.state().tickets).find((t) => t.fields.STATUS === 'PENDING')!;
    expect(pending.fields.PENDINGUNTIL).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    expect(pending.fieldsIso.PENDINGUNTIL).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    mock.control({ dateFormat: 'yyyy/MM/dd HH:mm' });
    const again = mock.state().tickets[pending.fields.TICKETID!]!;
    expect(again.fields.PENDINGUNTIL).toBe(pending.fieldsIso.PENDINGUNTIL!.replace(/-/g, '/').replace('T', ' '));
  });

  it('POST /__control applies a patch and rejects unknown keys', async () => {
    const ok = await fetch(`${mock.origin}/__control`, {
      method: 'POST',
      body: JSON.stringify({ patchTicket: { ticketId: 'IN110088258', fields: { CONTACTNAME: 'Dari Tes', PENDINGUNTIL: '02-01-2027 08:30' } } }),
    });
    expect(ok.status).toBe(200);
    expect(mock.state().tickets.IN110088258!.fields.CONTACTNAME).toBe('Dari Tes');
    expect(mock.state().tickets.IN110088258!.fieldsIso.PENDINGUNTIL).toBe('2027-01-02T08:30');
    const bad = await fetch(`${mock.origin}/__control`, { method: 'POST', body: JSON.stringify({ expireSesion: true }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('expireSesion');
    await fetch(`${mock.origin}/__control`, { method: 'POST', body: JSON.stringify({ reset: true }) });
    expect(mock.state().tickets.IN110088258!.fields.CONTACTNAME).toBe('Andi Pratama');
  });
});

describe('markup', () => {
  it('escapes the hostile summary everywhere, as Maximo does', async () => {
    const page = await MockPage.open(mock, ticketPath(XSS_TICKET_ID));
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).toContain('Internet mati total &lt;img src=x onerror=alert(1)&gt;');
    expect(fieldTag(page.html, 'Summary')?.attrs.value).toBe('Internet mati total <img src=x onerror=alert(1)>');
    const list = await MockPage.open(mock, APP_PATH);
    expect(list.html).not.toContain('<img src=x');
  });

  it('renders a field as label (outside) + holder + input with the Maximo attributes', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    const og = fieldTag(page.html, 'Owner Group')!;
    expect(og.attrs).toMatchObject({ type: 'text', ctype: 'textbox', value: 'ACCESS BDG', ov: 'ACCESS BDG', work: '1', title: 'Owner Group: ACCESS BDG', 'aria-required': 'true' });
    expect(og.attrs.id).toMatch(/^mx\d+$/);
    expect(og.attrs.class?.split(' ')).toEqual(expect.arrayContaining(['fld', 'text', 'fld_req']));
    expect(JSON.parse(og.attrs.fldinfo!)).toMatchObject({ required: true });
    const label = tags(page.html).find((t) => t.name === 'label' && t.attrs.for === og.attrs.id);
    expect(label?.attrs).toMatchObject({ ctype: 'label', title: 'Owner Group' });
    // The label is not inside the holder.
    const holder = page.html.indexOf(`id="${og.attrs.id}_holder"`);
    const labelAt = page.html.indexOf(`for="${og.attrs.id}"`);
    expect(holder).toBeGreaterThan(0);
    expect(labelAt).toBeLessThan(holder);
    const ticket = fieldTag(page.html, 'Incident')!;
    expect(ticket.attrs.readonly).toBe('');
    expect(ticket.attrs.class).toContain('fld_ro');
    const status = fieldTag(page.html, 'Status')!;
    expect(status.attrs.readonly).toBe('');
  });

  it('renders value lists as read-only comboboxes and dates with df="1" and an empty value', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088255'));
    const reason = fieldTag(page.html, 'Pending Reason')!;
    expect(reason.attrs).toMatchObject({ role: 'combobox', readonly: '', value: 'PLG-RESCHEDULE' });
    expect(reason.attrs.class).toContain('cbt');
    const until = fieldTag(page.html, 'Pending Until')!;
    expect(until.attrs).toMatchObject({ df: '1', value: '' });
    expect(until.attrs.datevalue).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(until.attrs.title).toMatch(/^Pending Until: \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    expect(page.html).not.toContain('<select');
  });

  it('groups fields in titled sections and shows the signed-in user', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    for (const s of ['Incident Details', 'Customer', 'Service', 'Pending', 'Dates/TTR']) expect(sectionOf(page.html, s)).not.toBe('');
    expect(fieldTag(sectionOf(page.html, 'Pending'), 'Pending Reason')).toBeDefined();
    expect(fieldTag(sectionOf(page.html, 'Customer'), 'Pending Reason')).toBeUndefined();
    expect(page.html).toContain('<span id="titlebar_welcome" class="welcome">Welcome, <span class="username">DEWI LESTARI</span></span>');
    expect(page.html).toContain('<span id="titlebar_userid" class="userid" title="User ID">930101</span>');
    expect(page.html).toMatch(/<a id="toolactions_SAVE-tbb_anchor"[^>]*eventtype="SAVE"[^>]*class="tbb off"[^>]*aria-disabled="true"/);
    for (const id of ['titlebar_error', 'menuholder', 'dialogholder', 'wait', 'hiddenform', 'changedcomponentid', 'changedcomponentvalue']) {
      expect(page.html).toContain(`id="${id}"`);
    }
    expect(page.html).not.toMatch(/\son[a-z]+=/i); // no inline handlers
    expect(page.html).not.toMatch(/(src|href|action)="https?:/); // path-absolute URLs only
  });

  it('lists tickets with "<Label> filter" inputs at the app URL', async () => {
    const page = await MockPage.open(mock, APP_PATH);
    const titles = tags(page.html)
      .filter((t) => t.name === 'input' && t.attrs.title?.endsWith(' filter'))
      .map((t) => t.attrs.title);
    expect(titles).toEqual(['Incident filter', 'Summary filter', 'Status filter', 'Owner Group filter', 'Witel filter']);
    expect(tags(page.html).filter((t) => t.attrs.ctype === 'tablerow')).toHaveLength(Object.keys(mock.state().tickets).length);
  });
});

describe('ids', () => {
  it('differ between two loads, and a re-rendered holder keeps its id', async () => {
    const a = await MockPage.open(mock, ticketPath('IN110088258'));
    const b = await MockPage.open(mock, ticketPath('IN110088258'));
    const idA = a.fieldId('Owner Group');
    expect(idA).not.toBe(b.fieldId('Owner Group'));
    const allA = new Set(
      tags(a.html)
        .map((t) => t.attrs.id)
        .filter((id) => id?.startsWith('mx')),
    );
    const allB = tags(b.html)
      .map((t) => t.attrs.id)
      .filter((id) => id?.startsWith('mx'));
    expect(allB.filter((id) => allA.has(id)).length).toBeLessThan(allB.length / 4);
    const answer = await a.setvalue(idA, 'ASSURANCE SBY');
    expect(answer.replace?.find((r) => r.id === `${idA}_holder`)?.html).toContain(`id="${idA}"`);
  });

  it('rejects an id from another load (stale component)', async () => {
    const a = await MockPage.open(mock, ticketPath('IN110088258'));
    const b = await MockPage.open(mock, ticketPath('IN110088258'));
    const answer = await b.setvalue(a.fieldId('Contact Name'), 'Siapa');
    expect(answer.message?.code).toBe('BMXAA6713E');
    expect(mock.state().uiSessions[b.uisessionid]?.pending).toEqual({});
  });
});

describe('hideFields', () => {
  it('leaves hidden fields out entirely (no label, no input)', async () => {
    mock.control({ hideFields: ['PENDINGREASON', 'WORKLOG.DETAILS'] });
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    expect(fieldTag(page.html, 'Pending Reason')).toBeUndefined();
    expect(page.html).not.toContain('>Pending Reason<');
    expect(fieldTag(page.html, 'Pending Until')).toBeDefined();
    await page.click(page.byTitle('Log'));
    const opened = await page.click(page.byTitle('New Row'));
    const html = opened.replace?.map((r) => r.html).join('') ?? '';
    expect(fieldTag(html, 'Summary')).toBeDefined();
    expect(html).not.toContain('title="Details"');
  });
});
