/**
 * The job's identity, first thing in main: the name its checkpoints, resume and plan go by. In a called
 * (reusable) workflow it gets its caller's part, read from the jobs API's name, and is exported for the job's
 * later steps (run/, checkpoint/, restore/ and post parse the same environment). Main runs it before it
 * builds the ports that name checkpoints.
 */
import { errorMessage } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { calledJobIdentity, inCalledWorkflow } from '../core/job-start.js';
import { JOB_IDENTITY_ENV } from '../core/state-keys.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface IdentityPorts {
  runner: RunnerPort;
  /** The job's name in the jobs API (`<caller> / <called>` in a called workflow); undefined without a token. */
  jobName: (jobId: string) => Promise<string | undefined>;
}

/** `env` with the job's identity, exported for later steps when it is not the environment's own. */
export async function identifyJob(jobId: string, env: JobEnv, ports: IdentityPorts): Promise<JobEnv> {
  const identity = await calledIdentity(jobId, env, ports);
  if (identity === env.identity) return env;
  ports.runner.exportVariable(JOB_IDENTITY_ENV, identity);
  return { ...env, identity };
}

/**
 * The identity of a job in a called workflow, from its caller's part of the jobs API name; the job's own
 * otherwise, or when the name cannot be read (warned: callers of one workflow would then share checkpoints).
 */
async function calledIdentity(jobId: string, env: JobEnv, ports: IdentityPorts): Promise<string> {
  if (!inCalledWorkflow(env.workflowRef ?? '', env.jobWorkflow ?? '') || !jobId) return env.identity;
  const name = await ports.jobName(jobId).catch((error: unknown) => {
    ports.runner.log.warning(
      `ci-recovery: this job runs in a called workflow, and its name could not be read from the jobs API (${errorMessage(error)}); grant 'actions: read', or callers of this workflow share checkpoints as '${env.identity}'.`,
    );
    return undefined;
  });
  return name ? calledJobIdentity(env.identity, name) : env.identity;
}
