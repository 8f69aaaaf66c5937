/**
 * When may the supervisor revert a commit that broke the default branch? Pure: every fact comes in, a
 * verdict with its reason goes out. Anchors: PyTorch autorevert (confirm on a re-run first, kill-switch label
 * checked against the applier's permission), Chromium Findit (daily cap, opt-out marker), ClickHouse
 * (never revert a revert, one culprit only).
 */

import { DEFAULT_REVERT_CONFIG, type RevertConfig, type RevertMode } from '../../core/config-defaults.js';

export { DEFAULT_REVERT_CONFIG, type RevertConfig, type RevertMode };

/** Why a revert was refused; the supervisor escalates these to `manual`. */
export type RevertRefusal =
  | 'disabled'
  | 'not-default-branch'
  | 'not-confirmed'
  | 'parent-not-green'
  | 'revert-of-revert'
  | 'opt-out'
  | 'kill-switch'
  | 'daily-cap'
  | 'culprit-range'
  | 'already-reverted'
  | 'facts-unknown'
  | 'not-push-run'
  | 'rollback-cap';

export type RevertVerdict =
  { revert: true; reason: string } | { revert: false; refusal: RevertRefusal; reason: string };

/** Who applied a label and what they may do in the repository (from the issue events + permission API). */
export interface LabelApplication {
  label: string;
  actor: string;
  /**
   * The actor's repository permission: `admin`, `maintain`, `write`, `triage`, `read` or `none`; `unknown`
   * when the lookup failed.
   */
  permission: string;
}

/** The permission of a labeller GitHub did not answer for: the kill switch counts it as a writer's. */
export const UNKNOWN_PERMISSION = 'unknown';

