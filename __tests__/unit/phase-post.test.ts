/** Post through its ports, no stand: the summary, the plan of a failed job, the sticky comment, the ledger. */
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import type { RunContext } from '../../src/core/event.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { StepRecord } from '../../src/core/records.js';
import { post, type PostPorts } from '../../src/phases/post.js';
import { RecordingJobGitHub } from '../../src/ports/job-github.js';
import { RecordingJobFiles } from '../../src/ports/job-files.js';
import { RecordingJobStore } from '../../src/ports/job-store.js';
import { RecordingRunner } from '../../src/ports/runner.js';

const NOW = new Date('2026-03-04T05:06:07Z');
const env = parseJobEnv(
  {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    CI_RECOVERY_LANE: 'HEAVY',
    CI_RECOVERY_COMPLETED_STAGES: 'deps',
  },
  { cwd: '/w', tmpdir: '/tmp' },
);
const push: RunContext = { eventName: 'push', ref: 'refs/heads/main', sha: 'abc', branch: 'main' };
const pr = (fromFork: boolean): RunContext => ({
  eventName: 'pull_request',
  ref: 'refs/pull/5/merge',
  sha: 'abc',
  branch: 'feature',
  pr: { number: 5, baseRef: 'main', labels: [], fromFork },
});
const failedBuild: StepRecord = {
  kind: 'run',
  step: 'build',
  stage: 'build',
  startedAt: '2026-03-04T05:00:00Z',
  completedAt: '2026-03-04T05:01:00Z',
  outcome: 'failure',
  attempts: [{ attempt: 1, startedAt: '2026-03-04T05:00:00Z', durationMs: 60_000, exitCode: 2 }],
};
const passedBuild: StepRecord = {
  ...failedBuild,
  outcome: 'success',
  attempts: [{ ...failedBuild.attempts[0]!, exitCode: 0 }],
};

function ports(opts: {
  context?: RunContext;
  records?: StepRecord[];
  github?: RecordingJobGitHub;
  state?: Record<string, string>;
}) {
  const runner = new RecordingRunner(opts.state);
  const store = new RecordingJobStore();
  const p: PostPorts = {
    runner,
    files: new RecordingJobFiles({ context: opts.context ?? push, records: opts.records ?? [] }),
    store,
    ...(opts.github ? { github: opts.github } : {}),
  };
  return { ...p, runner, store };
}

