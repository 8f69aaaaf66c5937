/**
 * The report model: everything the job summary, the annotations, the sticky comment section and the
 * post-mortem render. Built by post (and the supervisor) from StepRecords, the jobs API and the decisions;
 * rendering is pure and reads only this model.
 */
import type { StepRecord } from '../records.js';
import { isSkippedFailure } from '../skip.js';
import { testOutcomesOf } from '../test-history-read.js';
import type { TestView } from './tests.js';
import type { Classification, Lane, StepOutcome, Strategy } from '../types.js';

/** The parts of a policy Decision a report shows (a full Decision fits). */
export interface DecisionView {
  strategy: Strategy;
  rule: string;
  reason: string;
  maxAttempts?: number;
}

export interface AttemptView {
  attempt: number;
  /** ISO start time. */
  startedAt: string;
  durationMs: number;
  exitCode?: number;
  signal?: string;
  timedOut?: boolean;
  failureType?: Classification['type'];
}

/** One stage (a `run/` step, a checkpoint or a restore) of this job attempt. */
export interface StageView {
  name: string;
  kind: StepRecord['kind'];
  outcome: 'success' | 'failure' | 'skipped';
  startedAt?: string;
  durationMs?: number;
  attempts: AttemptView[];
  /** Skipped because an earlier attempt of the run completed it (resume). */
  resumed?: boolean;
  /** How long the stage took when it last ran (for resumed stages: the time resume saved). */
  previousDurationMs?: number;
  checkpointId?: string;
  /** What that checkpoint cost the step (ms it waited on it) and the bytes it stored. */
  checkpointMs?: number;
  checkpointBytes?: number;
  /** Its failure was let pass by a policy rule (`strategy: skip`): the job went on. */
  policySkipped?: true;
  /** Tests the step retried alone and that then passed (flaky): the step passed without a re-run of itself. */
  flakyTests?: number;
}

/** A failed step with what was concluded about it. */
export interface FailureView {
  /** Step name as the jobs API or the record names it. */
  step: string;
  stage?: string;
  source: 'record' | 'jobs-api';
  conclusion?: StepOutcome['conclusion'];
  exitCode?: number;
  signal?: string;
  attempts?: number;
  classification?: Classification;
  decision?: DecisionView;
  /** Every failed test of the step is known flaky from the test history: their keys. */
  flakyTests?: string[];
  /** Job logs link, or a link to the step. */
  url?: string;
}

export interface TimeSaved {
  /** What saved it, in words: "resume skipped stage build", "in-step retry of test". */
  what: string;
  ms: number;
  how: 'resume' | 'retry-in-step' | 'retry-tests';
}

export interface JobReport {
  /** Display name of the job (e.g. `build (ubuntu, 20)`). */
  job: string;
  /** Key of the job's section in the sticky comment (stable across attempts). */
  jobKey?: string;
  repo?: string;
  runId?: number;
  attempt: number;
  runUrl?: string;
  jobUrl?: string;
  sha?: string;
  branch?: string;
  prNumber?: number;
  lane?: { lane: Lane; reason: string };
  /** ISO time the job started (the jobs API's) and the time the report was made (post). */
  startedAt?: string;
  /**
   * 'step': the job's start was unknown (the jobs API not read), so `startedAt` is when ci-recovery's step
   * began, and every time counted from it says so.
   */
  startedFrom?: 'step';
  finishedAt?: string;
  /** success when nothing failed, or when every failure was recovered in the job. */
  conclusion: 'success' | 'failure' | 'cancelled';
  stages: StageView[];
  failures: FailureView[];
  /** The failed and flaky tests the `run/` steps named, with what the test history knew of each. */
  tests?: { tests: TestView[]; more: number };
  /** Failures a policy rule let pass (`strategy: skip`): the job went on; not counted in `failures`. */
  skipped?: FailureView[];
  /** Decision for the job as a whole (the strongest of the failures'), shown at the top. */
  decision?: DecisionView;
  /** Problems that limit what the report knows, e.g. "jobs API not readable: grant `actions: read`". */
  warnings: string[];
  /** Marked flaky by the ledger (the same commit passed after this failure signature). */
  flaky?: boolean;
  /** Last commit of the branch known to have passed (from the ledger). */
  lastGoodSha?: string;
  /** Extra links for the post-mortem: name -> URL. */
  links?: Record<string, string>;
  /** The checkpoint this attempt resumed from and what it cost to save (its manifest's figures). */
  resumedCheckpoint?: { id: string; ms: number; bytes: number };
}

const ms = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
};

/**
 * Stage views from the action's own records, in start order. Stages completed by an earlier attempt are
 * `resumed` (their record says skipped and the stage is in `completedStages`); `previousDurations` gives
 * how long they took then (stage -> ms; from the checkpoint manifests or the previous plan).
 */
