import { runner } from '../adapters/runner.js';
import { errorMessage } from '../core/errors.js';
import { jobStartFromEnv, parseJobStart } from '../core/job-start.js';
import { LANES, type Lane } from '../core/types.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { finishJob } from '../adapters/finish-job.js';
import { input, legInputs } from '../adapters/inputs.js';
import { runnerLogger } from '../adapters/logger.js';
import type { MainSettings } from '../adapters/prepare-job.js';
import {
  COMPLETED_STAGES_ENV,
  parseStages,
  STATE_JOB_START,
  STATE_LANE,
  STATE_SETTINGS,
} from '../core/state-keys.js';

function laneFromState(env: NodeJS.ProcessEnv): { lane: Lane; reason: string } {
  try {
    const saved = JSON.parse(runner.getState(STATE_LANE)) as { lane?: string; reason?: string };
    if ((LANES as readonly string[]).includes(saved.lane ?? ''))
      return { lane: saved.lane as Lane, reason: saved.reason ?? '' };
  } catch {
    // main did not run (or failed before deciding): fall through.
  }
  const lane = env.CI_RECOVERY_LANE ?? '';
  return (LANES as readonly string[]).includes(lane)
    ? { lane: lane as Lane, reason: 'from the job environment' }
    : { lane: 'STANDARD', reason: 'main did not decide a lane, so the change is taken as unknown' };
}

/**
 * Runs last, always: classifies and decides every failure of the job and reports it. It never fails the
 * user's job: any error becomes a warning.
 */
export async function run(): Promise<void> {
  try {
    const env = process.env;
    const start =
      parseJobStart(runner.getState(STATE_JOB_START)) ??
      jobStartFromEnv(env, input.string('job-id'), new Date(), legInputs());
    const settings = JSON.parse(runner.getState(STATE_SETTINGS) || '{}') as Partial<MainSettings>;
    const assessment = await finishJob({
      start,
      config: await effectiveConfig(env),
      lane: laneFromState(env),
      completedStages: parseStages(env[COMPLETED_STAGES_ENV]),
      comment: settings.comment ?? true,
      token: input.string('github-token'),
      env,
      logger: runnerLogger,
      sink: {
        summary: (markdown) => {
          runner.appendSummary(markdown);
          return Promise.resolve();
        },
      },
    });
    const { report } = assessment;
    runner.info(
      `ci-recovery: ${report.failures.length} failed step(s)` +
        (report.decision ? `; decision ${report.decision.strategy} (${report.decision.rule})` : ''),
    );
  } catch (error) {
    runner.warning(
      `ci-recovery post: ${errorMessage(error)} (reporting is best-effort; the job's result is unchanged)`,
    );
  }
}
