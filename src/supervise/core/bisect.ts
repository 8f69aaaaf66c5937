/**
 * Bisection of a failing range of the default branch: which commit since the last green run broke it.
 * Pure: the range, the probes' outcomes and the caps come in; the next step goes out. A probe is a run
 * of the failing workflow dispatched (`workflow_dispatch`) on a short-lived ref at one commit of the range.
 * Anchor: PyTorch's autorevert restarts the workflow on older commits to confirm a culprit.
 */
import type { FailureType } from '../../core/types.js';

/** The most commits since the last green run that are bisected; a longer range goes to a person. */
export const MAX_BISECT_RANGE = 8;

/** Probes one bisection may take: enough for MAX_BISECT_RANGE (log2(8) = 3), and one to confirm the head. */
export const MAX_PROBES_PER_BISECTION = 4;

/**
 * How long a dispatched probe may stay uncompleted before the bisection goes to a person (its branch is
 * deleted): a probe queued behind a busy runner pool for hours is as good as lost, and a dispatch whose run
 * never completes must not hold the range forever.
 */
export const PROBE_DEADLINE_MS = 6 * 3_600_000;

/**
 * How many times a cancelled probe is re-run (POST .../runs/{id}/rerun) before it goes to a person: a
 * cancel (a `concurrency:` group with `cancel-in-progress`, a person, a runner lost) says nothing of the
 * commit. Counted from the probe run's attempts on GitHub, so the cap holds across supervisor runs.
 */
export const MAX_PROBE_RERUNS_ON_CANCEL = 2;

/**
 * The most attempts a cancelled probe's run may have before it goes to a person whatever the count of cancels
 * says: its first, MAX_PROBE_RERUNS_ON_CANCEL re-runs and a confirmation's. A hard bound, should the count
 * ever read an attempt as telling that did not.
 */
export const MAX_CANCELLED_PROBE_ATTEMPTS = 1 + MAX_PROBE_RERUNS_ON_CANCEL + 1;

/** Probes a day: as many bisections as the daily cap allows reverts (revert.daily-cap 0: none). */
export function probesPerDay(dailyCap: number): number {
  return Math.max(0, dailyCap) * MAX_PROBES_PER_BISECTION;
}

const PROBE_REF = /^ci-recovery\/probe-([0-9a-f]{12})$/;

/** The branch a probe of `sha` runs on: one per commit, in ci-recovery's own namespace. */
export function probeRef(sha: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a full commit sha: '${sha}'`);
  return `ci-recovery/probe-${sha.slice(0, 12)}`;
}

/** A run of a probe ref dispatched by the supervisor: its completion brings the supervisor back. */
export function isProbeRun(run: { event: string; headBranch: string }): boolean {
  return run.event === 'workflow_dispatch' && PROBE_REF.test(run.headBranch);
}

/** A workflow run as GitHub lists it (GET .../actions/workflows/{id}/runs), the fields a probe is judged by. */
export interface ProbeRunView {
  id: number;
  /** The workflow file, e.g. `.github/workflows/ci.yml`. */
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  runAttempt: number;
  url?: string;
  /** The workflow (listings of the repository's runs give it; a workflow's own listing implies it). */
  workflowId?: number;
  /** When the run last changed (a re-run's attempt completing updates it). */
  updatedAt?: string;
}

/** What a probe run must be to count. */
export interface ProbeExpectation {
  workflowPath: string;
  sha: string;
  /** Probes of this bisection were dispatched after this (ISO): the failing run's completion. */
  after: string;
}

/**
 * Why a run does not count as a probe of `sha`, or undefined when it does: it must be a run of the same
 * workflow file, on the probe ref, at the exact sha, by `workflow_dispatch`, created after the dispatch. A
 * run someone else started on a branch of that name, or an older one, is not ours to trust.
 */
export function probeRunRefusal(run: ProbeRunView, want: ProbeExpectation): string | undefined {
  if (run.event !== 'workflow_dispatch') return `run ${run.id} is a ${run.event} run, not a dispatch`;
  if (run.headBranch !== probeRef(want.sha)) return `run ${run.id} is not on ${probeRef(want.sha)}`;
  if (run.headSha !== want.sha)
    return `run ${run.id} tested ${run.headSha.slice(0, 12)}, not the probe's commit`;
  if (run.path !== want.workflowPath) return `run ${run.id} ran ${run.path}, not ${want.workflowPath}`;
  const created = Date.parse(run.createdAt);
  if (!(created >= Date.parse(want.after))) return `run ${run.id} was created before the bisection began`;
  return undefined;
}

