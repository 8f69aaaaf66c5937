import { errorMessage } from '../core/errors.js';
import { phaseDeadline, POST_BUDGET } from '../adapters/deadline.js';
import { input } from '../adapters/inputs.js';
import { readJobEnvWithStages } from '../adapters/stage-ledger.js';
import { githubPort, jobFilesPort } from '../adapters/job-ports.js';
import { jobStorePort } from '../adapters/job-store-port.js';
import { runnerPort } from '../runner/adapters/logger.js';
import { post } from '../phases/post.js';

/** A mistyped `keep-checkpoints` keeps them and says so, rather than costing the job its report. */
function keepCheckpoints(log: typeof runnerPort.log): boolean {
  try {
    return input.bool('keep-checkpoints');
  } catch (error) {
    log.warning(`ci-recovery post: ${errorMessage(error)} The checkpoints are kept.`);
    return true;
  }
}

/** Post: assesses and reports every failure of the job (phases/post.ts). It never fails the user's job. */
export async function run(): Promise<void> {
  const log = runnerPort.log;
  const env = readJobEnvWithStages();
  const deadline = phaseDeadline(POST_BUDGET, env.budgetSeconds.post);
  try {
    const token = input.string('github-token');
    const { report } = await post(
      {
        jobId: input.string('job-id'),
        jobStatus: input.string('job-status'),
        keepCheckpoints: keepCheckpoints(log),
      },
      env,
      {
        runner: runnerPort,
        files: jobFilesPort(env),
        ...(token ? { github: githubPort(token, env, log, { deadline }) } : {}),
        store: jobStorePort(env, log, deadline),
        // The jobs API's re-reads are timed from this process's start (core/step-lag.ts).
        sinceStart: () => performance.now(),
      },
      new Date(),
    );
    log.info(
      `ci-recovery: ${report.failures.length} failed step(s)` +
        (report.decision ? `; decision ${report.decision.strategy} (${report.decision.rule})` : ''),
    );
  } catch (error) {
    log.warning(
      `ci-recovery post: ${errorMessage(error)} (reporting is best-effort; the job's result is unchanged)`,
    );
  }
  // A service that never answered still holds a socket open, and with it this process: the runner would
  // wait on it. Everything post had to say is written; end here.
  if (deadline.abandoned.length > 0) process.exit(process.exitCode ?? 0);
  // So may a read post asked ahead and no longer needs (who the token is, whether another job writes the
  // comment): a timer that holds nothing alive ends a process only such a read still holds.
  setTimeout(() => process.exit(process.exitCode ?? 0), LINGER_MS).unref();
}

/** How long post's process may outlive its work, for its output to drain, before it ends itself. */
const LINGER_MS = 500;
