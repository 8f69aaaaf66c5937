import type { LedgerRevert } from '../../src/core/ledger.js';
import { revertEligibility } from '../../src/supervise/core/revert.js';
import {
  checkRollback,
  relandBranch,
  rollbacksOf,
  rollbackTarget,
  testIdentity,
} from '../../src/supervise/core/rollback-verify.js';
import type { JobFindings, JobView } from '../../src/supervise/core/supervise-model.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const record = {
  trigger: { workflow: 'CI', runId: 1, runAttempt: 2, job: 'unit' },
  failureType: 'test' as const,
};
const unit = (conclusion: string): JobView => ({ id: 1, name: 'unit', conclusion, runAttempt: 1, steps: [] });
const found = (type: 'test' | 'network'): Record<string, JobFindings> => ({
  unit: { classification: { type, confidence: 'high', retryable: false, rule: 'r' }, source: 'log' },
});

test('the trigger job tells: green, the same failure, or nothing (absent, another failure, unread)', () => {
  expect(checkRollback(record, [unit('success')], {})).toEqual({ verdict: 'green' });
  expect(checkRollback(record, [unit('failure')], found('test'))).toMatchObject({ verdict: 'still-failing' });
  expect(checkRollback(record, [], {})).toEqual({ verdict: 'unknown', reason: "job 'unit' did not run" });
  expect(checkRollback(record, [unit('failure')], found('network'))).toEqual({
    verdict: 'unknown',
    reason: "job 'unit' failed another way (network, the revert was for test)",
  });
  expect(checkRollback(record, [unit('failure')], {})).toMatchObject({ verdict: 'unknown' });
});

test('the same type on other evidence is not the failure the revert was made for: unknown, never still-failing', () => {
  const withEvidence = { ...record, evidence: [{ line: 584, text: '--- FAIL: TestSimulation (10.07s)' }] };
  const failedOn = (text: string): Record<string, JobFindings> => ({
    unit: {
      classification: {
        type: 'test',
        confidence: 'high',
        retryable: false,
        rule: 'r',
        evidence: { line: 9, text },
      },
      source: 'log',
    },
  });
  expect(checkRollback(withEvidence, [unit('failure')], failedOn('--- FAIL: TestOther (0.50s)'))).toEqual({
    verdict: 'unknown',
    otherTest: true,
    reason:
      "job 'unit' failed on another test (go:TestOther) than the one the revert was made for (go:TestSimulation)",
  });
  // The same test failing again, its timing and line aside: the revert did not help.
  expect(
    checkRollback(withEvidence, [unit('failure')], failedOn('--- FAIL: TestSimulation (3.01s)')),
  ).toMatchObject({ verdict: 'still-failing' });
});

test('a message that changes while no test is named is the same failure: still-failing, as before', () => {
  const failedOn = (text: string): Record<string, JobFindings> => ({
    unit: {
      classification: {
        type: 'test',
        confidence: 'high',
        retryable: false,
        rule: 'r',
        evidence: { line: 11, text },
      },
      source: 'log',
    },
  });
  const beta = "E       AssertionError: assert 'demo beta' == 'demo 2.1'";
  const gamma = "E       AssertionError: assert 'demo gamma' == 'demo 2.1'";
  const was = { ...record, evidence: [{ line: 11, text: beta }] };
  expect(checkRollback(was, [unit('failure')], failedOn(gamma))).toMatchObject({ verdict: 'still-failing' });
  // pytest node ids and jest titles tell tests apart; the same node id with another message does not.
  const node = (name: string): string => `FAILED tests/test_version.py::${name} - AssertionError: x`;
  const byNode = { ...record, evidence: [{ line: 15, text: node('test_banner') }] };
  expect(checkRollback(byNode, [unit('failure')], failedOn(node('test_other')))).toMatchObject({
    verdict: 'unknown',
    otherTest: true,
  });
  expect(
    checkRollback(byNode, [unit('failure')], failedOn(node('test_banner').replace('x', 'y'))),
  ).toMatchObject({ verdict: 'still-failing' });
  const jest = { ...record, evidence: [{ line: 3, text: '  ● banner › says the version' }] };
  expect(checkRollback(jest, [unit('failure')], failedOn('  ● banner › says the name'))).toMatchObject({
    verdict: 'unknown',
  });
});

test("a test's identity is its base test: a go subtest's line is its parent's, a pytest parameter's id is dropped", () => {
  // Re-review: a volatile parameter id (a temporary path) or go's parent and subtest lines left a wrong revert
  // pending on "another test" for as long as it failed.
  expect(testIdentity('--- FAIL: TestParse/empty_input (0.00s)')).toBe(
    testIdentity('--- FAIL: TestParse (0.00s)'),
  );
  expect(
    testIdentity('FAILED tests/test_t.py::test_t[/tmp/pytest-of-runner/pytest-3/x] - assert 1 == 2'),
  ).toBe(testIdentity('FAILED tests/test_t.py::test_t[/tmp/pytest-of-runner/pytest-7/x] - assert 1 == 2'));
  expect(testIdentity('FAILED tests/test_t.py::test_t - assert 1')).toBe('pytest:tests/test_t.py::test_t');
  expect(testIdentity('FAILED tests/test_t.py::test_u - assert 1')).not.toBe(
    testIdentity('FAILED tests/test_t.py::test_t - x'),
  );
});

test('a run with more jobs than were listed does not say the trigger job did not run, nor hides it when listed', () => {
  const other = { ...unit('success'), name: 'lint' };
  expect(checkRollback(record, [other], {}, true)).toEqual({
    verdict: 'unknown',
    reason: "job 'unit' is not among the 1 jobs listed",
  });
  expect(checkRollback(record, [other, unit('success')], {}, true)).toEqual({ verdict: 'green' });
});

test("a commit counts against an earlier rollback's change when it is that commit or names one of its commits", () => {
  const reverts: LedgerRevert[] = [
    { at: 't', sha: A, revertSha: 'e'.repeat(40), landedSha: '9'.repeat(40) },
    { at: 't', sha: B, target: A },
  ];
  const C = 'c'.repeat(40);
  expect(rollbackTarget({ sha: C, message: 'Unrelated' }, reverts)).toBeUndefined();
  expect(
    rollbackTarget(
      { sha: C, message: `Revert "Revert x"\n\nThis reverts commit ${'9'.repeat(40)}.` },
      reverts,
    ),
  ).toBe(A);
  expect(rollbackTarget({ sha: C, message: `Re-land\n\nRe-lands: ${B}` }, reverts)).toBe(A);
  expect(rollbackTarget({ sha: B, message: 'x' }, reverts)).toBe(A);
  expect(rollbacksOf(A, reverts)).toBe(2);
  expect(relandBranch(A)).toBe('ci-recovery/reland-aaaaaaaaaaaa');
  expect(() => relandBranch('HEAD')).toThrow(/not a full commit sha/);
});

test('the revert checks refuse a third rollback of one change', () => {
  const facts = {
    branchKind: 'default' as const,
    commit: { sha: A, message: 'Re-land', parents: [B] },
    confirmedOnRerun: true,
    parentGreen: true,
    culpritRange: 1,
    revertsToday: 0,
  };
  expect(revertEligibility({ ...facts, earlierRollbacks: 1 }).revert).toBe(true);
  expect(revertEligibility({ ...facts, earlierRollbacks: 2 })).toEqual({
    revert: false,
    refusal: 'rollback-cap',
    reason:
      "aaaaaaaaaaaa's change was rolled back 2 time(s) already, the most ci-recovery does: a person reassesses it",
  });
});