/** The newest run that counts as the probe of `want.sha`, if any. */
export function probeRunOf(runs: readonly ProbeRunView[], want: ProbeExpectation): ProbeRunView | undefined {
  return runs
    .filter((r) => probeRunRefusal(r, want) === undefined)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)[0];
}

/**
 * A probe's verdict: `green` (the workflow passed there), `same` (the failing job failed the same way),
 * `other` (it failed otherwise: another job, another failure type, its job's timeout-minutes where the
 * failure was not a timeout), `cancelled` (the run was cancelled, and not by its job's timeout-minutes: no
 * verdict on the commit), `pending` (dispatched, not completed), `expired` (not completed within
 * PROBE_DEADLINE_MS of its creation).
 */
export type ProbeResult = 'green' | 'same' | 'other' | 'cancelled' | 'pending' | 'expired';

export interface Probe {
  sha: string;
  result: ProbeResult;
  runId?: number;
  url?: string;
  /** The failing job's failure type in the probe, when it failed. */
  failureType?: FailureType;
  /** The probe run's attempt judged: a second attempt failing the same way confirms a culprit. */
  attempt?: number;
  /**
   * `same` in this attempt and in the one before it: the failure is confirmed. Absent: read from `attempt`
   * (2 or more confirms). False: a later attempt failed once, after one that did not fail so (a probe
   * cancelled by a concurrency group, then re-run by a person): one failure, not a confirmation.
   */
  confirmed?: boolean;
  /** `cancelled`: how many attempts in a row, this one the last, were cancelled (read from GitHub). */
  cancels?: number;
  /**
   * `cancelled`: GitHub's own cause, from the job's annotations (core/probe-reading.ts cancelCause); absent, a
   * person may have cancelled it, and the probe is not re-run over their cancel.
   */
  cancelCause?: 'concurrency' | 'runner';
  /** Its job was cancelled by its timeout-minutes (a failure of type `timeout`), not failed. */
  jobTimeout?: boolean;
  /** When its run last changed (ISO: the run's `updated_at`, else its creation): a re-run's wait is bounded by it. */
  changedAt?: string;
}

/**
 * What a probe run says, given the failing job's own outcome in it. `jobTimeout`: the job was cancelled by its
 * timeout-minutes (GitHub's line said so), a failure of the commit's, of type `timeout`.
 */
export function judgeProbe(
  run: Pick<ProbeRunView, 'status' | 'conclusion'> &
    Partial<Pick<ProbeRunView, 'createdAt' | 'updatedAt' | 'runAttempt'>>,
  job: { conclusion: string | null; type?: FailureType; jobTimeout?: boolean } | undefined,
  failing: FailureType,
  now?: Date,
): ProbeResult {
  if (run.status !== 'completed') {
    // A re-run keeps the dispatch's creation time: its own clock starts when it was asked for (updated_at).
    const since = (run.runAttempt ?? 1) > 1 && run.updatedAt ? run.updatedAt : run.createdAt;
    const age = now && since ? now.getTime() - Date.parse(since) : 0;
    return age > PROBE_DEADLINE_MS ? 'expired' : 'pending';
  }
  if (run.conclusion === 'success') return 'green';
  const failed = job?.conclusion === 'failure' || job?.jobTimeout === true;
  if (failed && job?.type === failing) return 'same';
  if (run.conclusion === 'cancelled') {
    // Another job's cancel (its timeout, a concurrency group) after the watched job passed: the job says pass.
    if (job?.conclusion === 'success') return 'green';
    // The watched job cancelled, skipped or never listed (cancelled while queued): no verdict on the commit.
    if (!failed) return 'cancelled';
  }
  return 'other';
}

export interface BisectInput {
  /** The commits since the last green run, oldest first; the last one is the failing run's head. */
  commits: readonly string[];
  /** Probes read so far, by commit (the head's own run is not a probe; a probe of the head confirms it). */
  probes: readonly Probe[];
  /** Probes this bisection may still dispatch, and probes left today. */
  probesLeft: number;
  probesLeftToday: number;
  /**
   * Commits GitHub would not run a probe at: the workflow file there has no `workflow_dispatch` trigger (it
   * was added later). A commit without the file is tried, and GitHub's answer decides. Skipped, as `git bisect skip` does: another commit of the range is
   * probed, and a culprit hidden among them goes to a person with the commits named.
   */
  untestable?: readonly string[];
}

