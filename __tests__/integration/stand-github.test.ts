import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { setEnv } from './stand-helpers.js';

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

describe("the local GitHub REST API, validated against GitHub's OpenAPI description", () => {
  let stand: Stand;
  let restoreEnv: () => void;
  let octokit: Octokit;
  const repo = { owner: 'octo-org', repo: 'demo' };

  beforeAll(async () => {
    stand = await startStand({
      commits: [
        { message: 'initial', files: { 'README.md': '# demo\n' } },
        { message: 'feature work', files: { 'src/a.ts': 'export {};\n' }, branch: 'feature' },
      ],
    });
    restoreEnv = setEnv(stand.env);
    const github = await import('@actions/github');
    octokit = github.getOctokit(stand.token);
  });
  afterAll(async () => {
    restoreEnv();
    await stand.stop();
  });
  afterEach(() => stand.github.clearFailures());

  it('bites: a response that does not match the schema becomes a 500 naming the violation', async () => {
    const unroute = stand.github.route('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', (req, api) => {
      const job = api.addJob({ repo: req.repo, runId: 1 });
      return { status: 200, body: { ...api.jobObject(job), status: 'exploded' } };
    });
    const error = await octokit.rest.actions
      .getJobForWorkflowRun({ ...repo, job_id: 1 })
      .catch((e: unknown) => e as { status: number; message: string });
    expect(error).toMatchObject({ status: 500 });
    expect((error as { message: string }).message).toContain(
      'response/status must be equal to one of the allowed values',
    );
    expect(stand.github.validationErrors).toEqual([
      expect.objectContaining({ path: '/repos/{owner}/{repo}/actions/jobs/{job_id}', status: 200 }),
    ]);
    stand.github.validationErrors.length = 0;
    unroute();

    // A route GitHub does not have cannot be faked either.
    const unrouteMadeUp = stand.github.route('GET', '/repos/{owner}/{repo}/made-up', () => ({
      status: 200,
      body: {},
    }));
    const res = await fetch(`${stand.github.url}/repos/octo-org/demo/made-up`, {
      headers: { authorization: `token ${stand.token}` },
    });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toContain(
      "is not in GitHub's OpenAPI description",
    );
    stand.github.validationErrors.length = 0;
    unrouteMadeUp();
  });

  it("answers 401 without a token, and injected 403s with GitHub's error shape", async () => {
    const res = await fetch(`${stand.github.url}/repos/octo-org/demo`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });

    const run = stand.github.addRun({ repo: 'octo-org/demo' });
    const job = stand.github.addJob({
      repo: 'octo-org/demo',
      runId: run.id,
      steps: [{ name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' }],
    });
    stand.github.fail('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', 403, { times: 1 });
    await expect(
      octokit.rest.actions.getJobForWorkflowRun({ ...repo, job_id: job.id }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration') as unknown,
    });
    const ok = await octokit.rest.actions.getJobForWorkflowRun({ ...repo, job_id: job.id });
    expect(ok.data.steps?.[0]).toMatchObject({ name: 'Set up job', conclusion: 'success' });
    expect(stand.github.calls.at(-1)).toMatchObject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/actions/jobs/{job_id}',
      status: 200,
    });
  });

  it('serves repos, runs by head sha, jobs, logs only once completed, annotations and reruns', async () => {
    expect((await octokit.rest.repos.get(repo)).data.default_branch).toBe('main');
    const sha = stand.git.seeded[0] ?? '';
    const run = stand.github.addRun({ repo: 'octo-org/demo', headSha: sha });
    const job = stand.github.addJob({
      repo: 'octo-org/demo',
      runId: run.id,
      log: '2026-01-01T00:00:00Z npm ERR! network ETIMEDOUT\n',
      annotations: [{ path: 'src/a.ts', startLine: 3, endLine: 3, level: 'failure', message: 'Type error' }],
    });
    const runs = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, head_sha: sha });
    expect(runs.data.workflow_runs.map((r) => r.id)).toEqual([run.id]);

    await expect(
      octokit.rest.actions.downloadJobLogsForWorkflowRun({ ...repo, job_id: job.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id }),
    ).rejects.toMatchObject({ status: 403 });
    Object.assign(job, { status: 'completed', conclusion: 'failure' });
    Object.assign(run, { status: 'completed', conclusion: 'failure' });
    const logs = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ ...repo, job_id: job.id });
    expect(String(logs.data)).toContain('ETIMEDOUT');
    const annotations = await octokit.rest.checks.listAnnotations({ ...repo, check_run_id: job.id });
    expect(annotations.data).toEqual([
      expect.objectContaining({ path: 'src/a.ts', annotation_level: 'failure', message: 'Type error' }),
    ]);

    await octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id });
    await octokit.rest.actions.reRunJobForWorkflowRun({ ...repo, job_id: job.id });
    expect(stand.github.state.reruns).toEqual([
      expect.objectContaining({ kind: 'failed-jobs', runId: run.id }),
      expect.objectContaining({ kind: 'job', jobId: job.id }),
    ]);
  });

  it('keeps a sticky comment: create, paginate, update, delete', async () => {
    for (let i = 0; i < 34; i++)
      stand.github.addComment({ repo: 'octo-org/demo', issueNumber: 9, body: `noise ${i}`, user: 'someone' });
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 9,
      body: '<!-- ci-recovery -->\nfirst',
    });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 9,
      per_page: 10,
    });
    expect(all).toHaveLength(35);
    const mine = all.find((c) => c.body?.includes('<!-- ci-recovery -->'));
    expect(mine?.id).toBe(created.data.id);
    await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: '<!-- ci-recovery -->\nsecond',
    });
    expect(stand.github.state.comments.find((c) => c.id === created.data.id)?.body).toContain('second');
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(stand.github.state.comments.some((c) => c.id === created.data.id)).toBe(false);
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 9, body: 'x'.repeat(65537) }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('opens pull requests on branches of the git remote, and finds them by commit', async () => {
    const pr = await octokit.rest.pulls.create({
      ...repo,
      title: 'Revert "feature work"',
      head: 'feature',
      base: 'main',
      draft: true,
    });
    const featureSha = await stand.git.revParse('feature');
    expect(pr.data.head.sha).toBe(featureSha);
    await expect(
      octokit.rest.pulls.create({ ...repo, title: 'x', head: 'no-such-branch', base: 'main' }),
    ).rejects.toMatchObject({ status: 422 });
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: pr.data.number })).data.draft).toBe(true);
    const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: featureSha ?? '',
    });
    expect(byCommit.data.map((p) => p.number)).toEqual([pr.data.number]);

    const fork = stand.github.addPull({
      repo: 'octo-org/demo',
      headRepo: 'someone/demo-fork',
      head: { ref: 'patch-1', sha: featureSha ?? '' },
    });
    const forkPr = await octokit.rest.pulls.get({ ...repo, pull_number: fork.number });
    expect([forkPr.data.head.repo?.full_name, forkPr.data.base.repo.full_name]).toEqual([
      'someone/demo-fork',
      'octo-org/demo',
    ]);

    stand.github.addRepo('octo-org/demo', { actionsCanCreatePullRequests: false });
    await expect(
      octokit.rest.pulls.create({ ...repo, title: 't', head: 'feature', base: 'main' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('not permitted to create or approve pull requests') as unknown,
    });
    stand.github.addRepo('octo-org/demo', { actionsCanCreatePullRequests: true });
  });

  it('tells who applied a label and what permission they have', async () => {
    stand.github.addLabel('octo-org/demo', 12, 'no-auto-revert', 'maintainer1');
    stand.github.setPermission('octo-org/demo', 'maintainer1', 'maintain');
    const events = await octokit.rest.issues.listEvents({ ...repo, issue_number: 12 });
    expect(
      events.data.map((e) => [e.event, e.actor?.login, 'label' in e ? e.label?.name : undefined]),
    ).toEqual([['labeled', 'maintainer1', 'no-auto-revert']]);
    const perm = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'maintainer1',
    });
    expect(perm.data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'stranger' })).data
        .permission,
    ).toBe('read');
    expect(stand.github.validationErrors).toEqual([]);
  });

  it('exposes the seeded git remote as https://github.com/<owner>/<repo>', async () => {
    const dir = await mkdtemp(`${os.tmpdir()}/clone-`);
    try {
      await promisify(execFile)('git', ['clone', '--quiet', 'https://github.com/octo-org/demo', dir], {
        env: { ...process.env, ...stand.git.env },
      });
      expect((await stand.git.log('main')).map((c) => c.subject)).toEqual(['initial']);
      expect(Object.keys(await stand.git.refs()).sort()).toEqual(['refs/heads/feature', 'refs/heads/main']);
      expect(await stand.git.show('feature', 'src/a.ts')).toBe('export {};\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a request body that does not match the documented one (422), as GitHub does', async () => {
    const res = await fetch(`${stand.github.url}/repos/octo-org/demo/issues/3/comments`, {
      method: 'POST',
      headers: { authorization: `token ${stand.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'wrong field name' }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toContain(
      "request must have required property 'body'",
    );
    expect(stand.github.state.comments.filter((c) => c.issueNumber === 3)).toEqual([]);
  });

  it('lists the runs of one workflow by file name or id', async () => {
    const ci = stand.github.addRun({
      repo: 'octo-org/demo',
      path: '.github/workflows/ci.yml',
      workflowId: 11,
      headBranch: 'main',
    });
    stand.github.addRun({
      repo: 'octo-org/demo',
      path: '.github/workflows/docs.yml',
      workflowId: 12,
      headBranch: 'main',
    });
    const byFile = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'ci.yml',
      branch: 'main',
    });
    expect(byFile.data.workflow_runs.map((r) => r.id)).toContain(ci.id);
    expect(byFile.data.workflow_runs.every((r) => r.path === '.github/workflows/ci.yml')).toBe(true);
    const byId = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 12 });
    expect(byId.data.workflow_runs.map((r) => r.path)).toEqual(['.github/workflows/docs.yml']);
  });
});
