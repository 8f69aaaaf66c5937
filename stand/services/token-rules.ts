/**
 * What GitHub starts, and which `workflow_run` events it sends, by the token that acted (PLATFORM.md § 8,
 * docs/supervisor.md with sources): a push, a branch or a tag made with the workflow's GITHUB_TOKEN starts
 * no run ("Triggering a workflow"); a PR opened with it gets `pull_request` runs that wait for a writer's
 * approval (changelog 2026-06-11); a `workflow_dispatch` with it starts a run whose completion fires no
 * `workflow_run` (observed: Molecule-AI/molecule-core e418d325, software-mansion/rnrepo#41), and the stand
 * takes a re-run it requests the same way (undocumented either way: the supervisor must not depend on it);
 * `workflow_run` chains stop past three levels (docs, `workflow_run`). A GitHub App's token, or a person's,
 * starts and fires everything. The fake API applies these; a scenario asks `firesWorkflowRun` before it
 * delivers a run's completion to the supervisor, and never delivers one GitHub would not.
 */

/** Who acted: the job's GITHUB_TOKEN, a GitHub App installation (or fine-grained) token, or a person. */
export type Actor = 'github-token' | 'app' | 'person';

/** How many `workflow_run` levels GitHub follows: a run that far down the chain fires no further one. */
export const MAX_WORKFLOW_RUN_DEPTH = 3;

export interface Triggered {
  /** Who started the run, or requested its latest attempt (absent: a person). */
  triggeredBy?: Actor;
  /**
   * Its place in a `workflow_run` chain: 0 for a person's push, n+1 for a run started by (a supervisor
   * run that followed) a run of depth n.
   */
  chainDepth?: number;
}

/** Does a push, a branch or tag made by `actor` start the workflows it matches? */
export function pushStartsRuns(actor: Actor): boolean {
  return actor !== 'github-token';
}

/** The status a `pull_request` run starts in when `actor` opened the PR: GITHUB_TOKEN's wait for approval. */
export function pullRequestRunStatus(
  actor: Actor,
): { status: 'queued' } | { status: 'completed'; conclusion: 'action_required' } {
  return actor === 'github-token'
    ? { status: 'completed', conclusion: 'action_required' }
    : { status: 'queued' };
}

/** Does the run's completion send `workflow_run: completed` to the workflows that follow it? */
export function firesWorkflowRun(run: Triggered): boolean {
  if (run.triggeredBy === 'github-token') return false;
  return (run.chainDepth ?? 0) < MAX_WORKFLOW_RUN_DEPTH;
}
