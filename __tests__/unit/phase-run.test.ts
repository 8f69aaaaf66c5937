/**
 * The `run/` phase through its in-memory ports: scripted command outcomes, a fake clock, a recording
 * runner, checkpoint and record store. Nothing is spawned; the stand tests (e2e/run-*.test.ts) and
 * integration/run-step.test.ts run the real thing.
 */
import { classify, loadTeamRuleEngine } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG as DEFAULTS } from '../../src/core/config.js';

/** Every checkpoint taken (checkpoint.when: always): these tests are of the save's mechanics; whether one pays is checkpoint-pays.test.ts's. */
const DEFAULT_CONFIG = { ...DEFAULTS, checkpoint: { ...DEFAULTS.checkpoint, when: 'always' as const } };
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import type { Classification, FailureType } from '../../src/core/types.js';
import { NoFilesFoundError } from '../../src/checkpoint/index.js';
import { runPhase, type RunContext, type RunPorts } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import {
  RecordingStageCheckpoint,
  type StageSave,
  type StageSaved,
} from '../../src/ports/stage-checkpoint.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { runSettings } from '../run-settings.js';
import { readFixtures } from '../../scripts/corpus-fixtures.js';

const settings = runSettings;

/** A classifier that types every failure `type`, with the output's first line as evidence. */
const typed =
  (type: FailureType) =>
  (signals: { log?: string }): Classification => ({
    type,
    confidence: 'high',
    retryable: type !== 'test',
    rule: `stub:${type}`,
    evidence: { line: 1, text: (signals.log ?? '').split('\n')[0] ?? '' },
  });

interface Setup {
  outcomes?: ConstructorParameters<typeof RecordingProcess>[0];
  cancelAfter?: number;
  type?: FailureType;
  ctx?: Partial<RunContext>;
  env?: Record<string, string>;
  checkpoint?: RecordingStageCheckpoint;
  process?: RecordingProcess;
  clock?: FakeClock;
  /** The classifier (default: the stub that types every failure `type`). */
  classify?: RunPorts['classify'];
}

