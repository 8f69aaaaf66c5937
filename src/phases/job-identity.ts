/**
 * Pre, at job set-up before checkout: records when and where the job started, for main and post. It must
 * stay light (no artifact, cache or Azure code) and never touches the workspace.
 */
import { errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { calledJobIdentity, inCalledWorkflow, jobStartFromEnv, type JobStart } from '../core/job-start.js';
import { JOB_IDENTITY_ENV, STATE_JOB_START } from '../core/state-keys.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface PreSettings {
  /** The `job-id` input (job.check_run_id), '' when unknown. */
  jobId: string;
}

export interface PrePorts {
  runner: RunnerPort;
  /** The job's name in the jobs API (`<caller> / <called>` in a called workflow); undefined without a token. */
  jobName: (jobId: string) => Promise<string | undefined>;
}

export async function pre(settings: PreSettings, env: JobEnv, ports: PrePorts, now: Date): Promise<JobStart> {
  const { runner } = ports;
  const start = jobStartFromEnv(env, settings.jobId, now);
  const identity = await calledIdentity(settings, env, ports);
  if (identity !== start.identity) {
    start.identity = identity;
    runner.exportVariable(JOB_IDENTITY_ENV, identity);
  }
  runner.saveState(STATE_JOB_START, JSON.stringify(start));
  runner.log.info(
    `ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`,
  );
  return start;
}

/**
 * The identity of a job in a called workflow, from its caller's part of the jobs API name; the job's own
 * otherwise, or when the name cannot be read (warned: callers of one workflow would then share checkpoints).
 */
async function calledIdentity(settings: PreSettings, env: JobEnv, ports: PrePorts): Promise<string> {
  if (!inCalledWorkflow(env.workflowRef ?? '', env.jobWorkflow ?? '') || !settings.jobId) return env.identity;
  const name = await ports.jobName(settings.jobId).catch((error: unknown) => {
    ports.runner.log.warning(
      `ci-recovery: this job runs in a called workflow, and its name could not be read from the jobs API (${errorMessage(error)}); grant 'actions: read', or callers of this workflow share checkpoints as '${env.identity}'.`,
    );
    return undefined;
  });
  return name ? calledJobIdentity(env.identity, name) : env.identity;
}
