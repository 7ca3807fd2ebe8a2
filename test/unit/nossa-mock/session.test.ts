import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer } from '../../nossa-mock/server.mjs';
import { APP_PATH, MockPage, fieldTag, startQuietMock, ticketPath, type Mock } from './page-client';

let mock: Mock;
beforeEach(async () => {
  mock = await startQuietMock();
});
afterEach(async () => {
  await mock.close();
});

describe('session expiry', () => {
  it('answers the next round trip with login-required and applies nothing from it', async () => {
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    await page.setvalue(page.fieldId('Contact Name'), 'Sebelum Habis');
    mock.control({ expireSession: true });
    expect(mock.state().expireNext).toBe(true);
    const answer = await page.send([
      { type: 'setvalue', targetId: page.fieldId('Contact Phone'), value: '6289999999999' },
      { type: 'click', targetId: page.toolbar('SAVE') },
    ]);
    expect(answer.status).toBe('login-required');
    expect(answer.html).toContain('<form id="loginform"');
    expect(answer.html).toContain('name="returnurl" value="/maximo/ui/?event=loadapp&amp;value=incident"');
    const state = mock.state();
    expect(state.loggedIn).toBe(false);
    expect(state.saves).toEqual([]);
    expect(state.tickets.IN110088258!.fields.CONTACTPHONE).toBe('6281322334455');
    expect(state.tickets.IN110088258!.fields.CONTACTNAME).toBe('Andi Pratama');
    expect(state.uiSessions).toEqual({}); // the server-side session is gone
    expect(state.requests.at(-1)).toMatchObject({ result: 'login-required' });
    // Still logged out: the app URL shows the login page, round trips keep asking for login.
    expect(await (await fetch(mock.origin + APP_PATH)).text()).toContain('id="loginform"');
    expect((await page.click(page.toolbar('SAVE'))).status).toBe('login-required');
  });

  it('logs in with any user id and password, never keeping the password, and returns to the deep link', async () => {
    mock.control({ loggedIn: false });
    const login = await (await fetch(mock.origin + ticketPath('IN110088252'))).text();
    expect(login).toContain(
      '<input type="hidden" name="returnurl" value="/maximo/ui/login?event=loadapp&amp;value=incident&amp;additionalevent=useqbe&amp;additionaleventvalue=TICKETID=IN110088252">',
    );
    const refused = await fetch(`${mock.origin}/maximo/ui/login`, { method: 'POST', body: new URLSearchParams({ username: '930101', password: '' }) });
    expect(await refused.text()).toContain('BMXAA7901E');
    expect(mock.state().loggedIn).toBe(false);
    const res = await fetch(`${mock.origin}/maximo/ui/login`, {
      method: 'POST',
      body: new URLSearchParams({ username: '910234', password: 'sangat-rahasia', returnurl: ticketPath('IN110088252') }),
    });
    const redirect = await res.text();
    expect(redirect).toContain(`url=${ticketPath('IN110088252').replace(/&/g, '&amp;')}`);
    expect(mock.state()).toMatchObject({ loggedIn: true, user: { id: '910234', name: 'AGUS SETIAWAN' } });
    expect(JSON.stringify(mock.state())).not.toContain('sangat-rahasia');
    const page = await MockPage.open(mock, ticketPath('IN110088252'));
    expect(fieldTag(page.html, 'Incident')?.attrs.value).toBe('IN110088252');
    expect(page.html).toContain('Welcome, <span class="username">AGUS SETIAWAN</span>');
  });

  it('serves the login page at login.jsp and keeps the return URL inside the app', async () => {
    const html = await (await fetch(`${mock.origin}/maximo/webclient/login/login.jsp?returnurl=https://evil.example/`)).text();
    expect(html).toContain('<input type="text" id="username" name="username"');
    expect(html).toContain('<input type="password" id="password" name="password"');
    expect(html).toContain('value="/maximo/ui/?event=loadapp&amp;value=incident"');
  });
});

describe('server options', () => {
  it('delays each round trip by waitDelayMs, changeable at run time', async () => {
    const slow = await startMockServer({ waitDelayMs: 120, user: { id: '880707', name: 'BAMBANG SUTRISNO' } });
    try {
      const page = await MockPage.open(slow, ticketPath('IN110088258'));
      expect(page.html).toContain('BAMBANG SUTRISNO');
      let t0 = Date.now();
      await page.setvalue(page.fieldId('Contact Name'), 'Lambat');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
      slow.control({ waitDelayMs: 0 });
      t0 = Date.now();
      await page.setvalue(page.fieldId('Contact Name'), 'Cepat');
      expect(Date.now() - t0).toBeLessThan(100);
      slow.reset();
      expect(slow.state().options.waitDelayMs).toBe(120);
    } finally {
      await slow.close();
    }
  });

  it("keeps dates as wall-clock time in the user's zone (WIB by default, configurable)", async () => {
    const wallClock = (timeZone: string) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .format(new Date())
        .replace(' ', 'T');
    expect(mock.state().options.timeZone).toBe('Asia/Jakarta');
    const page = await MockPage.open(mock, ticketPath('IN110088258'));
    // The default Status Date is "now" in the user's zone (allowing for a minute turning over).
    const defaultStatusDate = async (zone: string) => {
      const before = wallClock(zone);
      await page.click(page.toolbar('STATUS'));
      const dialog = mock.state().uiSessions[page.uisessionid]?.dialog;
      await page.click(page.byTitle('Cancel'));
      expect([before, wallClock(zone)]).toContain(dialog && 'values' in dialog ? dialog.values.STATUSDATE : '');
    };
    await defaultStatusDate('Asia/Jakarta');
    mock.control({ timeZone: 'Asia/Jayapura' });
    await defaultStatusDate('Asia/Jayapura');
    expect(() => mock.control({ timeZone: 'Mars/Olympus' })).toThrow();
  });

  it('serves the page script and assets path-absolute under /maximo/webclient', async () => {
    for (const p of [
      '/maximo/webclient/javascript/main.js',
      '/maximo/webclient/javascript/dates.js',
      '/maximo/webclient/skins/tivoli13/css/maximo.css',
      '/maximo/webclient/javascript/rte/editor.html',
    ]) {
      const res = await fetch(mock.origin + p);
      expect(res.status, p).toBe(200);
    }
    expect((await fetch(`${mock.origin}/maximo/webclient/../server.mjs`)).status).toBe(404);
    expect((await fetch(`${mock.origin}/maximo/webclient/%2e%2e/server.mjs`)).status).toBe(404);
  });
});
