/**
 * The git side of the supervisor: a clone of the default branch (never the PR's code), read, revert one
 * commit, push. adapters/git-revert.ts carries it out with git; `RecordingGit` keeps it in memory so the
 * supervise phase can be tested without a repository.
 */
import { UserError } from '../../core/errors.js';

export interface CommitInfo {
  sha: string;
  parents: string[];
  subject: string;
  message: string;
  author: string;
}

/**
 * The commit is not on the default branch the clone holds: the branch was rewritten (a force-push) since the
 * run tested it, or the commit never was on it. A UserError: nothing to revert, and a person decides.
 */
export class NotOnBranchError extends UserError {
  constructor(sha: string, branch: string) {
    super(
      `commit ${sha} is not on the default branch '${branch}': ci-recovery reverts only commits of that branch`,
    );
    this.name = 'NotOnBranchError';
  }
}

export type RevertResult =
  | { ok: true; commit: string; parent: string; mainline?: number }
  | { ok: false; conflict: true; files: string[]; reason: string };

export type PushResult = { ok: true; ref: string } | { ok: false; reason: string; protectedBranch: boolean };

/** A clone of the default branch, checked out. */
export interface GitClone {
  /** The default branch the clone holds. */
  readonly branch: string;
  /** A commit of the default branch (the history is deepened until it is found). */
  commitInfo(sha: string): Promise<CommitInfo>;
  /** Commits in (from, to] along the first parent; undefined when `from` is not an ancestor. */
  culpritRange(from: string, to: string): Promise<number | undefined>;
  /** The commits in (from, to] along the first parent, oldest first; undefined when `from` is not an ancestor. */
  rangeCommits(from: string, to: string): Promise<string[] | undefined>;
  /** Reverts `sha` on top of the branch (against parent 1 for a merge); a conflict leaves it clean. */
  revert(sha: string): Promise<RevertResult>;
  /** Files under `.github/workflows/` that differ between two commits. */
  workflowFilesChanged(from: string, to: string): Promise<string[]>;
  /** Pushes HEAD to `branch`; `culprit` names the reverted commit in a refusal's reason. */
  push(branch: string, opts: { force?: boolean; culprit?: string }): Promise<PushResult>;
  /** Removes the clone. */
  dispose(): Promise<void>;
}

export interface GitPort {
  /** Clones only `branch` of `url`; the token travels as a header, never on the command line. */
  cloneDefaultBranch(opts: { url: string; branch: string; token?: string }): Promise<GitClone>;
}

/** In memory: commits and results are given; clones, reverts and pushes are recorded. */
export class RecordingGit implements GitPort {
  readonly clones: { url: string; branch: string }[] = [];
  readonly reverts: string[] = [];
  readonly pushes: { branch: string; force: boolean }[] = [];
  disposed = 0;
  /** The revert commit made for a culprit (its parent is the branch head). */
  revertResult: (sha: string) => RevertResult = (sha) => ({
    ok: true,
    commit: 'e'.repeat(40),
    parent: this.head ?? sha,
  });
  pushResult: (branch: string) => PushResult = (branch) => ({ ok: true, ref: `refs/heads/${branch}` });
  workflowFiles: string[] = [];
  cloneError?: Error;
  /** The commits since the last green commit, oldest first, by `from..to`. */
  rangeLists: Record<string, string[]> = {};

  constructor(
    readonly commits: Record<string, CommitInfo> = {},
    /** Commits since the last green commit, by `from..to`. */
    readonly ranges: Record<string, number> = {},
    readonly head?: string,
  ) {}

  cloneDefaultBranch(opts: { url: string; branch: string }): Promise<GitClone> {
    if (this.cloneError) return Promise.reject(this.cloneError);
    this.clones.push({ url: opts.url, branch: opts.branch });
    const clone: GitClone = {
      branch: opts.branch,
      commitInfo: (sha) => {
        const info = this.commits[sha];
        return info
          ? Promise.resolve(info)
          : Promise.reject(new Error(`commit ${sha} is not on ${opts.branch}`));
      },
      culpritRange: (from, to) => Promise.resolve(this.ranges[`${from}..${to}`]),
      rangeCommits: (from, to) => Promise.resolve(this.rangeLists[`${from}..${to}`]),
      revert: (sha) => {
        this.reverts.push(sha);
        return Promise.resolve(this.revertResult(sha));
      },
      workflowFilesChanged: () => Promise.resolve(this.workflowFiles),
      push: (branch, { force = false }) => {
        this.pushes.push({ branch, force });
        return Promise.resolve(this.pushResult(branch));
      },
      dispose: () => {
        this.disposed += 1;
        return Promise.resolve();
      },
    };
    return Promise.resolve(clone);
  }
}