export type BisectStep =
  | { kind: 'probe'; sha: string; reason: string }
  | { kind: 'wait'; sha: string; reason: string }
  | { kind: 'culprit'; sha: string; reason: string }
  /** `wholeRun`: every job re-run (its job timed out: cancelled, no failed job to re-run). */
  | { kind: 'confirm'; sha: string; runId: number; reason: string; wholeRun?: boolean }
  | { kind: 'rerun'; sha: string; runId: number; reason: string }
  | { kind: 'person'; reason: string };

const short = (sha: string): string => sha.slice(0, 12);

/**
 * The next step. Known: the parent of commits[0] is green, the last commit fails. Each probe narrows the
 * range to (last green, first failing]; when one commit is left it is the culprit: its parent green, itself
 * failing the same way. A probe failing otherwise, or a green commit after a failing one, is not a clean
 * bisection: a person reads the probes.
 */
export function bisectStep(input: BisectInput): BisectStep {
  const { commits, probes } = input;
  const n = commits.length;
  if (n < 2) return { kind: 'person', reason: `${n} commit(s) in the range: nothing to bisect` };
  if (n > MAX_BISECT_RANGE)
    return {
      kind: 'person',
      reason: `${n} commits since the last green run, more than the ${MAX_BISECT_RANGE} ci-recovery bisects: a person must pick the culprit`,
    };
  const at = new Map(probes.map((p) => [p.sha, p]));
  const runsLeft = runsLeftOf(input);
  const expired = probes.find((p) => p.result === 'expired' && commits.includes(p.sha));
  if (expired)
    return {
      kind: 'person',
      reason: `the probe of ${short(expired.sha)} did not complete within ${PROBE_DEADLINE_MS / 3_600_000} h of its dispatch: a person must pick the culprit`,
    };
  const other = probes.find((p) => p.result === 'other' && commits.includes(p.sha));
  if (other)
    return {
      kind: 'person',
      reason: `the probe of ${short(other.sha)} failed another way${other.failureType ? ` (${other.failureType})` : ''}: the range holds more than one failure, a person must pick the culprit`,
    };
  let lo = -1; // the last known green index (-1: the last green run's commit)
  let hi = n - 1; // the first known failing index
  commits.forEach((sha, i) => {
    const r = at.get(sha)?.result;
    if (r === 'green') lo = Math.max(lo, i);
    if (r === 'same') hi = Math.min(hi, i);
  });
  if (lo >= hi)
    return {
      kind: 'person',
      reason:
        lo === hi
          ? `the probe of ${short(commits[hi]!)} passed where its own run failed (a flaky failure): a person must pick the culprit`
          : `the probes disagree: ${short(commits[lo]!)} passed after ${short(commits[hi]!)} failed the same way (a flaky failure, or more than one change): a person must pick the culprit`,
    };
  const pending = commits.slice(lo + 1, hi + 1).find((sha) => at.get(sha)?.result === 'pending');
  if (pending)
    return { kind: 'wait', sha: pending, reason: `the probe of ${short(pending)} has not completed` };
  const cancelled = commits.slice(lo + 1, hi + 1).find((sha) => at.get(sha)?.result === 'cancelled');
  if (cancelled) return cancelledStep(at.get(cancelled)!);
  // The head failed once, in its own run: as the head alone would be, it is confirmed before a revert.
  if (hi - lo === 1 && hi === n - 1 && at.get(commits[hi]!)?.result !== 'same')
    return probeOrPerson(
      input,
      commits[hi]!,
      `every earlier commit passed: confirming ${short(commits[hi]!)}, the head, with a probe`,
    );
  if (hi - lo === 1) {
    const culprit = commits[hi]!;
    // A commit before the head failed once, in its probe: a flaky test would make it the culprit, so its
    // probe is re-run first, as a lone commit's own run is before its revert (the head's run is its first).
    const probe = at.get(culprit);
    if (hi < n - 1 && probe && !(probe.confirmed ?? (probe.attempt ?? 1) >= 2)) {
      if (probe.runId === undefined || runsLeft <= 0 || input.probesLeftToday <= 0)
        return {
          kind: 'person',
          reason: `${short(culprit)} failed the same way once, in its probe, and that probe cannot be re-run to confirm it (${probe.runId === undefined ? 'its run is unknown' : runsLeft <= 0 ? `the bisection's ${MAX_PROBES_PER_BISECTION} probes are spent` : 'the daily cap of probes is reached'}): a person must pick the culprit`,
        };
      return {
        kind: 'confirm',
        sha: culprit,
        runId: probe.runId,
        reason: `${short(culprit)} is the first of ${n} commits to fail the same way: re-running its probe (run ${probe.runId}) to confirm it`,
        ...(probe.jobTimeout ? { wholeRun: true } : {}),
      };
    }
    const parent = lo < 0 ? 'the last green run' : `the probe of ${short(commits[lo]!)}`;
    return {
      kind: 'culprit',
      sha: culprit,
      reason: `${short(culprit)} is the first of ${n} commits to fail the same way (${parent} passed)`,
    };
  }
  return narrow(input, lo, hi);
}

