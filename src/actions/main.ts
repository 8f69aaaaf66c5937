import { runner } from '../adapters/runner.js';
import { errorMessage, UserError } from '../core/errors.js';
import { jobStartFromEnv, parseJobStart } from '../core/job-start.js';
import { LANES, type Lane } from '../core/types.js';
import { input, legInputs } from '../adapters/inputs.js';
import { runnerLogger } from '../adapters/logger.js';
import { prepareJob, type MainSettings } from '../adapters/prepare-job.js';
import { STATE_JOB_START, STATE_LANE, STATE_SETTINGS } from '../core/state-keys.js';

function readSettings(): MainSettings {
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
    comment: input.bool('comment'),
  };
}

/**
 * Runs after checkout: loads the config, decides the lane, and on a re-run attempt restores the latest
 * checkpoint of the previous attempt. A bad config or a failed restore fails the step; nothing else does.
 */
export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const start =
      parseJobStart(runner.getState(STATE_JOB_START)) ??
      jobStartFromEnv(process.env, input.string('job-id'), new Date(), legInputs());
    // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
    runner.saveState(STATE_SETTINGS, JSON.stringify(settings));
    if (!runner.getState(STATE_JOB_START)) runner.saveState(STATE_JOB_START, JSON.stringify(start));

    const prepared = await prepareJob({
      settings,
      start,
      token: input.string('github-token'),
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      env: process.env,
      logger: runnerLogger,
    });

    runner.saveState(STATE_LANE, JSON.stringify({ lane: prepared.lane, reason: prepared.laneReason }));
    runner.setOutput('lane', prepared.lane);
    runner.setOutput('attempt', String(start.attempt));
    runner.setOutput('resumed', String(prepared.resumed));
    runner.setOutput('resume-from', prepared.resumeFrom ?? '');
    runner.setOutput('completed-stages', prepared.completedStages.join(','));
    runner.setOutput('config-file', prepared.configFile ?? '');
    runner.setOutput('checkpoint-id', prepared.resumeFrom ?? '');
    for (const [name, value] of Object.entries(prepared.env)) runner.exportVariable(name, value);
  } catch (error) {
    runner.setFailed(`ci-recovery: ${errorMessage(error)}`);
  }
}
