import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockPage, fieldTag, startQuietMock, ticketPath, type Mock } from './page-client';

let mock: Mock;
let page: MockPage;
const ID = 'IN110088258';

beforeEach(async () => {
  mock = await startQuietMock();
  page = await MockPage.open(mock, ticketPath(ID));
});
afterEach(async () => {
  await mock.close();
});

const pending = () => mock.state().uiSessions[page.uisessionid]?.pending;

describe('setvalue', () => {
  it("is accepted straight from HTTP (the focus rules are the page script's) but only held in the ui session", async () => {
    const answer = await page.setvalue(page.fieldId('Contact Name'), 'Budi Hartono');
    expect(answer.status).toBe('ok');
    expect(answer.message).toBeUndefined();
    expect(answer.dirty).toBe(true);
    expect(pending()).toEqual({ CONTACTNAME: 'Budi Hartono' });
    expect(mock.state().tickets[ID]!.fields.CONTACTNAME).toBe('Andi Pratama');
    expect(mock.state().saves).toEqual([]);
    // The answer re-renders the holder with the new value and enables Save.
    const holder = answer.replace?.find((r) => r.id.endsWith('_holder'));
    expect(fieldTag(holder?.html ?? '', 'Contact Name')?.attrs).toMatchObject({ value: 'Budi Hartono', ov: 'Andi Pratama' });
    expect(answer.replace?.some((r) => /eventtype="SAVE" href="#" class="tbb"/.test(r.html))).toBe(true);
  });

  it('changing Owner Group clears the Owner and re-renders it too', async () => {
    const og = page.fieldId('Owner Group');
    const owner = page.fieldId('Owner');
    const answer = await page.setvalue(og, 'assurance sby');
    expect(answer.replace?.map((r) => r.id)).toEqual(expect.arrayContaining([`${og}_holder`, `${owner}_holder`]));
    expect(fieldTag(answer.replace!.find((r) => r.id === `${owner}_holder`)!.html, 'Owner')?.attrs.value).toBe('');
    expect(pending()).toEqual({ OWNERGROUP: 'ASSURANCE SBY', OWNER: '' });
  });
});

describe('validation', () => {
  it('rejects an unknown Owner Group with BMXAA4191E and re-renders the old value', async () => {
    const og = page.fieldId('Owner Group');
    const answer = await page.setvalue(og, 'GRUP KARANGAN');
    expect(answer.message).toMatchObject({ type: 'error', code: 'BMXAA4191E' });
    expect(answer.message?.text).toMatch(/^BMXAA4191E - .*GRUP KARANGAN.*Owner Group/);
    expect(fieldTag(answer.replace!.find((r) => r.id === `${og}_holder`)!.html, 'Owner Group')?.attrs.value).toBe('ACCESS BDG');
    expect(pending()).toEqual({});
    expect(mock.state().requests.at(-1)).toMatchObject({ result: 'error', events: [{ type: 'setvalue', key: 'field:OWNERGROUP' }] });
  });

  it('accepts only value-list values in the domain', async () => {
    const reason = page.fieldId('Pending Reason');
    expect((await page.setvalue(reason, 'ALASAN-LAIN')).message?.code).toBe('BMXAA4191E');
    expect((await page.setvalue(reason, 'menunggu-izin')).message).toBeUndefined();
    expect(pending()).toEqual({ PENDINGREASON: 'MENUNGGU-IZIN' });
  });

  it('checks dates against the date format, normalizes them, and follows a format change', async () => {
    const until = page.fieldId('Pending Until');
    const iso = await page.setvalue(until, '2026-12-01 10:00');
    expect(iso.message).toMatchObject({ code: 'BMXAA4144E' });
    expect(iso.message?.text).toContain('dd-MM-yyyy HH:mm');
    expect((await page.setvalue(until, '31-02-2026 10:00')).message?.code).toBe('BMXAA4144E');
    const ok = await page.setvalue(until, '1-12-2026 9:05');
    expect(ok.message).toBeUndefined();
    expect(fieldTag(ok.replace![0]!.html, 'Pending Until')?.attrs).toMatchObject({ title: 'Pending Until: 01-12-2026 09:05', datevalue: '2026-12-01T09:05' });
    mock.control({ dateFormat: 'MM/dd/yyyy hh:mm a' });
    expect((await page.setvalue(until, '01-12-2026 10:00')).message?.code).toBe('BMXAA4144E');
    expect((await page.setvalue(until, '12/02/2026 03:30 PM')).message).toBeUndefined();
    expect(mock.state().uiSessions[page.uisessionid]?.pending.PENDINGUNTIL).toBe('12/02/2026 03:30 PM');
  });

  it('refuses read-only fields', async () => {
    const answer = await page.setvalue(page.fieldId('Status'), 'CLOSED');
    expect(answer.message?.code).toBe('BMXAA4080E');
    expect(pending()).toEqual({});
  });

  it('stops at the first error: a rejected value also cancels the Save after it', async () => {
    await page.setvalue(page.fieldId('Contact Name'), 'Budi Hartono');
    const answer = await page.send([
      { type: 'setvalue', targetId: page.fieldId('Reported Priority'), value: '9' },
      { type: 'click', targetId: page.toolbar('SAVE') },
    ]);
    expect(answer.message?.code).toBe('BMXAA4191E');
    expect(mock.state().saves).toEqual([]);
    expect(mock.state().tickets[ID]!.fields.CONTACTNAME).toBe('Andi Pratama');
  });

  it('refuses a request with the wrong token', async () => {
    const answer = await page.send([{ type: 'setvalue', targetId: page.fieldId('Contact Name'), value: 'X' }], { csrftoken: 'forged' });
    expect(answer.message?.code).toBe('BMXAA8296E');
    expect(pending()).toEqual({});
  });
});