/**
 * A probe cancelled with no verdict on its commit: its run re-run when GitHub says the cancel was its own (a
 * concurrency group, a lost runner), a bounded number of times; else a person, at once: a person's cancel is
 * not overridden.
 */
function cancelledStep(probe: Probe): BisectStep {
  const n = probe.cancels ?? 1;
  const times = `${n} time${n === 1 ? '' : 's'}`;
  const run = probe.runId === undefined ? '' : ` (run ${probe.runId})`;
  if (probe.cancelCause === undefined || probe.runId === undefined)
    return {
      kind: 'person',
      reason: `the probe on ${short(probe.sha)} was cancelled${run}, and its job's annotations name no cause of GitHub's (a \`concurrency:\` group, a lost runner, its timeout-minutes): a person may have cancelled it, so it is not re-run; it holds no verdict on the commit, and a person must pick the culprit or re-run it`,
    };
  const spent = n > MAX_PROBE_RERUNS_ON_CANCEL || (probe.attempt ?? 1) > MAX_CANCELLED_PROBE_ATTEMPTS;
  if (spent)
    return {
      kind: 'person',
      reason: `the probe on ${short(probe.sha)} was cancelled ${times}${run}, never by its job's timeout-minutes: a \`concurrency:\` group with \`cancel-in-progress\` or a lost runner; it holds no verdict on the commit, and a person must pick the culprit`,
    };
  const why = probe.cancelCause === 'concurrency' ? 'by a `concurrency:` group' : 'its runner lost';
  return {
    kind: 'rerun',
    sha: probe.sha,
    runId: probe.runId,
    reason: `the probe on ${short(probe.sha)} was cancelled ${times}${run}, the last ${why}, which says nothing of the commit: re-running it (${n} of ${MAX_PROBE_RERUNS_ON_CANCEL} re-runs)`,
  };
}

/** A probe between the last known green (lo) and the first known failing (hi), skipping untestable commits. */
function narrow(input: BisectInput, lo: number, hi: number): BisectStep {
  const { commits } = input;
  const mid = middleTestable(input, lo, hi);
  if (mid === undefined) return untestablePerson(commits.slice(lo + 1, hi + 1), commits[hi]!);
  const between = `${hi - lo} commits left between ${lo < 0 ? 'the last green run' : short(commits[lo]!)} and ${short(commits[hi]!)}`;
  const skipped = commits.slice(lo + 1, hi).filter((sha) => isUntestable(input, sha));
  const said = skipped.length > 0 ? ` (${skipped.map(short).join(', ')} skipped: ${NO_TRIGGER})` : '';
  return probeOrPerson(input, mid, `${between}: probing ${short(mid)}${said}`);
}

/** Why a commit is skipped: GitHub reads the workflow file at the probe's branch. */
const NO_TRIGGER = "the workflow file there has no 'workflow_dispatch:' trigger";

const isUntestable = (input: BisectInput, sha: string): boolean => input.untestable?.includes(sha) ?? false;

/** The testable commit strictly between lo and hi nearest their middle (the lower on a tie); undefined: none. */
function middleTestable(input: BisectInput, lo: number, hi: number): string | undefined {
  const mid = Math.floor((lo + hi) / 2);
  const order = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i).sort(
    (a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b,
  );
  const at = order.find((i) => !isUntestable(input, input.commits[i]!));
  return at === undefined ? undefined : input.commits[at];
}

/** The culprit is one of `candidates` (oldest first, the last failing), which probes cannot tell apart. */
function untestablePerson(candidates: readonly string[], failing: string): BisectStep {
  const skipped = candidates.filter((sha) => sha !== failing);
  return {
    kind: 'person',
    reason: `the culprit is one of ${candidates.map(short).join(', ')}, and ${skipped.map(short).join(', ')} cannot be probed (${NO_TRIGGER}, as GitHub reads it at the probe's branch): a person must pick the culprit`,
  };
}

