/**
 * The supervisor tried with a read-only token (`dry-run: true`): every write a real run would make (the
 * re-run, the revert's push and PR, the rollback record, the ledger, the sticky comment) is left out and
 * said instead. A token without write permissions answers each write with a 403, as GitHub does.
 */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseLedger } from '../../src/core/ledger.js';
import { escapeText } from '../../src/core/report/markdown.js';
import type { JobView, RunDetails } from '../../src/supervise/core/supervise-model.js';
import { superviseRun, type LedgerPort, type SuperviseSettings } from '../../src/supervise/index.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const SHA = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const TEST_LOG = 'FAIL src/parser.test.ts\n  ● parser › parses\n\nTests: 1 failed, 3 passed';

const forbidden = (what: string) => () =>
  Promise.reject(new Error(`${what}: Resource not accessible by integration (403)`));

/** GitHub as a read-only token sees it: reads answer, writes are refused. */
class ReadOnlyGitHub extends RecordingGitHub {
  override requestRerun = forbidden('re-run');
  override openRevertPullRequest = forbidden('open PR');
  override upsertComment = forbidden('comment');
  override keepArtifact = forbidden('artifact');
}

const details = (over: Partial<RunDetails['run']>): RunDetails => ({
  run: {
    id: 700,
    attempt: 1,
    latestAttempt: 1,
    workflow: 'CI',
    event: 'push',
    headSha: SHA,
    headBranch: 'main',
    defaultBranch: 'main',
    conclusion: 'failure',
    url: 'https://github.test/o/r/actions/runs/700',
    ...over,
  },
  workflowId: 9,
  pullRequests: [],
});
const job = (id: number, name: string, runAttempt = 1): JobView => ({
  id,
  name,
  conclusion: 'failure',
  runAttempt,
  steps: [{ name: 'test', conclusion: 'failure' }],
});

async function dryRun(github: RecordingGitHub) {
  const commit = { sha: SHA, parents: [PARENT], subject: 'Change', message: 'Change', author: 'Ann <a@x>' };
  const git = new RecordingGit({ [SHA]: commit }, {}, 'c'.repeat(40));
  git.pushResult = () => ({ ok: false, reason: 'remote: Permission to o/r denied (403)' }) as never;
  const runner = new RecordingRunner();
  const saved: string[] = [];
  const ledger: LedgerPort = {
    load: (branch) => Promise.resolve(parseLedger(undefined, branch).ledger),
    save: (l) => (saved.push(JSON.stringify(l)), Promise.resolve()),
  };
  const settings: SuperviseSettings = {
    token: 'read-only',
    runId: 700,
    dryRun: true,
    comment: true,
    revertLabels: ['ci-recovery', 'revert'],
  };
  const outcome = await superviseRun(
    { settings, config: DEFAULT_CONFIG, env: { serverUrl: 'https://github.test' }, repository: 'o/r' },
    { github, git, runner, ledger, now: () => new Date('2026-03-04T05:06:07Z') },
  );
  return { outcome, git, runner, saved, summary: runner.summaries.join('') };
}

test('a revert on the default branch: nothing pushed, opened, kept, saved or commented; each said', async () => {
  const github = new ReadOnlyGitHub(details({ attempt: 2, latestAttempt: 2 }));
  github.jobs = { 1: [job(11, 'unit', 1)], 2: [job(21, 'unit', 2)] };
  github.logs = { 11: TEST_LOG, 21: TEST_LOG };
  github.green = { [PARENT]: true };
  github.labels = { pr: 42, labels: [] };
  const r = await dryRun(github);
  expect(r.outcome.plan.jobs.map((j) => j.action)).toEqual(['revert']);
  expect(r.outcome.failures).toEqual([]);
  expect(r.git.reverts).toEqual([]);
  expect(r.git.pushes).toEqual([]);
  expect(r.saved).toEqual([]);
  expect(r.outcome.dryRun).toEqual([
    `revert ${SHA.slice(0, 12)}, push it to ci-recovery/revert-${SHA.slice(0, 12)} and open a draft revert PR labelled ci-recovery, revert (contents: write, pull-requests: write)`,
    'keep the rollback record as an artifact of this run (actions: write)',
    'record the revert in the ledger of the branch (the Actions cache)',
    'update the sticky comment on pull request #42 (pull-requests: write)',
  ]);
  const info = r.runner.log.messages('info');
  expect(info).toContain(
    'ci-recovery supervisor: dry run: nothing re-run, reverted, commented or saved. It would have:',
  );
  expect(info).toContain('  - keep the rollback record as an artifact of this run (actions: write)');
  expect(r.summary).toContain('**Dry run**: nothing was changed. It would have:');
  const said = 'update the sticky comment on pull request #42 (pull-requests: write)';
  expect(r.summary).toContain(`- ${escapeText(said, 500)}`);
});

test("a PR's network failure: no re-run is asked for, and the one it would ask for is said", async () => {
  const github = new ReadOnlyGitHub(details({ event: 'pull_request', headBranch: 'feature' }));
  github.jobs = { 1: [job(31, 'build')] };
  github.logs = { 31: 'npm ERR! code ECONNRESET\nnpm ERR! network read ECONNRESET' };
  github.pullRequest = 5;
  const r = await dryRun(github);
  expect(r.outcome.plan.jobs.map((j) => j.action)).toEqual(['rerun']);
  expect(r.outcome.rerun).toBeUndefined();
  expect(r.outcome.dryRun).toEqual([
    expect.stringMatching(/^re-run the failed jobs \(31\) of run 700 after \d+ s \(actions: write\)$/),
    "update the sticky comment on the run's pull request (pull-requests: write)",
  ]);
});
