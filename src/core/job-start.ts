import type { JobEnv } from './job-env.js';

/** What main records about the job when its step begins, carried to post through state. */
export interface JobStart {
  /**
   * When ci-recovery's step (main) began: the job's own start is the jobs API's (`reportStart` below),
   * since no stage of ours runs at the job's set-up.
   */
  startedAt: string;
  runId: string;
  attempt: number;
  job: string;
  /** The job's own identity for checkpoints and resume: `job`, or `job.leg<index>` in a matrix. */
  identity: string;
  /** A readable name of the matrix leg, e.g. `test (ubuntu-latest, 20)`. */
  legName?: string;
  jobId?: string;
}

/** The hidden inputs that tell matrix legs apart: `${{ strategy.job-index }}` and `${{ toJSON(matrix) }}`. */
export interface LegInputs {
  jobIndex: string;
  matrix: string;
}

export interface JobIdentity {
  identity: string;
  legName?: string;
  /**
   * The leg's matrix values as JSON, keys sorted: a leg index stands for other values when a matrix made
   * by an earlier job (`fromJSON(needs.plan.outputs.legs)`) comes in another order on "Re-run all jobs".
   */
  legValues?: string;
}

/**
 * Every leg of a matrix shares GITHUB_JOB, and `job.check_run_id` changes with each attempt, so neither
 * can find a leg's own checkpoints of an earlier attempt. `strategy.job-index` is stable across attempts
 * and differs per leg. Job keys cannot hold a '.', so `build.leg1` never meets another job's key.
 */
export function jobIdentity(jobKey: string, leg?: Partial<LegInputs>): JobIdentity {
  const matrix = parseMatrix(leg?.matrix);
  const index = leg?.jobIndex?.trim() ?? '';
  if (!matrix || !/^\d+$/.test(index)) return { identity: jobKey };
  const values = Object.values(matrix).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return {
    identity: `${jobKey}.leg${index}`,
    legName: `${jobKey} (${values.join(', ')})`,
    legValues: JSON.stringify(sortedKeys(matrix)),
  };
}

/** `value` with every object's keys in order: the same values make the same JSON, whatever order they came in. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

/** A leg's part of a job identity: `.leg<index>`, before any `.via-<caller>` (a job key holds no '.'). */
const LEG = /\.leg(\d+)(?=\.via-|$)/;

/** Whether identities `a` and `b` are two different legs of one matrix job. */
export function otherLegOfJob(a: string, b: string): boolean {
  const la = LEG.exec(a);
  const lb = LEG.exec(b);
  return la !== null && lb !== null && la[1] !== lb[1] && a.replace(LEG, '') === b.replace(LEG, '');
}

/**
 * Whether the job is defined in a called (reusable) workflow: `job.workflow_repository` and
 * `job.workflow_file_path` (the file that defines the job, the hidden input `job-workflow` joins them as
 * `repo/path`) name another file than the run's own workflow (GITHUB_WORKFLOW_REF,
 * `owner/repo/.github/workflows/ci.yml@ref`). Unknown (an empty input) is false.
 */
export function inCalledWorkflow(workflowRef: string, jobWorkflow: string): boolean {
  const job = jobWorkflow.trim();
  if (!/^[^/]+\/[^/]+\/.+/.test(job)) return false;
  const run = workflowRef.replace(/@.*$/, '');
  return run !== '' && run !== job;
}

/**
 * The identity of a job in a called workflow. GITHUB_JOB there is the called job's key, the same for every
 * caller of the workflow (actions/runner#2577), so two callers would share checkpoints, plan artifact names
 * and resume. The jobs API names such a job `<caller> / <called>` (`<a> / <b> / <called>` when nested), which
 * differs per caller and stays the same across attempts; its caller part is added to the identity.
 */
export function calledJobIdentity(identity: string, apiJobName: string): string {
  const cut = apiJobName.lastIndexOf(' / ');
  if (cut <= 0) return identity;
  const slug = apiJobName
    .slice(0, cut)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `${identity}.via-${slug}` : identity;
}

function parseMatrix(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length > 0
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    // state that is not JSON is no state: the job's start is unknown
    return undefined;
  }
}

/** The job's start as the environment tells it (the leg from the hidden inputs, already in `env`). */
export function jobStartFromEnv(
  env: Pick<JobEnv, 'runId' | 'attempt' | 'job' | 'identity' | 'legName'>,
  jobId: string,
  now: Date,
): JobStart {
  return {
    startedAt: now.toISOString(),
    runId: env.runId,
    attempt: env.attempt,
    job: env.job,
    identity: env.identity,
    ...(env.legName ? { legName: env.legName } : {}),
    ...(jobId ? { jobId } : {}),
  };
}

/** Main's record of the job from state, else the one the environment gives (main did not run). */
export function jobStartOf(
  state: string,
  env: Pick<JobEnv, 'runId' | 'attempt' | 'job' | 'identity' | 'legName'>,
  jobId: string,
  now: Date,
): JobStart {
  return parseJobStart(state) ?? jobStartFromEnv(env, jobId, now);
}

/** Parses main's state; undefined when main did not run or wrote none. */
export function parseJobStart(text: string): JobStart | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<JobStart>;
    if (typeof value.startedAt !== 'string' || typeof value.attempt !== 'number') return undefined;
    return {
      startedAt: value.startedAt,
      runId: value.runId ?? '',
      attempt: value.attempt,
      job: value.job ?? '',
      identity: value.identity ?? value.job ?? '',
      ...(value.legName ? { legName: value.legName } : {}),
      ...(value.jobId ? { jobId: value.jobId } : {}),
    };
  } catch {
    // state that is not JSON is no state: the job's start is unknown
    return undefined;
  }
}

/** Where a report's times count from: the job's own start, or ci-recovery's step when that is unknown. */
export interface ReportStart {
  startedAt: string;
  /** The job's start was not known: `startedAt` is when ci-recovery's step began. */
  fromStep?: true;
}

/**
 * The jobs API's `started_at` is an ISO 8601 date-time (`2019-08-08T08:00:00-07:00`, GitHub's REST schema
 * `job`): only that form is read, since Date.parse also reads '1' or 'x 12' as dates in 2001.
 */
const API_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A job runs at most 5 days (docs.github.com, "Usage limits for self-hosted runners", job execution time;
 * 6 hours on GitHub's runners): a start further before ci-recovery's step is not this job's.
 */
const LONGEST_JOB_MS = 5 * 24 * 3_600_000;

/**
 * The start a report counts the job's times from: the jobs API's `started_at` of this job (GitHub's own,
 * read by post anyway), else when ci-recovery's step began, marked so that no duration counted from it is
 * shown as the job's. A `started_at` after that step's start (a clock apart, an answer about another
 * attempt), longer before it than a job runs, or not a date-time, cannot be the job's and is not taken.
 */
export function reportStart(stepStartedAt: string, apiStartedAt: string | undefined): ReportStart {
  const api =
    typeof apiStartedAt === 'string' && API_DATE_TIME.test(apiStartedAt) ? Date.parse(apiStartedAt) : NaN;
  const step = Date.parse(stepStartedAt);
  if (Number.isFinite(api) && (!Number.isFinite(step) || (api <= step && step - api <= LONGEST_JOB_MS)))
    return { startedAt: new Date(api).toISOString() };
  return { startedAt: stepStartedAt, fromStep: true };
}
