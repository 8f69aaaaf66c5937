/** Keys of the root action's state, written by main for post (exported to later stages as STATE_<key>). */
export const STATE_JOB_START = 'job-start';
export const STATE_SETTINGS = 'settings';
export const STATE_LANE = 'lane';

/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
export const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';

/**
 * Job-wide: the stages main restored from an earlier attempt's checkpoint (set once, by main). Only these
 * may be skipped: a stage completed in this attempt is never a reason to skip a later step of its name.
 */
export const RESTORED_STAGES_ENV = 'CI_RECOVERY_RESTORED_STAGES';

/** Job-wide: the stages `run/` steps of this attempt have passed or skipped so far (run/ appends). */
export const ATTEMPT_STAGES_ENV = 'CI_RECOVERY_ATTEMPT_STAGES';

/** Job-wide: the checkpoint main resumed from; run/ steps check its files are still in the workspace. */
export const RESUMED_FROM_ENV = 'CI_RECOVERY_RESUMED_FROM';

/** Job-wide: this job's newest checkpoint, the parent of the next incremental one. */
export const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';

/** Job-wide: the store that checkpoint is in (its spec); a parent is only ever taken from the same store. */
export const LAST_CHECKPOINT_STORE_ENV = 'CI_RECOVERY_LAST_CHECKPOINT_STORE';

/** Job-wide: the job's identity when main extended it for a called workflow (`<job>.via-<caller>`). */
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

/**
 * Job-wide: how long each completed stage took (JSON, stage -> ms), carried like the completed stages:
 * run/ adds a stage's passing attempt, a checkpoint records them in its manifest, and main's resume
 * exports those of the earlier attempt, so post can say what skipping them saved.
 */
export const STAGE_DURATIONS_ENV = 'CI_RECOVERY_STAGE_DURATIONS';

/** At most this many stages' durations are carried (a job has a few dozen at most). */
const MAX_STAGE_DURATIONS = 200;

/** Stage durations from the variable or a manifest: anything malformed is dropped, never thrown. */
export function parseStageDurations(value: unknown): Record<string, number> {
  let raw = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      // state that is not JSON is no state
      return {};
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept = Object.entries(raw as Record<string, unknown>)
    .filter(
      (e): e is [string, number] =>
        e[0] !== '' && e[0].length <= 200 && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0,
    )
    .slice(0, MAX_STAGE_DURATIONS)
    .map(([stage, ms]) => [stage, Math.round(ms)]);
  return Object.fromEntries(kept) as Record<string, number>;
}

/** The durations of `stages` only (those a checkpoint or a resume vouches for). */
export function durationsOfStages(
  durations: Readonly<Record<string, number>>,
  stages: readonly string[],
): Record<string, number> {
  return Object.fromEntries(stages.filter((s) => Object.hasOwn(durations, s)).map((s) => [s, durations[s]!]));
}

/**
 * Job-wide: the paths outside the workspace each completed stage filled (JSON, stage -> `cache-paths`
 * entries); later checkpoints save them as roots (checkpoint/core/outside.ts).
 */
export const CACHE_PATHS_ENV = 'CI_RECOVERY_CACHE_PATHS';

/** Job-wide: what the checkpoint main resumed from cost to save (JSON `{ms, bytes}`, from its manifest), for post's summary. */
export const RESUMED_COST_ENV = 'CI_RECOVERY_RESUMED_COST';

/** `{ms, bytes}` whole non-negative numbers, else undefined: a later step may have written anything. */
export function parseResumedCost(value: string | undefined): { ms: number; bytes: number } | undefined {
  if (!value) return undefined;
  try {
    const raw = JSON.parse(value) as { ms?: unknown; bytes?: unknown };
    const count = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    return count(raw.ms) && count(raw.bytes) ? { ms: raw.ms, bytes: raw.bytes } : undefined;
  } catch {
    // not JSON: read as no cost recorded
    return undefined;
  }
}

/**
 * The commit main found checked out after actions/checkout (the job's start; checkout-head.ts): what a
 * checkpoint records as built from, and what a resume compares.
 */
export const CHECKOUT_HEAD_ENV = 'CI_RECOVERY_CHECKOUT_HEAD';

/** Job-wide: the store (its spec) of the checkpoint main resumed from; a run/ step restores its roots. */
export const RESUMED_STORE_ENV = 'CI_RECOVERY_RESUMED_STORE';