/** The runs the bisection may still start: a probe's re-run to confirm a culprit is a run too (review). */
const runsLeftOf = (input: BisectInput): number =>
  input.probesLeft - input.probes.filter((p) => (p.attempt ?? 1) >= 2).length;

/** A probe of `sha`, while the caps allow one. */
function probeOrPerson(input: BisectInput, sha: string, reason: string): BisectStep {
  if (isUntestable(input, sha))
    return {
      kind: 'person',
      reason: `${short(sha)} must be probed to confirm it, and cannot be: ${NO_TRIGGER}; a person must pick the culprit`,
    };
  if (runsLeftOf(input) <= 0)
    return { kind: 'person', reason: `the bisection's ${MAX_PROBES_PER_BISECTION} probes are spent` };
  if (input.probesLeftToday <= 0) return { kind: 'person', reason: 'the daily cap of probes is reached' };
  return { kind: 'probe', sha, reason };
}

/** One line per probe, for the summary, the person's reason and the rollback record. */
export function probeLines(probes: readonly Probe[]): string[] {
  const words: Record<ProbeResult, string> = {
    green: 'passed',
    same: 'failed the same way',
    other: 'failed another way',
    cancelled: 'cancelled',
    pending: 'not completed',
    expired: `not completed within ${PROBE_DEADLINE_MS / 3_600_000} h`,
  };
  const times = (p: Probe): string =>
    p.result === 'cancelled' ? ` ${p.cancels ?? 1} time${(p.cancels ?? 1) === 1 ? '' : 's'}` : '';
  return probes.map(
    (p) =>
      `${short(p.sha)}: ${words[p.result]}${times(p)}${p.failureType && p.result !== 'green' ? ` (${p.failureType})` : ''}${p.runId !== undefined ? `, run ${p.runId}` : ''}`,
  );
}

/**
 * When the bisection of a failing push run began: the creation of the first failing run since the
 * branch's last green run (runs newest first). Every later failing run of the branch shares the last green
 * commit, so its range holds the earlier one's and the probes dispatched since count for it too: one
 * bisection per range, however many pushes fail while it goes on. Undefined: `runId` is not listed.
 */
export function bisectionStartOf(pushes: readonly ProbeRunView[], runId: number): string | undefined {
  const completed = pushes.filter((r) => r.status === 'completed');
  const at = completed.findIndex((r) => r.id === runId);
  if (at < 0) return undefined;
  let first = completed[at]!;
  for (const run of completed.slice(at + 1)) {
    if (run.conclusion === 'success') break;
    first = run;
  }
  return first.createdAt;
}

/**
 * How long a probe branch may stay with no run listed before its probe is dispatched again, and, after
 * that, before the bisection goes to a person (its branch deleted): a crash between the branch and the
 * dispatch, or a dispatch GitHub dropped. A dispatch's run is listed within a minute; four 15-minute sweeps
 * see the branch first.
 */
export const PROBE_NO_RUN_DEADLINE_MS = 60 * 60_000;

/** What a probe branch with no run needs: its clock started, a wait, one more dispatch, or a person. */
export type ProbeBranchStep =
  | { kind: 'record' }
  | { kind: 'wait'; reason: string }
  | { kind: 'redispatch'; reason: string }
  | { kind: 'person'; reason: string };

/**
 * The step for a probe branch found with no run, from its record (when it was made, when it was dispatched
 * again). No record: the clock starts now (a branch made by a run that crashed before recording it).
 */
export function probeBranchStep(
  record: { branch: string; createdAt: string; redispatchedAt?: string } | undefined,
  now: Date,
): ProbeBranchStep {
  if (!record) return { kind: 'record' };
  const minutes = PROBE_NO_RUN_DEADLINE_MS / 60_000;
  const since = (iso: string): number => now.getTime() - Date.parse(iso);
  if (record.redispatchedAt === undefined)
    return since(record.createdAt) > PROBE_NO_RUN_DEADLINE_MS
      ? {
          kind: 'redispatch',
          reason: `${record.branch} has had no run for ${minutes} min since it was made: dispatching it again`,
        }
      : { kind: 'wait', reason: `${record.branch} exists, its run is awaited` };
  return since(record.redispatchedAt) > PROBE_NO_RUN_DEADLINE_MS
    ? {
        kind: 'person',
        reason: `${record.branch} got no run from two dispatches (${minutes} min after each): a person must pick the culprit`,
      }
    : { kind: 'wait', reason: `${record.branch} was dispatched again, its run is awaited` };
}
