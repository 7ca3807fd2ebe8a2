import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportFileWriter, type ExportFileInput } from '@/lib/export';
import { IMPORT_LIMITS, checkImportText, fileText, readExportFile, type ImportCheck, type ImportLimits } from '@/lib/import';
import { AGENTS, agentFile, directory, makeSession, makeShift, trailOf } from '../export/factory';

/** The text cut into pieces at the given places (sorted, deduplicated), as a reader receives it. */
async function* piecesOf(text: string, cuts: number[] = []): AsyncGenerator<string> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue;
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}

const read = (text: string, cuts?: number[], limits?: ImportLimits) => readExportFile(piecesOf(text, cuts), limits);
const everyChar = (text: string) => Array.from({ length: text.length }, (_, i) => i);
const good = agentFile(AGENTS.dewi!, 1, 3);
const goodText = JSON.stringify(good);

/** The streaming reader and the whole-text check agree, whatever the pieces. */
async function expectSameAsWhole(text: string, cuts?: number[]): Promise<ImportCheck> {
  const streamed = await read(text, cuts);
  expect(streamed).toEqual(checkImportText(text));
  return streamed;
}

describe('reading an export file in pieces (lib/import/read-stream.ts)', () => {
  it('takes a good file whole, with the same records as checking the whole text, one piece or one character at a time', async () => {
    const whole = await expectSameAsWhole(goodText);
    expect(whole.ok).toBe(true);
    await expectSameAsWhole(goodText, everyChar(goodText));
  });

  it('takes the file pretty-printed, with a byte-order mark dropped by the decoder, and keys in another order', async () => {
    await expectSameAsWhole(JSON.stringify(good, null, 2));
    const { format, version, ...rest } = good;
    const reordered = JSON.stringify({ ...rest, format, version });
    expect((await read(reordered)).ok).toBe(true);
    const bytes = new TextEncoder().encode('\uFEFF' + goodText);
    const check = await readExportFile(fileText(new Blob([bytes]), undefined, 7));
    expect(check).toEqual(checkImportText(goodText));
  });

  it('decodes UTF-8 split across chunks: Indonesian names and any character survive every boundary', async () => {
    const file = structuredClone(good);
    file.agents[0]!.name = 'Ni Luh Putu Ayu Setyaningsih ñ é “kutip” 𝄞';
    const text = JSON.stringify(file);
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 64]) {
      const check = await readExportFile(fileText(new Blob([bytes]), undefined, size));
      expect(check.ok && check.file.agents[0]!.name).toBe('Ni Luh Putu Ayu Setyaningsih ñ é “kutip” 𝄞');
    }
  });

  it('round trip: the streamed writer (parts taken batch by batch) read back in pieces gives the same records', async () => {
    const sessions = Array.from({ length: 40 }, (_, i) => makeSession(i + 1, { agentId: i % 2 ? '930101' : '940202' }));
    const events = sessions.flatMap(trailOf);
    const shifts = [makeShift(1, '930101', '2026-11-20', '2026-11-20T00:05:00.000Z')];
    const writer = new ExportFileWriter({
      agents: directory(AGENTS.dewi!, AGENTS.putu!),
      exportedBy: AGENTS.dewi!,
      exportedAt: '2026-11-27T03:00:00.000Z',
      appVersion: '0.1.0',
      mask: false,
    });
    const taken: string[] = [];
    for (let i = 0; i < sessions.length; i += 7) {
      writer.sessions(sessions.slice(i, i + 7));
      taken.push(writer.takeParts().join(''));
    }
    for (let i = 0; i < events.length; i += 11) {
      writer.events(events.slice(i, i + 11));
      taken.push(writer.takeParts().join(''));
    }
    writer.shifts(shifts);
    taken.push(writer.finish().join(''));
    // Each taken batch is one piece, as the export's Blob parts arrive at the reader.
    const check = await readExportFile(
      (async function* () {
        yield* taken;
      })(),
    );
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    expect(check.file.sessions).toEqual(sessions);
    expect(check.file.events).toEqual(events);
    expect(check.file.shifts).toEqual(shifts);
    expect(check.file.agents.map((a) => a.nossaUserId)).toEqual(['930101', '940202']);
    // Once more as bytes from a Blob, read in small chunks.
    const blobCheck = await readExportFile(fileText(new Blob(taken), undefined, 1000));
    expect(blobCheck).toEqual(check);
  });

  it('gives the same refusals as the whole-text check: schema issues, duplicates, strangers, orphans, versions, not Pandu', async () => {
    const bad = structuredClone(good) as Record<string, any>;
    bad.sessions[1].ticketId = 'X123';
    bad.events[7].at = '27-11-2026 10:00';
    bad.exportedAt = 'kemarin';
    const duplicate = structuredClone(good);
    duplicate.events[3]!.id = duplicate.events[2]!.id;
    const stranger = structuredClone(good);
    stranger.sessions[1]!.agentId = '999999';
    const orphan = structuredClone(good);
    orphan.sessions = orphan.sessions.slice(1);
    const { version: _version, ...noVersion } = good;
    const { format: _format, ...noFormat } = good;
    for (const file of [
      bad,
      duplicate,
      stranger,
      orphan,
      noVersion,
      noFormat,
      { ...good, version: 2 },
      { ...good, version: '1' },
      { ...good, format: 'other' },
      {},
      { format: 'pandu-export' },
    ]) {
      const text = JSON.stringify(file);
      const check = await expectSameAsWhole(text, [17, 100, 1000]);
      expect(check.ok).toBe(false);
    }
    expect(await read(JSON.stringify([good]))).toEqual({ ok: false, problem: { code: 'not-pandu' } });
    expect(await read('"pandu"')).toEqual(checkImportText('"pandu"'));
  });

  it('says at once when the header shows another file or version, before reading the records', async () => {
    let pulled = 0;
    async function* counted() {
      for await (const piece of piecesOf(
        JSON.stringify({ ...good, version: 9 }),
        everyChar(goodText).filter((i) => i % 10 === 0),
      )) {
        pulled++;
        yield piece;
      }
    }
    expect(await readExportFile(counted())).toEqual({ ok: false, problem: { code: 'version-newer', version: 9 } });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a file cut off anywhere as truncated, never as taken', async () => {
    for (let end = 1; end < goodText.length; end += 37) {
      const check = await read(goodText.slice(0, end), [Math.floor(end / 2)]);
      expect(check).toMatchObject({ ok: false, problem: { code: 'not-json', truncated: true, line: 1 } });
    }
  });

  it('names the place where the JSON breaks, as the whole-text check does (line and column)', async () => {
    const broken = goodText.replace('"ticketId":', '"ticketId";');
    const whole = checkImportText(broken);
    expect(whole).toMatchObject({ ok: false, problem: { code: 'not-json', truncated: false } });
    expect(await read(broken, [50, 500])).toEqual(whole);
    const pretty = JSON.stringify(good, null, 2).replace('"status": "done"', '"status": done');
    expect(
      await read(
        pretty,
        everyChar(pretty).filter((i) => i % 97 === 0),
      ),
    ).toEqual(checkImportText(pretty));
    expect(await read(goodText + ' x')).toEqual(checkImportText(goodText + ' x'));
  });

  it('tells a CSV or other text by its kind, as the whole-text check does', async () => {
    for (const text of ['Tiket;ID agen;Nama\r\nIN1;930101;Dewi', 'sep=;\r\na;b;c', 'hello', '   ']) expect(await read(text)).toEqual(checkImportText(text));
  });

  it('never throws on damaged input, and agrees with the whole-text check on whether a file is taken and on the refusal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: goodText.length - 1 }),
        fc.integer({ min: 0, max: 40 }),
        fc.string({ maxLength: 8 }),
        fc.array(fc.nat(goodText.length)),
        async (at, cut, insert, cuts) => {
          const damaged = goodText.slice(0, at) + insert + goodText.slice(at + cut);
          const streamed = await read(damaged, cuts);
          const whole = checkImportText(damaged);
          expect(streamed.ok).toBe(whole.ok);
          if (streamed.ok || whole.ok) expect(streamed).toEqual(whole);
          // A header that shows another file or version is refused as soon as it is read, before
          // a break further on is reached: the one way the answers may differ.
          else if (whole.problem.code === 'not-json' && streamed.problem.code !== 'not-json')
            expect(['not-pandu', 'version-newer', 'version-unknown']).toContain(streamed.problem.code);
          else expect(streamed.problem.code).toBe(whole.problem.code);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the import limits', () => {
  it("take the lead's own full export: 362 MB and 772,297 records are within them, with room", () => {
    expect(IMPORT_LIMITS.maxBytes).toBeGreaterThanOrEqual(2 * 362_000_000);
    expect(IMPORT_LIMITS.maxRecords).toBeGreaterThanOrEqual(2 * 772_297);
    expect(IMPORT_LIMITS.maxRecordChars).toBe(1024 * 1024);
  });

  it('refuse one record over the per-record size with its place, without waiting for its end', async () => {
    const file = structuredClone(good) as Record<string, any>;
    file.events[4].payload = { note: 'x'.repeat(5_000) };
    const text = JSON.stringify(file);
    const limits = { ...IMPORT_LIMITS, maxRecordChars: 2_000 };
    const check = await read(text, [], limits);
    expect(check).toMatchObject({ ok: false, problem: { code: 'record-too-large', path: 'events[4]', max: 2_000 } });
    // Cut off inside the long record: refused for its size as soon as it is over, not as truncated.
    const start = text.indexOf('x'.repeat(100));
    expect(await read(text.slice(0, start + 2_500), [start], limits)).toMatchObject({ ok: false, problem: { code: 'record-too-large', path: 'events[4]' } });
    // A header value may be eight times a record (the agents list).
    const header = { ...good, app: { name: 'Pandu', version: '0.1.0', padding: 'y'.repeat(20_000) } };
    expect(await read(JSON.stringify(header), [], limits)).toMatchObject({ ok: false, problem: { code: 'record-too-large', path: 'app', max: 16_000 } });
  });

  it('count every record past the limit, so the refusal says how many there are', async () => {
    const limits = { ...IMPORT_LIMITS, maxRecords: 10 };
    expect(await read(goodText, [], limits)).toEqual({ ok: false, problem: { code: 'too-many-records', count: 19, max: 10 } });
    expect(await read(goodText, [], limits)).toEqual(checkImportText(goodText, limits));
  });

  it('a "__proto__" key in the header stays a plain key (stripped), never the prototype', async () => {
    const text = goodText.slice(0, -1) + ',"__proto__":{"polluted":true}}';
    const check = await read(text);
    expect(check.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the written file is what an export of sessions holds (types)', () => {
  it('an empty export reads back as empty sections', async () => {
    const text = new ExportFileWriter({ agents: new Map(), exportedBy: null, exportedAt: '2026-11-27T03:00:00.000Z', appVersion: '0.1.0', mask: false }).finish().join('');
    const check = await read(text, everyChar(text));
    expect(check.ok && [check.file.sessions, check.file.events, check.file.shifts]).toEqual([[], [], []]);
    expect(JSON.parse(text) as ExportFileInput).toMatchObject({ sessions: [], events: [], shifts: [] });
  });
});
