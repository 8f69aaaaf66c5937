/**
 * The job's environment as one typed value. The runner, ci-recovery's own earlier steps and the user set
 * these variables; this is the only place that knows their names and fallbacks. Entry points call
 * `readJobEnv()` (runner/adapters/job-env.ts) once and pass the value down.
 */
import { isCommitId } from './event.js';
import { jobIdentity } from './job-start.js';
import {
  ATTEMPT_STAGES_ENV,
  COMPLETED_STAGES_ENV,
  CONFIG_FILE_ENV,
  JOB_IDENTITY_ENV,
  LANE_ENV,
  LAST_CHECKPOINT_ENV,
  LAST_CHECKPOINT_STORE_ENV,
  CACHE_PATHS_ENV,
  parseResumedCost,
  parseStageDurations,
  parseStages,
  RESUMED_COST_ENV,
  CHECKOUT_HEAD_ENV,
  RESTORED_STAGES_ENV,
  RESUMED_FROM_ENV,
  RESUMED_STORE_ENV,
  STAGE_DURATIONS_ENV,
} from './state-keys.js';
import { LANES, type Lane } from './types.js';

export type EnvRecord = Readonly<Record<string, string | undefined>>;

/** What may make a `run/` command's process a child subreaper (`off`: nothing). */
export const SUBREAPERS = ['perl', 'python3', 'off'] as const;
export type Subreaper = (typeof SUBREAPERS)[number];

export interface JobEnv {
  /** True inside GitHub Actions (GITHUB_ACTIONS=true); false on a laptop. */
  actions: boolean;
  /** GITHUB_WORKSPACE, else the current directory. */
  workspace: string;
  /** RUNNER_TEMP, else the OS temp directory; per job on a hosted runner. */
  runnerTemp: string;
  /** ACTIONS_CACHE_MODE: `none`, `read`, `write` or `write-only`, as the runner sets it (cacheAccess). */
  cacheMode?: string;
  /** RUNNER_TEMP as set, undefined off a runner (some caches are only kept on one). */
  runnerTempSet?: string;
  /** GITHUB_ACTION: the running step's id (`__run` and the like when the workflow gives it none). */
  stepId?: string;
  /** HOME and RUNNER_TOOL_CACHE: the bases of the paths outside the workspace a stage may name. */
  home?: string;
  toolCache?: string;
  /** RUNNER_OS (Linux, Windows, macOS), when set. */
  runnerOs?: string;
  /** RUNNER_NAME: finds this job in the jobs API where its id is unknown (GHES, core/job-of-runner.ts). */
  runnerName?: string;
  /** RUNNER_DEBUG=1: step debug logging is on. */
  debug: boolean;

  /** owner/repo, '' when unknown. */
  repository: string;
  owner?: string;
  repo?: string;
  serverUrl: string;
  apiUrl: string;
  /** GitHub Enterprise Server: GITHUB_SERVER_URL is neither github.com nor a GHE.com tenant (isGhes). */
  ghes: boolean;

  /** GITHUB_RUN_ID, '' off a runner. */
  runId: string;
  /** GITHUB_RUN_ATTEMPT, 1 when unset or not a positive whole number. */
  attempt: number;
  /** GITHUB_JOB, the job's key in the workflow ('' off a runner); every matrix leg shares it. */
  job: string;
  /**
   * The job's own identity for checkpoints: `job`, or `job.leg<index>` in a matrix, with `.via-<caller>` in a
   * called workflow (main works that out and exports it as CI_RECOVERY_JOB_IDENTITY).
   */
  identity: string;
  /** GITHUB_WORKFLOW_REF: the run's workflow file, `owner/repo/path@ref` (the caller's, in a called workflow). */
  workflowRef?: string;
  /** The hidden input `job-workflow`: `job.workflow_repository/job.workflow_file_path`, the file defining the job. */
  jobWorkflow?: string;
  /** A readable name of the matrix leg. */
  legName?: string;
  /** The leg's matrix values, keys sorted (core/job-start.ts jobIdentity): a resume takes only the same values'. */
  legValues?: string;

