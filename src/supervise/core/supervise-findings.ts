/**
 * What the supervisor learns about a failed job, from the job's own plan, its log's job-timeout line, its
 * annotations or its steps, pure: the phase reads them, these say what they mean.
 */
import type { classify as Classify, FailureSignals } from '../../core/classify/index.js';
import type { RecoveryPlan } from '../../core/plan-artifact.js';
import type { Annotation, JobFindings, JobView } from './supervise-model.js';
import type { Classification, Evidence, Lane } from '../../core/types.js';

/**
 * The line GitHub writes to a job's annotations and log when the job runs past its `timeout-minutes`; the
 * job then ends `cancelled`, like a person's cancel (docs/runner-model.md, "Job timeouts"). Two wordings:
 * today's "The job has exceeded the maximum execution time of 30m0s" (a Go duration: 1m0s, 45m0s, 6h0m0s,
 * no final period) and the older "The job running on runner X has exceeded the maximum execution time of
 * N minutes." Both are accepted: the service's wording changed once without notice.
 */
const JOB_TIMEOUT = new RegExp(
  [
    String.raw`The job has exceeded the maximum execution time of (?:\d+h)?(?:\d+m)?[\d.]+(?:s|ms|µs|us|ns)\b`,
    String.raw`The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\.`,
  ].join('|'),
);

/** The job-timeout line among `lines` (1-based line number), if any. */
export function jobTimeoutLine(lines: readonly string[]): Evidence | undefined {
  for (const [i, line] of lines.entries()) {
    const m = JOB_TIMEOUT.exec(line);
    if (m) return { line: i + 1, text: m[0] };
  }
  return undefined;
}

/** The classification of a job the runner cancelled at its timeout-minutes. */
export function jobTimeoutClassification(evidence: Evidence): Classification {
  return { type: 'timeout', confidence: 'high', retryable: true, rule: 'job-timeout-minutes', evidence };
}

/** The plan a job uploaded for this attempt: matched by check-run id, else by job key or name. */
export function planForJob(plans: readonly RecoveryPlan[], job: JobView): RecoveryPlan | undefined {
  const same = plans.filter((p) => p.attempt === job.runAttempt);
  return (
    same.find((p) => p.jobId === job.id) ??
    same.find((p) => p.jobId === undefined && (p.jobKey === job.name || p.job === job.name))
  );
}

/** What a job's own plan says: the first classified failed step (the in-job classifier saw exit codes and output). */
export function findingsFromPlan(plan: RecoveryPlan): JobFindings | undefined {
  const step =
    plan.failedSteps.find((s) => s.classification && s.classification.type !== 'unknown') ??
    plan.failedSteps.find((s) => s.classification);
  if (!step?.classification) return undefined;
  return {
    classification: step.classification,
    source: 'plan',
    ...(plan.lane ? { lane: plan.lane } : {}),
    // The job's own ledger (its branch, its OS): the supervisor's cache cannot see it.
    ...(plan.flaky ? { flaky: true } : {}),
    ...(plan.flakyTests?.length ? { flakyTests: plan.flakyTests } : {}),
  };
}

/** What the job's steps say when nothing else does: the failed step's name, the job's conclusion. */
export function jobSignals(job: JobView): Omit<FailureSignals, 'log'> {
  const step = job.steps.find((s) => s.conclusion === 'failure');
  return { ...(step ? { step: step.name } : {}), conclusion: 'failure' };
}

/** Is the best finding so far good enough to stop reading (a classified failure)? */
export function findingsKnown(found: JobFindings | undefined): found is JobFindings {
  return found !== undefined && found.classification.type !== 'unknown';
}

const ERROR_LEVELS = new Set(['failure', 'error']);

/**
 * A runner that died leaves no log and no plan: its error annotations are the only trace. Undefined when
 * they say nothing, or nothing better than `best`.
 */
export function annotationFindings(
  notes: readonly Annotation[],
  job: JobView,
  lane: Lane | undefined,
  best: JobFindings | undefined,
  classify: typeof Classify,
): JobFindings | undefined {
  const errors = notes.filter((a) => ERROR_LEVELS.has(a.level));
  if (errors.length === 0) return undefined;
  const c = classify({
    ...jobSignals(job),
    log: errors.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
  });
  if (best && c.type === 'unknown') return undefined;
  return { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
}

/** The last resort: the job's steps alone, then its name (`lint`). */
export function stepsFindings(job: JobView, lane: Lane | undefined, classify: typeof Classify): JobFindings {
  const classification = classify({ ...jobSignals(job), job: job.name });
  return { classification, source: 'steps', ...(lane ? { lane } : {}) };
}
