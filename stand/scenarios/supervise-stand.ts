/**
 * Shared pieces of the supervisor stories: seed a completed run in the GitHub fake (jobs with real corpus
 * logs), do what GitHub does when a re-run is requested, and run the real `supervise/` bundle as the job of
 * a `workflow_run` run through the local runner.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runJob, type JobResult } from '../runner/job.js';
import type { ApiCall, FakeAnnotation, FakeJob, FakeRun } from '../services/github-api.js';
import { standLogs } from '../services/paths.js';
import type { CacheMode, Stand } from '../services/stand.js';

const exec = promisify(execFile);

/**
 * A real labelled CI log of the corpus (classification is proven on these, never on made-up text), from the
 * copies the stand ships so that the stories run on a clone without the corpus beside it.
 */
export function corpusLog(id: string): string {
  return readFileSync(path.join(standLogs, `${id}.log`), 'utf8');
}

/** Corpus logs the stories use, with the type the corpus labels them with. */
export const LOGS = {
  /** pytorch GitHub Actions log: "Failed to download archive ... after 3 attempts" (network). */
  network: 'd0131',
  /** go-ethereum: "FAIL github.com/ethereum/go-ethereum/whisper/whisperv6" (test). */
  test: 'd0072',
  /** pytorch: "The runner has received a shutdown signal" (infrastructure). */
  runnerShutdown: 'd0257',
} as const;

/** The watched workflow (the supervisor's own run in the fake has another id). */
export const WATCHED_WORKFLOW_ID = 4242;

export interface SeedJob {
  name: string;
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped';
  log?: string;
  annotations?: FakeAnnotation[];
  /** The failed step's name (default 'Run tests'). */
  failedStep?: string;
}

export interface SeedRun {
  sha: string;
  branch?: string;
  event?: string;
  workflowId?: number;
  name?: string;
  pullRequests?: number[];
  jobs: SeedJob[];
  conclusion?: 'success' | 'failure';
  id?: number;
}

function addJobs(stand: Stand, run: FakeRun, attempt: number, jobs: SeedJob[]): FakeJob[] {
  return jobs.map((j) => {
    const failed = j.conclusion === 'failure';
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return stand.github.addJob({
      repo: run.repo,
      runId: run.id,
      runAttempt: attempt,
      name: j.name,
      status: 'completed',
      conclusion: j.conclusion,
      startedAt: at,
      completedAt: at,
      ...(j.log !== undefined ? { log: j.log } : {}),
      annotations: j.annotations ?? [],
      steps: [
        {
          name: 'Set up job',
          number: 1,
          status: 'completed',
          conclusion: 'success',
          startedAt: at,
          completedAt: at,
        },
        {
          name: 'Checkout',
          number: 2,
          status: 'completed',
          conclusion: 'success',
          startedAt: at,
          completedAt: at,
        },
        {
          name: j.failedStep ?? 'Run tests',
          number: 3,
          status: 'completed',
          conclusion: failed ? 'failure' : 'success',
          startedAt: at,
          completedAt: at,
        },
      ],
    });
  });
}

/** A completed run of the watched workflow, with its jobs (attempt 1). */
export function seedRun(stand: Stand, seed: SeedRun): FakeRun {
  const failed = seed.jobs.some((j) => j.conclusion === 'failure');
  const run = stand.github.addRun({
    ...(seed.id !== undefined ? { id: seed.id } : {}),
    repo: stand.repo,
    name: seed.name ?? 'CI',
    workflowId: seed.workflowId ?? WATCHED_WORKFLOW_ID,
    headSha: seed.sha,
    headBranch: seed.branch ?? 'main',
    event: seed.event ?? 'push',
    status: 'completed',
    conclusion: seed.conclusion ?? (failed ? 'failure' : 'success'),
    pullRequests: seed.pullRequests ?? [],
  });
  addJobs(stand, run, 1, seed.jobs);
  return run;
}

