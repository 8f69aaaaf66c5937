/**
 * How a probe run is read, pure: which of a listing's runs are today's probes, whether a page of the
 * listing holds them all, and the probe a run's outcome makes (core/bisect.ts judges it). The phase reads
 * the runs and their jobs (phase/bisect-probes.ts).
 */
import type { FailureType } from '../../core/types.js';
import {
  isProbeRun,
  MAX_PROBE_RERUNS_ON_CANCEL,
  type Probe,
  type ProbeResult,
  type ProbeRunView,
} from './bisect.js';

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

/**
 * The failing job's outcome in a probe run's attempt: its conclusion and, when it failed, its type;
 * `jobTimeout`: cancelled by its timeout-minutes (GitHub's line said so), a failure of type `timeout`.
 */
export interface ProbeJobOutcome {
  conclusion: string | null;
  type?: FailureType;
  jobTimeout?: boolean;
  /** Cancelled: why, when its annotations say it was not a person (cancelCause). */
  cause?: CancelCause;
}

/**
 * Why GitHub cancelled a job, when its annotations say it and it was not a person: `concurrency`, a newer run
 * of a `concurrency:` group with `cancel-in-progress` ("Canceling since a higher priority waiting request for
 * '<group>' exists", written by the Actions service, not the runner); `runner`, the runner lost
 * ("The runner has received a shutdown signal. ...", actions/runner src/Runner.Worker/JobRunner.cs; "... lost
 * communication with the server", the service's, PLATFORM.md section 3). A person's cancel leaves no
 * annotation: undefined.
 */
export type CancelCause = 'concurrency' | 'runner';

const CONCURRENCY_CANCEL = /Canceling since a higher priority waiting request for .* exists/;
const RUNNER_LOST = /The runner has received a shutdown signal|lost communication with the server/;

/** The cause of a cancel its job's annotation `messages` name; undefined: a person's, or not said. */
export function cancelCause(messages: readonly string[]): CancelCause | undefined {
  if (messages.some((m) => CONCURRENCY_CANCEL.test(m))) return 'concurrency';
  if (messages.some((m) => RUNNER_LOST.test(m))) return 'runner';
  return undefined;
}

/**
 * Whether a probe judged `result` needs the attempts before its own read: a later attempt failing the same
 * way confirms the culprit only if an earlier one did too; a cancelled one counts the cancels before it.
 */
export function needsAttemptBefore(result: ProbeResult, run: Pick<ProbeRunView, 'runAttempt'>): boolean {
  return (result === 'same' || result === 'cancelled') && run.runAttempt >= 2;
}

/** The most earlier attempts read for one probe: enough to count the cancels past the cap, and one more. */
export const ATTEMPTS_READ_BACK = MAX_PROBE_RERUNS_ON_CANCEL + 1;

/**
 * An attempt that told nothing of the commit, by judgeProbe's rule for a cancelled run: the failing job did
 * not fail (no failure, not its timeout-minutes) and did not pass: cancelled, skipped (a `needs:` job's
 * timeout), or not listed (cancelled while queued). A re-run follows only a completed attempt, so an earlier
 * attempt that neither failed nor passed the job is counted as a cancel.
 */
export function cancelledOutcome(o: ProbeJobOutcome | undefined): boolean {
  const failed = o?.conclusion === 'failure' || o?.jobTimeout === true;
  return !failed && o?.conclusion !== 'success';
}

/**
 * How many attempts in a row told nothing (cancelledOutcome), the probe's own (cancelled) one and `before`
 * (newest first).
 */
export function cancelsOf(before: readonly (ProbeJobOutcome | undefined)[]): number {
  const i = before.findIndex((o) => !cancelledOutcome(o));
  return 1 + (i < 0 ? before.length : i);
}

/**
 * Whether the newest of `before` (newest first) that was not cancelled failed the same way: a confirming
 * re-run's first failure. Attempts between them that told nothing (cancelled, skipped, unlisted) are passed.
 */
export function failedSameBefore(
  before: readonly (ProbeJobOutcome | undefined)[],
  failing: FailureType,
): boolean {
  const told = before.find((o) => !cancelledOutcome(o));
  return (told?.conclusion === 'failure' || told?.jobTimeout === true) && told.type === failing;
}

/** The probe of `sha` its run makes: judged `result`, the failing job's type, and whether it is confirmed. */
export function probeOf(
  sha: string,
  run: Pick<ProbeRunView, 'id' | 'url' | 'runAttempt'> &
    Partial<Pick<ProbeRunView, 'createdAt' | 'updatedAt'>>,
  result: ProbeResult,
  failed: ProbeJobOutcome | undefined,
  confirmed: boolean | undefined,
  cancels?: number,
): Probe {
  return {
    sha,
    result,
    runId: run.id,
    ...(run.url ? { url: run.url } : {}),
    ...(failed?.type ? { failureType: failed.type } : {}),
    attempt: run.runAttempt,
    ...(confirmed !== undefined ? { confirmed } : {}),
    ...(result === 'cancelled' ? { cancels: cancels ?? 1 } : {}),
    ...(result === 'cancelled' && failed?.cause ? { cancelCause: failed.cause } : {}),
    ...(failed?.jobTimeout ? { jobTimeout: true } : {}),
    ...((run.updatedAt ?? run.createdAt) ? { changedAt: run.updatedAt ?? run.createdAt } : {}),
  };
}
