/**
 * The time-to-green bound of `bench:recovery` (bench/bound.ts): the checkpoints' own cost read from the
 * step records the run/ steps write, and the judgement "(c) never slower than (b) by more than that cost",
 * with the rounds' noise as allowance, that the bench prints and exits on.
 */
import { checkpointSeconds, judgeBound, boundReport, type BoundRound } from '../../bench/bound.js';
import { testBoundRounds, type TestModeResult } from '../../bench/recovery-tests.js';
import type { AttemptRecord, StepRecord } from '../../src/core/records.js';

const at = (s: number): string => new Date(Date.UTC(2026, 10, 26, 3, 0, 0) + s * 1000).toISOString();

/** A run/ step's record: started at `start`, attempts [start, seconds, exit], completed at `end`. */
function step(start: number, attempts: [number, number, number][], end: number): StepRecord {
  const records: AttemptRecord[] = attempts.map(([from, seconds, exitCode], i) => ({
    attempt: i + 1,
    startedAt: at(from),
    durationMs: seconds * 1000,
    exitCode,
  }));
  return {
    kind: 'run',
    step: 'test',
    stage: 'test',
    startedAt: at(start),
    completedAt: at(end),
    outcome: 'success',
    attempts: records,
  };
}

describe("the checkpoints' own cost, from the step records", () => {
  it('counts the read before the first attempt and the wait for the store after a passing one', () => {
    // 1.5 s reading the checkpoint, 20 s of command, 2 s waiting for the store.
    expect(checkpointSeconds([step(0, [[1.5, 20, 0]], 23.5)])).toBeCloseTo(3.5, 6);
  });

  it('does not count the waits between attempts, nor what follows a failed last attempt', () => {
    // Attempt 1 fails at 11 s, a 10 s wait, attempt 2 passes at 31 s; the step ends at 32 s.
    const retried = step(
      1,
      [
        [1, 10, 1],
        [21, 10, 0],
      ],
      32,
    );
    expect(checkpointSeconds([retried])).toBeCloseTo(1, 6);
    // The last attempt failed: the 30 s after it are the classifier's and a test re-run's, not the store's.
    const failed = { ...step(0, [[2, 10, 137]], 42), outcome: 'failure' as const };
    expect(checkpointSeconds([failed])).toBeCloseTo(2, 6);
  });

  it("sums every step of the job, counts a checkpoint/ step whole, and skips a skipped stage's nothing", () => {
    const checkpointStep: StepRecord = { ...step(0, [], 4), kind: 'checkpoint', step: 'checkpoint' };
    const skipped: StepRecord = { ...step(50, [], 50), outcome: 'skipped' };
    const records = [step(10, [[11, 5, 0]], 17), checkpointStep, skipped];
    expect(checkpointSeconds(records)).toBeCloseTo(1 + 1 + 4, 6);
    expect(checkpointSeconds([])).toBe(0);
  });

  it('a record with unreadable times adds nothing rather than NaN', () => {
    expect(checkpointSeconds([{ ...step(0, [[1, 1, 0]], 3), startedAt: 'not a time' }])).toBe(0);
  });
});