/** What GitHub does on `rerun-failed-jobs`: a new attempt of the run starts (queued). */
export function startNextAttempt(stand: Stand, runId: number): FakeRun {
  const run = stand.github.run(runId);
  if (!run) throw new Error(`no run ${runId}`);
  Object.assign(run, { runAttempt: run.runAttempt + 1, status: 'queued', conclusion: null });
  return run;
}

/**
 * The new attempt finishes with these jobs: the run fails with a failed job, else is cancelled with a
 * cancelled one (a concurrency group, a person, a job's timeout-minutes: GitHub reports the run cancelled).
 */
export function finishAttempt(stand: Stand, runId: number, jobs: SeedJob[]): FakeRun {
  const run = stand.github.run(runId);
  if (!run) throw new Error(`no run ${runId}`);
  addJobs(stand, run, run.runAttempt, jobs);
  const has = (c: SeedJob['conclusion']): boolean => jobs.some((j) => j.conclusion === c);
  Object.assign(run, {
    status: 'completed',
    conclusion: has('failure') ? 'failure' : has('cancelled') ? 'cancelled' : 'success',
  });
  return run;
}

export interface SupervisorRun {
  job: JobResult;
  outputs: Record<string, string>;
  decisions: { job: string; action: string; type?: string; lane?: string; attempt: number; reason: string }[];
  summary: string;
  /** API calls this supervisor run made. */
  calls: ApiCall[];
  /** Mutating calls (POST/PATCH/PUT/DELETE) among them, as 'METHOD route'. */
  writes: string[];
}

let nextSupervisorRun = 90_000;

/**
 * Runs the real `supervise/` action (dist bundle, Node 24) as the only step of a `workflow_run` job, the
 * way the reusable workflow does after checking out the default branch's `.github/`.
 */
export async function runSupervisor(
  stand: Stand,
  opts: {
    /** Undefined: a sweep, the run a `schedule:` starts (no workflow_run payload, no run-id). */
    runId: number | undefined;
    runAttempt?: number;
    config?: string;
    with?: Record<string, string>;
    /** `read`: the read-only cache token of a fork's pull-request run. */
    cacheMode?: CacheMode;
    /**
     * A `workflow_dispatch` of the caller on this branch (GitHub runs it there: its GITHUB_REF, its cache
     * scope), `runId` passed as an input a caller may declare.
     */
    dispatchedOn?: string;
  },
): Promise<SupervisorRun> {
  const watched = opts.runId !== undefined ? stand.github.run(opts.runId) : undefined;
  const workspace = await mkdtemp(path.join(stand.root, 'supervisor-'));
  if (opts.config !== undefined) {
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(path.join(workspace, '.github', 'ci-recovery.yml'), opts.config);
  }
  const before = stand.github.calls.length;
  const id = (nextSupervisorRun += 1);
  const job = await runJob({
    stand,
    workspace,
    runId: id,
    jobId: id + 500_000,
    jobKey: 'supervise',
    jobName: 'supervise',
    ...(opts.cacheMode ? { cacheMode: opts.cacheMode } : {}),
    ...(opts.dispatchedOn !== undefined ? { ref: `refs/heads/${opts.dispatchedOn}` } : {}),
    // The supervisor's run has this one job: it completes with it, as on GitHub (a run left in progress
    // would stand as a rival writer of the sticky comment to every later supervisor run).
    event:
      opts.dispatchedOn !== undefined
        ? {
            name: 'workflow_dispatch',
            payload: {
              ref: `refs/heads/${opts.dispatchedOn}`,
              inputs: opts.runId !== undefined ? { 'run-id': String(opts.runId) } : {},
              repository: { full_name: stand.repo, default_branch: 'main' },
              sender: { login: 'octocat' },
            },
          }
        : opts.runId === undefined
          ? {
              name: 'schedule',
              payload: {
                schedule: '*/15 * * * *',
                repository: { full_name: stand.repo, default_branch: 'main' },
              },
            }
          : {
              name: 'workflow_run',
              payload: {
                action: 'completed',
                workflow_run: {
                  id: opts.runId,
                  run_attempt: opts.runAttempt ?? watched?.runAttempt ?? 1,
                  head_sha: watched?.headSha,
                  head_branch: watched?.headBranch,
                  event: watched?.event,
                  conclusion: watched?.conclusion,
                },
                repository: { full_name: stand.repo, default_branch: 'main' },
              },
            },
    steps: [
      {
        id: 'supervise',
        uses: 'supervise',
        with: {
          'revert-labels': 'ci-recovery,revert',
          // A dispatch has no workflow_run payload: the caller passes its input on.
          ...(opts.dispatchedOn !== undefined && opts.runId !== undefined
            ? {
                'run-id': String(opts.runId),
                ...(opts.runAttempt !== undefined ? { 'run-attempt': String(opts.runAttempt) } : {}),
              }
            : {}),
          ...opts.with,
        },
      },
    ],
  });
  const calls = stand.github.calls
    .slice(before)
    .filter(
      (c) => !c.path.includes(`/actions/runs/${id}`) && !c.path.includes(`/actions/jobs/${id + 500_000}`),
    );
  const outputs = job.steps.supervise?.outputs ?? {};
  return {
    job,
    outputs,
    decisions: outputs.decisions ? (JSON.parse(outputs.decisions) as SupervisorRun['decisions']) : [],
    summary: job.summary,
    calls,
    // A GraphQL query (who the token is) is a POST that writes nothing.
    writes: calls
      .filter((c) => c.method !== 'GET' && !isGraphQLQuery(c))
      .map((c) => `${c.method} ${c.route ?? c.path}`),
  };
}

