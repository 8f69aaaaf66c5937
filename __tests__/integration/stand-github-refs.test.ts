/**
 * The stand's git refs and workflow dispatch, as GitHub's REST contract has them (validated against its
 * OpenAPI description), over the stand's bare git remote: what bisection's probes go through.
 */
import { startStand, type Stand } from '../../stand/services/stand.js';
import { setEnv } from './stand-helpers.js';

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

let stand: Stand;
let restoreEnv: () => void;
let octokit: Octokit;
const repo = { owner: 'octo-org', repo: 'demo' };

beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
  restoreEnv = setEnv(stand.env);
  octokit = (await import('@actions/github')).getOctokit(stand.token);
}, 120_000);
afterAll(async () => {
  restoreEnv();
  await stand.stop();
});

const status = (p: Promise<unknown>): Promise<number | undefined> =>
  p.then(
    (r) => (r as { status: number }).status,
    (e: unknown) => (e as { status?: number }).status,
  );

test('a branch is created at a commit (201), twice is 422, read back, dispatched on (204), and deleted (204, then 422)', async () => {
  const [sha = ''] = stand.git.seeded;
  const ref = 'ci-recovery/probe-abc';
  const created = await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${ref}`, sha });
  expect(created.status).toBe(201);
  expect(created.data).toMatchObject({ ref: `refs/heads/${ref}`, object: { type: 'commit', sha } });
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBe(sha);
  expect(await status(octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${ref}`, sha }))).toBe(422);
  expect(
    await status(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) })),
  ).toBe(422);
  expect((await octokit.rest.git.getRef({ ...repo, ref: `heads/${ref}` })).data.object.sha).toBe(sha);

  const dispatched = await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 4242, ref });
  expect(dispatched.status).toBe(204);
  expect(stand.github.state.dispatches.at(-1)).toMatchObject({ workflowId: '4242', ref });

  expect((await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${ref}` })).status).toBe(204);
  expect(await stand.git.revParse(`refs/heads/${ref}`)).toBeUndefined();
  expect(await status(octokit.rest.git.deleteRef({ ...repo, ref: `heads/${ref}` }))).toBe(422);
  expect(await status(octokit.rest.git.getRef({ ...repo, ref: `heads/${ref}` }))).toBe(404);
  // GitHub dispatches only on a ref that exists.
  expect(await status(octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 4242, ref }))).toBe(
    422,
  );
  expect(stand.github.validationErrors).toEqual([]);
}, 60_000);