describe('phase post', () => {
  it('writes the summary of a failed job, uploads its plan and keeps the ledger', async () => {
    const p = ports({ records: [failedBuild] });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(report.conclusion).toBe('failure');
    expect(report.failures.map((f) => f.step)).toEqual(['build']);
    expect(p.runner.summaries).toHaveLength(1);
    expect(p.runner.summaries[0]).toContain('build');
    expect(p.store.plans).toHaveLength(1);
    expect(p.store.plans[0]).toMatchObject({
      runId: 77,
      attempt: 1,
      jobKey: 'build',
      lane: 'HEAVY',
      conclusion: 'failure',
    });
    expect(p.store.plans[0]!.completedStages).toEqual(['deps']);
    expect(p.store.restored).toEqual([{ branch: 'main', runId: '77', attempt: 1, job: 'build' }]);
    expect(p.store.saved).toHaveLength(1);
    expect(p.store.saved[0]!.ledger.entries.at(-1)).toMatchObject({
      outcome: 'failure',
      sha: 'abc',
      job: 'build',
    });
  });

  it("carries its ledger's flaky flag in the plan, for a supervisor that cannot restore this ledger", async () => {
    const first = ports({ records: [failedBuild] });
    await post({ jobId: '' }, env, first, NOW);
    expect(first.store.plans[0]).not.toHaveProperty('flaky');
    // The same commit passed after this failure: the job's ledger now calls the failure flaky.
    const { ledger } = first.store.saved[0]!;
    const failure = ledger.entries.at(-1)!;
    const passed = { ...ledger, entries: [...ledger.entries, { ...failure, outcome: 'success' as const }] };
    const again = { ...ports({ records: [failedBuild] }), store: new RecordingJobStore(passed) };
    await post({ jobId: '' }, env, again, NOW);
    expect(again.store.plans[0]).toMatchObject({ flaky: true });
  });

  it('leaves no plan behind for a green job, but still writes the summary', async () => {
    const p = ports({ records: [passedBuild] });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(p.runner.summaries).toHaveLength(1);
    expect(p.store.plans).toEqual([]);
  });

  it('says why the jobs API was not read, in the log and in the report', async () => {
    const p = ports({});
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(p.runner.log.messages('warning')).toEqual([
      expect.stringMatching(/^ci-recovery: no GitHub token/),
    ]);
    expect(report.warnings).toEqual([expect.stringMatching(/^no GitHub token/)]);
    const withToken = ports({ github: new RecordingJobGitHub() });
    await post({ jobId: 'not-a-number' }, env, withToken, NOW);
    expect(withToken.runner.log.messages('warning')).toEqual([
      expect.stringMatching(/the job id is unknown/),
    ]);
  });

  it("reads the job's steps from the jobs API when it has a token and a job id", async () => {
    const github = new RecordingJobGitHub({
      steps: {
        ok: true,
        jobName: 'build (ubuntu, 20)',
        steps: [{ name: 'Run make', number: 3, conclusion: 'failure' }],
      },
    });
    const p = ports({ github });
    const { report } = await post({ jobId: '123' }, env, p, NOW);
    expect(github.asked.jobSteps).toEqual([123]);
    expect(report.jobKey).toBe('build (ubuntu, 20)');
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
  });

  it('writes the sticky comment on a pull request and links it from the summary', async () => {
    const github = new RecordingJobGitHub();
    const p = ports({ context: pr(false), records: [failedBuild], github });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]).toMatchObject({ pr: 5, jobKey: 'build', section: { runId: 77, attempt: 1 } });
    expect(report.links?.['PR comment']).toBe('https://github.com/o/r/pull/5#issuecomment-1');
    expect(p.runner.summaries[0]).toContain('https://github.com/o/r/pull/5#issuecomment-1');
  });

  it('skips the sticky comment for a fork, with the warning in the summary', async () => {
    const github = new RecordingJobGitHub();
    const p = ports({ context: pr(true), records: [failedBuild], github });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(github.comments).toEqual([]);
    const warning = report.warnings.find((w) => w.startsWith('this pull request comes from a fork'));
    expect(warning).toMatch(/the ci-recovery supervisor workflow will post the PR comment/);
    expect(p.runner.summaries[0]).toContain('this pull request comes from a fork');
  });

  it("says so when the token may not comment, and honours main's comment: false", async () => {
    const degraded = new RecordingJobGitHub({
      sticky: { status: 'degraded', removedDuplicates: 0, reason: '403' },
    });
    const p = ports({ context: pr(false), github: degraded });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^the token may not comment on PRs \(403\)/),
    );

    const off = new RecordingJobGitHub();
    await post(
      { jobId: '' },
      env,
      ports({ context: pr(false), github: off, state: { settings: '{"comment":false}' } }),
      NOW,
    );
    expect(off.comments).toEqual([]);
  });

  it("takes the lane main saved, else the job environment's", async () => {
    const saved = ports({ records: [failedBuild], state: { lane: '{"lane":"DOCS","reason":"docs only"}' } });
    expect((await post({ jobId: '' }, env, saved, NOW)).report.lane).toEqual({
      lane: 'DOCS',
      reason: 'docs only',
    });
    const fromEnv = ports({ records: [failedBuild] });
    expect((await post({ jobId: '' }, env, fromEnv, NOW)).report.lane).toEqual({
      lane: 'HEAVY',
      reason: 'from the job environment',
    });
  });

  it('does not touch the ledger when it is switched off', async () => {
    const p = ports({ records: [failedBuild] });
    p.files = new RecordingJobFiles({
      config: { config: { ...DEFAULT_CONFIG, ledger: { ...DEFAULT_CONFIG.ledger, enabled: false } } },
    });
    await post({ jobId: '' }, env, p, NOW);
    expect(p.store.restored).toEqual([]);
    expect(p.store.saved).toEqual([]);
  });
});
