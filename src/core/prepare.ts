/**
 * Main's decisions, pure: the settings it keeps for post, which base the change is measured against, how
 * the lane is chosen, whether to resume, and what later steps of the job are told.
 */
import type { RunContext } from './event.js';
import type { JobStart } from './job-start.js';
import { decideLane, type Change, type GlobCompiler, type LaneRules } from './lanes.js';
import {
  CHECKOUT_HEAD_ENV,
  COMPLETED_STAGES_ENV,
  RESTORED_STAGES_ENV,
  CONFIG_FILE_ENV,
  LANE_ENV,
  LAST_CHECKPOINT_ENV,
  LAST_CHECKPOINT_STORE_ENV,
  RESUMED_COST_ENV,
  RESUMED_FROM_ENV,
  RESUMED_STORE_ENV,
  STAGE_DURATIONS_ENV,
} from './state-keys.js';
import type { Lane } from './types.js';
import { UserError } from './errors.js';

/** When post writes the sticky comment or the full summary (the `comment` and `summary` inputs). */
export type ReportWhen = 'on-failure' | 'always' | 'never';
export const REPORT_WHEN: readonly ReportWhen[] = ['on-failure', 'always', 'never'];

/**
 * An input of `on-failure | always | never` (its default is in action.yml). 'true' and 'false', the
 * `comment` input's values before it took these, still mean always and never.
 */
export function parseReportWhen(name: 'comment' | 'summary', value: string): ReportWhen {
  const v = value.trim().toLowerCase();
  if (v === 'true') return 'always';
  if (v === 'false') return 'never';
  if ((REPORT_WHEN as readonly string[]).includes(v)) return v as ReportWhen;
  throw new UserError(
    `Input '${name}' must be on-failure (the default: only when something failed or was recovered), always or never, got '${value}'.`,
  );
}

/** The root action's inputs, parsed once in main and kept in state for post. */
export interface MainSettings {
  configPath: string;
  store: string;
  resume: boolean;
  lane?: Lane;
  baseRef?: string;
  /** When post writes the sticky comment (finish.ts). */
  comment: ReportWhen;
  /** When post writes the full job summary; else one line, or none. */
  summary: ReportWhen;
}

export interface LaneChoice {
  lane: Lane;
  reason: string;
}

/** The lane the input forces, if any. */
export function laneFromInput(lane: Lane | undefined): LaneChoice | undefined {
  return lane ? { lane, reason: "set by the 'lane' input" } : undefined;
}

/** The lane when the change could not be read at all: the change is taken as unknown. */
export function laneWhenUnreadable(why: string): LaneChoice {
  return { lane: 'STANDARD', reason: `the change could not be read (${why})` };
}

/** The ref the change is measured against: the input, else the PR's base, the push's before, the default branch. */
export function changeBase(baseRef: string | undefined, context: RunContext): string | undefined {
  return baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch;
}

/** The change as git saw it, completed by the API's (labels; the files when git could not tell). */
export function mergeChange(git: Change, api: Change | undefined): Change {
  if (git.files) return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
  if (!api) return git;
  if (api.files) return api;
  return {
    ...api,
    unknownBecause: `${git.unknownBecause ?? 'git could not tell'}; ${api.unknownBecause ?? ''}`,
  };
}

/**
 * The lane of the change, with the labels of the event's pull request added to the change's own; `compile`
 * may be left out where `compilesGlobs` (lanes.ts) says the change's files compile no glob.
 */
export function laneOfChange(
  change: Change,
  context: RunContext,
  rules: LaneRules,
  compile?: GlobCompiler,
): LaneChoice {
  return decideLane(
    { ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] },
    rules,
    compile,
  );
}

/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
export function wantsResume(
  settings: Pick<MainSettings, 'resume'>,
  start: Pick<JobStart, 'attempt'>,
): boolean {
  return settings.resume && start.attempt > 1;
}

/**
 * The job-wide variables main leaves for later steps (GITHUB_ENV). The effective config goes by the path
 * of the file main wrote it to (`configFile`; none when that failed, and later steps read the workspace's).
 */
export function laterStepsEnv(
  lane: Lane,
  configFile: string | undefined,
  resumed: {
    completedStages: readonly string[];
    stageDurations?: Readonly<Record<string, number>>;
    resumeFrom?: string;
    store?: string;
    cost?: { ms: number; bytes: number };
  },
  checkoutHead?: string,
): Record<string, string> {
  return {
    [LANE_ENV]: lane,
    ...(checkoutHead ? { [CHECKOUT_HEAD_ENV]: checkoutHead } : {}),
    ...(configFile ? { [CONFIG_FILE_ENV]: configFile } : {}),
    [COMPLETED_STAGES_ENV]: resumed.completedStages.join(','),
    [RESTORED_STAGES_ENV]: resumed.completedStages.join(','),
    [STAGE_DURATIONS_ENV]: JSON.stringify(resumed.stageDurations ?? {}),
    ...(resumed.resumeFrom
      ? { [LAST_CHECKPOINT_ENV]: resumed.resumeFrom, [RESUMED_FROM_ENV]: resumed.resumeFrom }
      : {}),
    ...(resumed.resumeFrom && resumed.cost ? { [RESUMED_COST_ENV]: JSON.stringify(resumed.cost) } : {}),
    ...(resumed.resumeFrom && resumed.store
      ? { [LAST_CHECKPOINT_STORE_ENV]: resumed.store, [RESUMED_STORE_ENV]: resumed.store }
      : {}),
  };
}
