/**
 * Post, last and always: gathers the job's facts through ports, classifies and decides every failure with
 * the pure `assessJob`, then writes the results: annotations, the sticky comment, the summary, the plan
 * artifact (failed jobs only) and the ledger. Every part is best-effort: a failing API, artifact or cache
 * call becomes a warning, never a failed job. No outputs: the runner drops outputs set in post
 * (PLATFORM.md, section 6).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { assessJob, needsClassifier, type JobAssessment, type JobFacts } from '../core/assess.js';
import type { RunContext } from '../core/event.js';
import {
  commentAction,
  jobsApiAccess,
  laneFromState,
  needsPlan,
  noteComment,
  reportSettings,
  runUrl,
  updatedTestHistory,
  summaryMode,
  worthReporting,
  type ReportWhen,
} from '../core/finish.js';
import { definedOnly as optional, type JobEnv } from '../core/job-env.js';
import { jobStartOf, type JobStart } from '../core/job-start.js';
import { jobOfRunner } from '../core/job-of-runner.js';
import { outcomeTeaches, recordOutcome, type Ledger } from '../core/ledger.js';
import type { dropsCheckpoints } from '../checkpoint/index.js';
import type { StepRecord } from '../core/records.js';
import { buildPlan } from '../core/plan-artifact.js';
import {
  annotationsFor,
  load as reportWing,
  renderFixedSection,
  renderSummaryLine,
  type JobReport,
} from '../core/report/index.js';
import { STATE_JOB_START, STATE_LANE, STATE_SETTINGS } from '../core/state-keys.js';
import type { StepOutcome } from '../core/types.js';
import { SETTLE_READS, isLagging, lagWarning, settlePause, stepLag } from '../core/step-lag.js';
import type { JobGitHub, JobStepsResult, Writer } from '../ports/job-github.js';
import type { JobFilesPort } from '../ports/job-files.js';
import type { JobStorePort, LedgerPlace } from '../ports/job-store.js';
import { testHistoryPlace, type TestHistory } from '../core/test-history.js';
import { testOutcomesOf } from '../core/test-history-read.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface PostPorts {
  runner: RunnerPort;
  files: JobFilesPort;
  /** Absent without a token. */
  github?: JobGitHub;
  store: JobStorePort;
  /** Pauses between reads of a lagging jobs API; tests pass one that does not wait. */
  sleep?: Sleep;
  /** Milliseconds since post's process started (the re-reads are timed from it); default: since this call. */
  sinceStart?: () => number;
  /** Loads the classifier, its rules compiled; default: the real one (tests watch when it is asked). */
  loadClassifier?: () => Promise<Classify>;
}

type Classify = NonNullable<JobFacts['classify']>;

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => sleep(ms);

interface ApiView {
  apiSteps?: StepOutcome[];
  jobName?: string;
  jobUrl?: string;
  /** The job's own start, from the same read: the report's times count from it. */
  jobStartedAt?: string;
}

/**
 * What post is told by the action's inputs: the job's check run id, and `job.status` as the runner had it
 * when post started (the runner evaluates an action's inputs at each of its stages, ActionRunner.cs).
 */
export interface PostSettings {
  jobId: string;
  jobStatus?: string;
  /** `keep-checkpoints`: a green job keeps this attempt's checkpoints (default: they are deleted). */
  keepCheckpoints?: boolean;
}

