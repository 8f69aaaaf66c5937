/**
 * A local runner for one job, following the GitHub runner: all action `pre` stages first (pre-if,
 * default always()), then the mains in order (step `if:`, default success(); continue-on-error), then
 * the posts in reverse order (post-if, default always(), only for actions whose pre or main ran). Node
 * stages run `<node24> <actionDir>/<runs.stage>` as child processes (async spawn) with cwd = workspace,
 * fresh file-command files per stage, INPUT_* from `with:` and action.yml defaults, STATE_* carried
 * from pre to main to post, GITHUB_ENV and GITHUB_PATH carried to later steps. When given the GitHub
 * fake, the job and its steps are kept up to date there as the real jobs API reports them.
 *
 * Where the first stand was wrong (PLATFORM.md, section 6), it now follows the runner:
 * - outputs written in pre and post are dropped (`ExecutionContext.cs`: a post child has no context name,
 *   and `SetOutput` returns early without one); only main's reach `steps.<id>.outputs`;
 * - a job past its `timeout-minutes` is cancelled: the running stage is interrupted unless its condition
 *   still holds (an `always()` step runs on), the job and the run conclude `cancelled`, an annotation says
 *   "The job has exceeded the maximum execution time of <Go duration>", and the posts still run;
 * - a cancel or timeout signals the step's process only, and what it leaves running is killed at job end
 *   (`step-process.ts`);
 * - `uses: actions/checkout@...` behaves like actions/checkout: it deletes the contents of a workspace that
 *   is not already a clone of the repository, logging "Deleting the contents of '<path>'", then clones;
 * - `matrix` and `strategy` are the leg's (`strategy.job-index`, `toJSON(matrix)` is 'null' outside one).
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import type { Conclusion, FakeJob, GitHubApi } from '../services/github-api.js';
import { standNode } from '../services/node24.js';
import { repoRoot } from '../services/paths.js';
import { cacheScopesFor, type CacheMode, type Stand } from '../services/stand.js';
import {
  condition,
  INPUT_DEFAULT_SCOPE,
  interpolate,
  type Contexts,
  type JobStatusView,
} from './expressions.js';
import { createStageFiles, readStageFiles, stageFileEnv } from './file-commands.js';
import { parseWorkflowCommands, type Annotation } from './workflow-commands.js';
import {
  killTracked,
  newTrackingId,
  spawnStage,
  type ProcResult,
  type TrackedProcess,
} from './step-process.js';
import { RUNNER_TIMELINE_PERIOD_MS, TimelineQueue } from './timeline.js';
import { BackgroundSteps, mergedConclusion } from './background.js';

interface StepBase {
  id?: string;
  name?: string;
  if?: string;
  'continue-on-error'?: boolean;
  env?: Record<string, string>;
  'timeout-minutes'?: number;
  /** Run in the background: the job goes on at once; env and outputs arrive at its wait (background.ts). */
  background?: boolean;
}

/**
 * A node action: `uses` is the action directory, absolute or relative to this repository's root (standing
 * for an `owner/repo@ref` action), or `./path` in the workspace (a local action, which gets no pre).
 */
export interface ActionStep extends StepBase {
  uses: string;
  with?: Record<string, string | number | boolean>;
}

/** A `run:` step, run like the runner runs bash (`bash -e {0}` by default). */
export interface ShellStep extends StepBase {
  run: string;
  shell?: 'bash' | 'sh';
  'working-directory'?: string;
}

/** A control step: `wait` for the background steps it names, or `wait-all` (background.ts). */
export interface WaitStep {
  id?: string;
  name?: string;
  wait?: string[];
  'wait-all'?: boolean;
}

export type Step = ActionStep | ShellStep | WaitStep;

/** `uses:` values the stand runs as actions/checkout (see checkoutScript). */
const CHECKOUT = /^actions\/checkout@/;

export type Stage = 'pre' | 'main' | 'post';

export interface StageResult {
  /** Index of the step in `steps`. */
  step: number;
  stepId: string;
  /** Display name as the runner shows it ("Pre Run ./", "Run npm test", "Post Run ./"). */
  name: string;
  stage: Stage;
  /** False when the condition skipped it. */
  ran: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  /** Outcome after continue-on-error. */
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
  /** Milliseconds from the stage's start to its end (0 when it did not run): where a job's time went. */
  ms: number;
  /** Outputs that reach `steps.<id>.outputs`: main's only (the runner drops pre's and post's). */
  outputs: Record<string, string>;
  /** What a pre or post stage wrote to GITHUB_OUTPUT, which the runner drops without a word. */
  droppedOutputs: Record<string, string>;
  /** STATE_ entries this stage wrote. */
  state: Record<string, string>;
  /** GITHUB_ENV entries this stage wrote. */
  env: Record<string, string>;
  path: string[];
  summary: string;
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  /** Stdout and stderr interleaved, commands rendered, masks applied. */
  log: string;
  /** Set when a file command was malformed (the stage then failed). */
  fileCommandError?: string;
  /** The env the stage ran with (INPUT_*, STATE_*, GITHUB_* ...). */
  ranWithEnv: Record<string, string>;
}

export interface StepResult {
  outputs: Record<string, string>;
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
}

