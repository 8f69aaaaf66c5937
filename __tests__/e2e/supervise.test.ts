/**
 * The supervisor end to end: the real `supervise/` bundle under Node 24 through the local runner, against
 * the local GitHub API (every answer validated against GitHub's OpenAPI description) and a bare git remote.
 * Each story asserts the API calls made and the resulting repository state.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { classifyLogFile } from '../../src/adapters/log-file.js';
import { parseRollbackRecord } from '../../src/core/rollback-record.js';
import { runForkStory, type ForkStory } from '../../stand/scenarios/supervise-fork.js';
import { runNetworkStory, type NetworkStory } from '../../stand/scenarios/supervise-network.js';
import {
  corpusLog,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SupervisorRun,
} from '../../stand/scenarios/supervise-stand.js';
import { standLogs } from '../../stand/services/paths.js';
import { runResumeStory, type ResumeStory } from '../../stand/scenarios/supervise-resume.js';
import { runRevertStory, type RevertStory } from '../../stand/scenarios/supervise-revert.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
});
afterAll(async () => {
  await stand?.stop();
});
afterEach(() => {
  // No fake answer may drift from GitHub's OpenAPI description.
  expect(stand.github.validationErrors).toEqual([]);
});

const RERUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
const NEW_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const NEW_PR = 'POST /repos/{owner}/{repo}/pulls';

describe('1. a network failure', () => {
  let story: NetworkStory;
  beforeAll(async () => {
    story = await runNetworkStory(stand);
  });

  it('is typed from the job log and re-run once, with a sticky comment', () => {
    expect(story.first.job.conclusion).toBe('success');
    expect(story.first.decisions).toEqual([
      expect.objectContaining({ job: 'build', action: 'rerun', type: 'network' }),
      expect.objectContaining({ job: 'lint', action: 'nothing' }),
    ]);
    expect(story.first.outputs.rerun).toBe('requested');
    expect(story.first.writes).toEqual([RERUN, NEW_COMMENT]);
    expect(
      story.first.calls.some((c) => c.route === '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs'),
    ).toBe(true);
  });

  it('a second supervisor run for the same run requests nothing and writes nothing', () => {
    expect(story.second.job.conclusion).toBe('success');
    expect(story.second.writes).toEqual([]);
    expect(story.second.outputs.rerun).toBe('');
    expect(story.reruns).toBe(1);
    expect(story.comments).toHaveLength(1);
    expect(story.comments[0]).toContain('Re-run requested: build');
  });

  it('without actions: write, the message names the permission; once granted, the re-run happens', async () => {
    const denied = await runNetworkStory(stand, 'no-actions-write');
    expect(denied.first.job.conclusion).toBe('failure');
    const error = denied.first.job.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(
      /re-running run \d+: GitHub answered 403 .*grant the supervisor job 'permissions: actions: write'/,
    );
    expect(
      denied.first.calls.filter((c) => c.route?.endsWith('/rerun-failed-jobs')).map((c) => c.status),
    ).toEqual([403]);
    expect(denied.second.outputs.rerun).toBe('requested');
    expect(denied.reruns).toBe(1);
  });

  it('rate limits (primary and secondary, 403 and 429) and a 503 are waited out: the supervisor ends green', async () => {
    const limited = await runNetworkStory(stand, 'rate-limited');
    expect(limited.first.job.conclusion).toBe('success');
    expect(limited.first.outputs.rerun).toBe('requested');
    const statuses = (call: string): number[] =>
      limited.first.calls.filter((c) => `${c.method} ${c.route}` === call).map((c) => c.status);
    expect(statuses('GET /repos/{owner}/{repo}/actions/runs/{run_id}').slice(0, 2)).toEqual([403, 200]);
    expect(statuses('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs').slice(0, 2)).toEqual([503, 302]);
    expect(statuses(RERUN)).toEqual([429, 201]);
    expect(statuses(NEW_COMMENT)).toEqual([403, 201]);
    expect(limited.reruns).toBe(1);
    expect(limited.comments).toHaveLength(1);
  });
});

describe('2. a timeout in a HEAVY job', () => {
  let story: ResumeStory;
  beforeAll(async () => {
    story = await runResumeStory(stand);
  });

  it('attempt 1 times out in test after build completed', () => {
    expect(story.attempt1.conclusion).toBe('failure');
    expect(story.attempt1.steps.build?.outputs.skipped).toBe('false');
    expect(story.attempt1.steps.test?.outputs['failure-type']).toBe('timeout');
  });

  it('the supervisor reads the plan and re-runs the job once', () => {
    expect(story.supervisor.decisions).toEqual([
      expect.objectContaining({ job: 'heavy', action: 'rerun', type: 'timeout', lane: 'HEAVY' }),
    ]);
    expect(story.supervisor.decisions[0]?.reason).toContain('resumes from its checkpoints');
    expect(
      story.supervisor.calls.some((c) => c.route === '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'),
    ).toBe(true);
    expect(story.supervisor.writes).toEqual([RERUN]);
    expect(story.reruns).toBe(1);
    // What the re-run will skip, from the plan: build, and how long it took in attempt 1.
    expect(story.supervisor.summary).toMatch(
      /- heavy: the re-run resumes from its checkpoint and skips `build` \(\d+\.\ds\): about \d+\.\ds saved, \d+% of the failed attempt's/,
    );
  });

  it('attempt 2 resumes from the checkpoint: build skips itself, test passes on the restored output', () => {
    expect(story.attempt2.conclusion).toBe('success');
    const main = story.attempt2.stage('recovery', 'main');
    expect(main?.outputs).toMatchObject({ attempt: '2', resumed: 'true', 'completed-stages': 'build' });
    expect(story.attempt2.steps.build?.outputs.skipped).toBe('true');
    expect(story.attempt2.steps.test?.outputs.skipped).toBe('false');
    expect(story.attempt2.stage('test')?.log).toContain('built in attempt 1');
  });

  it("attempt 2's test stage stands on the restored checkpoint of test instead of saving a copy of it", () => {
    const resumedFrom = story.attempt2.stage('recovery', 'main')?.outputs['resume-from'];
    expect(resumedFrom).toMatch(/-a1-test-\d+$/);
    expect(story.attempt2.stage('test')?.log).toContain(
      `checkpoint ${resumedFrom}, restored by this attempt's resume, already holds the state before stage 'test': not saved again.`,
    );
    expect(story.attempt2.steps.test?.outputs['checkpoint-id'] ?? resumedFrom).toBe(resumedFrom);
    const names = stand.github.artifactsOf(story.runId).map((a) => a.name);
    expect(names.filter((n) => /-a2-/.test(n))).toEqual([]);
  });

  it("attempt 2's summary states what skipping build saved, from its duration in attempt 1", () => {
    const took = /resume skipped stage build: (\d+\.\d)s \(its duration in the earlier attempt\)/.exec(
      story.attempt2.summary,
    );
    // The build sleeps a second: the figure is attempt 1's, not the skip's few milliseconds.
    expect(Number(took?.[1])).toBeGreaterThanOrEqual(1);
    expect(story.attempt2.summary).toMatch(/- Saved: about \*\*\d+\.\ds\*\*, \d+% of the job/);
    expect(story.attempt2.summary).not.toContain('Saved: nothing this time');
  });
});

describe('2b. a HEAVY job cancelled by its own timeout-minutes', () => {
  let story: ResumeStory;
  beforeAll(async () => {
    story = await runResumeStory(stand, { runId: 7200, jobTimeout: true });
  });

  it('attempt 1 ends cancelled, like the runner reports a job timeout, and so does the run', () => {
    expect(story.attempt1.conclusion).toBe('cancelled');
    expect(stand.github.job(7200 * 10 + 1)?.conclusion).toBe('cancelled');
    expect(story.attempt1.annotations.map((a) => a.message)).toContain(
      'The job has exceeded the maximum execution time of 18s',
    );
    expect(story.attempt1.steps.build?.outputs.skipped).toBe('false');
  });

  it("the supervisor tells it from a person's cancel by that line and re-runs the job once", () => {
    expect(story.supervisor.decisions).toEqual([
      expect.objectContaining({ job: 'heavy', action: 'rerun', type: 'timeout', lane: 'HEAVY' }),
    ]);
    // A cancelled job is re-run by its own id (POST /actions/jobs/{id}/rerun).
    expect(story.supervisor.writes).toEqual([RERUN_JOB]);
    expect(story.reruns).toBe(1);
  });

  it('attempt 2 resumes from the checkpoint and ends green', () => {
    expect(story.attempt2.stage('recovery', 'main')?.outputs).toMatchObject({ resumed: 'true' });
    expect(story.attempt2.steps.build?.outputs.skipped).toBe('true');
    expect(story.attempt2.conclusion).toBe('success');
  });
});

describe('3. a test failure on the default branch whose parent was green', () => {
  let story: RevertStory;
  beforeAll(async () => {
    story = await runRevertStory(stand, 'plain');
  });

  it('first asks for a confirming re-run, and opens no PR yet', () => {
    const [first] = story.supervisors;
    expect(first?.decisions).toEqual([
      expect.objectContaining({ job: 'test', action: 'confirm-rerun', type: 'test' }),
    ]);
    expect(first?.writes).toEqual([RERUN, NEW_COMMENT]);
    expect(story.reruns).toBe(1);
  });

  it('when it fails again: a draft revert PR whose branch is exactly the inverse of the culprit', () => {
    const second = story.supervisors[1]!;
    expect(second.decisions).toEqual([expect.objectContaining({ action: 'revert', attempt: 2 })]);
    expect(second.writes).toEqual([
      NEW_PR,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(story.revertPr).toMatchObject({
      draft: true,
      state: 'open',
      base: { ref: 'main' },
      head: { ref: story.branch, sha: story.branchSha },
    });
    expect(stand.github.state.labels[`${stand.repo}#${story.revertPr!.number}`]).toEqual([
      'ci-recovery',
      'revert',
    ]);
    // One commit on top of main, main itself untouched, the change is the culprit's reversed.
    expect(story.revertParents).toEqual([story.mainTip]);
    expect(story.mainTip).toBe(story.culprit);
    expect(story.branchDiff).toBe(story.inverseDiff);
    expect(story.branchDiff).toContain("-  return s.split(';').map(Number);");
    expect(second.outputs['revert-pr']).toBe(
      `https://github.com/${stand.repo}/pull/${story.revertPr!.number}`,
    );
  });

  it('the PR body and the job summary carry the rollback record', async () => {
    const record = parseRollbackRecord(story.revertPr!.body);
    expect(record).toMatchObject({
      from: { commit: story.culprit, subject: expect.stringMatching(/^Speed up parser/) as unknown },
      to: { commit: story.branchSha, branch: story.branch, parent: story.mainTip },
      mode: 'pr',
      failureType: 'test',
      trigger: { runId: story.runId, runAttempt: 2, job: 'test' },
    });
    // The evidence is the classifier's decisive line of the failed job's (real) log.
    const verdict = await classifyLogFile(path.join(standLogs, `${LOGS.test}.log`), {
      step: 'go test ./...',
      conclusion: 'failure',
    });
    expect(verdict.type).toBe('test');
    expect(record.evidence).toEqual([verdict.evidence]);
    const summary = story.supervisors[1]!.summary;
    expect(summary).toContain('Rollback record');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(summary)?.[1] ?? '';
    expect((parse(yaml) as { from: { commit: string } }).from.commit).toBe(story.culprit);
    // Also kept as an artifact of the supervisor's run.
    const artifact = stand.results.artifacts.find(
      (x) => x.name === `ci-recovery-rollback-${story.culprit.slice(0, 12)}.yml`,
    );
    expect(artifact).toMatchObject({ finalized: true });
    expect(artifact!.size).toBeGreaterThan(200);
    // The culprit's PR hears about it in one sticky comment.
    expect(story.comments).toHaveLength(1);
    expect(story.comments[0]).toContain(`(https://github.com/${stand.repo}/pull/${story.revertPr!.number})`);
  });

  it('a repeat of the same event re-runs nothing, opens no PR, pushes and writes nothing', () => {
    const third = story.supervisors[2]!;
    expect(third.decisions).toEqual([
      expect.objectContaining({
        action: 'nothing',
        reason: expect.stringContaining('already reverted') as unknown,
      }),
    ]);
    expect(third.writes).toEqual([]);
    expect(stand.github.state.pulls.filter((p) => p.head.ref === story.branch)).toHaveLength(1);
  });

  it('a merge-commit culprit is reverted against parent 1', async () => {
    const merge = await runRevertStory(stand, 'merge');
    const record = parseRollbackRecord(merge.revertPr!.body);
    expect(record.to.mainline).toBe(1);
    expect(merge.revertParents).toEqual([merge.culprit]);
    // Against parent 1: the tree goes back to exactly the first parent's.
    expect(await stand.git.git(['rev-parse', `${merge.branchSha}^{tree}`])).toBe(
      await stand.git.git(['rev-parse', `${merge.culprit}^1^{tree}`]),
    );
    expect(merge.branchDiff).toBe(merge.inverseDiff);
  });

  it('push mode commits the revert to the default branch, with the same record in the summary', async () => {
    const pushed = await runRevertStory(stand, 'push');
    const log = await stand.git.log('refs/heads/main', 2);
    expect(log[1]?.sha).toBe(pushed.culprit);
    expect(log[0]?.body).toContain(`This reverts commit ${pushed.culprit}`);
    expect(pushed.branchDiff).toBe(pushed.inverseDiff);
    expect(pushed.revertPr).toBeUndefined();
    expect(pushed.supervisors[1]?.outputs['revert-branch']).toBe('main');
    expect(pushed.supervisors[1]?.summary).toContain('mode: push');
  });
});

describe('4. no revert', () => {
  const noRevert = (story: RevertStory): void => {
    expect(story.revertPr).toBeUndefined();
    expect(story.branchSha).toBeUndefined();
    expect(story.supervisors.flatMap((s) => s.writes)).not.toContain(NEW_PR);
  };

  it.each([
    ['revert-commit', 'is itself a revert'],
    ['opt-out', 'opt-out marker NO-AUTO-REVERT'],
    ['kill-switch', "label 'ci-recovery:no-revert' was applied by @maintainer (write access)"],
    [
      'kill-switch-unchecked',
      "label 'ci-recovery:no-revert' was applied by @maintainer (whose access could not be checked",
    ],
    ['daily-cap', 'the daily cap of 1 revert(s) is reached'],
  ] as const)('%s: manual at once, without spending a confirming re-run', async (variant, reason) => {
    const story = await runRevertStory(stand, variant);
    noRevert(story);
    expect(story.reruns).toBe(0);
    expect(story.supervisors).toHaveLength(1);
    expect(story.supervisors[0]?.decisions).toEqual([
      expect.objectContaining({ action: 'manual', reason: expect.stringContaining(reason) as unknown }),
    ]);
  });

  it('a conflict: confirmed, tried, aborted, manual with the conflicting file', async () => {
    const story = await runRevertStory(stand, 'conflict');
    noRevert(story);
    expect(story.reruns).toBe(1);
    expect(story.supervisors[1]?.decisions).toEqual([
      expect.objectContaining({
        action: 'manual',
        reason: expect.stringMatching(/conflicts in src\/parser-\d+\.js/) as unknown,
      }),
    ]);
  });

  it('the kill-switch label applied by a read-only user is ignored', async () => {
    const story = await runRevertStory(stand, 'kill-switch-by-reader');
    expect(story.revertPr).toBeDefined();
    expect(story.branchDiff).toBe(story.inverseDiff);
  });

  it('push mode refused by branch protection: a clear message, main untouched', async () => {
    const story = await runRevertStory(stand, 'push-protected');
    const second = story.supervisors[1]!;
    expect(second.job.conclusion).toBe('failure');
    const error = second.job.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(/branch protection on 'main' refused the push; use revert mode 'pr'/);
    expect(second.decisions).toEqual([expect.objectContaining({ action: 'manual' })]);
    expect(story.mainTip).toBe(story.culprit);
  });

  it('a culprit that changed a workflow file: escalated before any push, naming the workflows permission', async () => {
    const story = await runRevertStory(stand, 'workflow-file');
    noRevert(story);
    expect(story.reruns).toBe(1);
    const second = story.supervisors[1]!;
    expect(second.job.conclusion).toBe('success');
    expect(second.decisions).toEqual([expect.objectContaining({ action: 'manual' })]);
    const reason = second.decisions[0]?.reason ?? '';
    expect(reason).toMatch(/changes workflow file\(s\) \.github\/workflows\/parser-\d+\.yml/);
    expect(reason).toMatch(/'workflows' permission/);
    expect(reason).toMatch(/'token' secret/);
    expect(reason).toMatch(/a person revert it/);
    // Nothing was pushed (noRevert: no revert branch on the remote) and main is still the culprit.
    expect(story.mainTip).toBe(story.culprit);
  });

  it('with a token that has the workflows permission, the revert PR is opened', async () => {
    const story = await runRevertStory(stand, 'workflow-file-granted');
    expect(story.revertPr).toBeDefined();
    expect(story.branchDiff).toBe(story.inverseDiff);
  });

  it('Actions may not open PRs: the message names the repository setting', async () => {
    const story = await runRevertStory(stand, 'prs-not-allowed');
    const error = story.supervisors[1]!.job.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(
      /Settings > Actions > General > Workflow permissions > 'Allow GitHub Actions to create and approve pull requests'/,
    );
    expect(story.revertPr).toBeUndefined();
  });

  it('a repository without draft PRs (422): the revert PR opens ready for review and says why', async () => {
    const story = await runRevertStory(stand, 'no-drafts');
    expect(story.supervisors[1]?.job.conclusion).toBe('success');
    expect(story.revertPr).toMatchObject({ draft: false, state: 'open' });
    expect(story.revertPr?.body).toMatch(
      /^> \[!NOTE\]\n> This repository does not support draft pull requests/,
    );
    expect(story.branchDiff).toBe(story.inverseDiff);
  });
});

describe('5. a fork PR', () => {
  let story: ForkStory;
  beforeAll(async () => {
    story = await runForkStory(stand);
  });

  it("gets its sticky comment through the supervisor, found by the fork's owner:branch", () => {
    expect(story.supervisor.job.conclusion).toBe('success');
    // GET /commits/{sha}/pulls answers [] for an unmerged fork commit: the list by head is asked first.
    expect(story.supervisor.calls.some((c) => /\/pulls\?.*head=outsider%3Apatch-1/.test(c.path))).toBe(true);
    expect(
      story.supervisor.calls.some((c) =>
        c.path.startsWith(`/repos/${stand.repo}/commits/${story.headSha}/pulls`),
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
    const sha = await landCommit(stand, {
      message: 'Ship on every PR',
      files: { '.github/workflows/ci.yml': workflow },
      ref: 'refs/heads/feature/ship',
    });
    const pr = stand.github.addPull({ repo: stand.repo, head: { ref: 'feature/ship', sha }, title: 'Ship' });
    const run = seedRun(stand, {
      sha,
      branch: 'feature/ship',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [{ name: 'ship', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Ship' }],
    });
    supervisor = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
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
    const sha = await landCommit(stand, {
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
    const pr = stand.github.addPull({
      repo: stand.repo,
      head: { ref: 'feature/called', sha },
      title: 'Call',
    });
    const run = seedRun(stand, {
      sha,
      branch: 'feature/called',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [{ name: 'stage / go', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Ship' }],
    });
    supervisor = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
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
    stand.addRepoFile(
      'octo-org/ci',
      'v2',
      '.github/workflows/apply.yml',
      'on: workflow_call\njobs:\n  apply:\n    runs-on: ubuntu-latest\n    environment: production\n    steps: [{ run: ./apply.sh }]\n',
    );
    const sha = await landCommit(stand, {
      message: 'Apply through a shared workflow',
      files: {
        '.github/workflows/ci.yml':
          'on: pull_request\njobs:\n  stage:\n    uses: octo-org/ci/.github/workflows/apply.yml@v2\n',
      },
      ref: 'refs/heads/feature/shared',
    });
    const pr = stand.github.addPull({
      repo: stand.repo,
      head: { ref: 'feature/shared', sha },
      title: 'Shared',
    });
    const run = seedRun(stand, {
      sha,
      branch: 'feature/shared',
      event: 'pull_request',
      pullRequests: [pr.number],
      jobs: [
        { name: 'stage / apply', conclusion: 'failure', log: corpusLog(LOGS.network), failedStep: 'Apply' },
      ],
    });
    supervisor = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
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
