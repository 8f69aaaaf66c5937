/**
 * Pre, at job set-up before checkout: records when and where the job started, for main and post. It must
 * stay light (no artifact, cache or Azure code) and never touches the workspace.
 */
import type { JobEnv } from '../core/job-env.js';
import { jobStartFromEnv, type JobStart } from '../core/job-start.js';
import { STATE_JOB_START } from '../core/state-keys.js';
import type { RunnerPort } from '../ports/runner.js';

export interface PreSettings {
  /** The `job-id` input (job.check_run_id), '' when unknown. */
  jobId: string;
}

export function pre(settings: PreSettings, env: JobEnv, runner: RunnerPort, now: Date): JobStart {
  const start = jobStartFromEnv(env, settings.jobId, now);
  runner.saveState(STATE_JOB_START, JSON.stringify(start));
  runner.log.info(
    `ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`,
  );
  return start;
}
