/**
 * What the supervisor's end-to-end files share: the real `supervise/` bundle under Node 24 through the local
 * runner, against the local GitHub API (every answer validated against GitHub's OpenAPI description) and a
 * bare git remote. Each file starts a stand of its own, so the files run side by side; the stories of one
 * file share it, in order.
 */
import type { RevertStory } from '../../stand/scenarios/supervise-revert.js';
import { startStand, type Stand, type StandOptions } from '../../stand/services/stand.js';

/** Starts a stand for the calling file, stops it after, and checks every fake answer after each test. */
export function supervisorStand(opts: Pick<StandOptions, 'appTokens'> = {}): () => Stand {
  let stand: Stand | undefined;
  beforeAll(async () => {
    stand = await startStand({
      ...opts,
      commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }],
    });
  });
  afterAll(async () => {
    await stand?.stop();
  });
  afterEach(() => {
    // No fake answer may drift from GitHub's OpenAPI description.
    expect(stand?.github.validationErrors).toEqual([]);
  });
  return () => {
    if (!stand) throw new Error('the stand has not started (supervisorStand() is called at file level)');
    return stand;
  };
}

export const RERUN = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
export const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
export const NEW_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
export const NEW_PR = 'POST /repos/{owner}/{repo}/pulls';

/** No revert branch pushed and no PR opened, in any of the story's supervisor runs. */
export function expectNoRevert(story: RevertStory): void {
  expect(story.revertPr).toBeUndefined();
  expect(story.branchSha).toBeUndefined();
  expect(story.supervisors.flatMap((s) => s.writes)).not.toContain(NEW_PR);
}
