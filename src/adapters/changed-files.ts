/**
 * What a change touches, for the lane: the files changed against the merge base with the base branch (git,
 * deepening a shallow clone as far as needed, within bounds), else the pull request's files from the REST API
 * (which lists at most 3,000), plus the PR's labels. Anything that cannot be known is left undefined, which
 * the lane decision reads as STANDARD.
 */
import { spawn } from 'node:child_process';
import type { Change } from '../core/lanes.js';
import { mergeChange } from '../core/prepare.js';
import { errorMessage } from '../core/errors.js';
import { isCommitId } from '../core/event.js';
// The client's type alone: this module's git half runs on jobs that never load Octokit (github-plain.ts).
import type { RestClient } from './rest-light.js';
import { listPages } from './rest-pages.js';
import { firstLine, httpStatus, type Repo } from './github-plain.js';

export interface ReadChangeOptions {
  cwd: string;
  /** Base branch, remote-tracking ref or commit sha. */
  base?: string;
  octokit?: RestClient;
  repo?: Repo;
  pr?: number;
}

/** main's git calls give up after this long without output (at most two fetches can stall: 60 s). */
export const MAIN_GIT_STALL_MS = 30_000;

/** The PR files API returns at most this many files. */
export const API_FILE_LIMIT = 3000;
/** Deepening steps tried before giving up on the merge base (depth doubles each time: 50 .. 6400). */
const DEEPEN_STEPS = 8;

interface GitRun {
  /** Kills git after this long with no output on either stream. */
  stallMs: number;
  /** Kills git when it aborts (main's budget spent). */
  signal?: AbortSignal;
  /** `-c name=value` settings for this git. */
  config?: string[];
}

/**
 * One git process in `cwd`: its exit code (null: killed, or it could not start) and its output. Spawned
 * here, not through simple-git, whose 0.1 MB (with `debug`) every PR job's main compiled for a few reads.
 * Killed with SIGINT, as simple-git did, after `stallMs` without output, or when `signal` aborts.
 */
function runGit(cwd: string, args: string[], o: GitRun): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    if (o.signal?.aborted) return resolve({ code: null, stdout: '' });
    const config = (o.config ?? []).flatMap((c) => ['-c', c]);
    const child = spawn('git', [...config, ...args], {
      cwd,
      windowsHide: true,
      // This process's environment as it is now (a PATH set since start included), as simple-git passed it.
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = (code: number | null): void => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', kill);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8') });
    };
    // Ends the call at once: git's HTTP helper, which outlives git until curl's low-speed limit, holds
    // copies of its pipes, and would hold the call until then.
    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      child.stdout.destroy();
      child.stderr.destroy();
      done(null);
    };
    const stalled = (): void => {
      clearTimeout(timer);
      timer = setTimeout(kill, o.stallMs);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      stalled();
    });
    child.stderr.on('data', stalled);
    o.signal?.addEventListener('abort', kill, { once: true });
    stalled();
    // No git, or no such directory: the change is unknown, as for a git that refuses.
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
}

type Git = (args: string[]) => Promise<string | undefined>;

/** git's trimmed output, or undefined where it refuses (an unknown ref, a shallow clone): the caller falls back. */
function gitIn(cwd: string, o: GitRun): Git {
  return async (args) => {
    const { code, stdout } = await runGit(cwd, args, o);
    return code === 0 ? stdout.trim() : undefined;
  };
}

