/**
 * The summary of a resumed job: what its checkpoints cost (seconds, bytes) and what they saved (the stages
 * skipped, their recorded seconds), from the step records and the resumed checkpoint's manifest figures.
 */
import { stagesFromRecords, type JobReport } from '../../src/core/report/model.js';
import { renderSummary } from '../../src/core/report/summary.js';
import { checkpointLines } from '../../src/core/report/time-saved.js';
import type { StepRecord } from '../../src/core/records.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { laterStepsEnv } from '../../src/core/prepare.js';

const at = (s: number): string => new Date(Date.UTC(2026, 10, 27, 12, 0, s)).toISOString();

const records: StepRecord[] = [
  {
    kind: 'run',
    step: 'install',
    stage: 'install',
    startedAt: at(0),
    completedAt: at(0),
    outcome: 'skipped',
    attempts: [],
  },
  {
    kind: 'run',
    step: 'build',
    stage: 'build',
    startedAt: at(1),
    completedAt: at(1),
    outcome: 'skipped',
    attempts: [],
  },
  {
    kind: 'run',
    step: 'test',
    stage: 'test',
    startedAt: at(2),
    completedAt: at(40),
    outcome: 'success',
    attempts: [{ attempt: 1, startedAt: at(3), durationMs: 36_000, exitCode: 0 }],
    checkpointId: 'ci-recovery-ckpt-r1-build-a2-test-003',
    checkpointMs: 1_200,
    checkpointBytes: 2_000_000,
  },
];

function report(over: Partial<JobReport> = {}): JobReport {
  return {
    job: 'build',
    attempt: 2,
    startedAt: at(0),
    finishedAt: at(41),
    conclusion: 'success',
    stages: stagesFromRecords(records, ['install', 'build'], { install: 20_000, build: 9_000 }),
    failures: [],
    warnings: [],
    resumedCheckpoint: { id: 'ci-recovery-ckpt-r1-build-a1-test-002', ms: 3_400, bytes: 12_000_000 },
    ...over,
  };
}

describe('what the checkpoints of a resumed job cost and saved', () => {
  it('adds the resumed checkpoint and this attempt’s, against the stages skipped with their seconds', () => {
    expect(checkpointLines(report())).toEqual([
      "- Checkpoints cost about **4.6s** and **14.0 MB**: the one resumed from (`ci-recovery-ckpt-r1-build-a1-test-002`) took 3.4s to save, 12.0 MB; this attempt's before `test` 1.2s, 2.0 MB.",
      '- Checkpoints saved about **29.0s**: the resume skipped `install` (20.0s), `build` (9.0s), as long as they took when they ran (6.3x what the checkpoints cost).',
    ]);
    const summary = renderSummary(report());
    expect(summary).toContain('- Checkpoints cost about **4.6s** and **14.0 MB**');
    expect(summary).toContain('- Checkpoints saved about **29.0s**');
  });

  it('says nothing of checkpoints for a job that resumed nothing', () => {
    const fresh = report({ stages: stagesFromRecords(records.slice(2)) });
    delete fresh.resumedCheckpoint;
    expect(checkpointLines(fresh)).toEqual([]);
    expect(renderSummary(fresh)).not.toContain('Checkpoints cost');
  });

  it('main hands the resumed checkpoint’s cost to later steps; a step reads it back, and refuses junk', () => {
    const env = laterStepsEnv('HEAVY', undefined, {
      completedStages: ['install'],
      resumeFrom: 'ckpt-1',
      cost: { ms: 3_400, bytes: 12_000_000 },
    });
    expect(parseJobEnv(env, { cwd: '/', tmpdir: '/tmp' }).recovery.resumedCost).toEqual({
      ms: 3_400,
      bytes: 12_000_000,
    });
    const junk = { ...env, CI_RECOVERY_RESUMED_COST: '{"ms":-1,"bytes":"x"}' };
    expect(parseJobEnv(junk, { cwd: '/', tmpdir: '/tmp' }).recovery.resumedCost).toBeUndefined();
  });
});
