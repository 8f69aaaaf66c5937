/**
 * The local stand: Azurite, the Results service, the GitHub REST fake and a bare git remote, all on
 * 127.0.0.1 with ports chosen at run time, plus the environment a job step needs to reach them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type Azurite } from './azurite.js';
import { createGitRemote, type GitRemote, type SeedCommit } from './git-remote.js';
import { startGitHubApi, type GitHubApi } from './github-api.js';
import { startResultsService, type ResultsService } from './results-service.js';

/**
 * One entry of a runtime token's `ac` claim, as GitHub writes it: the cache scope (a ref) and the
 * permission (1 read, 2 write, 3 both).
 */
export interface CacheScope {
  Scope: string;
  Permission: number;
}

/**
 * The cache scopes GitHub gives a job: its own ref to read and write, its pull request's base branch and
 * the repository's default branch to read (docs: "Restrictions for accessing a cache").
 */
export function cacheScopesFor(ref: string, defaultBranch: string, baseRef?: string): CacheScope[] {
  const scopes: CacheScope[] = [{ Scope: ref, Permission: 3 }];
  for (const branch of [baseRef, defaultBranch])
    if (branch && !scopes.some((s) => s.Scope === `refs/heads/${branch}`))
      scopes.push({ Scope: `refs/heads/${branch}`, Permission: 1 });
  return scopes;
}

/**
 * The cache mode of a job (issue 45: 1). Since 2026-06-26 a job of an untrusted event whose cache scope is
 * the default branch's (pull_request_target, issue_comment, a fork PR's workflow_run) gets a token that
 * reads but cannot write (github.blog changelog 2026-06-26 "Read-only Actions cache for untrusted
 * triggers"), and the runner says so in ACTIONS_CACHE_MODE: `read` drops the write bit of every scope of
 * the token and sets the variable, so CreateCacheEntry is refused (results-service.ts).
 */
export type CacheMode = 'read-write' | 'read';

/** The token's scopes in `mode`: read-only keeps what may be read ('' for a token without scopes). */
function scopesIn(mode: CacheMode, scopes: CacheScope[]): CacheScope[] {
  if (mode === 'read-write') return scopes;
  const readable = scopes.length ? scopes : [{ Scope: '', Permission: 3 }];
  return readable.map((s) => ({ Scope: s.Scope, Permission: s.Permission & 1 }));
}

export interface StandOptions {
  /** owner/repo (default octo-org/demo). */
  repo?: string;
  defaultBranch?: string;
  /** Seed commits of the git remote (none: an empty bare repository). */
  commits?: SeedCommit[];
  /** The GITHUB_TOKEN the fake API accepts (default: a fixed fake token). */
  token?: string;
  /** Run and job the default `env` token is for. */
  runId?: number;
  jobId?: number;
  runAttempt?: number;
  /**
   * GitHub Enterprise Server (issue 45: 6): GITHUB_SERVER_URL is another host (`https://ghes.example.com`),
   * so the toolkit and ci-recovery take it for GHES, and runJob leaves job.check_run_id and job.workflow_*
   * out of the job context. The services stay those of github.com (v4 artifacts, v2 cache), which GHES does
   * not run: a test must assert that nothing calls them.
   */
  ghes?: boolean;
  /**
   * The repository's cache limit in bytes (default 10 GB, GitHub's): past it the Results service evicts
   * the least recently used entries (cache-rules.ts). Tests use a small one.
   */
  cacheLimitBytes?: number;
  /** Tokens of a GitHub App installation: they start runs and fire workflow_run (token-rules.ts). */
  appTokens?: string[];
  /** `false`: dispatches refuse `return_run_details` (400), as GHES 3.20 and older. */
  dispatchRunDetails?: boolean;
}

export interface Stand {
  root: string;
  repo: string;
  token: string;
  /** Everything a node action step needs to reach the stand (for runId/jobId of the options). */
  env: Record<string, string>;
  azurite: Azurite;
  results: ResultsService;
  github: GitHubApi;
  git: GitRemote;
  /**
   * A file of another repository the contents API serves (a reusable workflow a run calls, `owner/name`
   * at `ref`); the stand's own repository is its git remote.
   */
  addRepoFile(repo: string, ref: string, path: string, text: string): void;
  /** An unsigned runtime JWT whose scp claim names this run attempt's and job's backend ids. */
  newJobToken(
    runId: number,
    jobId: number,
    runAttempt?: number,
    cacheScopes?: CacheScope[],
    cacheMode?: CacheMode,
  ): string;
  /** `env` for another run/job: ACTIONS_RUNTIME_TOKEN swapped for that job's (and ACTIONS_CACHE_MODE). */
  jobEnv(
    runId: number,
    jobId: number,
    runAttempt?: number,
    cacheScopes?: CacheScope[],
    cacheMode?: CacheMode,
  ): Record<string, string>;
  stop(): Promise<void>;
}

