import type * as z from 'zod/mini';
import { formatPath } from '../schema/issues';
import { eventSchema, shiftSchema } from '../schema';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, fileSessionSchema, type ExportFile } from '../export/file-schema';
import { IMPORT_LIMITS, checkConsistency, type ImportCheck, type ImportLimits, type ImportProblem } from './check';
import { HEAD_BYTES, textKind } from './file-kind';
import { jsonDamage } from './json-damage';

/**
 * Reads an export file as it arrives, chunk by chunk, so the lead's own complete export (362 MB
 * for 100,000 sessions with their 672,297 events) can be imported: the file is never one string
 * (V8 cannot even hold a string past about 512 MB), each record is cut out of the text, parsed and
 * checked against its schema on its own, and only the checked records are kept. The answer is the
 * same as `checkImportText` on the whole text gives for a well-formed file (the same problems in
 * the same order); on top, a record bigger than `maxRecordChars` is refused with its place.
 */

const SECTIONS = { sessions: fileSessionSchema, events: eventSchema, shifts: shiftSchema } as const;
type Section = keyof typeof SECTIONS;
const isSection = (key: string): key is Section => Object.hasOwn(SECTIONS, key);

const MAX_LISTED_ISSUES = 5;
/** A header value (the `agents` list of up to 10,000 agents, `contents`) may be larger than one record. */
const HEADER_VALUE_FACTOR = 8;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Index after the string that opens at `start`, or -1 when the text ends inside it. */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * Index after the JSON value that starts at `start`, or -1 when the text ends first. Only the
 * value's extent is found here (strings skipped, brackets counted); JSON.parse then checks it.
 */
export function valueEnd(text: string, start: number, atEnd: boolean): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next delimiter.
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON) break;
      i++;
    }
    return i < text.length || atEnd ? i : -1;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return -1;
}

/** A refusal found while reading: thrown, so the reader stops there; `readExportFile` answers with it. */
class Refusal extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

/** The text read so far that is not yet consumed, and the chunks still to come. */
class Cursor {
  text = '';
  pos = 0;
  /** Characters consumed and dropped before `text`, and the lines they held (for the place a refusal names). */
  private dropped = 0;
  private line = 1;
  private lineStart = 0;
  ended = false;

  constructor(private readonly chunks: AsyncIterator<string>) {}

  /** Appends the next chunk; false at the end of the file. */
  async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    for (let i = this.text.indexOf('\n'); i !== -1 && i < this.pos; i = this.text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = this.dropped + i + 1;
    }
    this.dropped += this.pos;
    this.text = this.text.slice(this.pos) + next.value;
    this.pos = 0;
    return true;
  }

  get at(): number {
    return this.dropped + this.pos;
  }

  /** Line and column (1-based) of a character still in `text`, given by its offset in the file. */
  place(offset: number): { line: number; column: number } {
    let { line, lineStart } = this;
    for (let i = this.text.indexOf('\n'); i !== -1 && this.dropped + i < offset; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = this.dropped + i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }

  /** The JSON breaks at this character (the file's offset). */
  broken(offset = this.at): Refusal {
    return new Refusal({ code: 'not-json', truncated: false, ...this.place(offset) });
  }

  /**
   * The file ends before its JSON does. Cut off (a download or copy that did not finish) unless
   * the unfinished value breaks before the end (a lost quote makes the rest look like one long
   * string): then broken at that character, as checking the whole text says.
   */
  cutOff(): Refusal {
    const damage = this.pos < this.text.length ? jsonDamage(this.text.slice(this.pos)) : null;
    if (damage && !damage.truncated) return this.brokenAt(damage);
    return new Refusal({ code: 'not-json', truncated: true, ...this.place(this.dropped + this.text.length) });
  }

  /** A value's text (at the cursor) that JSON.parse refused: broken at its first bad character (json-damage.ts). */
  brokenValue(text: string): Refusal {
    const damage = jsonDamage(text);
    // Its extent was found by counting brackets, which a lost quote misleads: then look further.
    return damage && !damage.truncated ? this.brokenAt(damage) : this.cutOff();
  }

  /** A place given relative to the value at the cursor, made the file's own. */
  private brokenAt(damage: { line: number; column: number }): Refusal {
    const start = this.place(this.at);
    return new Refusal({
      code: 'not-json',
      truncated: false,
      ...(damage.line === 1 ? { line: start.line, column: start.column + damage.column - 1 } : { line: start.line + damage.line - 1, column: damage.column }),
    });
  }

  /** The next character that is not white space (-1 at the end of the file), left unconsumed. */
  async peek(): Promise<number> {
    for (;;) {
      while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
      if (this.pos < this.text.length) return this.text.charCodeAt(this.pos);
      if (!(await this.more())) return -1;
    }
  }

  /** Consumes `char`, the next character that is not white space. */
  async expect(char: number) {
    const c = await this.peek();
    if (c < 0) throw this.cutOff();
    if (c !== char) throw this.broken();
    this.pos++;
  }

  /**
   * The next value, parsed; refused when its text is over `max` characters (`tooLarge` says how).
   * Parsed before the cursor moves past it, so a refusal can name the place.
   */
  async value(max: number, tooLarge: (chars: number) => Refusal): Promise<unknown> {
    if ((await this.peek()) < 0) throw this.cutOff();
    for (;;) {
      const end = valueEnd(this.text, this.pos, this.ended);
      if (end >= 0) {
        if (end - this.pos > max) throw tooLarge(end - this.pos);
        const text = this.text.slice(this.pos, end);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          throw this.brokenValue(text);
        }
        this.pos = end;
        return value;
      }
      if (this.text.length - this.pos > max) throw tooLarge(this.text.length - this.pos);
      if (!(await this.more())) throw this.cutOff();
    }
  }
}

