import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer } from '../../nossa-mock/server.mjs';
import { MockPage, answerHtml as html, fieldTag, startQuietMock, tags, ticketPath, type Answer, type Mock } from './page-client';

// The look-alike's modes: okSaves (Change Status OK saves, or only applies), saveReject
// (every save refused) and "nothing to save" as an info message.

const ID = 'IN110088258'; // INPROG, owner group ACCESS BDG

let mock: Mock;
beforeEach(async () => {
  mock = await startQuietMock();
});
afterEach(async () => {
  await mock.close();
});

const saveButton = (a: Answer) => tags(html(a)).find((t) => t.name === 'a' && t.attrs.eventtype === 'SAVE');

/** Change Status to PENDING with a memo, up to (not including) OK. */
async function fillChangeStatus(page: MockPage, memo: string) {
  await page.click(page.toolbar('STATUS'));
  await page.pick(page.fieldId('New Status'), 'PENDING');
  await page.setvalue(page.fieldId('Memo'), memo);
}

describe('okSaves: false', () => {
  beforeEach(() => mock.control({ okSaves: false }));

  it('OK applies the status to the ui session only; a later Save commits fields, rows and status once', async () => {
    const page = await MockPage.open(mock, ticketPath(ID));
    await page.setvalue(page.fieldId('Pending Reason'), 'PLG-RESCHEDULE');
    await page.click(page.byTitle('Log'));
    const added = await page.click(page.byTitle('New Row'));
    await page.setvalue(added.focus!, 'Konfirmasi ke pelanggan');
    await fillChangeStatus(page, 'Pelanggan di luar kota');
    const historyBefore = mock.state().tickets[ID]!.statusHistory.length;
    const requestsBefore = mock.state().requests.length;

    const ok = await page.click(page.byTitle('OK'));
    expect(mock.state().requests.length).toBe(requestsBefore + 1); // one round trip, one log entry
    expect(ok.message).toEqual({
      type: 'info',
      code: 'BMXAA4210I',
      text: 'BMXAA4210I - The status was changed. Save the record to keep the change.',
    });
    expect(ok.dialog).toBe('');
    expect(ok.dirty).toBe(true);
    expect(saveButton(ok)?.attrs.class).not.toContain('off');
    expect(saveButton(ok)?.attrs['aria-disabled']).toBe('false');
    let state = mock.state();
    expect(state.saves).toEqual([]);
    expect(state.tickets[ID]!.fields.STATUS).toBe('INPROG');
    expect(state.tickets[ID]!.statusHistory).toHaveLength(historyBefore);
    expect(state.uiSessions[page.uisessionid]).toMatchObject({ dirty: true, statusChange: { status: 'PENDING', memo: 'Pelanggan di luar kota' } });

    // The Incident tab shows the unsaved status exactly like a saved one.
    const main = await page.click(page.byTitle('Incident'));
    expect(fieldTag(html(main), 'Status')?.attrs).toMatchObject({ value: 'PENDING', title: 'Status: PENDING' });

    const saved = await page.click(page.toolbar('SAVE'));
    expect(saved.message?.code).toBe('BMXAA4205I');
    expect(saved.dirty).toBe(false);
    state = mock.state();
    expect(state.saves).toHaveLength(1);
    expect(state.saves[0]?.changed).toEqual(['PENDINGREASON', 'WORKLOG', 'STATUS', 'STATUSDATE']);
    const t = state.tickets[ID]!;
    expect(t.fields).toMatchObject({ STATUS: 'PENDING', PENDINGREASON: 'PLG-RESCHEDULE' });
    expect(t.statusHistory).toHaveLength(historyBefore + 1);
    expect(t.statusHistory.at(-1)).toMatchObject({ status: 'PENDING', memo: 'Pelanggan di luar kota', changedBy: '930101' });
    expect(t.worklog.map((w) => w.summary)).toEqual(['Konfirmasi ke pelanggan']);
    expect(state.uiSessions[page.uisessionid]?.statusChange).toBeNull();
  });

  it('a reload drops the applied status, and the default (okSaves true) saves at OK', async () => {
    const page = await MockPage.open(mock, ticketPath(ID));
    await fillChangeStatus(page, 'x');
    await page.click(page.byTitle('OK'));
    const reloaded = await MockPage.open(mock, ticketPath(ID));
    expect(fieldTag(reloaded.html, 'Status')?.attrs.value).toBe('INPROG');
    expect(mock.state().tickets[ID]!.fields.STATUS).toBe('INPROG');

    mock.control({ okSaves: true });
    const again = await MockPage.open(mock, ticketPath(ID));
    await fillChangeStatus(again, 'y');
    expect((await again.click(again.byTitle('OK'))).message?.code).toBe('BMXAA4205I');
    expect(mock.state().tickets[ID]!.fields.STATUS).toBe('PENDING');
  });
});

