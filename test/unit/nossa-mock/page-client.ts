// A tiny HTTP "page" for server-level tests of the NOSSA look-alike: loads an app URL,
// reads the ui session and token from the hidden form, finds element ids the way the
// extension would (by title / section, never by a known id), and sends round trips.
import { startMockServer } from '../../nossa-mock/server.mjs';

export type Mock = Awaited<ReturnType<typeof startMockServer>>;

export const APP_PATH = '/maximo/ui/?event=loadapp&value=incident';
export const ticketPath = (id: string) => `/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=${id}`;

export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

export interface MxEvent {
  type: string;
  targetId: string;
  value?: string;
}

export interface Answer {
  status: 'ok' | 'error' | 'login-required';
  replace?: Array<{ id: string; html: string }>;
  menu?: string;
  menuAnchor?: string;
  dialog?: string;
  message?: { type: string; code: string; text: string };
  focus?: string;
  dirty?: boolean;
  ticketReady?: boolean;
  html?: string;
}

/** The markup a round-trip answer put on the page (every replaced holder, in order). */
export const answerHtml = (a: Answer) => (a.replace ?? []).map((r) => r.html).join('\n');

export function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every start tag of an HTML string, with its (decoded) attributes. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ name: (m[1] ?? '').toLowerCase(), attrs });
  }
  return out;
}

/** The HTML of the section whose header reads `title` (up to the next section). */
export function sectionOf(html: string, title: string): string {
  const start = html.indexOf(`class="sht">${title}</span>`);
  if (start < 0) return '';
  const rest = html.slice(start);
  const next = rest.search(/class="section[ "]/);
  return next < 0 ? rest : rest.slice(0, next);
}

/** The input/textarea whose title is "Label: value" in this HTML. */
export function fieldTag(html: string, label: string): Tag | undefined {
  return tags(html).find((t) => (t.name === 'input' || t.name === 'textarea') && t.attrs.title?.startsWith(`${label}:`));
}

export class MockPage {
  readonly fragments: string[] = [];

  private constructor(
    readonly mock: Mock,
    public html: string,
    readonly uisessionid: string,
    readonly csrftoken: string,
  ) {}

  static async open(mock: Mock, path = APP_PATH): Promise<MockPage> {
    const res = await fetch(mock.origin + path);
    const html = await res.text();
    const form = tags(html);
    const uis = form.find((t) => t.attrs.id === 'uisessionid')?.attrs.value ?? '';
    const tok = form.find((t) => t.attrs.id === 'csrftokenholder')?.attrs.value ?? '';
    return new MockPage(mock, html, uis, tok);
  }

  /** Newest fragments first, then the page as loaded. */
  get everything(): string {
    return [...this.fragments].reverse().join('\n') + '\n' + this.html;
  }

  /** Id of the field labelled `label`, optionally inside the section titled `section`. */
  fieldId(label: string, section?: string): string {
    const scopes = [...this.fragments].reverse().concat(this.html);
    for (const scope of scopes) {
      const html = section ? sectionOf(scope, section) : scope;
      const tag = fieldTag(html, label);
      if (tag?.attrs.id) return tag.attrs.id;
    }
    throw new Error(`no field "${label}"${section ? ` in section "${section}"` : ''}`);
  }

  /** Id of the first element matching the predicate (newest HTML first). */
  idWhere(pred: (t: Tag) => boolean): string {
    const tag = tags(this.everything).find(pred);
    if (!tag?.attrs.id) throw new Error('no such element');
    return tag.attrs.id;
  }

  /** A toolbar button (anchor) by eventtype. */
  toolbar(eventtype: string): string {
    return this.idWhere((t) => t.name === 'a' && t.attrs.eventtype === eventtype);
  }

  /** A tab, sub-tab, push button or menu item by its text/title. */
  byTitle(title: string): string {
    return this.idWhere((t) => t.attrs.title === title && !!t.attrs.ctype);
  }

  /** Menu item ids of the last menu, with their text. */
  menuItems(): Array<{ id: string; text: string }> {
    const menu = [...this.fragments].reverse().find((f) => f.includes('role="menuitem"')) ?? '';
    return [...menu.matchAll(/<a role="menuitem" id="(mx\d+)"[^>]*>(.*?)<\/a>/g)].map((m) => ({
      id: m[1] ?? '',
      text: decode((m[2] ?? '').replace(/<[^>]*>/g, '')),
    }));
  }

  async send(events: MxEvent[], overrides: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${this.mock.origin}/maximo/ui/maximo.jsp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        uisessionid: this.uisessionid,
        csrftoken: this.csrftoken,
        events: JSON.stringify(events),
        pageurl: '/maximo/ui/?event=loadapp&value=incident',
        ...overrides,
      }),
    });
    const answer = (await res.json()) as Answer;
    for (const r of answer.replace ?? []) this.fragments.push(r.html);
    if (answer.dialog) this.fragments.push(answer.dialog);
    if (answer.menu) this.fragments.push(answer.menu);
    return answer;
  }

  setvalue(targetId: string, value: string): Promise<Answer> {
    return this.send([{ type: 'setvalue', targetId, value }]);
  }

  click(targetId: string): Promise<Answer> {
    return this.send([{ type: 'click', targetId }]);
  }

  /** Open the value list of a field and pick the item whose text starts with `value`. */
  async pick(fieldId: string, value: string): Promise<Answer> {
    const opened = await this.click(fieldId);
    if (!opened.menu) throw new Error(`no menu for ${fieldId}: ${JSON.stringify(opened.message)}`);
    const item = this.menuItems().find((i) => i.text.startsWith(value));
    if (!item) throw new Error(`no menu item ${value}`);
    return this.send([{ type: 'menuitem', targetId: item.id }]);
  }
}

export async function startQuietMock(): Promise<Mock> {
  return startMockServer({ waitDelayMs: 0 });
}