export const FAKE_TOKEN = 'ghs_localstandfaketoken000000000000000';

/** Backend ids look like the real ones (UUIDs) and encode run, attempt and job for readable failures. */
export function backendIds(runId: number, jobId: number, runAttempt = 1): { run: string; job: string } {
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0').slice(-width);
  return {
    run: `${hex(runId, 8)}-${hex(runAttempt, 4)}-4000-8000-000000000000`,
    job: `${hex(jobId, 8)}-0000-4000-8000-${hex(runId, 12)}`,
  };
}

export function unsignedJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64(claims)}.`;
}

export async function startStand(opts: StandOptions = {}): Promise<Stand> {
  const repo = opts.repo ?? 'octo-org/demo';
  const token = opts.token ?? FAKE_TOKEN;
  const root = await mkdtemp(path.join(os.tmpdir(), 'stand-'));
  const started: { stop(): Promise<void> }[] = [];
  try {
    const azurite = await startAzurite();
    started.push(azurite);
    const results = await startResultsService({ azurite, cacheLimitBytes: opts.cacheLimitBytes });
    started.push(results);
    const git = await createGitRemote({
      repo,
      commits: opts.commits ?? [],
      defaultBranch: opts.defaultBranch ?? 'main',
      root,
    });
    const otherFiles = new Map<string, string>();
    const github = await startGitHubApi({
      results,
      token,
      ...(opts.appTokens ? { appTokens: opts.appTokens } : {}),
      ...(opts.dispatchRunDetails !== undefined ? { dispatchRunDetails: opts.dispatchRunDetails } : {}),
      resolveRef: (r, ref) => (r === repo ? git.revParse(`refs/heads/${ref}`) : Promise.resolve(undefined)),
      readFile: (r, ref, file) =>
        r === repo ? git.show(ref, file) : Promise.resolve(otherFiles.get(`${r}@${ref}:${file}`)),
      updateRef: async (r, branch, sha) => {
        if (r !== repo) throw new Error(`no repository ${r}`);
        await git.git(
          sha ? ['update-ref', `refs/heads/${branch}`, sha] : ['update-ref', '-d', `refs/heads/${branch}`],
        );
      },
    });
    started.push(github);
    github.addRepo(repo, { defaultBranch: opts.defaultBranch ?? 'main' });

    const newJobToken = (
      runId: number,
      jobId: number,
      runAttempt = 1,
      cacheScopes: CacheScope[] = [],
      cacheMode: CacheMode = 'read-write',
    ): string => {
      const ids = backendIds(runId, jobId, runAttempt);
      results.registerRun(ids.run, runId, runAttempt);
      const nowS = Math.floor(Date.now() / 1000);
      return unsignedJwt({
        scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${ids.run}:${ids.job}`,
        ac: JSON.stringify(scopesIn(cacheMode, cacheScopes)),
        iat: nowS,
        nbf: nowS,
        exp: nowS + 6 * 3600,
      });
    };
    const base: Record<string, string> = {
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: opts.ghes ? 'https://ghes.example.com' : 'https://github.com',
      GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
      GITHUB_REPOSITORY: repo,
      GITHUB_REPOSITORY_OWNER: repo.split('/')[0] ?? '',
      GITHUB_TOKEN: token,
      ...git.env,
    };
    const jobEnv = (
      runId: number,
      jobId: number,
      runAttempt = 1,
      cacheScopes: CacheScope[] = [],
      cacheMode: CacheMode = 'read-write',
    ): Record<string, string> => ({
      ...base,
      ACTIONS_RUNTIME_TOKEN: newJobToken(runId, jobId, runAttempt, cacheScopes, cacheMode),
      ...(cacheMode === 'read' ? { ACTIONS_CACHE_MODE: 'read' } : {}),
    });

    return {
      root,
      repo,
      token,
      env: jobEnv(opts.runId ?? 1, opts.jobId ?? 1, opts.runAttempt ?? 1),
      azurite,
      results,
      github,
      git,
      addRepoFile: (r, ref, file, text) => void otherFiles.set(`${r}@${ref}:${file}`, text),
      newJobToken,
      jobEnv,
      async stop() {
        await stopAll(started);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopAll(started);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function stopAll(started: { stop(): Promise<void> }[]): Promise<void> {
  for (const s of started.reverse()) {
    try {
      await s.stop();
    } catch {
      // Keep stopping the rest: a half-stopped stand would leak processes.
    }
  }
}
