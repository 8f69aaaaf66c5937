/**
 * The supervisor end to end (a revert the platform refuses or limits: branch protection, a workflow file,
 * the repository's settings): the real `supervise/` bundle under Node 24 through the local runner, against
 * the local GitHub API and a bare git remote (supervise-suite.ts). Each story asserts the API calls made and
 * the resulting repository state.
 */
import { runRevertStory } from '../../stand/scenarios/supervise-revert.js';
import { expectNoRevert, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

describe('4b. no revert, or another kind: the platform refuses or limits it', () => {
  it('push mode refused by branch protection: a clear message, main untouched', async () => {
    const story = await runRevertStory(stand(), 'push-protected');
    const second = story.supervisors[1]!;
    expect(second.job.conclusion).toBe('failure');
    const error = second.job.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(/branch protection on 'main' refused the push; use revert mode 'pr'/);
    expect(second.decisions).toEqual([expect.objectContaining({ action: 'manual' })]);
    expect(story.mainTip).toBe(story.culprit);
  });

  it('a culprit that changed a workflow file: escalated before any push, naming the workflows permission', async () => {
    const story = await runRevertStory(stand(), 'workflow-file');
    expectNoRevert(story);
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
    const story = await runRevertStory(stand(), 'workflow-file-granted');
    expect(story.revertPr).toBeDefined();
    expect(story.branchDiff).toBe(story.inverseDiff);
  });

  it('Actions may not open PRs: the message names the repository setting', async () => {
    const story = await runRevertStory(stand(), 'prs-not-allowed');
    const error = story.supervisors[1]!.job.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(
      /Settings > Actions > General > Workflow permissions > 'Allow GitHub Actions to create and approve pull requests'/,
    );
    expect(story.revertPr).toBeUndefined();
  });

  it('a repository without draft PRs (422): the revert PR opens ready for review and says why', async () => {
    const story = await runRevertStory(stand(), 'no-drafts');
    expect(story.supervisors[1]?.job.conclusion).toBe('success');
    expect(story.revertPr).toMatchObject({ draft: false, state: 'open' });
    expect(story.revertPr?.body).toMatch(
      /^> \[!NOTE\]\n> This repository does not support draft pull requests/,
    );
    expect(story.branchDiff).toBe(story.inverseDiff);
  });
});
