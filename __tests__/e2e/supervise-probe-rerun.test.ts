/**
 * A person re-runs a probe after the bisection ended (sup-attack, r43): the probe of the culprit passes this
 * time (a flaky test, or a person checking). GitHub sends its completion (a person's re-run). The bisection
 * already opened the culprit's revert PR; reading the probes back again must not name another commit and
 * open a second revert, of a commit that broke nothing.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import { APP_TOKEN, bisectThroughGitHub, PASSING } from '../../stand/scenarios/supervise-reconcile.js';
import {
  finishAttempt,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import { NEW_PR, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand({ appTokens: [APP_TOKEN] });
const CONFIG = NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n';

test("a person's re-run of the culprit's probe that passes, after its revert PR opened: no second revert", async () => {
  const s = stand();
  const story = await bisectThroughGitHub(s, 'app');
  const reverts = (): string[] =>
    s.github.state.pulls.filter((p) => p.head.ref.startsWith('ci-recovery/revert-')).map((p) => p.head.ref);
  expect(reverts()).toEqual([`ci-recovery/revert-${story.broken.slice(0, 12)}`]);
  const probe = s.github.state.runs.find(
    (r) => r.headBranch === probeRef(story.broken) && r.event === 'workflow_dispatch',
  );
  expect(probe).toBeDefined();
  // A person re-runs it (the branch is gone; GitHub re-runs the same sha), and this time it passes.
  startNextAttempt(s, probe!.id);
  finishAttempt(s, probe!.id, PASSING);
  const wake = await runSupervisor(s, {
    runId: probe!.id,
    runAttempt: probe!.runAttempt,
    config: CONFIG,
    with: { 'github-token': APP_TOKEN },
  });
  expect(wake.job.conclusion).toBe('success');
  expect(wake.writes).not.toContain(NEW_PR);
  // The bisection waits on the open revert PR, and says so.
  expect(wake.decisions.find((d) => d.job === 'test')?.reason).toContain('is open');
  expect(reverts()).toEqual([`ci-recovery/revert-${story.broken.slice(0, 12)}`]);
  const sweep = await runSupervisor(s, {
    runId: undefined,
    config: CONFIG,
    with: { 'github-token': APP_TOKEN },
  });
  expect(sweep.writes).not.toContain(NEW_PR);
  expect(reverts()).toEqual([`ci-recovery/revert-${story.broken.slice(0, 12)}`]);
}, 300_000);