  sha?: string;
  ref?: string;
  refName?: string;
  baseRef?: string;
  /** GITHUB_HEAD_REF: a pull request's head branch. */
  headRef?: string;
  eventName?: string;
  eventPath?: string;
  /** GITHUB_RETENTION_DAYS: the repository's artifact retention, the most an upload may ask for. */
  retentionDays?: number;

  /** The runner's file commands; undefined off a runner. */
  files: { output?: string; env?: string; path?: string; state?: string; summary?: string };
  /** The Actions runtime (artifact and cache services); only a node action step on a runner has it. */
  runtime: {
    token?: string;
    resultsUrl?: string;
    /** ACTIONS_CACHE_URL: the v1 cache service (GHES), which only the cache client speaks. */
    cacheUrl?: string;
    maxArtifactCount?: number;
  };
  /**
   * CI_RECOVERY_STORE_STALL_SECONDS: how long a checkpoint store may answer nothing while a call waits
   * on it before the call is given up (checkpoint/adapters/store-guard.ts); undefined: the default.
   */
  storeStallSeconds?: number;
  /**
   * CI_RECOVERY_{MAIN,POST,SUPERVISE}_BUDGET_SECONDS: the wall-clock budget of that phase's calls to
   * services (adapters/deadline.ts); undefined: the phase's default.
   */
  budgetSeconds: { main?: number; post?: number; supervise?: number };
  /**
   * CI_RECOVERY_COMMENT_SETTLE_MS: how long a writer of the sticky PR comment waits for racing writers before
   * it reads the comment again (adapters/sticky-comment.ts); undefined: 700 ms. More for many matrix legs
   * finishing at once; the stand's tests set less.
   */
  commentSettleMs?: number;
  /**
   * CI_RECOVERY_SUBREAPER: which program makes a `run/` command's process a child subreaper
   * (adapters/process.ts): `perl`, `python3`, or `off` for neither; undefined: the first found.
   */
  subreaper?: Subreaper;

  /** What ci-recovery's earlier steps of this job left for later ones (GITHUB_ENV). */
  recovery: {
    lane?: Lane;
    /** The file holding the effective config, as main wrote it (JSON); undefined before main. */
    configFile?: string;
    completedStages: string[];
    /** The stages main restored from an earlier attempt: the only ones a `run/` step may skip. */
    restoredStages: string[];
    /** The stages `run/` steps of this attempt passed or skipped so far (GITHUB_ENV and the stage ledger). */
    attemptStages: string[];
    /** How long each completed stage took when it ran (stage -> ms; from an earlier attempt when resumed). */
    stageDurations: Record<string, number>;
    /** Paths outside the workspace each completed stage filled (its `cache-paths`). */
    cachePaths: Record<string, string[]>;
    /** The checkpoints `run/` steps of this job took and what each cost, oldest first (the stage ledger). */
    checkpointsPaid?: { stage: string; ms: number; bytes?: number; holds?: string[] }[];
    lastCheckpoint?: string;
    /** The store `lastCheckpoint` is in. */
    lastCheckpointStore?: string;
    resumedFrom?: string;
    /** The store `resumedFrom` is in (its spec). */
    resumedStore?: string;
    /** What `resumedFrom` cost to save (its manifest's whole save, ms) and its archive's bytes. */
    resumedCost?: { ms: number; bytes: number };
    /** The commit main found checked out at the job's start (a sha; CHECKOUT_HEAD_ENV). */
    checkoutHead?: string;
  };
}

const nonEmpty = (value: string | undefined): string | undefined => (value ? value : undefined);

/** A full commit id (event.ts isCommitId), else undefined. */
const commitSha = (value: string | undefined): string | undefined =>
  value !== undefined && isCommitId(value.trim()) ? value.trim() : undefined;

/** Decimal digits only: Number() would also read '0x10' as 16 and '1e3' as 1000. */
function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && /^\d+$/.test(value.trim()) && n > 0 ? n : undefined;
}

