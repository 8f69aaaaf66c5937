/** Which pushed reverts' verdict runs a sweep dispatches again (core/verdict-dispatch.ts). */
import { emptyLedger, type Ledger, type LedgerRevert } from '../../src/core/ledger.js';
import type { ProbeRunView } from '../../src/supervise/core/bisect.js';
import { renderRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import {
  VERDICT_DISPATCH_GRACE_MS,
  verdictDispatches,
  verdictDispatchPlan,
} from '../../src/supervise/core/verdict-dispatch.js';

const NOW = new Date('2026-03-04T12:00:00Z');
const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const PATH = '.github/workflows/ci.yml';
const CULPRIT = 'c'.repeat(40);
const REVERT = 'e'.repeat(40);

function record(mode: 'push' | 'pr', workflowPath: string | undefined = PATH): string {
  return renderRollbackRecord({
    version: 1,
    from: { commit: CULPRIT, subject: 'one' },
    to: { commit: REVERT, branch: 'main', parent: CULPRIT },
    mode,
    reason: 'confirmed',
    trigger: {
      workflow: 'CI',
      ...(workflowPath ? { workflowPath } : {}),
      runId: 650,
      runAttempt: 2,
      job: 'unit',
    },
    failureType: 'test',
    evidence: [],
    timestamp: ago(30),
    artifactsPreserved: [],
    revisionTargets: [],
  });
}

function ledgerWith(over: Partial<LedgerRevert> = {}, mode: 'push' | 'pr' = 'push'): Ledger {
  const revert: LedgerRevert = {
    at: ago(30),
    sha: CULPRIT,
    landedSha: REVERT,
    record: record(mode),
    ...over,
  };
  return { ...emptyLedger('main'), reverts: [revert] };
}

function run(over: Partial<ProbeRunView>): ProbeRunView {
  return {
    id: 650,
    path: PATH,
    workflowId: 9,
    headBranch: 'main',
    headSha: CULPRIT,
    event: 'push',
    status: 'completed',
    conclusion: 'failure',
    createdAt: ago(60),
    runAttempt: 2,
    ...over,
  };
}

const failing = [run({})];

test('a pushed revert awaiting its verdict, no run of its workflow on the branch since, past the grace: dispatched', () => {
  expect(verdictDispatches(ledgerWith(), failing, 'main', NOW)).toEqual([9]);
});

test("within the grace (the wake's own dispatch may not be listed yet): not dispatched", () => {
  const at = new Date(NOW.getTime() - VERDICT_DISPATCH_GRACE_MS + 60_000).toISOString();
  expect(verdictDispatches(ledgerWith({ at }), failing, 'main', NOW)).toEqual([]);
});

test("a run of its workflow on the branch created since (queued, a person's push, an earlier dispatch): not dispatched", () => {
  for (const since of [
    run({ id: 700, event: 'workflow_dispatch', status: 'queued', conclusion: null, createdAt: ago(10) }),
    run({ id: 701, headSha: 'f'.repeat(40), createdAt: ago(5) }),
  ])
    expect(verdictDispatches(ledgerWith(), [since, ...failing], 'main', NOW)).toEqual([]);
});

test('other workflows, other branches and probes since do not count', () => {
  const others = [
    run({ id: 702, path: '.github/workflows/lint.yml', workflowId: 10, createdAt: ago(5) }),
    run({ id: 703, headBranch: 'feature', event: 'pull_request', createdAt: ago(5) }),
    run({
      id: 704,
      headBranch: 'ci-recovery/probe-cccccccccccc',
      event: 'workflow_dispatch',
      createdAt: ago(5),
    }),
  ];
  expect(verdictDispatches(ledgerWith(), [...others, ...failing], 'main', NOW)).toEqual([9]);
});

test('judged, a revert PR (its merge is a push that starts a run), not landed, or dated ahead of the clock: not dispatched', () => {
  expect(verdictDispatches(ledgerWith({ verdict: 'green' }), failing, 'main', NOW)).toEqual([]);
  expect(verdictDispatches(ledgerWith({}, 'pr'), failing, 'main', NOW)).toEqual([]);
  expect(verdictDispatches(ledgerWith({ landedSha: undefined }), failing, 'main', NOW)).toEqual([]);
  expect(verdictDispatches(ledgerWith({ at: '2026-03-05T00:00:00Z' }), failing, 'main', NOW)).toEqual([]);
});

test('a record naming no workflow file is read by its failing run; with neither listed, nothing is dispatched', () => {
  const old = ledgerWith({ record: record('push', undefined) });
  expect(verdictDispatches(old, failing, 'main', NOW)).toEqual([9]);
  expect(verdictDispatches(old, [], 'main', NOW)).toEqual([]);
});

test('a revert 3 days old whose verdict run scrolled off the listing (only a PR run of its workflow listed): not dispatched', () => {
  // A verdict run that told nothing (its job guarded by `if: github.event_name == 'push'`), or a ledger of
  // before the re-dispatch: past the window no sweep dispatches for it.
  const old = ledgerWith({ at: ago(3 * 24 * 60) });
  const listing = [run({ id: 900, headBranch: 'feature', event: 'pull_request', createdAt: ago(10) })];
  expect(verdictDispatches(old, listing, 'main', NOW)).toEqual([]);
  // The same listing within the window: dispatched (the run is read by the record's workflow file).
  expect(verdictDispatches(ledgerWith({ at: ago(3 * 60) }), listing, 'main', NOW)).toEqual([9]);
});

test('once per revert: a re-dispatch made or refused (kept on its ledger entry) is not made again, however the listing reads', () => {
  const once = ledgerWith({ verdictDispatchedAt: ago(20) });
  expect(verdictDispatches(once, failing, 'main', NOW)).toEqual([]);
});

test('the plan names the reverts each dispatch is for, one dispatch a workflow', () => {
  const second = 'd'.repeat(40);
  const ledger = ledgerWith();
  const both = { ...ledger, reverts: [...ledger.reverts, { ...ledger.reverts[0]!, sha: second }] };
  expect(verdictDispatchPlan(both, failing, 'main', NOW)).toEqual([
    { workflowId: 9, shas: [CULPRIT, second] },
  ]);
});
