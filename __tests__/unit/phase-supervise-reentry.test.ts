/** Re-entry through the supervisor's ports, in memory: a PR that re-lands a change an earlier run rolled back. */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseLedger, type Ledger } from '../../src/core/ledger.js';
import { REENTRY_SECTION_KEY } from '../../src/supervise/core/reentry.js';
import type { JobView, RunDetails } from '../../src/supervise/core/supervise-model.js';
import { superviseRun, type LedgerPort } from '../../src/supervise/index.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const SHA = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const PR_HEAD = '1'.repeat(40);
const NOW = new Date('2026-03-04T05:06:07Z');
const TEST_LOG = 'FAIL src/parser.test.ts\n  ● parser › parses\n\nTests: 1 failed, 3 passed';
const AGAIN = 'the same failure as the rollback of aaaaaaaaaaaa: the re-land did not fix it';

/** The cache keeps one ledger per branch: a PR run reads the default branch's by its name. */
function ledgers(): LedgerPort & { loads: string[] } {
  const texts: Record<string, string> = {};
  const loads: string[] = [];
  return {
    loads,
    load: (branch) => {
      loads.push(branch);
      return Promise.resolve(parseLedger(texts[branch], branch).ledger);
    },
    save: (l: Ledger, branch) => Promise.resolve(void (texts[branch] = JSON.stringify(l))),
  };
}

const unit = (id: number, runAttempt: number, conclusion: 'success' | 'failure'): JobView => ({
  id,
  name: 'unit',
  conclusion,
  runAttempt,
  steps: [{ name: 'test', conclusion }],
});

function details(over: Partial<RunDetails['run']>, pullRequests: number[] = []): RunDetails {
  return {
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
      startedAt: '2026-03-04T04:56:07Z',
      ...over,
    },
    workflowId: 9,
    pullRequests,
  };
}