export interface JobResult {
  /** `cancelled` when the job ran past its timeout-minutes (the runner cancels it). */
  conclusion: 'success' | 'failure' | 'cancelled';
  stages: StageResult[];
  /** By step id (explicit `id:` or `__<index>`). */
  steps: Record<string, StepResult>;
  /** All summaries of the job, in order. */
  summary: string;
  annotations: Annotation[];
  /** The job-wide env at the end (job env + everything written to GITHUB_ENV). */
  env: Record<string, string>;
  /**
   * Processes a step left running, which the runner kills at job end ("Terminate orphan process"): a step
   * is signalled alone on a cancel or timeout, so what it started and did not stop is found here.
   */
  orphans: TrackedProcess[];
  runnerTemp: string;
  eventPath: string;
  /** The stage result of a step (by id or index) and stage. */
  stage(step: string | number, stage?: Stage): StageResult | undefined;
}

export interface RunJobOptions {
  steps: Step[];
  workspace: string;
  /** Job-level env (on top of the stand's env when a stand is given). */
  env?: Record<string, string>;
  /** The stand's cache token for this job: `read` as a fork's pull-request run gets (stand.ts CacheMode). */
  cacheMode?: CacheMode;
  event?: { name: string; payload?: Record<string, unknown> };
  runId?: number;
  runAttempt?: number;
  runNumber?: number;
  jobId?: number;
  jobName?: string;
  /** The runner's name: RUNNER_NAME and the job's `runner_name` in the jobs API (default local-runner). */
  runnerName?: string;
  /** GITHUB_JOB (the job's key in the workflow): every leg of a matrix shares it. */
  jobKey?: string;
  /** This leg's matrix values (default: not a matrix, where `matrix` is null). */
  matrix?: Record<string, unknown>;
  /** This leg's place in the matrix (default 0 of 1). */
  strategy?: { jobIndex: number; jobTotal: number };
  /** The job's `timeout-minutes`: past it the job is cancelled, as the runner does. */
  timeoutMinutes?: number;
  /**
   * Times the job out once this settles, as `timeoutMinutes` would: a test that must cancel a stage at a given
   * point waits for it instead of a clock a slow start under load can outlast.
   */
  timesOutWhen?: Promise<unknown>;
  /**
   * The job is defined in a called (reusable) workflow `file`, called by the caller's job `caller`: as on
   * GitHub, GITHUB_JOB is still the called job's key (actions/runner#2577), the jobs API names the job
   * `<caller> / <name>`, and `job.workflow_file_path` names the called file while GITHUB_WORKFLOW_REF
   * names the caller's workflow.
   */
  calledWorkflow?: { caller: string; file: string };
  sha?: string;
  ref?: string;
  /** Wires in the stand: its env, a runtime token for this job, and its GitHub fake. */
  stand?: Stand;
  /** A GitHub fake to keep the job up to date in (default: the stand's). */
  github?: GitHubApi;
  /** owner/repo (default: the stand's repo or GITHUB_REPOSITORY of env). */
  repo?: string;
  /** Use this RUNNER_TEMP instead of a fresh one. */
  runnerTemp?: string;
  /** Mark the workflow run completed when its last job ends (default true). */
  completeRun?: boolean;
  /** Node binary for node actions (default: the Node of runs.using, see services/node24.ts). */
  node?: string;
  /** Secrets masked in logs from the start (the token is always added). */
  secrets?: string[];
  /**
   * The machine dies `afterMs` into this step's main (or once its output has said each of `afterSaid`, a
   * point no load can move): its processes are killed at once (SIGKILL), no later step and no post runs, and
   * GitHub concludes the job `failure` with the hosted runner's shutdown line.
   */
  loseRunner?: { step: string; afterMs?: number; afterSaid?: string[] };
  /**
   * How late the jobs API shows a step's start and end: the runner sends them in batches every 500 ms
   * (timeline.ts), so post may read a step that just ended as still `in_progress`. Default 500; 0 shows
   * every update at once.
   */
  jobsApiLagMs?: number;
  /** Each such update also waits until the job has been read once since (timeline.ts): a read misses it. */
  jobsApiMissesARead?: boolean;
}

/** What GitHub shows for a job whose hosted runner went away (the only trace: no post ran). */
export const RUNNER_LOST_MESSAGE =
  'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.';

interface ActionMeta {
  dir: string;
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
  runs: { using: string; pre?: string; main: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
}

const isAction = (s: Step): s is ActionStep => 'uses' in s;
const isWait = (s: Step): s is WaitStep => 'wait' in s || 'wait-all' in s;

/**
 * `uses: ./path` is a local action, in the workspace, as on GitHub. Any other path is the stand's stand-in
 * for an `owner/repo@ref` action: a directory of this repository (`.`, `run`, a fixture) or an absolute one.
 */
const isLocalAction = (s: ActionStep): boolean => s.uses.startsWith('./');

/** Reads and checks an action's action.yml. */
export async function loadAction(uses: string): Promise<ActionMeta> {
  const dir = path.isAbsolute(uses) ? uses : path.resolve(repoRoot, uses);
  const file = ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`No action.yml in ${dir}`);
  const doc = YAML.parse(await readFile(file, 'utf8')) as Partial<ActionMeta> | null;
  const runs = doc?.runs;
  if (!runs?.main || !/^node\d+$/.test(runs.using))
    throw new Error(`${file}: runs.using must be a node runtime with runs.main`);
  return { dir, inputs: doc?.inputs ?? {}, runs };
}

export const inputEnvName = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * The base environment of the runner process: only what a hosted runner would have, never our test env, and
 * what a self-hosted runner's own environment (its .env file) may set for every job: the sticky comment's
 * settle time, which the tests shorten, and Node's compile cache, which the tests share between bundles.
 */
