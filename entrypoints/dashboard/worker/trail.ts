import { forEachEventPage, type PanduDb } from '@/lib/db';
import { eventJson } from '@/lib/export';
import type { PanduEvent } from '@/lib/schema';

/** The trail's text as a JSON export holds it: events joined by commas, in parts, and whose they are. */
export interface TrailText {
  parts: Blob[];
  count: number;
  agentIds: string[];
}

/** Events turned into text at most this many at a time before they become a Blob part. */
const PART_EVENTS = 5_000;

/**
 * The audit trail of a JSON export, written while another worker reads the sessions: every
 * event of a session is read and turned into its text at once (the costly part), before anyone
 * knows which sessions the export keeps; once `keep` names them, what was held is sifted and the
 * rest goes straight into Blob parts, so the texts held in memory are only those read before.
 */
export class TrailWriter {
  private held: Array<{ sessionId: string; agentId: string; text: string }> | null = [];
  private wanted: ReadonlySet<string> | null = null;
  private kept: string[] = [];
  private readonly parts: Blob[] = [];
  private readonly agentIds = new Set<string>();
  private count = 0;

  constructor(private readonly mask: boolean) {}

  /** Events as they are read, in the store's order; those of no session are not the trail's. */
  add(events: readonly PanduEvent[]): void {
    for (const event of events) {
      if (event.sessionId === null) continue;
      if (this.held) this.held.push({ sessionId: event.sessionId, agentId: event.agentId, text: eventJson(event, this.mask) });
      else if (this.wanted!.has(event.sessionId)) this.take(event.agentId, eventJson(event, this.mask));
    }
  }

  /** The exported sessions: from now on only their events are kept. */
  keep(sessionIds: ReadonlySet<string>): void {
    if (!this.held) throw new Error('keep called twice');
    this.wanted = sessionIds;
    const held = this.held;
    this.held = null;
    for (const event of held) if (sessionIds.has(event.sessionId)) this.take(event.agentId, event.text);
  }

  private take(agentId: string, text: string) {
    this.kept.push(text);
    this.agentIds.add(agentId);
    this.count++;
    if (this.kept.length >= PART_EVENTS) this.flush();
  }

  private flush() {
    if (!this.kept.length) return;
    this.parts.push(new Blob([(this.parts.length ? ',' : '') + this.kept.join(',')]));
    this.kept = [];
  }

  /** The text of every kept event; `keep` must have been called. */
  finish(): TrailText {
    if (this.held) throw new Error('finish called before keep');
    this.flush();
    return { parts: this.parts, count: this.count, agentIds: [...this.agentIds] };
  }
}

/** Reads every event into a trail writer, reporting how many were read of how many. */
export async function readTrail(db: PanduDb, writer: TrailWriter, progress: (done: number, total: number) => void): Promise<void> {
  await forEachEventPage(db, (page, done, total) => {
    writer.add(page);
    progress(done, total);
  });
}
