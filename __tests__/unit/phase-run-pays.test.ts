/**
 * The `run/` phase's checkpoint only where it pays (core/checkpoint-pays.ts), through its in-memory ports:
 * what it weighs (the job's completed stages, the ledger's last checkpoint cost, else the paths' size), the
 * line it says, and the cost it records for the next stage. The real files: e2e/checkpoint-pays.test.ts.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseJobEnv, type JobEnv } from '../../src/core/job-env.js';
import type { PathsSize } from '../../src/core/checkpoint-pays.js';
import type { RunSettings } from '../../src/core/run-step.js';
import { runPhase, type RunContext } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint, type StageSave } from '../../src/ports/stage-checkpoint.js';
import { RecordingStageLedger } from '../../src/ports/stage-ledger.js';
import { runSettings } from '../run-settings.js';

interface Setup {
  completed?: Record<string, number | undefined>;
  paid?: JobEnv['recovery']['checkpointsPaid'];
  size?: PathsSize;
  config?: Config;
  checkpoint?: RecordingStageCheckpoint;
}

async function phase(s: RunSettings, setup: Setup = {}) {
  const runner = new RecordingRunner();
  const checkpoint =
    setup.checkpoint ??
    new RecordingStageCheckpoint({ bytes: 4096, ...(setup.size ? { size: setup.size } : {}) });
  const stages = new RecordingStageLedger();
  const records = new RecordingRecords();
  const completed = setup.completed ?? {};
  const durations = Object.fromEntries(Object.entries(completed).filter(([, ms]) => ms !== undefined));
  const env = {
    GITHUB_WORKSPACE: '/ws',
    RUNNER_TEMP: '/tmp/rt',
    CI_RECOVERY_COMPLETED_STAGES: Object.keys(completed).join(','),
    CI_RECOVERY_STAGE_DURATIONS: JSON.stringify(durations),
  };
  const parsed = parseJobEnv(env, { cwd: '/', tmpdir: '/tmp' });
  const job = {
    ...parsed,
    recovery: { ...parsed.recovery, ...(setup.paid ? { checkpointsPaid: setup.paid } : {}) },
  };
  const ctx: RunContext = {
    lane: 'STANDARD',
    branchKind: 'default',
    config: setup.config ?? DEFAULT_CONFIG,
    windows: false,
  };
  const ports = {
    runner,
    process: new RecordingProcess([{}]),
    checkpoint,
    records,
    classify: () => ({ type: 'test' as const, confidence: 'high' as const, retryable: false, rule: 'stub' }),
    clock: new FakeClock(),
    stages,
  };
  const result = await runPhase(s, job, ctx, ports);
  const lines = runner.log.messages('info').filter((l) => l.startsWith('ci-recovery: checkpoint before'));
  return { result, checkpoint, stages, records, lines };
}

const step = (stage: string) => runSettings({ stage, checkpointPaths: ['node_modules', 'dist'] });

describe("the run phase's checkpoint, only where it pays", () => {
  it('skips the first stage without measuring anything, and says so in one line', async () => {
    const r = await phase(step('install'));
    expect(r.checkpoint.saved).toEqual([]);
    expect(r.checkpoint.sized).toEqual([]);
    expect(r.lines).toEqual([
      "ci-recovery: checkpoint before stage 'install' skipped: no stage completed before it, so a resume from it would skip no work.",
    ]);
    expect(r.result.success).toBe(true);
    expect(r.records.written[0]?.checkpointMs).toBeUndefined();
  });

  it('with no checkpoint timed yet, weighs the size of the paths; a small one is taken, its cost recorded', async () => {
    const r = await phase(step('build'), {
      completed: { install: 20_000 },
      size: { bytes: 1e6, keyedBytes: 0, files: 10 },
    });
    expect(r.checkpoint.sized).toEqual([['node_modules', 'dist']]);
    expect(r.checkpoint.saved).toEqual([{ stage: 'build', paths: ['node_modules', 'dist'] }]);
    expect(r.lines[0]).toMatch(
      /^ci-recovery: checkpoint before stage 'build' taken: a resume from it skips 20\.0 s of work \(install 20\.0 s\), 95\.\dx its cost of 0\.21 s \(estimated from the paths' 1\.0 MB in 10 files/,
    );
    // What it cost (the fake clock stands still: 0 ms) and stored, for the next stage to weigh its own by.
    expect(r.records.written[0]).toMatchObject({
      checkpointId: 'ckpt-1',
      checkpointMs: 0,
      checkpointBytes: 4096,
    });
    expect(r.stages.completed[0]).toMatchObject({
      stage: 'build',
      checkpoint: { stage: 'build', ms: 0, bytes: 4096 },
    });
  });

  it('a big one for little work is skipped', async () => {
    const r = await phase(step('build'), {
      completed: { lint: 1_500 },
      size: { bytes: 3e9, keyedBytes: 0, files: 9_000, partial: true },
    });
    expect(r.checkpoint.saved).toEqual([]);
    expect(r.lines[0]).toContain(
      "checkpoint before stage 'build' skipped: a resume from it skips 1.50 s of work (lint 1.50 s)",
    );
    expect(r.stages.completed[0]?.checkpoint).toBeUndefined();
  });

  it('weighs the last checkpoint this job took, from the ledger, without walking the paths', async () => {
    const paid = [
      { stage: 'build', ms: 900, bytes: 1e6, holds: ['install'] },
      { stage: 'lint', ms: 2_000, bytes: 5e7, holds: ['install', 'build'] },
    ];
    const pays = await phase(step('test'), {
      completed: { install: 20_000, build: 9_000, lint: 30_000 },
      paid,
    });
    expect(pays.checkpoint.sized).toEqual([]);
    expect(pays.checkpoint.saved).toHaveLength(1);
    expect(pays.lines[0]).toContain(
      "15.0x its cost of 2.00 s (what the checkpoint before 'lint' cost this job, 50.0 MB)",
    );
    const not = await phase(step('test'), { completed: { install: 3_000, build: 2_000, lint: 5_000 }, paid });
    expect(not.checkpoint.saved).toEqual([]);
    expect(not.lines[0]).toContain('skipped: a resume from it skips 5.00 s of work');
  });

  it('weighs only the stages since the last checkpoint this job took: a resume without it starts there', async () => {
    // install 20 s, then a checkpoint before build (1 s), then build 2 s: before test, a resume from a new
    // checkpoint would skip 22 s, but only 2 s more than from the one before build. Not worth 1 s.
    const paid = [{ stage: 'build', ms: 1_000, bytes: 1e6, holds: ['install'] }];
    const r = await phase(step('test'), { completed: { install: 20_000, build: 2_000 }, paid });
    expect(r.checkpoint.saved).toEqual([]);
    expect(r.checkpoint.sized).toEqual([]);
    expect(r.lines).toEqual([
      "ci-recovery: checkpoint before stage 'test' skipped: a resume from it skips 2.00 s of work more than the checkpoint before 'build' does (build 2.00 s), 2.0x its cost of 1.00 s (what the checkpoint before 'build' cost this job, 1.0 MB); taken from 3x (checkpoint.when: always takes every one).",
    ]);
    // The stage since that checkpoint long enough: taken.
    const long = await phase(step('test'), { completed: { install: 20_000, build: 3_000 }, paid });
    expect(long.checkpoint.saved).toHaveLength(1);
    // No checkpoint taken in this job yet (a failed or skipped one is not in the ledger): every stage counts.
    const none = await phase(step('test'), {
      completed: { install: 20_000, build: 2_000 },
      size: { bytes: 1e6, keyedBytes: 0, files: 10 },
    });
    expect(none.checkpoint.saved).toHaveLength(1);
    expect(none.lines[0]).toContain('skips 22.0 s of work (install 20.0 s, build 2.00 s)');
  });

  it('counts a stage that started beside the last checkpoint’s and completed first: a resume runs it again', async () => {
    // setup, then build in the background, its checkpoint taken; lint started beside it (no checkpoint of
    // its own) and completed first. After the wait, the runner's last flush (lint's) leaves
    // "setup,lint" and the ledger adds build: lint is listed before build, yet build's checkpoint does not
    // hold it (its manifest's completed stages: setup).
    const build = await phase(step('build'), {
      completed: { setup: 1_000 },
      size: { bytes: 1e6, keyedBytes: 0, files: 10 },
    });
    const entry = build.stages.completed[0]?.checkpoint;
    expect(entry).toMatchObject({ stage: 'build', holds: ['setup'] });
    const paid = [{ ...entry!, ms: 1_000 }]; // the fake clock stands still: a cost of 1 s
    const r = await phase(step('test'), { completed: { setup: 1_000, lint: 60_000, build: 1_000 }, paid });
    expect(r.lines[0]).toContain(
      "taken: a resume from it skips 61.0 s of work more than the checkpoint before 'build' does (lint 60.0 s, build 1.00 s), 61.0x its cost of 1.00 s",
    );
    expect(r.checkpoint.saved).toHaveLength(1);
  });

  it('does not count on a checkpoint a re-run will not resume from (its record not uploaded): all stages count', async () => {
    const checkpoint = new RecordingStageCheckpoint({ bytes: 4096, unrecorded: true });
    const build = await phase(step('build'), {
      completed: { setup: 20_000 },
      size: { bytes: 1e6, keyedBytes: 0, files: 10 },
      checkpoint,
    });
    const entry = build.stages.completed[0]?.checkpoint;
    // Its cost is known and kept; it holds nothing a resume could start from.
    expect(entry).toEqual({ stage: 'build', ms: 0, bytes: 4096 });
    const paid = [{ ...entry!, ms: 1_000 }]; // the fake clock stands still: a cost of 1 s
    const r = await phase(step('test'), { completed: { setup: 20_000, build: 1_000 }, paid });
    expect(r.lines[0]).toContain(
      "taken: a resume from it skips 21.0 s of work (setup 20.0 s, build 1.00 s), 21.0x its cost of 1.00 s (what the checkpoint before 'build' cost this job",
    );
    expect(r.checkpoint.saved).toHaveLength(1);
  });

  it("checkpoint.when: always takes it as before, the first stage's too", async () => {
    const config = {
      ...DEFAULT_CONFIG,
      checkpoint: { ...DEFAULT_CONFIG.checkpoint, when: 'always' as const },
    };
    const r = await phase(step('install'), { config });
    expect(r.checkpoint.saved).toHaveLength(1);
    expect(r.lines).toEqual([
      "ci-recovery: checkpoint before stage 'install' taken: checkpoint.when is 'always'.",
    ]);
  });

  it('the time the step waits on its checkpoint, before and after the command, is its cost', async () => {
    const clock = new FakeClock();
    class Slow extends RecordingStageCheckpoint {
      override save(stage: string, paths: string[]): StageSave {
        super.save(stage, paths);
        clock.advance(700); // the read
        const saved = new Promise<{ id: string; bytes: number }>((resolve) =>
          setImmediate(() => (clock.advance(300), resolve({ id: 'c', bytes: 1 }))),
        );
        return { read: Promise.resolve(true), saved };
      }
    }
    const runner = new RecordingRunner();
    const stages = new RecordingStageLedger();
    const job = parseJobEnv(
      {
        GITHUB_WORKSPACE: '/ws',
        RUNNER_TEMP: '/t',
        CI_RECOVERY_COMPLETED_STAGES: 'a',
        CI_RECOVERY_STAGE_DURATIONS: '{"a":60000}',
      },
      { cwd: '/', tmpdir: '/tmp' },
    );
    const ctx: RunContext = {
      lane: 'STANDARD',
      branchKind: 'default',
      config: DEFAULT_CONFIG,
      windows: false,
    };
    const ports = {
      runner,
      process: new RecordingProcess([{}]),
      checkpoint: new Slow(),
      records: new RecordingRecords(),
      classify: () => ({
        type: 'test' as const,
        confidence: 'high' as const,
        retryable: false,
        rule: 'stub',
      }),
      clock,
      stages,
    };
    await runPhase(step('b'), job, ctx, ports);
    expect(ports.records.written[0]).toMatchObject({ checkpointMs: 1_000, checkpointBytes: 1 });
  });
});
