/** The supervisor's rollbacks through its ports, in memory: push mode asking first, the post-mortem. */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseLedger, type Ledger } from '../../src/core/ledger.js';
import { REENTRY_SECTION_KEY } from '../../src/supervise/core/reentry.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import type { JobView, RunDetails } from '../../src/supervise/core/supervise-model.js';
import { superviseRun, type LedgerPort, type SuperviseSettings } from '../../src/supervise/index.js';
import { ROLLBACK_SECTION_KEY } from '../../src/supervise/phase/supervise-verify.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { sweep } from '../../src/supervise/phase/supervise-sweep.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { DispatchRefusedError, RecordingProbes } from '../../src/supervise/ports/probes.js';
import type { ProbeRunView } from '../../src/supervise/core/bisect.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const SHA = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const MERGED = 'd'.repeat(40);
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
  // The branch's head is the commit the failing run tested (it has not moved since).
  const git = new RecordingGit({ [SHA]: info }, {}, SHA);
  return { github, git, runner: new RecordingRunner() };
}

export const runSupervisor = (
  ports: ReturnType<typeof confirmedFailure> & { ledger?: LedgerPort; probes?: RecordingProbes },
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

  test('the default branch moved by a push that started no run ([skip ci], GITHUB_TOKEN): a draft PR, never a push', async () => {
    const ports = confirmedFailure();
    const moved = 'f'.repeat(40);
    const git = new RecordingGit({ [SHA]: ports.git.commits[SHA]! }, {}, moved);
    const outcome = await runSupervisor({ ...ports, git }, PUSH);
    expect(git.pushes).toEqual([{ branch: `ci-recovery/revert-${SHA.slice(0, 12)}`, force: true }]);
    expect(outcome.revert?.record.mode).toBe('pr');
    expect(outcome.revert?.record.askedFirst).toContain(
      `the default branch moved since the failing run tested ${SHA.slice(0, 12)} (it is at ${moved.slice(0, 12)} now)`,
    );
  });
});

describe('a newer push run of the default branch holds the revert', () => {
  const view = (over: Partial<ProbeRunView>): ProbeRunView => ({
    id: 700,
    path: '.github/workflows/ci.yml',
    workflowId: 9,
    headBranch: 'main',
    headSha: SHA,
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    createdAt: '2026-03-04T04:56:00Z',
    updatedAt: '2026-03-04T05:00:00Z',
    runAttempt: 2,
    ...over,
  });
  test.each(['cancelled', 'skipped', 'startup_failure'])(
    'one that ended %s tested nothing: a person decides, nothing is pushed',
    async (conclusion) => {
      const ports = confirmedFailure();
      const probes = new RecordingProbes();
      probes.runs = [
        view({ id: 701, headSha: NEXT, conclusion, createdAt: '2026-03-04T05:00:00Z', runAttempt: 1 }),
        view({}),
      ];
      const outcome = await runSupervisor({ ...ports, probes }, PUSH);
      const unit = outcome.plan.jobs.find((j) => j.job === 'unit')!;
      expect(unit.action).toBe('manual');
      expect(unit.reason).toContain(
        `run 701 of ${NEXT.slice(0, 12)}, newer, ended ${conclusion} and tested nothing`,
      );
      expect(ports.git.pushes).toEqual([]);
    },
  );
  test('one that passed: the branch is green again, nothing is reverted', async () => {
    const ports = confirmedFailure();
    const probes = new RecordingProbes();
    probes.runs = [view({ id: 701, headSha: NEXT, conclusion: 'success', runAttempt: 1 }), view({})];
    const outcome = await runSupervisor({ ...ports, probes }, PUSH);
    expect(outcome.plan.jobs.find((j) => j.job === 'unit')!.action).toBe('nothing');
    expect(ports.git.pushes).toEqual([]);
  });
});

describe('a ledger that cannot be read (its load rejects, as supervise-run.ts answers for it)', () => {
  test('no revert is made as if no revert were made today, and nothing is saved over it', async () => {
    const ports = confirmedFailure();
    const saved: Ledger[] = [];
    const ledger: LedgerPort = {
      load: () => Promise.reject(new Error('cache service: 503')),
      save: (l) => Promise.resolve(void saved.push(l)),
    };
    const outcome = await runSupervisor({ ...ports, ledger }, PUSH);
    // The daily cap and "never a second revert of the same commit" are the ledger's: unknown, a person decides.
    expect(ports.git.pushes).toEqual([]);
    expect(ports.github.opened).toEqual([]);
    expect(outcome.revert).toBeUndefined();
    expect(outcome.problems).toContain(
      'the ledger of main was not read (cache service: 503): nothing is known from it, and it is not saved',
    );
    expect(outcome.problems.join('\n')).toContain(
      "revert facts not known: the ledger was not read, so today's reverts and earlier ones are not known",
    );
    expect(saved).toEqual([]);
  });
});

