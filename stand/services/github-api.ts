/**
 * A local GitHub REST API: a plain HTTP server with a stateful fake behind the routes ci-recovery and
 * the toolkit clients call. EVERY response is validated against GitHub's own OpenAPI description before
 * it is sent; an invalid one becomes a 500 carrying the validation error (and is recorded in
 * `validationErrors`), so a fake that drifts from the real API makes tests fail.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { refRoutes } from './github-refs.js';
import { pullRequestRunStatus, pushStartsRuns, type Actor } from './token-rules.js';
import { OpenApiValidator, type ValidationFailure } from './openapi.js';
import { closeServer, readBody, type ArtifactRecord, type ResultsService } from './results-service.js';

export type JobStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type Conclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FakeRepo {
  owner: string;
  repo: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  /** Repository setting "Allow GitHub Actions to create and approve pull requests". */
  actionsCanCreatePullRequests: boolean;
  /**
   * Whether the repository's plan has draft pull requests (false: a private repository on GitHub Free or
   * Pro); a draft is then refused with 422 "Draft pull requests are not supported in this repository."
   */
  draftPullRequests: boolean;
  /**
   * Whether `POST /runs/{id}/rerun-failed-jobs` re-runs a cancelled job (a job timeout concludes
   * `cancelled`) along with the failed ones. GitHub does not document it and reports conflict, so the
   * stand takes the reading that hurts by default (false): failed jobs only, and a run with none failed
   * is refused. A test of the other reading sets it.
   */
  rerunFailedTakesCancelled: boolean;
}

export interface FakeStep {
  name: string;
  number: number;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: Conclusion | null;
  startedAt?: string;
  completedAt?: string;
}

export interface FakeAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface FakeRun {
  id: number;
  /** owner/repo */
  repo: string;
  name: string;
  /** Workflow file, e.g. .github/workflows/ci.yml */
  path: string;
  workflowId: number;
  headSha: string;
  headBranch: string;
  event: string;
  status: JobStatus;
  conclusion: Conclusion | null;
  runAttempt: number;
  runNumber: number;
  actor: string;
  createdAt: string;
  updatedAt: string;
  /** PR numbers shown in the run's pull_requests (empty for fork PRs, as on GitHub). */
  pullRequests: number[];
  /** Who started the run or its latest attempt, and its depth in a workflow_run chain (token-rules.ts). */
  triggeredBy?: Actor;
  chainDepth?: number;
}

export interface FakeJob {
  id: number;
  repo: string;
  runId: number;
  runAttempt: number;
  name: string;
  status: JobStatus;
  conclusion: Conclusion | null;
  steps: FakeStep[];
  startedAt: string;
  completedAt?: string;
  /** Full job log; served by /logs only once the job is completed (as on GitHub). */
  log?: string;
  annotations: FakeAnnotation[];
  labels: string[];
  /** The runner the job was assigned to (`runner_name`; null before one is). */
  runnerName?: string;
}

export interface FakeComment {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakePullFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed';
  additions?: number;
  deletions?: number;
  patch?: string;
}

export interface FakePull {
  number: number;
  repo: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  /** owner/repo the head branch lives in, when it is a fork (default: the PR's repo). */
  headRepo?: string;
  user: string;
  files: FakePullFile[];
  /** Commits of the PR (head sha included), for GET /commits/{sha}/pulls and the PR's commit list. */
  commits: string[];
  /** Messages of those commits, by sha (absent: empty), for GET /pulls/{n}/commits. */
  messages?: Record<string, string>;
  merged: boolean;
  mergeCommitSha: string | null;
  createdAt: string;
}

export interface FakeIssueEvent {
  id: number;
  repo: string;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  createdAt: string;
}

export interface RerunCall {
  kind: 'run' | 'failed-jobs' | 'job';
  repo: string;
  runId?: number;
  jobId?: number;
  /** The jobs a `failed-jobs` re-run takes (of the run's latest attempt); absent when the fake knows none. */
  jobIds?: number[];
  body: unknown;
}

export interface GitHubState {
  repos: FakeRepo[];
  runs: FakeRun[];
  jobs: FakeJob[];
  comments: FakeComment[];
  pulls: FakePull[];
  issueEvents: FakeIssueEvent[];
  /** Labels on issues and PRs, by `owner/repo#number`. */
  labels: Record<string, string[]>;
  /** Collaborator permission by `owner/repo:login`; unknown users read as 'read'. */
  permissions: Record<string, Permission>;
  reruns: RerunCall[];
  dispatches: { repo: string; workflowId: string; ref: string; inputs: unknown }[];
  /**
   * Workflows that no longer take a dispatch, by `owner/repo:workflowId`: disabled (Actions > the workflow >
   * Disable), or its file deleted or renamed (a renamed file is a new workflow). Absent: active.
   */
  workflowStates: Record<string, 'disabled_manually' | 'deleted'>;
}

export interface ApiCall {
  method: string;
  /** Path with query, as requested. */
  path: string;
  /** Matched OpenAPI path template, e.g. /repos/{owner}/{repo}/actions/jobs/{job_id}. */
  route?: string;
  body: unknown;
  status: number;
  token?: string;
}

export interface ApiRequest {
  method: string;
  /** Path with query, as requested. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  token: string;
  /** owner/repo from the path, when it has one. */
  repo: string;
}

export interface ApiReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiHandler = (req: ApiRequest, api: GitHubApi) => ApiReply | Promise<ApiReply>;

export interface GitHubApiOptions {
  /** Where artifacts live (their REST listing and download redirect). */
  results?: ResultsService;
  /** Accept only this token (others get 401 Bad credentials). Default: any non-empty token. */
  token?: string;
  /** Resolves a branch of a repo to a commit sha (the stand wires the bare git remote in). */
  resolveRef?: (repo: string, ref: string) => Promise<string | undefined>;
  /** A file of a repo at a commit or branch (the stand wires the bare git remote in); undefined: none. */
  readFile?: (repo: string, ref: string, path: string) => Promise<string | undefined>;
  /** Points a branch of a repo at a commit, or deletes it (undefined); the stand wires the git remote in. */
  updateRef?: (repo: string, branch: string, sha: string | undefined) => Promise<void>;
  /**
   * Tokens of a GitHub App installation (or fine-grained tokens): they start runs and fire workflow_run as
   * a person does. `token` (the stand's) is the job's GITHUB_TOKEN; any other token is a person's.
   */
  appTokens?: string[];
  /** `false`: refuse `return_run_details` on a dispatch with 400, as GHES 3.20 and older do. */
  dispatchRunDetails?: boolean;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  handler: ApiHandler;
}

interface Injected {
  status: number;
  message: string;
  times: number;
  headers?: Record<string, string>;
  /** Only requests whose path parameters pass (one run's reads, say); the others are served. */
  only?: (params: Record<string, string>) => boolean;
}

const DOCS = 'https://docs.github.com/rest';
const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function compile(method: string, template: string, handler: ApiHandler): Route {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    // A file's path in the contents API keeps its slashes (octokit sends them as they are).
    // So does a git ref (`heads/ci-recovery/probe-…`).
    return name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { method: method.toUpperCase(), template, regex: new RegExp(`^${pattern}$`), names, handler };
}

