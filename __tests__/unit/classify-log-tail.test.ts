/**
 * The CLI names failed tests from a log's tail: the raw bytes kept in one ring (log-tail.ts TailBytes) give
 * the lines a whole-log decode would, whatever the chunking, and a line the ring cut is never read half.
 * A tail none of whose lines may name a test is not decoded whole (TailBytes.someLine, mayNameTest): it must say so only
 * where failedFromConsole would find nothing.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ByteNeedle,
  classifyLog,
  LOG_TEST_CHARS,
  mayNameTest,
  TailBytes,
} from '../../src/adapters/log-file.js';
import { stripLine, stripLineIndented } from '../../src/core/classify/normalize.js';
import {
  CONSOLE_RUNNERS,
  FAILED_NEEDS,
  failedFromConsole,
  plainLine,
} from '../../src/test-recovery/index.js';
import { gunzipSync } from 'node:zlib';
import { corpus, describeIfCorpus } from '../corpus.js';

const lines = Array.from(
  { length: 400 },
  (_, i) => `2025-03-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z line ${i} ${'é'.repeat(i % 7)}`,
);
const log = Buffer.from(lines.join('\n') + '\n');

function fed(max: number, size: number, initial?: number): string {
  const tail = new TailBytes(max, initial);
  for (let i = 0; i < log.length; i += size) tail.push(log.subarray(i, i + size));
  return tail.text(1 << 20, 4000);
}

/** Each line of `bytes` (the feed ending them starts none) as its first `keep` bytes decode alone, stripped. */
function alone(bytes: Buffer, keep: number): string {
  const rows: string[] = [];
  for (let from = 0; from <= bytes.length;) {
    let end = bytes.indexOf(10, from);
    if (end < 0) end = bytes.length;
    if (from === bytes.length && end === from && bytes.length > 0) break;
    rows.push(stripLineIndented(bytes.toString('utf8', from, Math.min(end, from + keep))));
    from = end + 1;
  }
  return rows.join('\n');
}

describe('TailBytes', () => {
  test('a ring larger than the log gives every line, stripped as the rules see it', () => {
    expect(fed(1 << 16, 4096)).toBe(lines.map(stripLine).join('\n'));
  });

  test('the kept tail is the same whatever the chunking, a chunk larger than the ring included', () => {
    const expected = fed(2000, 1);
    for (const size of [7, 333, 1999, 2000, 2001, log.length]) expect(fed(2000, size)).toBe(expected);
  });

  test('a ring grown from a small one as the log comes keeps what one of its whole size keeps', () => {
    for (const max of [2000, log.length, log.length + 1, 1 << 16]) {
      const whole = fed(max, 333, max);
      for (const size of [1, 7, 333, 2000, log.length])
        for (const initial of [1, 100, 1999, 2000])
          expect([max, size, initial, fed(max, size, initial)]).toEqual([max, size, initial, whole]);
    }
  });

  test('read halfway (the ring turned in place to read it) and fed on, it keeps what one read once keeps', () => {
    for (const size of [7, 333, 2001]) {
      const tail = new TailBytes(2000);
      let reads = 0;
      for (let i = 0; i < log.length; i += size) {
        tail.push(log.subarray(i, i + size));
        if ((i / size) % 5 === 2 && tail.text(1 << 20, 4000).length > 0) reads++;
      }
      expect(reads).toBeGreaterThan(1);
      expect([size, tail.text(1 << 20, 4000)]).toEqual([size, fed(2000, size)]);
    }
  });

  /**
   * Each line reads as its own first `keep` bytes decode alone (TailBytes.text): cut in the middle of a
   * character, astral characters, a byte order mark, CRLF, an empty line. (A whole-tail decode sliced into
   * lines read the same, but its string held the tail's lines alive: 139 MB peak on 145 job logs.)
   */
  test.each([
    ['two-byte characters cut mid-character', [`${'é'.repeat(2100)}x`, 'ok']],
    ['three-byte characters at the bound', ['€'.repeat(1333), '€'.repeat(1334), '€'.repeat(1335)]],
    ['astral characters cut', ['😀'.repeat(1001), `a${'😀'.repeat(1000)}`]],
    ['a byte order mark, CRLF, empty lines', ['\ufeff2025-03-01T10:00:00.1234567Z a\r', '', 'b\r', '']],
  ])('%s: each line reads as its bytes would alone', (_, rows) => {
    const bytes = Buffer.from(rows.join('\n'));
    for (const keep of [4000, 4001, 4002, 4003]) {
      const tail = new TailBytes(1 << 16);
      tail.push(bytes);
      expect(tail.text(1 << 20, keep)).toBe(alone(bytes, keep));
    }
  });

  test('invalid UTF-8 is read line by line, each invalid byte a U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('a'), Buffer.from([0xff, 0x0a, 0xc3]), Buffer.from('\nb é\n')]);
    const tail = new TailBytes(1 << 16);
    tail.push(bytes);
    expect(tail.text(1 << 20, 4000)).toBe('a\ufffd\n\ufffd\nb é');
    expect(tail.text(1 << 20, 4000)).toBe(alone(bytes, 4000));
  });

  test('a line the ring cut is left out; the whole lines after it are all there', () => {
    const kept = fed(2000, 64).split('\n');
    const first = lines.map(stripLine).indexOf(kept[0] ?? '');
    expect(first).toBeGreaterThan(0);
    expect(kept).toEqual(lines.slice(first).map(stripLine));
    // Within the ring's bytes, and no more than one line short of them.
    const bytes = Buffer.byteLength(lines.slice(first).join('\n') + '\n');
    expect(bytes).toBeLessThanOrEqual(2000);
    expect(bytes + Buffer.byteLength((lines[first - 1] ?? '') + '\n')).toBeGreaterThan(2000);
  });
});