function baseEnv(): Record<string, string> {
  const keep = [
    'PATH',
    'HOME',
    'LANG',
    'LC_ALL',
    'TZ',
    'USER',
    'SHELL',
    'TMPDIR',
    'TERM',
    'CI_RECOVERY_COMMENT_SETTLE_MS',
    'NODE_COMPILE_CACHE',
  ];
  return Object.fromEntries(
    keep.flatMap((k) => {
      const v = process.env[k];
      return v !== undefined ? [[k, v]] : [];
    }),
  );
}

// Only node actions get these (run: steps do not, as on GitHub).
const NODE_ONLY = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_URL',
];

/** Runner temp directories this process made outside a stand (whose root goes with it): removed at exit. */
const looseTemps = new Set<string>();

/**
 * A job's RUNNER_TEMP: under the stand's root, or in the OS temp directory, removed when this process exits
 * (a result's `runnerTemp` stays readable until then, as the runner keeps it until the job ends).
 */
async function newRunnerTemp(stand: Stand | undefined): Promise<string> {
  if (stand) return mkdtemp(path.join(stand.root, 'runner-temp-'));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
  if (looseTemps.size === 0)
    process.once('exit', () => {
      for (const d of looseTemps) rmSync(d, { recursive: true, force: true });
    });
  looseTemps.add(dir);
  return dir;
}

/** The run's own workflow file on the stand (GITHUB_WORKFLOW_REF names it). */
const CALLER_WORKFLOW = '.github/workflows/ci.yml';

