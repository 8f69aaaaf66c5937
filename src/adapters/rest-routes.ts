/**
 * The REST methods ci-recovery calls (`octokit.rest.<scope>.<method>`), each its route, as
 * @octokit/plugin-rest-endpoint-methods defines it: that plugin's table holds every endpoint of the API
 * (~200 KB of the bundle), which main and post compiled and ran on every job for the few they call (their
 * own CPU ~4-8 ms each, bench/post-cost.ts). A method is what the plugin makes of its route:
 * `octokit.request.defaults({ method, url })`, so `octokit.paginate` takes it alike.
 * `__tests__/unit/rest-routes.test.ts` holds the table to the plugin's, and to every method `src/` calls.
 */
import type { Octokit as OctokitCore } from '@octokit/core';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';

export const REST_ROUTES = {
  actions: {
    getJobForWorkflowRun: 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}',
    getWorkflowRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
    listJobsForWorkflowRunAttempt:
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    listWorkflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    listWorkflowRunsForRepo: 'GET /repos/{owner}/{repo}/actions/runs',
    reRunJobForWorkflowRun: 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
    reRunWorkflow: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
    reRunWorkflowFailedJobs: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
  },
  checks: {
    listAnnotations: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
  },
  git: {
    createRef: 'POST /repos/{owner}/{repo}/git/refs',
    deleteRef: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
    getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
  },
  issues: {
    addLabels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    getComment: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    listEvents: 'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    create: 'POST /repos/{owner}/{repo}/pulls',
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    list: 'GET /repos/{owner}/{repo}/pulls',
    listCommits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
    listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  },
  repos: {
    get: 'GET /repos/{owner}/{repo}',
    getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
    listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  },
  users: {
    getAuthenticated: 'GET /user',
  },
} as const satisfies { [S in keyof Api['rest']]?: { [M in keyof Api['rest'][S]]?: string } };

/** `octokit.rest` as REST_ROUTES gives it: each method typed as the plugin types it, and no other. */
export interface RestRoutesApi {
  rest: {
    [S in keyof typeof REST_ROUTES]: Pick<
      Api['rest'][S],
      keyof (typeof REST_ROUTES)[S] & keyof Api['rest'][S]
    >;
  };
}

/**
 * An Octokit plugin giving `octokit.rest` the methods of REST_ROUTES, built on first use of each scope. Typed
 * from the table, so a call to a method it lacks does not compile (github.ts's `Octokit` carries this type).
 */
export function restRoutes(octokit: OctokitCore): RestRoutesApi {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, methods] of Object.entries(REST_ROUTES)) {
    const built: Record<string, unknown> = {};
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ') as [string, string];
      let fn: unknown;
      Object.defineProperty(built, name, {
        enumerable: true,
        get: () => (fn ??= octokit.request.defaults({ method, url })),
      });
    }
    rest[scope] = built;
  }
  return { rest } as unknown as RestRoutesApi;
}
