/**
 * What bisection asks of GitHub: the runs of the workflow (by branch, head sha, event), a short-lived ref
 * at a commit, and a `workflow_dispatch` on it. adapters/probe-github.ts carries it out over REST;
 * `RecordingProbes` keeps it in memory so the phase can be tested without a server.
 */
import type { ProbeRunView } from '../core/bisect.js';

/**
 * GitHub refused a probe's dispatch for a reason the next wake does not change (the workflow disabled, no
 * `workflow_dispatch` trigger, a missing permission): the bisection ends. Any other failure (a 5xx, the
 * network, the wake's budget) passes, and the next wake dispatches again.
 */
export class DispatchRefusedError extends Error {
  constructor(
    message: string,
    /** `gone`: the workflow itself is (GET .../actions/workflows/{id} answers 404): nothing to enable. */
    readonly reason: 'refused' | 'gone' = 'refused',
  ) {
    super(message);
    this.name = 'DispatchRefusedError';
  }
}

export interface RunFilter {
  branch?: string;
  headSha?: string;
  event?: string;
  /** GitHub's `created` filter, here only its `>=YYYY-MM-DD` form. */
  created?: string;
  /** Pages of 100 to read (default 1); GitHub lists at most 1,000 runs for a filtered query. */
  pages?: number;
}

export interface ProbePort {
  /** Runs of the workflow, newest first (the first 100 GitHub lists, or `pages` of them). */
  listRuns(workflowId: number, filter: RunFilter): Promise<ProbeRunView[]>;
  /**
   * Creates `refs/heads/<branch>` at `sha`. `exists`: the branch was there already, at `sha` (an earlier
   * step of the same bisection made it); a branch of that name at another commit is an error.
   */
  createBranch(branch: string, sha: string): Promise<'created' | 'exists'>;
  /** Deletes the branch; one already gone is fine. */
  deleteBranch(branch: string): Promise<void>;
  /**
   * POST .../actions/workflows/{id}/dispatches on `ref`, asking for the run's details: GitHub answers 200
   * with `workflow_run_id` (since 2026-02-19); where the service refuses the field (400, GHES 3.20 and
   * older) or answers 204, the dispatch is made without it and the run is found by listing.
   */
  dispatch(workflowId: number, ref: string): Promise<{ runId?: number }>;
  /**
   * The repository's most recent runs, every workflow, newest first (one listing: GET .../actions/runs).
   * What a sweep reads its pending work from.
   */
  recentRuns(): Promise<ProbeRunView[]>;
}

/** In memory: runs are given; branches and dispatches are recorded. */
export class RecordingProbes implements ProbePort {
  runs: ProbeRunView[] = [];
  readonly branches = new Map<string, string>();
  readonly deleted: string[] = [];
  readonly dispatched: { workflowId: number; ref: string }[] = [];
  dispatchError?: Error;
  /** The run id a dispatch answers with (undefined: the service gave none, as a 204). */
  dispatchRunId?: number;
  /** Calls of recentRuns. */
  listings = 0;

  listRuns(_workflowId: number, f: RunFilter): Promise<ProbeRunView[]> {
    return Promise.resolve(
      this.runs
        .filter(
          (r) =>
            (f.branch === undefined || r.headBranch === f.branch) &&
            (f.headSha === undefined || r.headSha === f.headSha) &&
            (f.event === undefined || r.event === f.event) &&
            (f.created === undefined || r.createdAt >= f.created.replace(/^>=/, '')),
        )
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        // GitHub's pages (per_page=100): older runs are not listed.
        .slice(0, 100 * (f.pages ?? 1)),
    );
  }
  createBranch(branch: string, sha: string): Promise<'created' | 'exists'> {
    const at = this.branches.get(branch);
    if (at !== undefined && at !== sha)
      return Promise.reject(new Error(`${branch} exists at ${at.slice(0, 12)}`));
    this.branches.set(branch, sha);
    return Promise.resolve(at === undefined ? 'created' : 'exists');
  }
  deleteBranch(branch: string): Promise<void> {
    this.branches.delete(branch);
    this.deleted.push(branch);
    return Promise.resolve();
  }
  dispatch(workflowId: number, ref: string): Promise<{ runId?: number }> {
    if (this.dispatchError) return Promise.reject(this.dispatchError);
    this.dispatched.push({ workflowId, ref });
    return Promise.resolve(this.dispatchRunId !== undefined ? { runId: this.dispatchRunId } : {});
  }
  recentRuns(): Promise<ProbeRunView[]> {
    this.listings++;
    return Promise.resolve(
      [...this.runs].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).slice(0, 100),
    );
  }
}
