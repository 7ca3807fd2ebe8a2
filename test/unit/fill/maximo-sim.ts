/**
 * A tiny Maximo in happy-dom, for engine unit tests: generated ids, labels outside holders,
 * `prekeyvalue` set on focus, a one-slot pending change flushed by focusing another field or
 * clicking, a "round trip" under a #wait cover that replaces the holder with a new node, value
 * lists as server menus, server-side validation and session expiry. (The full look-alike, with a
 * real HTTP server, is test/nossa-mock; this one keeps unit tests fast.)
 */
export interface SimOptions {
  delayMs?: number;
  /** What the server answers for a value: the stored value, or an error message. */
  server?: (field: string, value: string) => { value: string } | { error: string };
  menus?: Record<string, string[]>;
  /**
   * A Maximo toolbar Save: off until a value was sent, a click saves (the sent values become
   * committed) and turns it off again, or is refused with an error ('reject') and stays on.
   */
  save?: 'saves' | 'reject';
}

export interface Sim {
  /** What the page's server session holds, by label (sent, maybe not saved). */
  saved: Record<string, string>;
  /** What a Save committed, by label (with the `save` option). */
  committed: Record<string, string>;
  roundTrips: number;
  expireNext: () => void;
}

let nextId = 100 + Math.floor(Math.random() * 900);

export function installMaximoSim(doc: Document, fields: Record<string, { value: string; kind?: 'text' | 'valueList' | 'readonly' }>, options: SimOptions = {}): Sim {
  const sim: Sim = { saved: {}, committed: {}, roundTrips: 0, expireNext: () => (expire = true) };
  let expire = false;
  let pending: { label: string; value: string } | null = null;
  const delay = options.delayMs ?? 5;
  const ids: Record<string, string> = {};

  const holder = (label: string) => {
    const { kind = 'text' } = fields[label]!;
    const value = sim.saved[label] ?? '';
    const id = ids[label]!;
    const extra = kind === 'valueList' ? 'role="combobox" class="fld cbt" readonly' : kind === 'readonly' ? 'class="fld fld_ro" readonly' : 'class="fld text"';
    return `<div id="${id}_holder" class="bc"><input type="text" id="${id}" ctype="textbox" ${extra} title="${label}: ${value}" value="${value}"></div>`;
  };
  const rows = Object.keys(fields).map((label) => {
    ids[label] = `mx${nextId++}`;
    sim.saved[label] = fields[label]!.value;
    return `<tr><td><label for="${ids[label]}">${label}</label></td><td>${holder(label)}</td></tr>`;
  });
  const toolbar = options.save ? '<a href="#" eventtype="SAVE" class="off" aria-disabled="true" title="Save Incident">Save</a>' : '';
  doc.body.innerHTML = `<div id="titlebar_error"></div><div id="wait" style="display:none"></div><div id="menuholder"></div>${toolbar}<table class="fg">${rows.join('')}</table>`;
  sim.committed = { ...sim.saved };
  // Listeners stay on the document after a test: only the sim that rendered the page answers.
  const token = String(nextId++);
  doc.body.dataset.sim = token;
  const mine = () => doc.body.dataset.sim === token;
  const saveControl = () => doc.querySelector('a[eventtype="SAVE"]');
  const setDirty = (dirty: boolean) => {
    saveControl()?.classList.toggle('off', !dirty);
    saveControl()?.setAttribute('aria-disabled', String(!dirty));
  };
  const message = (text: string, severity: string) => {
    const bar = doc.getElementById('titlebar_error')!;
    bar.className = `tb_msg ${severity}`;
    bar.textContent = text;
  };

  const labelOf = (el: Element) => Object.keys(ids).find((label) => ids[label] === el.id);
  const rerender = (label: string) => {
    const old = doc.getElementById(`${ids[label]}_holder`);
    if (old) old.outerHTML = holder(label);
  };
  const roundTrip = (work: () => void) => {
    sim.roundTrips++;
    const wait = doc.getElementById('wait')!;
    wait.style.display = 'block';
    setTimeout(() => {
      if (expire) {
        doc.body.innerHTML = '<form id="loginform"><input name="username"><input type="password" name="password"></form>';
        return;
      }
      work();
      wait.style.display = 'none';
    }, delay);
  };
  const send = (label: string, value: string) => () => {
    const answer = options.server?.(label, value) ?? { value };
    const error = doc.getElementById('titlebar_error')!;
    if ('error' in answer) {
      error.className = 'error';
      error.textContent = answer.error;
    } else {
      error.className = '';
      error.textContent = '';
      sim.saved[label] = answer.value;
      setDirty(true);
    }
    rerender(label);
  };
  const flush = () => {
    if (!pending) return;
    const { label, value } = pending;
    pending = null;
    roundTrip(send(label, value));
  };

  doc.addEventListener('focusin', (event) => {
    if (!mine()) return;
    const el = event.target as HTMLInputElement;
    if (el.getAttribute?.('ctype') !== 'textbox') return;
    if (pending && pending.label !== labelOf(el)) flush();
    el.setAttribute('prekeyvalue', el.value);
  });
  const onChange = (event: Event) => {
    if (!mine()) return;
    const el = event.target as HTMLInputElement;
    const label = labelOf(el);
    if (!label || !el.hasAttribute('prekeyvalue') || el.value === el.getAttribute('prekeyvalue')) return;
    pending = { label, value: el.value }; // one slot: a second change overwrites the first
  };
  doc.addEventListener('change', onChange);
  doc.addEventListener('keyup', onChange);
  doc.addEventListener('click', (event) => {
    if (!mine()) return;
    const el = event.target as HTMLElement;
    const label = labelOf(el);
    if (el.getAttribute('eventtype') === 'SAVE') {
      if (el.classList.contains('off')) return;
      flush();
      roundTrip(() => {
        if (options.save === 'reject') return message('BMXAA4195E - A value is required for the Symptom field on the INCIDENT object.', 'error');
        sim.committed = { ...sim.saved };
        setDirty(false);
        message('BMXAA4205I - Record has been saved.', 'info');
      });
      return;
    }
    if (label && fields[label]?.kind === 'valueList') {
      flush();
      roundTrip(() => {
        const items = (options.menus?.[label] ?? []).map((v) => `<li><a role="menuitem" data-for="${label}" data-value="${v}">${v} Keterangan</a></li>`);
        doc.getElementById('menuholder')!.innerHTML = `<ul role="menu">${items.join('')}</ul>`;
      });
    } else if (el.getAttribute('role') === 'menuitem') {
      const { for: forLabel, value } = el.dataset as { for: string; value: string };
      doc.getElementById('menuholder')!.innerHTML = '';
      roundTrip(send(forLabel, value));
    }
  });
  return sim;
}
