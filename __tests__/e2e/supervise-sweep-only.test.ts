/**
 * A sweep alone ends an expired probe (att-sup3, finding 6): a stand of its own, so no earlier story's run
 * completes and wakes the supervisor by an event; with GITHUB_TOKEN the held probe sends nothing, and every
 * wake after the person's push is a scheduled sweep.
 */
import { bisectThroughGitHub } from '../../stand/scenarios/supervise-reconcile.js';
import { supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const hoursBefore = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

test('with GITHUB_TOKEN, a probe that never completes is ended by a sweep alone: a person, its branch deleted', async () => {
  let probes = 0;
  const story = await bisectThroughGitHub(stand(), 'github-token', {
    maxWakes: 4,
    // GitHub never runs the probe, and the clock moves on 7 hours, past the 6-hour deadline.
    hold: (run) => {
      if (!run.headBranch.startsWith('ci-recovery/probe-')) return false;
      if (probes++ === 0)
        for (const r of stand().github.state.runs)
          Object.assign(r, {
            createdAt: hoursBefore(r.createdAt, 7),
            updatedAt: hoursBefore(r.updatedAt, 7),
          });
      return true;
    },
    done: (wakes) => wakes.some((w) => w.supervisor.decisions.some((d) => d.action === 'manual')),
  });
  expect(probes).toBeGreaterThan(0);
  expect(story.wakes.map((w) => w.by)).toEqual(['event', ...story.wakes.slice(1).map(() => 'sweep')]);
  expect(story.wakes.length).toBeGreaterThan(1);
  const decision = story.wakes.at(-1)!.supervisor.decisions.find((d) => d.action === 'manual');
  expect(decision?.reason).toContain(
    `the probe of ${story.commits[0]!.slice(0, 12)} did not complete within 6 h`,
  );
  expect(story.probeBranchesLeft).toEqual([]);
}, 300_000);