/**
 * GitHub's limits on re-runs: 30 days after the run started (the wording cli/cli#9989 saw), and 50
 * attempts (docs: "Re-running workflows and jobs"; GitHub's wording for this one is not published, so the
 * stand's is its own).
 */
function rerunRefusal(run: FakeRun, at = Date.now()): string | undefined {
  if (at - Date.parse(run.createdAt) > 30 * 86_400_000) {
    return 'Unable to retry this workflow run because it was created over a month ago';
  }
  if (run.runAttempt >= 50) return 'This workflow run has reached the maximum number of attempts (50)';
  return undefined;
}

/**
 * A job log as the runner writes it: UTF-8 with a BOM (a .NET `StreamWriter` on `Encoding.UTF8`), and
 * every line prefixed with its UTC time in .NET's round-trip format, 7 fraction digits
 * (actions/runner `src/Runner.Common/Logging.cs`, `$"{DateTime.UtcNow.ToString("O")} {message}"`).
 */
export function runnerLogText(log: string, at = new Date().toISOString()): string {
  const base = Date.parse(at) || Date.now();
  const lines = log.endsWith('\n') ? log.slice(0, -1).split('\n') : log.split('\n');
  const stamped = lines.map((line, i) => `${dotNetRoundTrip(new Date(base + i))} ${line}`);
  return `\uFEFF${stamped.join('\n')}\n`;
}

/** `2026-03-04T05:06:07.1230000Z`: .NET's "O" format of a UTC time. */
function dotNetRoundTrip(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** A file as the contents API gives it (content-file), its bytes base64 with a line break every 60 characters. */
function contentFile(repo: string, file: string, ref: string, text: string): Record<string, unknown> {
  const bytes = Buffer.from(text);
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const url = `https://api.github.com/repos/${repo}/contents/${file}?ref=${ref}`;
  const html = `https://github.com/${repo}/blob/${ref}/${file}`;
  const git = `https://api.github.com/repos/${repo}/git/blobs/${sha}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name: path.posix.basename(file),
    path: file,
    content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo}/${ref}/${file}`,
    _links: { self: url, git, html },
  };
}

export function errorBody(
  status: number,
  message: string,
): { message: string; documentation_url: string; status: string } {
  return { message, documentation_url: DOCS, status: String(status) };
}

const DEFAULT_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Server Error',
};

export class GitHubApi {
  readonly state: GitHubState = {
    repos: [],
    runs: [],
    jobs: [],
    comments: [],
    pulls: [],
    issueEvents: [],
    labels: {},
    permissions: {},
    reruns: [],
    dispatches: [],
    workflowStates: {},
  };
  readonly calls: ApiCall[] = [];
  /**
   * Milliseconds every request waits before it is answered, as an API across the internet answers (a
   * GitHub round trip from a runner is tens to hundreds of ms); 0 by default, as on loopback.
   */
  latencyMs = 0;
  readonly validationErrors: ValidationFailure[] = [];
  url = '';
  private server?: Server;
  private readonly routes: Route[] = [];
  private readonly custom: Route[] = [];
  private readonly failures = new Map<string, Injected>();
  private readonly validator = new OpenApiValidator();
  private readonly examples = new Map<string, unknown>();
  private nextId = 5000;

  constructor(readonly options: GitHubApiOptions = {}) {
    this.builtins();
  }

