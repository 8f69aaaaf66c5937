import { errorMessage } from '../core/errors.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../runner/adapters/job-env.js';
import { readJobName } from '../adapters/job-name.js';
import { runnerPort } from '../runner/adapters/logger.js';
import { pre } from '../phases/pre.js';

/** Pre: records the job's start (phases/pre.ts). It must stay light, and it never fails the job. */
export async function run(): Promise<void> {
  try {
    const env = readJobEnv();
    const token = input.string('github-token');
    await pre(
      { jobId: input.string('job-id') },
      env,
      { runner: runnerPort, jobName: (jobId) => readJobName(env, token, jobId) },
      new Date(),
    );
  } catch (error) {
    runnerPort.log.warning(`ci-recovery pre: ${errorMessage(error)}`);
  }
}
