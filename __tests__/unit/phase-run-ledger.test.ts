/**
 * The `run/` phase beside other stages (background steps): the stage ledger through its in-memory port.
 * The real files are proven in integration/stage-ledger.test.ts, the whole through the stand in
 * e2e/background-stages.test.ts.
 */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import type { RunningStage } from '../../src/core/stage-ledger.js';
import { runPhase, type RunContext } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingStageLedger } from '../../src/ports/stage-ledger.js';
import { runSettings } from '../run-settings.js';

const ctx: RunContext = { lane: 'STANDARD', branchKind: 'pr', config: DEFAULT_CONFIG, windows: false };

async function phase(s: RunSettings, running: RunningStage[], outcomes: ScriptedRun[] = [{}]) {
  const runner = new RecordingRunner();
  const checkpoint = new RecordingStageCheckpoint();
  const stages = new RecordingStageLedger(running);
  const ports = {
    runner,
    process: new RecordingProcess(outcomes),
    checkpoint,
    records: new RecordingRecords(),
    classify: () => ({ type: 'test' as const, confidence: 'high' as const, retryable: false, rule: 'stub' }),
    clock: new FakeClock(),
    stages,
  };
  const job = parseJobEnv(
    { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt', CI_RECOVERY_COMPLETED_STAGES: 'deps' },
    { cwd: '/', tmpdir: '/tmp' },
  );
  const result = await runPhase(s, job, ctx, ports);
  return { result, runner, checkpoint, stages };
}

const BUILD: RunningStage = { stage: 'build', step: 'build', pid: 4242 };

describe('the run phase beside other stages', () => {
  it('takes no checkpoint while another stage runs, and says so in one notice naming it', async () => {
    const r = await phase(runSettings({ stage: 'lint', checkpointPaths: ['src'] }), [BUILD]);
    expect(r.checkpoint.saved).toEqual([]);
    expect(r.runner.log.messages('notice')).toEqual([
      "ci-recovery: no checkpoint before stage 'lint': stage 'build' (step build) is running at the same " +
        "time (a background step), and a checkpoint now could hold its half-written files. The job's next " +
        'checkpoint is taken when no other stage runs.',
    ]);
    expect(r.result.success).toBe(true);
    expect(r.stages.entered).toEqual(['lint']);
    expect(r.stages.left).toBe(1);
  });

  it('alone, checkpoints as before and says nothing more', async () => {
    const r = await phase(runSettings({ stage: 'lint', checkpointPaths: ['src'] }), []);
    expect(r.checkpoint.saved).toEqual([{ stage: 'lint', paths: ['src'] }]);
    expect(r.runner.log.messages('notice')).toEqual([]);
  });

  it('records a completed stage in the ledger, with its duration; a failed one not, and leaves either way', async () => {
    const ok = await phase(runSettings({ stage: 'lint', cachePaths: ['~/.m2'] }), [BUILD]);
    expect(ok.stages.completed).toMatchObject([{ stage: 'lint', cachePaths: ['~/.m2'] }]);
    expect(typeof ok.stages.completed[0]?.ms).toBe('number');
    const failed = await phase(runSettings({ stage: 'lint', maxAttempts: 1 }), [], [{ exitCode: 1 }]);
    expect(failed.stages.completed).toEqual([]);
    expect(failed.stages.left).toBe(1);
  });
});