  async listen(): Promise<void> {
    // Before the first request: a job's call must not wait on the stand's own validator (OpenApiValidator.warm).
    this.validator.warm();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorBody(500, String(error))));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (this.server) await closeServer(this.server);
  }

  /**
   * Adds (or overrides) an endpoint; the template must be a path of GitHub's OpenAPI description.
   * Returns a function that removes it again.
   */
  route(method: string, template: string, handler: ApiHandler): () => void {
    const added = compile(method, template, handler);
    this.custom.unshift(added);
    return () => {
      const at = this.custom.indexOf(added);
      if (at >= 0) this.custom.splice(at, 1);
    };
  }

  /**
   * The next `times` requests to this route (default: all) answer `status` with a GitHub error body; with
   * `only`, just those whose path parameters it passes (`{ run_id: '5001' }`).
   */
  fail(
    method: string,
    template: string,
    status: number,
    {
      message,
      times = Infinity,
      headers,
      only,
    }: {
      message?: string;
      times?: number;
      headers?: Record<string, string>;
      only?: Injected['only'];
    } = {},
  ): void {
    this.failures.set(`${method.toUpperCase()} ${template}`, {
      status,
      message: message ?? DEFAULT_MESSAGES[status] ?? 'Error',
      times,
      ...(headers ? { headers } : {}),
      ...(only ? { only } : {}),
    });
  }

  /**
   * The next `times` requests to this route answer as GitHub does past a rate limit, headers included.
   * Primary (the hourly budget is spent): 403 or 429, `x-ratelimit-remaining: 0` and the reset time in
   * epoch seconds. Secondary (too much at once): 403 or 429, GitHub's wording, and `retry-after` seconds.
   */
  rateLimit(
    method: string,
    template: string,
    kind: 'primary' | 'secondary',
    {
      status = 403,
      times = 1,
      waitSeconds = 1,
    }: { status?: 403 | 429; times?: number; waitSeconds?: number } = {},
  ): void {
    const requestId = 'FAKE:RATE';
    if (kind === 'primary') {
      this.fail(method, template, status, {
        times,
        message: `API rate limit exceeded for installation ID 4242. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + waitSeconds),
          'x-ratelimit-resource': 'core',
        },
      });
    } else {
      this.fail(method, template, status, {
        times,
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        headers: { 'retry-after': String(waitSeconds) },
      });
    }
  }

  /** Removes injected failures. */
  clearFailures(): void {
    this.failures.clear();
  }

  id(): number {
    return this.nextId++;
  }

  // ---- state helpers -------------------------------------------------------------------------

  /**
   * What `rerun-failed-jobs` takes of a run's latest attempt: its failed jobs, and its cancelled ones only
   * where the repository says so (`rerunFailedTakesCancelled`). Undefined when the fake knows no job of it.
   */
  private failedJobsToRerun(run: FakeRun): number[] | undefined {
    const jobs = this.state.jobs.filter((j) => j.runId === run.id && j.runAttempt === run.runAttempt);
    if (jobs.length === 0) return undefined;
    const cancelledToo = this.repo(run.repo)?.rerunFailedTakesCancelled === true;
    const taken = (c: Conclusion | null): boolean =>
      c === 'failure' || c === 'timed_out' || (cancelledToo && c === 'cancelled');
    return jobs.filter((j) => taken(j.conclusion)).map((j) => j.id);
  }

  addRepo(full: string, opts: Partial<Omit<FakeRepo, 'owner' | 'repo'>> = {}): FakeRepo {
    const [owner = '', repo = ''] = full.split('/');
    const found = this.repo(full);
    if (found) return Object.assign(found, opts);
    const created: FakeRepo = {
      owner,
      repo,
      id: this.id(),
      defaultBranch: 'main',
      private: false,
      actionsCanCreatePullRequests: true,
      draftPullRequests: true,
      rerunFailedTakesCancelled: false,
      ...opts,
    };
    this.state.repos.push(created);
    return created;
  }

  /** Who a token is, by the token rules (token-rules.ts): the stand's own token is the job's GITHUB_TOKEN. */
  actorOf(token: string | undefined): Actor {
    if (token !== undefined && this.options.appTokens?.includes(token)) return 'app';
    return token !== undefined && token === this.options.token ? 'github-token' : 'person';
  }

  /**
   * The workflow_run depth of the runs the next calls start: a scenario sets it to the depth of the
   * supervisor run it is about to run (0 for a sweep), as GitHub knows which run made a call.
   */
  callerDepth = 0;

  /**
   * `true`: GitHub's runs start by themselves, by the token rules (token-rules.ts): a re-run's next attempt
   * at once (queued), a PR's `pull_request` runs and a created branch's push runs for the workflows the
   * repository has run. The older stories start runs themselves (supervise-stand.ts `seedRun`,
   * `startNextAttempt`) and leave this off; a dispatch starts its run either way.
   */
  startsRuns = false;

  /** The workflows the repository has run on `push` (a pushed branch or a PR starts them). */
  pushWorkflows(repo: string): number[] {
    return [
      ...new Set(
        this.state.runs.filter((r) => r.repo === repo && r.event === 'push').map((r) => r.workflowId),
      ),
    ];
  }

  /**
   * GitHub reads the workflow file at the dispatch's ref: one there without `workflow_dispatch` in its `on:`
   * refuses the dispatch. The stand's repositories often hold no workflow file: none there is not refused.
   */
  private async lacksDispatchTrigger(repo: string, workflowId: number, sha: string): Promise<boolean> {
    const file = this.state.runs.find((r) => r.repo === repo && r.workflowId === workflowId)?.path;
    const text = file ? await this.options.readFile?.(repo, sha, file) : undefined;
    if (text === undefined) return false;
    let on: unknown;
    try {
      on = (parseYaml(text) as { on?: unknown } | null)?.on;
    } catch {
      return false; // GitHub's answer to a file that does not parse is not published: the stand takes the dispatch
    }
    if (typeof on === 'string') return on !== 'workflow_dispatch';
    if (Array.isArray(on)) return !on.includes('workflow_dispatch');
    return !(typeof on === 'object' && on !== null && 'workflow_dispatch' in on);
  }

  /** A run GitHub starts on the caller's behalf (queued), of the workflow in the path, as its last run ran it. */
  startRun(
    req: { repo: string; token?: string | undefined; params: Record<string, string | undefined> },
    at: { headBranch: string; headSha: string | undefined; event: string; workflowId?: number },
  ): FakeRun {
    const workflowId = at.workflowId ?? Number(req.params.workflow_id ?? '0');
    const like = [...this.state.runs]
      .reverse()
      .find((r) => r.repo === req.repo && r.workflowId === workflowId);
    const actor = this.actorOf(req.token);
    return this.addRun({
      repo: req.repo,
      ...(like ? { name: like.name, path: like.path } : {}),
      workflowId: workflowId || (like?.workflowId ?? 161335),
      headBranch: at.headBranch,
      headSha: at.headSha ?? '0'.repeat(40),
      event: at.event,
      status: 'queued',
      actor:
        actor === 'github-token'
          ? 'github-actions[bot]'
          : actor === 'app'
            ? 'ci-recovery-app[bot]'
            : 'octocat',
      triggeredBy: actor,
      chainDepth: this.callerDepth,
    });
  }

  /**
   * What GitHub does on a push to `branch` (a git push, or a branch created through the API): the push
   * runs of `workflowIds`, unless the pusher's token is the job's GITHUB_TOKEN, which starts none.
   */
  pushed(at: {
    repo: string;
    branch: string;
    sha: string;
    token: string | undefined;
    workflowIds: number[];
  }): FakeRun[] {
    if (!pushStartsRuns(this.actorOf(at.token))) return [];
    return at.workflowIds.map((workflowId) =>
      this.startRun(
        { repo: at.repo, ...(at.token !== undefined ? { token: at.token } : {}), params: {} },
        { headBranch: at.branch, headSha: at.sha, event: 'push', workflowId },
      ),
    );
  }

  repo(full: string): FakeRepo | undefined {
    return this.state.repos.find((r) => `${r.owner}/${r.repo}` === full);
  }

  addRun(run: Partial<FakeRun> & { repo: string }): FakeRun {
    this.addRepo(run.repo);
    const created: FakeRun = {
      id: this.id(),
      name: 'CI',
      path: '.github/workflows/ci.yml',
      workflowId: 161335,
      headSha: '0000000000000000000000000000000000000000',
      headBranch: 'main',
      event: 'push',
      status: 'in_progress',
      conclusion: null,
      runAttempt: 1,
      runNumber: 1,
      actor: 'octocat',
      createdAt: now(),
      updatedAt: now(),
      pullRequests: [],
      ...run,
    };
    this.state.runs.push(created);
    return created;
  }

  addJob(job: Partial<FakeJob> & { repo: string; runId: number }): FakeJob {
    const created: FakeJob = {
      id: this.id(),
      runAttempt: 1,
      name: 'build',
      status: 'in_progress',
      conclusion: null,
      steps: [],
      startedAt: now(),
      annotations: [],
      labels: ['ubuntu-latest'],
      ...job,
    };
    this.state.jobs.push(created);
    return created;
  }

  job(id: number): FakeJob | undefined {
    return this.state.jobs.find((j) => j.id === id);
  }

  run(id: number): FakeRun | undefined {
    return this.state.runs.find((r) => r.id === id);
  }

  addPull(pull: Partial<FakePull> & { repo: string; head: { ref: string; sha: string } }): FakePull {
    const repo = this.addRepo(pull.repo);
    const number = pull.number ?? this.nextIssueNumber(pull.repo);
    const created: FakePull = {
      number,
      title: `PR ${number}`,
      body: '',
      state: 'open',
      draft: false,
      base: { ref: repo.defaultBranch, sha: '0000000000000000000000000000000000000000' },
      user: 'octocat',
      files: [],
      commits: [pull.head.sha],
      merged: false,
      mergeCommitSha: null,
      createdAt: now(),
      ...pull,
    };
    this.state.pulls.push(created);
    return created;
  }

  addComment(
    comment: Partial<FakeComment> & { repo: string; issueNumber: number; body: string },
  ): FakeComment {
    const created: FakeComment = {
      id: this.id(),
      user: 'github-actions[bot]',
      createdAt: now(),
      updatedAt: now(),
      ...comment,
    };
    this.state.comments.push(created);
    return created;
  }

  /** Applies a label (as `actor`) and records the `labeled` issue event GitHub would. */
  addLabel(repo: string, issueNumber: number, label: string, actor = 'octocat'): void {
    const key = `${repo}#${issueNumber}`;
    const labels = (this.state.labels[key] ??= []);
    if (!labels.includes(label)) labels.push(label);
    this.state.issueEvents.push({
      id: this.id(),
      repo,
      issueNumber,
      event: 'labeled',
      label,
      actor,
      createdAt: now(),
    });
  }

  setPermission(repo: string, login: string, permission: Permission): void {
    this.state.permissions[`${repo}:${login}`] = permission;
  }

  /** Artifacts the Results service holds for a run (all attempts), finalized only. */
  artifactsOf(runId: number): ArtifactRecord[] {
    return (this.options.results?.artifacts ?? []).filter((a) => a.finalized && a.runId === runId);
  }

  private nextIssueNumber(repo: string): number {
    const used = [
      ...this.state.pulls.filter((p) => p.repo === repo).map((p) => p.number),
      ...this.state.comments.filter((c) => c.repo === repo).map((c) => c.issueNumber),
    ];
    return Math.max(0, ...used) + 1;
  }

  // ---- response builders (start from GitHub's documented examples, then set our state) --------

  private example(method: string, template: string, status: number): Record<string, unknown> {
    const key = `${method} ${template} ${status}`;
    if (!this.examples.has(key)) this.examples.set(key, this.validator.example(method, template, status));
    const value = structuredClone(this.examples.get(key));
    return (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
  }

  userObject(login: string): Record<string, unknown> {
    const base = this.example('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 200)
      .user as Record<string, unknown>;
    const html = `https://github.com/${encodeURIComponent(login)}`;
    return {
      ...base,
      login,
      id: hashId(login),
      node_id: `U_${hashId(login)}`,
      html_url: html,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private minimalRepo(full: string): Record<string, unknown> {
    const repo = this.repo(full) ?? this.addRepo(full);
    const base = this.example('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 200).repository as Record<
      string,
      unknown
    >;
    return {
      ...base,
      id: repo.id,
      node_id: `R_${repo.id}`,
      name: repo.repo,
      full_name: full,
      private: repo.private,
      owner: this.userObject(repo.owner),
      html_url: `https://github.com/${full}`,
      url: `${this.url}/repos/${full}`,
    };
  }

  repoObject(full: string): Record<string, unknown> {
    const repo = this.repo(full) ?? this.addRepo(full);
    const base = this.example('GET', '/repos/{owner}/{repo}', 200);
    // The documented example is a fork; ours are not.
    delete base.source;
    delete base.parent;
    return {
      ...base,
      ...this.minimalRepo(full),
      language: 'TypeScript',
      default_branch: repo.defaultBranch,
      visibility: repo.private ? 'private' : 'public',
      clone_url: `https://github.com/${full}.git`,
      git_url: `git://github.com/${full}.git`,
      ssh_url: `git@github.com:${full}.git`,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    };
  }

  runObject(run: FakeRun, attempt = run.runAttempt): Record<string, unknown> {
    const base = this.example('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 200);
    const api = `${this.url}/repos/${run.repo}/actions/runs/${run.id}`;
    return {
      ...base,
      id: run.id,
      node_id: `WFR_${run.id}`,
      name: run.name,
      display_title: run.name,
      path: run.path,
      workflow_id: run.workflowId,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      run_number: run.runNumber,
      run_attempt: attempt,
      event: run.event,
      status: attempt === run.runAttempt ? run.status : 'completed',
      conclusion: attempt === run.runAttempt ? run.conclusion : 'failure',
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      run_started_at: run.createdAt,
      url: api,
      html_url: `https://github.com/${run.repo}/actions/runs/${run.id}`,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      check_suite_url: `${this.url}/repos/${run.repo}/check-suites/${run.id}`,
      previous_attempt_url: attempt > 1 ? `${api}/attempts/${attempt - 1}` : null,
      workflow_url: `${this.url}/repos/${run.repo}/actions/workflows/${run.workflowId}`,
      pull_requests: run.pullRequests.flatMap((n) => {
        const pull = this.state.pulls.find((p) => p.repo === run.repo && p.number === n);
        return pull ? [this.pullMinimal(pull)] : [];
      }),
      actor: this.userObject(run.actor),
      triggering_actor: this.userObject(run.actor),
      head_commit: { ...(base.head_commit as object), id: run.headSha, tree_id: run.headSha },
      repository: this.minimalRepo(run.repo),
      head_repository: this.minimalRepo(run.repo),
    };
  }

  private pullMinimal(pull: FakePull): Record<string, unknown> {
    const repo = this.repo(pull.repo) ?? this.addRepo(pull.repo);
    const repoRef = { id: repo.id, url: `${this.url}/repos/${pull.repo}`, name: repo.repo };
    return {
      id: pull.number + 100000,
      number: pull.number,
      url: `${this.url}/repos/${pull.repo}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: repoRef },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: repoRef },
    };
  }

  jobObject(job: FakeJob): Record<string, unknown> {
    const base = this.example('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', 200);
    const run = this.run(job.runId);
    return {
      ...base,
      id: job.id,
      node_id: `CR_${job.id}`,
      run_id: job.runId,
      run_attempt: job.runAttempt,
      run_url: `${this.url}/repos/${job.repo}/actions/runs/${job.runId}`,
      head_sha: run?.headSha ?? '0000000000000000000000000000000000000000',
      head_branch: run?.headBranch ?? 'main',
      workflow_name: run?.name ?? 'CI',
      name: job.name,
      url: `${this.url}/repos/${job.repo}/actions/jobs/${job.id}`,
      html_url: `https://github.com/${job.repo}/actions/runs/${job.runId}/job/${job.id}`,
      check_run_url: `${this.url}/repos/${job.repo}/check-runs/${job.id}`,
      status: job.status,
      conclusion: job.conclusion,
      created_at: job.startedAt,
      started_at: job.startedAt,
      completed_at: job.completedAt ?? null,
      labels: job.labels,
      runner_name: job.runnerName ?? null,
      steps: job.steps.map((s) => ({
        name: s.name,
        number: s.number,
        status: s.status,
        conclusion: s.conclusion,
        started_at: s.startedAt ?? null,
        completed_at: s.completedAt ?? null,
      })),
    };
  }

  artifactObject(a: ArtifactRecord, repoFull: string): Record<string, unknown> {
    const base = this.example('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', 200);
    const run = a.runId !== undefined ? this.run(a.runId) : undefined;
    const repo = this.repo(repoFull) ?? this.addRepo(repoFull);
    const url = `${this.url}/repos/${repoFull}/actions/artifacts/${a.id}`;
    const expires = a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86_400_000);
    return {
      ...base,
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url,
      archive_download_url: `${url}/zip`,
      expired: expires.getTime() < Date.now(),
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: expires.toISOString(),
      digest: a.digest ?? null,
      workflow_run: {
        id: a.runId ?? 0,
        repository_id: repo.id,
        head_repository_id: repo.id,
        head_branch: run?.headBranch ?? repo.defaultBranch,
        head_sha: run?.headSha ?? '0000000000000000000000000000000000000000',
      },
    };
  }

  commentObject(c: FakeComment): Record<string, unknown> {
    const base = this.example('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 200);
    return {
      ...base,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${c.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.userObject(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE',
    };
  }

  private labelObject(repo: string, name: string): Record<string, unknown> {
    return {
      id: hashId(`${repo}:${name}`),
      node_id: `LA_${hashId(name)}`,
      url: `${this.url}/repos/${repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: '',
      color: 'ededed',
      default: false,
    };
  }

  pullObject(p: FakePull, simple = false): Record<string, unknown> {
    const base = simple
      ? this.example('GET', '/repos/{owner}/{repo}/pulls', 200)
      : this.example('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200);
    const api = `${this.url}/repos/${p.repo}/pulls/${p.number}`;
    const side = (
      s: { ref: string; sha: string },
      full: string,
      baseSide: unknown,
    ): Record<string, unknown> => {
      const owner = full.split('/')[0] ?? 'octocat';
      return {
        ...(baseSide as object),
        label: `${owner}:${s.ref}`,
        ref: s.ref,
        sha: s.sha,
        user: this.userObject(owner),
        repo: this.repoObject(full),
      };
    };
    const object: Record<string, unknown> = {
      ...base,
      id: p.number + 100000,
      node_id: `PR_${p.number}`,
      number: p.number,
      url: api,
      html_url: `https://github.com/${p.repo}/pull/${p.number}`,
      diff_url: `https://github.com/${p.repo}/pull/${p.number}.diff`,
      patch_url: `https://github.com/${p.repo}/pull/${p.number}.patch`,
      issue_url: `${this.url}/repos/${p.repo}/issues/${p.number}`,
      comments_url: `${this.url}/repos/${p.repo}/issues/${p.number}/comments`,
      state: p.state,
      title: p.title,
      body: p.body,
      draft: p.draft,
      user: this.userObject(p.user),
      labels: (this.state.labels[`${p.repo}#${p.number}`] ?? []).map((l) => this.labelObject(p.repo, l)),
      head: side(p.head, p.headRepo ?? p.repo, base.head),
      base: side(p.base, p.repo, base.base),
      merged_at: p.merged ? p.createdAt : null,
      merge_commit_sha: p.mergeCommitSha,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: p.state === 'closed' ? p.createdAt : null,
      milestone: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      auto_merge: null,
      active_lock_reason: null,
    };
    if (!simple) {
      Object.assign(object, {
        merged: p.merged,
        mergeable: p.state === 'open' ? true : null,
        mergeable_state: 'clean',
        merged_by: null,
        changed_files: p.files.length,
        additions: p.files.reduce((n, f) => n + (f.additions ?? 0), 0),
        deletions: p.files.reduce((n, f) => n + (f.deletions ?? 0), 0),
        commits: p.commits.length,
      });
    }
    return object;
  }

  // ---- routes ------------------------------------------------------------------------------

  private builtins(): void {
    const R = '/repos/{owner}/{repo}';
    const add = (method: string, template: string, handler: ApiHandler): void => {
      this.routes.push(compile(method, template, handler));
    };
    const ok = (body: unknown, status = 200): ApiReply => ({ status, body });
    const notFound = (): ApiReply => ({ status: 404, body: errorBody(404, 'Not Found') });
    const num = (s: string | undefined): number => Number(s);
    const runOf = (req: ApiRequest): FakeRun | undefined => {
      const run = this.run(num(req.params.run_id));
      return run?.repo === req.repo ? run : undefined;
    };
    const jobOf = (req: ApiRequest): FakeJob | undefined => {
      const job = this.job(num(req.params.job_id));
      return job?.repo === req.repo ? job : undefined;
    };

    add('GET', R, (req) => (this.repo(req.repo) ? ok(this.repoObject(req.repo)) : notFound()));

    // Workflow runs and jobs.
    add('GET', `${R}/actions/runs`, (req) => {
      const q = req.query;
      const runs = this.state.runs.filter(
        (r) =>
          r.repo === req.repo &&
          (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
          (!q.get('branch') || r.headBranch === q.get('branch')) &&
          (!q.get('event') || r.event === q.get('event')) &&
          (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status')) &&
          createdMatches(r.createdAt, q.get('created')),
      );
      return this.page(req, filteredAtMost([...runs].reverse(), q), 'workflow_runs', (r) =>
        this.runObject(r),
      );
    });
    add('GET', `${R}/actions/workflows/{workflow_id}`, (req) => {
      const id = num(req.params.workflow_id);
      const like = this.state.runs.find((r) => r.repo === req.repo && r.workflowId === id);
      const state = this.state.workflowStates[`${req.repo}:${id}`];
      // GitHub's workflow object names a deleted workflow by its `state` (and `deleted_at`), answered 200.
      if (!like) return notFound();
      return ok({
        id,
        node_id: `W_${id}`,
        name: like.name,
        path: like.path,
        state: state ?? 'active',
        created_at: like.createdAt,
        updated_at: like.updatedAt,
        ...(state === 'deleted' ? { deleted_at: like.updatedAt } : {}),
        url: `${this.url}/repos/${req.repo}/actions/workflows/${id}`,
        html_url: `https://github.com/${req.repo}/blob/main/${like.path}`,
        badge_url: `https://github.com/${req.repo}/workflows/${encodeURIComponent(like.name)}/badge.svg`,
      });
    });
    add('GET', `${R}/actions/workflows/{workflow_id}/runs`, (req) => {
      const wf = req.params.workflow_id ?? '';
      const q = req.query;
      const runs = this.state.runs.filter(
        (r) =>
          r.repo === req.repo &&
          (String(r.workflowId) === wf || r.path.split('/').pop() === wf) &&
          (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
          (!q.get('branch') || r.headBranch === q.get('branch')) &&
          (!q.get('event') || r.event === q.get('event')) &&
          (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status')) &&
          createdMatches(r.createdAt, q.get('created')),
      );
      return this.page(req, filteredAtMost([...runs].reverse(), q), 'workflow_runs', (r) =>
        this.runObject(r),
      );
    });
    add('GET', `${R}/contents/{path}`, async (req) => {
      const ref = req.query.get('ref') ?? this.repo(req.repo)?.defaultBranch ?? 'main';
      const text = await this.options.readFile?.(req.repo, ref, req.params.path ?? '');
      if (text === undefined) return notFound();
      return ok(contentFile(req.repo, req.params.path ?? '', ref, text));
    });
    add('GET', `${R}/actions/runs/{run_id}`, (req) => {
      const run = runOf(req);
      return run ? ok(this.runObject(run)) : notFound();
    });
    add('GET', `${R}/actions/runs/{run_id}/attempts/{attempt_number}`, (req) => {
      const run = runOf(req);
      const attempt = num(req.params.attempt_number);
      return run && attempt >= 1 && attempt <= run.runAttempt ? ok(this.runObject(run, attempt)) : notFound();
    });
    const jobsOf = (req: ApiRequest, run: FakeRun, attempt?: number): ApiReply => {
      let jobs = this.state.jobs.filter((j) => j.runId === run.id);
      if (attempt !== undefined) jobs = jobs.filter((j) => j.runAttempt === attempt);
      else if (req.query.get('filter') !== 'all') jobs = jobs.filter((j) => j.runAttempt === run.runAttempt);
      return this.page(req, jobs, 'jobs', (j) => this.jobObject(j));
    };
    add('GET', `${R}/actions/runs/{run_id}/jobs`, (req) => {
      const run = runOf(req);
      return run ? jobsOf(req, run) : notFound();
    });
    add('GET', `${R}/actions/runs/{run_id}/attempts/{attempt_number}/jobs`, (req) => {
      const run = runOf(req);
      return run ? jobsOf(req, run, num(req.params.attempt_number)) : notFound();
    });
    add('GET', `${R}/actions/jobs/{job_id}`, (req) => {
      const job = jobOf(req);
      return job ? ok(this.jobObject(job)) : notFound();
    });
    add('GET', `${R}/actions/jobs/{job_id}/logs`, (req) => {
      const job = jobOf(req);
      // Logs become readable only after the job completes (BlobNotFound while it runs).
      if (!job || job.status !== 'completed' || job.log === undefined) return notFound();
      return { status: 302, headers: { location: `${this.url}/_blobs/job-logs/${job.id}` } };
    });
    add('GET', `${R}/check-runs/{check_run_id}/annotations`, (req) => {
      const job = this.job(num(req.params.check_run_id));
      if (job?.repo !== req.repo) return notFound();
      return this.pageArray(
        req,
        job.annotations.map((a) => ({
          path: a.path,
          blob_href: `https://github.com/${req.repo}/blob/${this.run(job.runId)?.headSha ?? 'main'}/${a.path}`,
          start_line: a.startLine,
          end_line: a.endLine,
          start_column: null,
          end_column: null,
          annotation_level: a.level,
          title: a.title ?? null,
          message: a.message,
          raw_details: null,
        })),
      );
    });
    const rerun =
      (kind: RerunCall['kind']): ApiHandler =>
      (req) => {
        const target = kind === 'job' ? jobOf(req) : runOf(req);
        if (!target) return notFound();
        const run = kind === 'job' ? this.run((target as FakeJob).runId) : (target as FakeRun);
        if (run && run.status !== 'completed') {
          return { status: 403, body: errorBody(403, `This workflow is already running`) };
        }
        const refused = run && rerunRefusal(run);
        if (refused) return { status: 403, body: errorBody(403, refused) };
        const taken = kind === 'failed-jobs' && run ? this.failedJobsToRerun(run) : undefined;
        if (taken?.length === 0) {
          // GitHub's answer here is not published: the code and wording are the stand's own.
          return { status: 403, body: errorBody(403, 'This workflow run has no failed jobs to re-run') };
        }
        this.state.reruns.push({
          kind,
          repo: req.repo,
          body: req.body,
          ...(taken ? { jobIds: taken } : {}),
          // A job's re-run is a re-run of its run too (a new attempt).
          ...(kind === 'job'
            ? { jobId: target.id, ...(run ? { runId: run.id } : {}) }
            : { runId: target.id }),
        });
        if (run) {
          // The new attempt is the requester's: its completion is sent on by the token rules (token-rules.ts).
          Object.assign(run, { triggeredBy: this.actorOf(req.token), chainDepth: this.callerDepth });
          if (this.startsRuns)
            Object.assign(run, { runAttempt: run.runAttempt + 1, status: 'queued', conclusion: null });
        }
        return ok({}, 201);
      };
    add('POST', `${R}/actions/runs/{run_id}/rerun`, rerun('run'));
    add('POST', `${R}/actions/runs/{run_id}/rerun-failed-jobs`, rerun('failed-jobs'));
    add('POST', `${R}/actions/jobs/{job_id}/rerun`, rerun('job'));
    add('POST', `${R}/actions/workflows/{workflow_id}/dispatches`, async (req) => {
      const body = (req.body ?? {}) as { ref?: string; inputs?: unknown; return_run_details?: boolean };
      if (!body.ref) return { status: 422, body: errorBody(422, 'Invalid request: "ref" wasn\'t supplied.') };
      // GHES 3.20 and older do not know the field (cli/cli#12672).
      if (body.return_run_details !== undefined && this.options.dispatchRunDetails === false)
        return {
          status: 400,
          body: errorBody(400, 'Invalid request: "return_run_details" is not a permitted key.'),
        };
      // GitHub's wording for a disabled workflow (benc-uk/workflow-dispatch#72), and for a ref whose file has
      // no `workflow_dispatch:` trigger (benc-uk/workflow-dispatch#46, #81: GitHub reads the file at `ref`). A
      // dispatch of a workflow whose file is gone: GitHub publishes no answer; the stand's guess is 404.
      const state = this.state.workflowStates[`${req.repo}:${req.params.workflow_id ?? ''}`];
      if (state === 'disabled_manually')
        return {
          status: 422,
          body: errorBody(422, "Cannot trigger a 'workflow_dispatch' on a disabled workflow"),
        };
      if (state === 'deleted') return notFound();
      const branch = body.ref.replace(/^refs\/heads\//, '');
      const sha = this.options.resolveRef ? await this.options.resolveRef(req.repo, branch) : undefined;
      if (this.options.resolveRef && !sha)
        return { status: 422, body: errorBody(422, `No ref found for: ${body.ref}`) };
      if (sha && (await this.lacksDispatchTrigger(req.repo, num(req.params.workflow_id), sha)))
        return { status: 422, body: errorBody(422, "Workflow does not have 'workflow_dispatch' trigger") };
      this.state.dispatches.push({
        repo: req.repo,
        workflowId: req.params.workflow_id ?? '',
        ref: body.ref,
        inputs: body.inputs ?? {},
      });
      // GitHub starts the run whoever dispatched it; who did decides whether its completion is sent on.
      const run = this.startRun(req, { headBranch: branch, headSha: sha, event: 'workflow_dispatch' });
      if (!body.return_run_details) return { status: 204 };
      const url = `${this.url}/repos/${req.repo}/actions/runs/${run.id}`;
      return {
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: url,
          html_url: `https://github.com/${req.repo}/actions/runs/${run.id}`,
        },
      };
    });

    refRoutes(add, this);

    // Artifacts: the Results service's registry, seen through REST (the findBy path).
    add('GET', `${R}/actions/runs/{run_id}/artifacts`, (req) => {
      const name = req.query.get('name');
      const list = this.artifactsOf(num(req.params.run_id)).filter((a) => !name || a.name === name);
      return this.page(req, list, 'artifacts', (a) => this.artifactObject(a, req.repo));
    });
    add('GET', `${R}/actions/artifacts`, (req) => {
      const name = req.query.get('name');
      const list = (this.options.results?.artifacts ?? [])
        .filter(
          (a) =>
            a.finalized &&
            a.runId !== undefined &&
            this.run(a.runId)?.repo === req.repo &&
            (!name || a.name === name),
        )
        .reverse();
      return this.page(req, list, 'artifacts', (a) => this.artifactObject(a, req.repo));
    });
    add('DELETE', `${R}/actions/artifacts/{artifact_id}`, async (req) => {
      const a = artifactOf(req);
      if (!a || !this.options.results) return notFound();
      await this.options.results.deleteArtifact(a.id);
      return { status: 204 };
    });
    const artifactOf = (req: ApiRequest): ArtifactRecord | undefined =>
      (this.options.results?.artifacts ?? []).find(
        (a) => a.finalized && String(a.id) === req.params.artifact_id,
      );
    add('GET', `${R}/actions/artifacts/{artifact_id}`, (req) => {
      const a = artifactOf(req);
      return a ? ok(this.artifactObject(a, req.repo)) : notFound();
    });
    add('GET', `${R}/actions/artifacts/{artifact_id}/{archive_format}`, (req) => {
      const a = artifactOf(req);
      if (!a || !this.options.results) return notFound();
      return { status: 302, headers: { location: this.options.results.artifactDownloadUrl(a) } };
    });

    // Who the token is: an installation token (GITHUB_TOKEN) may not ask, as on GitHub.
    add('GET', '/user', () => ({
      status: 403,
      body: errorBody(403, 'Resource not accessible by integration'),
    }));

    // Issue comments.
    const commentOf = (req: ApiRequest): FakeComment | undefined =>
      this.state.comments.find((c) => c.repo === req.repo && String(c.id) === req.params.comment_id);
    add('GET', `${R}/issues/{issue_number}/comments`, (req) =>
      this.pageArray(
        req,
        this.state.comments
          .filter((c) => c.repo === req.repo && c.issueNumber === num(req.params.issue_number))
          .map((c) => this.commentObject(c)),
      ),
    );
    add('POST', `${R}/issues/{issue_number}/comments`, (req) => {
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== 'string' || body === '')
        return { status: 422, body: errorBody(422, 'Validation Failed') };
      if (body.length > 65536)
        return {
          status: 422,
          body: errorBody(422, 'Validation Failed: body is too long (maximum is 65536 characters)'),
        };
      const c = this.addComment({ repo: req.repo, issueNumber: num(req.params.issue_number), body });
      return ok(this.commentObject(c), 201);
    });
    add('GET', `${R}/issues/comments/{comment_id}`, (req) => {
      const c = commentOf(req);
      return c ? ok(this.commentObject(c)) : notFound();
    });
    add('PATCH', `${R}/issues/comments/{comment_id}`, (req) => {
      const c = commentOf(req);
      if (!c) return notFound();
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== 'string' || body.length > 65536)
        return { status: 422, body: errorBody(422, 'Validation Failed') };
      c.body = body;
      c.updatedAt = now();
      return ok(this.commentObject(c));
    });
    add('DELETE', `${R}/issues/comments/{comment_id}`, (req) => {
      const c = commentOf(req);
      if (!c) return notFound();
      this.state.comments.splice(this.state.comments.indexOf(c), 1);
      return { status: 204 };
    });

    // Labels and who applied them.
    add('GET', `${R}/issues/{issue_number}/labels`, (req) =>
      this.pageArray(
        req,
        (this.state.labels[`${req.repo}#${req.params.issue_number}`] ?? []).map((l) =>
          this.labelObject(req.repo, l),
        ),
      ),
    );
    add('POST', `${R}/issues/{issue_number}/labels`, (req) => {
      const body = req.body as { labels?: unknown } | unknown[] | undefined;
      const labels = Array.isArray(body) ? body : Array.isArray(body?.labels) ? body.labels : [];
      for (const l of labels)
        if (typeof l === 'string')
          this.addLabel(req.repo, num(req.params.issue_number), l, 'github-actions[bot]');
      return ok(
        (this.state.labels[`${req.repo}#${req.params.issue_number}`] ?? []).map((l) =>
          this.labelObject(req.repo, l),
        ),
      );
    });
    add('GET', `${R}/issues/{issue_number}/events`, (req) =>
      this.pageArray(
        req,
        this.state.issueEvents
          .filter((e) => e.repo === req.repo && e.issueNumber === num(req.params.issue_number))
          .map((e) => ({
            id: e.id,
            node_id: `LE_${e.id}`,
            url: `${this.url}/repos/${req.repo}/issues/events/${e.id}`,
            actor: this.userObject(e.actor),
            event: e.event,
            commit_id: null,
            commit_url: null,
            created_at: e.createdAt,
            performed_via_github_app: null,
            label: { name: e.label, color: 'ededed' },
          })),
      ),
    );
    add('GET', `${R}/collaborators/{username}/permission`, (req) => {
      const login = req.params.username ?? '';
      const permission = this.state.permissions[`${req.repo}:${login}`] ?? 'read';
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      const user = {
        ...this.userObject(login),
        permissions: {
          admin: permission === 'admin',
          maintain: ['admin', 'maintain'].includes(permission),
          push: ['admin', 'maintain', 'write'].includes(permission),
          triage: permission !== 'read' && permission !== 'none',
          pull: permission !== 'none',
        },
        role_name: permission,
      };
      return ok({ permission: legacy, role_name: permission, user });
    });

    // Pull requests.
    const pullOf = (req: ApiRequest): FakePull | undefined =>
      this.state.pulls.find((p) => p.repo === req.repo && String(p.number) === req.params.pull_number);
    add('GET', `${R}/pulls`, (req) => {
      const state = req.query.get('state') ?? 'open';
      const head = req.query.get('head');
      const base = req.query.get('base');
      // `head` is user:branch, the user being the owner of the repository the branch is in (a fork's).
      const headOwner = (p: FakePull): string => (p.headRepo ?? p.repo).split('/')[0] ?? '';
      const list = this.state.pulls.filter(
        (p) =>
          p.repo === req.repo &&
          (state === 'all' || p.state === state) &&
          (!head || `${headOwner(p)}:${p.head.ref}` === head) &&
          (!base || p.base.ref === base),
      );
      return this.pageArray(
        req,
        list.map((p) => this.pullObject(p, true)),
      );
    });
    add('POST', `${R}/pulls`, async (req) => {
      const repo = this.repo(req.repo);
      if (!repo) return notFound();
      if (!repo.actionsCanCreatePullRequests) {
        return {
          status: 403,
          body: errorBody(403, 'GitHub Actions is not permitted to create or approve pull requests.'),
        };
      }
      const body = (req.body ?? {}) as {
        title?: string;
        head?: string;
        base?: string;
        body?: string;
        draft?: boolean;
      };
      if (body.draft && !repo.draftPullRequests) {
        // As GitHub answers it (SWE-agent/SWE-agent#179): no `errors` list, only the message.
        return {
          status: 422,
          body: errorBody(422, 'Draft pull requests are not supported in this repository.'),
        };
      }
      const headRef = body.head?.split(':').pop() ?? '';
      const resolve = this.options.resolveRef;
      const headSha = resolve ? await resolve(req.repo, headRef) : '1111111111111111111111111111111111111111';
      const baseSha = resolve
        ? await resolve(req.repo, body.base ?? repo.defaultBranch)
        : '0000000000000000000000000000000000000000';
      if (!body.title || !headSha || !baseSha) {
        return {
          status: 422,
          body: errorBody(
            422,
            `Validation Failed: ${!body.title ? 'title' : !headSha ? 'head' : 'base'} is invalid`,
          ),
        };
      }
      if (
        this.state.pulls.some(
          (p) =>
            p.repo === req.repo && p.state === 'open' && p.head.ref === headRef && p.base.ref === body.base,
        )
      ) {
        return {
          status: 422,
          body: errorBody(
            422,
            `Validation Failed: A pull request already exists for ${req.params.owner}:${headRef}.`,
          ),
        };
      }
      const pull = this.addPull({
        repo: req.repo,
        title: body.title,
        body: body.body ?? '',
        draft: body.draft ?? false,
        head: { ref: headRef, sha: headSha },
        base: { ref: body.base ?? repo.defaultBranch, sha: baseSha },
        user: 'github-actions[bot]',
      });
      // A PR opened with GITHUB_TOKEN gets runs that wait for a writer's approval (token-rules.ts).
      if (this.startsRuns)
        for (const workflowId of this.pushWorkflows(req.repo)) {
          const run = this.startRun(req, { headBranch: headRef, headSha, event: 'pull_request', workflowId });
          Object.assign(run, pullRequestRunStatus(this.actorOf(req.token)), { pullRequests: [pull.number] });
        }
      return ok(this.pullObject(pull), 201);
    });
    add('GET', `${R}/pulls/{pull_number}`, (req) => {
      const p = pullOf(req);
      return p ? ok(this.pullObject(p)) : notFound();
    });
    add('GET', `${R}/pulls/{pull_number}/files`, (req) => {
      const p = pullOf(req);
      if (!p) return notFound();
      return this.pageArray(
        req,
        p.files.slice(0, 3000).map((f) => ({
          sha: '0000000000000000000000000000000000000000',
          filename: f.filename,
          status: f.status ?? 'modified',
          additions: f.additions ?? 1,
          deletions: f.deletions ?? 0,
          changes: (f.additions ?? 1) + (f.deletions ?? 0),
          blob_url: `https://github.com/${req.repo}/blob/${p.head.sha}/${f.filename}`,
          raw_url: `https://github.com/${req.repo}/raw/${p.head.sha}/${f.filename}`,
          contents_url: `${this.url}/repos/${req.repo}/contents/${f.filename}?ref=${p.head.sha}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
        })),
      );
    });
    add('GET', `${R}/pulls/{pull_number}/commits`, (req) => {
      const p = pullOf(req);
      if (!p) return notFound();
      const base = this.example('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', 200);
      return this.pageArray(
        req,
        p.commits.map((sha) => ({
          ...base,
          sha,
          commit: { ...(base.commit as object), message: p.messages?.[sha] ?? '' },
        })),
      );
    });
    add('GET', `${R}/commits/{commit_sha}/pulls`, (req) => {
      const sha = req.params.commit_sha ?? '';
      // A fork's commit is not in the base repository until its PR is merged: GitHub answers [] for it.
      const inBase = (p: FakePull): boolean => !p.headRepo || p.headRepo === p.repo || p.merged;
      const list = this.state.pulls.filter(
        (p) =>
          p.repo === req.repo &&
          inBase(p) &&
          (p.head.sha === sha || p.commits.includes(sha) || p.mergeCommitSha === sha),
      );
      return this.pageArray(
        req,
        list.map((p) => this.pullObject(p, true)),
      );
    });
  }

  /** A list endpoint wrapped as `{ total_count, <key>: [...] }`, paginated with a Link header. */
  private page<T>(req: ApiRequest, items: T[], key: string, map: (item: T) => unknown): ApiReply {
    const { slice, headers } = this.paginate(req, items);
    return { status: 200, body: { total_count: items.length, [key]: slice.map(map) }, headers };
  }

  private pageArray(req: ApiRequest, items: unknown[]): ApiReply {
    const { slice, headers } = this.paginate(req, items);
    return { status: 200, body: slice, headers };
  }

  private paginate<T>(req: ApiRequest, items: T[]): { slice: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(req.path, this.url);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { slice, headers };
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }

    // Not part of the API: stands in for the blob storage that log downloads redirect to.
    const blob = /^\/_blobs\/job-logs\/(\d+)$/.exec(url.pathname);
    if (blob && method === 'GET') {
      const job = this.job(Number(blob[1]));
      const log = job?.log;
      res.writeHead(log === undefined ? 404 : 200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(log === undefined ? 'BlobNotFound' : runnerLogText(log, job?.completedAt ?? job?.startedAt));
      return;
    }

    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const route = [...this.custom, ...this.routes].find(
      (r) => r.method === method && r.regex.test(url.pathname),
    );
    const call: ApiCall = {
      method,
      path: url.pathname + url.search,
      body,
      status: 0,
      ...(route ? { route: route.template } : {}),
      ...(token ? { token } : {}),
    };
    this.calls.push(call);

    let reply: ApiReply;
    const accepted = token === this.options.token || this.options.appTokens?.includes(token);
    if (!token || (this.options.token !== undefined && !accepted)) {
      reply = { status: 401, body: errorBody(401, token ? 'Bad credentials' : 'Requires authentication') };
    } else if (!route) {
      reply = { status: 404, body: errorBody(404, 'Not Found') };
    } else {
      const injected = this.failures.get(`${method} ${route.template}`);
      const taken = (i: Injected): boolean => {
        if (!i.only) return true;
        const match = route.regex.exec(url.pathname) ?? [];
        return i.only(
          Object.fromEntries(route.names.map((n, k) => [n, decodeURIComponent(match[k + 1] ?? '')])),
        );
      };
      if (injected && injected.times > 0 && taken(injected)) {
        injected.times--;
        reply = {
          status: injected.status,
          body: errorBody(injected.status, injected.message),
          ...(injected.headers ? { headers: injected.headers } : {}),
        };
      } else {
        const requestError = this.validator.validateRequest(method, route.template, body);
        const match = route.regex.exec(url.pathname) ?? [];
        const params = Object.fromEntries(
          route.names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]),
        );
        const repo = params.owner && params.repo ? `${params.owner}/${params.repo}` : '';
        reply = requestError
          ? { status: 422, body: errorBody(422, `Invalid request: ${requestError}`) }
          : await route.handler(
              { method, path: url.pathname + url.search, params, query: url.searchParams, body, token, repo },
              this,
            );
      }
      const error = this.validator.validate(method, route.template, reply.status, reply.body);
      if (error) {
        this.validationErrors.push({ method, path: route.template, status: reply.status, error });
        reply = {
          status: 500,
          body: errorBody(
            500,
            `Fake GitHub API response does not match GitHub's OpenAPI description: ${error}`,
          ),
        };
      }
    }
    call.status = reply.status;
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${this.calls.length}`,
      ...reply.headers,
    };
    if (reply.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const api = new GitHubApi(options);
  await api.listen();
  return api;
}

/** A stable positive id from a string (user and label ids). */
function hashId(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 2_000_000_000;
  return h + 1;
}

/**
 * GitHub's `created` filter of the runs listings (search syntax): `>=D`, `>D`, `<=D`, `<D`, `D..D`, or a
 * bare date (that day). Dates compare as ISO text, a bare date as its whole day. Absent: every run.
 */
function createdMatches(createdAt: string, filter: string | null): boolean {
  if (!filter) return true;
  const end = (d: string): string => (d.length === 10 ? `${d}T23:59:59Z` : d);
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) return createdAt >= (range[1] ?? '') && createdAt <= end(range[2] ?? '');
  const op = /^(>=|<=|>|<)?(.+)$/.exec(filter);
  const d = op?.[2] ?? '';
  switch (op?.[1]) {
    case '>=':
      return createdAt >= d;
    case '>':
      return createdAt > end(d);
    case '<=':
      return createdAt <= end(d);
    case '<':
      return createdAt < d;
    default:
      return createdAt >= d && createdAt <= end(d);
  }
}

/** The runs listings' filters past which GitHub returns at most 1,000 runs (REST docs, "List workflow runs"). */
const CAPPED_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

function filteredAtMost<T>(runs: T[], q: URLSearchParams): T[] {
  return CAPPED_FILTERS.some((f) => q.get(f)) ? runs.slice(0, 1_000) : runs;
}
