import type { classify as classifyStep } from './classify/index.js';
import type { Config } from './config.js';
import { branchKind, type RunContext } from './event.js';
import { failedSteps, type FailedStep } from './failed-steps.js';
import { reportStart, type JobStart, type ReportStart } from './job-start.js';
import { failureSignature, isFlaky, lastGoodSha, type Ledger, type LedgerEntry } from './ledger.js';
import type { PlanInput } from './plan-artifact.js';
import { decide } from './policy.js';
import type { StepRecord } from './records.js';
import { isSkippedFailure } from './skip.js';
import { onlyFlakyThisRun, onlyKnownFlaky, testHistoryView, type TestHistory } from './test-history.js';
import { testOutcomesOf } from './test-history-read.js';
// The report's model alone: its renderers (summary, comment section) load where a report is rendered.
import {
  stagesFromRecords,
  strongestDecision,
  testViews,
  type FailureView,
  type JobReport,
} from './report/index.js';
import type { Lane, StepOutcome } from './types.js';

/** Everything post knows when it assesses the job. */
export interface JobFacts {
  start: JobStart;
  repo: string;
  context: RunContext;
  lane: { lane: Lane; reason: string };
  config: Config;
  records: readonly StepRecord[];
  /** The jobs API's view of the steps; undefined when it could not be read. */
  apiSteps?: readonly StepOutcome[];
  jobName?: string;
  jobUrl?: string;
  /** The job's start as the jobs API gives it (`started_at`); without it, times count from main's. */
  jobStartedAt?: string;
  runUrl?: string;
  completedStages: readonly string[];
  /**
   * How long each completed stage took when it ran (stage -> ms): for a stage resumed from an earlier
   * attempt, its duration there, carried by the checkpoint's manifest; what resuming it saved.
   */
  stageDurations?: Readonly<Record<string, number>>;
  /** The checkpoint main resumed from and what it cost to save (its manifest's figures). */
  resumedCheckpoint?: { id: string; ms: number; bytes: number };
  ledger?: Ledger;
  /** The flaky-test history of the branch (and on a PR, of the default branch). */
  testHistory?: TestHistory;
  warnings: readonly string[];
  now: Date;
  /**
   * The classifier, which the caller loads only when `needsClassifier` says a failed step needs it: a
   * green job never pays for its rules and parsers.
   */
  classify?: typeof classifyStep;
}

/** Whether some failed step has no classification of its own (a `run/` step brings one). */
export function needsClassifier(
  records: readonly StepRecord[],
  apiSteps: readonly StepOutcome[] | undefined,
): boolean {
  return failedSteps(records, apiSteps).some((f) => !f.record?.classification);
}

function classifierOf(facts: JobFacts): typeof classifyStep {
  if (!facts.classify)
    throw new Error('assessJob: a failed step needs facts.classify (see needsClassifier).');
  return facts.classify;
}

export interface JobAssessment {
  report: JobReport;
  plan: PlanInput;
  ledgerEntry: LedgerEntry;
}

/**
 * Pure: classifies and decides every failed step (a `run/` step already did both; a step only the API
 * knows is classified from its conclusion alone, since job logs are unreadable while the job runs), then
 * builds the report, the recovery plan for the supervisor, and the ledger entry.
 */
export function assessJob(facts: JobFacts): JobAssessment {
  const failures = failureViews(facts);
  const cancelled = (facts.apiSteps ?? []).some((s) => s.conclusion === 'cancelled');
  const conclusion: JobReport['conclusion'] =
    failures.length > 0 ? 'failure' : cancelled ? 'cancelled' : 'success';
  const decisive = failures[0];
  const signature = decisive?.classification
    ? failureSignature(decisive.classification.type, decisive.classification.evidence?.text)
    : undefined;
  const report = jobReport(facts, failures, conclusion, signature);
  return {
    report,
    plan: planInput(facts, report),
    ledgerEntry: {
      runId: report.runId ?? 0,
      attempt: facts.start.attempt,
      sha: facts.context.sha,
      job: facts.start.job,
      outcome: conclusion,
      at: facts.now.toISOString(),
      ...(decisive?.classification ? { failureType: decisive.classification.type } : {}),
      ...(signature ? { signature } : {}),
    },
  };
}

/** Every failed step, classified and decided (a `run/` step's own classification and decision are kept). */
function failureViews(facts: JobFacts): FailureView[] {
  return failedSteps(facts.records, facts.apiSteps).map((f) => failureView(facts, f));
}

/** The failures the policy let pass (`strategy: skip`): the job went on, and the report shows them. */
function skippedViews(facts: JobFacts): FailureView[] {
  return facts.records.filter(isSkippedFailure).map((record) =>
    failureView(facts, {
      name: record.step,
      ...(record.stage ? { stage: record.stage } : {}),
      source: 'record',
      record,
    }),
  );
}