export async function post(
  settings: PostSettings,
  env: JobEnv,
  ports: PostPorts,
  now: Date,
): Promise<JobAssessment> {
  const { runner, files } = ports;
  const start = jobStartOf(runner.getState(STATE_JOB_START), env, settings.jobId, now);
  const [config, context, records] = await Promise.all([
    files.effectiveConfig(),
    files.runContext(),
    files.records(),
  ]);
  const warnings: string[] = [];
  const place: LedgerPlace = {
    branch: context.branch ?? context.ref,
    runId: start.runId,
    attempt: start.attempt,
    job: start.job,
  };
  // The ledger's restore (the cache client's load, its round trips) and the jobs API's read (with its
  // pauses while a step lags) wait on different services: neither needs the other, so they overlap.
  // A job the runner calls green asks first whether the ledger's key rules out its pass (core/ledger.ts
  // outcomeTeaches): then it is not downloaded. The job and commit are the ones its entry carries (assessJob).
  const greenPass = settings.jobStatus === 'success' ? { job: start.job, sha: context.sha } : undefined;
  const restoring = awaitedLater(
    config.ledger.enabled ? ports.store.restoreLedger(place, optional({ greenPass })) : undefined,
  );
  // Only for a job whose `run/` steps recorded tests (what the history is for, and what updates it): read
  // again without a round trip where a failed test's step left it in RUNNER_TEMP, else restored.
  const loadingTests = awaitedLater(
    config.ledger.enabled && recordsTests(records)
      ? ports.store.loadTestHistory(testHistoryPlace(context, start))
      : undefined,
  );
  const when = reportSettings(runner.getState(STATE_SETTINGS));
  const loadClassify = ports.loadClassifier ?? loadClassifier;
  const classifierAhead = startAhead({ context, records, when, jobStatus: settings.jobStatus }, ports);
  const api = await readApi(start, { runnerName: env.runnerName, jobKey: env.job }, ports.github, warnings, {
    sleep: ports.sleep ?? realSleep,
    sinceStart: ports.sinceStart ?? sinceThisCall(),
    // The runner's own word that no step failed: what the jobs API's lag could hide cannot be a failure.
    green: settings.jobStatus === 'success',
  });
  const found = await restoring;
  const testHistory = await loadingTests;
  // The classifier loads only for a failure to classify: a green job's post starts without it.
  const classify = needsClassifier(records, api.apiSteps)
    ? await (classifierAhead ?? loadClassify())
    : undefined;

  const assess = (ledger: Ledger | undefined): JobAssessment =>
    assessJob({
      start,
      repo: env.repository,
      context,
      lane: laneFromState(runner.getState(STATE_LANE), env.recovery.lane),
      config,
      records,
      ...api,
      ...optional({ runUrl: runUrl(env.serverUrl, env.repository, start), ledger, testHistory }),
      completedStages: env.recovery.completedStages,
      stageDurations: env.recovery.stageDurations,
      ...(env.recovery.resumedFrom && env.recovery.resumedCost
        ? { resumedCheckpoint: { id: env.recovery.resumedFrom, ...env.recovery.resumedCost } }
        : {}),
      warnings,
      now,
      ...optional({ classify }),
    });
  const leftUnread = found && 'leftUnread' in found ? found : undefined;
  let ledger = found && !('leftUnread' in found) ? found : undefined;
  let assessment = assess(ledger);
  // Green by the runner's word, yet a failure to record (a continue-on-error step's), or an entry other than
  // the pass the key was asked about: the ledger after all.
  const { outcome, job, sha } = assessment.ledgerEntry;
  if (leftUnread && (outcome !== 'success' || job !== greenPass?.job || sha !== greenPass.sha)) {
    ledger = await leftUnread.read();
    assessment = assess(ledger);
  }

  for (const warning of warnings) runner.log.warning(`ci-recovery: ${warning}`);
  for (const a of annotationsFor(assessment.report)) runner.log[a.level](a.message, { title: a.title });
  // Quiet on green by default: a comment and a full summary only when something failed or was recovered.
  const eventful = worthReporting(assessment.report);
  const stores = keepRecords(
    assessment,
    { ledger, testHistory, place, records, context, start, now },
    settings,
    ports,
  );
  const report = await writeReports(assessment.report, { context, start, when, eventful }, stores, ports);
  return { ...assessment, report };
}

/**
 * What post starts before the jobs API's read, to overlap it (the read may pause while a step lags): the
 * comment's read, the plan's client, and the classifier when a failure may need it (returned, awaited later).
 */
