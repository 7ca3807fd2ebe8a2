import { appPage } from '../../nossa-mock/pages.mjs';
import { handleRoundTrip } from '../../nossa-mock/roundtrip.mjs';
import { createStore } from '../../nossa-mock/store.mjs';

/**
 * The NOSSA look-alike's own markup in this test's DOM (happy-dom), without HTTP: a ticket page
 * as the look-alike serves it (canonical layout, or a seed's), and round trips answered by its
 * server code and applied as its page script applies them (holders replaced, the dialog put in
 * #dialogholder). The page script does not run: dates stay unformatted, which the picker does not
 * read. Ids are generated per load, as on NOSSA.
 */
export const TICKET = 'IN110088258';
const ticketUrl = (id: string) => `http://nossa.test/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=${id}`;

/** happy-dom does not load frames (and says so loudly): the editor frame stays, without its page. */
const withoutFrameLoads = (html: string) => html.replace(/(<iframe\b[^>]*?)\ssrc="[^"]*"/gi, '$1');

export interface LookalikePage {
  /** Clicks a control by sending the look-alike the click round trip, and applies the answer. */
  click: (el: Element) => Promise<void>;
  /** A tab or push button by its visible name. */
  control: (name: string) => HTMLElement;
  /** The input / textarea / iframe titled "Label: ..." (or "Label") that is the nth such (0 first). */
  byTitle: (label: string, nth?: number) => HTMLElement;
}

export function loadLookalike(layoutSeed: number | null, ticket = TICKET): LookalikePage {
  const store = createStore({ waitDelayMs: 0, layoutSeed });
  const html = appPage(store, new URL(ticketUrl(ticket))).html;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = withoutFrameLoads(body.replace(/<script[\s\S]*?<\/script>/gi, ''));
  const hidden = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
  const uisessionid = hidden('uisessionid');
  const csrftoken = hidden('csrftokenholder');
  const apply = (answer: Record<string, unknown>) => {
    for (const r of (answer.replace as Array<{ id: string; html: string }> | undefined) ?? []) {
      const el = document.getElementById(r.id);
      if (el) el.outerHTML = withoutFrameLoads(r.html);
    }
    const dialogs = document.getElementById('dialogholder');
    if (typeof answer.dialog === 'string' && dialogs) dialogs.innerHTML = withoutFrameLoads(answer.dialog);
  };
  const control = (name: string) => {
    const found = [...document.querySelectorAll<HTMLElement>('[role="tab"], [ctype="tab"], button, a[ctype="toolbarbutton"]')].find(
      (el) => el.textContent?.trim() === name || el.getAttribute('title') === name,
    );
    if (!found) throw new Error(`no control "${name}"`);
    return found;
  };
  const byTitle = (label: string, nth = 0) => {
    const all = [...document.querySelectorAll<HTMLElement>('input[title], textarea[title], iframe[title], [contenteditable][title]')].filter((el) => {
      const title = el.getAttribute('title') ?? '';
      return title === label || title.startsWith(`${label}:`);
    });
    const el = all[nth];
    if (!el) throw new Error(`no field titled "${label}" #${nth}`);
    return el;
  };
  return {
    click: async (el) => apply(await handleRoundTrip(store, { uisessionid, csrftoken, events: JSON.stringify([{ type: 'click', targetId: el.id }]) })),
    control,
    byTitle,
  };
}
