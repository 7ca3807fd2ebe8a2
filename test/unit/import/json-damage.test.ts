import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemText } from '@/entrypoints/dashboard/import/problem-text';
import { translator } from '@/lib/i18n';
import { checkImportText, jsonDamage, type ImportProblem } from '@/lib/import';
import { AGENTS, agentFile } from '../export/factory';

const refusal = (text: string): ImportProblem => {
  const check = checkImportText(text);
  if (check.ok) throw new Error('expected a refusal');
  return check.problem;
};

describe('where a text stops being JSON, found without a parser’s message', () => {
  it('finds nothing wrong in complete JSON of any shape', () => {
    for (const text of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\"\\u00e9"]} ', '"x"', '0', '12', 'null', '{"a":{"b":[[],{}]}}']) {
      expect(jsonDamage(text), text).toBeNull();
    }
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonDamage(JSON.stringify(value, null, 1)) === null));
  });

  it('calls every cut of a real export truncated, at the line where it stops', () => {
    const text = JSON.stringify(agentFile(AGENTS.dewi!, 1, 1), null, 2);
    for (let end = 1; end < text.length; end++) {
      const cut = text.slice(0, end);
      if (cut.trimEnd() !== cut) continue; // a cut after white space is a cut at the last character
      const damage = jsonDamage(cut);
      expect(damage, `cut at ${end}`).toMatchObject({ truncated: true, line: cut.split('\n').length });
    }
  });

  it('calls any cut of any JSON truncated', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((value) => typeof value === 'object' && value !== null),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (value, share) => {
          const text = JSON.stringify(value);
          const cut = text.slice(0, Math.max(1, Math.floor(text.length * share)));
          return cut === text || jsonDamage(cut)?.truncated === true;
        },
      ),
    );
  });

  it('names the line and column of the first character that cannot be there', () => {
    expect(jsonDamage('{"a": 1,\n  "b": 2,,\n}')).toEqual({ truncated: false, line: 2, column: 10 });
    expect(jsonDamage('{"a": tru}')).toEqual({ truncated: false, line: 1, column: 7 });
    expect(jsonDamage('{"a": 01}')).toEqual({ truncated: false, line: 1, column: 7 });
    expect(jsonDamage("{'a': 1}")).toEqual({ truncated: false, line: 1, column: 2 });
    expect(jsonDamage('{"a": "x\ny"}')).toEqual({ truncated: false, line: 1, column: 9 });
    expect(jsonDamage('{"a": "\\q"}')).toEqual({ truncated: false, line: 1, column: 8 });
    expect(jsonDamage('{"a": 1} {"b": 2}')).toEqual({ truncated: false, line: 1, column: 10 });
    expect(jsonDamage('[1 2]')).toEqual({ truncated: false, line: 1, column: 4 });
    expect(jsonDamage('{"a" 1}')).toEqual({ truncated: false, line: 1, column: 6 });
    expect(jsonDamage('{"a": 1,}')).toEqual({ truncated: false, line: 1, column: 9 });
  });

  it('tells a cut inside a string, an escape, a number or a word as truncated', () => {
    for (const text of ['{"a": "abc', '{"a": "x\\', '{"a": "\\u00', '{"a": -', '{"a": 1.5e', '{"a": tr', '{"a": nul', '{"a"', '{"a":', '[', '[1,']) {
      expect(jsonDamage(text), text).toMatchObject({ truncated: true });
    }
  });

  it('does not overflow on a file of a million brackets', () => {
    expect(jsonDamage('['.repeat(1_000_000))).toMatchObject({ truncated: true, line: 1 });
    expect(jsonDamage(`${'['.repeat(100_000)}}`)).toMatchObject({ truncated: false, column: 100_001 });
  });
});

describe('a broken JSON file is refused in words', () => {
  const whole = JSON.stringify(agentFile(AGENTS.dewi!, 1, 2), null, 2);

  it('says a cut-off export is cut off, with no parser message', () => {
    const problem = refusal(whole.slice(0, Math.floor(whole.length / 2)));
    expect(problem).toMatchObject({ code: 'not-json', truncated: true });
    const id = problemText(problem, translator('id'));
    expect(id).toMatch(/^Berkas JSON ini terpotong: berhenti di tengah data \(baris \d+\)\./);
    expect(id).not.toMatch(/Unexpected|JSON input|position/);
    expect(problemText(problem, translator('en'))).toMatch(/^This JSON file is cut off/);
  });

  it('says a hand-edited export is damaged, and where', () => {
    const edited = whole.replace('"masked": false', '"masked": false,,');
    const problem = refusal(edited);
    expect(problem).toMatchObject({ code: 'not-json', truncated: false });
    const line = edited.split('\n').findIndex((l) => l.includes('false,,')) + 1;
    expect(problem).toMatchObject({ line });
    expect(problemText(problem, translator('id'))).toContain(`rusak di baris ${line}, kolom`);
  });
});