/** The job's optional facts, each absent when its variable is not set. */
function optionalFields(
  env: EnvRecord,
  repository: { owner: string; repo: string } | undefined,
  legName: string | undefined,
) {
  return {
    owner: repository?.owner,
    repo: repository?.repo,
    legName,
    runnerOs: nonEmpty(env.RUNNER_OS),
    runnerName: nonEmpty(env.RUNNER_NAME),
    runnerTempSet: nonEmpty(env.RUNNER_TEMP),
    stepId: nonEmpty(env.GITHUB_ACTION),
    cacheMode: nonEmpty(env.ACTIONS_CACHE_MODE),
    home: nonEmpty(env.HOME),
    toolCache: nonEmpty(env.RUNNER_TOOL_CACHE),
    sha: nonEmpty(env.GITHUB_SHA),
    ref: nonEmpty(env.GITHUB_REF),
    refName: nonEmpty(env.GITHUB_REF_NAME),
    baseRef: nonEmpty(env.GITHUB_BASE_REF),
    headRef: nonEmpty(env.GITHUB_HEAD_REF),
    eventName: nonEmpty(env.GITHUB_EVENT_NAME),
    eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
    retentionDays: positiveInt(env.GITHUB_RETENTION_DAYS),
    workflowRef: nonEmpty(env.GITHUB_WORKFLOW_REF),
    jobWorkflow: nonEmpty(env['INPUT_JOB-WORKFLOW']),
  };
}

/** Reads `env` (the process's, in production). `fallback` supplies what a laptop has instead. */
export function parseJobEnv(env: EnvRecord, fallback: { cwd: string; tmpdir: string }): JobEnv {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  const job = env.GITHUB_JOB ?? '';
  // The hidden inputs every ci-recovery action declares: `${{ strategy.job-index }}`, `${{ toJSON(matrix) }}`.
  const {
    identity: own,
    legName,
    legValues,
  } = jobIdentity(job, {
    jobIndex: env['INPUT_JOB-INDEX'] ?? '',
    matrix: env.INPUT_MATRIX ?? '',
  });
  // Pre's identity for a job in a called workflow; it only ever extends this job's own.
  const exported = env[JOB_IDENTITY_ENV] ?? '';
  const identity = exported.startsWith(`${own}.via-`) ? exported : own;
  const lane = env[LANE_ENV] ?? '';
  const optional = optionalFields(env, owner && repo ? { owner, repo } : undefined, legName);
  return {
    actions: env.GITHUB_ACTIONS === 'true',
    workspace: env.GITHUB_WORKSPACE || fallback.cwd,
    runnerTemp: env.RUNNER_TEMP || fallback.tmpdir,
    debug: env.RUNNER_DEBUG === '1',
    repository,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    ghes: isGhes(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
    job,
    identity,
    ...definedOnly({ legValues }),
    ...definedOnly(optional),
    files: definedOnly({
      output: nonEmpty(env.GITHUB_OUTPUT),
      env: nonEmpty(env.GITHUB_ENV),
      path: nonEmpty(env.GITHUB_PATH),
      state: nonEmpty(env.GITHUB_STATE),
      summary: nonEmpty(env.GITHUB_STEP_SUMMARY),
    }),
    runtime: definedOnly({
      token: nonEmpty(env.ACTIONS_RUNTIME_TOKEN),
      resultsUrl: nonEmpty(env.ACTIONS_RESULTS_URL),
      cacheUrl: nonEmpty(env.ACTIONS_CACHE_URL),
      maxArtifactCount: positiveInt(env.ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT),
    }),
    ...definedOnly({ storeStallSeconds: positiveInt(env.CI_RECOVERY_STORE_STALL_SECONDS) }),
    ...definedOnly({ commentSettleMs: positiveInt(env.CI_RECOVERY_COMMENT_SETTLE_MS) }),
    ...definedOnly({ subreaper: SUBREAPERS.find((s) => s === env.CI_RECOVERY_SUBREAPER?.trim()) }),
    budgetSeconds: definedOnly({
      main: positiveInt(env.CI_RECOVERY_MAIN_BUDGET_SECONDS),
      post: positiveInt(env.CI_RECOVERY_POST_BUDGET_SECONDS),
      supervise: positiveInt(env.CI_RECOVERY_SUPERVISE_BUDGET_SECONDS),
    }),
    recovery: {
      ...definedOnly({
        lane: (LANES as readonly string[]).includes(lane) ? (lane as Lane) : undefined,
        configFile: nonEmpty(env[CONFIG_FILE_ENV]),
        lastCheckpoint: nonEmpty(env[LAST_CHECKPOINT_ENV]),
        lastCheckpointStore: nonEmpty(env[LAST_CHECKPOINT_STORE_ENV]),
        resumedFrom: nonEmpty(env[RESUMED_FROM_ENV]),
        resumedStore: nonEmpty(env[RESUMED_STORE_ENV]),
        resumedCost: parseResumedCost(env[RESUMED_COST_ENV]),
        checkoutHead: commitSha(env[CHECKOUT_HEAD_ENV]),
      }),
      completedStages: parseStages(env[COMPLETED_STAGES_ENV]),
      restoredStages: parseStages(env[RESTORED_STAGES_ENV]),
      attemptStages: parseStages(env[ATTEMPT_STAGES_ENV]),
      stageDurations: parseStageDurations(env[STAGE_DURATIONS_ENV]),
      cachePaths: parseCachePaths(env[CACHE_PATHS_ENV]),
    },
  };
}

/** Drops undefined members, so optional fields are absent rather than present-and-undefined. */
export function definedOnly<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * Is this GitHub Enterprise Server? As the toolkit decides it (actions/toolkit packages/cache/src/internal/
 * config.ts `isGhes`): any host but github.com, a GHE.com tenant (`*.ghe.com`) or `*.localhost`. GHES has no
 * `job.check_run_id` nor `job.workflow_*`, and older artifact (v3) and cache (v1) services.
 */
export function isGhes(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.trim().toLowerCase();
  } catch {
    // not a URL: not GitHub.com
    return false;
  }
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}