async function phase(s: RunSettings, setup: Setup = {}) {
  const runner = new RecordingRunner();
  const process = setup.process ?? new RecordingProcess(setup.outcomes, setup.cancelAfter);
  const clock = setup.clock ?? new FakeClock();
  const checkpoint = setup.checkpoint ?? new RecordingStageCheckpoint();
  const records = new RecordingRecords();
  const classified: string[] = [];
  const ports: RunPorts = {
    runner,
    process,
    checkpoint,
    records,
    classify: (signals) => (
      classified.push(signals.command ?? ''),
      (setup.classify ?? typed(setup.type ?? 'network'))(signals)
    ),
    clock,
  };
  const job = parseJobEnv(
    { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt', ...setup.env },
    { cwd: '/', tmpdir: '/tmp' },
  );
  const ctx: RunContext = {
    lane: 'STANDARD',
    branchKind: 'pr',
    config: DEFAULT_CONFIG,
    windows: false,
    ...setup.ctx,
  };
  const result = await runPhase(s, job, ctx, ports);
  const outputs = Object.fromEntries(runner.outputs);
  return { result, runner, process, clock, checkpoint, records, classified, outputs, log: runner.log };
}

const fail = (exitCode: number, output = `failed with ${exitCode}`): ScriptedRun => ({ exitCode, output });

describe('the run phase, without spawning', () => {
  it("says each attempt's time limit and where it came from, and names it again at a timeout", async () => {
    const r = await phase(settings({ maxAttempts: 1 }), {
      outcomes: [{ timedOut: true, signal: 'SIGTERM', output: 'still running\n' }],
      ctx: { lane: 'DOCS' },
    });
    const lane = "the DOCS lane's default; set timeout-minutes on the step to choose";
    expect(r.log.messages('info')).toContain(
      `ci-recovery: stage 'build', attempt 1 (time limit 15 minutes, from ${lane})`,
    );
    expect(r.process.runs[0]?.timeoutMs).toBe(15 * 60_000);
    expect(r.outputs.evidence).toBe(
      `ci-recovery: 'build' hit its time limit of 15 minutes (from ${lane}); its process tree was killed`,
    );
  });

  it('retries a failure with an exit code listed in retry-on-exit-code, with backoff, and passes', async () => {
    const r = await phase(settings({ retryOnExitCodes: [75] }), { outcomes: [fail(75), {}], type: 'test' });
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'attempt-2']);
    expect(r.result.decision).toMatchObject({ rule: 'input:retry-on-exit-code', strategy: 'retry' });
    expect(r.clock.slept).toEqual([DEFAULT_CONFIG.budgets.STANDARD.backoffSeconds * 1000]);
    expect(r.outputs).toMatchObject({
      attempts: '2',
      'exit-code': '0',
      'failure-type': 'test',
      strategy: 'retry',
    });
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.log.messages('warning')).toEqual([
      'Attempt 1 failed (exit 75, test): retrying (input:retry-on-exit-code).',
    ]);
  });

  it("counts the backoff from the failed attempt's end: the classifier's time is part of the wait", async () => {
    const clock = new FakeClock();
    // Loading the classifier and classifying the output take 300 ms after the attempt ended.
    const slowClassifier = (signals: { log?: string }): Classification => {
      clock.advance(300);
      return typed('network')(signals);
    };
    const r = await phase(settings(), {
      outcomes: [fail(1, 'ECONNREFUSED'), {}],
      clock,
      classify: slowClassifier,
    });
    const backoff = DEFAULT_CONFIG.budgets.STANDARD.backoffSeconds * 1000;
    expect(r.process.runs).toHaveLength(2);
    expect(clock.slept).toEqual([backoff - 300]);
    expect(r.log.messages('info')).toContain(
      `Waiting ${backoff / 1000} s after attempt 1 failed, before attempt 2.`,
    );
  });

  it("strategy skip in the team's policy: one attempt, the step exits 0 with a warning, the record keeps the failure", async () => {
    const config = {
      ...DEFAULT_CONFIG,
      policy: [{ name: 'docs-links', when: { type: 'test' as const }, strategy: 'skip' as const }],
    };
    const r = await phase(settings(), {
      outcomes: [fail(3, 'link check: 2 dead links')],
      type: 'test',
      ctx: { config },
    });
    expect(r.process.runs).toHaveLength(1);
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.log.messages('error')).toEqual([]);
    expect(r.log.messages('warning').join('\n')).toMatch(
      /The policy skips this failure \(config:docs-links\)/,
    );
    expect(r.outputs).toMatchObject({ strategy: 'skip', 'exit-code': '3', 'failure-type': 'test' });
    expect(r.records.written[0]).toMatchObject({ outcome: 'failure', decision: { strategy: 'skip' } });
  });

  it('does not retry another exit code, even a failure the policy would retry, and fails with it', async () => {
    const r = await phase(settings({ retryOnExitCodes: [75] }), {
      outcomes: [fail(1, 'ECONNREFUSED')],
      type: 'network',
    });
    expect(r.process.runs).toHaveLength(1);
    expect(r.result.decision?.retryInStep).toBe(false);
    expect(r.result.decision?.reason).toMatch(/exit code 1 is not in retry-on-exit-code/);
    expect(r.runner.exitCode).toBe(1);
    expect(r.log.messages('error')[0]).toMatch(
      /^Stage 'build' failed after 1 attempt\(s\): network \(stub:network\).*Evidence, line 1 of its output: ECONNREFUSED$/,
    );
    expect(r.runner.exported.has('CI_RECOVERY_COMPLETED_STAGES')).toBe(false);
    expect(r.records.written[0]).toMatchObject({
      kind: 'run',
      outcome: 'failure',
      attempts: [{ attempt: 1, exitCode: 1 }],
    });
  });

  it('a team rule of the config types the attempt (team:<id>) and its retryable decides the retry', async () => {
    // A real uv download that failed on DNS (d0098): our rules say network and retry it.
    const d0098 = readFixtures().get('d0098')!;
    const output = [31, 32, 33, 34, 35, 37].map((n) => d0098.get(n)!.replace('#=MATCH=# ', '')).join('\n');
    const ours = await phase(settings(), { outcomes: [fail(2, output), {}], classify });
    expect(ours.result.decision).toMatchObject({ strategy: 'retry', rule: 'transient-retry' });
    // The team knows its macOS runners' DNS stays broken for the job, a setup problem: not worth a retry.
    const rules = [{ id: 'mac-dns', pattern: 'nodename nor servname', type: 'config' }] as const;
    await loadTeamRuleEngine(); // as reading a config with rules does (adapters/config-file.ts)
    const config = { ...DEFAULT_CONFIG, classify: { rules: [...rules] } };
    const r = await phase(settings(), { outcomes: [fail(2, output), {}], classify, ctx: { config } });
    expect(r.process.runs).toHaveLength(1);
    expect(r.records.written[0]?.classification).toMatchObject({
      type: 'config',
      retryable: false,
      rule: 'team:mac-dns',
      evidence: { line: 6 },
    });
    expect(r.result.decision).toMatchObject({ strategy: 'manual', rule: 'deterministic-pr-manual' });
  });

  it('retry-on retries a listed type up to max-attempts, and fails with the last exit code', async () => {
    const r = await phase(settings({ retryOn: ['test'], maxAttempts: 3 }), {
      outcomes: [fail(101), fail(101), fail(101), {}],
      type: 'test',
    });
    expect(r.process.runs).toHaveLength(3);
    expect(r.result.decision).toMatchObject({ strategy: 'manual', rule: 'budget-exhausted' });
    expect(r.runner.exitCode).toBe(101);
    expect(r.clock.slept).toEqual([10_000, 20_000]);
  });

  it('retry-on leaves a type it does not list to the step: no retry in the step', async () => {
    const r = await phase(settings({ retryOn: ['test'] }), { outcomes: [fail(1), {}], type: 'network' });
    expect(r.process.runs).toHaveLength(1);
    // One attempt, no retry: the strategy output does not say 'retry' (it did before).
    expect(r.outputs).toMatchObject({ 'failure-type': 'network', strategy: 'manual', attempts: '1' });
    expect(r.runner.exitCode).toBe(1);
  });

  it("the step's total time: an attempt's limit is cut to it, and no attempt starts once it is used up", async () => {
    const clock = new FakeClock();
    const slow = (): ScriptedRun => {
      clock.advance(50_000);
      return fail(1, 'ECONNREFUSED');
    };
    const process = new RecordingProcess([slow, slow]);
    const { runner } = await phase(settings({ totalTimeoutMinutes: 1 }), { process, clock });
    expect(process.runs.map((x) => x.timeoutMs)).toEqual([60_000]);
    // 50 s ran, the 10 s backoff is all that was left.
    expect(clock.slept).toEqual([10_000]);
    expect(runner.log.messages('info')).toContain(
      "ci-recovery: the step's total time limit is used up: no attempt 2.",
    );
    expect(runner.outputs.get('attempts')).toBe('1');
  });

  it("continue-on-error: the step passes with a warning and keeps the outputs, the command's included", async () => {
    const r = await phase(settings({ continueOnError: true }), {
      outcomes: [{ ...fail(2), files: { output: 'partial=yes\n', env: '', path: '' } }],
      type: 'test',
    });
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.log.messages('error')).toEqual([]);
    expect(r.log.messages('warning')[0]).toMatch(
      /failed after 1 attempt\(s\): test .* continue-on-error: the step passes\.$/,
    );
    expect(r.outputs).toMatchObject({
      partial: 'yes',
      'exit-code': '2',
      'failure-type': 'test',
      strategy: 'manual',
    });
    expect(r.runner.exported.has('CI_RECOVERY_COMPLETED_STAGES')).toBe(false);
  });

  it("on Windows as on Linux: a failed attempt is retried, each under its time limit and the step's total (issue 45: 4)", async () => {
    // The old code stepped aside on Windows: one attempt, no limit, a warning.
    const r = await phase(
      settings({ retryOn: ['any'], maxAttempts: 3, timeoutMinutes: 1, totalTimeoutMinutes: 2 }),
      { outcomes: [fail(3), { timedOut: true }, {}], ctx: { windows: true } },
    );
    expect(r.process.runs).toHaveLength(3);
    expect(r.process.runs[0]?.timeoutMs).toBe(60_000);
    expect(r.log.messages('warning').filter((m) => /Windows/.test(m))).toEqual([]);
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({ attempts: '3' });
  });

  it("a pass: the command's outputs, env and path are passed on, its stage completes, its record is written", async () => {
    const files = { output: 'artifact=a.tgz\nattempts=999\n', env: 'FROM_STEP=yes', path: '/opt/bin\n' };
    const r = await phase(settings(), {
      outcomes: [{ files, durationMs: 42_000 }],
      env: { CI_RECOVERY_COMPLETED_STAGES: 'deps', CI_RECOVERY_STAGE_DURATIONS: '{"deps":90000}' },
    });
    expect(r.outputs).toMatchObject({ artifact: 'a.tgz', attempts: '1', skipped: 'false' });
    expect(r.runner.fileCommands).toEqual({ env: 'FROM_STEP=yes\n', path: '/opt/bin\n' });
    expect(r.runner.exported.get('CI_RECOVERY_COMPLETED_STAGES')).toBe('deps,build');
    // Its passing attempt's duration joins the earlier stages', for a checkpoint to record.
    expect(r.runner.exported.get('CI_RECOVERY_STAGE_DURATIONS')).toBe('{"deps":90000,"build":42000}');
    expect(r.records.written[0]).toMatchObject({ outcome: 'success', stage: 'build' });
    expect(r.process.runs[0]).toMatchObject({
      script: 'make',
      shell: 'bash',
      cwd: '/ws',
      fileCommands: true,
    });
    expect(r.process.cleanedUp).toBe(true);
  });

  it("a malformed GITHUB_OUTPUT fails a passing command with the runner's message", async () => {
    const r = await phase(settings(), {
      outcomes: [{ files: { output: 'v<<EOF\nnever closed\n', env: '', path: '' } }],
    });
    expect(r.runner.exitCode).toBe(1);
    expect(r.log.messages('error')).toEqual([
      "Stage 'build': Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'EOF'",
    ]);
    expect(r.runner.exported.has('CI_RECOVERY_COMPLETED_STAGES')).toBe(false);
    expect(r.records.written[0]?.outcome).toBe('failure');
  });

  it("reads the command's GITHUB_OUTPUT as the runner on its OS does: CRLF ends a line on Windows only", async () => {
    const crlf = { files: { output: 'v=1\r\nnotes<<EOF\none\r\nEOF\r\n', env: '', path: '' } };
    const windows = await phase(settings(), { outcomes: [crlf], ctx: { windows: true } });
    expect(windows.result.commandOutputs).toEqual({ v: '1', notes: 'one' });
    expect(windows.runner.exitCode).toBeUndefined();
    // On Linux and macOS the delimiter line 'EOF\r' is not 'EOF': the runner fails the step.
    const linux = await phase(settings(), { outcomes: [crlf], ctx: { windows: false } });
    expect(linux.runner.exitCode).toBe(1);
    expect(linux.log.messages('error')).toEqual([
      "Stage 'build': Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'EOF'",
    ]);
  });

  it('new-command-on-retry and on-retry: the other command from attempt 2, on-retry between', async () => {
    const r = await phase(settings({ newCommandOnRetry: 'make -j1', onRetry: 'make clean' }), {
      outcomes: [fail(1), {}, {}],
    });
    expect(r.process.runs.map((x) => [x.name, x.script, x.fileCommands])).toEqual([
      ['attempt-1', 'make', true],
      ['on-retry', 'make clean', true],
      ['attempt-2', 'make -j1', true],
    ]);
  });

  it('a cancelled step is not retried, whatever retry-on says', async () => {
    const r = await phase(settings({ retryOn: ['any'], maxAttempts: 3 }), {
      outcomes: [{ aborted: true, signal: 'SIGTERM', output: '' }],
    });
    expect(r.process.runs).toHaveLength(1);
    expect(r.outputs).toMatchObject({ 'failure-type': 'cancelled', strategy: 'skip' });
    expect(r.classified).toEqual([]);
  });

  it('stops retrying once the runner cancels the step between attempts', async () => {
    const r = await phase(settings({ retryOn: ['any'], maxAttempts: 3 }), {
      outcomes: [fail(1), {}],
      cancelAfter: 1,
    });
    expect(r.process.runs).toHaveLength(1);
  });

  it('starts no attempt after the runner cancels the step during the on-retry hook', async () => {
    const r = await phase(settings({ retryOn: ['any'], maxAttempts: 3, onRetry: 'make clean' }), {
      // The step is cancelled while the hook (the 2nd command) runs.
      outcomes: [fail(1), { aborted: true, signal: 'SIGTERM' }],
      cancelAfter: 2,
    });
    expect(r.process.runs.map((spec) => spec.name)).toEqual(['attempt-1', 'on-retry']);
  });

  it('skips a completed stage, but runs one whose restored files are gone', async () => {
    const env = { CI_RECOVERY_COMPLETED_STAGES: 'deps,build', CI_RECOVERY_RESTORED_STAGES: 'deps,build' };
    const skipped = await phase(settings(), { env });
    expect(skipped.process.runs).toEqual([]);
    expect(skipped.outputs).toMatchObject({ skipped: 'true', strategy: 'skip', attempts: '0' });
    expect(skipped.records.written[0]?.outcome).toBe('skipped');
    const gone = await phase(settings(), {
      env,
      checkpoint: new RecordingStageCheckpoint({ gone: ['build'] }),
    });
    expect(gone.checkpoint.asked).toEqual([['deps', 'build']]);
    expect(gone.process.runs).toHaveLength(1);
  });

  it('checkpoints before the command; a failed checkpoint only warns', async () => {
    const ok = await phase(settings({ checkpointPaths: ['out'] }));
    expect(ok.checkpoint.saved).toEqual([{ stage: 'build', paths: ['out'] }]);
    expect(ok.records.written[0]?.checkpointId).toBe('ckpt-1');
    const down = await phase(settings({ checkpointPaths: ['out'] }), {
      checkpoint: new RecordingStageCheckpoint({ id: new Error('store down') }),
    });
    expect(down.runner.exitCode).toBeUndefined();
    expect(down.log.messages('warning')).toEqual([
      "ci-recovery: no checkpoint before stage 'build': store down",
    ]);
  });

  it('the command starts once the checkpoint is read, while it is stored; the step ends after the store', async () => {
    const events: string[] = [];
    let stored!: () => void;
    const digest = 'd'.repeat(64);
    const storing = new Promise<StageSaved>(
      (resolve) => (stored = () => resolve({ id: 'ckpt-7', manifestSha256: digest })),
    );
    class StoringCheckpoint extends RecordingStageCheckpoint {
      override save(): StageSave {
        return { read: Promise.resolve(true), saved: storing.then((s) => (events.push('stored'), s)) };
      }
    }
    const command = (): ScriptedRun => {
      events.push('command');
      stored();
      return {};
    };
    const r = await phase(settings({ checkpointPaths: ['out'] }), {
      checkpoint: new StoringCheckpoint(),
      process: new RecordingProcess([command]),
    });
    expect(events).toEqual(['command', 'stored']);
    expect(r.records.written[0]?.checkpointId).toBe('ckpt-7');
    // The manifest's digest goes into the record, for the run's record of its checkpoints (post).
    expect(r.records.written[0]?.checkpointDigest).toBe(digest);
    expect(r.log.messages('info')).toContain("ci-recovery: checkpoint ckpt-7 saved before stage 'build'");
  });

  it("the stage's checkpoint is told once its command started, and also when none could start", async () => {
    const checkpoint = new RecordingStageCheckpoint();
    let toldBeforeCommand: number | undefined;
    const ran = await phase(settings({ checkpointPaths: ['out'] }), {
      checkpoint,
      process: new RecordingProcess([() => ((toldBeforeCommand = checkpoint.startedCalls), {})]),
    });
    expect(ran.process.runs[0]?.onStarted).toBeDefined();
    expect(toldBeforeCommand).toBe(1);
    // A working directory gone before the spawn: no command starts, and the save must still end.
    const none = new RecordingStageCheckpoint();
    const process = new RecordingProcess();
    process.run = () => Promise.reject(Object.assign(new Error('no cwd'), { code: 'ENOCWD' }));
    await expect(
      phase(settings({ checkpointPaths: ['out'] }), { checkpoint: none, process }),
    ).rejects.toThrow();
    expect(none.startedCalls).toBeGreaterThanOrEqual(1);
  });

  it('a store that fails while the command runs is a warning, and the checkpoint is not claimed', async () => {
    const r = await phase(settings({ checkpointPaths: ['out'] }), {
      checkpoint: new RecordingStageCheckpoint({ storeFails: new Error('upload refused') }),
    });
    expect(r.process.runs).toHaveLength(1);
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.log.messages('warning')).toEqual([
      "ci-recovery: no checkpoint before stage 'build': upload refused",
    ]);
    expect(r.records.written[0]?.checkpointId).toBeUndefined();
    expect(r.outputs.attempts).toBe('1');
  });

  it('an early stage whose paths do not exist yet says so as a note, not a warning on every job', async () => {
    const none = new NoFilesFoundError("No files match the checkpoint paths 'node_modules' in /w.");
    const early = await phase(settings({ checkpointPaths: ['node_modules'] }), {
      checkpoint: new RecordingStageCheckpoint({ id: none }),
    });
    expect(early.log.messages('warning')).toEqual([]);
    expect(early.log.messages('info')).toContain(
      "ci-recovery: nothing to checkpoint before stage 'build' yet: No files match the checkpoint paths 'node_modules' in /w.",
    );
    expect(early.process.runs).toHaveLength(1);
  });

  it("a shell that is not on the machine is the user's to fix, named in the error", async () => {
    const missing = Object.assign(new Error('spawn fish ENOENT'), { code: 'ENOENT' });
    const process = new RecordingProcess();
    process.run = () => Promise.reject(missing);
    await expect(phase(settings({ shell: 'fish {0}' }), { process })).rejects.toThrow(
      "Input 'shell': 'fish' was not found on this runner",
    );
  });
});
