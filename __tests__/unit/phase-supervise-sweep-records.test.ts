/**
 * att-sup4: what a probe record of the ledger alone makes a sweep do. A moot bisection (the branch was fixed
 * forward) is said in the job summary, not only logged (finding 4); a record dated in the future (anyone who
 * can write the default branch's cache scope can write one) does not keep a run a target past a day
 * (finding 2).
 */
import { probeRef, type ProbeRunView } from '../../src/supervise/core/bisect.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { emptyLedger, type Ledger } from '../../src/core/ledger.js';
import { sweep } from '../../src/supervise/phase/supervise-sweep.js';
import { RecordingGit } from '../../src/supervise/ports/git.js';
import { RecordingGitHub } from '../../src/supervise/ports/github.js';
import { RecordingProbes } from '../../src/supervise/ports/probes.js';
import type { LedgerPort } from '../../src/supervise/ports/supervise.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const NOW = new Date('2026-03-04T12:00:00Z');
const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const SHA = 'b'.repeat(40);
let ids = 500;
function run(over: Partial<ProbeRunView>): ProbeRunView {
  ids += 1;
  return {
    id: ids,
    path: '.github/workflows/ci.yml',
    workflowId: 9,
    headBranch: 'main',
    headSha: 'a'.repeat(40),
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    createdAt: ago(30),
    updatedAt: ago(20),
    runAttempt: 1,
    ...over,
  };
}

class MemoryLedger implements LedgerPort {
  saved: Ledger[] = [];
  constructor(public ledger: Ledger) {}
  load(): Promise<Ledger> {
    return Promise.resolve(this.ledger);
  }
  save(l: Ledger): Promise<void> {
    this.saved.push(l);
    this.ledger = l;
    return Promise.resolve();
  }
}

function sweepWith(probes: RecordingProbes, ledger: MemoryLedger, runner: RecordingRunner) {
  const github = new RecordingGitHub({
    run: {
      id: 1,
      attempt: 1,
      latestAttempt: 1,
      workflow: 'CI',
      event: 'push',
      headSha: 'a'.repeat(40),
      headBranch: 'main',
      defaultBranch: 'main',
      conclusion: 'success',
    },
    workflowId: 9,
    pullRequests: [],
  });
  return sweep(
    {
      settings: { token: 't', dryRun: false, comment: true, revertLabels: [] },
      config: DEFAULT_CONFIG,
      env: { serverUrl: 'https://github.test' },
      repository: 'o/r',
    },
    { github, git: new RecordingGit(), runner, probes, ledger, now: () => NOW },
    { defaultBranch: 'main', selfRunId: 999_999 },
  );
}

test('a bisection the branch made moot (a fix landed, its newest push run passed) is said in the summary', async () => {
  const probes = new RecordingProbes();
  const green = run({ conclusion: 'success', createdAt: ago(200), updatedAt: ago(190) });
  probes.runs = [run({ conclusion: 'failure', createdAt: ago(400), updatedAt: ago(390) }), green];
  probes.branches.set(probeRef(SHA), SHA);
  const ledger = new MemoryLedger({
    ...emptyLedger('main'),
    probes: [{ branch: probeRef(SHA), sha: SHA, createdAt: ago(300), workflowId: 9 }],
  });
  const runner = new RecordingRunner();
  const swept = await sweepWith(probes, ledger, runner);
  expect(swept.targets).toEqual([]);
  expect(probes.deleted).toEqual([probeRef(SHA)]);
  expect(ledger.ledger.probes).toBeUndefined();
  const summary = runner.summaries.join('');
  expect(summary).not.toContain('Nothing pending');
  expect(summary).toContain(`Bisection ended without a culprit: \`main\` passed again (run ${green.id})`);
  expect(summary).toContain(probeRef(SHA));
});

test('a probe record dated in the future is not fresh: its workflow’s failing push run is no target', async () => {
  const probes = new RecordingProbes();
  // Failed 5 hours ago: outside the sweep's window, a target only through the record.
  const failing = run({ conclusion: 'failure', createdAt: ago(300), updatedAt: ago(290) });
  probes.runs = [failing];
  const record = (createdAt: string): MemoryLedger =>
    new MemoryLedger({
      ...emptyLedger('main'),
      probes: [{ branch: probeRef(SHA), sha: SHA, createdAt, workflowId: 9 }],
    });
  // A fresh record (an hour old) makes it a target, as it should.
  const fresh = await sweepWith(probes, record(ago(60)), new RecordingRunner());
  expect(fresh.targets.map((t) => t.runId)).toEqual([failing.id]);
  // A record a year ahead would be fresh for a year.
  const ahead = new Date(NOW.getTime() + 365 * 24 * 3_600_000).toISOString();
  const forged = await sweepWith(probes, record(ahead), new RecordingRunner());
  expect(forged.targets).toEqual([]);
});

/** The stand's probes, each workflow's runs its own (GitHub's listing by workflow). */
class ProbesByWorkflow extends RecordingProbes {
  override listRuns(workflowId: number, f: Parameters<RecordingProbes['listRuns']>[1]) {
    return super.listRuns(workflowId, f).then((runs) => runs.filter((r) => r.workflowId === workflowId));
  }
}

test("one workflow green again: its records go, another workflow's fresh record of the shared branch stays, and the branch with it", async () => {
  const probes = new ProbesByWorkflow();
  // Workflow 9's push passed again; workflow 10 (bisecting the same commits) has its probe queued on the branch.
  probes.runs = [run({ conclusion: 'success', createdAt: ago(20), updatedAt: ago(10) })];
  probes.branches.set(probeRef(SHA), SHA);
  const ours = { branch: probeRef(SHA), sha: SHA, createdAt: ago(60), workflowId: 9 };
  const theirs = { branch: probeRef(SHA), sha: SHA, createdAt: ago(5), workflowId: 10 };
  const ledger = new MemoryLedger({ ...emptyLedger('main'), probes: [ours, theirs] });
  const runner = new RecordingRunner();
  await sweepWith(probes, ledger, runner);
  expect(probes.deleted).toEqual([]);
  expect(probes.branches.get(probeRef(SHA))).toBe(SHA);
  expect(ledger.ledger.probes).toEqual([theirs]);
  expect(runner.summaries.join('')).toContain(`Left to another workflow's probe of the same commit`);
});

test("another workflow's stale record (a day old) does not keep the green workflow's branch", async () => {
  const probes = new ProbesByWorkflow();
  probes.runs = [run({ conclusion: 'success', createdAt: ago(20), updatedAt: ago(10) })];
  probes.branches.set(probeRef(SHA), SHA);
  const ours = { branch: probeRef(SHA), sha: SHA, createdAt: ago(60), workflowId: 9 };
  const stale = { branch: probeRef(SHA), sha: SHA, createdAt: ago(25 * 60), workflowId: 10 };
  const ledger = new MemoryLedger({ ...emptyLedger('main'), probes: [ours, stale] });
  await sweepWith(probes, ledger, new RecordingRunner());
  expect(probes.deleted).toEqual([probeRef(SHA)]);
  expect(ledger.ledger.probes).toEqual([stale]);
});