describe('save', () => {
  it('answers "nothing to save" as an info message (not a save) when nothing changed', async () => {
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toEqual({ type: 'info', code: 'BMXAA4209I', text: 'BMXAA4209I - There are no changes to save.' });
    expect(answer.replace?.some((r) => r.html.includes('role="tablist"'))).toBeFalsy(); // nothing re-rendered as after a save
    expect(mock.state().saves).toEqual([]);
  });

  it("commits the ui session's values, records a saves entry and re-renders the page", async () => {
    await page.setvalue(page.fieldId('Contact Phone'), '6281111222333');
    await page.setvalue(page.fieldId('Pending Reason'), 'PLG-TDK-DILOKASI');
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toEqual({ type: 'info', code: 'BMXAA4205I', text: 'BMXAA4205I - Record has been saved.' });
    expect(answer.dirty).toBe(false);
    const t = mock.state().tickets[ID]!;
    expect(t.fields.CONTACTPHONE).toBe('6281111222333');
    expect(t.fields.PENDINGREASON).toBe('PLG-TDK-DILOKASI');
    expect(mock.state().saves).toEqual([
      expect.objectContaining({
        ticketId: ID,
        uisessionid: page.uisessionid,
        changed: ['CONTACTPHONE', 'PENDINGREASON'],
        values: { CONTACTPHONE: '6281111222333', PENDINGREASON: 'PLG-TDK-DILOKASI' },
      }),
    ]);
    expect(pending()).toEqual({});
    // Save re-renders the content (every field node is new) and turns Save off again.
    expect(answer.replace?.some((r) => r.html.includes('Pending Reason: PLG-TDK-DILOKASI'))).toBe(true);
    expect(answer.replace?.some((r) => /eventtype="SAVE" href="#" class="tbb off"/.test(r.html))).toBe(true);
    expect((await page.click(page.toolbar('SAVE'))).message?.code).toBe('BMXAA4209I');
  });

  it('requires the required fields', async () => {
    await page.setvalue(page.fieldId('Owner Group'), '');
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toMatchObject({ code: 'BMXAA4195E' });
    expect(answer.message?.text).toContain('Owner Group');
    expect(mock.state().saves).toEqual([]);
  });

  it('treats a closed ticket as read-only', async () => {
    const closed = await MockPage.open(mock, ticketPath('IN110088257'));
    expect(fieldTag(closed.html, 'Contact Name')?.attrs.readonly).toBe('');
    const answer = await closed.setvalue(closed.fieldId('Contact Name'), 'X');
    expect(answer.message?.code).toBe('BMXAA4127E');
  });
});

describe('value-list menus', () => {
  it('opens a menu of value + description and sets the picked value', async () => {
    const reason = page.fieldId('Pending Reason');
    const opened = await page.click(reason);
    expect(opened.menuAnchor).toBe(reason);
    expect(opened.menu).toMatch(/^<ul role="menu"/);
    expect(page.menuItems().map((i) => i.text)).toContain('LOKASI-TUTUP Rumah / lokasi pelanggan tutup');
    const picked = await page.pick(reason, 'FORCE-MAJEURE');
    expect(picked.menu).toBe('');
    expect(picked.focus).toBe(reason);
    expect(pending()).toEqual({ PENDINGREASON: 'FORCE-MAJEURE' });
  });

  it('ignores an item of a menu that is no longer open', async () => {
    const reason = page.fieldId('Pending Reason');
    await page.click(reason);
    const stale = page.menuItems()[0]!;
    await page.click(page.byTitle('Log')); // any click closes the menu
    const answer = await page.send([{ type: 'menuitem', targetId: stale.id }]);
    expect(answer.message).toBeUndefined();
    expect(pending()).toEqual({});
  });

  it('picks a date from the calendar, keeping the time', async () => {
    const until = page.fieldId('Pending Until');
    await page.setvalue(until, '05-12-2026 14:30');
    const calendar = await page.click(page.idWhere((t) => t.attrs.lookupfor === until));
    expect(calendar.menu).toContain('December 2026');
    const day = page.menuItems().find((i) => i.text === '24')!;
    await page.send([{ type: 'menuitem', targetId: day.id }]);
    expect(pending()?.PENDINGUNTIL).toBe('24-12-2026 14:30');
  });
});