function startAhead(
  job: {
    context: RunContext;
    records: StepRecord[];
    when: ReturnType<typeof reportSettings>;
    jobStatus: string | undefined;
  },
  ports: PostPorts,
): Promise<Classify> | undefined {
  const { context, records, when, jobStatus } = job;
  // Every PR job with a token reads the comment (a green one to mark its section fixed): that read goes
  // out now, beside the jobs API's, rather than after the assessment. Who the token is matters only when a
  // sticky comment is there, which a green job's PR mostly lacks: it asks only then.
  const commenting = commentAction(context, when.comment, ports.github !== undefined, false);
  if (commenting.action === 'write')
    ports.github?.prefetchComment(commenting.pr, { identityAhead: jobStatus !== 'success' });
  // A job that failed uploads its plan, and renders its full summary and comment section: the plan's client
  // and the renderers load while the reads are under way (a green job's post loads neither).
  if (jobStatus === 'failure' || records.some((r) => r.outcome === 'failure')) {
    ports.store.preparePlan?.();
    loadRenderersAhead();
  }
  if (!mayNeedClassifier(records, jobStatus)) return undefined;
  return awaitedLater((ports.loadClassifier ?? loadClassifier)());
}

/** The full report's renderers, imported ahead (the later imports take the same modules, loaded or loading). */
function loadRenderersAhead(): void {
  const loading = Promise.all([reportWing.summary(), reportWing.commentSection()]);
  loading.catch(() => undefined); // where a renderer is used, its import fails again and is reported
}

/** Whether a step recorded a test's outcome: the report, the flaky verdicts and the history's update read only those. */
function recordsTests(records: readonly StepRecord[]): boolean {
  return records.some((r) => testOutcomesOf(r.tests).length > 0);
}

/** A call started ahead and awaited below: a rejection before then is not unhandled (the await reports it). */
function awaitedLater<T>(started: Promise<T> | undefined): Promise<T> | undefined {
  started?.catch(() => undefined); // the await below reports the failure
  return started;
}

/**
 * Whether a failure may need the classifier before the jobs API says which steps failed: one a `run/` step
 * recorded without its verdict, or a job the runner calls failed or cancelled with no failure a `run/` step
 * classified (a plain step failed, which only the API reports, classified here from its name and conclusion).
 */
function mayNeedClassifier(records: readonly StepRecord[], jobStatus: string | undefined): boolean {
  if (needsClassifier(records, undefined)) return true;
  const failed = jobStatus === 'failure' || jobStatus === 'cancelled';
  return failed && !records.some((r) => r.outcome === 'failure' && r.classification);
}

/**
 * The classifier with its default rules compiled (their keyword automaton: 40-100 ms of CPU). Started ahead,
 * that work fills post's wait for the jobs API (core/step-lag.ts) instead of following it.
 */
async function loadClassifier(): Promise<Classify> {
  const classifier = await import('../core/classify/index.js');
  classifier.defaultRuleSet();
  return classifier.classify;
}

/**
 * The plan, the ledger, the test history and the deletions: they wait on other services than the comment and
 * need nothing of it (the report's key and conclusion are the assessment's), so they run while it is written.
 */
function keepRecords(
  assessment: JobAssessment,
  job: {
    ledger: Ledger | undefined;
    testHistory: TestHistory | undefined;
    place: LedgerPlace;
    records: StepRecord[];
    context: RunContext;
    start: JobStart;
    now: Date;
  },
  settings: PostSettings,
  ports: PostPorts,
): Promise<PromiseSettledResult<void>[]> {
  const { ledger, testHistory, place, records, context, start, now } = job;
  const assessed = assessment.report;
  return Promise.allSettled([
    needsPlan(assessed) ? ports.store.uploadPlan(buildPlan(assessment.plan, now)) : undefined,
    ledger ? keepLedger(ledger, assessment, place, assessed, ports.store) : undefined,
    testHistory
      ? keepTestHistory(testHistory, records, { context, start, now, report: assessed }, ports.store)
      : undefined,
    dropCheckpoints(
      records,
      start,
      {
        conclusion: assessed.conclusion,
        keep: settings.keepCheckpoints === true,
        ...optional({ jobStatus: settings.jobStatus }),
      },
      ports,
    ),
  ]);
}

