import { errorMessage } from '../core/errors.js';
import { input } from '../adapters/inputs.js';
import { readJobEnv } from '../adapters/job-env.js';
import { runnerPort } from '../adapters/logger.js';
import { pre } from '../phases/pre.js';

/** Pre: records the job's start (phases/pre.ts). It must stay light, and it never fails the job. */
export async function run(): Promise<void> {
  try {
    pre({ jobId: input.string('job-id') }, readJobEnv(), runnerPort, new Date());
  } catch (error) {
    runnerPort.log.warning(`ci-recovery pre: ${errorMessage(error)}`);
  }
  return Promise.resolve();
}
