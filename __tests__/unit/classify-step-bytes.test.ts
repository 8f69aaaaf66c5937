/**
 * The CLI follows a log's steps on raw bytes (log-lines.ts StepLines, StepTracker.keeps): a line is decoded and
 * read only when it holds a step mark or run/'s recovered mark, follows an extension header, or has gh columns
 * other than the last ones read; a chunk with none is only counted. The steps it reads must be the ones every
 * line decoded and read gives, whatever the chunking: on raw job logs, `gh run view --log` columns (a byte order
 * mark garbled by a console among them), CRLF and UTF-16 saves, and the corpus's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { readLog } from '../../src/adapters/log-file.js';
import { StepLines } from '../../src/adapters/log-lines.js';
import {
  defaultRuleSet,
  LogScanner,
  STEP_MARKS,
  StepTracker,
  STRUCTURE_KEYWORDS,
} from '../../src/core/classify/index.js';
import type { LineStep } from '../../src/core/classify/index.js';
import { stripLine } from '../../src/core/classify/normalize.js';
import { attemptRecovered, saysRecovered, TESTS_RECOVERED } from '../../src/core/recovered-log.js';
import { jobLog } from '../classify-logs.js';
import { corpus, describeIfCorpus } from '../corpus.js';
import path from 'node:path';

/** Every line's step and the recovered line, as reading every line decoded gives them (the reference). */
function everyLine(bytes: Buffer): { steps: LineStep[]; recovered?: { line: number; text: string } } {
  const tracker = new StepTracker();
  let recovered: { line: number; text: string } | undefined;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    const head = bytes.toString('utf8', start, Math.min(end, start + 512));
    if (saysRecovered(head)) recovered = { line, text: stripLine(head) };
    tracker.line(head, line);
    start = end + 1;
  }
  const steps = Array.from({ length: line + 1 }, (_, i) => tracker.stepAt(i));
  return recovered ? { steps, recovered } : { steps };
}

/** The steps of lines 0 to `count` readLog reads from `bytes` streamed in chunks of `size`. */
async function read(bytes: Buffer, size: number, count: number): Promise<ReturnType<typeof everyLine>> {
  const chunks = function* (): Generator<Buffer> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  };
  const got = await readLog('-', { steps: true, stdin: Readable.from(chunks()) });
  const tracker = got.steps as StepTracker;
  const steps = Array.from({ length: count }, (_, i) => tracker.stepAt(i));
  return got.recovered ? { steps, recovered: got.recovered } : { steps };
}

const rawJob = jobLog([
  'Current runner version: 2.330.0',
  '##[group]Run actions/checkout@v4',
  '##[endgroup]',
  "##[group]Run '/home/runner/work/_temp/extension.sh'",
  'shell: /usr/bin/bash -e {0}',
  '##[endgroup]',
  "##[group]Run '/home/runner/work/_temp/own-step.sh'",
  'a step of its own',
  '##[group]Run npm test',
  'npm test',
  'shell: /usr/bin/bash -e {0}',
  '##[endgroup]',
  '\tat Object.<anonymous> (a.test.js:3:1)',
  'FAIL src/a.test.js',
  '##[error]Process completed with exit code 1.',
  attemptRecovered('test', 2),
  'Post job cleanup.',
  'Cleaning up orphan processes',
]);

/** `gh run view --log`: job and step columns, the step's first line behind a byte order mark gone through CP437. */
function ghLog(mark: string): string {
  const rows: [string, string, string][] = [
    ['build', 'Set up job', 'Current runner version: 2.330.0'],
    ['build', 'Run tests', '##[group]Run npm test'],
    ['build', 'Run tests', 'npm test'],
    ['build', 'Run tests', 'FAIL src/a.test.js'],
    ['lint', 'UNKNOWN STEP', '##[group]Run npm run lint'],
    ['lint', 'UNKNOWN STEP', 'eslint found 2 problems'],
    ['lint', 'UNKNOWN STEP', 'Post job cleanup.'],
    ['lint', 'Complete job', 'Cleaning up orphan processes'],
    ['build', 'Post Run tests', 'not a timestamp\tafter a tab'],
  ];
  return rows
    .map(([job, step, text], i) => {
      const first = i === 0 || rows[i - 1]?.[1] !== step;
      return `${job}\t${step}\t${first ? mark : ''}2026-01-01T10:00:0${i % 10}.0000000Z ${text}`;
    })
    .join('\n');
}

const logs: Record<string, Buffer> = {
  'a raw job log': Buffer.from(rawJob + '\n'),
  'a raw job log, CRLF': Buffer.from(rawJob.replace(/\n/g, '\r\n')),
  'gh run view --log': Buffer.from(ghLog('\uFEFF')),
  'gh run view --log, its mark through code page 437': Buffer.from(ghLog('\u2229\u2557\u2510') + '\n'),
  'gh run view --log, saved as UTF-16LE': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(ghLog('\u00B4\u2557\u2510'), 'utf16le'),
  ]),
};