export function stagesFromRecords(
  records: readonly StepRecord[],
  completedStages: readonly string[] = [],
  previousDurations: Readonly<Record<string, number>> = {},
): StageView[] {
  const done = new Set(completedStages);
  return [...records]
    .sort((a, b) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0))
    .map((r): StageView => {
      const start = ms(r.startedAt);
      const end = ms(r.completedAt);
      const resumed = r.outcome === 'skipped' && r.stage !== undefined && done.has(r.stage);
      const previous = r.stage !== undefined ? previousDurations[r.stage] : undefined;
      return {
        name: r.stage || r.step,
        kind: r.kind,
        outcome: r.outcome,
        ...(r.startedAt ? { startedAt: r.startedAt } : {}),
        ...(start !== undefined && end !== undefined && end >= start ? { durationMs: end - start } : {}),
        attempts: r.attempts.map((a) => ({
          attempt: a.attempt,
          startedAt: a.startedAt,
          durationMs: a.durationMs,
          ...(a.exitCode !== undefined ? { exitCode: a.exitCode } : {}),
          ...(a.signal ? { signal: a.signal } : {}),
          ...(a.timedOut ? { timedOut: true } : {}),
          ...(a.classification ? { failureType: a.classification.type } : {}),
        })),
        ...(resumed ? { resumed: true } : {}),
        ...(resumed && previous !== undefined ? { previousDurationMs: previous } : {}),
        ...(r.checkpointId ? { checkpointId: r.checkpointId } : {}),
        ...checkpointCost(r),
        ...flakyCount(r),
        ...(isSkippedFailure(r) ? { policySkipped: true as const } : {}),
      };
    });
}

/** A record's checkpoint cost, when it is a number a step could have written. */
function checkpointCost(r: StepRecord): Pick<StageView, 'checkpointMs' | 'checkpointBytes'> {
  const count = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!r.checkpointId || !count(r.checkpointMs)) return {};
  return {
    checkpointMs: r.checkpointMs,
    ...(count(r.checkpointBytes) ? { checkpointBytes: r.checkpointBytes } : {}),
  };
}

function flakyCount(r: StepRecord): Pick<StageView, 'flakyTests'> {
  const n = testOutcomesOf(r.tests).filter((o) => o.outcome === 'flaky' && !o.quarantined).length;
  return n > 0 ? { flakyTests: n } : {};
}

/**
 * Time the job did not spend thanks to recovery:
 * - a stage skipped by resume saves what it took when it last ran;
 * - a stage that passed after in-step retries saves the job re-run it would otherwise have needed: every
 *   stage before it would run again (estimated as the time from job start to the stage's start);
 * - so does a stage that passed because its flaky tests passed on a re-run of themselves alone.
 */
export function timeSaved(report: Pick<JobReport, 'stages' | 'startedAt'>): TimeSaved[] {
  const saved: TimeSaved[] = [];
  const jobStart = ms(report.startedAt) ?? Math.min(...report.stages.map((s) => ms(s.startedAt) ?? Infinity));
  for (const stage of report.stages) {
    if (stage.resumed && stage.previousDurationMs !== undefined && stage.previousDurationMs > 0) {
      saved.push({ what: `resume skipped stage ${stage.name}`, ms: stage.previousDurationMs, how: 'resume' });
    }
    const testsRetried = stage.attempts.length === 1 && (stage.flakyTests ?? 0) > 0;
    if (stage.outcome === 'success' && testsRetried && Number.isFinite(jobStart)) {
      const start = ms(stage.startedAt);
      if (start !== undefined && start >= jobStart)
        saved.push({
          // The step's own re-run it also spared is not counted: the records carry no per-test durations.
          what: `test-level retry of ${stage.flakyTests} flaky test(s) in ${stage.name} (no job re-run)`,
          ms: start - jobStart,
          how: 'retry-tests',
        });
    }
    if (stage.outcome === 'success' && stage.attempts.length > 1 && Number.isFinite(jobStart)) {
      const start = ms(stage.startedAt);
      if (start !== undefined && start >= jobStart) {
        saved.push({
          what: `in-step retry of ${stage.name} (no job re-run)`,
          ms: start - jobStart,
          how: 'retry-in-step',
        });
      }
    }
  }
  return saved;
}

/** Wall time of the job so far, and the part of it spent in failed attempts (lost to failures). */
export function timeSpent(report: Pick<JobReport, 'stages' | 'startedAt' | 'finishedAt'>): {
  totalMs?: number;
  failedAttemptsMs: number;
} {
  const start = ms(report.startedAt);
  const end = ms(report.finishedAt);
  let failedAttemptsMs = 0;
  for (const stage of report.stages) {
    stage.attempts.forEach((a, i) => {
      const isLastOfSuccess = stage.outcome === 'success' && i === stage.attempts.length - 1;
      if (!isLastOfSuccess) failedAttemptsMs += Math.max(0, a.durationMs);
    });
  }
  return {
    ...(start !== undefined && end !== undefined && end >= start ? { totalMs: end - start } : {}),
    failedAttemptsMs,
  };
}

const STRATEGY_WEIGHT: Record<Strategy, number> = { skip: 0, retry: 1, resume: 2, rollback: 3, manual: 4 };

/** The decision that speaks for the whole job: the one that needs the most from people. */
export function strongestDecision(failures: readonly FailureView[]): DecisionView | undefined {
  let best: DecisionView | undefined;
  for (const f of failures) {
    if (f.decision && (!best || STRATEGY_WEIGHT[f.decision.strategy] > STRATEGY_WEIGHT[best.strategy]))
      best = f.decision;
  }
  return best;
}