describe('the bound: (c) <= (b) + checkpoints, judged on the paired rounds', () => {
  const r = (b: number, c: number, checkpoint: number, cGreen = true): BoundRound => ({
    b,
    c,
    checkpoint,
    cGreen,
  });

  it('holds when (c) is faster, or slower by no more than its checkpoints', () => {
    expect(judgeBound([r(60, 50, 3)])).toMatchObject({ holds: true, medianExcess: -13, noise: 0 });
    expect(judgeBound([r(54, 56, 2)]).holds).toBe(true);
  });

  it('with one round there is no noise allowance: a tenth of a second past the bound breaks it', () => {
    const j = judgeBound([r(54, 56.1, 2)]);
    expect(j.holds).toBe(false);
    expect(j.broken).toMatch(/0\.1 s slower than \(b\) \+ checkpoints, past the noise of 0\.0 s/);
  });

  it("judges the median of the paired excesses, with half of (b)'s range as the noise", () => {
    // Excesses +1, +3, -2: median +1; (b) 50..56: noise 3. Holds.
    const rounds = [r(50, 53, 2), r(56, 61, 2), r(53, 53, 2)];
    const j = judgeBound(rounds);
    expect(j).toMatchObject({ holds: true, medianExcess: 1, noise: 3, b: 53, c: 53, checkpoint: 2 });
    expect(j.excess).toEqual([1, 3, -2]);
    // The same rounds with a steady (b): no noise to hide a second in.
    expect(judgeBound([r(53, 56, 2), r(53, 58, 2), r(53, 53, 2)]).holds).toBe(false);
  });

  it('pairs within a round, not across: the median of the excesses, not the excess of the medians', () => {
    // Medians alone: c 21 - b 20 = +1, within the noise of 10. Round by round, c = b + 11 twice.
    const j = judgeBound([r(10, 21, 0), r(20, 31, 0), r(30, 5, 0)]);
    expect(j).toMatchObject({ b: 20, c: 21, noise: 10, medianExcess: 11, holds: false });
  });

  it('a (c) that does not end green breaks it whatever its time', () => {
    const j = judgeBound([r(60, 10, 0, false)]);
    expect(j.holds).toBe(false);
    expect(j.broken).toBe('(c) not green in 1 of 1 rounds where (b) was');
  });

  it('when neither ends green (a test the change broke), the times to the final red are compared', () => {
    expect(judgeBound([{ ...r(213, 75, 0, false), bGreen: false }]).holds).toBe(true);
    expect(judgeBound([{ ...r(75, 213, 0, false), bGreen: false }]).holds).toBe(false);
  });

  it('refuses to judge no rounds', () => {
    expect(() => judgeBound([])).toThrow(/no rounds/);
  });
});

describe("the bound's report", () => {
  it('prints every round, a verdict per scenario, and names the scenarios that break it', () => {
    const scenarios = new Map<string, BoundRound[]>([
      ['network-late', [{ b: 54, c: 55, checkpoint: 2, cGreen: true }]],
      [
        'oom-kill',
        [
          { b: 61, c: 70, checkpoint: 2, cGreen: true },
          { b: 62, c: 71, checkpoint: 2, cGreen: true },
        ],
      ],
    ]);
    const { text, broken } = boundReport(scenarios);
    expect(broken).toEqual(['oom-kill']);
    const lines = text.split('\n');
    expect(lines.filter((l) => /^network-late\s+1\s/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^oom-kill\s+(1|2|median)\s/.test(l))).toHaveLength(3);
    expect(text).toMatch(/network-late: holds, \(c\) 55\.0 s <= \(b\) 54\.0 s \+ checkpoints 2\.0 s/);
    expect(text).toMatch(/one round: no noise allowance/);
    expect(text).toMatch(/oom-kill: BROKEN, \(c\) is 7\.0 s slower .* \(noise 0\.5 s\)/);
    expect(lines.at(-1)).toBe('Bound BROKEN in 1 of 2 scenarios: oom-kill');
  });

  it('says so in one line when every scenario holds', () => {
    const ok = new Map([['flaky-test', [{ b: 54, c: 46, checkpoint: 2, cGreen: true }]]]);
    expect(boundReport(ok)).toMatchObject({ broken: [] });
    expect(boundReport(ok).text.split('\n').at(-1)).toBe('Bound holds in all 1 scenarios.');
  });
});

describe("the test scenarios' rounds, paired for the bound", () => {
  const result = (
    mode: 'a' | 'b' | 'c',
    seconds: number,
    green: boolean,
    checkpoint = 0,
  ): TestModeResult => ({
    scenario: 'broken-test',
    mode,
    green,
    seconds,
    fromFailure: 0,
    suiteReruns: 0,
    testReruns: 0,
    attempts: 1,
    cpu: 0,
    outputs: {},
    checkpoint,
    post: 0,
    stages: {},
  });

  it("pairs (b) and (c) of the same round, with (c)'s checkpoints and both modes' greens", () => {
    // Round 1 runs a, b, c; round 2 c, b, a, as the bench orders them.
    const results = [
      result('a', 128, false),
      result('b', 213, false),
      result('c', 75, false, 0.4),
      result('c', 80, false, 0.5),
      result('b', 200, false),
      result('a', 130, false),
    ];
    expect(testBoundRounds(results).get('broken-test')).toEqual([
      { b: 213, c: 75, checkpoint: 0.4, cGreen: false, bGreen: false },
      { b: 200, c: 80, checkpoint: 0.5, cGreen: false, bGreen: false },
    ]);
  });
});
