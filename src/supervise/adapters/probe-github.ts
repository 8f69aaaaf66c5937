/**
 * Bisection's REST calls (ports/probes.ts): list the workflow's runs, create and delete the probe branch
 * (POST/DELETE .../git/refs), dispatch the workflow on it (POST .../actions/workflows/{id}/dispatches,
 * which takes a branch or tag, never a sha: hence the branch), and the repository's recent runs a sweep
 * reads. A refusal names the permission to grant.
 */
import type { ProbeRunView } from '../core/bisect.js';
import { DispatchRefusedError, type ProbePort, type RunFilter } from '../ports/probes.js';
import { UserError, errorMessage } from '../../core/errors.js';
import { httpStatus, type Octokit, type Repo } from '../../adapters/github.js';
import { listFirst } from '../../adapters/rest-pages.js';
import { call, explainApiError } from './api-call.js';

type ListedRun = Awaited<
  ReturnType<Octokit['rest']['actions']['listWorkflowRuns']>
>['data']['workflow_runs'][number];

/** A listed run as bisection and the sweep judge it, newest first. */
function runViews(runs: readonly ListedRun[]): ProbeRunView[] {
  return runs
    .map((r) => ({
      id: r.id,
      path: r.path,
      headBranch: r.head_branch ?? '',
      headSha: r.head_sha,
      event: r.event,
      status: r.status ?? '',
      conclusion: r.conclusion,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      runAttempt: r.run_attempt ?? 1,
      workflowId: r.workflow_id,
      url: r.html_url,
    }))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export function probeGitHub(octokit: Octokit, repo: Repo): ProbePort {
  return {
    listRuns: async (workflowId: number, f: RunFilter): Promise<ProbeRunView[]> => {
      const params = {
        ...repo,
        workflow_id: workflowId,
        ...(f.branch !== undefined ? { branch: f.branch } : {}),
        ...(f.headSha !== undefined ? { head_sha: f.headSha } : {}),
        ...(f.event !== undefined ? { event: f.event } : {}),
        ...(f.created !== undefined ? { created: f.created } : {}),
        per_page: 100,
      };
      const pages = f.pages ?? 1;
      if (pages <= 1) {
        const { data } = await call('listing workflow runs', 'actions:read', () =>
          octokit.rest.actions.listWorkflowRuns(params),
        );
        return runViews(data.workflow_runs);
      }
      // The first `pages` pages, each link checked as any listing's (rest-pages.ts).
      const listing = 'listing workflow runs';
      const { items } = await call(listing, 'actions:read', () =>
        listFirst(octokit, octokit.rest.actions.listWorkflowRuns, params, { listing, maxPages: pages }),
      );
      return runViews(items);
    },
    recentRuns: async () => {
      const { data } = await call("listing the repository's runs", 'actions:read', () =>
        octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, per_page: 100 }),
      );
      return runViews(data.workflow_runs);
    },
    createBranch: async (branch, sha) => {
      try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        return 'created';
      } catch (error) {
        // 422 "Reference already exists": ours from an earlier step only if it points at the same commit.
        if (httpStatus(error) !== 422) throw explainApiError(error, `creating ${branch}`, 'contents:write');
        const { data } = await call(`reading ${branch}`, 'contents:read', () =>
          octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }),
        );
        if (data.object.sha === sha) return 'exists';
        throw new Error(
          `the probe branch ${branch} exists at ${data.object.sha.slice(0, 12)}, not at ${sha.slice(0, 12)}: delete it, and the next run probes again`,
          { cause: error },
        );
      }
    },
    deleteBranch: async (branch) => {
      try {
        await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
      } catch (error) {
        // 422 "Reference does not exist" (and 404): already gone.
        const status = httpStatus(error);
        if (status !== 422 && status !== 404)
          throw explainApiError(error, `deleting ${branch}`, 'contents:write');
      }
    },
    dispatch: (workflowId, ref) => dispatchWithDetails(octokit, repo, workflowId, ref),
  };
}

/**
 * The dispatch, asking for the run it starts (200 with `workflow_run_id`, since 2026-02-19). A service
 * that refuses the field (400: GHES 3.20 and older, cli/cli#12672) gets the plain dispatch; a 204 has no
 * run id, and the run is then known by listing.
 */
export async function dispatchWithDetails(
  octokit: Octokit,
  repo: Repo,
  workflowId: number,
  ref: string,
): Promise<{ runId?: number }> {
  const what = `dispatching workflow ${workflowId} on ${ref}`;
  const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches' as const;
  try {
    const answer = await octokit.request(route, {
      ...repo,
      workflow_id: workflowId,
      ref,
      return_run_details: true,
    });
    const id = (answer.data as { workflow_run_id?: unknown } | undefined)?.workflow_run_id;
    return typeof id === 'number' ? { runId: id } : {};
  } catch (error) {
    if (httpStatus(error) !== 400) throw await refusalOf(error);
  }
  try {
    await octokit.request(route, { ...repo, workflow_id: workflowId, ref });
  } catch (error) {
    throw await refusalOf(error);
  }
  return {};

  async function refusalOf(error: unknown): Promise<unknown> {
    // A 404 is a missing permission, or the workflow gone: GitHub's own word on the workflow tells which.
    if (httpStatus(error) === 404 && (await workflowGone(octokit, repo, workflowId)))
      return new DispatchRefusedError(
        `${what}: GitHub answered 404: workflow ${workflowId} is gone (its file deleted or renamed), or not visible to this token (actions: read)`,
        'gone',
      );
    return dispatchError(error, what);
  }
}

/**
 * GET .../actions/workflows/{id} answers 404, or names the workflow `deleted`: it will take no dispatch
 * again. Any other answer (a 5xx, the network, a refusal) is not that word: false.
 */
async function workflowGone(octokit: Octokit, repo: Repo, workflowId: number): Promise<boolean> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', {
      ...repo,
      workflow_id: workflowId,
    });
    return (data as { state?: unknown }).state === 'deleted';
  } catch (error) {
    return httpStatus(error) === 404;
  }
}

// GitHub's 422s for a workflow that will not take a dispatch (the stand answers them alike).
const NOT_DISPATCHABLE = /disabled workflow|does not have 'workflow_dispatch' trigger/i;

/** A dispatch's failure: refused for good (DispatchRefusedError), a rate limit, or as it came (it passes). */
function dispatchError(error: unknown, what: string): unknown {
  const explained = explainApiError(error, what, 'actions:write');
  if (explained instanceof UserError) return new DispatchRefusedError(explained.message);
  const said = errorMessage(error);
  if (httpStatus(error) === 422 && NOT_DISPATCHABLE.test(said))
    return new DispatchRefusedError(`${what}: GitHub answered 422 (${said.split('\n')[0] ?? ''})`);
  return explained;
}