/** The base's branch name: `main` of `refs/heads/main`, `origin/main` or `main`. */
const baseBranch = (base: string): string => base.replace(/^refs\/heads\//, '').replace(/^origin\//, '');

/**
 * The refs that may name the base, in the order tried: its remote-tracking branch, then itself; a full
 * commit id (a push's `before`) itself alone, so that a push's change takes one git process, not five.
 */
function baseCandidates(base: string): string[] {
  if (isCommitId(base)) return [base];
  return base.startsWith('origin/') ? [base] : [`origin/${baseBranch(base)}`, base];
}

/**
 * A commit for the base: the first of `candidates` git knows, or fetched from origin (shallow); `ref` is the
 * candidate that named it (undefined: fetched).
 */
async function resolveBase(
  git: Git,
  base: string,
  candidates: string[],
): Promise<{ sha: string; ref?: string } | undefined> {
  for (const ref of candidates) {
    const sha = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (sha) return { sha, ref };
  }
  const branch = baseBranch(base);
  const fetched = /^[0-9a-f]{7,40}$/i.test(base) ? base : `origin/${branch}`;
  await git(
    fetched === base
      ? ['fetch', '--no-tags', '--depth=1', 'origin', base]
      : ['fetch', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
  );
  const sha = await git(['rev-parse', '--verify', '--quiet', `${fetched}^{commit}`]);
  return sha ? { sha } : undefined;
}

/** The merge base of HEAD and base, deepening a shallow clone until it appears (bounded). */
async function mergeBase(git: Git, base: string): Promise<string | undefined> {
  let depth = 50;
  for (let step = 0; ; step++) {
    const found = await git(['merge-base', 'HEAD', base]);
    if (found) return found;
    const shallow = await git(['rev-parse', '--is-shallow-repository']);
    if (shallow !== 'true' || step >= DEEPEN_STEPS) return undefined;
    // Deepens every shallow tip: HEAD's history and the base branch's.
    if ((await git(['fetch', '--no-tags', `--deepen=${depth}`, 'origin'])) === undefined) return undefined;
    depth *= 2;
  }
}

/**
 * `git diff --numstat` from the merge base of HEAD and `baseSha` to HEAD, deepening a shallow clone for it.
 * `directTried`: `baseSha...HEAD` was already refused (the base was the ref the first diff named).
 */
async function changedAgainst(
  git: Git,
  base: string,
  baseSha: string,
  directTried: boolean,
): Promise<{ text: string } | { unknownBecause: string }> {
  const diff = (from: string, to: string[]): Promise<string | undefined> =>
    git(['diff', '--numstat', '--no-renames', '-z', from, ...to]);
  // `A...HEAD` is the diff from their merge base: git refuses it where the clone lacks that base.
  const direct = directTried ? undefined : await diff(`${baseSha}...HEAD`, []);
  if (direct !== undefined) return { text: direct };
  const from = await mergeBase(git, baseSha);
  if (!from)
    return {
      unknownBecause: `no merge base with '${base}' (unrelated history, or deeper than the clone could be deepened)`,
    };
  const text = await diff(from, ['HEAD']);
  return text === undefined ? { unknownBecause: `git diff against '${base}' failed` } : { text };
}

/**
 * Files and changed lines between the merge base with `base` and HEAD; when git cannot tell, no files and
 * the reason.
 */
export async function gitChange(
  cwd: string,
  base: string,
  opts: { stallMs?: number; signal?: AbortSignal; enough?: AbortSignal } = {},
): Promise<Change> {
  // A fetch from a remote that accepts and never answers would hold main without end: git is killed after
  // this long with no output, the fetch counts as failed, and the lane says the change is unknown. Main
  // giving up on it (its budget spent) kills git too. Killing git leaves its HTTP helper (git-remote-http)
  // waiting on the socket; curl's low-speed limit ends that one after the same silence.
  const stallMs = opts.stallMs ?? MAIN_GIT_STALL_MS;
  const run: GitRun = {
    stallMs,
    config: ['http.lowSpeedLimit=1', `http.lowSpeedTime=${Math.max(1, Math.ceil(stallMs / 1000))}`],
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const [first = base, ...others] = baseCandidates(base);
  // A green job's one git process: the diff from the merge base of HEAD and the base's remote-tracking
  // branch, or the push's `before` (`A...HEAD`). Where git refuses it (no such branch here, no work tree, a shallow clone without
  // that merge base), the steps below find out which.
  const direct = await gitIn(cwd, run)(['diff', '--numstat', '--no-renames', '-z', `${first}...HEAD`, '--']);
  if (direct !== undefined) return numstatChange(direct);
  // The search below (on actions/checkout's default depth-1 clone of a pull request: a dozen processes, two
  // of them fetches) ends where `enough` aborts: the caller has the change from elsewhere (the API's list).
  const { enough } = opts;
  const known = {
    unknownBecause: `the base '${base}' is not in this clone; not searched for, the change is known without it`,
  };
  if (enough?.aborted) return known;
  const signal = enough && run.signal ? AbortSignal.any([run.signal, enough]) : (enough ?? run.signal);
  const found = await searched(gitIn(cwd, { ...run, ...(signal ? { signal } : {}) }), cwd, base, [
    first,
    ...others,
  ]);
  return enough?.aborted ? known : found;
}

/** Where the one diff was refused: whether `cwd` is a work tree, which commit the base is, the diff from it. */
async function searched(git: Git, cwd: string, base: string, candidates: string[]): Promise<Change> {
  if ((await git(['rev-parse', '--is-inside-work-tree'])) !== 'true')
    return { unknownBecause: `${cwd} is not a git work tree` };
  const resolved = await resolveBase(git, base, candidates);
  if (!resolved)
    return { unknownBecause: `the base '${base}' is not a known commit or branch here, nor on origin` };
  const numstat = await changedAgainst(git, base, resolved.sha, resolved.ref === candidates[0]);
  return 'unknownBecause' in numstat ? numstat : numstatChange(numstat.text);
}

/** Files and changed lines from `git diff --numstat -z`: "added\tdeleted\tpath\0" a file, "-" for binary. */
function numstatChange(numstat: string): Change {
  const files: string[] = [];
  let changedLines = 0;
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
  const git = gitIn(cwd, { stallMs });
  const commit = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const branch = await git(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return {
    ...(commit && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
    ...(branch ? { branch } : {}),
  };
}

/**
 * The PR's files (up to the API's 3,000), its size and labels. `signal` goes with each request: aborted (main's
 * budget given up), they let go of their connections.
 */
export async function apiChange(
  octokit: RestClient,
  repo: Repo,
  pr: number,
  signal?: AbortSignal,
): Promise<Change> {
  // The pull request and its files are round trips that need nothing of each other: they overlap. Where
  // both fail, the pull request's failure is the one told, as when it was asked first.
  const pulling = octokit.rest.pulls.get({
    ...repo,
    pull_number: pr,
    ...(signal ? { request: { signal } } : {}),
  });
  pulling.catch(() => undefined); // awaited below
  const { files, renamed } = await listedFiles(octokit, repo, pr, signal).catch(async (error: unknown) => {
    await pulling;
    throw error;
  });
  const { data: pull } = await pulling;
  const change: Change = {
    changedLines: pull.additions + pull.deletions,
    labels: pull.labels.map((l) => l.name),
  };
  if (renamed > 0) change.notAsGit = `${renamed} renamed file(s): git counts their lines, the API does not`;
  else if (files.length - renamed < pull.changed_files)
    change.notAsGit = `the API listed ${files.length} of ${pull.changed_files} files`;
  // Past the API's limit the list is incomplete: the files are unknown (the size still counts).
  if (pull.changed_files <= API_FILE_LIMIT) change.files = files.slice(0, API_FILE_LIMIT);
  else
    change.unknownBecause = `pull request #${pr} changes ${pull.changed_files} files, more than the API lists (${API_FILE_LIMIT})`;
  return change;
}

/** The API lists a PR's first 3,000 files: 30 pages of 100. */
const FILE_PAGES = API_FILE_LIMIT / 100;

/**
 * The pull request's files, up to the API's limit, a renamed file's old path too (git, which reads no renames,
 * lists both: a glob on the old path still counts), and how many were renamed.
 */
async function listedFiles(
  octokit: RestClient,
  repo: Repo,
  pr: number,
  signal: AbortSignal | undefined,
): Promise<{ files: string[]; renamed: number }> {
  const files: string[] = [];
  let renamed = 0;
  const listing = {
    listing: `listing the files of pull request #${pr}`,
    maxPages: FILE_PAGES,
    ...(signal ? { signal } : {}),
  };
  const params = { ...repo, pull_number: pr, per_page: 100 };
  for await (const page of listPages(octokit, octokit.rest.pulls.listFiles, params, listing)) {
    for (const file of page) {
      files.push(file.filename);
      if (file.previous_filename !== undefined) {
        files.push(file.previous_filename);
        renamed++;
      }
    }
    if (files.length - renamed >= API_FILE_LIMIT) break;
  }
  return { files, renamed };
}

/** The PR's change through the API; a failed call comes back as the reason the files are unknown. */
export async function pullRequestChange(
  octokit: RestClient,
  repo: Repo,
  pr: number,
  signal?: AbortSignal,
): Promise<Change> {
  try {
    return await apiChange(octokit, repo, pr, signal);
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