/** The issues of a failed record, with the record's place in the file before their own path. */
const issuesAt = (error: z.core.$ZodError, prefix: PropertyKey[]) => error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));

/**
 * Checks an export file read as a sequence of text chunks (a file's bytes decoded in order), and
 * gives the file's records when it is taken whole. Records past `maxRecords` are counted, not kept.
 */
export async function readExportFile(chunks: AsyncIterable<string>, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportCheck> {
  const cursor = new Cursor(chunks[Symbol.asyncIterator]());
  try {
    return await read(cursor, limits);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

async function read(cursor: Cursor, limits: ImportLimits): Promise<ImportCheck> {
  const first = await cursor.peek();
  if (first !== OPEN_BRACE) {
    // Not an object: JSON of another shape is not a Pandu file; anything else (a CSV, a
    // workbook's text) is told by its kind, from the file's beginning (file-kind.ts).
    while (cursor.text.length < HEAD_BYTES && (await cursor.more()));
    const kind = textKind(cursor.text.slice(cursor.pos, cursor.pos + HEAD_BYTES));
    return { ok: false, problem: kind === 'json' ? { code: 'not-pandu' } : { code: 'wrong-kind', kind } };
  }
  cursor.pos++;
  // No prototype: a hostile "__proto__" key stays a plain (unknown, stripped) key.
  const header: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  /** Each section read as an array, its checked records (a section that is not an array stays in `header`). */
  const records: Partial<Record<Section, unknown[]>> = {};
  const issues: Array<{ path: string; message: string }> = [];
  let issueCount = 0;
  let count = 0;
  const headerMax = limits.maxRecordChars * HEADER_VALUE_FACTOR;
  /** The separator after a member or an element: "," goes on, `close` ends the container. */
  const separator = async (close: number): Promise<boolean> => {
    const next = await cursor.peek();
    if (next < 0) throw cursor.cutOff();
    if (next !== COMMA && next !== close) throw cursor.broken();
    cursor.pos++;
    return next === COMMA;
  };

  if ((await cursor.peek()) === CLOSE_BRACE) cursor.pos++;
  else {
    do {
      if ((await cursor.peek()) !== QUOTE) throw (await cursor.peek()) < 0 ? cursor.cutOff() : cursor.broken();
      const key = (await cursor.value(headerMax, () => cursor.broken())) as string;
      await cursor.expect(COLON);
      if (isSection(key) && (await cursor.peek()) === OPEN_BRACKET) {
        cursor.pos++;
        // A key given twice counts once, the later value, as in JSON.parse.
        delete header[key];
        const kept: unknown[] = (records[key] = []);
        const schema = SECTIONS[key];
        if ((await cursor.peek()) === CLOSE_BRACKET) cursor.pos++;
        else {
          let index = 0;
          do {
            const place = `${key}[${index}]`;
            const value = await cursor.value(limits.maxRecordChars, (chars) => new Refusal({ code: 'record-too-large', path: place, chars, max: limits.maxRecordChars }));
            // Past the limit, records are only counted (the refusal says how many there are).
            if (++count <= limits.maxRecords) {
              const parsed = schema.safeParse(value);
              if (!parsed.success) {
                issueCount += parsed.error.issues.length;
                if (issues.length < MAX_LISTED_ISSUES) issues.push(...issuesAt(parsed.error, [key, index]).slice(0, MAX_LISTED_ISSUES - issues.length));
              } else if (!issueCount) kept.push(parsed.data);
            }
            index++;
          } while (await separator(CLOSE_BRACKET));
        }
      } else {
        if (isSection(key)) delete records[key];
        header[key] = await cursor.value(headerMax, (chars) => new Refusal({ code: 'record-too-large', path: key, chars, max: headerMax }));
        // What makes the rest pointless is said at once: not a Pandu file, another version.
        const decided = 'format' in header && (header.format !== EXPORT_FORMAT || 'version' in header);
        const early = (key === 'format' || key === 'version') && decided ? headerProblem(header) : null;
        if (early) return { ok: false, problem: early };
      }
    } while (await separator(CLOSE_BRACE));
  }
  if ((await cursor.peek()) >= 0) throw cursor.broken();

  const refuse = (problem: ImportProblem): ImportCheck => ({ ok: false, problem });
  const problem = headerProblem(header);
  if (problem) return refuse(problem);
  if (count > limits.maxRecords) return refuse({ code: 'too-many-records', count, max: limits.maxRecords });
  // The header checked by the file's own schema, each section read as an array standing in empty
  // (its records were checked one by one): a missing or misshapen section is an issue of the header.
  const head = exportFileSchema.safeParse({
    ...header,
    sessions: records.sessions ? [] : header.sessions,
    events: records.events ? [] : header.events,
    shifts: records.shifts ? [] : header.shifts,
  });
  if (!head.success || issueCount) {
    // The header's issues first, as checking the whole file at once lists them.
    const headIssues = head.success ? [] : issuesAt(head.error, []);
    return refuse({ code: 'invalid', issues: [...headIssues, ...issues].slice(0, MAX_LISTED_ISSUES), total: headIssues.length + issueCount });
  }
  const file = { ...head.data, ...records } as ExportFile;
  const consistency = checkConsistency(file);
  return consistency ? refuse(consistency) : { ok: true, file };
}

/** The refusals `checkImportData` makes from the header, in its order: not a Pandu file, then another version. */
function headerProblem(header: Record<string, unknown>): ImportProblem | null {
  if (header.format !== EXPORT_FORMAT) return { code: 'not-pandu' };
  if (header.version === EXPORT_VERSION) return null;
  return typeof header.version === 'number' && header.version > EXPORT_VERSION
    ? { code: 'version-newer', version: header.version }
    : { code: 'version-unknown', version: String(header.version) };
}

/**
 * A file's text in chunks: bytes read `chunkBytes` at a time, decoded as UTF-8 across chunk
 * boundaries (a byte-order mark dropped, as TextDecoder does), each chunk's bytes shown to `onBytes`
 * first (the import hashes them and reports its progress).
 */
export async function* fileText(file: Blob, onBytes?: (bytes: Uint8Array, read: number) => void, chunkBytes = 4 << 20): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < file.size; at += chunkBytes) {
    const bytes = new Uint8Array(await file.slice(at, at + chunkBytes).arrayBuffer());
    onBytes?.(bytes, Math.min(file.size, at + chunkBytes));
    yield decoder.decode(bytes, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
