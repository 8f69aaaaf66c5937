import { load } from '../checkpoint/load.js';
import { errorMessage, UserError } from '../core/errors.js';
import { parseReportWhen, type MainSettings } from '../core/prepare.js';
import { LANES, type Lane } from '../core/types.js';
import { MAIN_BUDGET, MAIN_LIMITS, phaseDeadline, type Deadline } from '../adapters/deadline.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../runner/adapters/job-env.js';
import { gitPort, githubPort, jobFilesPort, resumePort } from '../adapters/job-ports.js';
import { runnerPort } from '../runner/adapters/logger.js';
import { readJobName } from '../adapters/job-name.js';
import type { JobEnv } from '../core/job-env.js';
import { main } from '../phases/main.js';
import { identifyJob } from '../phases/job-identity.js';

function readSettings(): MainSettings & { jobId: string } {
  const lane = input.string('lane').trim().toUpperCase();
  if (lane && !(LANES as readonly string[]).includes(lane)) {
    throw new UserError(`Input 'lane' must be one of ${LANES.join(', ')} or empty, got '${lane}'.`);
  }
  return {
    configPath: input.given('config', ''),
    store: input.given('store', ''),
    resume: input.bool('resume'),
    lane: (lane || undefined) as Lane | undefined,
    baseRef: input.string('base-ref') || undefined,
    comment: parseReportWhen('comment', input.given('comment', '')),
    summary: parseReportWhen('summary', input.given('summary', '')),
    jobId: input.string('job-id'),
  };
}

/**
 * The job's identity first (phases/job-identity.ts): the ports below name checkpoints by it. The jobs API's
 * call (a job in a called workflow only) is under main's deadline; given up, it warns with the reason.
 */
async function identified(env: JobEnv, jobId: string, token: string, deadline: Deadline): Promise<JobEnv> {
  const jobName = (id: string) =>
    deadline.run(
      "reading the job's name from the jobs API",
      MAIN_LIMITS.jobNameMs,
      (signal) => readJobName(env, token, id, signal),
      (reason): never => {
        throw new Error(reason);
      },
    );
  return identifyJob(jobId, env, { runner: runnerPort, jobName });
}

/**
 * Main: config, lane and resume (phases/main.ts). A bad config or a failed restore fails the step; a
 * service that does not answer within main's budget does not: the lane is STANDARD, nothing resumes.
 */
export async function run(): Promise<void> {
  const jobEnv = readJobEnv();
  const log = runnerPort.log;
  const deadline = phaseDeadline(MAIN_BUDGET, jobEnv.budgetSeconds.main);
  try {
    const settings = readSettings();
    const token = input.string('github-token');
    const env = await identified(jobEnv, settings.jobId, token, deadline);
    await main(
      settings,
      env,
      {
        runner: runnerPort,
        files: jobFilesPort(env),
        git: gitPort(env, { deadline, logger: log }),
        ...(token ? { github: githubPort(token, env, log, { deadline }) } : {}),
        resume: resumePort(settings.store, token, env, log, deadline),
      },
      new Date(),
    );
  } catch (error) {
    runnerPort.setFailed(`ci-recovery: ${errorMessage(error)}`);
  }
  // An abandoned call may still hold a socket or a git process, and with it this process: end here.
  if (deadline.abandoned.length > 0) process.exit(process.exitCode ?? 0);
  (await load.storeGuard()).endIfStoreGaveUp();
}
