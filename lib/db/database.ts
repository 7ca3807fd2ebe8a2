import Dexie, { type EntityTable } from 'dexie';
import type { Draft, PanduEvent, Session, Settings, Shift } from '../schema';
import type { ImportRecord, SourcePart } from '../import/record';
import type { OutboxRow, TeamRow } from '../team/connection';
import { outboxMiddleware } from './outbox';
import { defineVersions } from './versions';

export const DB_NAME = 'pandu';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/**
 * The one database. Opened only in the extension's own origin (background, popup, dashboard):
 * opened from a content script it would belong to NOSSA's origin, readable by the page.
 */
export class PanduDb extends Dexie {
  sessions!: EntityTable<Session, 'id'>;
  events!: EntityTable<PanduEvent, 'id'>;
  shifts!: EntityTable<Shift, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  drafts!: EntityTable<Draft, 'sessionId'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  /** Where imported records came from, in parts (lib/db/provenance.ts). */
  sources!: EntityTable<SourcePart, 'key'>;
  outbox!: EntityTable<OutboxRow, 'key'>;
  team!: EntityTable<TeamRow, 'key'>;

  /** Called after a transaction that queued records for the team server committed (the background flushes then). */
  private readonly queuedListeners = new Set<() => void>();

  constructor(name: string = DB_NAME) {
    super(name);
    defineVersions(this);
    this.use(outboxMiddleware(() => this.queuedListeners.forEach((listener) => listener())));
  }

  /** Hears every commit that queued records for the team server, in this context; returns the unsubscribe. */
  onOutboxQueued(listener: () => void): () => void {
    this.queuedListeners.add(listener);
    return () => this.queuedListeners.delete(listener);
  }
}
