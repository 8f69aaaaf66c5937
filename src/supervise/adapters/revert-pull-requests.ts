/**
 * The supervisor's revert pull requests on GitHub: who labelled the culprit's PR (a kill switch), the revert
 * PR of a branch, how many it opened today (the daily cap), and opening one as a draft (ready for review
 * where drafts are refused).
 */
import { errorMessage } from '../../core/errors.js';
import {
  ownRevertPullsOn,
  revertPullsOn,
  UNKNOWN_PERMISSION,
  type LabelApplication,
} from '../core/revert.js';
import type { Octokit, Repo } from '../../adapters/github.js';
import { listAll } from '../../adapters/rest-pages.js';
import type { OpenRevertOptions, RevertPullRequest } from '../ports/github.js';
import { tokenIdentity } from '../../adapters/sticky-comment.js';
import { call } from './api-call.js';

/**
 * 3,000 events of one pull request: past them the kill switch counts as unchecked, which stops the revert
 * (supervise-gather.ts), rather than read from a list cut short.
 */
const EVENT_PAGES = 30;

/**
 * Who applied `label` to the pull request that brought `sha` in, with their permission, so a label applied
 * by a reader does not stop a revert. Labels removed again do not count.
 */
export async function labelApplications(
  octokit: Octokit,
  repo: Repo,
  sha: string,
  label: string,
): Promise<{ pr?: number; labels: LabelApplication[] }> {
  const { data: pulls } = await call(
    `finding the pull request of ${sha.slice(0, 12)}`,
    'pull-requests:read',
    () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha }),
  );
  const pr = pulls[0]?.number;
  if (pr === undefined) return { labels: [] };
  const listing = `reading the events of #${pr}`;
  const events = await call(listing, 'pull-requests:read', () =>
    listAll(
      octokit,
      octokit.rest.issues.listEvents,
      { ...repo, issue_number: pr, per_page: 100 },
      { listing, maxPages: EVENT_PAGES },
    ),
  );
  const appliedBy = new Map<string, string>();
  for (const e of events) {
    const name = (e as { label?: { name?: string } }).label?.name;
    if (name !== label || !e.actor) continue;
    if (e.event === 'labeled') appliedBy.set(label, e.actor.login);
    if (e.event === 'unlabeled') appliedBy.delete(label);
  }
  const labels: LabelApplication[] = [];
  for (const [name, actor] of appliedBy) {
    // Fails closed: a permission GitHub did not tell is 'unknown', and an unknown labeller's kill switch holds.
    const permission = await octokit.rest.repos
      .getCollaboratorPermissionLevel({ ...repo, username: actor })
      .then((r) => r.data.permission)
      // the permission is told as unknown when GitHub will not say it
      .catch(() => UNKNOWN_PERMISSION);
    labels.push({ label: name, actor, permission });
  }
  return { pr, labels };
}

/** The revert PR of a branch, open or closed: a second supervisor run finds it and opens no other. */
export async function findRevertPullRequest(
  octokit: Octokit,
  repo: Repo,
  branch: string,
): Promise<RevertPullRequest | undefined> {
  const { data } = await call('listing pull requests', 'pull-requests:read', () =>
    octokit.rest.pulls.list({ ...repo, state: 'all', head: `${repo.owner}:${branch}`, per_page: 10 }),
  );
  const pr = data.find((p) => p.head.ref === branch);
  if (!pr) return undefined;
  const merged = pr.merged_at && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {};
  return { number: pr.number, url: pr.html_url, state: pr.state, createdAt: pr.created_at, ...merged };
}

/** Revert PRs ci-recovery opened today (UTC), for the daily cap: never a fork's (core/revert.ts ownRevertPullsOn). */
export async function revertPullRequestsToday(
  octokit: Octokit,
  repo: Repo,
  now: Date = new Date(),
): Promise<number> {
  const { data } = await call('listing pull requests', 'pull-requests:read', () =>
    octokit.rest.pulls.list({ ...repo, state: 'all', sort: 'created', direction: 'desc', per_page: 100 }),
  );
  const pulls = data.map((p) => ({
    headRef: p.head.ref,
    headRepo: p.head.repo?.full_name,
    createdAt: p.created_at,
    ...(p.user?.login ? { author: p.user.login } : {}),
  }));
  const name = `${repo.owner}/${repo.repo}`;
  // Who the token is (a GraphQL question, which Octokit's throttling spaces like a write) matters only
  // when some pull request of today could be a revert of ours.
  const candidates = revertPullsOn(pulls, name, now);
  if (candidates.length === 0) return 0;
  // The supervisor opens its revert PRs with this token: its identity is the author to count.
  const self = await tokenIdentity(octokit);
  return ownRevertPullsOn(candidates, name, now, self.login);
}

/** The note a revert PR opens with when the repository refused it as a draft. */
export const DRAFTS_REFUSED_NOTE =
  '> [!NOTE]\n> This repository does not support draft pull requests (a private repository on GitHub Free or Pro), so this revert is open for review rather than a draft. Review it before merging all the same.';

/** GitHub's 422 for a draft pull request on a plan without drafts. */
function draftsRefused(error: unknown): boolean {
  const { status, message } = error as { status?: number; message?: string };
  return status === 422 && /Draft pull requests are not supported/i.test(message ?? '');
}

/** Opens the draft revert PR (ready for review where drafts are refused), or returns the existing one, and labels it. */
export async function openRevertPullRequest(
  octokit: Octokit,
  repo: Repo,
  opts: OpenRevertOptions,
): Promise<RevertPullRequest & { created: boolean }> {
  const existing = await findRevertPullRequest(octokit, repo, opts.branch);
  if (existing) return { ...existing, created: false };
  const create = (draft: boolean, body: string) =>
    octokit.rest.pulls.create({
      ...repo,
      head: opts.branch,
      base: opts.base,
      title: opts.title,
      body,
      draft,
      maintainer_can_modify: true,
    });
  // Private repositories on GitHub Free and Pro have no drafts (422): the branch is pushed already, so
  // open it ready for review and say why.
  let data: Awaited<ReturnType<typeof create>>['data'];
  try {
    ({ data } = await call('opening the revert pull request', 'pull-requests:write', () =>
      create(true, opts.body).catch((error: unknown) => {
        if (!draftsRefused(error)) throw error;
        return create(false, `${DRAFTS_REFUSED_NOTE}\n\n${opts.body}`);
      }),
    ));
  } catch (error) {
    // Another supervisor (a sweep beside an event's run) opened it a moment ago: theirs is the one.
    const raced = /pull request already exists/i.test(errorMessage(error))
      ? await findRevertPullRequest(octokit, repo, opts.branch)
      : undefined;
    if (raced) return { ...raced, created: false };
    throw error;
  }
  if (opts.labels.length > 0) {
    await call('labelling the revert pull request', 'pull-requests:write', () =>
      octokit.rest.issues.addLabels({ ...repo, issue_number: data.number, labels: opts.labels }),
    );
  }
  return {
    number: data.number,
    url: data.html_url,
    state: data.state,
    createdAt: data.created_at,
    created: true,
  };
}
