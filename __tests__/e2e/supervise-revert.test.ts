/**
 * The supervisor end to end (a test failure on the default branch reverted): the real `supervise/` bundle under Node 24 through the local runner,
 * against the local GitHub API and a bare git remote (supervise-suite.ts). Each story asserts the API calls
 * made and the resulting repository state.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { classifyLogFile } from '../../src/adapters/log-file.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import { LOGS } from '../../stand/scenarios/supervise-stand.js';
import { runRevertStory, type RevertStory } from '../../stand/scenarios/supervise-revert.js';
import { standLogs } from '../../stand/services/paths.js';
import { NEW_COMMENT, NEW_PR, RERUN, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

describe('3. a test failure on the default branch whose parent was green', () => {
  let story: RevertStory;
  beforeAll(async () => {
    story = await runRevertStory(stand(), 'plain');
  });

  it('first asks for a confirming re-run, and opens no PR yet', () => {
    const [first] = story.supervisors;
    expect(first?.decisions).toEqual([
      expect.objectContaining({ job: 'test', action: 'confirm-rerun', type: 'test' }),
    ]);
    expect(first?.writes).toEqual([RERUN, NEW_COMMENT]);
    expect(story.reruns).toBe(1);
  });

  it('when it fails again: a draft revert PR whose branch is exactly the inverse of the culprit', () => {
    const second = story.supervisors[1]!;
    expect(second.decisions).toEqual([expect.objectContaining({ action: 'revert', attempt: 2 })]);
    expect(second.writes).toEqual([
      NEW_PR,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(story.revertPr).toMatchObject({
      draft: true,
      state: 'open',
      base: { ref: 'main' },
      head: { ref: story.branch, sha: story.branchSha },
    });
    expect(stand().github.state.labels[`${stand().repo}#${story.revertPr!.number}`]).toEqual([
      'ci-recovery',
      'revert',
    ]);
    // One commit on top of main, main itself untouched, the change is the culprit's reversed.
    expect(story.revertParents).toEqual([story.mainTip]);
    expect(story.mainTip).toBe(story.culprit);
    expect(story.branchDiff).toBe(story.inverseDiff);
    expect(story.branchDiff).toContain("-  return s.split(';').map(Number);");
    expect(second.outputs['revert-pr']).toBe(
      `https://github.com/${stand().repo}/pull/${story.revertPr!.number}`,
    );
  });

  it('the PR body and the job summary carry the rollback record', async () => {
    const record = parseRollbackRecord(story.revertPr!.body);
    expect(record).toMatchObject({
      from: { commit: story.culprit, subject: expect.stringMatching(/^Speed up parser/) as unknown },
      to: { commit: story.branchSha, branch: story.branch, parent: story.mainTip },
      mode: 'pr',
      failureType: 'test',
      trigger: { runId: story.runId, runAttempt: 2, job: 'test' },
    });
    // The evidence is the classifier's decisive line of the failed job's (real) log.
    const verdict = await classifyLogFile(path.join(standLogs, `${LOGS.test}.log`), {
      step: 'go test ./...',
      conclusion: 'failure',
    });
    expect(verdict.type).toBe('test');
    expect(record.evidence).toEqual([verdict.evidence]);
    const summary = story.supervisors[1]!.summary;
    expect(summary).toContain('Rollback record');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(summary)?.[1] ?? '';
    expect((parse(yaml) as { from: { commit: string } }).from.commit).toBe(story.culprit);
    // Also kept as an artifact of the supervisor's run.
    const artifact = stand().results.artifacts.find(
      (x) => x.name === `ci-recovery-rollback-${story.culprit.slice(0, 12)}.yml`,
    );
    expect(artifact).toMatchObject({ finalized: true });
    expect(artifact!.size).toBeGreaterThan(200);
    // The culprit's PR hears about it in one sticky comment.
    expect(story.comments).toHaveLength(1);
    expect(story.comments[0]).toContain(
      `(https://github.com/${stand().repo}/pull/${story.revertPr!.number})`,
    );
  });

  it('a repeat of the same event re-runs nothing, opens no PR, pushes and writes nothing', () => {
    const third = story.supervisors[2]!;
    expect(third.decisions).toEqual([
      expect.objectContaining({
        action: 'nothing',
        reason: expect.stringContaining('already reverted') as unknown,
      }),
    ]);
    expect(third.writes).toEqual([]);
    expect(stand().github.state.pulls.filter((p) => p.head.ref === story.branch)).toHaveLength(1);
  });

  it('a merge-commit culprit is reverted against parent 1', async () => {
    const merge = await runRevertStory(stand(), 'merge');
    const record = parseRollbackRecord(merge.revertPr!.body);
    expect(record.to.mainline).toBe(1);
    expect(merge.revertParents).toEqual([merge.culprit]);
    // Against parent 1: the tree goes back to exactly the first parent's.
    expect(await stand().git.git(['rev-parse', `${merge.branchSha}^{tree}`])).toBe(
      await stand().git.git(['rev-parse', `${merge.culprit}^1^{tree}`]),
    );
    expect(merge.branchDiff).toBe(merge.inverseDiff);
  });

  it('push mode commits the revert to the default branch, with the same record in the summary', async () => {
    const pushed = await runRevertStory(stand(), 'push');
    const log = await stand().git.log('refs/heads/main', 2);
    expect(log[1]?.sha).toBe(pushed.culprit);
    expect(log[0]?.body).toContain(`This reverts commit ${pushed.culprit}`);
    expect(pushed.branchDiff).toBe(pushed.inverseDiff);
    expect(pushed.revertPr).toBeUndefined();
    expect(pushed.supervisors[1]?.outputs['revert-branch']).toBe('main');
    expect(pushed.supervisors[1]?.summary).toContain('mode: push');
  });
});
