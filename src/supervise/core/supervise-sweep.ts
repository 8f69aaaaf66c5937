/**
 * The sweep: a supervisor run that no watched run's completion woke (a `schedule:`, a `workflow_dispatch`,
 * a run with no `run-id`). GitHub does not send every `workflow_run` event the supervisor's multi-step work
 * waits for (a run dispatched or re-run with GITHUB_TOKEN fires none; chains stop past three levels:
 * docs/supervisor.md), so the pending work is read back from one listing of the repository's recent runs and
 * each item is supervised again, which advances it as far as it can and does nothing twice. Pure: the
 * listing comes in, the runs to supervise go out.
 */
import { isProbeRun, type ProbeRunView } from './bisect.js';

/** How far back a sweep looks at completed runs by default: four sweeps of a 15-minute schedule. */
export const DEFAULT_SWEEP_WINDOW_MS = 60 * 60_000;

/** The most runs one sweep supervises (each costs a supervision's reads); the rest wait for the next. */
export const MAX_SWEEP_TARGETS = 10;

export interface SweepTarget {
  runId: number;
  /** What is pending there, for the log and the summary. */
  why: string;
}

export interface SweepInput {
  /** The repository's recent runs, newest first (GET .../actions/runs). */
  runs: readonly ProbeRunView[];
  /** The sweep's own run (never a target). */
  selfRunId?: number;
  /** Runs the same invocation supervised already (the run whose completion woke it): never a target. */
  supervised?: readonly number[];
  /**
   * The branch bisections run on: the default branch, where a `schedule:` runs (GITHUB_REF_NAME). Unknown:
   * any branch but ci-recovery's own.
   */
  defaultBranch?: string;
  now: Date;
  windowMs?: number;
  /**
   * Probe branches the ledger records with no run yet (a crash before the dispatch, a dispatch GitHub
   * dropped): the listing shows no probe run for them, so their bisection is found by this.
   */
  probeBranchesWithoutRun?: number;
  /**
   * Failing runs (and their attempt) whose bisection ended where GitHub would not start its probes (the
   * ledger's): never a target again; a person's re-run is a new attempt, and a wake naming the run still acts.
   */
  ended?: readonly { runId: number; attempt: number; at: string }[];
}

/**
 * The ledger's word that `run`'s bisection ended. Only for the attempt it names, and only when dated after
 * that attempt completed and not ahead of the clock: a record written before (a forged one) would keep a
 * confirming re-run's answer from being read.
 */
export function bisectionEnded(
  ended: readonly { runId: number; attempt: number; at: string }[],
  run: ProbeRunView,
  now: Date,
): boolean {
  const completed = Date.parse(run.updatedAt ?? run.createdAt);
  return ended.some((e) => {
    const at = Date.parse(e.at);
    return e.runId === run.id && e.attempt === run.runAttempt && at >= completed && at <= now.getTime();
  });
}

/**
 * Conclusions of a completed run that are no failure: it passed, tested nothing (`skipped`, `neutral`,
 * `stale`), or was held for a writer's approval and ran nothing (`action_required`: a fork's pull request, or
 * one opened with GITHUB_TOKEN; REST "Approve a workflow run for a fork pull request"). Such a run has nothing
 * for the supervisor, and as a target it took a sweep's place for an hour, at five calls each sweep.
 */
const NOT_FAILED = new Set(['success', 'skipped', 'neutral', 'stale', 'action_required']);

const failed = (r: ProbeRunView): boolean => r.status === 'completed' && !NOT_FAILED.has(r.conclusion ?? '');

/**
 * The runs to supervise again, newest first:
 * - a bisection: the newest completed `push` run of a workflow with probe runs (any workflow, when the ledger
 *   records a probe branch with no run), when it failed (it is the
 *   run whose bisection takes its next step, or ends: a probe past its deadline goes to a person);
 * - a verdict nobody was told of: a run (not a probe, not a `workflow_run` follower) that completed within
 *   the window, failed, and is its workflow's and branch's newest (a re-run's attempt, the dispatch that
 *   follows a push-mode revert), or that was dispatched on a branch that is not a probe's (the revert's
 *   verdict, green or not).
 * Nothing pending: no target, and the listing was the sweep's one call.
 */
export function sweepTargets(input: SweepInput): SweepTarget[] {
  return sweepPlan(input).targets;
}

/**
 * The runs to supervise again (sweepTargets), and those the ledger's ended bisections leave out (`left`,
 * newest first): runs that would be targets but for an `ended` record, which the sweep says it left.
 */
export function sweepPlan(input: SweepInput): {
  targets: SweepTarget[];
  left: number[];
  /** Runs with pending work past this sweep's first MAX_SWEEP_TARGETS: the next wake takes them up. */
  deferred: number[];
} {
  const since = input.now.getTime() - (input.windowMs ?? DEFAULT_SWEEP_WINDOW_MS);
  const targets = new Map<number, string>();
  const left = new Set<number>();
  const newestOf = new Map<string, ProbeRunView>();
  const done = new Set(input.supervised ?? []);
  const ended = (r: ProbeRunView): boolean => bisectionEnded(input.ended ?? [], r, input.now);
  for (const run of input.runs) {
    const key = `${run.workflowId ?? run.path} ${run.headBranch}`;
    if (!newestOf.has(key) && !isProbeRun(run)) newestOf.set(key, run);
  }
  // A probe branch with no run: every workflow's failing push run may be the bisected one.
  const bisecting = input.runs.filter((r) =>
    (input.probeBranchesWithoutRun ?? 0) > 0 ? r.event === 'push' : isProbeRun(r),
  );
  for (const workflow of new Set(bisecting.map((r) => r.workflowId ?? r.path))) {
    const bisected = input.runs.find(
      (r) =>
        (r.workflowId ?? r.path) === workflow &&
        r.event === 'push' &&
        r.status === 'completed' &&
        (input.defaultBranch === undefined
          ? !r.headBranch.startsWith('ci-recovery/')
          : r.headBranch === input.defaultBranch),
    );
    if (!bisected || !failed(bisected) || done.has(bisected.id)) continue;
    if (ended(bisected)) left.add(bisected.id);
    else targets.set(bisected.id, 'its bisection has probes');
  }
  for (const run of input.runs) {
    if (run.id === input.selfRunId || done.has(run.id) || isProbeRun(run) || run.event === 'workflow_run')
      continue;
    // ci-recovery's own branches (a probe's or a revert's, pushed with an App token) are nobody's work.
    if (run.headBranch.startsWith('ci-recovery/')) continue;
    if (run.status !== 'completed' || Date.parse(run.updatedAt ?? run.createdAt) < since) continue;
    if (newestOf.get(`${run.workflowId ?? run.path} ${run.headBranch}`) !== run) continue;
    const why = failed(run)
      ? `attempt ${run.runAttempt} failed`
      : run.event === 'workflow_dispatch'
        ? 'a dispatched run completed'
        : undefined;
    if (why === undefined) continue;
    if (ended(run)) left.add(run.id);
    else targets.set(run.id, targets.get(run.id) ?? why);
  }
  const all = [...targets].map(([runId, why]) => ({ runId, why })).sort((a, b) => b.runId - a.runId);
  return {
    targets: all.slice(0, MAX_SWEEP_TARGETS),
    left: [...left].sort((a, b) => b - a),
    deferred: all.slice(MAX_SWEEP_TARGETS).map((t) => t.runId),
  };
}