function failureView(facts: JobFacts, f: FailedStep): FailureView {
  const { start, lane, config } = facts;
  const kind = branchKind(facts.context);
  const last = f.record?.attempts.at(-1);
  const conclusion = f.outcome?.conclusion ?? 'failure';
  const exit = {
    ...(last?.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
    ...(last?.signal ? { signal: last.signal } : {}),
  };
  const classification =
    f.record?.classification ??
    classifierOf(facts)({
      step: f.name,
      ...(f.stage ? { stage: f.stage } : {}),
      conclusion,
      ...exit,
      // No log here (a job's log is unreadable while it runs), so they match only once one is given.
      teamRules: config.classify.rules,
    });
  // Every failed test known flaky: the job-level decision is the history's, not the step's own.
  const flakyTests = knownFlakyTests(facts, f.record);
  const decision =
    (flakyTests ? undefined : f.record?.decision) ??
    decide(
      {
        type: classification.type,
        confidence: classification.confidence,
        retryable: classification.retryable,
        lane: lane.lane,
        branchKind: kind,
        attempt: start.attempt,
        ...(flakyTests ? { flaky: true, flakyTests } : {}),
      },
      config,
    );
  return {
    // A record's stage says more than the API's "Run owner/repo/run@v1".
    step: f.record ? f.name : (f.outcome?.name ?? f.name),
    ...(f.stage ? { stage: f.stage } : {}),
    source: f.source,
    conclusion,
    ...exit,
    ...(f.record ? { attempts: f.record.attempts.length } : {}),
    classification,
    decision,
    ...(flakyTests ? { flakyTests } : {}),
    ...(facts.jobUrl ? { url: facts.jobUrl } : {}),
  };
}

/**
 * The keys of a failed step's tests when it failed on flaky tests only: each passed on a re-run in this run
 * (tests.fail-on-passed-after-retry kept the step red), or the history knows every failed one flaky; else
 * undefined. Such a failure is never reverted for (supervise/core/supervise.ts).
 */
function knownFlakyTests(facts: JobFacts, record: StepRecord | undefined): string[] | undefined {
  if (!record?.tests) return undefined;
  const outcomes = testOutcomesOf(record.tests);
  return (
    onlyFlakyThisRun(outcomes) ??
    (facts.testHistory ? onlyKnownFlaky(outcomes, testHistoryView(facts.testHistory)) : undefined)
  );
}

function jobReport(
  facts: JobFacts,
  failures: FailureView[],
  conclusion: JobReport['conclusion'],
  signature: string | undefined,
): JobReport {
  const { start, context } = facts;
  const flaky =
    (signature !== undefined &&
      facts.ledger !== undefined &&
      isFlaky(facts.ledger, signature, context.sha, start.job)) ||
    (failures.length > 0 && failures.every((f) => f.flakyTests));
  const lastGood = facts.ledger ? lastGoodSha(facts.ledger, start.job) : undefined;
  const skipped = skippedViews(facts);
  const tests = testViews(facts.records, facts.testHistory);
  const runId = Number(start.runId) || undefined;
  // Matrix legs share GITHUB_JOB; the jobs API's name ("test (ubuntu, 20)") tells them apart.
  const jobKey = facts.jobName ?? start.legName ?? start.job;
  return {
    job: jobKey,
    jobKey,
    repo: facts.repo,
    ...(runId ? { runId } : {}),
    attempt: start.attempt,
    ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
    ...(facts.jobUrl ? { jobUrl: facts.jobUrl } : {}),
    ...(context.sha ? { sha: context.sha } : {}),
    ...(context.branch ? { branch: context.branch } : {}),
    ...(context.pr ? { prNumber: context.pr.number } : {}),
    lane: facts.lane,
    ...startOf(reportStart(start.startedAt, facts.jobStartedAt)),
    finishedAt: facts.now.toISOString(),
    conclusion,
    stages: stagesFromRecords(facts.records, facts.completedStages, facts.stageDurations),
    failures,
    ...(skipped.length > 0 ? { skipped } : {}),
    ...(tests.tests.length > 0 ? { tests } : {}),
    ...(failures.length > 0 ? { decision: strongestDecision(failures) } : {}),
    warnings: [...facts.warnings, ...softFailures(facts.records)],
    ...(flaky ? { flaky } : {}),
    ...(lastGood ? { lastGoodSha: lastGood } : {}),
    ...(facts.resumedCheckpoint ? { resumedCheckpoint: facts.resumedCheckpoint } : {}),
  };
}

/** Our own steps that did not do their work but let the job go on: said, never counted as its failure. */
function softFailures(records: JobFacts['records']): string[] {
  return records
    .filter((r) => r.outcome === 'failure' && r.stepFailed === false)
    .map((r) => `${r.step} did not complete (a warning of ci-recovery's own step, not a failure of the job)`);
}

/** The recovery plan the supervisor reads, from the report. */
function planInput(facts: JobFacts, report: JobReport): PlanInput {
  const { start, context, lane } = facts;
  return {
    repo: facts.repo,
    runId: report.runId ?? 0,
    attempt: start.attempt,
    job: start.job,
    jobKey: report.jobKey ?? start.job,
    ...(start.jobId && Number(start.jobId) ? { jobId: Number(start.jobId) } : {}),
    lane: lane.lane,
    laneReason: lane.reason,
    conclusion: report.conclusion,
    failedSteps: report.failures.map((f) => ({
      name: f.step,
      ...(f.stage ? { stage: f.stage } : {}),
      source: f.source,
      ...(f.conclusion ? { conclusion: f.conclusion } : {}),
      ...(f.exitCode !== undefined ? { exitCode: f.exitCode } : {}),
      ...(f.signal ? { signal: f.signal } : {}),
      ...(f.attempts !== undefined ? { attempts: f.attempts } : {}),
      ...(f.classification ? { classification: f.classification } : {}),
      ...(f.decision ? { decision: f.decision } : {}),
    })),
    completedStages: completedStagesOf(facts.records, facts.completedStages),
    ...(report.flaky ? { flaky: true } : {}),
    ...flakyTestsOf(report),
    checkpoints: facts.records
      .filter((r) => r.checkpointId)
      .map((r) => ({ id: r.checkpointId!, stage: r.stage ?? r.step, attempt: start.attempt })),
    ...resumeFacts(report),
    ...(context.pr ? { prNumber: context.pr.number } : {}),
    ...(context.pr?.headSha || context.sha ? { headSha: context.pr?.headSha ?? context.sha } : {}),
    ...(context.branch ? { branch: context.branch } : {}),
  };
}

/**
 * What a re-run could skip, for the supervisor: each done stage's duration (this attempt's, or the earlier
 * one's for a stage it resumed), the stages a checkpoint covers (those resumed, and those that passed before
 * this attempt's newest checkpoint was taken), and the job's whole work (wall time plus resumed stages).
 */
function resumeFacts(report: JobReport): Pick<PlanInput, 'stageDurations' | 'resumableStages' | 'jobMs'> {
  const at = (iso: string | undefined): number => Date.parse(iso ?? '');
  const done = report.stages.filter((s) => s.kind === 'run' && (s.resumed || s.outcome === 'success'));
  const durations: Record<string, number> = {};
  for (const s of done) {
    // The passing attempt is the work a re-run would do again.
    const ms = s.resumed ? s.previousDurationMs : (s.attempts.at(-1)?.durationMs ?? s.durationMs);
    if (ms !== undefined) durations[s.name] = ms;
  }
  const newest = report.stages.filter((s) => s.checkpointId).at(-1);
  const cutoff = newest ? at(newest.startedAt) : NaN;
  const resumable = done
    .filter((s) => s.resumed || at(s.startedAt) + (s.durationMs ?? Infinity) <= cutoff)
    .map((s) => s.name);
  // Counted from ci-recovery's step, the wall time is not the job's: the plan says nothing rather than less.
  const wall = report.startedFrom === 'step' ? NaN : at(report.finishedAt) - at(report.startedAt);
  const resumedMs = done.reduce((sum, s) => sum + (s.resumed ? (s.previousDurationMs ?? 0) : 0), 0);
  return {
    stageDurations: durations,
    ...(resumable.length > 0 ? { resumableStages: [...new Set(resumable)] } : {}),
    ...(Number.isFinite(wall) && wall >= 0 ? { jobMs: wall + resumedMs } : {}),
  };
}

/** The report's start, and that it is ci-recovery's step's when the job's own is unknown. */
function startOf(start: ReportStart): Pick<JobReport, 'startedAt' | 'startedFrom'> {
  return { startedAt: start.startedAt, ...(start.fromStep ? { startedFrom: 'step' as const } : {}) };
}

/** Stages done by the end of this attempt: those resumed from earlier attempts plus those that passed now. */
function completedStagesOf(records: readonly StepRecord[], resumed: readonly string[]): string[] {
  const done = new Set(resumed);
  for (const r of records) if (r.kind === 'run' && r.outcome === 'success' && r.stage) done.add(r.stage);
  return [...done];
}

/** The failed tests of a job whose only failures are known-flaky tests; nothing otherwise. */
function flakyTestsOf(report: JobReport): Pick<PlanInput, 'flakyTests'> {
  const { failures } = report;
  if (failures.length === 0 || !failures.every((f) => f.flakyTests)) return {};
  return { flakyTests: [...new Set(failures.flatMap((f) => f.flakyTests ?? []))] };
}
