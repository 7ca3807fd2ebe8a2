import type { PanduEvent, Session, Shift } from '../schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFileInput, type FileAgent } from './file-schema';
import type { AgentDirectory } from '../logs/log-row';
import { maskDeep } from './mask';
import { HeldTally, type ExportContents, type HeldRecords } from './contents';

export interface ExportHeaderInput {
  /** Who is known: names and areas for the `agents` header. */
  agents: AgentDirectory;
  exportedBy: FileAgent | null;
  exportedAt: string;
  appVersion: string;
  mask: boolean;
}

export interface JsonExportInput extends ExportHeaderInput {
  sessions: readonly Session[];
  events: readonly PanduEvent[];
  shifts: readonly Shift[];
  /** The `contents` header, from what the records turned out to hold. */
  contents?: (held: HeldRecords) => ExportContents;
}

/** The record with one part's phone numbers masked: itself when that part holds none. */
function withMasked<T extends object, K extends keyof T>(record: T, key: K): T {
  const masked = maskDeep(record[key]);
  return masked === record[key] ? record : { ...record, [key]: masked };
}

/** An event as the file holds it: its JSON text, phone numbers in its payload masked when asked. */
export const eventJson = (event: PanduEvent, mask: boolean): string => JSON.stringify(mask ? withMasked(event, 'payload') : event);

type Section = 'sessions' | 'events' | 'shifts';
const SECTIONS: readonly Section[] = ['sessions', 'events', 'shifts'];

/**
 * Writes the export file (file-schema.ts) as string parts, section by section, so 100,000
 * sessions with their events never have to sit in memory as one object or one string. Every
 * agent whose records were written gets an `agents` entry, from what this browser knows of
 * them (an unknown agent keeps its id, with no area). With `mask`, phone numbers in flow
 * answers and event payloads are masked.
 */
export class ExportFileWriter {
  readonly parts: string[] = [];
  private readonly agentIds = new Set<string>();
  /** Whose records were written and the days their sessions started: what `contents` describes. */
  private readonly tally = new HeldTally();
  /** The section records are being written to, and the index of the next one to open. */
  private current: Section | null = null;
  private next = 0;
  private first = true;

  constructor(private readonly header: ExportHeaderInput) {
    const head: Omit<ExportFileInput, Section | 'agents'> = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: header.exportedAt,
      exportedBy: header.exportedBy,
      app: { name: 'Pandu', version: header.appVersion },
      masked: header.mask,
    };
    this.parts.push(JSON.stringify(head).slice(0, -1));
    if (header.exportedBy) this.agentIds.add(header.exportedBy.nossaUserId);
  }

  /** Sections go in order (sessions, events, shifts); skipped ones are written empty. */
  private moveTo(section: Section) {
    if (this.current === section) return;
    const target = SECTIONS.indexOf(section);
    if (target < this.next) throw new Error(`section "${section}" written out of order`);
    while (this.next <= target) {
      if (this.current) this.parts.push(']');
      this.current = SECTIONS[this.next]!;
      this.parts.push(`,"${this.current}":[`);
      this.next++;
      this.first = true;
    }
  }

  private write(section: Section, records: readonly { agentId: string }[], text: (record: never) => string) {
    this.moveTo(section);
    if (!records.length) return;
    const texts = new Array<string>(records.length);
    for (let i = 0; i < records.length; i++) {
      this.agentIds.add(records[i]!.agentId);
      texts[i] = text(records[i] as never);
    }
    this.parts.push((this.first ? '' : ',') + texts.join(','));
    this.first = false;
  }

  /**
   * Events whose text was written elsewhere (another worker, with `eventJson`, joined by commas):
   * the file takes them at this point. Returns the parts up to here, to put before that text.
   */
  eventsWrittenElsewhere(count: number, agentIds: Iterable<string>): string[] {
    this.moveTo('events');
    if (count > 0) {
      for (const id of agentIds) {
        this.agentIds.add(id);
        this.tally.agent(id);
      }
      if (!this.first) this.parts.push(',');
      this.first = false;
    }
    return this.takeParts();
  }

  sessions(records: readonly Session[]) {
    for (const session of records) this.tally.session(session.agentId, Date.parse(session.startedAt));
    this.write('sessions', records, (s: Session) => JSON.stringify(this.header.mask ? withMasked(s, 'answers') : s));
  }

  events(records: readonly PanduEvent[]) {
    for (const event of records) this.tally.agent(event.agentId);
    this.write('events', records, (e: PanduEvent) => eventJson(e, this.header.mask));
  }

  shifts(records: readonly Shift[]) {
    for (const shift of records) this.tally.agent(shift.agentId);
    this.write('shifts', records, (s: Shift) => JSON.stringify(s));
  }

  /**
   * The parts written since the last call, handed over and forgotten: a writer that streams the
   * file (the team server, to an HTTP response) takes them after each batch, so the file is never
   * held whole. `finish` then returns only the parts after the last take.
   */
  takeParts(): string[] {
    return this.parts.splice(0);
  }

  /** What the records written so far cover (the input of `exportContents`). */
  held(): HeldRecords {
    return this.tally;
  }

  /** Closes every section (empty ones included) and appends the `agents` header, and `contents` when given. */
  finish(contents?: ExportContents): string[] {
    this.moveTo('shifts');
    this.parts.push(']');
    this.current = null;
    const agents: FileAgent[] = [...this.agentIds].sort().map((id) => {
      const known = this.header.agents.get(id);
      return { nossaUserId: id, name: known?.name ?? '', area: known?.area ?? null, teamLead: known?.teamLead ?? '' };
    });
    this.parts.push(`,"agents":${JSON.stringify(agents)}${contents ? `,"contents":${JSON.stringify(contents)}` : ''}}`);
    return this.parts;
  }
}

/** The whole file as one object (small sets; tests). */
export function buildExportFile(input: JsonExportInput): ExportFileInput {
  const writer = new ExportFileWriter(input);
  writer.sessions(input.sessions);
  writer.events(input.events);
  writer.shifts(input.shifts);
  return JSON.parse(writer.finish(input.contents?.(writer.held())).join('')) as ExportFileInput;
}
