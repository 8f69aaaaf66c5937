/**
 * A sweep over a repository where a pull request's run waits for a writer's approval (a fork's, or one opened
 * with GITHUB_TOKEN: GitHub lists it completed, `action_required`, with nothing run), through the stand's
 * GitHub API with the phase's real adapters (src). On main the sweep took it for a failed attempt: five calls
 * and an empty part of the summary at every sweep for an hour, in one of its ten places.
 */
import { bisectStand } from '../../stand/scenarios/bisect-stand.js';
import { landCommit, seedRun } from '../../stand/scenarios/supervise-stand.js';

const fx = bisectStand('sweep-held-');

test("a pull request's run held for a writer's approval is no pending work: the sweep makes its one listing and says nothing pending", async () => {
  const stand = fx.stand;
  const sha = await landCommit(stand, { message: 'a fork', files: { 'fork.txt': '1\n' } });
  // As GitHub lists it until a writer approves (stand/services/token-rules.ts): completed, nothing run.
  const held = seedRun(stand, { sha, jobs: [], branch: 'fork-feature', event: 'pull_request' });
  Object.assign(held, { conclusion: 'action_required' });
  const before = stand.github.calls.length;
  const { swept, summary } = await fx.sweep();
  expect(swept.targets).toEqual([]);
  expect(summary).toContain('Nothing pending.');
  expect(stand.github.calls.slice(before).map((c) => `${c.method} ${c.route}`)).toEqual([
    'GET /repos/{owner}/{repo}/actions/runs',
  ]);
  expect(stand.github.validationErrors).toEqual([]);
}, 120_000);
