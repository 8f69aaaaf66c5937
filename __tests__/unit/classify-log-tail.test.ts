/**
 * The CLI names failed tests from a log's tail: the raw bytes kept in one ring (log-file.ts TailBytes) give
 * the lines a whole-log decode would, whatever the chunking, and a line the ring cut is never read half.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyLog, LOG_TEST_CHARS, TailBytes } from '../../src/adapters/log-file.js';
import { stripLine } from '../../src/core/classify/normalize.js';

const lines = Array.from(
  { length: 400 },
  (_, i) => `2025-03-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z line ${i} ${'é'.repeat(i % 7)}`,
);
const log = Buffer.from(lines.join('\n') + '\n');

function fed(max: number, size: number): string {
  const tail = new TailBytes(max);
  for (let i = 0; i < log.length; i += size) tail.push(log.subarray(i, i + size));
  return tail.text(1 << 20, 4000);
}

describe('TailBytes', () => {
  test('a ring larger than the log gives every line, stripped as the rules see it', () => {
    expect(fed(1 << 16, 4096)).toBe(lines.map(stripLine).join('\n'));
  });

  test('the kept tail is the same whatever the chunking, a chunk larger than the ring included', () => {
    const expected = fed(2000, 1);
    for (const size of [7, 333, 1999, 2000, 2001, log.length]) expect(fed(2000, size)).toBe(expected);
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
