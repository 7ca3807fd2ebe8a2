import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_PATH, MockPage, fieldTag, sectionOf, startQuietMock, tags, ticketPath, type Mock } from './page-client';

let mock: Mock;
beforeEach(async () => {
  mock = await startQuietMock();
});
afterEach(async () => {
  await mock.close();
});

describe('Change Status dialog', () => {
  it('offers only reachable statuses and saves the record with the new status', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    await page.setvalue(page.fieldId('Pending Reason'), 'PLG-RESCHEDULE');
    const opened = await page.click(page.toolbar('STATUS'));
    expect(opened.dialog).toContain('role="dialog"');
    expect(opened.dialog).toContain('Change Status');
    expect(opened.dialog).not.toContain('dialogtype');
    const newStatus = page.fieldId('New Status');
    await page.click(newStatus);
    const offered = page.menuItems().map((i) => i.text.split(' ')[0]);
    expect(offered).toContain('PENDING');
    expect(offered).not.toContain('CLOSED');
    expect((await page.setvalue(newStatus, 'CLOSED')).message?.code).toBe('BMXAA4590E');
    await page.pick(newStatus, 'PENDING');
    expect(fieldTag(page.everything, 'Status Date')?.attrs.datevalue).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await page.setvalue(page.fieldId('Memo'), 'Pelanggan di luar kota');
    const ok = await page.click(page.byTitle('OK'));
    expect(ok.message?.code).toBe('BMXAA4205I');
    expect(ok.dialog).toBe('');
    const t = mock.state().tickets.IN110088258!;
    expect(t.fields.STATUS).toBe('PENDING');
    expect(t.fields.PENDINGREASON).toBe('PLG-RESCHEDULE');
    expect(t.statusHistory.at(-1)).toMatchObject({ status: 'PENDING', memo: 'Pelanggan di luar kota', changedBy: '930101' });
    expect(mock.state().saves.at(-1)?.changed).toEqual(['PENDINGREASON', 'STATUS', 'STATUSDATE']);
  });

  it('requires a New Status and a status date not before the last one', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    await page.click(page.toolbar('STATUS'));
    expect((await page.click(page.byTitle('OK'))).message?.code).toBe('BMXAA4195E');
    await page.pick(page.fieldId('New Status'), 'PENDING');
    await page.setvalue(page.fieldId('Status Date'), '01-01-2020 00:00');
    expect((await page.click(page.byTitle('OK'))).message?.code).toBe('BMXAA4226E');
    expect(mock.state().tickets.IN110088258!.fields.STATUS).toBe('INPROG');
    const cancel = await page.click(page.byTitle('Cancel'));
    expect(cancel.dialog).toBe('');
    expect(mock.state().uiSessions[page.uisessionid]?.dialog).toBeNull();
  });

  it('is also on the Select Action menu', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088253'));
    await page.click(page.byTitle('Select Action'));
    const item = page.menuItems().find((i) => i.text === 'Change Status')!;
    const answer = await page.send([{ type: 'menuitem', targetId: item.id }]);
    expect(answer.dialog).toContain('Change Status');
  });
});

describe('Work Log', () => {
  it('adds a row with New Row and saves Summary, Details, Type and Viewable', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    const log = await page.click(page.byTitle('Log'));
    const content = log.replace?.[0]?.html ?? '';
    // "Summary" appears as the ticket summary on this tab and as a table column.
    expect(fieldTag(content, 'Summary')?.attrs.value).toBe('Koneksi internet putus-putus');
    const added = await page.click(page.byTitle('New Row'));
    expect(added.dirty).toBe(true);
    const details = sectionOf(added.replace?.[0]?.html ?? '', 'Work Log Details');
    const summary = fieldTag(details, 'Summary')!;
    expect(added.focus).toBe(summary.attrs.id);
    const frame = tags(details).find((t) => t.name === 'iframe')!;
    expect(frame.attrs).toMatchObject({ title: 'Details', ctype: 'richtext', src: '/maximo/webclient/javascript/rte/editor.html' });
    await page.setvalue(summary.attrs.id!, 'Konfirmasi ke pelanggan');
    await page.setvalue(frame.attrs.id!, '<p>Pelanggan <b>setuju</b></p><script>alert(1)</script><img src=x onerror=alert(1)>');
    await page.pick(fieldTag(details, 'Type')!.attrs.id!, 'UPDATE');
    await page.send([{ type: 'setvalue', targetId: tags(details).find((t) => t.attrs.ctype === 'checkbox')!.attrs.id!, value: 'Y' }]);
    expect(mock.state().uiSessions[page.uisessionid]?.newWorklog).toEqual([
      { summary: 'Konfirmasi ke pelanggan', details: '<p>Pelanggan <b>setuju</b></p>', type: 'UPDATE', viewable: true },
    ]);
    expect(mock.state().tickets.IN110088258!.worklog).toEqual([]);
    const saved = await page.click(page.toolbar('SAVE'));
    expect(saved.message?.code).toBe('BMXAA4205I');
    const entry = mock.state().tickets.IN110088258!.worklog[0]!;
    expect(entry).toMatchObject({
      summary: 'Konfirmasi ke pelanggan',
      details: '<p>Pelanggan <b>setuju</b></p>',
      detailsText: 'Pelanggan setuju',
      type: 'UPDATE',
      viewable: true,
      createdBy: '930101',
    });
    expect(mock.state().saves.at(-1)?.changed).toEqual(['WORKLOG']);
  });

  it('refuses to save a new row without a Summary', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    await page.click(page.byTitle('Log'));
    await page.click(page.byTitle('New Row'));
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message?.code).toBe('BMXAA4195E');
    expect(answer.message?.text).toContain('WORKLOG');
  });
});

describe('list and navigation', () => {
  it('filters on Enter and loads a ticket from a row without navigation', async () => {
    const page = await MockPage.open(mock, APP_PATH);
    const filter = page.idWhere((t) => t.attrs.title === 'Status filter');
    await page.setvalue(filter, 'pending');
    const filtered = await page.send([{ type: 'enter', targetId: filter }]);
    const rows = tags(filtered.replace?.[0]?.html ?? '').filter((t) => t.attrs.ctype === 'tablerow');
    expect(rows.map((r) => r.attrs.title)).toEqual(['Incident IN110088255']);
    const loaded = await page.click(rows[0]!.attrs.id!);
    expect(loaded.ticketReady).toBe(true);
    expect(fieldTag(loaded.replace?.[0]?.html ?? '', 'Incident')?.attrs.value).toBe('IN110088255');
    expect(mock.state().uiSessions[page.uisessionid]?.ticketId).toBe('IN110088255');
  });

  it('asks to save changes before leaving a changed record', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    await page.setvalue(page.fieldId('Contact Name'), 'Belum Disimpan');
    const next = await page.click(page.toolbar('NEXT'));
    expect(next.dialog).toContain('BMXAA7987W');
    const no = await page.click(page.byTitle('No'));
    expect(no.ticketReady).toBe(true);
    expect(mock.state().tickets.IN110088258!.fields.CONTACTNAME).toBe('Andi Pratama');
    expect(mock.state().uiSessions[page.uisessionid]?.ticketId).not.toBe('IN110088258');
  });

  it('shows "no records" for a deep link to an unknown ticket', async () => {
    const page = await MockPage.open(mock, ticketPath('IN999999999'));
    expect(page.html).toContain('BMXAA4186E');
    expect(tags(page.html).filter((t) => t.attrs.ctype === 'tablerow')).toHaveLength(0);
  });
});
