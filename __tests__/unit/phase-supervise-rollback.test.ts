/** The supervisor's rollbacks through its ports, in memory: push mode asking first, the post-mortem. */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseRollbackRecord } from '../../src/core/rollback-record.js';
import type { JobView, RunDetails } from '../../src/core/supervise.js';
import { superviseRun, type SuperviseSettings } from '../../src/phases/supervise.js';
import { RecordingGit } from '../../src/ports/git.js';
import { RecordingGitHub } from '../../src/ports/github.js';
import { RecordingRunner } from '../../src/ports/runner.js';

const SHA = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const MERGED = 'd'.repeat(40);
const HEAD = 'c'.repeat(40);
const NOW = new Date('2026-03-04T05:06:07Z');
const TEST_LOG = 'FAIL src/parser.test.ts\n  ● parser › parses\n\nTests: 1 failed, 3 passed';
const PUSH: Config = { ...DEFAULT_CONFIG, revert: { ...DEFAULT_CONFIG.revert, mode: 'push' } };

const job = (id: number, runAttempt: number): JobView => ({
  id,
  name: 'unit',
  conclusion: 'failure',
  runAttempt,
  steps: [{ name: 'test', conclusion: 'failure' }],
});

/** A default-branch push run on its second attempt whose `unit` job failed in both; the parent was green. */
export function confirmedFailure(parents: string[] = [PARENT]): {
  github: RecordingGitHub;
  git: RecordingGit;
  runner: RecordingRunner;
} {
  const details: RunDetails = {
    run: {
      id: 700,
      attempt: 2,
      latestAttempt: 2,
      workflow: 'CI',
      event: 'push',
      headSha: SHA,
      headBranch: 'main',
      defaultBranch: 'main',
      conclusion: 'failure',
      url: 'https://github.test/o/r/actions/runs/700',
      startedAt: '2026-03-04T04:56:07Z',
    },
    workflowId: 9,
    pullRequests: [],
  };
  const github = new RecordingGitHub(details);
  github.jobs = { 1: [job(11, 1)], 2: [job(21, 2)] };
  github.logs = { 11: TEST_LOG, 21: TEST_LOG };
  github.green = { [PARENT]: true };
  github.labels = { pr: 42, labels: [] };
  const info = {
    sha: SHA,
    parents,
    subject: 'Change the parser',
    message: 'Change the parser',
    author: 'Ann',
  };
  const git = new RecordingGit({ [SHA]: info }, {}, HEAD);
  return { github, git, runner: new RecordingRunner() };
}

export const runSupervisor = (
  ports: ReturnType<typeof confirmedFailure>,
  config: Config = DEFAULT_CONFIG,
  over: Partial<SuperviseSettings> = {},
): ReturnType<typeof superviseRun> =>
  superviseRun(
    {
      settings: {
        token: 't',
        runId: 700,
        dryRun: false,
        comment: true,
        revertLabels: ['ci-recovery'],
        ...over,
      },
      config,
      env: { serverUrl: 'https://github.test' },
      repository: 'o/r',
    },
    { ...ports, now: () => NOW },
  );

describe('push mode asks first for anything beyond one commit', () => {
  test('one commit with a green parent is pushed to the default branch, no PR', async () => {
    const ports = confirmedFailure();
    const outcome = await runSupervisor(ports, PUSH);
    expect(ports.git.pushes).toEqual([{ branch: 'main', force: false }]);
    expect(ports.github.opened).toEqual([]);
    expect(outcome.revert?.record.mode).toBe('push');
    expect(outcome.revert?.record.askedFirst).toBeUndefined();
    // Every rollback gets its prefilled post-mortem in the summary: from the failing run's start, 10 minutes.
    const summary = ports.runner.summaries.join('');
    expect(summary).toContain('### Post-mortem of a rollback (prefilled)');
    expect(summary).toContain("- **Duration:** 10m 00s from the failing run's start to the revert");
    expect(summary).toContain('the revert `eeeeeeeeeeee`, pushed to `main`');
  });

  test('a merge commit (its revert undoes every commit it merged) waits in a draft PR, the record says why', async () => {
    const ports = confirmedFailure([PARENT, MERGED]);
    const outcome = await runSupervisor(ports, PUSH);
    const branch = `ci-recovery/revert-${SHA.slice(0, 12)}`;
    expect(ports.git.pushes).toEqual([{ branch, force: true }]); // never the default branch
    expect(ports.github.opened).toHaveLength(1);
    const body = ports.github.opened[0]!.body;
    expect(body).toMatch(/^\*\*Push mode asks first:\*\* revert\\\.mode is push/);
    const record = parseRollbackRecord(body);
    expect(record).toMatchObject({ mode: 'pr', to: { branch } });
    expect(record.askedFirst).toContain(`${SHA.slice(0, 12)} is a merge commit`);
    expect(body).toContain('<details><summary>Post-mortem of this rollback (prefilled)</summary>');
    expect(body).toContain('- **Push mode asked first:** revert\\.mode is push');
    expect(outcome.revert?.pr?.number).toBeGreaterThan(0);
    expect(outcome.revert?.pushed).toBeUndefined();
    expect(ports.runner.log.messages('notice').join('\n')).toContain('waits in a draft PR');
  });
});
