/**
 * The test scenarios of `bench:recovery` (bench/recovery-tests.ts): their suite, run by the real pytest,
 * fails exactly the test each scenario says, writes a real JUnit report naming it, and logs each session;
 * and the clock "from the failure" is read from those sessions.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  afterFailure,
  cpuLine,
  BROKEN,
  FLAKY,
  PRICING_BROKEN,
  suiteFiles,
  type Session,
} from '../../bench/recovery-tests.js';
import { reapedChildrenCpu } from '../../bench/child-cpu.js';
import { parseJunit } from '../../src/test-recovery/core/junit.js';
import { testKey } from '../../src/core/test-identity.js';
import { describeIfRunner } from '../runners.js';

describe('from the failure, read from the sessions', () => {
  const s = (end: number, exit: number, tests: number): Session => ({ end, exit, tests });

  it('counts what ran after the first failing session: whole suites and single tests', () => {
    const sessions = [s(100, 1, 41), s(103, 0, 1)];
    expect(afterFailure(sessions, 110_000)).toEqual({ fromFailure: 10, suiteReruns: 0, testReruns: 1 });
    expect(afterFailure([s(100, 1, 41), s(200, 1, 41), s(300, 0, 41)], 301_000)).toEqual({
      fromFailure: 201,
      suiteReruns: 2,
      testReruns: 0,
    });
  });

  it('a scenario whose suite never failed measured nothing, and says so', () => {
    expect(() => afterFailure([s(100, 0, 41)], 101_000)).toThrow(/no run of the suite failed/);
  });
});

describeIfRunner('pytest', "the bench's suite under pytest", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bench-suite-'));
    for (const [file, text] of Object.entries(suiteFiles(0.001))) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pytest = (env: Record<string, string>, ...args: string[]): number | null =>
    spawnSync(
      'python3',
      ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '--junitxml=reports/junit.xml', ...args],
      { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' },
    ).status;
  const failedInReport = (): string[] =>
    parseJunit(readFileSync(path.join(dir, 'reports/junit.xml'), 'utf8'), 'pytest').failed.map(testKey);

  it('the flaky test fails on its first run only; each session is logged', () => {
    const env = { FLAKY_MARKER: path.join(dir, 'marker'), SESSION_LOG: path.join(dir, 'sessions') };
    expect(pytest(env, 'tests')).toBe(1);
    expect(failedInReport()).toEqual([`pytest:${FLAKY}`]);
    expect(pytest(env, FLAKY)).toBe(0);
    const sessions = readFileSync(env.SESSION_LOG, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Session);
    expect(sessions.map((x) => [x.exit, x.tests])).toEqual([
      [1, 41],
      [0, 1],
    ]);
  });

  it('with TEST_CPU each test computes for that long (the small scenario), where TEST_SLEEP only waits', () => {
    const cpuOf = (env: Record<string, string>): number => {
      const before = reapedChildrenCpu();
      expect(pytest(env, 'tests/test_queue_1.py')).toBe(0);
      return reapedChildrenCpu() - before;
    };
    // 5 tests of 0.5 s each: 2.5 s of CPU more than the same session waiting as long, whatever the load
    // (CPU, not wall time); pytest's own start-up costs 1-2 s and varies by a few tenths, hence the margin.
    const waiting = cpuOf({ TEST_SLEEP: '0.5' });
    expect(cpuOf({ TEST_CPU: '0.5' }) - waiting).toBeGreaterThanOrEqual(1.5);
  });

  it('without the marker variable the suite passes; the broken change fails its test every time', () => {
    expect(pytest({}, 'tests')).toBe(0);
    writeFileSync(path.join(dir, 'src/pricing.py'), PRICING_BROKEN);
    expect(pytest({}, 'tests')).toBe(1);
    expect(failedInReport()).toEqual([`pytest:${BROKEN}`]);
    expect(pytest({}, BROKEN)).toBe(1);
  });
});

describe("the CPU line: each mode's median, and (c) - (b) paired by round", () => {
  const rows: Record<string, number[]> = { a: [9], b: [1.5, 3.0, 1.2], c: [2.0, 2.4, 2.2], c0: [] };
  const by = (m: string): { cpu: number }[] => (rows[m] ?? []).map((cpu) => ({ cpu }));

  it('pairs (c) with the (b) of its own round, not the medians', () => {
    expect(cpuLine(by)).toBe(
      "  CPU of the job's processes, medians: (a) 9.00 s, (b) 1.50 s, (c) 2.20 s; (c) - (b) by round: 0.50 -0.60 1.00 s (median 0.50)",
    );
  });
});