describe('a ledger load that failed marks nothing: a later good read is saved on', () => {
  test('a load that failed once, then one that reads it: the revert record is saved (the daily cap counts it)', async () => {
    const memory = memoryLedger();
    let failures = 1;
    const ledger: LedgerPort = {
      load: (branch) =>
        failures-- > 0 ? Promise.reject(new Error('cache service: 503')) : memory.load(branch),
      save: (l, branch) => memory.save(l, branch),
    };
    // The sweep's first read of the default branch (its probe records) fails; it goes on without it.
    await expect(ledger.load('main')).rejects.toThrow('cache service: 503');
    const outcome = await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    expect(outcome.revert?.pushed).toBeTruthy();
    expect(memory.current().reverts).toEqual([expect.objectContaining({ sha: SHA, revertSha: REVERT })]);
  });
});

/** A ledger kept in memory across supervisor runs, as the cache keeps it across workflow runs. */
function memoryLedger(): LedgerPort & { current: () => Ledger } {
  let text: string | undefined;
  return {
    load: (branch) => Promise.resolve(parseLedger(text, branch).ledger),
    save: (l) => Promise.resolve(void (text = JSON.stringify(l))),
    current: () => parseLedger(text, 'main').ledger,
  };
}

const NEXT = 'f'.repeat(40);
const REVERT = 'e'.repeat(40); // RecordingGit's revert commit

/** The first run of main after the revert: its head NEXT holds `landed` (one commit after it). */
function nextRun(
  unit: 'success' | 'failure',
  landed: string,
  message = 'Tidy the docs',
): ReturnType<typeof confirmedFailure> {
  const ports = confirmedFailure();
  const d = ports.github.details;
  Object.assign(d.run, {
    id: 710,
    attempt: 1,
    latestAttempt: 1,
    headSha: NEXT,
    conclusion: unit,
    url: undefined,
  });
  ports.github.jobs = {
    1: [{ ...job(31, 1), conclusion: unit, steps: [{ name: 'test', conclusion: unit }] }],
  };
  ports.github.logs = { 31: unit === 'failure' ? TEST_LOG : 'ok' };
  ports.git.commits[NEXT] = { sha: NEXT, parents: [landed], subject: message, message, author: 'Bo' };
  ports.git.ranges[`${landed}..${NEXT}`] = 1;
  return ports;
}

