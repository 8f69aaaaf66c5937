/**
 * The `run/` step's flaky history (adapters/run-step.ts lazyTestFilesPort): restored once per step, when no
 * earlier step left it, however often the step asks (run.ts starts the load ahead of the classification and
 * test recovery asks again; a restore given up is not waited for twice).
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { lazyTestFilesPort } from '../../src/adapters/run-step.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

let tmp: string;
const saved = { ...process.env };
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-run-history-'));
  // No cache service here: each restore says so in one line.
  for (const name of ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN'])
    delete process.env[name];
});
afterEach(async () => {
  process.env = { ...saved };
  await rm(tmp, { recursive: true, force: true });
});

it('a step that asks for the history twice restores it once', async () => {
  const job = parseJobEnv(
    {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'test',
      RUNNER_TEMP: tmp,
    },
    { cwd: tmp, tmpdir: tmp },
  );
  const logger = new RecordingLogger();
  const port = lazyTestFilesPort(job, DEFAULT_CONFIG, logger);
  const first = port.loadHistory!();
  const second = port.loadHistory!();
  expect((await first)('pytest:tests/test_a.py::test_a')).toBeUndefined();
  await second;
  await port.loadHistory!();
  const said = logger.messages('info').filter((m) => m.includes('cache service is not available'));
  expect(said).toHaveLength(1);
});