export async function runJob(opts: RunJobOptions): Promise<JobResult> {
  const runId = opts.runId ?? 1;
  const runAttempt = opts.runAttempt ?? 1;
  const jobId = opts.jobId ?? 1;
  const jobKey = opts.jobKey ?? 'build';
  // The jobs API names a leg by its matrix values: "test (ubuntu-latest, 20)".
  const legValues = opts.matrix ? Object.values(opts.matrix).map((v) => String(v)) : [];
  const ownName = opts.jobName ?? (legValues.length > 0 ? `${jobKey} (${legValues.join(', ')})` : jobKey);
  const jobName = opts.calledWorkflow ? `${opts.calledWorkflow.caller} / ${ownName}` : ownName;
  const workflowFile = opts.calledWorkflow?.file ?? CALLER_WORKFLOW;
  const stand = opts.stand;
  const github = opts.github ?? stand?.github;
  const repo = opts.repo ?? stand?.repo ?? opts.env?.GITHUB_REPOSITORY ?? 'octo-org/demo';
  const sha = opts.sha ?? stand?.git.seeded.at(-1) ?? '0000000000000000000000000000000000000000';
  const ref = opts.ref ?? 'refs/heads/main';
  const defaultBranch = github?.repo(repo)?.defaultBranch ?? 'main';
  // Without an explicit event: a push to ref, with the fields a real push payload carries.
  const event = opts.event ?? {
    name: 'push',
    payload: {
      ref,
      before: '0000000000000000000000000000000000000000',
      after: sha,
      repository: {
        name: repo.split('/')[1] ?? '',
        full_name: repo,
        owner: { login: repo.split('/')[0] ?? '' },
        default_branch: defaultBranch,
      },
      sender: { login: 'octocat' },
    },
  };
  // The runtime token's cache scopes: this ref, the PR's base and the default branch (GitHub's rule).
  const prRefs = event.payload?.pull_request as
    { base?: { ref?: string }; head?: { ref?: string } } | undefined;
  const baseRef = prRefs?.base?.ref;
  const standEnv = stand
    ? stand.jobEnv(runId, jobId, runAttempt, cacheScopesFor(ref, defaultBranch, baseRef), opts.cacheMode)
    : {};
  const runnerTemp = opts.runnerTemp ?? (await newRunnerTemp(stand));
  await mkdir(runnerTemp, { recursive: true });
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  await mkdir(path.dirname(eventPath), { recursive: true });
  await writeFile(eventPath, JSON.stringify(event.payload ?? {}, null, 2));
  const token = standEnv.GITHUB_TOKEN ?? opts.env?.GITHUB_TOKEN ?? '';

  // The runner never exports GITHUB_TOKEN: a step gets it only from `env:` (opts.env) or an input.
  const { GITHUB_TOKEN: _standToken, ...standStepEnv } = standEnv;
  const jobEnv: Record<string, string> = { ...standStepEnv, ...opts.env };
  // A GHES stand (startStand({ ghes: true })) serves another host, and its job context lacks check_run_id
  // and workflow_* (docs: contexts, `job`: "not available on GitHub Enterprise Server").
  const serverUrl = standEnv.GITHUB_SERVER_URL ?? 'https://github.com';
  const ghes = !/^https:\/\/(github\.com|[^/]+\.ghe\.com)$/.test(serverUrl);
  const githubEnv: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_OWNER: repo.split('/')[0] ?? '',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_RUN_NUMBER: String(opts.runNumber ?? 1),
    GITHUB_JOB: jobKey,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repo}/${CALLER_WORKFLOW}@${ref}`,
    // Always exported by the runner (GitHubContext.cs allowlist), empty outside a pull request.
    GITHUB_HEAD_REF: prRefs?.head?.ref ?? '',
    GITHUB_BASE_REF: prRefs?.base?.ref ?? '',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: jobEnv.GITHUB_API_URL ?? 'https://api.github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: opts.runnerName ?? 'local-runner',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(runnerTemp, '_tool'),
  };
  // GITHUB_ENV writes accumulate here and reach every later step (posts included).
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  const masks = [token, ...(opts.secrets ?? [])].filter((s) => s !== '');
  const stepResults: Record<string, StepResult> = {};
  const stages: StageResult[] = [];
  const status: JobStatusView = { status: 'success' };
  const metas = new Map<number, ActionMeta>();
  const actionState = new Map<number, Record<string, string>>();
  const stepIds = opts.steps.map((s, i) => s.id ?? `__${i}`);
  const trackingId = newTrackingId();

  // ---- the job in the GitHub fake ----------------------------------------------------------
  let fakeJob: FakeJob | undefined;
  if (github) {
    let run = github.run(runId);
    if (!run)
      run = github.addRun({
        id: runId,
        repo,
        headSha: sha,
        headBranch: githubEnv.GITHUB_REF_NAME,
        event: event.name,
        runAttempt,
      });
    run.runAttempt = runAttempt;
    run.status = 'in_progress';
    run.conclusion = null;
    fakeJob = github.job(jobId) ?? github.addJob({ id: jobId, repo, runId, runAttempt, name: jobName });
    Object.assign(fakeJob, {
      status: 'in_progress',
      conclusion: null,
      runAttempt,
      name: jobName,
      runnerName: opts.runnerName ?? 'local-runner',
      steps: [],
      annotations: [],
    });
    delete fakeJob.log;
    const startedAt = isoNow();
    fakeJob.steps.push({
      name: 'Set up job',
      number: 1,
      status: 'completed',
      conclusion: 'success',
      startedAt,
      completedAt: startedAt,
    });
  }
  const jobReads = (): number =>
    (github?.calls ?? []).filter(
      (c) => c.method === 'GET' && c.path.split('?')[0]?.endsWith(`/actions/jobs/${jobId}`),
    ).length;
  const timeline = new TimelineQueue(
    opts.jobsApiLagMs ?? RUNNER_TIMELINE_PERIOD_MS,
    opts.jobsApiMissesARead ? jobReads : undefined,
  );
  let stepNumber = fakeJob?.steps.length ?? 0;
  const startFakeStep = (name: string): ((conclusion: Conclusion) => void) => {
    const job = fakeJob;
    if (!job) return () => undefined;
    const step = {
      name,
      number: ++stepNumber,
      status: 'in_progress' as const,
      conclusion: null,
      startedAt: isoNow(),
    };
    timeline.queue(() => job.steps.push(step));
    return (conclusion) => {
      const completedAt = isoNow();
      timeline.queue(() => Object.assign(step, { status: 'completed', conclusion, completedAt }));
    };
  };

  // ---- contexts ----------------------------------------------------------------------------
  const contexts = (extra: Contexts = {}): Contexts => ({
    github: {
      token,
      repository: repo,
      repository_owner: githubEnv.GITHUB_REPOSITORY_OWNER,
      run_id: String(runId),
      run_attempt: String(runAttempt),
      run_number: githubEnv.GITHUB_RUN_NUMBER,
      job: jobKey,
      sha,
      ref,
      ref_name: githubEnv.GITHUB_REF_NAME,
      event_name: event.name,
      event: event.payload ?? {},
      workspace: opts.workspace,
      server_url: serverUrl,
      api_url: githubEnv.GITHUB_API_URL,
      actor: 'octocat',
      workflow: 'CI',
    },
    job: {
      status: status.status,
      ...(ghes
        ? {}
        : {
            check_run_id: jobId,
            workflow_ref: `${repo}/${workflowFile}@${ref}`,
            workflow_sha: sha,
            workflow_repository: repo,
            workflow_file_path: workflowFile,
          }),
    },
    strategy: {
      'fail-fast': true,
      'job-index': opts.strategy?.jobIndex ?? 0,
      'job-total': opts.strategy?.jobTotal ?? 1,
      'max-parallel': opts.strategy?.jobTotal ?? 1,
    },
    matrix: opts.matrix ?? null,
    runner: {
      os: 'Linux',
      arch: 'X64',
      name: 'local-runner',
      temp: runnerTemp,
      tool_cache: githubEnv.RUNNER_TOOL_CACHE,
    },
    env: { ...jobEnv, ...addedEnv },
    steps: stepResults,
    secrets: { GITHUB_TOKEN: token },
    vars: {},
    needs: {},
    ...extra,
  });

  const displayName = (step: Step): string =>
    step.name ??
    (isWait(step)
      ? step['wait-all']
        ? 'wait-all'
        : 'wait'
      : isAction(step)
        ? `Run ${step.uses}`
        : `Run ${step.run.trim().split('\n')[0] ?? ''}`);

  /**
   * Whether a stage running when the job is cancelled goes on: its condition, re-evaluated with the job
   * cancelled (StepsRunner.cs:149-186): a main's `if:` (default success()), an action's pre-if or post-if
   * (default always()).
   */
  const stillRuns = (i: number, stage: Stage): boolean => {
    const step = opts.steps[i] as ActionStep | ShellStep;
    const runs = metas.get(i)?.runs;
    try {
      if (stage === 'main') return condition(step.if, contexts(), status);
      return condition(
        stage === 'pre' ? runs?.['pre-if'] : runs?.['post-if'],
        contexts(),
        status,
        'always()',
      );
    } catch {
      return false; // the runner cancels a step whose condition fails to evaluate
    }
  };

  /**
   * A local action (`uses: ./path`) is read from the workspace when its main starts, as the runner reads it
   * (ActionManager.cs LoadAction, `SelfAlias`): it is not there before checkout. False when it is missing.
   */
  const loadLocal = async (i: number, step: ActionStep): Promise<boolean> => {
    const dir = path.resolve(opts.workspace, step.uses);
    if (!['action.yml', 'action.yaml'].some((f) => existsSync(path.join(dir, f)))) return false;
    metas.set(i, await loadAction(dir));
    return true;
  };

  // ---- one stage ----------------------------------------------------------------------------
  const runStage = async (
    i: number,
    stage: Stage,
    background = false,
    slot?: Promise<void>,
  ): Promise<StageResult> => {
    const step = opts.steps[i] as ActionStep | ShellStep;
    const stepName = displayName(step);
    const name = stage === 'pre' ? `Pre ${stepName}` : stage === 'post' ? `Post ${stepName}` : stepName;
    // The env is the job's when the step is dequeued (StepsRunner.cs:108-111), before anything is awaited.
    const ctx = contexts();
    const jobAdded = { ...addedEnv };
    const jobPath = [...addedPath];
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx, status)]),
    );
    // A background step past the 10 running waits for a slot, with the env it was dequeued with.
    await slot;
    const files = await createStageFiles(runnerTemp);
    const env: Record<string, string> = {
      ...baseEnv(),
      ...jobEnv,
      ...githubEnv,
      ...jobAdded,
      ...stepEnv,
      ...stageFileEnv(files),
      GITHUB_ACTION: stepIds[i] ?? `__${i}`,
      GITHUB_STEP_NAME: stepName,
      // Set in the runner's own environment, so every process of the job inherits it (JobExtension.cs:591).
      RUNNER_TRACKING_ID: trackingId,
    };
    if (jobPath.length > 0)
      env.PATH = [...jobPath]
        .reverse()
        .concat(env.PATH ?? '')
        .join(path.delimiter);
    let command: string;
    let args: string[];
    let cwd = opts.workspace;
    const warnings: Annotation[] = [];
    let startError: string | undefined;
    if (isAction(step) && CHECKOUT.test(step.uses)) {
      for (const k of NODE_ONLY) delete env[k];
      const script = path.join(runnerTemp, `${cryptoId()}.sh`);
      await writeFile(script, checkoutScript(step, repo));
      command = 'bash';
      args = ['--noprofile', '--norc', '-e', '-o', 'pipefail', script];
    } else if (isAction(step) && !metas.has(i) && !(await loadLocal(i, step))) {
      command = 'true';
      args = [];
      startError = `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${path.resolve(opts.workspace, step.uses)}'. Did you forget to run actions/checkout before running your local action?`;
    } else if (isAction(step)) {
      const meta = metas.get(i) as ActionMeta;
      const entry = meta.runs[stage];
      if (!entry) throw new Error(`${meta.dir}/action.yml has no runs.${stage}`);
      const inputCtx = contexts();
      const given = step.with ?? {};
      const unexpected = Object.keys(given).filter(
        (k) => !Object.keys(meta.inputs).some((d) => d.toLowerCase() === k.toLowerCase()),
      );
      if (unexpected.length > 0 && stage === 'main') {
        warnings.push({
          level: 'warning',
          message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(meta.inputs).join("', '")}']`,
        });
      }
      const inputs: Record<string, string> = {};
      // A default may name only github, strategy, matrix, job and runner: anything else fails the step
      // before it starts (ActionManifestManager.cs EvaluateDefaultInput, "input-default-context").
      for (const [inputName, def] of Object.entries(meta.inputs)) {
        const givenHere = Object.keys(given).some((k) => k.toLowerCase() === inputName.toLowerCase());
        if (def.default === undefined || givenHere || startError !== undefined) continue;
        try {
          inputs[inputName] = interpolate(String(def.default), inputCtx, status, INPUT_DEFAULT_SCOPE);
        } catch (error) {
          startError = `The template is not valid. ${(error as Error).message}`;
        }
      }
      for (const [k, v] of Object.entries(given)) inputs[k] = interpolate(String(v), inputCtx, status);
      for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v;
      for (const [k, v] of Object.entries(actionState.get(i) ?? {})) env[`STATE_${k}`] = v;
      env.GITHUB_ACTION_PATH = meta.dir;
      command = opts.node ?? standNode();
      args = [path.join(meta.dir, entry)];
    } else {
      for (const k of NODE_ONLY) delete env[k];
      const script = path.join(runnerTemp, `${cryptoId()}.sh`);
      await writeFile(script, step.run);
      command = step.shell === 'sh' ? 'sh' : 'bash';
      args =
        step.shell === 'bash' ? ['--noprofile', '--norc', '-e', '-o', 'pipefail', script] : ['-e', script];
      if (step['working-directory']) cwd = path.resolve(opts.workspace, step['working-directory']);
    }

    const finishFake = startFakeStep(name);
    const startedMs = performance.now();
    const lose = stage === 'main' && opts.loseRunner?.step === stepIds[i] ? opts.loseRunner : undefined;
    const loseTimer =
      lose?.afterMs !== undefined ? setTimeout(() => runnerLost.abort(), lose.afterMs) : undefined;
    const said = lose?.afterSaid;
    const proc = startError
      ? notStarted()
      : await spawnStage(command, args, {
          cwd,
          env,
          timeoutMs: step['timeout-minutes'] ? step['timeout-minutes'] * 60_000 : undefined,
          // A stage running when the job times out is cancelled unless its condition still holds with the job
          // cancelled (StepsRunner.cs:146-186); a stage that starts after the timeout is not registered and
          // runs to its end.
          ...(!jobTimeout.signal.aborted
            ? { cancel: { signal: jobTimeout.signal, continues: () => stillRuns(i, stage) } }
            : {}),
          lost: runnerLost.signal,
          trackingId,
          ...(said
            ? {
                onOutput: (all) => {
                  if (said.every((t) => all.includes(t))) runnerLost.abort();
                },
              }
            : {}),
        });
    clearTimeout(loseTimer);
    const ms = Math.round(performance.now() - startedMs);
    const parsed = parseWorkflowCommands(proc.combined, masks);
    masks.splice(0, masks.length, ...parsed.masks);
    const fileResults = await readStageFiles(files);
    const fileCommandError = fileResults.failures.length > 0 ? fileResults.failures.join('\n') : undefined;
    const failed = proc.exitCode !== 0 || fileCommandError !== undefined || startError !== undefined;
    const outcome = proc.cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    const conclusion = outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome;
    const annotations = [...warnings, ...parsed.annotations];
    if (startError) annotations.push({ level: 'error', message: startError });
    for (const message of [...fileResults.failures, ...fileResults.errors])
      annotations.push({ level: 'error', message });
    if (proc.cancelled) annotations.push({ level: 'error', message: 'The operation was canceled.' });
    else if (proc.timedOut)
      annotations.push({
        level: 'error',
        message: `The action '${stepName}' has timed out after ${step['timeout-minutes']} minutes.`,
      });
    // Only a script step gets this line (ScriptHandler.cs); a node action that exits non-zero just fails
    // (NodeScriptActionHandler.cs writes the exit code to the debug log only).
    else if (proc.exitCode !== 0 && !isAction(step))
      annotations.push({
        level: 'error',
        message: `Process completed with exit code ${proc.exitCode ?? 1}.`,
      });

    capAnnotations(annotations);
    // The runner processes file commands whatever the exit code: outputs set before a failure count. A
    // background step's env, path and result wait for its `wait` (background.ts).
    if (!background) {
      Object.assign(addedEnv, fileResults.env);
      addedPath.push(...fileResults.path);
    }
    if (isAction(step) && stage !== 'post')
      actionState.set(i, { ...actionState.get(i), ...fileResults.state });
    if (!background && conclusion === 'failure' && status.status === 'success') status.status = 'failure';
    finishFake(conclusion);
    if (fakeJob) {
      for (const a of annotations) {
        fakeJob.annotations.push({
          path: a.file ?? '.github',
          startLine: a.line ?? 1,
          endLine: a.endLine ?? a.line ?? 1,
          level: a.level === 'error' ? 'failure' : a.level,
          message: a.message,
          ...(a.title ? { title: a.title } : {}),
        });
      }
    }
    const result: StageResult = {
      step: i,
      stepId: stepIds[i] ?? `__${i}`,
      name,
      stage,
      ran: true,
      exitCode: proc.exitCode,
      signal: proc.signal,
      timedOut: proc.timedOut,
      outcome,
      conclusion,
      ms,
      // The runner keeps main's outputs only (ExecutionContext.SetOutput needs a context name).
      outputs: stage === 'main' ? fileResults.outputs : {},
      droppedOutputs: stage === 'main' ? {} : fileResults.outputs,
      state: fileResults.state,
      env: fileResults.env,
      path: fileResults.path,
      summary: fileResults.summary,
      annotations,
      stdout: mask(proc.stdout, masks),
      stderr: mask(proc.stderr, masks),
      log: parsed.log,
      ranWithEnv: env,
      ...(fileCommandError ? { fileCommandError } : {}),
    };
    stages.push(result);
    return result;
  };

  /** A background step's deferred env, path, outputs and conclusion, applied at its wait. */
  const flush = (result: StageResult): void => {
    Object.assign(addedEnv, result.env);
    addedPath.push(...result.path);
    stepResults[result.stepId] = {
      outputs: result.outputs,
      outcome: result.outcome,
      conclusion: result.conclusion,
    };
  };

  /** A `wait` or `wait-all` step (BackgroundStepCoordinator.cs:149-169); its condition is always(). */
  const waitStage = async (i: number, step: WaitStep): Promise<void> => {
    const ids = step['wait-all'] ? background.unwaited() : (step.wait ?? []);
    const finish = startFakeStep(displayName(step));
    const startedMs = performance.now();
    const done = await background.wait(ids);
    for (const r of done) flush(r);
    const conclusion = mergedConclusion(done);
    if (conclusion === 'failure' && status.status === 'success') status.status = 'failure';
    finish(conclusion);
    const log = [
      `Waiting for ${step['wait-all'] ? 'all ' : ''}background step(s) to complete: ${background.describe(ids)}`,
      `Finished waiting for ${step['wait-all'] ? 'all ' : ''}background step(s).`,
      ...done.map((r) => `  ${r.name}: ${r.conclusion}`),
    ].join('\n');
    stages.push({
      ...skipped(i, 'main', false),
      ran: true,
      outcome: conclusion,
      conclusion,
      ms: Math.round(performance.now() - startedMs),
      log,
    });
  };

  const skipped = (i: number, stage: Stage, record = true): StageResult => {
    const step = opts.steps[i] as Step;
    const stepName = displayName(step);
    const name = stage === 'pre' ? `Pre ${stepName}` : stage === 'post' ? `Post ${stepName}` : stepName;
    if (stage === 'main' && record) startFakeStep(name)('skipped');
    const result: StageResult = {
      step: i,
      stepId: stepIds[i] ?? `__${i}`,
      name,
      stage,
      ran: false,
      exitCode: null,
      signal: null,
      timedOut: false,
      outcome: 'skipped',
      conclusion: 'skipped',
      ms: 0,
      outputs: {},
      droppedOutputs: {},
      state: {},
      env: {},
      path: [],
      summary: '',
      annotations: [],
      stdout: '',
      stderr: '',
      log: '',
      ranWithEnv: {},
    };
    if (record) stages.push(result);
    return result;
  };

  // ---- the job ------------------------------------------------------------------------------
  // Actions of a repository are downloaded at job set-up, with their pre; a local action has no pre: the
  // runner registers pre only for actions that are not `./` (ActionManager.cs:597, `SelfAlias`).
  for (const [i, step] of opts.steps.entries())
    if (isAction(step) && !CHECKOUT.test(step.uses) && !isLocalAction(step))
      metas.set(i, await loadAction(step.uses));
  // The job's timeout-minutes: the server cancels the job (StepsRunner.cs sets the result to Canceled).
  const jobTimeout = new AbortController();
  const runnerLost = new AbortController();
  const timeoutMessage = `The job has exceeded the maximum execution time of ${goDuration((opts.timeoutMinutes ?? 0) * 60_000)}`;
  const jobTimer =
    opts.timeoutMinutes !== undefined
      ? setTimeout(() => {
          status.status = 'cancelled';
          jobTimeout.abort();
        }, opts.timeoutMinutes * 60_000)
      : undefined;
  let jobEnded = false;
  const timesOut = (): void => {
    if (jobEnded) return;
    status.status = 'cancelled';
    jobTimeout.abort();
  };
  void opts.timesOutWhen?.then(timesOut, timesOut);
  const ranAction = new Set<number>();

  // 1. pre stages, in step order; the step's `if:` does not apply.
  for (const [i] of opts.steps.entries()) {
    const meta = metas.get(i);
    if (!meta?.runs.pre) continue;
    if (condition(meta.runs['pre-if'], contexts(), status, 'always()')) {
      await runStage(i, 'pre');
      ranAction.add(i);
    } else skipped(i, 'pre');
  }
  // 2. mains; a background step starts and the job goes on (StepsRunner.cs:245-249).
  const background = new BackgroundSteps<StageResult>();
  for (const [i, step] of opts.steps.entries()) {
    if (runnerLost.signal.aborted) break;
    if (isWait(step)) {
      await waitStage(i, step);
      continue;
    }
    if (step.background && condition(step.if, contexts(), status)) {
      ranAction.add(i);
      const slot = background.slot();
      const done = runStage(i, 'main', true, slot.acquired);
      background.start(stepIds[i] ?? `__${i}`, displayName(step), done.finally(slot.release));
      continue;
    }
    const result = condition(step.if, contexts(), status) ? await runStage(i, 'main') : skipped(i, 'main');
    if (result.ran) ranAction.add(i);
    stepResults[stepIds[i] ?? `__${i}`] = {
      outputs: result.outputs,
      outcome: result.outcome,
      conclusion: result.conclusion,
    };
  }
  // Before the posts: wait for what is still running, and merge every background result into the job's
  // (StepsRunner.cs:63-68, BackgroundStepCoordinator.cs:97-135).
  for (const r of await background.wait(background.unwaited())) flush(r);
  if (mergedConclusion(await background.all()) === 'failure' && status.status === 'success')
    status.status = 'failure';
  clearTimeout(jobTimer);
  jobEnded = true;
  const timedOutJob = jobTimeout.signal.aborted;
  const lost = runnerLost.signal.aborted;
  if (lost) status.status = 'failure';
  if (lost && fakeJob) {
    fakeJob.annotations.push({
      path: '.github',
      startLine: 1,
      endLine: 1,
      level: 'failure',
      message: RUNNER_LOST_MESSAGE,
    });
  }
  if (timedOutJob && fakeJob) {
    fakeJob.annotations.push({
      path: '.github',
      startLine: 1,
      endLine: 1,
      level: 'failure',
      message: timeoutMessage,
    });
  }
  // 3. posts, in reverse order, for actions whose pre or main ran (they run on cancellation too).
  for (const i of [...opts.steps.keys()].reverse()) {
    const meta = metas.get(i);
    if (lost || !meta?.runs.post || !ranAction.has(i)) continue;
    if (condition(meta.runs['post-if'], contexts(), status, 'always()')) await runStage(i, 'post');
    else skipped(i, 'post');
  }

  // "Cleaning up orphan processes" (JobExtension.cs:880-925): what a step left running dies with the job.
  const orphans = lost ? [] : killTracked(trackingId);
  const conclusion = timedOutJob ? 'cancelled' : status.status === 'success' ? 'success' : 'failure';
  if (fakeJob && github) {
    startFakeStep('Complete job')('success');
    timeline.close();
    Object.assign(fakeJob, { status: 'completed', conclusion, completedAt: isoNow() });
    fakeJob.log = stages
      .filter((s) => s.ran)
      .map((s) => `##[group]${s.name}\n##[endgroup]\n${s.log}`)
      .join('\n');
    fakeJob.log += [
      '\n##[group]Complete job\nCleaning up orphan processes',
      ...orphans.map((o) => `Terminate orphan process: pid (${o.pid}) (${o.command})`),
      '##[endgroup]',
    ].join('\n');
    if (timedOutJob) fakeJob.log += `\n##[error]${timeoutMessage}`;
    if (lost) fakeJob.log += `\n##[error]${RUNNER_LOST_MESSAGE}`;
    // The run completes with its last job (jobs of one run may run concurrently).
    const run = github.run(runId);
    const siblings = github.state.jobs.filter((j) => j.runId === runId && j.runAttempt === runAttempt);
    if (run && opts.completeRun !== false && siblings.every((j) => j.status === 'completed')) {
      const failed = siblings.some((j) => j.conclusion === 'failure' || j.conclusion === 'timed_out');
      const cancelled = siblings.some((j) => j.conclusion === 'cancelled');
      Object.assign(run, {
        status: 'completed',
        conclusion: failed ? 'failure' : cancelled ? 'cancelled' : 'success',
        updatedAt: isoNow(),
      });
    }
  }

  return {
    conclusion,
    stages,
    steps: stepResults,
    summary: stages.map((s) => s.summary).join(''),
    annotations: [
      ...stages.flatMap((s) => s.annotations),
      ...(timedOutJob ? [{ level: 'error' as const, message: timeoutMessage }] : []),
      ...(lost ? [{ level: 'error' as const, message: RUNNER_LOST_MESSAGE }] : []),
    ],
    env: { ...jobEnv, ...addedEnv },
    orphans,
    runnerTemp,
    eventPath,
    stage(step, stage = 'main') {
      const index = typeof step === 'number' ? step : stepIds.indexOf(step);
      return stages.find((s) => s.step === index && s.stage === stage);
    },
  };
}