describe('after a revert, the next run of the default branch tells', () => {
  test('pr mode, merged, then green: the record says the revert helped; the culprit PR hears it', async () => {
    const ledger = memoryLedger();
    const first = confirmedFailure();
    await runSupervisor({ ...first, ledger });
    const pending = ledger.current().reverts[0]!;
    expect(pending).toMatchObject({ sha: SHA, revertSha: REVERT });
    expect(parseRollbackRecord(pending.record!).from.commit).toBe(SHA);

    // Not merged yet: the run says nothing about it, and nothing is cloned for it.
    const early = nextRun('success', REVERT);
    early.github.revertPrs = { ...first.github.revertPrs };
    expect((await runSupervisor({ ...early, ledger })).verified).toEqual([]);
    expect(early.git.clones).toEqual([]);
    expect(ledger.current().reverts[0]?.verdict).toBeUndefined();

    const MERGE = '9'.repeat(40);
    const next = nextRun('success', MERGE);
    const branch = `ci-recovery/revert-${SHA.slice(0, 12)}`;
    next.github.revertPrs = { [branch]: { ...first.github.revertPrs[branch]!, mergeSha: MERGE } };
    const outcome = await runSupervisor({ ...next, ledger });

    expect(outcome.verified?.map((v) => v.record.verification?.result)).toEqual(['green']);
    expect(ledger.current().reverts[0]).toMatchObject({ sha: SHA, landedSha: MERGE, verdict: 'green' });
    // Judged: the ledger keeps the record with its verdict, for a PR that re-lands the change later.
    expect(parseRollbackRecord(ledger.current().reverts[0]!.record!).verification?.result).toBe('green');
    const kept = next.github.artifacts.find((a) => a.name.endsWith('-green.yml'))!;
    expect(parseRollbackRecord(kept.content).verification).toMatchObject({
      result: 'green',
      runId: 710,
      sha: NEXT,
    });
    const summary = next.runner.summaries.join('');
    expect(summary).toContain(`the revert of ${SHA.slice(0, 12)} helped: job **unit** is green again.`);
    expect(summary).toContain('- **Did it help:** yes: run 710 (attempt 1)');
    expect(next.github.comments.map((c) => [c.pr, c.key])).toEqual([[42, ROLLBACK_SECTION_KEY]]);
    expect(next.github.opened).toEqual([]); // no re-land

    // A later run finds nothing pending: the verdict is told once.
    const later = nextRun('success', MERGE);
    expect((await runSupervisor({ ...later, ledger })).verified).toBeUndefined();
  });

  test('a PR re-landing a change whose revert helped gets the record and the verdict in its comment', async () => {
    const ledger = memoryLedger();
    const first = confirmedFailure();
    await runSupervisor({ ...first, ledger });
    const MERGE = '9'.repeat(40);
    const next = nextRun('success', MERGE);
    const branch = `ci-recovery/revert-${SHA.slice(0, 12)}`;
    next.github.revertPrs = { [branch]: { ...first.github.revertPrs[branch]!, mergeSha: MERGE } };
    await runSupervisor({ ...next, ledger });
    expect(ledger.current().reverts[0]?.verdict).toBe('green');

    // Weeks later a PR brings the change back (`git revert` of the revert names it).
    const pr = confirmedFailure();
    Object.assign(pr.github.details.run, {
      id: 800,
      attempt: 1,
      latestAttempt: 1,
      event: 'pull_request',
      headSha: '1'.repeat(40),
      headBranch: 'feature',
      conclusion: 'failure',
    });
    pr.github.details.pullRequests = [77];
    pr.github.jobs = { 1: [job(81, 1)] };
    pr.github.logs = { 81: TEST_LOG };
    pr.github.pullRequest = 77;
    pr.github.prCommits = {
      77: [{ sha: '2'.repeat(40), message: `Reapply\n\nThis reverts commit ${MERGE}.` }],
    };
    const outcome = await runSupervisor({ ...pr, ledger });
    expect(outcome.reentry?.sha).toBe(SHA);
    const section = pr.github.comments.find((c) => c.key === REENTRY_SECTION_KEY)?.section.body ?? '';
    expect(section).toContain('the re\\-land did not fix it'); // escaped for markdown
    expect(section).toContain(
      `- **Did it help:** yes: run 710 (attempt 1) of \`${NEXT.slice(0, 12)}\` was green`,
    );
  });

  test('push mode, still failing the same way: a draft re-land PR and a person, both in the record', async () => {
    const ledger = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    expect(ledger.current().reverts[0]).toMatchObject({ landedSha: REVERT });

    const next = nextRun('failure', REVERT);
    const outcome = await runSupervisor({ ...next, ledger }, PUSH);

    const reland = `ci-recovery/reland-${SHA.slice(0, 12)}`;
    expect(next.git.reverts).toContain(REVERT); // the revert of the revert
    expect(next.git.pushes).toContainEqual({ branch: reland, force: true });
    expect(next.github.opened.map((o) => o.branch)).toEqual([reland]);
    const body = next.github.opened[0]!.body;
    expect(body).toMatch(/^ci-recovery re-lands aaaaaaaaaaaa \(#42\): reverting aaaaaaaaaaaa did not help/);
    const record = parseRollbackRecord(body);
    expect(record.verification).toMatchObject({
      result: 'still-failing',
      runId: 710,
      failureType: 'test',
      evidence: { line: 2, text: '● parser › parses' },
    });
    expect(record.reland).toMatchObject({
      branch: reland,
      escalated: expect.stringContaining('did not help') as unknown,
    });
    expect(outcome.verified?.[0]?.reland?.number).toBe(next.github.opened.length + 900);
    expect(outcome.verified?.[0]?.record.reland?.pr).toBe(outcome.verified?.[0]?.reland?.number);
    expect(ledger.current().reverts[0]).toMatchObject({ verdict: 'still-failing', relandPr: 901 });
    expect(next.runner.summaries.join('')).toContain('did not help');
    expect(next.runner.log.messages('warning').join('\n')).toContain('draft re-land PR #901');
    const told = next.github.comments.find((c) => c.key === ROLLBACK_SECTION_KEY);
    expect(told?.section.body).toContain('the revert did not help, a person decides');
  });

  test('a run whose commit does not hold the revert, or whose job failed another way, judges nothing', async () => {
    const ledger = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    const older = nextRun('success', REVERT);
    delete older.git.ranges[`${REVERT}..${NEXT}`]; // NEXT is not a descendant of the revert
    expect((await runSupervisor({ ...older, ledger }, PUSH)).verified).toEqual([]);
    const other = nextRun('failure', REVERT);
    other.github.logs = { 31: 'fatal: No space left on device' };
    expect((await runSupervisor({ ...other, ledger }, PUSH)).verified).toEqual([]);
    expect(ledger.current().reverts[0]?.verdict).toBeUndefined();
    expect(other.github.opened).toEqual([]);
  });
});

test('at most two rollbacks of one change: a third goes to a person, the record keeps the count', async () => {
  const ledger = memoryLedger();
  const second = 'a1'.repeat(20);
  // The change was reverted once (SHA); its re-land `second` names it and was reverted too.
  await ledger.save(
    {
      ...parseLedger(undefined, 'main').ledger,
      reverts: [
        { at: '2026-03-01T00:00:00Z', sha: SHA, revertSha: REVERT, verdict: 'still-failing' },
        { at: '2026-03-02T00:00:00Z', sha: second, target: SHA, verdict: 'green' },
      ],
    },
    'main',
  );
  const third = 'a2'.repeat(20);
  const ports = confirmedFailure();
  const msg = `Re-land the parser\n\nRe-lands: ${second}`;
  ports.github.details.run.headSha = third;
  ports.git.commits[third] = {
    sha: third,
    parents: [PARENT],
    subject: 'Re-land the parser',
    message: msg,
    author: 'Ann',
  };
  const outcome = await runSupervisor({ ...ports, ledger });
  expect(outcome.plan.jobs.map((j) => j.action)).toEqual(['manual']);
  expect(outcome.plan.jobs[0]?.reason).toContain('rolled back 2 time(s) already, the most ci-recovery does');
  expect(ports.git.reverts).toEqual([]);

  // One earlier rollback: the revert is made, and its record counts it as the second.
  const ledger2 = memoryLedger();
  await ledger2.save(
    { ...parseLedger(undefined, 'main').ledger, reverts: [{ at: '2026-03-01T00:00:00Z', sha: second }] },
    'main',
  );
  const again = confirmedFailure();
  again.github.details.run.headSha = third;
  again.git.commits[third] = ports.git.commits[third]!;
  const made = await runSupervisor({ ...again, ledger: ledger2 });
  expect(made.revert?.record.rollbacks).toBe(2);
  expect(ledger2.current().reverts.find((r) => r.sha === third)?.target).toBe(second);
});

describe('the sweep reads the ledger (issue 65, gap 2)', () => {
  /** Run 710 of main, as the repository's listing shows it: completed `minutesAgo` before NOW. */
  function listed(minutesAgo: number, conclusion: 'success' | 'failure'): RecordingProbes {
    const probes = new RecordingProbes();
    const at = new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
    probes.runs = [
      {
        id: 710,
        path: '.github/workflows/ci.yml',
        workflowId: 9,
        headBranch: 'main',
        headSha: NEXT,
        event: 'push',
        status: 'completed',
        conclusion,
        createdAt: at,
        updatedAt: at,
        runAttempt: 1,
      },
    ];
    return probes;
  }
  const sweepAt = (
    ports: ReturnType<typeof confirmedFailure> & { ledger: LedgerPort; probes: RecordingProbes },
  ): ReturnType<typeof sweep> =>
    sweep(
      {
        settings: { token: 't', dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
        config: PUSH,
        env: { serverUrl: 'https://github.test' },
        repository: 'o/r',
      },
      { ...ports, now: () => NOW },
      { defaultBranch: 'main', windowMs: 60 * 60_000, selfRunId: 999 },
    );

  test("a revert whose verdict run finished outside the sweep's window is judged from the ledger, once", async () => {
    const ledger = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    expect(ledger.current().reverts[0]).toMatchObject({ landedSha: REVERT });
    expect(ledger.current().reverts[0]?.verdict).toBeUndefined();

    // The schedule stopped: the run of main that holds the revert finished three hours ago.
    const next = nextRun('success', REVERT);
    const probes = listed(180, 'success');
    const swept = await sweepAt({ ...next, ledger, probes });
    expect(swept.targets).toEqual([]); // outside the window: not a target of the listing
    expect(swept.rollbacks.map((r) => [r.runId, r.verified[0]?.record.verification?.result])).toEqual([
      [710, 'green'],
    ]);
    expect(ledger.current().reverts[0]).toMatchObject({ landedSha: REVERT, verdict: 'green' });
    expect(next.github.artifacts.filter((a) => a.name.endsWith('-green.yml'))).toHaveLength(1);
    expect(next.github.comments.map((c) => [c.pr, c.key])).toEqual([[42, ROLLBACK_SECTION_KEY]]);
    expect(next.runner.summaries.join('')).toContain(`the revert of ${SHA.slice(0, 12)} helped`);

    // A second sweep does nothing twice: nothing pending, no second artifact or comment.
    const again = await sweepAt({ ...next, ledger, probes });
    expect(again.rollbacks).toEqual([]);
    expect(next.github.artifacts.filter((a) => a.name.endsWith('-green.yml'))).toHaveLength(1);
    expect(next.github.comments).toHaveLength(1);
    expect(next.runner.summaries.at(-1)).toContain('Nothing pending');
  });

  test('still failing, found by the ledger: one draft re-land PR, not two', async () => {
    const ledger = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    const next = nextRun('failure', REVERT);
    // A failing run of main is a target of its own when in the window: this one is not (4 h ago).
    const probes = listed(240, 'failure');
    await sweepAt({ ...next, ledger, probes });
    await sweepAt({ ...next, ledger, probes });
    expect(ledger.current().reverts[0]).toMatchObject({ verdict: 'still-failing', relandPr: 901 });
    expect(next.github.opened.map((o) => o.branch)).toEqual([`ci-recovery/reland-${SHA.slice(0, 12)}`]);
  });

  test("a sweep's verdicts, built on its good read, are saved though a run's own load failed: the re-land is made once", async () => {
    const memory = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger: memory }, PUSH);
    let loads = 0;
    // The sweep's probe records (1), its rollbacks (2), then gatherRun's load for the verdict run (3) fails.
    const ledger: LedgerPort = {
      load: (b) => (++loads === 3 ? Promise.reject(new Error('cache service: 503')) : memory.load(b)),
      save: (l, b) => memory.save(l, b),
    };
    const next = nextRun('failure', REVERT);
    const probes = listed(240, 'failure');
    await sweepAt({ ...next, ledger, probes });
    expect(loads).toBeGreaterThanOrEqual(3);
    expect(memory.current().reverts[0]).toMatchObject({ verdict: 'still-failing', relandPr: 901 });
    const done = {
      opened: next.github.opened.length,
      pushes: next.git.pushes.length,
      artifacts: next.github.artifacts.length,
      comments: next.github.comments.length,
    };
    expect(done.opened).toBe(1);
    // The next sweep finds the verdict kept: no second re-land push, PR, record or comment.
    await sweepAt({ ...next, ledger, probes });
    expect({
      opened: next.github.opened.length,
      pushes: next.git.pushes.length,
      artifacts: next.github.artifacts.length,
      comments: next.github.comments.length,
    }).toEqual(done);
  });

  test('a ledger that cannot be read stops nothing: the sweep says so and ends', async () => {
    const next = nextRun('success', REVERT);
    const broken: LedgerPort = {
      load: () => Promise.reject(new Error('cache service: 503')),
      save: () => Promise.resolve(),
    };
    const swept = await sweepAt({ ...next, ledger: broken, probes: listed(180, 'success') });
    expect(swept.rollbacks).toEqual([]);
    expect(next.runner.log.messages('warning').join('\n')).toContain(
      'the ledger was not read, its rollbacks wait for the next sweep: cache service: 503',
    );
  });

  test('an unreadable rollback record in the ledger is told, and the sweep goes on', async () => {
    const next = nextRun('success', REVERT);
    const ledger = memoryLedger();
    await ledger.save(
      {
        ...(await ledger.load('main')),
        reverts: [{ at: '2026-03-04T04:00:00Z', sha: SHA, record: 'not: [a record' }],
      },
      'main',
    );
    const swept = await sweepAt({ ...next, ledger, probes: listed(180, 'success') });
    expect(swept.rollbacks).toEqual([]);
  });

  test('a run that does not hold the revert judges nothing, and the rollback stays pending', async () => {
    const ledger = memoryLedger();
    await runSupervisor({ ...confirmedFailure(), ledger }, PUSH);
    const older = nextRun('success', REVERT);
    delete older.git.ranges[`${REVERT}..${NEXT}`];
    const swept = await sweepAt({ ...older, ledger, probes: listed(180, 'success') });
    expect(swept.rollbacks).toEqual([]);
    expect(ledger.current().reverts[0]?.verdict).toBeUndefined();
    expect(older.runner.log.messages('info').join('\n')).toContain(
      'the ledger held 1 rollback(s) awaiting a verdict; 1 still do',
    );
  });
});

describe("the wake's own verdict dispatch is kept in the ledger: a sweep does not make or ask it again", () => {
  const PATH = '.github/workflows/ci.yml';
  /** The wake that pushes the revert at NOW, its dispatch answered by `probes`; the ledger it saved. */
  async function pushed(probes: RecordingProbes): Promise<{
    outcome: Awaited<ReturnType<typeof superviseRun>>;
    ledger: ReturnType<typeof memoryLedger>;
  }> {
    const ports = confirmedFailure();
    ports.github.details.workflowPath = PATH;
    const ledger = memoryLedger();
    const outcome = await runSupervisor({ ...ports, ledger, probes }, PUSH);
    expect(outcome.revert?.pushed).toBe(REVERT);
    return { outcome, ledger };
  }
  /** A sweep `minutes` after the revert whose listing holds no run since it (the wake's scrolled off). */
  async function sweepLater(
    minutes: number,
    ledger: LedgerPort,
    probes: RecordingProbes,
  ): Promise<RecordingRunner> {
    const at = new Date(NOW.getTime() - 5 * 3_600_000).toISOString();
    probes.runs = [
      {
        ...{ id: 690, path: PATH, workflowId: 9, headBranch: 'main', headSha: SHA, event: 'push' },
        ...{ status: 'completed', conclusion: 'success', createdAt: at, updatedAt: at, runAttempt: 1 },
      },
    ];
    const ports = { ...confirmedFailure(), ledger, probes };
    const later = new Date(NOW.getTime() + minutes * 60_000);
    await sweep(
      {
        settings: { token: 't', dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
        config: PUSH,
        env: { serverUrl: 'https://github.test' },
        repository: 'o/r',
      },
      { ...ports, now: () => later },
      { defaultBranch: 'main', windowMs: 60 * 60_000, selfRunId: 999 },
    );
    return ports.runner;
  }

  test('a dispatch made (204): kept, and a sweep whose listing lost its run dispatches nothing', async () => {
    const probes = new RecordingProbes();
    const { outcome, ledger } = await pushed(probes);
    expect(outcome.verdictRun).toBeDefined();
    expect(probes.dispatched).toEqual([{ workflowId: 9, ref: 'main' }]);
    expect(ledger.current().reverts[0]?.verdictDispatchedAt).toBe(NOW.toISOString());
    await sweepLater(20, ledger, probes);
    expect(probes.dispatched).toHaveLength(1);
  });

  test('a dispatch refused (no `workflow_dispatch:`): kept, the advice given once, a sweep asks nothing', async () => {
    const probes = new RecordingProbes();
    probes.dispatchError = new DispatchRefusedError("Workflow does not have 'workflow_dispatch' trigger");
    const { outcome, ledger } = await pushed(probes);
    expect(outcome.problems.join('\n')).toContain("add 'workflow_dispatch:'");
    expect(ledger.current().reverts[0]?.verdictDispatchedAt).toBe(NOW.toISOString());
    let asked = 0;
    probes.dispatch = () => Promise.reject(new DispatchRefusedError(`asked again (${++asked})`));
    const runner = await sweepLater(20, ledger, probes);
    expect(asked).toBe(0);
    expect(runner.log.messages('warning').join('\n')).not.toContain('workflow_dispatch');
  });

  test('a dispatch that failed otherwise (502) is not kept: a sweep past the grace dispatches it once', async () => {
    const probes = new RecordingProbes();
    probes.dispatchError = new Error('HTTP 502');
    const { outcome, ledger } = await pushed(probes);
    expect(outcome.problems.join('\n')).toContain('a sweep dispatches it again');
    expect(ledger.current().reverts[0]?.verdictDispatchedAt).toBeUndefined();
    delete probes.dispatchError;
    await sweepLater(20, ledger, probes);
    expect(probes.dispatched).toEqual([{ workflowId: 9, ref: 'main' }]);
    expect(ledger.current().reverts[0]?.verdictDispatchedAt).toBe(
      new Date(NOW.getTime() + 20 * 60_000).toISOString(),
    );
  });
});
