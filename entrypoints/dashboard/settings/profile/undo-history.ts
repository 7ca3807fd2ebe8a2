import type { SiteProfile } from '@/lib/schema/site-profile';

/**
 * The stored profiles this page has seen replaced, newest last, so "Urungkan perubahan terakhir"
 * can put back the one before the last change: a save here, "Kembali ke bawaan", an import, or a
 * save from the NOSSA panel's picker while this page was open (settings pushes). Kept for the
 * page's life only: an undo is about what the lead just did, and nothing extra is stored.
 * Profiles are held as JSON text: settings arrive as new objects on every push.
 */
export interface UndoHistory {
  /** The stored profile last seen (JSON; "null" = the shipped default), undefined before the first. */
  seen?: string;
  /** The profiles before each change, oldest first. */
  previous: string[];
  /** The profile an undo just asked for: seeing it arrive is not a change to remember. */
  expecting?: string;
}

/** How many changes back an undo can go. */
export const UNDO_DEPTH = 20;

export const emptyHistory: UndoHistory = { previous: [] };

/** The stored profile, as seen now (on load, after a save, on a push). */
export function observed(history: UndoHistory, stored: SiteProfile | null): UndoHistory {
  const now = JSON.stringify(stored);
  if (history.seen === undefined || history.seen === now) return { ...history, seen: now };
  if (history.expecting === now) return { previous: history.previous, seen: now };
  return { previous: [...history.previous, history.seen].slice(-UNDO_DEPTH), seen: now };
}

/** The profile an undo restores (null: the shipped default), or undefined when there is nothing to undo. */
export function undoTarget(history: UndoHistory): SiteProfile | null | undefined {
  const last = history.previous.at(-1);
  return last === undefined ? undefined : (JSON.parse(last) as SiteProfile | null);
}

/** The history once the undo was asked for: that change is forgotten, and its arrival expected. */
export function undoing(history: UndoHistory): UndoHistory {
  const last = history.previous.at(-1);
  if (last === undefined) return history;
  return { ...history, previous: history.previous.slice(0, -1), expecting: last };
}
