/**
 * The log reader's byte searches, made faster, find what a search for the whole string finds: run/'s mark
 * (RECOVERED_MARK) from its rarer tail, and the console parsers' needs (ByteNeedle) from a short part, each
 * then compared whole, at a chunk's edges and among look-alikes.
 */
import { ByteNeedle, recoveredMarks, searchedNeeds } from '../../src/adapters/log-file.js';
import { RECOVERED_MARK } from '../../src/core/recovered-log.js';
import { CONSOLE_RUNNERS, FAILED_NEEDS } from '../../src/test-recovery/index.js';

function wholeMarks(chunk: Buffer): number[] {
  const out: number[] = [];
  for (let at = chunk.indexOf(RECOVERED_MARK); at >= 0; at = chunk.indexOf(RECOVERED_MARK, at + 1))
    out.push(at);
  return out;
}

function found(chunk: Buffer): number[] {
  const marks: number[] = [];
  recoveredMarks(chunk, marks);
  return marks;
}

test('finds the mark at the start, the end and between look-alikes', () => {
  const text = [
    `${RECOVERED_MARK}stage 'tests' passed`,
    'discovery: 3 tests',
    'ci-recoverY: no',
    'i-recovery: no',
    `  ::notice::${RECOVERED_MARK}every failed test passed on a re-run`,
    `très ${RECOVERED_MARK}`,
    'very: ',
    RECOVERED_MARK,
  ].join('\n');
  const chunk = Buffer.from(text);
  expect(found(chunk)).toEqual(wholeMarks(chunk));
  expect(found(chunk)).toHaveLength(4);
  expect(found(chunk)[0]).toBe(0);
  expect(found(chunk).at(-1)).toBe(chunk.length - RECOVERED_MARK.length);
  // A mark cut by the chunk's end, or its tail alone at the start, is none.
  expect(found(chunk.subarray(0, RECOVERED_MARK.length - 1))).toEqual([]);
  expect(found(Buffer.from(RECOVERED_MARK.slice(3)))).toEqual([]);
});

test('agrees with a search for the whole mark on text made of its own pieces', () => {
  const pieces = ['ci-', 'reco', 'very: ', 'v', 'c', RECOVERED_MARK, ' ', '\n', 'é'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  let marks = 0;
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: 40 }, () => pieces[next() % pieces.length]).join('');
    const chunk = Buffer.from(text);
    expect(found(chunk)).toEqual(wholeMarks(chunk));
    marks += found(chunk).length;
  }
  expect(marks).toBeGreaterThan(100);
});

describe('a console need searched in bytes', () => {
  const needs = [...new Set(CONSOLE_RUNNERS.flatMap((r) => FAILED_NEEDS[r] ?? []))];

  test('is found where indexOf finds it, from any start', () => {
    expect(needs.length).toBeGreaterThan(10);
    const text = Buffer.from(
      `x FAIL [ SIGABRT  TIMEOUT TIMEOUT [ ● ok not o not ok  failin  failing\t--- FAIL --- FAIL: é ✖`,
    );
    for (const need of needs)
      for (let start = 0; start <= text.length; start++)
        expect([need, start, new ByteNeedle(need).indexIn(text, start)]).toEqual([
          need,
          start,
          text.indexOf(need, start),
        ]);
  });

  test('agrees with indexOf on text made of its own pieces', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let found = 0;
    for (const need of [...needs, 'a', '', ' leading space', 'ÜBER']) {
      const needle = new ByteNeedle(need);
      const pieces = [need, need.slice(0, -1), need.slice(1), ' ', 'F', '[', '\n', 'é'];
      for (let round = 0; round < 60; round++) {
        const bytes = Buffer.from(Array.from({ length: 12 }, () => pieces[next() % pieces.length]).join(''));
        expect(needle.indexIn(bytes)).toBe(bytes.indexOf(need));
        if (bytes.includes(need)) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  test("is searched from its rarest byte in a log, not a timestamp's `T` or a word's `r`, keeping a part of two bytes", () => {
    expect(new ByteNeedle('rspec ').from).toBe(2);
    expect(new ByteNeedle('TIMEOUT [').from).toBeGreaterThan(0);
    expect(new ByteNeedle('There w').from).toBeGreaterThan(0);
    // Its one rare byte last: a part of it alone would stop the loop at each `k`.
    expect(new ByteNeedle('not ok').from).toBeLessThanOrEqual(4);
    expect(new ByteNeedle('FAIL').from).toBe(0);
    expect(new ByteNeedle('x').from).toBe(0);
  });

  test('holding another need, is not searched: the lines holding it are those the other finds', () => {
    expect(searchedNeeds(needs)).toEqual(needs.filter((n) => !/.FAIL|FAIL./.test(n) || n === 'FAIL'));
    expect(searchedNeeds(['FAILED ', 'FAIL', 'FAIL', ' failing', '✖'])).toEqual(['FAIL', ' failing', '✖']);
    expect(searchedNeeds(['ab', 'b', 'cab'])).toEqual(['b']);
  });
});
