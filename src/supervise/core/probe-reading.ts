/**
 * How a probe run is read, pure: which of a listing's runs are today's probes, whether a page of the
 * listing holds them all, and the probe a run's outcome makes (core/bisect.ts judges it). The phase reads
 * the runs and their jobs (phase/bisect-probes.ts).
 */
import type { FailureType } from '../../core/types.js';
import { isProbeRun, type Probe, type ProbeResult, type ProbeRunView } from './bisect.js';

/** The runs one listing holds (per_page=100): a full one may have left older runs out. */
export const LISTED_PAGE = 100;

/** The most runs GitHub lists for a filtered query (`created`, `event`, …): ten pages of 100. */
export const FILTERED_LISTING_MAX = 1_000;

/** The probe runs among `runs` created on `day` (UTC, `YYYY-MM-DD`). */
export function probesOn(runs: readonly ProbeRunView[], day: string): number {
  return runs.filter((r) => isProbeRun(r) && r.createdAt.slice(0, 10) === day).length;
}

/**
 * Whether one page of a listing, newest first, holds every run of `day`: it is not full, or its oldest run
 * is of an earlier day.
 */
export function pageHoldsDay(runs: readonly ProbeRunView[], day: string): boolean {
  const oldest = runs.at(-1);
  return runs.length < LISTED_PAGE || (oldest !== undefined && oldest.createdAt.slice(0, 10) < day);
}

/** The failing job's outcome in a probe run's attempt: its conclusion and, when it failed, its type. */
export interface ProbeJobOutcome {
  conclusion: string | null;
  type?: FailureType;
}

/**
 * Whether a probe judged `result` needs the attempt before its own read: a later attempt failing the same
 * way confirms the culprit only if the one before it did too.
 */
export function needsAttemptBefore(result: ProbeResult, run: Pick<ProbeRunView, 'runAttempt'>): boolean {
  return result === 'same' && run.runAttempt >= 2;
}

/** The probe of `sha` its run makes: judged `result`, the failing job's type, and whether it is confirmed. */
export function probeOf(
  sha: string,
  run: Pick<ProbeRunView, 'id' | 'url' | 'runAttempt'>,
  result: ProbeResult,
  failed: ProbeJobOutcome | undefined,
  confirmed: boolean | undefined,
): Probe {
  return {
    sha,
    result,
    runId: run.id,
    ...(run.url ? { url: run.url } : {}),
    ...(failed?.type ? { failureType: failed.type } : {}),
    attempt: run.runAttempt,
    ...(confirmed !== undefined ? { confirmed } : {}),
  };
}
