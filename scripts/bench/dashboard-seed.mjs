// @ts-check
// A team lead's log, generated: the dashboard's e2e test and `npm run bench` seed 100,000 sessions
// this way. `makeLogRecords` is self-contained (no imports, no closures) because it runs inside
// the extension page as well as in Node: the same spec gives the same records in both, so a
// test can compute what the dashboard should show without reading 100,000 rows back.

/**
 * @typedef {{ count: number, endMs: number, days?: number, seed?: number,
 *   events?: 'full' | 'minimal' | 'none', first?: number }} LogSpec
 */

/** @param {LogSpec} spec */
export function makeLogRecords(spec) {
  const days = spec.days ?? 90;
  const eventsMode = spec.events ?? 'minimal';
  const first = spec.first ?? 0;
  let state = (spec.seed ?? 20261127) >>> 0;
  const random = () => {
    // mulberry32: small, fast, the same sequence everywhere.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /**
   * The item at `index` of a list that has it by construction.
   * @template T
   * @param {readonly T[]} list
   * @param {number} index
   * @returns {T}
   */
  const at = (list, index) => {
    const item = list[index];
    if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
    return item;
  };
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => at(list, Math.floor(random() * list.length));
  /** @param {number} n @param {number} width */
  const hex = (n, width) => n.toString(16).padStart(width, '0');
  // Random-looking like crypto.randomUUID() (the first digits spread evenly), unique by (kind, n).
  /** @param {number} x */
  const spread = (x) => {
    let h = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    return (h ^ (h >>> 16)) >>> 0;
  };
  /** @param {number} kind @param {number} n */
  const uuid = (kind, n) => `${hex(spread(kind * 0x9e3779b1 + n), 8)}-${hex(kind, 4)}-4000-8000-${hex(n, 12)}`;
  /** @param {number} ms */
  const iso = (ms) => new Date(ms).toISOString();
  const MIN = 60_000;
  const DAY = 86_400_000;
  const procedure = { id: 'IN.OCC.TENESA.W-02', revision: '', effectiveDate: '2021-08-01' };
  const revision = 'IN.OCC.TENESA.W-02 rev - (2021-08-01)';

  const agents = /** @satisfies {Array<[nossaUserId: string, name: string, area: string]>} */ ([
    ['930101', 'Dewi Lestari', 'BDG'],
    ['930102', 'Asep Sunandar', 'BDG'],
    ['930103', 'Siti Nurhaliza', 'JKT'],
    ['930104', 'Budi Santoso', 'SMG'],
    ['930105', 'Ni Luh Putu Ayu Setyaningsih', 'DPS'],
    ['930106', 'Andi Muh. Fadhil', 'MKS'],
    ['930107', 'Rina Marlina', 'MDN'],
    ['930108', 'Yohanes Kambuaya', 'BPN'],
    ['930109', "Siti Nur'aini", 'SBY'],
    ['930110', 'I Gusti Ngurah Rai', 'DPS'],
    ['930111', 'Tiurma Sitompul', 'MDN'],
    ['930112', 'Wayan Sudarma', 'SBY'],
  ]).map(([nossaUserId, name, area]) => ({ nossaUserId, name, area, teamLead: 'Hendra Gunawan' }));
  // Each agent works one shift: Pagi 07-15, Siang 15-23, Malam 23-07 WIB (00:00, 08:00, 16:00 UTC).
  /** @type {Array<[name: string, label: string, startHourUtc: number]>} */
  const SHIFTS = [
    ['pagi', 'Pagi', 0],
    ['siang', 'Siang', 8],
    ['malam', 'Malam', 16],
  ];
  /** @param {number} index */
  const shiftOf = (index) => at(SHIFTS, index % SHIFTS.length);
  const reasons = ['PLG-RESCHEDULE', 'PLG-TDK-DILOKASI', 'PLG-TDK-DPT-DIHUBUNGI', 'LOKASI-TUTUP', 'MENUNGGU-MATERIAL', 'MENUNGGU-IZIN', 'FORCE-MAJEURE', 'GANGGUAN-MASSAL'];
  /** @type {Array<[name: string, group: string]>} */
  const requesters = [
    ['Asep Saepudin', 'TIF HD WITEL BANDUNG'],
    ['Komang Arta', 'TIF HD WITEL DENPASAR'],
    ['Joko Susilo', 'TA WITEL SEMARANG'],
    ['Hendra "Teknisi" Siregar', 'TIF; WITEL MEDAN'],
  ];
  const notes = [
    '',
    '',
    '',
    'Teknisi minta jadwal ulang besok pagi',
    'Pelanggan bilang: "besok saja; jam 10, ya"\nTeknisi setuju',
    '=HYPERLINK("http://contoh.invalid","klik")',
    'Akses gedung perlu izin satpam',
  ];
  const failures = ['no-answer', 'busy', 'inactive', 'wrong-number'];

  const sessions = [];
  /**
   * @type {Array<{ v: number, id: string, sessionId: string, ticketId: string, agentId: string, type: string,
   *   payload: Record<string, unknown>, procedureRevision: string, at: string }>}
   */
  const events = [];
  let eventNo = 0;
  /**
   * @param {{ id: string, ticketId: string, agentId: string }} session
   * @param {string} type
   * @param {Record<string, unknown>} payload
   * @param {number} at
   */
  const event = (session, type, payload, at) => {
    events.push({
      v: 1,
      id: uuid(2, first * 16 + eventNo++),
      sessionId: session.id,
      ticketId: session.ticketId,
      agentId: session.agentId,
      type,
      payload,
      procedureRevision: revision,
      at: iso(at),
    });
  };

  for (let i = first; i < first + spec.count; i++) {
    const agentIndex = Math.floor(random() * agents.length);
    const agent = at(agents, agentIndex);
    // A day in the range, then a moment inside the agent's shift (with time to finish before it ends).
    const day = Math.floor((spec.endMs - DAY) / DAY) * DAY - Math.floor(random() * days) * DAY;
    const start = day + shiftOf(agentIndex)[2] * 60 * MIN + 10 * MIN + Math.floor(random() * 7 * 60 * MIN);
    const roll = random();
    const outcome = roll < 0.45 ? 'approved' : roll < 0.75 ? 'unreachable' : roll < 0.87 ? 'declined' : roll < 0.92 ? 'cancelled' : null;
    const [requesterName, requesterGroup] = pick(requesters);
    const reasonCode = pick(reasons);
    const note = pick(notes);
    const phone = `0812${String(10_000_000 + Math.floor(random() * 89_999_999))}`;
    const attempts = [];
    let t = start + 2 * MIN;
    const failed = outcome === 'unreachable' ? 2 + Math.floor(random() * 2) : Math.floor(random() * 2);
    for (let k = 0; k < failed; k++) attempts.push({ at: iso((t += (1 + Math.floor(random() * 4)) * MIN)), result: pick(failures), note: '' });
    if (outcome === 'approved' || outcome === 'declined') attempts.push({ at: iso((t += 2 * MIN)), result: 'connected', note: '' });
    const handling = (3 + Math.floor(random() * 35)) * MIN + Math.floor(random() * 60) * 1000;
    const endedAt = start + handling; // when a session with an outcome ended
    const end = outcome ? endedAt : null;
    const pendingUntil = outcome === 'approved' || outcome === 'unreachable' ? iso(start + (24 + Math.floor(random() * 40)) * 60 * MIN) : null;
    const done = outcome !== null && outcome !== 'cancelled';
    const step = outcome === null ? pick(['recheck', 'call', 'explain']) : outcome === 'cancelled' ? 'cancelled' : 'done';
    const appliedBy = done ? (random() < 0.3 ? 'fill' : 'manual') : null;
    const answers = {
      step,
      request: { requesterName, requesterGroup, reasonCode, requestedUntil: null, note },
      recheckedAt: iso(start + MIN),
      attempts,
      answer: outcome === 'approved' ? { kind: 'approved', until: pendingUntil } : outcome === 'declined' ? { kind: 'declined', note: 'Minta teknisi datang hari ini' } : null,
      outcome,
      pendingUntil,
      workLog: done ? `Pending tiket IN${120000000 + i} atas permintaan ${requesterName}; pelanggan di ${phone}. Sesuai IN.OCC.TENESA.W-02.` : null,
      appliedAt: done ? iso(endedAt) : null,
      appliedBy,
      cancel: outcome === 'cancelled' ? { reason: 'Tiket sudah ditutup', at: iso(endedAt), atStep: 'call' } : null,
    };
    const session = {
      v: 1,
      id: uuid(1, i),
      ticketId: `IN${120000000 + i}`,
      agentId: agent.nossaUserId,
      procedure,
      step,
      answers,
      outcome,
      status: outcome === null ? 'open' : outcome === 'cancelled' ? 'cancelled' : 'done',
      startedAt: iso(start),
      updatedAt: iso(end ?? t),
      endedAt: end === null ? null : iso(end),
    };
    sessions.push(session);
    if (eventsMode === 'none') continue;
    event(session, 'session.started', { ticket: { ticketId: session.ticketId, contactPhone: phone, customerName: 'Pelanggan' } }, start);
    if (appliedBy === 'fill') {
      // The whole run as Pandu records it: an import checks every payload against its kind.
      const run = { kind: 'fill', ok: random() < 0.85, profileId: 'nossa-maximo', fields: [], committed: false, startedAt: iso(endedAt - 2 * MIN), totalMs: 4000, ownMs: 400 };
      event(session, 'fill.result', run, endedAt - MIN);
    }
    if (eventsMode === 'minimal') continue;
    event(session, 'request.submitted', { step: '1.2.1', requesterName, requesterGroup, reasonCode, requestedUntil: null, note }, start + 30_000);
    event(session, 'recheck.confirmed', { step: '1.2.2', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } }, start + MIN);
    attempts.forEach((a, k) => event(session, 'call.attempt', { step: '1.2.2', number: k + 1, ...a, failedSoFar: Math.min(k + 1, failed) }, Date.parse(a.at)));
    if (outcome === 'unreachable') event(session, 'outcome.unreachable', { step: '1.2.4', failedAttempts: failed, pendingUntil }, t + MIN);
    if (outcome === 'approved') event(session, 'customer.approved', { step: '1.2.5', pendingUntil }, t + MIN);
    if (outcome === 'declined') event(session, 'customer.declined', { step: '1.2.6', note: 'Minta teknisi datang hari ini', forwardTo: requesterGroup }, t + MIN);
    if (outcome === 'cancelled') event(session, 'flow.cancelled', { reason: 'Tiket sudah ditutup', atStep: 'call' }, endedAt);
    if (done) event(session, 'update.applied', { step: '1.3', outcome, by: appliedBy, workLog: answers.workLog }, endedAt);
  }

  // One shift checklist per agent per day for their shift: mostly on time, some late, a few never completed.
  const shifts = [];
  if (first === 0) {
    const firstDay = new Date(spec.endMs - days * DAY).toISOString().slice(0, 10);
    for (let d = 0; d <= days + 1; d++) {
      const date = new Date(Date.parse(`${firstDay}T00:00:00.000Z`) + d * DAY).toISOString().slice(0, 10);
      for (const [k, agent] of agents.entries()) {
        const [shiftName, shiftLabel, hour] = shiftOf(k);
        const startsAt = Date.parse(`${date}T00:00:00.000Z`) + hour * 60 * MIN;
        if (startsAt > spec.endMs) continue;
        const roll = random();
        const completedAt = roll < 0.85 ? startsAt - 5 * MIN : roll < 0.95 ? startsAt + 40 * MIN : null;
        shifts.push({
          v: 1,
          id: uuid(3, d * 100 + k),
          agentId: agent.nossaUserId,
          shiftDate: new Date(startsAt + 7 * 60 * MIN).toISOString().slice(0, 10),
          shiftName,
          shiftLabel,
          ticks: completedAt === null ? [] : [{ step: '1.1.6', tickedAt: iso(completedAt), detected: false }],
          completedAt: completedAt === null ? null : iso(completedAt),
          startsAt: iso(startsAt),
          endsAt: iso(startsAt + 8 * 60 * MIN),
          graceMinutes: 15,
          nossaUser: null,
          procedure,
        });
      }
    }
  }

  // The lead received these from the agents' files: the import record names every agent and area.
  const importRecord = {
    v: 1,
    id: uuid(4, first),
    fileName: 'pandu-tim.json',
    sha256: hex(first, 64),
    bytes: 1,
    importedAt: iso(spec.endMs),
    exportedAt: iso(spec.endMs),
    exportedBy: null,
    agents,
    masked: false,
    formatVersion: 1,
    counts: {
      sessions: { added: sessions.length, updated: 0, unchanged: 0 },
      events: { added: events.length, unchanged: 0 },
      shifts: { added: shifts.length, updated: 0, unchanged: 0 },
    },
  };
  return { sessions, events, shifts, imports: [importRecord], agents };
}

/**
 * Writes a generated log into the extension's IndexedDB from an extension page whose database is
 * already open at the current version (load dashboard.html first). Generation runs in the page;
 * batches of 5,000 records per transaction. Returns the number of records written per table.
 * @param {import('@playwright/test').Page} page
 * @param {LogSpec} spec
 * @returns {Promise<{ sessions: number, events: number, shifts: number, imports: number }>}
 */
export async function seedLog(page, spec) {
  // An expression string, not a function: extension pages forbid eval, and this keeps the
  // generator's source intact when it is evaluated there.
  const expression = `(async () => {
    const make = ${makeLogRecords.toString()};
    const records = make(${JSON.stringify(spec)});
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('pandu');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const counts = {};
    for (const table of ['sessions', 'events', 'shifts', 'imports']) {
      const rows = records[table];
      counts[table] = rows.length;
      for (let start = 0; start < rows.length; start += 5000) {
        await new Promise((resolve, reject) => {
          const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
          const store = tx.objectStore(table);
          for (const row of rows.slice(start, start + 5000)) store.put(row);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
    }
    db.close();
    return counts;
  })()`;
  return page.evaluate(expression);
}
