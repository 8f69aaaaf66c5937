/**
 * run/ reads the flaky history main left in RUNNER_TEMP (adapters/test-history-store.ts) once a test failed,
 * through the real port (adapters/test-reports.ts testFilesPort): a test known flaky across three earlier
 * commits is re-run even past the cap on a pull request, and the step goes green with it reported flaky.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testFilesPort } from '../../src/adapters/test-reports.js';
import { viewFile } from '../../src/adapters/test-history-store.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { emptyTestHistory, recordTestOutcomes } from '../../src/core/test-history.js';
import { serializeTestHistory } from '../../src/core/test-history-read.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { runPhase, type RunPorts } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { runSettings } from '../run-settings.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'run-tests-history-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const failed = (id: string): string =>
  `===== short test summary info =====\nFAILED ${id} - assert False\n== 1 failed ==\n`;

async function step(
  runnerTemp: string,
  opts: { config?: Config; branchKind?: 'pr' | 'default'; maxFailed?: number } = {},
) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess([
    { exitCode: 1, output: failed('tests/test_a.py::test_flaky') },
    // The re-run (pytest -rA) names the test it passed: its verdict.
    {
      exitCode: 0,
      output: '== short test summary info ==\nPASSED tests/test_a.py::test_flaky\n== 1 passed ==\n',
    },
  ]);
  const ports: RunPorts = {
    runner,
    process,
    checkpoint: new RecordingStageCheckpoint(),
    records: new RecordingRecords(),
    classify: () => ({ type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' }),
    clock: new FakeClock(),
    tests: testFilesPort({ runnerTemp }, runner.log),
  };
  const job = parseJobEnv({ GITHUB_WORKSPACE: tmp, RUNNER_TEMP: runnerTemp }, { cwd: '/', tmpdir: '/tmp' });
  const settings = runSettings({
    run: 'python3 -m pytest -q tests',
    stage: 'tests',
    // No failed test may be re-run by the cap: only the history's word lets this one be.
    tests: {
      report: '',
      rerunCommand: '',
      retries: 2,
      maxFailed: opts.maxFailed ?? 0,
      failOnPassedAfterRetry: false,
    },
  });
  const ctx = {
    lane: 'STANDARD' as const,
    branchKind: opts.branchKind ?? ('pr' as const),
    config: opts.config ?? DEFAULT_CONFIG,
    windows: false,
  };
  const result = await runPhase(settings, job, ctx, ports);
  return { result, process, outputs: Object.fromEntries(runner.outputs) };
}

test('a test the history knows flaky is re-run past the cap and the step passes; with no history it is not', async () => {
  const id: TestId = { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_flaky' };
  let history = emptyTestHistory('main');
  // Two flakes: a third passed only alone would have the whole step run after it (test-history.ts passedOnlyAlone).
  for (const [n, sha] of ['a', 'b'].entries())
    history = recordTestOutcomes(
      history,
      [{ id, outcome: 'flaky', retries: 1 }],
      { sha: sha.repeat(40), runId: n + 1, attempt: 1, at: `2026-11-0${n + 1}T00:00:00.000Z` },
      (o) => testKey(o.id),
    );
  const withHistory = path.join(tmp, 'with');
  mkdirSync(path.dirname(viewFile(withHistory)), { recursive: true });
  writeFileSync(viewFile(withHistory), serializeTestHistory(history));
  const known = await step(withHistory);
  expect(known.process.runs.map((r) => r.name)).toEqual(['attempt-1', 'tests-rerun-1']);
  expect(known.result.success).toBe(true);
  expect(known.outputs['flaky-tests']).toBe(testKey(id));

  const unknown = await step(path.join(tmp, 'without'));
  expect(unknown.process.runs.map((r) => r.name)).toEqual(['attempt-1']);
  expect(unknown.result.success).toBe(false);
});

test('tests.pr-retries: known-flaky-only: on a PR only a test the default branch saw flake is re-run; a push keeps retry-once', async () => {
  const id: TestId = { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_flaky' };
  const strict: Config = {
    ...DEFAULT_CONFIG,
    tests: { ...DEFAULT_CONFIG.tests, prRetries: 'known-flaky-only' },
  };
  const write = (dir: string, branch: string): string => {
    // One same-commit flake, seen on `branch`; the job's history reads main as its base.
    const history = recordTestOutcomes(
      { ...emptyTestHistory('feature'), base: 'main' },
      [{ id, outcome: 'flaky', retries: 1 }],
      { sha: 'a'.repeat(40), branch, runId: 1, attempt: 1, at: '2026-11-01T00:00:00.000Z' },
      (o) => testKey(o.id),
    );
    const runnerTemp = path.join(tmp, dir);
    mkdirSync(path.dirname(viewFile(runnerTemp)), { recursive: true });
    writeFileSync(viewFile(runnerTemp), serializeTestHistory(history));
    return runnerTemp;
  };
  const onMain = await step(write('main', 'main'), { config: strict, maxFailed: 5 });
  expect(onMain.process.runs.map((r) => r.name)).toEqual(['attempt-1', 'tests-rerun-1']);
  expect(onMain.result.success).toBe(true);
  const onPrOnly = await step(write('pr', 'feature'), { config: strict, maxFailed: 5 });
  expect(onPrOnly.process.runs.map((r) => r.name)).toEqual(['attempt-1']);
  expect(onPrOnly.result.success).toBe(false);
  const unknown = await step(path.join(tmp, 'none'), { config: strict, maxFailed: 5, branchKind: 'default' });
  expect(unknown.process.runs.map((r) => r.name)).toEqual(['attempt-1', 'tests-rerun-1']);
});