/** The log as the scanner reads it: UTF-16 re-encoded as UTF-8, its byte order mark dropped. */
const asUtf8 = (bytes: Buffer): Buffer =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? Buffer.from(bytes.subarray(2).toString('utf16le')) : bytes;

test.each(Object.entries(logs))(
  '%s: the steps read on raw bytes are those of every line',
  async (_, bytes) => {
    const expected = everyLine(asUtf8(bytes));
    expect(expected.steps.filter((s) => s.step !== undefined).length).toBeGreaterThan(5);
    // UTF-16 is told by its first chunk's first bytes (as a file's 256 KB chunk holds them).
    const sizes = bytes[0] === 0xff ? [64, 4093, bytes.length] : [1, 2, 7, 64, 4093, bytes.length];
    for (const size of sizes) expect(await read(bytes, size, expected.steps.length)).toEqual(expected);
  },
);

test('the raw job log: its steps and its recovered line', async () => {
  const { steps, recovered } = await read(logs['a raw job log'] as Buffer, 64, 20);
  expect(steps[1]).toEqual({});
  expect(steps[6]).toEqual({ step: 'Run actions/checkout@v4', command: 'actions/checkout@v4' });
  expect(steps[8]).toEqual({
    step: "Run '/home/runner/work/_temp/own-step.sh'",
    command: "'/home/runner/work/_temp/own-step.sh'",
  });
  expect(steps[14]).toEqual({ step: 'Run npm test', command: 'npm test' });
  expect(steps[18]).toEqual({ step: 'Post job cleanup' });
  expect(recovered?.line).toBe(16);
});

test.each([
  ['as it is', (line: string) => line],
  ['behind a CSI whose final byte is its `c`', (line: string) => `\u001b[${line}`],
  ['behind an ESC that takes its `c`', (line: string) => `\u001b${line}`],
  ['coloured', (line: string) => `\u001b[1;32m${line}\u001b[0m`],
  // Every other form an escape, a console or a saved log puts before a line (review: the gate holds only while
  // no escape the automaton steps over takes a byte of the keyword).
  ['behind a CSI with parameters whose final byte is its `c`', (line: string) => `\u001b[1;2${line}`],
  ['behind two ESCs', (line: string) => `\u001b\u001b${line}`],
  ['behind `ESC (`', (line: string) => `\u001b(${line}`],
  ['behind `ESC ( B ESC [m`', (line: string) => `\u001b(B\u001b[m${line}`],
  ['inside an OSC 8 link ended by BEL', (line: string) => `\u001b]8;;https://x\u0007${line}\u001b]8;;\u0007`],
  [
    'inside an OSC 8 link ended by ST',
    (line: string) => `\u001b]8;;https://x\u001b\\${line}\u001b]8;;\u001b\\`,
  ],
  ['after an ST', (line: string) => `\u001b\\${line}`],
  ['behind an 8-bit CSI', (line: string) => `\u009b${line}`],
  ['behind caret colour codes', (line: string) => `^[[1;32m${line}^[[0m`],
  ['behind a caret CSI whose final byte is its `c`', (line: string) => `^[[${line}`],
  ['behind `‹`', (line: string) => `\u2039[1m${line}`],
  ['behind a NUL', (line: string) => `\u0000${line}`],
  ['after a CR redraw', (line: string) => `progress 10%\rprogress 20%\r${line}`],
  [
    'in gh run view --log columns',
    (line: string) => `build\tRun npm test\t2026-12-01T10:00:00.0000000Z ${line}`,
  ],
  [
    'behind a timestamp and a bare ESC',
    (line: string) => `2026-12-01T10:00:00.0000000Z \u001b[36;1m\u001b${line}`,
  ],
  ['heading a 40 KB line', (line: string) => `${line}${'z'.repeat(40_000)}`],
])(
  "run/'s recovered line %s, after thousands of plain lines, in chunks of any size: found as every line read finds it",
  async (_, form) => {
    // Only chunks where the scanner read the mark are searched for it (rules.ts RECOVERED_KEYWORD).
    const plain = Array.from({ length: 3000 }, (_, i) => `plain line ${i} of a long log`);
    const bytes = Buffer.from(
      [...plain, form(TESTS_RECOVERED), 'after it', form(attemptRecovered('test', 2)), 'the end'].join('\n'),
    );
    const expected = everyLine(bytes);
    expect(expected.recovered?.line).toBe(3003);
    for (const size of [7, 64, 4093, bytes.length])
      expect(await read(bytes, size, expected.steps.length)).toEqual(expected);
  },
);

