/** Whether a stage's checkpoint can pay for itself (src/core/checkpoint-pays.ts), and the line it says. */
import {
  checkpointPays,
  costBudgetMs,
  estimateCostMs,
  ESTIMATE,
  PAYS_FACTOR,
  stagesGained,
  workSkipped,
  type PathsSize,
} from '../../src/core/checkpoint-pays.js';
import { parseConfig } from '../../src/core/config.js';

const size = (over: Partial<PathsSize> = {}): PathsSize => ({ bytes: 0, keyedBytes: 0, files: 0, ...over });
const estimated = (s: PathsSize) => ({ from: 'estimate' as const, ms: estimateCostMs(s), size: s });

describe('checkpointPays', () => {
  it('skips the first stage: a resume from its checkpoint would skip nothing', () => {
    const v = checkpointPays({ stage: 'install', completed: [], durations: {}, cost: estimated(size()) });
    expect(v.take).toBe(false);
    expect(v.line).toBe(
      "ci-recovery: checkpoint before stage 'install' skipped: no stage completed before it, so a resume from it would skip no work.",
    );
  });

  it('takes one whose skipped work is at least three times its measured cost, and says the figures', () => {
    const facts = {
      stage: 'test',
      completed: ['install', 'build'],
      durations: { install: 20_000, build: 10_000 },
      cost: { from: 'measured' as const, ms: 1_000, bytes: 59_200_000, stage: 'build' },
    };
    const v = checkpointPays(facts);
    expect(v).toMatchObject({ take: true, skipMs: 30_000 });
    expect(v.line).toBe(
      "ci-recovery: checkpoint before stage 'test' taken: a resume from it skips 30.0 s of work (install 20.0 s, build 10.0 s), 30.0x its cost of 1.00 s (what the checkpoint before 'build' cost this job, 59.2 MB); taken from 3x (checkpoint.when: always takes every one).",
    );
  });

  it('skips one whose cost is more than a third of the work it saves, at the edge too', () => {
    const base = { stage: 'build', completed: ['lint'], durations: { lint: 2_999 } };
    const cost = { from: 'measured' as const, ms: 1_000, stage: 'lint' };
    const below = checkpointPays({ ...base, cost });
    expect(below.take).toBe(false);
    expect(below.line).toContain("checkpoint before stage 'build' skipped: a resume from it skips 3.00 s");
    expect(below.line).toContain('3.0x its cost of 1.00 s');
    expect(checkpointPays({ ...base, durations: { lint: 3_000 }, cost }).take).toBe(true);
    expect(PAYS_FACTOR).toBe(3);
  });

  it('with no checkpoint timed yet, estimates the cost from the size, and says so', () => {
    const big = size({ bytes: 500e6, files: 40_000 });
    const v = checkpointPays({
      stage: 'build',
      completed: ['deps'],
      durations: { deps: 8_000 },
      cost: estimated(big),
    });
    // 0.2 s + 500 MB at 100 MB/s + 40,000 files at 0.05 ms: 7.2 s, more than the 8 s it would save / 3.
    expect(estimateCostMs(big)).toBeCloseTo(ESTIMATE.fixedMs + 5_000 + 2_000);
    expect(v.take).toBe(false);
    expect(v.line).toContain(
      "estimated from the paths' 500.0 MB in 40000 files: no checkpoint of this job timed yet",
    );
    const small = size({ bytes: 64_000, files: 2 });
    expect(
      checkpointPays({
        stage: 'build',
        completed: ['deps'],
        durations: { deps: 8_000 },
        cost: estimated(small),
      }).take,
    ).toBe(true);
  });

  it('a keyed path costs its comparison, not its packing', () => {
    const keyed = size({ bytes: 1e9, keyedBytes: 1e9, files: 0 });
    expect(estimateCostMs(keyed)).toBeCloseTo(ESTIMATE.fixedMs + 1_000);
    const packed = size({ bytes: 1e9, files: 0 });
    expect(estimateCostMs(packed)).toBeCloseTo(ESTIMATE.fixedMs + 10_000);
    const v = checkpointPays({
      stage: 'build',
      completed: ['install'],
      durations: { install: 20_000 },
      cost: estimated(keyed),
    });
    expect(v.take).toBe(true);
    expect(v.line).toContain('1.0 GB of it keyed');
  });

  it('a walk cut at its budget is an estimate of at least that much', () => {
    const partial = size({ bytes: 2e9, files: 100, partial: true });
    const v = checkpointPays({
      stage: 'b',
      completed: ['a'],
      durations: { a: 1_000 },
      cost: estimated(partial),
    });
    expect(v.take).toBe(false);
    expect(v.line).toContain("at least 20.2 s (estimated from the paths' at least 2.0 GB");
  });

  it('a walk cut at its cap of entries, under the budget, cannot tell: taken, said so', () => {
    const capped = size({ bytes: 50e6, files: 10_000, partial: true, capped: true });
    const v = checkpointPays({
      stage: 'b',
      completed: ['a'],
      durations: { a: 60_000 },
      cost: estimated(capped),
    });
    expect(v.take).toBe(true);
    expect(v.line).toContain(
      "and its cost is at least 1.20 s (estimated from the paths' at least 50.0 MB in 10000 files",
    );
    expect(v.line).toContain('the walk stops at 10000 files, so whether it pays cannot be told.');
    // Past the budget already: skipped, whatever the rest holds.
    const over = checkpointPays({
      stage: 'b',
      completed: ['a'],
      durations: { a: 3_000 },
      cost: estimated(capped),
    });
    expect(over.take).toBe(false);
  });

  it('takes it when whether it pays cannot be told: an untimed stage, an unknown cost', () => {
    const untimed = checkpointPays({ stage: 'test', completed: ['deps', 'build'], durations: { build: 5 } });
    expect(untimed.take).toBe(true);
    expect(untimed.line).toContain("taken: stage(s) 'deps' not timed");
    const glob = estimated(size({ unknown: "the path 'out/*' is a glob" }));
    const unknown = checkpointPays({ stage: 'test', completed: ['b'], durations: { b: 5 }, cost: glob });
    expect(unknown.take).toBe(true);
    expect(unknown.line).toContain("its cost is not known (the path 'out/*' is a glob)");
  });

  it("counts only the stages the job's last checkpoint does not hold; all of them with none", () => {
    const base = {
      stage: 'test',
      completed: ['install', 'lint', 'build'],
      durations: { install: 60_000, lint: 1_000, build: 2_000 },
      cost: { from: 'measured' as const, ms: 1_200, stage: 'lint' },
    };
    const lint = { stage: 'lint', holds: ['install'] };
    expect(stagesGained({ ...base, since: lint })).toEqual(['lint', 'build']);
    const v = checkpointPays({ ...base, since: lint });
    expect(v).toMatchObject({ take: false, skipMs: 3_000 });
    expect(v.line).toContain(
      "skipped: a resume from it skips 3.00 s of work more than the checkpoint before 'lint' does (lint 1.00 s, build 2.00 s), 2.5x",
    );
    expect(checkpointPays(base)).toMatchObject({ take: true, skipMs: 63_000 });
    // A stage listed before the checkpoint's own but not held by it (it started beside that one, in the
    // background, and completed first): a resume from that checkpoint runs it again, so it counts.
    const build = { stage: 'build', holds: ['install'] };
    expect(stagesGained({ ...base, since: build })).toEqual(['lint', 'build']);
    expect(checkpointPays({ ...base, since: build }).line).toContain(
      "skips 3.00 s of work more than the checkpoint before 'build' does (lint 1.00 s, build 2.00 s)",
    );
    // A second step of a stage name the checkpoint holds took it (its step ran after): that stage counts.
    const again = { stage: 'build', holds: ['install', 'lint', 'build'] };
    expect(stagesGained({ ...base, since: again })).toEqual(['build']);
    // Only the stages it gains need a duration: an untimed one before the last checkpoint leaves no doubt.
    const untimedBefore = { ...base, durations: { lint: 1_000, build: 2_000 }, since: lint };
    expect(checkpointPays(untimedBefore).take).toBe(false);
  });

  it("'always' takes every one, the first stage's too", () => {
    const v = checkpointPays({ stage: 'install', completed: [], durations: {} }, 'always');
    expect(v).toMatchObject({ take: true });
    expect(v.line).toBe("ci-recovery: checkpoint before stage 'install' taken: checkpoint.when is 'always'.");
  });

  it('stage names from the job are made inert before they are printed', () => {
    const v = checkpointPays({
      stage: 'x',
      completed: ['a\n::error::pwned'],
      durations: { 'a\n::error::pwned': 10_000 },
      cost: { from: 'measured', ms: 10, stage: 'a\n::error::pwned' },
    });
    expect(v.line.split('\n')).toHaveLength(1);
    expect(v.line).not.toContain('\n::error');
  });

  it('sums the timed stages and names the untimed; the walk budget is a third of the work', () => {
    expect(workSkipped({ completed: ['a', 'b', 'c'], durations: { a: 1, c: 2 } })).toEqual({
      ms: 3,
      untimed: ['b'],
    });
    expect(costBudgetMs(9_000)).toBe(3_000);
  });
});

describe('checkpoint.when in .github/ci-recovery.yml', () => {
  it("is 'pays' by default and takes 'always'", async () => {
    expect((await parseConfig('')).checkpoint.when).toBe('pays');
    expect((await parseConfig('checkpoint:\n  when: always\n')).checkpoint.when).toBe('always');
  });

  it('refuses another value, naming the file, the line and the key', async () => {
    await expect(parseConfig('checkpoint:\n  when: allways\n')).rejects.toThrow(
      '.github/ci-recovery.yml:2:9: "allways" is not allowed for checkpoint.when; write \'always\' instead (allowed: pays, always)',
    );
  });
});