/**
 * actions/checkout as a bash script (src/git-directory-helper.ts, prepareExistingDirectory): an existing
 * clone of the same repository is cleaned (`git clean -ffdx`, `git reset --hard HEAD`); anything else has
 * its contents deleted, with the same log line, before the clone. `with:` takes `repository`, `ref` and
 * `fetch-depth` (default 1, 0 = all history and branches).
 */
function checkoutScript(step: ActionStep, repo: string): string {
  const w = step.with ?? {};
  const url = `https://github.com/${String(w.repository ?? repo)}`;
  const depth = Number(w['fetch-depth'] ?? 1);
  const q = (v: string): string => `'${v.replace(/'/g, "'\\''")}'`;
  return [
    'ws="$GITHUB_WORKSPACE"',
    `url=${q(url)}`,
    `ref=${q(String(w.ref ?? ''))}`,
    'remove=true',
    'if [ -d "$ws/.git" ] && [ "$(git -C "$ws" config --get remote.origin.url || true)" = "$url" ]; then',
    '  git -C "$ws" clean -ffdx && git -C "$ws" reset --hard HEAD && remove=false',
    'fi',
    'if [ "$remove" = true ]; then',
    `  echo "Deleting the contents of '$ws'"`,
    '  find "$ws" -mindepth 1 -maxdepth 1 -exec rm -rf {} +',
    '  git init -q "$ws"',
    '  git -C "$ws" remote add origin "$url"',
    'fi',
    'branch="${ref:-${GITHUB_REF#refs/heads/}}"',
    depth === 0
      ? `git -C "$ws" fetch -q --prune --tags origin '+refs/heads/*:refs/remotes/origin/*'`
      : `git -C "$ws" fetch -q --depth=${depth} origin "+refs/heads/$branch:refs/remotes/origin/$branch"`,
    'target="$GITHUB_SHA"',
    '[ -n "$ref" ] && target="origin/$ref"',
    'git -C "$ws" checkout -q --force -B "$branch" "$target"',
    'echo "Checked out $(git -C "$ws" rev-parse HEAD) into $ws"',
  ].join('\n');
}