/**
 * The sticky comment, then the summary (it says where the comment is, or why there is none); then the first
 * store call that failed goes to the entry point's one catch, once every call has ended.
 */
async function writeReports(
  assessed: JobReport,
  job: { context: RunContext; start: JobStart; when: ReturnType<typeof reportSettings>; eventful: boolean },
  stores: Promise<PromiseSettledResult<void>[]>,
  ports: PostPorts,
): Promise<JobReport> {
  const { context, start, when, eventful } = job;
  let report: JobReport;
  try {
    report = await writeComment(assessed, context, start, ports, when.comment, eventful);
    // For a manual decision the summary carries the prefilled post-mortem.
    const mode = summaryMode(when.summary, eventful, report.warnings.length);
    // The full summary's renderer (~40 KB with the comment section's) loads only for a job that shows one.
    if (mode === 'full') ports.runner.appendSummary((await reportWing.summary()).renderSummary(report));
    else if (mode === 'line') ports.runner.appendSummary(renderSummaryLine(report));
  } catch (error) {
    // Nothing left running behind the entry point's one catch (its process ends soon after), be it the
    // comment, a summary the runner refuses (no GITHUB_STEP_SUMMARY) or a renderer that did not load.
    await stores;
    throw error;
  }
  const failed = (await stores).find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return report;
}

/** How post waits between reads: the pause, the time since post began, and whether to wait at all. */
interface Pacing {
  sleep: Sleep;
  sinceStart: () => number;
  /**
   * The runner says the job is green (job.status): one read, no pause. A step the API still shows running,
   * or does not list yet, ended without failing (a continue-on-error step's failure leaves it green, and
   * the API shows it a success too), so the report loses nothing by not waiting for it.
   */
  green: boolean;
}

function sinceThisCall(): () => number {
  const began = Date.now();
  return () => Date.now() - began;
}

async function readApi(
  start: JobStart,
  who: { runnerName?: string | undefined; jobKey: string },
  github: JobGitHub | undefined,
  warnings: string[],
  pacing: Pacing,
): Promise<ApiView> {
  const lookup = start.jobId === undefined ? await jobIdOfRunner(start, who, github) : undefined;
  const access = jobsApiAccess(github !== undefined, start.jobId ?? lookup?.jobId, lookup?.reason);
  if (!access.read || !github) {
    if (!access.read) warnings.push(access.warning);
    return {};
  }
  const steps = await settledJobSteps(github, access.jobId, pacing);
  if (!steps.ok) {
    warnings.push(steps.reason);
    return {};
  }
  const lag = stepLag(steps.steps);
  if (isLagging(lag) && !pacing.green) warnings.push(lagWarning(lag));
  // A step still unsettled reads 'unknown': never a failure, so its own record (if any) decides.
  return {
    apiSteps: steps.steps,
    jobName: steps.jobName,
    ...optional({ jobUrl: steps.htmlUrl, jobStartedAt: steps.startedAt }),
  };
}

/**
 * The job's id where the job context gives none (GHES has no job.check_run_id): the run attempt's job in
 * progress on this runner (core/job-of-runner.ts), else why it was not found.
 */
async function jobIdOfRunner(
  start: JobStart,
  who: { runnerName?: string | undefined; jobKey: string },
  github: JobGitHub | undefined,
): Promise<{ jobId?: string; reason?: string }> {
  const runId = Number(start.runId);
  if (!github || !Number.isInteger(runId) || runId <= 0) return {};
  const listed = await github.attemptJobs(runId, start.attempt);
  const found = listed.ok ? jobOfRunner(listed.jobs, who) : { found: false as const, reason: listed.reason };
  return found.found ? { jobId: String(found.jobId) } : { reason: found.reason };
}