/**
 * What the runner's `ACTIONS_CACHE_MODE` lets this job do with the cache. The runner (v2.336.0,
 * `HandlerL0.cs` tests) sets `none`, `read`, `write` or `write-only`; @actions/cache 6.3.0 refuses reads
 * under `none` and `write-only` and writes under `none` and `read` (docs/runner-model.md). Unset (an older
 * runner, GHES) or another value: both, as the toolkit then does; whether a save was refused is then
 * known only from the service's answer.
 */
export function cacheAccess(mode: string | undefined): { read: boolean; write: boolean; known: boolean } {
  switch ((mode ?? '').trim().toLowerCase()) {
    case 'none':
      return { read: false, write: false, known: true };
    case 'read':
      return { read: true, write: false, known: true };
    case 'write-only':
      return { read: false, write: true, known: true };
    case 'write':
      return { read: true, write: true, known: true };
    default:
      return { read: true, write: true, known: false };
  }
}

/** May this job write the cache? Not under `none` or `read` (cacheAccess). */
export function cacheWritable(mode: string | undefined): boolean {
  return cacheAccess(mode).write;
}

/** May this job read the cache? Not under `none` or `write-only` (cacheAccess). */
export function cacheReadable(mode: string | undefined): boolean {
  return cacheAccess(mode).read;
}

/** The job's declared cache paths (stage -> entries), from the job-wide variable; malformed is empty. */
export function parseCachePaths(value: string | undefined): Record<string, string[]> {
  if (!value) return {};
  try {
    const raw = JSON.parse(value) as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(
      Object.entries(raw as Record<string, unknown>)
        .filter(
          (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((p) => typeof p === 'string'),
        )
        .slice(0, 100),
    );
  } catch {
    // a matrix that is not JSON names no leg
    return {};
  }
}
