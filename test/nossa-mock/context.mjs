// @ts-check
// The per-request view of the store that renderers and event handlers share:
// which ui session, its current ticket, id allocation, date formatting, hidden fields.

import { READONLY_STATUSES } from './seed.mjs';
import { REJECT_REQUIRED_ATTR } from './fields.mjs';
import { idFor } from './uisession.mjs';

/**
 * @typedef {import('./store.mjs').Store} Store
 * @typedef {import('./uisession.mjs').UiSession} UiSession
 * @typedef {import('./seed.mjs').Ticket} Ticket
 */

/** @param {Store} store @param {UiSession} ui */
export function makeCtx(store, ui) {
  const ctx = {
    store,
    ui,
    /** The page's layout (fixed per load). */
    layout: ui.layout,
    /** @param {string} key */
    id: (key) => idFor(ui, key),
    /** @returns {Ticket | null} */
    ticket: () => (ui.ticketId ? (store.tickets[ui.ticketId] ?? null) : null),
    /** @param {string} canonical */
    fmt: (canonical) => store.fmt(canonical),
    /** @param {string} name */
    hidden: (name) => store.isHidden(name),
    /** Closed (history) records cannot be edited. */
    recordReadOnly: () => {
      const t = ctx.ticket();
      return Boolean(t && READONLY_STATUSES.includes(t.fields.STATUS ?? ''));
    },
    /** Committed value overlaid with this page's unsaved value. @param {string} attr */
    effective: (attr) => {
      const t = ctx.ticket();
      if (!t) return '';
      // An applied-but-unsaved status change (okSaves false) shows like a saved one.
      if (ui.statusChange && attr === 'STATUS') return ui.statusChange.status;
      if (ui.statusChange && attr === 'STATUSDATE') return ui.statusChange.statusDate;
      if (store.saveReject === 'required' && attr === REJECT_REQUIRED_ATTR) return '';
      return attr in ui.pending ? (ui.pending[attr] ?? '') : (t.fields[attr] ?? '');
    },
  };
  return ctx;
}

/** @typedef {ReturnType<typeof makeCtx>} Ctx */
