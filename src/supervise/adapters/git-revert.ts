/**
 * The git side of a revert, through simple-git: clone the base repository's default branch (never the PR's
 * code), revert one commit (against parent 1 for a merge), push a branch or the default branch. Every ref
 * that reaches git is validated first and passed after `--end-of-options` or `--`, so a crafted value can
 * never turn into an option (argument injection is a known class of simple-git vulnerabilities).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { isGitEnvKey } from '@simple-git/argv-parser';
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError, errorMessage } from '../../core/errors.js';
import { workflowsPermissionReason } from '../core/revert.js';

import {
  NotOnBranchError,
  type CommitInfo,
  type GitClone,
  type GitPort,
  type PushResult,
  type RevertResult,
} from '../ports/git.js';

export { workflowsPermissionReason };
export type { CommitInfo, PushResult, RevertResult };

const SHA = /^[0-9a-f]{40}$/;
/** A plain branch name: no leading '-', no '..', no control or glob characters (git check-ref-format). */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+(?<![./])$/;

export function validateSha(sha: string): string {
  if (!SHA.test(sha)) throw new UserError(`'${sha}' is not a full 40-character commit sha`);
  return sha;
}

export function validateBranch(name: string): string {
  if (!BRANCH.test(name) || name.endsWith('.lock') || name.length > 200)
    throw new UserError(`'${name}' is not a valid branch name`);
  return name;
}

export interface GitIdentity {
  name: string;
  email: string;
}

/** The bot identity GitHub shows for commits made with the workflow token. */
export const ACTIONS_BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface CloneOptions {
  /** https URL of the base repository (e.g. https://github.com/o/r). */
  url: string;
  dir: string;
  /** The default branch: the only thing the supervisor ever checks out. */
  branch: string;
  /** Sent as an HTTP header through git's environment, never on the command line or in the URL. */
  token?: string;
  identity?: GitIdentity;
  depth?: number;
  /** How long git may go without a byte of output before it is killed (a remote that never answers). */
  stallMs?: number;
}

/** Two minutes of silence: a clone, fetch or push of a remote that accepts and never answers gives up. */
export const GIT_STALL_MS = 120_000;

export interface RevertRepo {
  git: SimpleGit;
  dir: string;
  branch: string;
}

/**
 * The child's environment, built explicitly. It reads `process.env` here, not through JobEnv: it is the git
 * child's own environment (PATH, HOME, proxies, the trusted GIT_CONFIG_* pass-through), not the job's facts.
 * simple-git refuses editors, pagers and GIT_* variables it was
 * not told about. Keep the caller's `GIT_CONFIG_*` entries (the supervisor's own trusted environment: the
 * test stand maps github.com to a local bare repository that way) and add the auth header after them.
 */