test('each step mark holds a structure marker, which the scanner counts lines by', () => {
  for (const mark of STEP_MARKS)
    expect(STRUCTURE_KEYWORDS.some((key) => mark.toLowerCase().includes(key))).toBe(true);
  const scanner = new LogScanner(defaultRuleSet());
  scanner.push(Buffer.from(rawJob + '\n'));
  const marked = rawJob
    .split('\n')
    .filter((line) => STRUCTURE_KEYWORDS.some((key) => line.toLowerCase().includes(key)));
  expect(marked.length).toBeGreaterThan(8);
  expect(scanner.markedLines).toBe(marked.length);
  // The line feeds ending them: StepLines searches the step marks in those lines alone.
  let end = -1;
  const ends = rawJob.split('\n').flatMap((line) => {
    end += Buffer.byteLength(line) + 1;
    return marked.includes(line) ? [end] : [];
  });
  expect(scanner.markedEnds).toEqual(ends);
  scanner.push(Buffer.from('no marker here\n'));
  expect(scanner.markedEnds).toEqual([]);
});

test('a chunk with a few marks and tabs among many plain lines: only the lines that may move the step are asked', async () => {
  const plain = (n: number): string[] => Array.from({ length: n }, (_, i) => `output line ${i}`);
  const log = jobLog([
    ...plain(3000),
    '##[group]Run npm ci',
    ...plain(3000),
    "##[group]Run '/home/runner/work/_temp/extension.sh'",
    'shell: /usr/bin/bash -e {0}',
    ...plain(3000),
    '##[group]Run npm test',
    ...plain(3000),
    'Post job cleanup.',
  ]);
  const bytes = Buffer.from(`${log}\n${ghLog('\uFEFF')}\n`);
  const expected = everyLine(bytes);
  const asked = jest.spyOn(StepLines.prototype, 'line');
  try {
    // One chunk and chunks of 64 KiB: each wanted for a mark or a tab, most of their lines not.
    for (const size of [bytes.length, 64 << 10]) {
      asked.mockClear();
      expect(await read(bytes, size, expected.steps.length)).toEqual(expected);
      // Walking every line of a wanted chunk asked all 12 000; the marks, tabs and the line after the
      // extension header are a few dozen.
      expect(asked.mock.calls.length).toBeLessThan(100);
    }
  } finally {
    asked.mockRestore();
  }
  expect(expected.steps[3002 + 8]).toEqual({ step: 'Run npm ci', command: 'npm ci' });
});

describe('StepTracker.keeps: which undecoded lines leave the step as it is', () => {
  const bytes = (text: string): Buffer => Buffer.from(text);
  const keeps = (tracker: StepTracker, text: string): boolean =>
    tracker.keeps(bytes(text), 0, Buffer.byteLength(text), text.includes('\t'));

  test('a line without a tab keeps it; one with columns keeps it only if they are the last read', () => {
    const tracker = new StepTracker();
    expect(keeps(tracker, '2026-01-01T10:00:00.0000000Z plain output')).toBe(true);
    expect(keeps(tracker, 'build\tTest\t2026-01-01T10:00:00.0000000Z x')).toBe(false);
    tracker.line('build\tTest\t\uFEFF2026-01-01T10:00:00.0000000Z x', 1);
    expect(keeps(tracker, 'build\tTest\t2026-01-01T10:00:01.0000000Z y')).toBe(true);
    expect(keeps(tracker, 'build\tTest\tno timestamp')).toBe(true);
    expect(keeps(tracker, 'build\tLint\t2026-01-01T10:00:01.0000000Z y')).toBe(false);
    expect(keeps(tracker, 'lint\tTest\t2026-01-01T10:00:01.0000000Z y')).toBe(false);
    // A line without columns read last: a column line must be read again.
    tracker.line('2026-01-01T10:00:02.0000000Z \tat x', 2);
    expect(keeps(tracker, 'build\tTest\t2026-01-01T10:00:03.0000000Z z')).toBe(false);
  });

  test('the line after an extension header is always read', () => {
    const tracker = new StepTracker();
    tracker.line("2026-01-01T10:00:00.0000000Z ##[group]Run '/tmp/x.sh'", 1);
    expect(tracker.waiting).toBe(true);
    expect(keeps(tracker, '2026-01-01T10:00:01.0000000Z shell: /usr/bin/bash -e {0}')).toBe(false);
    tracker.line('2026-01-01T10:00:01.0000000Z shell: /usr/bin/bash -e {0}', 2);
    expect(tracker.waiting).toBe(false);
  });
});

describeIfCorpus('corpus logs: the steps read on raw bytes are those of every line', () => {
  // GitHub Actions job logs, raw and through gh (some saved through a Windows console), and Jenkins's.
  test.each(['d1423', 'd1469', 'd1491', 'd1494', 'd1517', 'd1547', 'd1552'])('%s', async (id) => {
    const file = path.join(corpus, 'dev/logs', `${id}.log`);
    const bytes = existsSync(file) ? readFileSync(file) : gunzipSync(readFileSync(`${file}.gz`));
    const expected = everyLine(asUtf8(bytes));
    for (const size of [4093, 256 << 10])
      expect(await read(bytes, size, expected.steps.length)).toEqual(expected);
  });
});