const run = (
  github: RecordingGitHub,
  git: RecordingGit,
  runner: RecordingRunner,
  ledger: LedgerPort,
  runId: number,
): ReturnType<typeof superviseRun> =>
  superviseRun(
    {
      settings: { token: 't', runId, dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
      config: DEFAULT_CONFIG,
      env: { serverUrl: 'https://github.test' },
      repository: 'o/r',
    },
    { github, git, runner, ledger, now: () => NOW },
  );

/** An earlier run of main: `unit` failed twice on SHA, its parent green: the supervisor rolled SHA back. */
async function rolledBack(ledger: LedgerPort): Promise<void> {
  const github = new RecordingGitHub(details({}));
  github.jobs = { 1: [unit(11, 1, 'failure')], 2: [unit(21, 2, 'failure')] };
  github.logs = { 11: TEST_LOG, 21: TEST_LOG };
  github.green = { [PARENT]: true };
  github.labels = { pr: 42, labels: [] };
  const info = {
    sha: SHA,
    parents: [PARENT],
    subject: 'Change the parser',
    message: 'Change the parser',
    author: 'Ann',
  };
  const git = new RecordingGit({ [SHA]: info }, {}, 'c'.repeat(40));
  const outcome = await run(github, git, new RecordingRunner(), ledger, 700);
  expect(outcome.revert?.record.from.commit).toBe(SHA);
}

/** A PR run on `feature` whose PR #77 holds `messages`; its `unit` job ended `conclusion`. */
function prRun(conclusion: 'success' | 'failure', messages: string[]) {
  const github = new RecordingGitHub(
    details(
      {
        id: 800,
        attempt: 1,
        latestAttempt: 1,
        event: 'pull_request',
        headSha: PR_HEAD,
        headBranch: 'feature',
        conclusion,
      },
      [77],
    ),
  );
  github.jobs = { 1: [unit(81, 1, conclusion)] };
  github.logs = { 81: conclusion === 'failure' ? TEST_LOG : 'ok' };
  github.pullRequest = 77;
  github.prCommits = { 77: messages.map((message, i) => ({ sha: String(i + 2).repeat(40), message })) };
  return { github, git: new RecordingGit({}, {}, PR_HEAD), runner: new RecordingRunner() };
}

const section = (github: RecordingGitHub): string | undefined =>
  github.comments.find((c) => c.key === REENTRY_SECTION_KEY)?.section.body;

describe('re-entry: a PR that re-lands a rolled-back change', () => {
  test('its comment gets the rollback record’s failure, evidence and revision targets', async () => {
    const ledger = ledgers();
    await rolledBack(ledger);
    const pr = prRun('success', ['Fix the parser', `Re-land the parser change\n\nRe-lands: ${SHA}`]);
    const outcome = await run(pr.github, pr.git, pr.runner, ledger, 800);
    expect(ledger.loads).toContain('main'); // the default branch's ledger, not the PR branch's
    expect(outcome.reentry?.sha).toBe(SHA);
    const body = section(pr.github);
    expect(pr.github.comments.find((c) => c.key === REENTRY_SECTION_KEY)?.pr).toBe(77);
    expect(body).toContain('#### Re-land of aaaaaaaaaaaa, which ci-recovery rolled back');
    expect(body).toContain('- **Rolled back for:** `test` in job **unit** of CI (run 700)');
    expect(body).toContain('- **Evidence:** line 2: `● parser › parses`');
    expect(body).toContain("  - fix the test failure of job 'unit'");
    expect(body).toContain('  - re\\-land \\#42 with the fix in a new PR');
    expect(body).not.toContain(AGAIN);
    expect(pr.runner.summaries.join('')).toContain('### Re-land of a rolled-back change');
  });

  test('a failure of the same type on the re-land PR is told as the re-land not fixing it', async () => {
    const ledger = ledgers();
    await rolledBack(ledger);
    const pr = prRun('failure', [`Revert "Revert "Change the parser""\n\nThis reverts commit ${SHA}.`]);
    const outcome = await run(pr.github, pr.git, pr.runner, ledger, 800);
    expect(outcome.reentry?.sameFailure).toEqual({ job: 'unit' });
    expect(section(pr.github)).toContain(`#### Re-land of aaaaaaaaaaaa: ${AGAIN.replace(/-/g, '\\-')}`);
    const summary = pr.runner.summaries.join('');
    expect(summary).toContain(AGAIN.replace(/-/g, '\\-'));
    expect(pr.runner.log.messages('info').join('\n')).toContain("job 'unit' failed the same way again");
  });

  test('a PR that names no rolled-back commit gets no re-land section', async () => {
    const ledger = ledgers();
    await rolledBack(ledger);
    const pr = prRun('failure', [`Fix a typo near ${PARENT}`]);
    const outcome = await run(pr.github, pr.git, pr.runner, ledger, 800);
    expect(outcome.reentry).toBeUndefined();
    expect(section(pr.github)).toBeUndefined();
    expect(pr.runner.summaries.join('')).not.toContain('Re-land');
  });

  test('a PR whose messages name no full sha costs no restore of the default branch’s ledger', async () => {
    const ledger = ledgers();
    const pr = prRun('failure', ['Fix the parser', 'Re-lands: aaaaaaaaaaaa']);
    const outcome = await run(pr.github, pr.git, pr.runner, ledger, 800);
    expect(outcome.reentry).toBeUndefined();
    expect(ledger.loads).toEqual(['feature']);
  });

  test('a dry run asks nothing for a re-land section: it writes no comment', async () => {
    const ledger = ledgers();
    await rolledBack(ledger);
    const pr = prRun('failure', [`Re-lands: ${SHA}`]);
    const asked: number[] = [];
    const commitsOf = pr.github.pullRequestCommits.bind(pr.github);
    pr.github.pullRequestCommits = (n: number) => (asked.push(n), commitsOf(n));
    const outcome = await superviseRun(
      {
        settings: { token: 't', runId: 800, dryRun: true, comment: true, revertLabels: ['ci-recovery'] },
        config: DEFAULT_CONFIG,
        env: { serverUrl: 'https://github.test' },
        repository: 'o/r',
      },
      { github: pr.github, git: pr.git, runner: pr.runner, ledger, now: () => NOW },
    );
    expect(asked).toEqual([]);
    expect(outcome.reentry).toBeUndefined();
    expect(section(pr.github)).toBeUndefined();
  });

  test('a named sha with no pending rollback record gets no section', async () => {
    const ledger = ledgers();
    const pr = prRun('failure', [`Re-lands: ${SHA}`]);
    const outcome = await run(pr.github, pr.git, pr.runner, ledger, 800);
    expect(ledger.loads).toEqual(['feature', 'main']);
    expect(outcome.reentry).toBeUndefined();
    expect(section(pr.github)).toBeUndefined();
  });
});
