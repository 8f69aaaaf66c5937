/**
 * What a change touches, for the lane: the files changed against the merge base with the base branch (git,
 * deepening a shallow clone as far as needed, within bounds), else the pull request's files from the REST API
 * (which lists at most 3,000), plus the PR's labels. Anything that cannot be known is left undefined, which
 * the lane decision reads as STANDARD.
 */
import { simpleGit, type SimpleGit } from 'simple-git';
import type { Change } from '../core/lanes.js';
import { mergeChange } from '../core/prepare.js';
import { errorMessage } from '../core/errors.js';
import { firstLine, httpStatus, type Octokit, type Repo } from './github.js';

export interface ReadChangeOptions {
  cwd: string;
  /** Base branch, remote-tracking ref or commit sha. */
  base?: string;
  octokit?: Octokit;
  repo?: Repo;
  pr?: number;
}

/** main's git calls give up after this long without output (at most two fetches can stall: 60 s). */
export const MAIN_GIT_STALL_MS = 30_000;

/** The PR files API returns at most this many files. */
export const API_FILE_LIMIT = 3000;
/** Deepening steps tried before giving up on the merge base (depth doubles each time: 50 .. 6400). */
const DEEPEN_STEPS = 8;

async function tryGit(git: SimpleGit, args: string[]): Promise<string | undefined> {
  try {
    return (await git.raw(args)).trim();
  } catch {
    // git refusing (an unknown ref, a shallow clone) means the change is unknown: the caller falls back
    return undefined;
  }
}

/** A commit for the base: itself, its remote-tracking branch, or fetched from origin (shallow). */
async function resolveBase(git: SimpleGit, base: string): Promise<string | undefined> {
  const branch = base.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
  const candidates = base.startsWith('origin/') ? [base] : [`origin/${branch}`, base];
  for (const ref of candidates) {
    const sha = await tryGit(git, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (sha) return sha;
  }
  if (/^[0-9a-f]{7,40}$/i.test(base)) {
    await tryGit(git, ['fetch', '--no-tags', '--depth=1', 'origin', base]);
    return tryGit(git, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  }
  await tryGit(git, [
    'fetch',
    '--no-tags',
    '--depth=1',
    'origin',
    `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
  ]);
  return tryGit(git, ['rev-parse', '--verify', '--quiet', `origin/${branch}^{commit}`]);
}

/** The merge base of HEAD and base, deepening a shallow clone until it appears (bounded). */
async function mergeBase(git: SimpleGit, base: string): Promise<string | undefined> {
  let depth = 50;
  for (let step = 0; ; step++) {
    const found = await tryGit(git, ['merge-base', 'HEAD', base]);
    if (found) return found;
    const shallow = await tryGit(git, ['rev-parse', '--is-shallow-repository']);
    if (shallow !== 'true' || step >= DEEPEN_STEPS) return undefined;
    // Deepens every shallow tip: HEAD's history and the base branch's.
    if ((await tryGit(git, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin'])) === undefined)
      return undefined;
    depth *= 2;
  }
}

/**
 * Files and changed lines between the merge base with `base` and HEAD; when git cannot tell, no files and
 * the reason.
 */
export async function gitChange(
  cwd: string,
  base: string,
  opts: { stallMs?: number; signal?: AbortSignal } = {},
): Promise<Change> {
  // A fetch from a remote that accepts and never answers would hold main without end: git is killed after
  // this long with no output, the fetch counts as failed, and the lane says the change is unknown. Main
  // giving up on it (its budget spent) kills git too. Killing git leaves its HTTP helper (git-remote-http)
  // waiting on the socket; curl's low-speed limit ends that one after the same silence.
  const stallMs = opts.stallMs ?? MAIN_GIT_STALL_MS;
  const git = simpleGit({
    baseDir: cwd,
    timeout: { block: stallMs },
    config: ['http.lowSpeedLimit=1', `http.lowSpeedTime=${Math.max(1, Math.ceil(stallMs / 1000))}`],
    ...(opts.signal ? { abort: opts.signal } : {}),
  });
  if ((await tryGit(git, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
    return { unknownBecause: `${cwd} is not a git work tree` };
  const baseSha = await resolveBase(git, base);
  if (!baseSha)
    return { unknownBecause: `the base '${base}' is not a known commit or branch here, nor on origin` };
  const from = await mergeBase(git, baseSha);
  if (!from)
    return {
      unknownBecause: `no merge base with '${base}' (unrelated history, or deeper than the clone could be deepened)`,
    };
  const numstat = await tryGit(git, ['diff', '--numstat', '--no-renames', '-z', from, 'HEAD']);
  if (numstat === undefined) return { unknownBecause: `git diff against '${base}' failed` };
  const files: string[] = [];
  let changedLines = 0;
  // -z: "added\tdeleted\tpath\0" per file; binary files show "-".
  for (const entry of numstat.split('\0')) {
    const match = /^(\d+|-)\t(\d+|-)\t(.+)$/s.exec(entry.replace(/^\n/, ''));
    if (!match) continue;
    changedLines += (Number(match[1]) || 0) + (Number(match[2]) || 0);
    files.push(match[3] ?? '');
  }
  return { files, changedLines };
}

/**
 * The commit and branch checked out in `cwd`, as a checkpoint made there records them (a job's come from
 * GITHUB_SHA and GITHUB_REF_NAME); none where `cwd` is no git work tree or HEAD is detached.
 */
export async function gitHead(
  cwd: string,
  stallMs = MAIN_GIT_STALL_MS,
): Promise<{ commit?: string; branch?: string }> {
  const git = simpleGit({ baseDir: cwd, timeout: { block: stallMs } });
  const commit = await tryGit(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const branch = await tryGit(git, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return {
    ...(commit && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
    ...(branch ? { branch } : {}),
  };
}

/** The PR's files (up to the API's 3,000), its size and labels. */
export async function apiChange(octokit: Octokit, repo: Repo, pr: number): Promise<Change> {
  const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
  const files: string[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pr,
    per_page: 100,
  })) {
    for (const file of page.data) files.push(file.filename);
    if (files.length >= API_FILE_LIMIT) break;
  }
  const change: Change = {
    changedLines: pull.additions + pull.deletions,
    labels: pull.labels.map((l) => l.name),
  };
  // Past the API's limit the list is incomplete: the files are unknown (the size still counts).
  if (pull.changed_files <= API_FILE_LIMIT) change.files = files.slice(0, API_FILE_LIMIT);
  else
    change.unknownBecause = `pull request #${pr} changes ${pull.changed_files} files, more than the API lists (${API_FILE_LIMIT})`;
  return change;
}

/** The PR's change through the API; a failed call comes back as the reason the files are unknown. */
export async function pullRequestChange(octokit: Octokit, repo: Repo, pr: number): Promise<Change> {
  try {
    return await apiChange(octokit, repo, pr);
  } catch (error) {
    // With the files from git the API only adds labels; without them its failure is why they are unknown.
    const status = httpStatus(error);
    return {
      unknownBecause: `pull request #${pr} could not be read through the API (${status ? `${status}: ` : ''}${firstLine(errorMessage(error))})`,
    };
  }
}

/** The change from git, completed by the pull request's through the API when one is given. */
export async function readChange(options: ReadChangeOptions): Promise<Change> {
  const { cwd, base, octokit, repo, pr } = options;
  const git: Change = base
    ? await gitChange(cwd, base)
    : { unknownBecause: 'no base branch to compare with' };
  const api = octokit && repo && pr !== undefined ? await pullRequestChange(octokit, repo, pr) : undefined;
  return mergeChange(git, api);
}
