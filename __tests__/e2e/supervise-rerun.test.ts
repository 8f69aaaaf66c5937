/**
 * The supervisor end to end (re-runs: a network failure, a HEAVY job's timeout and its resume): the real `supervise/` bundle under Node 24 through the local runner,
 * against the local GitHub API and a bare git remote (supervise-suite.ts). Each story asserts the API calls
 * made and the resulting repository state.
 */
import {
  runNetworkStory,
  startNetworkStory,
  type NetworkStory,
  type NetworkStoryStart,
} from '../../stand/scenarios/supervise-network.js';
import { runResumeStory, type ResumeStory } from '../../stand/scenarios/supervise-resume.js';
import { NEW_COMMENT, RERUN, RERUN_JOB, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

describe('1. a network failure', () => {
  let story: NetworkStory;
  beforeAll(async () => {
    story = await runNetworkStory(stand());
  });

  it('is typed from the job log and re-run once, with a sticky comment', () => {
    expect(story.first.job.conclusion).toBe('success');
    expect(story.first.decisions).toEqual([
      expect.objectContaining({ job: 'build', action: 'rerun', type: 'network' }),
      expect.objectContaining({ job: 'lint', action: 'nothing' }),
    ]);
    expect(story.first.outputs.rerun).toBe('requested');
    expect(story.first.writes).toEqual([RERUN, NEW_COMMENT]);
    expect(
      story.first.calls.some((c) => c.route === '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs'),
    ).toBe(true);
    // Before it reads its comment back, it asks the Actions API whether another job may be writing it; then
    // the wake reconciles the rest with the sweep's one listing (docs/supervisor.md).
    expect(
      story.first.calls.filter((c) => c.route === '/repos/{owner}/{repo}/actions/runs').map((c) => c.path),
    ).toEqual([expect.stringContaining('status=in_progress'), expect.stringMatching(/runs\?per_page=100$/)]);
  });

  it('a second supervisor run for the same run requests nothing and writes nothing', () => {
    expect(story.second.job.conclusion).toBe('success');
    expect(story.second.writes).toEqual([]);
    expect(story.second.outputs.rerun).toBe('');
    expect(story.reruns).toBe(1);
    expect(story.comments).toHaveLength(1);
    expect(story.comments[0]).toContain('Re-run requested: build');
  });

  // Each supervisor run is a bundle's start and a log classified: 13 s for the two alone, 77-81 s at a
  // load of 35, where one test holding both came within reach of jest's 120 s. One run per deadline.
  describe('without actions: write', () => {
    let denied: NetworkStoryStart;
    beforeAll(async () => {
      denied = await startNetworkStory(stand(), 'no-actions-write');
    });

    it('the re-run is refused and the message names the permission', () => {
      expect(denied.first.job.conclusion).toBe('failure');
      const error = denied.first.job.annotations.find((a) => a.level === 'error')?.message ?? '';
      expect(error).toMatch(
        /re-running run \d+: GitHub answered 403 .*grant the supervisor job 'permissions: actions: write'/,
      );
      expect(
        denied.first.calls.filter((c) => c.route?.endsWith('/rerun-failed-jobs')).map((c) => c.status),
      ).toEqual([403]);
    });

    it('once granted, the same event delivered again re-runs it', async () => {
      const granted = await denied.deliverAgain();
      expect(granted.second.outputs.rerun).toBe('requested');
      expect(granted.reruns).toBe(1);
    });
  });

  // Two supervisor runs and the limits' waits: 62-66 s in one test at a load of 25 with 4 CPU burners.
  describe('rate limits (primary and secondary, 403 and 429) and a 503', () => {
    let limited: NetworkStoryStart;
    beforeAll(async () => {
      limited = await startNetworkStory(stand(), 'rate-limited');
    });

    it('are waited out: the supervisor ends green', () => {
      expect(limited.first.job.conclusion).toBe('success');
      expect(limited.first.outputs.rerun).toBe('requested');
      const statuses = (call: string): number[] =>
        limited.first.calls.filter((c) => `${c.method} ${c.route}` === call).map((c) => c.status);
      expect(statuses('GET /repos/{owner}/{repo}/actions/runs/{run_id}').slice(0, 2)).toEqual([403, 200]);
      expect(statuses('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs').slice(0, 2)).toEqual([
        503, 302,
      ]);
      expect(statuses(RERUN)).toEqual([429, 201]);
      expect(statuses(NEW_COMMENT)).toEqual([403, 201]);
    });

    it('the same event delivered again re-runs nothing more and keeps one comment', async () => {
      const again = await limited.deliverAgain();
      expect(again.reruns).toBe(1);
      expect(again.comments).toHaveLength(1);
    });
  });
});

describe('2. a timeout in a HEAVY job', () => {
  let story: ResumeStory;
  beforeAll(async () => {
    story = await runResumeStory(stand());
  });

  it('attempt 1 times out in test after build completed', () => {
    expect(story.attempt1.conclusion).toBe('failure');
    expect(story.attempt1.steps.build?.outputs.skipped).toBe('false');
    expect(story.attempt1.steps.test?.outputs['failure-type']).toBe('timeout');
  });

  it('the supervisor reads the plan and re-runs the job once', () => {
    expect(story.supervisor.decisions).toEqual([
      expect.objectContaining({ job: 'heavy', action: 'rerun', type: 'timeout', lane: 'HEAVY' }),
    ]);
    expect(story.supervisor.decisions[0]?.reason).toContain('resumes from its checkpoints');
    expect(
      story.supervisor.calls.some((c) => c.route === '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'),
    ).toBe(true);
    expect(story.supervisor.writes).toEqual([RERUN]);
    expect(story.reruns).toBe(1);
    // What the re-run will skip, from the plan: build, and how long it took in attempt 1.
    expect(story.supervisor.summary).toMatch(
      /- heavy: the re-run resumes from its checkpoint and skips `build` \(\d+\.\ds\): about \d+\.\ds saved, \d+% of the failed attempt's/,
    );
  });

  it('attempt 2 resumes from the checkpoint: build skips itself, test passes on the restored output', () => {
    expect(story.attempt2.conclusion).toBe('success');
    const main = story.attempt2.stage('recovery', 'main');
    expect(main?.outputs).toMatchObject({ attempt: '2', resumed: 'true', 'completed-stages': 'build' });
    expect(story.attempt2.steps.build?.outputs.skipped).toBe('true');
    expect(story.attempt2.steps.test?.outputs.skipped).toBe('false');
    expect(story.attempt2.stage('test')?.log).toContain('built in attempt 1');
  });

  it("attempt 2's test stage stands on the restored checkpoint of test instead of saving a copy of it", () => {
    const resumedFrom = story.attempt2.stage('recovery', 'main')?.outputs['resume-from'];
    expect(resumedFrom).toMatch(/-a1-test-\d+$/);
    expect(story.attempt2.stage('test')?.log).toContain(
      `checkpoint ${resumedFrom}, restored by this attempt's resume, already holds the state before stage 'test': not saved again.`,
    );
    expect(story.attempt2.steps.test?.outputs['checkpoint-id'] ?? resumedFrom).toBe(resumedFrom);
    const names = stand()
      .github.artifactsOf(story.runId)
      .map((a) => a.name);
    expect(names.filter((n) => /-a2-/.test(n))).toEqual([]);
  });

  it("attempt 2's summary states what skipping build saved, from its duration in attempt 1", () => {
    const took = /resume skipped stage build: (\d+\.\d)s \(its duration in the earlier attempt\)/.exec(
      story.attempt2.summary,
    );
    // The build sleeps a second: the figure is attempt 1's, not the skip's few milliseconds.
    expect(Number(took?.[1])).toBeGreaterThanOrEqual(1);
    expect(story.attempt2.summary).toMatch(/- Saved: about \*\*\d+\.\ds\*\*, \d+% of the job/);
    expect(story.attempt2.summary).not.toContain('Saved: nothing this time');
  });
});

describe('2b. a HEAVY job cancelled by its own timeout-minutes', () => {
  let story: ResumeStory;
  // Attempt 1 waits out the job's 45 s limit; under load the supervisor and attempt 2 add as much again.
  beforeAll(async () => {
    story = await runResumeStory(stand(), { runId: 7200, jobTimeout: true });
  }, 300_000);

  it('attempt 1 ends cancelled, like the runner reports a job timeout, and so does the run', () => {
    expect(story.attempt1.conclusion).toBe('cancelled');
    expect(stand().github.job(7200 * 10 + 1)?.conclusion).toBe('cancelled');
    expect(story.attempt1.annotations.map((a) => a.message)).toContain(
      'The job has exceeded the maximum execution time of 45s',
    );
    expect(story.attempt1.steps.build?.outputs.skipped).toBe('false');
  });

  it("the supervisor tells it from a person's cancel by that line and re-runs the job once", () => {
    expect(story.supervisor.decisions).toEqual([
      expect.objectContaining({ job: 'heavy', action: 'rerun', type: 'timeout', lane: 'HEAVY' }),
    ]);
    // A cancelled job is re-run by its own id (POST /actions/jobs/{id}/rerun).
    expect(story.supervisor.writes).toEqual([RERUN_JOB]);
    expect(story.reruns).toBe(1);
  });

  it('attempt 2 resumes from the checkpoint and ends green', () => {
    expect(story.attempt2.stage('recovery', 'main')?.outputs).toMatchObject({ resumed: 'true' });
    expect(story.attempt2.steps.build?.outputs.skipped).toBe('true');
    expect(story.attempt2.conclusion).toBe('success');
  });
});
