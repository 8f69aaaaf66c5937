/**
 * What users of nick-fields/retry trip on, through the run phase's in-memory ports: a timeout is not an
 * exit code (their #145), the `strategy` output tells what the step did, and what on-retry writes to its
 * GITHUB_ENV reaches the next attempts (their #153). integration/run-on-retry.test.ts spawns for real.
 */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import type { Classification, FailureType } from '../../src/core/types.js';
import { runPhase, type RunContext } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { MemoryTestFiles } from '../../src/test-recovery/ports/tests.js';
import { runSettings as settings } from '../run-settings.js';

const typed = (type: FailureType) => (): Classification => ({
  type,
  confidence: 'high',
  retryable: true,
  rule: `stub:${type}`,
});

async function phase(
  s: RunSettings,
  outcomes: ConstructorParameters<typeof RecordingProcess>[0],
  type: FailureType = 'network',
  ctx: Partial<RunContext> = {},
  tests = false,
) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const clock = new FakeClock();
  const records = new RecordingRecords();
  const ports = {
    runner,
    process,
    checkpoint: new RecordingStageCheckpoint(),
    records,
    classify: typed(type),
    clock,
    ...(tests ? { tests: new MemoryTestFiles() } : {}),
  };
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const context = {
    lane: 'STANDARD' as const,
    branchKind: 'pr' as const,
    config: DEFAULT_CONFIG,
    windows: false,
  };
  const result = await runPhase(s, job, { ...context, ...ctx }, ports);
  return { result, runner, process, records, outputs: Object.fromEntries(runner.outputs), log: runner.log };
}

const fail = (exitCode: number): ScriptedRun => ({ exitCode, output: `failed with ${exitCode}` });
const hang: ScriptedRun = { timedOut: true, signal: 'SIGTERM', output: 'still running\n' };

describe('a timeout is not an exit code (nick-fields/retry#145)', () => {
  it('retry-on-exit-code alone does not retry a timeout, even with 124 listed', async () => {
    const r = await phase(settings({ retryOnExitCodes: [124], maxAttempts: 3 }), [hang, {}], 'timeout');
    expect(r.process.runs).toHaveLength(1);
    expect(r.outputs).toMatchObject({ attempts: '1', 'exit-code': '124', 'failure-type': 'timeout' });
    expect(r.runner.exitCode).toBe(124);
  });

  it("retry-on 'any' with retry-on-exit-code retries the timeout and the listed code", async () => {
    const s = settings({ retryOn: ['any'], retryOnExitCodes: [2], maxAttempts: 3 });
    const r = await phase(s, [hang, fail(2), {}], 'timeout');
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'attempt-2', 'attempt-3']);
    expect(r.outputs).toMatchObject({ attempts: '3', 'exit-code': '0', strategy: 'retry' });
  });
});

describe('the strategy output tells what the step did', () => {
  it("passed after a retry: 'retry'", async () => {
    const r = await phase(settings({ maxAttempts: 3 }), [fail(1), {}]);
    expect(r.outputs).toMatchObject({ attempts: '2', 'exit-code': '0', strategy: 'retry' });
  });

  it("passed after its failed tests were re-run alone: 'retry', though the command ran once", async () => {
    const tests = { report: '', rerunCommand: '', retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };
    const s = settings({ run: 'python3 -m pytest -q tests', stage: 'tests', tests });
    const failed =
      '== short test summary info ==\nFAILED tests/test_a.py::test_flaky - assert False\n== 1 failed ==\n';
    const r = await phase(
      s,
      [
        { exitCode: 1, output: failed },
        // What the re-run (pytest -rA) prints: the test's own pass is its verdict.
        {
          exitCode: 0,
          output: '== short test summary info ==\nPASSED tests/test_a.py::test_flaky\n== 1 passed ==\n',
        },
      ],
      'test',
      {},
      true,
    );
    expect(r.result.success).toBe(true);
    expect(r.outputs).toMatchObject({
      attempts: '1',
      'failure-type': 'test',
      'tests-flaky': '1',
      strategy: 'retry',
    });
  });

  it("failed after its retries: what comes next, 'manual', not 'retry'", async () => {
    const r = await phase(settings({ maxAttempts: 2 }), [fail(1), fail(1)]);
    expect(r.outputs).toMatchObject({ attempts: '2', 'exit-code': '1', strategy: 'manual' });
    expect(r.result.decision).toMatchObject({ rule: 'budget-exhausted', retryInStep: false });
  });

  it("failed after one attempt the inputs kept from a retry: never 'retry'", async () => {
    const r = await phase(settings({ retryOnExitCodes: [75] }), [fail(1), {}]);
    expect(r.process.runs).toHaveLength(1);
    expect(r.outputs).toMatchObject({ attempts: '1', 'exit-code': '1', strategy: 'manual' });
    expect(r.records.written[0]?.decision).toMatchObject({
      strategy: 'manual',
      rule: 'input:retry-on-exit-code',
    });
    expect(r.log.messages('error')[0]).toMatch(/decision manual \(input:retry-on-exit-code\)/);
  });
});

