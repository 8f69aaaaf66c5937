/**
 * The git refs endpoints of the stand's GitHub API, over the stand's bare git remote: read, create and
 * delete a branch, as GitHub's REST contract has them (POST .../git/refs 201, or 422 "Reference already
 * exists"; DELETE .../git/refs/{ref} 204, or 422 "Reference does not exist"; GET .../git/ref/{ref} 200 or
 * 404). Bisection's probe branches go through these.
 */
import type { ApiHandler, ApiReply, GitHubApi } from './github-api.js';

type Add = (method: string, template: string, handler: ApiHandler) => void;

// GitHub's error body (github-api.ts `errorBody`, not imported: that module imports this one).
const fail = (status: number, message: string): ApiReply => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
});

export function refRoutes(add: Add, api: GitHubApi): void {
  const R = '/repos/{owner}/{repo}';
  const refObject = (repo: string, ref: string, sha: string): Record<string, unknown> => ({
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${api.url}/repos/${repo}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api.url}/repos/${repo}/git/commits/${sha}` },
  });
  // Octokit sends `heads/x/y` with its slashes encoded or not: both reach here decoded.
  const branchOf = (ref: string | undefined): string | undefined =>
    ref?.startsWith('heads/') ? ref.slice('heads/'.length) : undefined;
  const resolve = (repo: string, branch: string): Promise<string | undefined> =>
    api.options.resolveRef?.(repo, branch) ?? Promise.resolve(undefined);
  // GitHub creates or deletes a ref atomically: of two requests for one branch at once, one gets 201 and the
  // other 422. Here the check and the write are two awaits on the git remote, so writes of refs go one at a
  // time (two supervisors sweeping at once raced through the check and both dispatched the same probe).
  let writing: Promise<unknown> = Promise.resolve();
  const oneAtATime = (handler: ApiHandler): ApiHandler => {
    return (req, github) => {
      const done = writing.then(() => handler(req, github));
      writing = done.catch(() => undefined); // the next write waits for this one, whatever its outcome
      return done;
    };
  };

  add('GET', `${R}/git/ref/{ref}`, async (req) => {
    const branch = branchOf(req.params.ref);
    const sha = branch ? await resolve(req.repo, branch) : undefined;
    return sha
      ? { status: 200, body: refObject(req.repo, `refs/heads/${branch}`, sha) }
      : fail(404, 'Not Found');
  });
  add(
    'POST',
    `${R}/git/refs`,
    oneAtATime(async (req) => {
      const body = (req.body ?? {}) as { ref?: string; sha?: string };
      const ref = body.ref ?? '';
      if (!ref.startsWith('refs/') || ref.split('/').length < 3)
        return fail(422, 'Reference name is invalid');
      const branch = branchOf(ref.slice('refs/'.length));
      if (!branch || !api.options.updateRef) return fail(422, 'Reference name is invalid');
      if (await resolve(req.repo, branch)) return fail(422, 'Reference already exists');
      const sha = body.sha ?? '';
      if (!/^[0-9a-f]{40}$/.test(sha)) return fail(422, 'Object does not exist');
      try {
        await api.options.updateRef(req.repo, branch, sha);
      } catch {
        return fail(422, 'Object does not exist');
      }
      // A branch created with an App token starts the push workflows; with GITHUB_TOKEN none (token-rules.ts).
      if (api.startsRuns)
        api.pushed({
          repo: req.repo,
          branch,
          sha,
          token: req.token,
          workflowIds: api.pushWorkflows(req.repo),
        });
      return { status: 201, body: refObject(req.repo, ref, sha) };
    }),
  );
  add(
    'DELETE',
    `${R}/git/refs/{ref}`,
    oneAtATime(async (req) => {
      const branch = branchOf(req.params.ref);
      // GitHub answers {"message": "Reference does not exist"}; its OpenAPI description gives this 422 no
      // body, and the stand answers as described.
      if (!branch || !api.options.updateRef || !(await resolve(req.repo, branch))) return { status: 422 };
      await api.options.updateRef(req.repo, branch, undefined);
      return { status: 204 };
    }),
  );
}