export interface RevertFacts {
  branchKind: 'default' | 'pr' | 'other';
  /**
   * The event of the failed run. Only the commit's own push run may revert it: a nightly (`schedule`) or
   * a dispatched run tests the tip with more than the commit changed (time, dependencies, services).
   */
  event?: string;
  commit: { sha: string; message: string; parents: string[] };
  /** The same deterministic failure came back on a confirming re-run of the same commit. */
  confirmedOnRerun: boolean;
  /** The last completed run of the same workflow on the first parent succeeded. */
  parentGreen: boolean | undefined;
  /** Commits since the last green commit, this one included (1 when the parent is green). */
  culpritRange: number | undefined;
  /** Reverts ci-recovery already made today (ledger and existing revert PRs). */
  revertsToday: number;
  /** Labels applied to the culprit's pull request, with who applied them. */
  labels?: LabelApplication[];
  /** ci-recovery already reverted this commit (an existing revert branch or PR, or the ledger). */
  alreadyReverted?: boolean;
  /** Its revert PR, closed unmerged: a person's decision, which no later wake reopens. */
  revertDeclined?: number;
  /** Rollbacks of this commit's change already made (the ledger, core/rollback-verify.ts). */
  earlierRollbacks?: number;
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

/** The most rollbacks of one change before a person reassesses. */
export const MAX_ROLLBACKS_PER_TARGET = 2;

export const notPushRun = (event: string, short: string): string =>
  `this is a ${event} run, not the push run of ${short}: only a commit whose own push run failed is reverted`;

/** The message git writes for a revert, or a GitHub "Revert #N" PR squash. */
export function isRevertCommit(message: string): boolean {
  const subject = message.split('\n', 1)[0] ?? '';
  return /^Revert\s+["'#]/i.test(subject) || /^This reverts commit [0-9a-f]{7,40}/im.test(message);
}

/** A revert PR closed unmerged: a person declined the revert. */
export function declined<T extends { state: string; mergeSha?: string }>(pr: T | undefined): pr is T {
  return pr !== undefined && pr.state === 'closed' && pr.mergeSha === undefined;
}

export function revertEligibility(
  facts: RevertFacts,
  config: RevertConfig = DEFAULT_REVERT_CONFIG,
): RevertVerdict {
  const short = facts.commit.sha.slice(0, 12);
  const no = (refusal: RevertRefusal, reason: string): RevertVerdict => ({ revert: false, refusal, reason });

  if (config.dailyCap <= 0) return no('disabled', 'reverts are turned off (revert.daily-cap is 0)');
  if (facts.branchKind !== 'default')
    return no('not-default-branch', 'only commits on the default branch are reverted');
  if (facts.event !== undefined && facts.event !== 'push')
    return no('not-push-run', notPushRun(facts.event, short));
  if (facts.revertDeclined !== undefined)
    return no(
      'already-reverted',
      `the revert PR #${facts.revertDeclined} of ${short} was closed unmerged: a person decided, and it is not reverted again (reopen that PR to revert it)`,
    );
  if (facts.alreadyReverted) return no('already-reverted', `ci-recovery already reverted ${short}`);
  if (isRevertCommit(facts.commit.message)) {
    return no('revert-of-revert', `${short} is itself a revert; reverting a revert needs a person`);
  }
  if (config.optOutMarker && facts.commit.message.includes(config.optOutMarker)) {
    return no('opt-out', `the commit message of ${short} carries the opt-out marker ${config.optOutMarker}`);
  }
  // Fails closed: a label whose author's access could not be checked stops the revert too.
  const kill = (facts.labels ?? []).find(
    (l) =>
      l.label === config.killSwitchLabel &&
      (WRITERS.has(l.permission) || l.permission === UNKNOWN_PERMISSION),
  );
  if (kill) {
    const access =
      kill.permission === UNKNOWN_PERMISSION
        ? 'whose access could not be checked, so the kill switch holds'
        : `${kill.permission} access`;
    return no('kill-switch', `label '${kill.label}' was applied by @${kill.actor} (${access})`);
  }
  const earlier = facts.earlierRollbacks ?? 0;
  if (earlier >= MAX_ROLLBACKS_PER_TARGET)
    return no(
      'rollback-cap',
      `${short}'s change was rolled back ${earlier} time(s) already, the most ci-recovery does: a person reassesses it`,
    );
  const range = facts.culpritRange;
  const tooMany = (n: number): RevertVerdict =>
    no('culprit-range', `${n} commits since the last green run: a person must pick the culprit`);
  if (facts.parentGreen !== true) {
    if (range !== undefined && range > 1) return tooMany(range);
    return no(
      'parent-not-green',
      `the parent commit was ${facts.parentGreen === false ? 'not green' : 'not run'} for this workflow`,
    );
  }
  // A green parent makes this commit the only suspect, unless the history says otherwise.
  if (range !== undefined && range > 1) return tooMany(range);
  if (facts.revertsToday >= config.dailyCap) {
    return no(
      'daily-cap',
      `the daily cap of ${config.dailyCap} revert(s) is reached (${facts.revertsToday} today)`,
    );
  }
  // Last, so a confirming re-run is spent only when a revert would follow it.
  if (!facts.confirmedOnRerun)
    return no('not-confirmed', 'the failure has not yet reproduced on a confirming re-run');
  const kind = facts.commit.parents.length > 1 ? 'merge commit (reverted against parent 1)' : 'commit';
  return {
    revert: true,
    reason: `${short} is the only culprit ${kind}: the failure reproduced and its parent was green`,
  };
}

/** The revert branch for a commit: one per culprit, so a second supervisor run finds it. */
export function revertBranch(sha: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a full commit sha: '${sha}'`);
  return `ci-recovery/revert-${sha.slice(0, 12)}`;
}

/** A pull request as the daily cap sees it (GitHub's list of pull requests). */
export interface PullForCap {
  /** The head branch's name. */
  headRef: string;
  /** owner/repo the head branch lives in; undefined when GitHub no longer knows (a deleted fork). */
  headRepo: string | undefined;
  createdAt: string;
  /** Who opened it (its user's login). */
  author?: string;
}

const OWN_REVERT_BRANCH = /^ci-recovery\/revert-[0-9a-f]{12}$/;

/**
 * The supervisor's own revert pull requests opened on the UTC day of `now`, for the daily cap: a
 * revertBranch name on a branch of the repository itself (`repo`: owner/name), opened by the supervisor's
 * token (`self`, its login). A pull request from a fork can take any branch name (three fork PRs named
 * ci-recovery/revert-* used to fill the cap and switch reverts off), and a person who can push a branch can
 * name it so too: only the supervisor's own pull requests count.
 */
export function ownRevertPullsOn(
  pulls: readonly PullForCap[],
  repo: string,
  now: Date,
  self: string,
): number {
  const me = self.toLowerCase();
  return revertPullsOn(pulls, repo, now).filter((p) => p.author?.toLowerCase() === me).length;
}

/**
 * The pull requests of the UTC day of `now` that could be the supervisor's own reverts (a revertBranch name
 * on a branch of the repository itself), whoever opened them: when there is none, the count is 0 without
 * asking who the token is.
 */
export function revertPullsOn(pulls: readonly PullForCap[], repo: string, now: Date): PullForCap[] {
  const day = now.toISOString().slice(0, 10);
  const own = repo.toLowerCase();
  return pulls.filter(
    (p) =>
      OWN_REVERT_BRANCH.test(p.headRef) &&
      p.headRepo?.toLowerCase() === own &&
      p.createdAt.slice(0, 10) === day,
  );
}

/** Why a revert that changes workflow files goes to a person, with the two ways out. */
export function workflowsPermissionReason(sha: string, files: string[]): string {
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  return (
    `reverting ${sha.slice(0, 12)} changes workflow file(s) ${shown}, and GitHub refuses pushes under ` +
    ".github/workflows/ from a token without the 'workflows' permission (GITHUB_TOKEN never has it). " +
    "Either give the supervisor a token with that permission (the reusable workflow's 'token' secret: a GitHub " +
    "App with 'Workflows: write' or a fine-grained token with 'Workflows: read and write'; set " +
    "'token-can-push-workflows: true' when calling supervise/ directly), or have a person revert it"
  );
}

/**
 * What a person must change after a refused revert push, if anything: branch protection in `push` mode,
 * the job's `contents: write` permission in `pr` mode. Undefined: the push failed for another reason.
 */
export function revertPushFailure(
  mode: RevertMode,
  branch: string,
  pushed: { reason: string; protectedBranch: boolean },
): string | undefined {
  if (mode === 'push') return pushed.protectedBranch ? pushed.reason : undefined;
  return /403|denied|not allowed|permission/i.test(pushed.reason)
    ? `pushing ${branch}: ${pushed.reason}: grant the supervisor job 'permissions: contents: write'`
    : undefined;
}

/** What a `push`-mode revert is about to undo: the culprit's parents, and how it was picked. */
export interface PushScope {
  sha: string;
  /** The culprit's parents: more than one, a merge, whose revert undoes every commit it merged. */
  parents: number;
  /** Commits since the last green run when the culprit was picked among them (probes). */
  culpritRange?: number;
  /** The commit the failing run tested, and the one the revert is made on (the default branch's head now). */
  tested?: string;
  head?: string;
}

/**
 * Why a `push`-mode revert asks a person first, or undefined for one commit with a green parent, which is
 * pushed. Asking is `pr` mode's draft: the revert waits in a draft PR until a person merges it, so
 * nothing larger than one commit leaves the default branch without one.
 */
export function pushAsksFirst(scope: PushScope): string | undefined {
  const short = scope.sha.slice(0, 12);
  const why =
    scope.parents > 1
      ? `${short} is a merge commit, and its revert undoes every commit it merged`
      : scope.culpritRange !== undefined && scope.culpritRange > 1
        ? `${short} was picked among ${scope.culpritRange} commits since the last green run`
        : // A push that starts no run ([skip ci], paths-ignore, GITHUB_TOKEN's) moves the branch unseen by runs.
          scope.tested !== undefined && scope.head !== undefined && scope.tested !== scope.head
          ? `the default branch moved since the failing run tested ${scope.tested.slice(0, 12)} (it is at ${scope.head.slice(0, 12)} now), and the revert would land on commits no run of it tested`
          : undefined;
  return why === undefined
    ? undefined
    : `revert.mode is push, which pushes a revert of one commit only: ${why}, so the revert waits in a draft PR for a person to merge`;
}