function gitEnv(
  token: string | undefined,
  url: string,
): { env: Record<string, string>; allow: string[]; inherited: boolean } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !isGitEnvKey(k.toLowerCase()) && !k.toUpperCase().startsWith('GIT_')) env[k] = v;
  }
  const inheritedCount = Number(process.env.GIT_CONFIG_COUNT ?? '0');
  let count = 0;
  if (Number.isInteger(inheritedCount)) {
    for (let i = 0; i < inheritedCount; i += 1) {
      const key = process.env[`GIT_CONFIG_KEY_${i}`];
      const value = process.env[`GIT_CONFIG_VALUE_${i}`];
      if (key === undefined || value === undefined) continue;
      env[`GIT_CONFIG_KEY_${count}`] = key;
      env[`GIT_CONFIG_VALUE_${count}`] = value;
      count += 1;
    }
  }
  const inherited = count > 0;
  if (token) {
    env[`GIT_CONFIG_KEY_${count}`] = `http.${new URL(url).origin}/.extraheader`;
    env[`GIT_CONFIG_VALUE_${count}`] =
      `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    count += 1;
  }
  if (count > 0) env.GIT_CONFIG_COUNT = String(count);
  env.GIT_TERMINAL_PROMPT = '0';
  const allow = ['GIT_CONFIG_COUNT', 'GIT_TERMINAL_PROMPT'];
  for (let i = 0; i < count; i += 1) allow.push(`GIT_CONFIG_KEY_${i}`, `GIT_CONFIG_VALUE_${i}`);
  return { env, allow, inherited };
}

function client(dir: string, opts: Pick<CloneOptions, 'token' | 'url' | 'identity' | 'stallMs'>): SimpleGit {
  const { env, allow, inherited } = gitEnv(opts.token, opts.url);
  const who = opts.identity ?? ACTIONS_BOT;
  // git's HTTP helper outlives a git killed for its silence (or the supervisor ending when its budget is
  // spent): curl's low-speed limit ends the helper too, a little after git's own limit has said why.
  const helperSeconds = Math.ceil((opts.stallMs ?? GIT_STALL_MS) / 1000) + 5;
  return simpleGit({
    baseDir: dir,
    allowEnvironment: allow,
    // Only config set through the environment by us or the supervisor's own workflow, never by PR data.
    unsafe: { allowUnsafeConfigEnvCount: true, ...(inherited ? { allowUnsafeUrlRewrite: true } : {}) },
    config: [
      `user.name=${who.name}`,
      `user.email=${who.email}`,
      'http.lowSpeedLimit=1',
      `http.lowSpeedTime=${helperSeconds}`,
    ],
    // Killed after that long without output (progress resets it), so the supervisor's phase ends.
    timeout: { block: opts.stallMs ?? GIT_STALL_MS },
    // simple-git resolves a non-zero exit with an empty stderr (merge-base --is-ancestor): every one fails here.
    errors: (error, result) =>
      error ??
      (result.exitCode !== 0
        ? Buffer.from(`git exited with ${result.exitCode}: ${Buffer.concat(result.stdErr).toString()}`)
        : undefined),
  }).env(env);
}

/** Clones only the default branch (single branch, no tags), then checks out nothing else. */
export async function cloneDefaultBranch(opts: CloneOptions): Promise<RevertRepo> {
  const branch = validateBranch(opts.branch);
  const url = new URL(opts.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
    throw new UserError(`repository URL '${opts.url}' must be https`);
  }
  const outside = client(process.cwd(), opts);
  await outside
    .raw([
      'clone',
      '--single-branch',
      '--no-tags',
      `--depth=${opts.depth ?? 100}`,
      `--branch=${branch}`,
      '--end-of-options',
      url.toString(),
      opts.dir,
    ])
    .catch((error: unknown) => {
      if (!/block timeout/i.test(errorMessage(error))) throw error;
      const seconds = Math.round((opts.stallMs ?? GIT_STALL_MS) / 1000);
      throw new Error(
        `cloning ${url.origin}${url.pathname} gave up: the remote sent nothing for ${seconds} s (a git timeout)`,
      );
    });
  return { git: client(opts.dir, opts), dir: opts.dir, branch };
}

/** Reads a commit of the clone, deepening the shallow history until it is found. */
export async function commitInfo(repo: RevertRepo, sha: string): Promise<CommitInfo> {
  validateSha(sha);
  await ensureCommit(repo, sha);
  const raw = await repo.git.raw(['show', '-s', '--format=%H%n%P%n%an <%ae>%n%B', '--end-of-options', sha]);
  const [full = '', parents = '', author = '', ...body] = raw.split('\n');
  const message = body.join('\n').trimEnd();
  return {
    sha: full,
    parents: parents.split(' ').filter((p) => p !== ''),
    subject: message.split('\n', 1)[0] ?? '',
    message,
    author,
  };
}

async function ensureCommit(repo: RevertRepo, sha: string): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    const known = await repo.git
      .raw(['cat-file', '-e', `${sha}^{commit}`])
      .then(() => true)
      // cat-file failing is the answer: the commit is not in the clone yet
      .catch(() => false);
    if (known) return;
    const shallow = (await repo.git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    if (!shallow) break;
    await repo.git.raw([
      'fetch',
      '--no-tags',
      `--deepen=${200 * 2 ** i}`,
      'origin',
      '--end-of-options',
      repo.branch,
    ]);
  }
  throw new NotOnBranchError(sha, repo.branch);
}

/** Commits in (from, to] along the first parent: 1 when `from` is the direct parent of `to`. */
export async function culpritRange(repo: RevertRepo, from: string, to: string): Promise<number | undefined> {
  return (await rangeCommits(repo, from, to))?.length;
}

/** The commits in (from, to] along the first parent, oldest first. */
export async function rangeCommits(
  repo: RevertRepo,
  from: string,
  to: string,
): Promise<string[] | undefined> {
  validateSha(from);
  validateSha(to);
  try {
    await ensureCommit(repo, from);
    await ensureCommit(repo, to);
    await repo.git.raw(['merge-base', '--is-ancestor', '--end-of-options', from, to]);
    const out = await repo.git.raw([
      'rev-list',
      '--reverse',
      '--first-parent',
      '--end-of-options',
      `${from}..${to}`,
    ]);
    return out.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l));
  } catch {
    // git cannot list them (a shallow or unrelated history): the caller says the commits are unknown
    return undefined;
  }
}

/**
 * Reverts `sha` on top of the checked-out default branch (`-m 1` for a merge commit). A conflict is
 * aborted, leaving the clone clean, and reported with the conflicting files.
 */
export async function revertCommit(repo: RevertRepo, sha: string): Promise<RevertResult> {
  const info = await commitInfo(repo, sha);
  const parent = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  const onBranch = await repo.git
    .raw(['merge-base', '--is-ancestor', '--end-of-options', sha, parent])
    .then(() => true)
    // merge-base --is-ancestor exits 1 for "not an ancestor": that is the answer
    .catch(() => false);
  if (!onBranch) throw new NotOnBranchError(sha, repo.branch);
  const mainline = info.parents.length > 1 ? 1 : undefined;
  try {
    await repo.git.raw([
      'revert',
      '--no-edit',
      ...(mainline ? ['-m', String(mainline)] : []),
      '--end-of-options',
      sha,
    ]);
  } catch (error) {
    const files = (await repo.git.raw(['diff', '--name-only', '--diff-filter=U']))
      .split('\n')
      .filter((f) => f !== '');
    // best effort: there may be no revert in progress to abort
    await repo.git.raw(['revert', '--abort']).catch(() => undefined);
    if (files.length > 0)
      return {
        ok: false,
        conflict: true,
        files,
        reason: `reverting ${sha.slice(0, 12)} conflicts in ${files.join(', ')}`,
      };
    if (/nothing to commit|empty/i.test(errorMessage(error))) {
      return {
        ok: false,
        conflict: true,
        files: [],
        reason: `reverting ${sha.slice(0, 12)} changes nothing: it was already undone on '${repo.branch}'`,
      };
    }
    throw error;
  }
  const commit = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  return { ok: true, commit, parent, ...(mainline ? { mainline } : {}) };
}

/** Files under `.github/workflows/` that differ between `from` and `to`. */
export async function workflowFilesChanged(repo: RevertRepo, from: string, to: string): Promise<string[]> {
  const out = await repo.git.raw([
    'diff',
    '--name-only',
    '--end-of-options',
    validateSha(from),
    validateSha(to),
    '--',
    '.github/workflows/',
  ]);
  return out.split('\n').filter((f) => f !== '');
}

/** Pushes HEAD to `refs/heads/<branch>`. Without `force`, an existing different branch is left alone. */
export async function pushHead(
  repo: RevertRepo,
  branch: string,
  { force = false, culprit }: { force?: boolean; culprit?: string } = {},
): Promise<PushResult> {
  validateBranch(branch);
  const ref = `refs/heads/${branch}`;
  try {
    await repo.git.raw([
      'push',
      '--porcelain',
      ...(force ? ['--force'] : []),
      '--end-of-options',
      'origin',
      `HEAD:${ref}`,
    ]);
    return { ok: true, ref };
  } catch (error) {
    const message = errorMessage(error);
    const workflow = /refusing to allow .* to create or update workflow `?([^`\s]+)`?/.exec(message);
    if (workflow)
      return {
        ok: false,
        protectedBranch: false,
        reason: workflowsPermissionReason(culprit ?? 'HEAD', [workflow[1] ?? '.github/workflows/']),
      };
    // GH013 is also secret scanning's push protection: the revert would bring back a secret the culprit
    // removed, and no revert mode gets past it (docs: "Working with push protection from the command line").
    if (/PUSH PROTECTION|Push cannot contain secrets/i.test(message))
      return {
        ok: false,
        protectedBranch: false,
        reason:
          `GitHub's secret push protection refused the push to '${branch}': the revert would bring back a secret ` +
          'that the reverted commit removed; revert it by hand without the secret',
      };
    const protectedBranch = /protected branch|GH006|GH013|pre-receive hook declined|rule violations/i.test(
      message,
    );
    return {
      ok: false,
      protectedBranch,
      reason: protectedBranch
        ? `branch protection on '${branch}' refused the push; use revert mode 'pr' (revert.mode: pr in .github/ci-recovery.yml) ` +
          'or allow the workflow token to bypass the rule in Settings > Branches (or Rules)'
        : `git push to '${branch}' failed: ${firstLines(message)}`,
    };
  }
}

function firstLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 3)
    .join(' / ');
}

/** The supervisor's git port: each clone in its own directory under `tempDir`, removed by `dispose`. */
export function gitPort(tempDir: string): GitPort {
  return {
    cloneDefaultBranch: async (opts) => {
      const dir = await mkdtemp(path.join(tempDir, 'revert-'));
      return gitClone(await cloneDefaultBranch({ ...opts, dir }));
    },
  };
}

function gitClone(repo: RevertRepo): GitClone {
  return {
    branch: repo.branch,
    commitInfo: (sha) => commitInfo(repo, sha),
    culpritRange: (from, to) => culpritRange(repo, from, to),
    rangeCommits: (from, to) => rangeCommits(repo, from, to),
    revert: (sha) => revertCommit(repo, sha),
    workflowFilesChanged: (from, to) => workflowFilesChanged(repo, from, to),
    push: (branch, opts) => pushHead(repo, branch, opts),
    dispose: () => rm(repo.dir, { recursive: true, force: true }),
  };
}
