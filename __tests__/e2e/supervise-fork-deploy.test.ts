/**
 * The supervisor end to end (who it may act for: a fork PR, deployments): the real `supervise/` bundle under Node 24 through the local runner,
 * against the local GitHub API and a bare git remote (supervise-suite.ts). Each story asserts the API calls
 * made and the resulting repository state.
 */
import {
  corpusLog,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SupervisorRun,
} from '../../stand/scenarios/supervise-stand.js';
import { runForkStory, type ForkStory } from '../../stand/scenarios/supervise-fork.js';
import { RERUN, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

describe('5. a fork PR', () => {
  let story: ForkStory;
  beforeAll(async () => {
    story = await runForkStory(stand());
  });

  it("gets its sticky comment through the supervisor, found by the fork's owner:branch", () => {
    expect(story.supervisor.job.conclusion).toBe('success');
    // GET /commits/{sha}/pulls answers [] for an unmerged fork commit: the list by head is asked first.
    expect(story.supervisor.calls.some((c) => /\/pulls\?.*head=outsider%3Apatch-1/.test(c.path))).toBe(true);
    expect(
      story.supervisor.calls.some((c) =>
        c.path.startsWith(`/repos/${stand().repo}/commits/${story.headSha}/pulls`),
      ),
    ).toBe(false);
    expect(story.supervisor.outputs['pr-number']).toBe(String(story.prNumber));
    expect(story.comments).toHaveLength(1);
    // The fork job's own section (from its plan) and the supervisor's.
    expect(story.comments[0]).toContain('<!-- ci-recovery:job:unit ');
    expect(story.comments[0]).toContain('<!-- ci-recovery:job:ci-recovery-supervisor ');
    expect(story.comments[0]).toMatch(/evidence \(line 589\)/);
    expect(story.supervisor.decisions).toEqual([
      expect.objectContaining({ job: 'unit', action: 'manual', type: 'test' }),
    ]);
  });

  it('no PR code is checked out or run', () => {
    expect(story.markerExists).toBe(false);
    expect(story.prFilesSeen).toEqual([]);
    expect(story.supervisor.writes.every((w) => w.includes('/issues/'))).toBe(true);
  });
});

describe('6. a deployment known by its environment only', () => {
  let supervisor: SupervisorRun;
  beforeAll(async () => {
    // The PR's head carries the workflow file: 'ship' deploys to production, under a name no glob matches.
    const workflow = [
      'on: pull_request',
      'jobs:',
      '  ship:',
      '    runs-on: ubuntu-latest',
      '    environment: production',
      '    steps: [{ run: ./ship.sh }]',
      '',
    ].join('\n');
    const sha = await landCommit(stand(), {
      message: 'Ship on every PR',
      files: { '.github/workflows/ci.yml': workflow },
      ref: 'refs/heads/feature/ship',
    });
    const pr = stand().github.addPull({
      repo: stand().repo,
      head: { ref: 'feature/ship', sha },
      title: 'Ship',
    });
    const run = seedRun(stand(), {
      sha,
      branch: 'feature/ship',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [{ name: 'ship', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Ship' }],
    });
    supervisor = await runSupervisor(stand(), { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  });

  it("reads the run's workflow file at its head sha and leaves the job to a person, without a re-run", () => {
    expect(supervisor.job.conclusion).toBe('success');
    expect(
      supervisor.calls.some(
        (c) =>
          c.route === '/repos/{owner}/{repo}/contents/{path}' &&
          c.status === 200 &&
          /ref=[0-9a-f]{40}/.test(c.path),
      ),
    ).toBe(true);
    expect(supervisor.decisions).toEqual([
      expect.objectContaining({
        job: 'ship',
        action: 'manual',
        reason: expect.stringContaining("the job deploys to the environment 'production'") as unknown,
      }),
    ]);
    expect(supervisor.writes).not.toContain(RERUN);
  });
});

describe('6b. a deployment in a reusable workflow the run calls', () => {
  let supervisor: SupervisorRun;
  beforeAll(async () => {
    // 'stage' calls a workflow of the repository whose job 'go' deploys to production: the run names the
    // job 'stage / go', which no deploy-jobs glob matches and the calling file does not say deploys.
    const sha = await landCommit(stand(), {
      message: 'Ship through a called workflow',
      files: {
        '.github/workflows/ci.yml':
          'on: pull_request\njobs:\n  stage:\n    uses: ./.github/workflows/go.yml\n',
        '.github/workflows/go.yml': [
          'on: workflow_call',
          'jobs:',
          '  go:',
          '    runs-on: ubuntu-latest',
          '    environment: production',
          '    steps: [{ run: ./ship.sh }]',
          '',
        ].join('\n'),
      },
      ref: 'refs/heads/feature/called',
    });
    const pr = stand().github.addPull({
      repo: stand().repo,
      head: { ref: 'feature/called', sha },
      title: 'Call',
    });
    const run = seedRun(stand(), {
      sha,
      branch: 'feature/called',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [{ name: 'stage / go', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Ship' }],
    });
    supervisor = await runSupervisor(stand(), { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  });

  it('reads the called file at the same sha and leaves the job to a person, without a re-run', () => {
    expect(supervisor.job.conclusion).toBe('success');
    expect(supervisor.decisions).toEqual([
      expect.objectContaining({
        job: 'stage / go',
        action: 'manual',
        reason: expect.stringContaining("the job deploys to the environment 'production'") as unknown,
      }),
    ]);
    expect(supervisor.writes).not.toContain(RERUN);
  });
});

describe('6c. a deployment in a reusable workflow of another repository', () => {
  let supervisor: SupervisorRun;
  beforeAll(async () => {
    // 'stage' calls org/ci's workflow at v2, whose job 'apply' deploys to production: only that file, read
    // from org/ci through the contents API at the ref the call names, says so.
    stand().addRepoFile(
      'octo-org/ci',
      'v2',
      '.github/workflows/apply.yml',
      'on: workflow_call\njobs:\n  apply:\n    runs-on: ubuntu-latest\n    environment: production\n    steps: [{ run: ./apply.sh }]\n',
    );
    const sha = await landCommit(stand(), {
      message: 'Apply through a shared workflow',
      files: {
        '.github/workflows/ci.yml':
          'on: pull_request\njobs:\n  stage:\n    uses: octo-org/ci/.github/workflows/apply.yml@v2\n',
      },
      ref: 'refs/heads/feature/shared',
    });
    const pr = stand().github.addPull({
      repo: stand().repo,
      head: { ref: 'feature/shared', sha },
      title: 'Shared',
    });
    const run = seedRun(stand(), {
      sha,
      branch: 'feature/shared',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [
        { name: 'stage / apply', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Apply' },
      ],
    });
    supervisor = await runSupervisor(stand(), { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  });

  it("reads the called file from its repository at the call's ref and leaves the job to a person", () => {
    expect(supervisor.job.conclusion).toBe('success');
    expect(supervisor.decisions).toEqual([
      expect.objectContaining({
        job: 'stage / apply',
        action: 'manual',
        reason: expect.stringContaining("the job deploys to the environment 'production'") as unknown,
      }),
    ]);
    expect(supervisor.writes).not.toContain(RERUN);
  });
});