describe("on-retry's GITHUB_ENV reaches the next attempts (nick-fields/retry#153)", () => {
  const onRetryEnv = (env: string): ScriptedRun => ({ exitCode: 0, files: { output: '', env, path: '' } });

  it('runs on-retry with file commands, and gives its variables to every later attempt and hook', async () => {
    const s = settings({ maxAttempts: 3, onRetry: 'make clean' });
    const r = await phase(s, [
      fail(1),
      onRetryEnv('CACHE_DIR=/tmp/fresh\nNOTE<<EOF\ntwo\nlines\nEOF\n'),
      fail(1),
      onRetryEnv('CACHE_DIR=/tmp/fresher\n'),
      {},
    ]);
    const runs = r.process.runs;
    expect(runs.map((x) => x.name)).toEqual(['attempt-1', 'on-retry', 'attempt-2', 'on-retry', 'attempt-3']);
    expect(runs[1]).toMatchObject({ fileCommands: true });
    expect(runs[0]?.env).toBeUndefined();
    expect(runs[1]?.env).toBeUndefined();
    expect(runs[2]?.env).toEqual({ CACHE_DIR: '/tmp/fresh', NOTE: 'two\nlines' });
    expect(runs[3]?.env).toEqual({ CACHE_DIR: '/tmp/fresh', NOTE: 'two\nlines' });
    expect(runs[4]?.env).toEqual({ CACHE_DIR: '/tmp/fresher', NOTE: 'two\nlines' });
    // Names are said, values never; and the hook's env is not the step's: no GITHUB_ENV for later steps.
    const info = r.log.messages('info').join('\n');
    expect(info).toContain('ci-recovery: on-retry set CACHE_DIR, NOTE for the next attempts');
    expect(info).not.toContain('/tmp/fresh');
    expect(r.runner.fileCommands.env).toBe('');
  });

  it("the failed tests of a later attempt are re-run with on-retry's variables too", async () => {
    const tests = { report: '', rerunCommand: '', retries: 1, maxFailed: 10, failOnPassedAfterRetry: false };
    const s = settings({
      run: 'python3 -m pytest -q tests',
      stage: 'tests',
      maxAttempts: 2,
      onRetry: 'x',
      tests,
    });
    const failed =
      '== short test summary info ==\nFAILED tests/test_a.py::test_x - assert False\n== 1 failed ==\n';
    // Attempt 1 fails to start its tests (a build failure), on-retry fixes the mirror, attempt 2 has a failed test.
    const r = await phase(
      s,
      [
        fail(1),
        onRetryEnv('MIRROR=m\n'),
        { exitCode: 1, output: failed },
        // What the re-run (pytest -rA) prints: the test's own pass is its verdict.
        {
          exitCode: 0,
          output: '== short test summary info ==\nPASSED tests/test_a.py::test_flaky\n== 1 passed ==\n',
        },
      ],
      'test',
      {},
      true,
    );
    expect(r.process.runs.map((x) => [x.name, x.env])).toEqual([
      ['attempt-1', undefined],
      ['on-retry', undefined],
      ['attempt-2', { MIRROR: 'm' }],
      ['tests-rerun-1', { MIRROR: 'm' }],
    ]);
  });

  it('a malformed GITHUB_ENV or a refused name warns, inert, and the retry goes on', async () => {
    const s = settings({ maxAttempts: 3, onRetry: 'x' });
    const r = await phase(s, [
      fail(1),
      onRetryEnv('##[error]planted\n'),
      fail(1),
      onRetryEnv('NODE_OPTIONS=--require ./evil.js\nOK=1\n'),
      {},
    ]);
    expect(r.process.runs).toHaveLength(5);
    expect(r.process.runs[2]?.env).toBeUndefined();
    expect(r.process.runs[4]?.env).toEqual({ OK: '1' });
    const warnings = r.log.messages('warning');
    expect(warnings).toContain(
      "on-retry: Unable to process file command 'env' successfully. Invalid format '##\\[error]planted'; its variables are left out.",
    );
    expect(warnings).toContain(
      "on-retry's GITHUB_ENV: 'NODE_OPTIONS' cannot be set through GITHUB_ENV; left out.",
    );
  });
});
