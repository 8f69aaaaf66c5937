/**
 * The stage ledger's files in a real RUNNER_TEMP (adapters/stage-ledger.ts): running markers, stale ones
 * skipped, completed stages written atomically and read back into the job's environment.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseJobEnv } from '../../src/core/job-env.js';
import { RUNNING_SUBDIR, withStageLedger } from '../../src/core/stage-ledger.js';
import { readStageEntries, stageLedgerPort, withLedgerOf } from '../../src/adapters/stage-ledger.js';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'stage-ledger-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

test('a step sees the other live run/ steps, not itself nor a marker left by a dead process', async () => {
  const running = path.join(temp, RUNNING_SUBDIR);
  await mkdir(running, { recursive: true });
  // The test runner's parent lives; a finished child's pid does not.
  const dead = spawnSync('true').pid;
  await writeFile(
    path.join(running, '1.json'),
    JSON.stringify({ stage: 'build', step: 'b', pid: process.ppid }),
  );
  await writeFile(path.join(running, '2.json'), JSON.stringify({ stage: 'old', step: 'o', pid: dead }));
  await writeFile(path.join(running, '3.json'), '{not json');
  const port = stageLedgerPort({ runnerTemp: temp }, 'lint');
  expect(await port.enter('lint')).toEqual([{ stage: 'build', step: 'b', pid: process.ppid }]);
  expect((await readdir(running)).sort()).toEqual(
    ['1.json', '2.json', '3.json', `${process.pid}.json`].sort(),
  );
  await port.leave();
  expect(await readdir(running)).not.toContain(`${process.pid}.json`);
});

test('completed stages are read back oldest first, and added to what GITHUB_ENV says', async () => {
  const port = stageLedgerPort({ runnerTemp: temp }, 'x');
  await port.complete({ stage: 'build', ms: 1200 });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await port.complete({ stage: 'lint/all', ms: 30, cachePaths: ['~/.m2'] });
  expect(readStageEntries(temp)).toEqual([
    { stage: 'build', ms: 1200 },
    { stage: 'lint/all', ms: 30, cachePaths: ['~/.m2'] },
  ]);
  // The env a step started with said 'lint/all' only (the last flush of two background steps won).
  const job = parseJobEnv(
    {
      RUNNER_TEMP: temp,
      CI_RECOVERY_COMPLETED_STAGES: 'deps,lint/all',
      CI_RECOVERY_STAGE_DURATIONS: '{"deps":5}',
    },
    { cwd: '/', tmpdir: '/tmp' },
  );
  const merged = withLedgerOf(job).recovery;
  expect(merged.completedStages).toEqual(['deps', 'lint/all', 'build']);
  expect(merged.stageDurations).toEqual({ deps: 5, build: 1200, 'lint/all': 30 });
  expect(merged.cachePaths).toEqual({ 'lint/all': ['~/.m2'] });
  // Every entry is this job's, so this attempt's: those stages are taken (GITHUB_ENV said none).
  expect(merged.attemptStages).toEqual(['build', 'lint/all']);
  // Off a runner (no RUNNER_TEMP) nothing is read: the OS temp directory is not the job's.
  const laptop = parseJobEnv({}, { cwd: '/', tmpdir: temp });
  expect(withLedgerOf(laptop).recovery.completedStages).toEqual([]);
});

test('an empty ledger leaves the variables as they are', () => {
  const recovery = { completedStages: ['a'], attemptStages: [], stageDurations: {}, cachePaths: {} };
  expect(withStageLedger(recovery, [])).toBe(recovery);
});

test("a checkpoint's entry keeps the stages it holds; one whose holds are not a list of names is dropped", async () => {
  const port = stageLedgerPort({ runnerTemp: temp }, 'x');
  const checkpoint = { stage: 'build', ms: 900, bytes: 4096, holds: ['deps'] };
  await port.complete({ stage: 'build', ms: 1200, checkpoint });
  const job = parseJobEnv(
    { RUNNER_TEMP: temp, CI_RECOVERY_COMPLETED_STAGES: 'deps,lint' },
    { cwd: '/', tmpdir: '/tmp' },
  );
  expect(withLedgerOf(job).recovery.checkpointsPaid).toEqual([checkpoint]);
  // As a file another version or a broken write could leave: the port's type would not let it through.
  const bad = { ...checkpoint, holds: 'deps' } as unknown as typeof checkpoint;
  await port.complete({ stage: 'build', ms: 1200, checkpoint: bad });
  expect(readStageEntries(temp)).toEqual([]);
});
