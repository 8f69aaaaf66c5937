/**
 * The stand's git refs and workflow dispatch, as GitHub's REST contract has them (validated against its
 * OpenAPI description), over the stand's bare git remote: what bisection's probes go through. And the runs
 * GitHub starts, and the workflow_run events it sends, by the token that acted (token-rules.ts).
 */
import { dispatchWithDetails } from '../../src/supervise/adapters/probe-github.js';
import { getOctokit as ourOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { firesWorkflowRun } from '../../stand/services/token-rules.js';
import { setEnv } from './stand-helpers.js';

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

let stand: Stand;
let restoreEnv: () => void;
let octokit: Octokit;
const repo = { owner: 'octo-org', repo: 'demo' };
const APP = 'ghs_standapptokenforthetokenrules00000000';

beforeAll(async () => {
  stand = await startStand({
    appTokens: [APP],
    commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }],
  });
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

test('two creations of one branch at once: one 201, the other 422, as GitHub answers (one write at a time)', async () => {
  const [sha = ''] = stand.git.seeded;
  for (let round = 0; round < 5; round++) {
    const ref = `refs/heads/ci-recovery/probe-race${round}`;
    const answers = await Promise.all([
      status(octokit.rest.git.createRef({ ...repo, ref, sha })),
      status(octokit.rest.git.createRef({ ...repo, ref, sha })),
    ]);
    expect(answers.sort()).toEqual([201, 422]);
    const deleted = await Promise.all([
      status(octokit.rest.git.deleteRef({ ...repo, ref: ref.slice('refs/'.length) })),
      status(octokit.rest.git.deleteRef({ ...repo, ref: ref.slice('refs/'.length) })),
    ]);
    expect(deleted.sort()).toEqual([204, 422]);
  }
});

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

test('a dispatch asked for its run answers 200 with it; the run GitHub started is there, queued', async () => {
  const sha = stand.git.seeded.at(-1)!;
  stand.github.addRun({
    repo: 'octo-org/demo',
    workflowId: 77,
    path: '.github/workflows/ci.yml',
    headSha: sha,
    status: 'completed',
    conclusion: 'success',
  });
  const ours = ourOctokit(stand.token, { baseUrl: stand.github.url, logger: new RecordingLogger() });
  const { runId } = await dispatchWithDetails(ours, repo, 77, 'main');
  const run = stand.github.run(runId ?? -1);
  expect(run).toMatchObject({
    event: 'workflow_dispatch',
    headBranch: 'main',
    headSha: sha,
    status: 'queued',
    path: '.github/workflows/ci.yml',
  });
  // Dispatched with GITHUB_TOKEN: its completion will be sent to nobody.
  expect(firesWorkflowRun(run!)).toBe(false);
  expect(stand.github.validationErrors).toEqual([]);
}, 60_000);

test('a service that refuses return_run_details (400, GHES 3.20): the plain dispatch, the run known by listing', async () => {
  const ghes = await startStand({
    dispatchRunDetails: false,
    commits: [{ message: 'i', files: { 'a.txt': '1\n' } }],
  });
  try {
    const ours = ourOctokit(ghes.token, { baseUrl: ghes.github.url, logger: new RecordingLogger() });
    expect(await dispatchWithDetails(ours, repo, 77, 'main')).toEqual({});
    expect(ghes.github.calls.filter((c) => c.route?.endsWith('/dispatches')).map((c) => c.status)).toEqual([
      400, 204,
    ]);
    expect(ghes.github.state.runs.filter((r) => r.event === 'workflow_dispatch')).toHaveLength(1);
  } finally {
    await ghes.stop();
  }
}, 120_000);

test('token rules: an App token fires workflow_run, GITHUB_TOKEN does not; a branch it creates starts nothing; its PR waits for approval', async () => {
  const sha = stand.git.seeded.at(-1)!;
  stand.github.addRun({
    repo: 'octo-org/demo',
    workflowId: 78,
    event: 'push',
    headSha: sha,
    status: 'completed',
    conclusion: 'success',
  });
  const app = ourOctokit(APP, { baseUrl: stand.github.url, logger: new RecordingLogger() });
  const job = ourOctokit(stand.token, { baseUrl: stand.github.url, logger: new RecordingLogger() });
  const byApp = stand.github.run((await dispatchWithDetails(app, repo, 78, 'main')).runId ?? -1)!;
  expect(byApp.triggeredBy).toBe('app');
  expect(firesWorkflowRun(byApp)).toBe(true);
  // Past three workflow_run levels the chain stops, whoever acted.
  expect(firesWorkflowRun({ ...byApp, chainDepth: 3 })).toBe(false);
  stand.github.startsRuns = true;
  try {
    const before = stand.github.state.runs.length;
    await job.rest.git.createRef({ ...repo, ref: 'refs/heads/by-job-token', sha });
    expect(stand.github.state.runs).toHaveLength(before);
    await app.rest.git.createRef({ ...repo, ref: 'refs/heads/by-app', sha });
    expect(stand.github.state.runs.slice(before)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'push', headBranch: 'by-app', triggeredBy: 'app' }),
      ]),
    );
    const opened = stand.github.state.runs.length;
    await job.rest.pulls.create({ ...repo, head: 'by-job-token', base: 'main', title: 'By the job token' });
    const waiting = stand.github.state.runs.slice(opened);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((r) => r.event === 'pull_request' && r.conclusion === 'action_required')).toBe(true);
  } finally {
    stand.github.startsRuns = false;
  }
  expect(stand.github.validationErrors).toEqual([]);
}, 60_000);
