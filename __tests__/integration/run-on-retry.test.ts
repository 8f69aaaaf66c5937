/**
 * on-retry's GITHUB_ENV reaches the next attempt, through the real process port (bash, real files):
 * nick-fields/retry#153. An `export` in the hook ends with its shell, as between two `run:` steps.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { processPort } from '../../src/adapters/run-step.js';
import { runStep } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { runSettings } from '../run-settings.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'run-on-retry-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('what on-retry writes to GITHUB_ENV is in the next attempt, an export is not, and no value is logged', async () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: dir };
  const runner = new RecordingRunner();
  const ports = {
    runner,
    process: processPort({ tempDir: path.join(dir, 'tmp'), env, onOutput: () => undefined }),
    checkpoint: new RecordingStageCheckpoint(),
    records: new RecordingRecords(),
    classify: () => ({
      type: 'network' as const,
      confidence: 'high' as const,
      retryable: true,
      rule: 'stub',
    }),
    clock: new FakeClock(),
  };
  const settings = runSettings({
    stage: 'fetch',
    maxAttempts: 2,
    // Attempt 1 finds no mirror and fails; attempt 2 writes what it sees.
    run: 'test -n "$MIRROR" || exit 1\nprintf "%s|%s|%s" "$MIRROR" "${EXPORTED:-unset}" "$LINES" > seen',
    onRetry: [
      'export EXPORTED=yes',
      'echo "MIRROR=https://mirror.test/secret-path" >> "$GITHUB_ENV"',
      'printf "LINES<<END\\na\\nb\\nEND\\n" >> "$GITHUB_ENV"',
    ].join('\n'),
  });
  const job = parseJobEnv(env, { cwd: dir, tmpdir: dir });
  const ctx = {
    lane: 'STANDARD' as const,
    branchKind: 'pr' as const,
    config: DEFAULT_CONFIG,
    windows: false,
  };
  const result = await runStep(settings, job, ctx, ports, []);
  expect(result.success).toBe(true);
  expect(result.attempts).toHaveLength(2);
  expect(readFileSync(path.join(dir, 'seen'), 'utf8')).toBe('https://mirror.test/secret-path|unset|a\nb');
  const log = runner.log.messages('info').join('\n');
  expect(log).toContain('ci-recovery: on-retry set MIRROR, LINES for the next attempts');
  expect(log).not.toContain('secret-path');
});
