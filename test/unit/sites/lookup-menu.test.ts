// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readLookupValues } from '@/lib/fill/engine/read-lookup';
import { isCommandMenu, lookupControlOf, menuItemValue, menuValues } from '@/lib/sites/lookup-menu';
import { nossaProfile } from '@/lib/sites';

/**
 * Reading NOSSA's Owner Group list from its lookup (lib/sites/lookup-menu.ts, the DOM part;
 * lib/fill/engine/read-lookup.ts, the round trip), on Maximo-style markup: the lookup image
 * right after the input in its holder, a round trip under #wait, the menu in #menuholder,
 * Escape closing it.
 */
let seq = 200 + Math.floor(Math.random() * 500);
const nextId = () => `mx${seq++}`;

function page({ lookup = true, readonly = false, menu = ['ACCESS BDG', 'TIF HD WITEL BANDUNG', 'BACKEND IPTV'], describe = false } = {}) {
  const [incident, group] = [nextId(), nextId()];
  const img = lookup ? `<img id="${group}_img" ctype="image" class="lookupimg" src="btn_lookup.svg" alt="Detail Menu" role="button" tabindex="0">` : '';
  document.body.innerHTML = `<div id="titlebar_error"></div><div id="wait" style="display:none"></div><div id="menuholder"></div><div id="dialogholder"></div>
    <table>
      <tr><td><label for="${incident}">Incident</label></td><td><div class="bc"><input id="${incident}" ctype="textbox" class="fld text" title="Incident: IN110088258" value="IN110088258" readonly></div></td></tr>
      <tr><td><label for="${group}">Owner Group</label></td><td><div id="${group}_holder" class="bc"><input id="${group}" ctype="textbox" class="fld text${readonly ? ' fld_ro' : ''}" title="Owner Group: ACCESS BDG" value="ACCESS BDG"${readonly ? ' readonly' : ''}>${img}</div></td></tr>
    </table>`;
  let opens = 0;
  document.getElementById(`${group}_img`)?.addEventListener('click', () => {
    opens++;
    const wait = document.getElementById('wait')!;
    wait.style.display = 'block';
    setTimeout(() => {
      const items = menu.map((v, i) => `<li><a role="menuitem" id="mi${i}" href="#">${describe ? `<span>${v}</span> <span>Desc ${i}</span>` : `<span>${v}</span>`}</a></li>`);
      document.getElementById('menuholder')!.innerHTML = `<ul role="menu">${items.join('')}</ul>`;
      wait.style.display = 'none';
    }, 20);
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') document.getElementById('menuholder')!.replaceChildren();
  };
  document.addEventListener('keydown', onKey);
  return { opens: () => opens, stop: () => document.removeEventListener('keydown', onKey), groupInput: document.getElementById(group)! };
}

let stop = () => {};
afterEach(() => stop());

describe('the lookup’s parts on the page', () => {
  it('finds the lookup image after the input in its own holder, and none where there is none', () => {
    const p = page();
    stop = p.stop;
    expect(lookupControlOf(p.groupInput)?.getAttribute('alt')).toBe('Detail Menu');
    p.stop();
    const q = page({ lookup: false });
    stop = q.stop;
    expect(lookupControlOf(q.groupInput)).toBeNull();
  });

  it('does not borrow the next field’s button', () => {
    document.body.innerHTML = `<div><input id="a"></div><div><input id="b"><img ctype="image" alt="Detail Menu"></div>`;
    expect(lookupControlOf(document.getElementById('a')!)).toBeNull();
    expect(lookupControlOf(document.getElementById('b')!)).not.toBeNull();
  });

  it('reads a value without its description, and a plain item as its text', () => {
    document.body.innerHTML = `<a id="x"><span>ACCESS BDG</span> <span>Access Bandung</span></a><a id="y"> TIF  HD </a>`;
    expect(menuItemValue(document.getElementById('x')!)).toBe('ACCESS BDG');
    expect(menuItemValue(document.getElementById('y')!)).toBe('TIF HD');
  });

  it('tells a command menu (Select Value, Go To) from a list of values', () => {
    expect(isCommandMenu(['Select Value', 'Go To Person Groups'])).toBe(true);
    expect(isCommandMenu(['ACCESS BDG', 'TIF HD WITEL BANDUNG'])).toBe(false);
  });
});

describe('reading the list (one round trip, on the agent’s click)', () => {
  it('opens the lookup, reads every value once, and closes the menu again', async () => {
    const p = page({ describe: true, menu: ['ACCESS BDG', 'TIF HD WITEL BANDUNG', 'ACCESS BDG'] });
    stop = p.stop;
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: true, values: ['ACCESS BDG', 'TIF HD WITEL BANDUNG'] });
    expect(p.opens()).toBe(1);
    expect(menuValues(document, nossaProfile)).toEqual([]);
  });

  it('says why it could not: no field, no lookup, read-only, a command menu, no menu', async () => {
    document.body.innerHTML = '<div id="menuholder"></div>';
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: false, reason: 'field-missing' });
    const none = page({ lookup: false });
    stop = none.stop;
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: false, reason: 'no-lookup' });
    none.stop();
    const ro = page({ readonly: true });
    stop = ro.stop;
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: false, reason: 'no-lookup' });
    ro.stop();
    const commands = page({ menu: ['Select Value', 'Go To Person Groups'] });
    stop = commands.stop;
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: false, reason: 'not-a-list' });
    expect(menuValues(document, nossaProfile)).toEqual([]);
    commands.stop();
    const empty = page({ menu: [] });
    stop = empty.stop;
    expect(await readLookupValues(document, nossaProfile, 'ownerGroup')).toEqual({ ok: false, reason: 'no-menu' });
  });
});