/** The job's steps, re-read while a main step still lags the runner (core/step-lag.ts) on a job not green. */
async function settledJobSteps(github: JobGitHub, jobId: number, pacing: Pacing): Promise<JobStepsResult> {
  let steps = await github.jobSteps(jobId);
  if (pacing.green) return steps;
  for (let read = 1; read < SETTLE_READS && steps.ok && isLagging(stepLag(steps.steps)); read++) {
    const pause = settlePause(read, pacing.sinceStart());
    if (pause > 0) await pacing.sleep(pause);
    steps = await github.jobSteps(jobId);
  }
  return steps;
}

async function writeComment(
  report: JobReport,
  context: RunContext,
  start: JobStart,
  ports: PostPorts,
  when: ReportWhen,
  eventful: boolean,
): Promise<JobReport> {
  const plan = commentAction(context, when, ports.github !== undefined, eventful);
  if (plan.action === 'none') return report;
  if (plan.action === 'supervisor') return { ...report, warnings: [...report.warnings, plan.warning] };
  if (!ports.github) return report; // 'write' is only decided with a client
  const result = await ports.github.upsertComment(
    plan.pr,
    report.jobKey ?? start.job,
    {
      body: plan.fixed
        ? renderFixedSection(report)
        : (await reportWing.commentSection()).renderCommentSection(report),
      ...(report.runId ? { runId: report.runId } : {}),
      attempt: report.attempt,
    },
    { updateOnly: plan.fixed, ...optional({ writer: writerOf(start) }) },
  );
  return noteComment(report, result);
}

/** This job as a writer of the comment, when its run, attempt and id are known. */
function writerOf(start: JobStart): Writer | undefined {
  const runId = Number(start.runId);
  const jobId = Number(start.jobId);
  if (!Number.isInteger(runId) || runId <= 0 || !Number.isInteger(jobId) || jobId <= 0) return undefined;
  return { runId, attempt: start.attempt, jobId };
}

async function keepLedger(
  ledger: Ledger,
  assessment: JobAssessment,
  place: LedgerPlace,
  report: JobReport,
  store: JobStorePort,
): Promise<void> {
  // A green job that answers no failure saves nothing: a cache entry per job and attempt crowded out
  // the repository's own caches (core/ledger.ts outcomeTeaches says what a pass must answer).
  if (!outcomeTeaches(ledger, assessment.ledgerEntry)) return;
  await store.saveLedger(recordOutcome(ledger, assessment.ledgerEntry), {
    ...place,
    job: report.jobKey ?? place.job,
  });
}

/** Saves the history only when this job's tests changed it: a green job that met no known test writes nothing. */
async function keepTestHistory(
  history: TestHistory,
  records: Parameters<typeof updatedTestHistory>[1],
  job: { context: RunContext; start: JobStart; now: Date; report: JobReport },
  store: JobStorePort,
): Promise<void> {
  const { context, start, now, report } = job;
  const updated = updatedTestHistory(history, records, {
    sha: context.sha,
    branch: testHistoryPlace(context, start).branch,
    runId: Number(start.runId) || 0,
    attempt: start.attempt,
    at: now.toISOString(),
  });
  if (!updated.changed) return;
  // Matrix legs share GITHUB_JOB: the report's key keeps their saves apart.
  await store.saveTestHistory(updated.history, {
    ...testHistoryPlace(context, start),
    job: report.jobKey ?? start.job,
  });
}

/** A green job's checkpoints of this attempt: nothing will resume from them. Reported in one line. */
async function dropCheckpoints(
  records: StepRecord[],
  start: JobStart,
  when: Parameters<typeof dropsCheckpoints>[0],
  ports: PostPorts,
): Promise<void> {
  // A job whose steps recorded no checkpoint has none to drop: it does not load the engine's core (~150 KB).
  if (!records.some((r) => r.checkpointId)) return;
  const door = await import('../checkpoint/index.js');
  if (!door.dropsCheckpoints(when)) return;
  const ids = door.ownCheckpointIds(records, { runId: start.runId, job: start.identity }, start.attempt);
  if (ids.length === 0) return;
  const dropped = await ports.store.dropCheckpoints(ids, { job: start.identity, attempt: start.attempt });
  const line = door.droppedLine(dropped);
  if (line) ports.runner.log[line.level](line.message);
}