/** Fast stories: no backoff before re-runs (the policy's waits are tested in unit tests). */
export const NO_BACKOFF_CONFIG = `budgets:
  DOCS: { backoff-seconds: 0 }
  STANDARD: { backoff-seconds: 0 }
  HEAVY: { backoff-seconds: 0 }
`;

/**
 * Lands commits on the remote's default branch through a scratch clone: `files` as one commit, or, with
 * `merge`, a two-commit feature branch merged with --no-ff (a merge commit whose first parent is the old tip).
 */
export async function landCommit(
  stand: Stand,
  change: { message: string; files: Record<string, string>; merge?: boolean; author?: string; ref?: string },
): Promise<string> {
  const dir = await mkdtemp(path.join(stand.root, 'land-'));
  const who = change.author ?? 'Dev';
  const env = {
    GIT_AUTHOR_NAME: who,
    GIT_AUTHOR_EMAIL: `${who.toLowerCase()}@example.com`,
    GIT_COMMITTER_NAME: who,
    GIT_COMMITTER_EMAIL: `${who.toLowerCase()}@example.com`,
  };
  const git = (args: string[]): Promise<string> => execGit(args, dir, { ...stand.git.env, ...env });
  await git(['clone', '--quiet', stand.git.url, '.']);
  const write = async (): Promise<void> => {
    for (const [file, content] of Object.entries(change.files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
    await git(['add', '-A']);
  };
  if (change.merge) {
    await git(['checkout', '--quiet', '-b', 'feature']);
    await write();
    await git(['commit', '--quiet', '-m', `${change.message} (part 1)`]);
    await writeFile(path.join(dir, 'CHANGELOG.md'), `- ${change.message}\n`);
    await git(['add', '-A']);
    await git(['commit', '--quiet', '-m', `${change.message} (part 2)`]);
    await git(['checkout', '--quiet', 'main']);
    await git([
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      `Merge pull request from feature: ${change.message}`,
      'feature',
    ]);
  } else {
    await write();
    await git(['commit', '--quiet', '-m', change.message]);
  }
  await git(['push', '--quiet', 'origin', `HEAD:${change.ref ?? 'refs/heads/main'}`]);
  return (await git(['rev-parse', 'HEAD'])).trim();
}

async function execGit(args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...env } });
  return stdout;
}

function isGraphQLQuery(call: { path: string; body?: unknown }): boolean {
  const query = (call.body as { query?: unknown } | undefined)?.query;
  return call.path === '/graphql' && typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
}
