/**
 * The supervisor end to end (no revert, and why): the real `supervise/` bundle under Node 24 through the local runner,
 * against the local GitHub API and a bare git remote (supervise-suite.ts). Each story asserts the API calls
 * made and the resulting repository state.
 */
import { runRevertStory } from '../../stand/scenarios/supervise-revert.js';
import { expectNoRevert, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

describe('4. no revert: the change or the repository says no', () => {
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
    const story = await runRevertStory(stand(), variant);
    expectNoRevert(story);
    expect(story.reruns).toBe(0);
    expect(story.supervisors).toHaveLength(1);
    expect(story.supervisors[0]?.decisions).toEqual([
      expect.objectContaining({ action: 'manual', reason: expect.stringContaining(reason) as unknown }),
    ]);
  });

  it('a conflict: confirmed, tried, aborted, manual with the conflicting file', async () => {
    const story = await runRevertStory(stand(), 'conflict');
    expectNoRevert(story);
    expect(story.reruns).toBe(1);
    expect(story.supervisors[1]?.decisions).toEqual([
      expect.objectContaining({
        action: 'manual',
        reason: expect.stringMatching(/conflicts in src\/parser-\d+\.js/) as unknown,
      }),
    ]);
  });

  it('the kill-switch label applied by a read-only user is ignored', async () => {
    const story = await runRevertStory(stand(), 'kill-switch-by-reader');
    expect(story.revertPr).toBeDefined();
    expect(story.branchDiff).toBe(story.inverseDiff);
  });
});