describe('saveReject', () => {
  it("'required': every save is refused with BMXAA4195E naming a required, empty field; nothing is written", async () => {
    mock.control({ saveReject: 'required' });
    const page = await MockPage.open(mock, ticketPath(ID));
    const symptom = fieldTag(page.html, "Incident's Symptom")!;
    expect(symptom.attrs).toMatchObject({ value: '', 'aria-required': 'true' });
    expect(symptom.attrs.class).toContain('fld_req');
    await page.setvalue(page.fieldId('Contact Name'), 'Belum Tersimpan');
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toEqual({
      type: 'error',
      code: 'BMXAA4195E',
      text: "BMXAA4195E - A value is required for the Incident's Symptom field on the INCIDENT object.",
    });
    expect(answer.dirty).toBe(true);
    expect(fieldTag(html(answer), "Incident's Symptom")?.attrs['aria-required']).toBe('true');
    expect(saveButton(answer)).toBeUndefined(); // the toolbar (Save on) is not re-rendered
    const state = mock.state();
    expect(state.saves).toEqual([]);
    expect(state.tickets[ID]!.fields.CONTACTNAME).toBe('Andi Pratama');
    expect(state.uiSessions[page.uisessionid]?.pending).toEqual({ CONTACTNAME: 'Belum Tersimpan' });
    expect(state.requests.at(-1)).toMatchObject({ result: 'error' });
    // Sticky: a second Save is refused too; turning the mode off lets the same session save.
    expect((await page.click(page.toolbar('SAVE'))).message?.code).toBe('BMXAA4195E');
    mock.control({ saveReject: null });
    expect((await page.click(page.toolbar('SAVE'))).message?.code).toBe('BMXAA4205I');
    expect(mock.state().tickets[ID]!.fields.CONTACTNAME).toBe('Belum Tersimpan');
  });

  it("'fieldError': Save and OK-that-saves are refused with BMXAA4191E and the field is marked in error", async () => {
    mock.control({ saveReject: 'fieldError' });
    const page = await MockPage.open(mock, ticketPath(ID));
    const historyBefore = mock.state().tickets[ID]!.statusHistory.length;
    await page.setvalue(page.fieldId('Contact Name'), 'Belum Tersimpan');
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toEqual({
      type: 'error',
      code: 'BMXAA4191E',
      text: 'BMXAA4191E - The value ACCESS BDG is not valid for Owner Group. Specify a valid value.',
    });
    const og = fieldTag(html(answer), 'Owner Group')!;
    expect(og.attrs.class?.split(' ')).toContain('fld_err');
    expect(og.attrs['aria-invalid']).toBe('true');
    await fillChangeStatus(page, 'ditolak');
    const ok = await page.click(page.byTitle('OK'));
    expect(ok.message?.code).toBe('BMXAA4191E');
    expect(ok.dialog).toBeUndefined(); // the dialog stays open
    const state = mock.state();
    expect(state.saves).toEqual([]);
    expect(state.tickets[ID]!.fields.STATUS).toBe('INPROG');
    expect(state.tickets[ID]!.statusHistory).toHaveLength(historyBefore);
    expect(state.uiSessions[page.uisessionid]).toMatchObject({ dirty: true, pending: { CONTACTNAME: 'Belum Tersimpan' } });
  });

  it('is refused as a control value it does not know, and shown in /__state options', async () => {
    const bad = await fetch(`${mock.origin}/__control`, { method: 'POST', body: JSON.stringify({ saveReject: 'always' }) });
    expect(bad.status).toBe(400);
    for (const patch of [{ okSaves: 'no' }, { layoutSeed: 1.5 }]) {
      expect((await fetch(`${mock.origin}/__control`, { method: 'POST', body: JSON.stringify(patch) })).status).toBe(400);
    }
    expect(mock.state().options).toMatchObject({ okSaves: true, saveReject: null, layoutSeed: null });
  });
});

describe('start options and reset', () => {
  it('reset returns to the start options', async () => {
    const m = await startMockServer({ waitDelayMs: 0, okSaves: false, saveReject: 'required', layoutSeed: 3 });
    try {
      expect(m.state().options).toMatchObject({ okSaves: false, saveReject: 'required', layoutSeed: 3 });
      m.control({ okSaves: true, saveReject: null, layoutSeed: null });
      expect(m.state().options).toMatchObject({ okSaves: true, saveReject: null, layoutSeed: null });
      await fetch(`${m.origin}/__control`, { method: 'POST', body: JSON.stringify({ reset: true }) });
      expect(m.state().options).toMatchObject({ okSaves: false, saveReject: 'required', layoutSeed: 3 });
    } finally {
      await m.close();
    }
  });
});

describe('nothing to save', () => {
  it('is an info message, not a save', async () => {
    const page = await MockPage.open(mock, ticketPath(ID));
    const answer = await page.click(page.toolbar('SAVE'));
    expect(answer.message).toMatchObject({ type: 'info', code: 'BMXAA4209I' });
    expect(mock.state().saves).toEqual([]);
    expect(mock.state().requests.at(-1)).toMatchObject({ result: 'ok', message: 'BMXAA4209I - There are no changes to save.' });
  });
});