describe('classifyLog with tests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'classify-log-tail-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("names the tests a runner printed last, after more output than the tail's window", async () => {
    const file = path.join(dir, 'pytest.log');
    const stamp = '2025-03-01T10:00:00.0000000Z ';
    const filler = `${stamp}${'x'.repeat(200)}\n`.repeat(Math.ceil((3 * LOG_TEST_CHARS) / 230));
    const early = `${stamp}FAILED tests/test_early.py::test_gone - assert 0\n`;
    const late =
      `${stamp}=========== short test summary info ============\n` +
      `${stamp}FAILED tests/test_a.py::test_adds[1-2] - assert 3 == 4\n` +
      `${stamp}========= 1 failed, 3 passed in 0.12s =========\n`;
    writeFileSync(file, early + filler + late);
    const { failedTests } = await classifyLog(file, {}, { tests: true });
    // The early line lies before the window: a log's tail, not its whole, is read.
    expect(failedTests).toEqual([
      { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_adds', params: '1-2' },
    ]);
  });
});

const NEEDS = [...new Set(CONSOLE_RUNNERS.flatMap((r) => FAILED_NEEDS[r] ?? []))];
const LINE_BYTES = 4000;

/** Whether the CLI's check says a line of the tail may name a test. */
function mayName(tail: TailBytes): boolean {
  return tail.someLine(NEEDS, LINE_BYTES, mayNameTest);
}

function ring(text: string | Buffer): TailBytes {
  const tail = new TailBytes(1 << 16);
  tail.push(Buffer.from(text));
  return tail;
}

