import {
  DEFAULT_REVERT_CONFIG,
  isRevertCommit,
  pushAsksFirst,
  revertBranch,
  revertEligibility,
  revertPushFailure,
  type RevertFacts,
} from '../../src/supervise/core/revert.js';

const SHA = 'a'.repeat(40);
const facts = (over: Partial<RevertFacts> = {}): RevertFacts => ({
  branchKind: 'default',
  commit: { sha: SHA, message: 'Add the parser\n\nLonger text.', parents: ['b'.repeat(40)] },
  confirmedOnRerun: true,
  parentGreen: true,
  culpritRange: 1,
  revertsToday: 0,
  ...over,
});

test('a confirmed single culprit with a green parent is reverted', () => {
  expect(revertEligibility(facts())).toEqual({
    revert: true,
    reason: expect.stringContaining('only culprit commit') as unknown,
  });
  expect(
    revertEligibility(
      facts({
        commit: { sha: SHA, message: 'Merge pull request #4', parents: ['b'.repeat(40), 'c'.repeat(40)] },
      }),
    ),
  ).toMatchObject({
    revert: true,
    reason: expect.stringContaining('merge commit (reverted against parent 1)') as unknown,
  });
});

test.each([
  [
    'revert-of-revert',
    {
      commit: {
        sha: SHA,
        message: 'Revert "Add the parser"\n\nThis reverts commit ' + 'c'.repeat(40) + '.',
        parents: ['b'],
      },
    },
  ],
  [
    'revert-of-revert',
    { commit: { sha: SHA, message: 'Revert #123 because it broke main', parents: ['b'] } },
  ],
  ['opt-out', { commit: { sha: SHA, message: 'Risky change\n\nNO-AUTO-REVERT: migration', parents: ['b'] } }],
  ['daily-cap', { revertsToday: 3 }],
  ['culprit-range', { culpritRange: 2 }],
  ['culprit-range', { culpritRange: 3, parentGreen: undefined }],
  ['parent-not-green', { parentGreen: false }],
  ['parent-not-green', { parentGreen: undefined }],
  ['not-confirmed', { confirmedOnRerun: false }],
  ['not-default-branch', { branchKind: 'pr' as const }],
  ['already-reverted', { alreadyReverted: true }],
  ['kill-switch', { labels: [{ label: 'ci-recovery:no-revert', actor: 'maintainer', permission: 'write' }] }],
])('no revert: %s', (refusal, over) => {
  expect(revertEligibility(facts(over))).toMatchObject({ revert: false, refusal });
});

test('the kill-switch label counts only when a writer applied it', () => {
  const byReader = revertEligibility(
    facts({ labels: [{ label: 'ci-recovery:no-revert', actor: 'drive-by', permission: 'read' }] }),
  );
  expect(byReader.revert).toBe(true);
  const byTriage = revertEligibility(
    facts({ labels: [{ label: 'ci-recovery:no-revert', actor: 't', permission: 'triage' }] }),
  );
  expect(byTriage.revert).toBe(true);
  const byAdmin = revertEligibility(
    facts({ labels: [{ label: 'ci-recovery:no-revert', actor: 'boss', permission: 'admin' }] }),
  );
  expect(byAdmin).toEqual({
    revert: false,
    refusal: 'kill-switch',
    reason: "label 'ci-recovery:no-revert' was applied by @boss (admin access)",
  });
  const otherLabel = revertEligibility(
    facts({ labels: [{ label: 'bug', actor: 'boss', permission: 'admin' }] }),
  );
  expect(otherLabel.revert).toBe(true);
});

test('the kill switch fails closed: a label whose author could not be looked up stops the revert', () => {
  const unchecked = revertEligibility(
    facts({ labels: [{ label: 'ci-recovery:no-revert', actor: 'someone', permission: 'unknown' }] }),
  );
  expect(unchecked).toMatchObject({ revert: false, refusal: 'kill-switch' });
  expect((unchecked as { reason: string }).reason).toContain('could not be checked');
});

