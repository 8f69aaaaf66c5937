import type { JobStart } from '../core/job-start.js';
import type { Lane } from '../core/types.js';
import { decideLane } from '../core/lanes.js';
import { CONFIG_FILE } from '../core/config.js';
import { COMPLETED_STAGES_ENV, RESUMED_FROM_ENV } from '../core/state-keys.js';
import { errorMessage } from '../core/errors.js';
import { loadConfig } from './config-file.js';
import { readChange } from './changed-files.js';
import { readRunContext } from './event.js';
import { getOctokit, repoFromEnv } from './github.js';
import type { Logger } from './logger.js';

/** The root action's inputs, parsed once in main and kept in state for post. */
export interface MainSettings {
  configPath: string;
  store: string;
  resume: boolean;
  lane?: Lane;
  baseRef?: string;
  comment: boolean;
}

export interface PreparedJob {
  lane: Lane;
  laneReason: string;
  configFile?: string;
  resumed: boolean;
  resumeFrom?: string;
  completedStages: string[];
  /** Job-wide variables for later steps (GITHUB_ENV). */
  env: Record<string, string>;
}

/**
 * Main's work: config, lane, and resume on a re-run. The lane never fails the job (unknown change ->
 * STANDARD); a bad config and a failed restore do, with the reason.
 */
export async function prepareJob(opts: {
  settings: MainSettings;
  start: JobStart;
  token: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}): Promise<PreparedJob> {
  const { settings, start, token, workspace, env, logger } = opts;
  // The default path also accepts the .yaml spelling; an explicit one is taken as given.
  const { config, file } = await loadConfig(
    workspace,
    settings.configPath === CONFIG_FILE ? undefined : settings.configPath,
  );
  logger.info(
    file ? `ci-recovery: loaded ${file}` : `ci-recovery: no ${settings.configPath}, using defaults`,
  );

  const context = await readRunContext(env);
  let lane: Lane;
  let laneReason: string;
  if (settings.lane) {
    lane = settings.lane;
    laneReason = "set by the 'lane' input";
  } else {
    try {
      const octokit = token ? getOctokit(token) : undefined;
      const change = await readChange({
        cwd: workspace,
        base: settings.baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch,
        ...(octokit ? { octokit, repo: repoFromEnv(env) } : {}),
        ...(context.pr ? { pr: context.pr.number } : {}),
      });
      ({ lane, reason: laneReason } = decideLane(
        { ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] },
        config.lanes,
      ));
    } catch (error) {
      lane = 'STANDARD';
      laneReason = `the change could not be read (${errorMessage(error)})`;
      logger.warning(`ci-recovery: lane STANDARD: ${laneReason}`);
    }
  }
  logger.info(`ci-recovery: lane ${lane} (${laneReason})`);

  let resumed = false;
  let resumeFrom: string | undefined;
  let completedStages: string[] = [];
  if (settings.resume && start.attempt > 1) {
    const { checkoutProblem, openStore, resumeFromPreviousAttempt } = await import('./checkpoint/index.js');
    // Restoring before actions/checkout would be wiped by it, and the stages would still skip themselves.
    const problem = await checkoutProblem(workspace, env.GITHUB_REPOSITORY ?? '');
    if (problem) logger.warning(`ci-recovery: not resuming: ${problem}`);
    else {
      const store = await openStore(settings.store, {
        token,
        runId: start.runId,
        ...repoFromEnv(env),
        cwd: workspace,
      });
      const result = await resumeFromPreviousAttempt({
        store,
        runId: start.runId,
        attempt: start.attempt,
        job: start.identity,
        workspace,
        logger,
      });
      ({ resumed, completedStages } = result);
      resumeFrom = result.resumeFrom;
    }
  }

  const jobEnv: Record<string, string> = {
    CI_RECOVERY_LANE: lane,
    CI_RECOVERY_CONFIG: JSON.stringify(config),
    [COMPLETED_STAGES_ENV]: completedStages.join(','),
  };
  if (resumeFrom) {
    jobEnv.CI_RECOVERY_LAST_CHECKPOINT = resumeFrom;
    jobEnv[RESUMED_FROM_ENV] = resumeFrom;
  }
  return {
    lane,
    laneReason,
    ...(file ? { configFile: file } : {}),
    resumed,
    ...(resumeFrom ? { resumeFrom } : {}),
    completedStages,
    env: jobEnv,
  };
}