/** A stage the runner failed before starting a process (its inputs could not be evaluated). */
function notStarted(): ProcResult {
  const none = { stdout: '', stderr: '', combined: '' };
  return { exitCode: null, signal: null, timedOut: false, cancelled: false, ...none };
}

function mask(text: string, masks: string[]): string {
  return masks.filter((m) => m !== '').reduce((acc, m) => acc.split(m).join('***'), text);
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function cryptoId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A duration as Go's `time.Duration.String()` prints it (30m0s, 1h0m0s, 18s, 600ms): GitHub's job-timeout
 * line carries the limit in this form (docs/runner-model.md, "Job timeouts").
 */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Number(((ms % 60_000) / 1000).toFixed(3));
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${minutes}m${seconds}s`;
  return `${seconds}s`;
}

/**
 * What the runner keeps of a step's annotations (ExecutionContext.cs `AddIssue`): at most 10 per level,
 * each message cut at 4,096 characters. The rest is only in the log.
 */
export function capAnnotations(annotations: Annotation[]): void {
  const seen = new Map<string, number>();
  const kept = annotations.filter((a) => {
    const count = (seen.get(a.level) ?? 0) + 1;
    seen.set(a.level, count);
    return count <= 10;
  });
  for (const a of kept) if (a.message.length > 4096) a.message = a.message.slice(0, 4096);
  annotations.splice(0, annotations.length, ...kept);
}