test('refusals that need no confirming re-run come before "not confirmed"', () => {
  // So the supervisor does not spend a confirming re-run on a commit it would never revert.
  expect(revertEligibility(facts({ confirmedOnRerun: false, culpritRange: 4 }))).toMatchObject({
    refusal: 'culprit-range',
  });
  expect(revertEligibility(facts({ confirmedOnRerun: false, revertsToday: 9 }))).toMatchObject({
    refusal: 'daily-cap',
  });
  expect(revertEligibility(facts({ confirmedOnRerun: false, parentGreen: false }))).toMatchObject({
    refusal: 'parent-not-green',
  });
  // A green parent is enough when the range is not known.
  expect(revertEligibility(facts({ culpritRange: undefined })).revert).toBe(true);
});

test('config: a custom marker and cap, and a cap of 0 turns reverts off', () => {
  const config = { ...DEFAULT_REVERT_CONFIG, optOutMarker: '[no-revert]', dailyCap: 1 };
  expect(
    revertEligibility(facts({ commit: { sha: SHA, message: 'x [no-revert]', parents: ['b'] } }), config),
  ).toMatchObject({ refusal: 'opt-out' });
  expect(
    revertEligibility(facts({ commit: { sha: SHA, message: 'x NO-AUTO-REVERT', parents: ['b'] } }), config)
      .revert,
  ).toBe(true);
  expect(revertEligibility(facts({ revertsToday: 1 }), config)).toMatchObject({ refusal: 'daily-cap' });
  expect(revertEligibility(facts(), { ...config, dailyCap: 0 })).toMatchObject({ refusal: 'disabled' });
});

test('revert commits are recognised by subject or body, not by the word alone', () => {
  expect(isRevertCommit('Revert "x"')).toBe(true);
  expect(isRevertCommit('Fix\n\nThis reverts commit 0123456789abcdef.')).toBe(true);
  expect(isRevertCommit('Reverting to the old layout is not planned')).toBe(false);
  expect(isRevertCommit('Add revert button')).toBe(false);
});

test('revert branch names carry 12 hex characters of a full sha', () => {
  expect(revertBranch('0123456789abcdef0123456789abcdef01234567')).toBe('ci-recovery/revert-0123456789ab');
  expect(() => revertBranch('--force')).toThrow(/full commit sha/);
});

test('a refused revert push names what a person must change, by revert mode', () => {
  const denied = { reason: 'remote: Permission to o/r denied (403)', protectedBranch: false };
  expect(revertPushFailure('pr', 'ci-recovery/revert-x', denied)).toBe(
    "pushing ci-recovery/revert-x: remote: Permission to o/r denied (403): grant the supervisor job 'permissions: contents: write'",
  );
  expect(revertPushFailure('pr', 'b', { reason: 'network down', protectedBranch: false })).toBeUndefined();
  expect(revertPushFailure('push', 'main', { reason: 'protected', protectedBranch: true })).toBe('protected');
  expect(revertPushFailure('push', 'main', denied)).toBeUndefined();
});

describe('pushAsksFirst: push mode pushes one commit, and asks first for anything beyond', () => {
  test('one commit with a green parent is pushed', () => {
    expect(pushAsksFirst({ sha: SHA, parents: 1 })).toBeUndefined();
    expect(pushAsksFirst({ sha: SHA, parents: 1, culpritRange: 1 })).toBeUndefined();
  });
  test('a merge commit undoes every commit it merged: a draft PR, with the reason', () => {
    expect(pushAsksFirst({ sha: SHA, parents: 2 })).toBe(
      `revert.mode is push, which pushes a revert of one commit only: ${SHA.slice(0, 12)} is a merge commit, ` +
        'and its revert undoes every commit it merged, so the revert waits in a draft PR for a person to merge',
    );
  });
  test('a culprit picked among several commits since the last green run asks first', () => {
    expect(pushAsksFirst({ sha: SHA, parents: 1, culpritRange: 3 })).toContain(
      'was picked among 3 commits since the last green run',
    );
  });
});

test('a revert PR a person closed unmerged: not reverted again, and the reason says whose decision it was (att-sup5, item 5)', () => {
  const verdict = revertEligibility(facts({ alreadyReverted: true, revertDeclined: 41 }));
  expect(verdict).toMatchObject({ revert: false, refusal: 'already-reverted' });
  expect(verdict.reason).toContain('revert PR #41');
  expect(verdict.reason).toContain('closed unmerged');
  expect(verdict.reason).not.toContain('already reverted');
});
