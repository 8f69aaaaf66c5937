/** Keys of the root action's state, shared by pre, main and post (exported to later stages as STATE_<key>). */
export const STATE_JOB_START = 'job-start';
export const STATE_SETTINGS = 'settings';
export const STATE_LANE = 'lane';

/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
export const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';

/** Job-wide: the checkpoint main resumed from; run/ steps check its files are still in the workspace. */
export const RESUMED_FROM_ENV = 'CI_RECOVERY_RESUMED_FROM';

/** Job-wide: this job's newest checkpoint, the parent of the next incremental one. */
export const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';

/** Job-wide: the store that checkpoint is in (its spec); a parent is only ever taken from the same store. */
export const LAST_CHECKPOINT_STORE_ENV = 'CI_RECOVERY_LAST_CHECKPOINT_STORE';

/** Job-wide: the job's identity when pre extended it for a called workflow (`<job>.via-<caller>`). */
export const JOB_IDENTITY_ENV = 'CI_RECOVERY_JOB_IDENTITY';

/** Job-wide: the lane main decided. */
export const LANE_ENV = 'CI_RECOVERY_LANE';

/**
 * Job-wide: the path of the file (in RUNNER_TEMP) holding the effective config main loaded, as JSON. Not the
 * JSON itself: a config may reach 256 KiB, and Linux refuses any one environment string over 128 KiB
 * (MAX_ARG_STRLEN), so every later step of the job would fail to start (E2BIG).
 */
export const CONFIG_FILE_ENV = 'CI_RECOVERY_CONFIG_FILE';

export function parseStages(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
