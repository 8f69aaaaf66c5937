import { endIfStoreGaveUp } from '../adapters/checkpoint/store-guard.js';
import { errorMessage, UserError } from '../core/errors.js';
import { parseReportWhen } from '../core/finish.js';
import type { MainSettings } from '../core/prepare.js';
import { LANES, type Lane } from '../core/types.js';
import { MAIN_BUDGET, MAIN_LIMITS, phaseDeadline } from '../adapters/deadline.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../adapters/job-env.js';
import { gitPort, githubPort, jobFilesPort, resumePort } from '../adapters/job-ports.js';
import { runnerPort } from '../adapters/logger.js';
import { main } from '../phases/main.js';

function readSettings(): MainSettings & { jobId: string } {
  const lane = input.string('lane').trim().toUpperCase();
  if (lane && !(LANES as readonly string[]).includes(lane)) {
    throw new UserError(`Input 'lane' must be one of ${LANES.join(', ')} or empty, got '${lane}'.`);
  }
  return {
    configPath: input.string('config') || '.github/ci-recovery.yml',
    store: input.string('store') || 'artifact',
    resume: input.bool('resume'),
    lane: (lane || undefined) as Lane | undefined,
    baseRef: input.string('base-ref') || undefined,
    comment: parseReportWhen('comment', input.string('comment')),
    summary: parseReportWhen('summary', input.string('summary')),
    jobId: input.string('job-id'),
  };
}

/**
 * Main: config, lane and resume (phases/main.ts). A bad config or a failed restore fails the step; a
 * service that does not answer within main's budget does not: the lane is STANDARD, nothing resumes.
 */
export async function run(): Promise<void> {
  const env = readJobEnv();
  const log = runnerPort.log;
  const deadline = phaseDeadline(MAIN_BUDGET, env.budgetSeconds.main, MAIN_LIMITS.budgetMs);
  try {
    const settings = readSettings();
    const token = input.string('github-token');
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
  endIfStoreGaveUp();
}