describe('TailBytes.someLine with mayNameTest', () => {
  test('every console runner has needs: a tail without them is never decoded', () => {
    expect(CONSOLE_RUNNERS.every((r) => (FAILED_NEEDS[r] ?? []).length > 0)).toBe(true);
  });

  test('a tail whose bytes hold no need, and nothing stripping splices, holds none', () => {
    expect(mayName(ring('2025-03-01T10:00:00.0000000Z compiling\nall done\n'))).toBe(false);
  });

  // Each line names a failed test only once stripped: the need is split, or made, by what stripping removes.
  const spliced: [string, string][] = [
    ['a colour code inside the need', '\u001b[1mFA\u001b[0mILED tests/test_a.py::test_b - assert 0'],
    ['a CSI colour code inside the need', 'FAIL\u009b0mED tests/test_a.py::test_b - assert 0'],
    ['a NUL made the space after it', 'FAILED\u0000tests/test_a.py::test_b - assert 0'],
    ['a mark dropped from its middle', 'FAI\u2039LED\u203a tests/test_a.py::test_b - assert 0'],
  ];
  test.each(spliced)('%s: the line is stripped and read, and its test named', (_, line) => {
    const bytes = `2025-03-01T10:00:00.0000000Z ${line}\n`;
    const tail = ring(bytes);
    expect(Buffer.from(bytes).includes('FAILED ')).toBe(false);
    expect(mayName(tail)).toBe(true);
    expect(failedFromConsole(tail.text(1 << 20, LINE_BYTES))).toEqual([
      { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_b' },
    ]);
  });

  test('a colour code elsewhere in a line without a need does not make it hold one', () => {
    expect(mayName(ring('\u001b[32mok\u001b[0m 12 passed\n\u0000\n'))).toBe(false);
  });
});

describe('TailBytes.someLine: lines a colour code alone found', () => {
  // A job log's coloured lines: the runner's script echo, a tool's coloured words, none holding a need.
  const coloured = Array.from(
    { length: 50 },
    (_, i) =>
      `2025-03-01T10:00:00.0000000Z \u001b[36;1mnpm run build -- --step ${i}\u001b[0m \u001b[1m\u001b[32mok\u001b[39m\u001b[22m`,
  );

  test('are not stripped and asked when their colour codes cannot join a need', () => {
    const asked: string[] = [];
    const tail = ring(`${coloured.join('\n')}\n`);
    expect(tail.someLine(NEEDS, LINE_BYTES, (line) => (asked.push(line), mayNameTest(line)))).toBe(false);
    expect(asked).toEqual([]);
  });

  test('are stripped and asked where a colour code, NUL, CR, mark or caret code may join one', () => {
    const joins = [
      '\u001b[1mFA\u001b[0mILED tests/test_a.py::test_b - assert 0',
      'FAILED\u0000tests/test_a.py::test_b',
      'progress\rFAI\u001b[0mLED tests/test_a.py::test_b',
      'FAI\u2039LED\u203a tests/test_a.py::test_b \u001b[0m',
      '^[[1mFAI^[[0mLED tests/test_a.py::test_b \u001b[0m',
      `${'x'.repeat(2001)}\u001b[0m`,
    ];
    for (const line of joins) {
      const asked: string[] = [];
      ring(`${coloured[0]}\n2025-03-01T10:00:00.0000000Z ${line}\n`).someLine(NEEDS, LINE_BYTES, (l) => {
        asked.push(l);
        return false;
      });
      expect([line, asked.length]).toEqual([line, 1]);
    }
  });

  test('are not even searched for once a line found before them names a test: the first that does ends the search', () => {
    const named = '2025-03-01T10:00:00.0000000Z FAILED tests/test_a.py::test_b - assert 0';
    const tail = ring(`${coloured.join('\n')}\n${named}\n${coloured.join('\n')}\n`);
    const searched = jest.spyOn(ByteNeedle.prototype, 'indexIn');
    const asked: string[] = [];
    expect(tail.someLine(NEEDS, LINE_BYTES, (line) => (asked.push(line), mayNameTest(line)))).toBe(true);
    // The pytest line alone was asked, and the colour codes (each line's ESC) were never searched for.
    expect(asked).toEqual([stripLineIndented(named)]);
    expect(searched.mock.calls.length).toBeLessThan(coloured.length);
    searched.mockRestore();
  });

  test('that were skipped hold no need once stripped and their colour codes out, where mayNameTest looks', () => {
    const pieces = [
      'FAI',
      'LED ',
      'FAIL',
      ' failing',
      'not o',
      'k',
      '\u001b[31m',
      '\u001b[0m',
      '\u001b]8;;x\u0007',
      '\u001b',
      '\u009b1m',
      '\u0000',
      '\r',
      '\u2039',
      '\u203a',
      '^[[1m',
      ' ',
      'a.py::t',
      '●',
      '2025-03-01T10:00:00.0000000Z ',
    ];
    let seed = 5;
    // Park-Miller: the product stays exact in a double.
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    let skipped = 0;
    let held = 0;
    for (let round = 0; round < 3000; round++) {
      // A colour code at its end: the check finds every line, by its ESC, whatever else it holds.
      const line = `${Array.from({ length: 6 }, () => pieces[next() % pieces.length]).join('')}\u001b[0m`;
      let asked = false;
      ring(`${line}\n`).someLine(NEEDS, LINE_BYTES, () => (asked = true));
      const plain = plainLine(stripLineIndented(line));
      const holds = NEEDS.filter((need) => plain.includes(need));
      if (holds.length > 0) held++;
      if (!asked) {
        skipped++;
        expect([line, holds]).toEqual([line, []]);
      }
    }
    expect(skipped).toBeGreaterThan(50);
    expect(held).toBeGreaterThan(300);
  });
});

describeIfCorpus('TailBytes.someLine on the corpus', () => {
  test("where no line may name a test (the CLI's check), the parsers find none in the tail", () => {
    const dir = path.join(corpus, 'dev/logs');
    const names = readdirSync(dir).filter((name, i) => name >= 'd1423' || i % 10 === 0);
    let decoded = 0;
    for (const name of names) {
      const raw = readFileSync(path.join(dir, name));
      const tail = new TailBytes(2 * LOG_TEST_CHARS);
      tail.push(name.endsWith('.gz') ? gunzipSync(raw) : raw);
      const found = failedFromConsole(tail.text(LOG_TEST_CHARS, LINE_BYTES));
      if (tail.someLine(NEEDS, LINE_BYTES, mayNameTest)) decoded++;
      else expect([name, found]).toEqual([name, []]);
    }
    // On the 145 whole job logs, 71 tails held a need and 13 named a test.
    expect(decoded).toBeLessThan(names.length / 4);
  });
});

describe('classifyLog with tests: a tail is decoded whole only when a line of it may name a test', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'classify-log-lines-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  const stamp = '2026-01-25T20:53:33.1478348Z ';
  const noise = Array.from({ length: 300 }, (_, i) => `${stamp}step ${i} done\n`).join('');

  /** classifyLog's failed tests for `body` among noise, and how often the tail was decoded whole. */
  async function read(name: string, body: string): Promise<{ tests: unknown; decodes: number }> {
    const file = path.join(dir, name);
    writeFileSync(file, noise + body + noise);
    const text = jest.spyOn(TailBytes.prototype, 'text');
    const { failedTests } = await classifyLog(file, {}, { tests: true });
    return { tests: failedTests, decodes: text.mock.calls.length };
  }

  test("the runners' words in lines of no test's shape: the tail is not decoded, and names none", async () => {
    // From the whole job logs: each holds a parser's need (`FAIL`, ` FAILED`, `Failed `, `ERROR `).
    const body = [
      '> Task :app:compileDebugKotlin FAILED',
      '[ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL] app@1.0.0 size: `size-limit --json > out.json`',
      '2026-07-04 22:45:28,453 [WARNING] reddit:   [r/x] Failed to fetch feed\r',
      '\u001b[31mERROR \u001b[0mClient triggered an unexpected error [Neo.DatabaseError]: Failed',
    ]
      .map((line) => `${stamp}${line}\n`)
      .join('');
    for (const line of body.split('\n').slice(0, -1))
      expect([line, NEEDS.some((n) => line.includes(n))]).toEqual([line, true]);
    expect(failedFromConsole(alone(Buffer.from(noise + body), LINE_BYTES))).toEqual([]);
    expect(await read('words.log', body)).toEqual({ tests: [], decodes: 0 });
  });

  // Each names a test only as failedFromConsole reads the line: stripped of the stamp, its colour codes out.
  const named: [string, string, unknown[]][] = [
    [
      "vitest's ` > ` between colour codes",
      '\u001b[31m\u001b[1m\u001b[7m FAIL \u001b[27m\u001b[22m\u001b[39m __tests__/a.test.ts\u001b[2m > \u001b[22mStore\u001b[2m > \u001b[22mkeeps it',
      [{ runner: 'vitest', suite: '__tests__/a.test.ts', name: 'Store > keeps it' }],
    ],
    [
      "pytest's need made by a CSI code stripped from its middle",
      'FAIL\u009b0mED tests/test_a.py::test_b - assert 0',
      [{ runner: 'pytest', suite: 'tests/test_a.py', name: 'test_b' }],
    ],
    [
      "dotnet's indented line, a theory's case, a CR before the feed",
      '  Failed Shop.Tests.CartTests.Adds(count: 2) [12 ms]\r',
      [{ runner: 'dotnet', suite: 'Shop.Tests.CartTests', name: 'Adds', params: 'count: 2' }],
    ],
    [
      "Gradle's test line after a task's `> Task ... FAILED`",
      'CartTest > adds() FAILED',
      [{ runner: 'gradle', suite: 'CartTest', name: 'adds()' }],
    ],
  ];
  test.each(named)('%s: the tail is decoded and the test named', async (_, line, tests) => {
    const body = `${stamp}> Task :app:test FAILED\n${stamp}${line}\n`;
    expect(failedFromConsole(alone(Buffer.from(noise + body), LINE_BYTES))).toEqual(tests);
    expect(await read('named.log', body)).toEqual({ tests, decodes: 1 });
  });
});
