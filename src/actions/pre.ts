import { runner } from '../adapters/runner.js';
import { errorMessage } from '../core/errors.js';
import { jobStartFromEnv } from '../core/job-start.js';
import { STATE_JOB_START } from '../core/state-keys.js';
import { input, legInputs } from '../adapters/inputs.js';

/**
 * Runs at job set-up, before checkout: records when and where the job started. It must stay light (no
 * artifact, cache or Azure code) and never touch the workspace; it never fails the job.
 */
export async function run(): Promise<void> {
  try {
    const start = jobStartFromEnv(process.env, input.string('job-id'), new Date(), legInputs());
    runner.saveState(STATE_JOB_START, JSON.stringify(start));
    runner.info(
      `ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`,
    );
  } catch (error) {
    runner.warning(`ci-recovery pre: ${errorMessage(error)}`);
  }
  return Promise.resolve();
}
