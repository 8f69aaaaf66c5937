/** Post through its ports, no stand: the summary, the plan of a failed job, the sticky comment, the ledger. */
import { assessJob, needsClassifier } from '../../src/core/assess.js';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import type { RunContext } from '../../src/core/event.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { jobStartOf } from '../../src/core/job-start.js';
import type { StepRecord } from '../../src/core/records.js';
import { post, type PostPorts } from '../../src/phases/post.js';
import { timeSavedNote } from '../../src/core/report/time-saved.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import {
  emptyLedger,
  keyRulesOutPass,
  ledgerKey,
  openDigest,
  recordOutcome,
  type Ledger,
  type LedgerEntry,
} from '../../src/core/ledger.js';
import { decide } from '../../src/core/policy.js';
import { supervise } from '../../src/supervise/core/supervise.js';
import { findingsFromPlan } from '../../src/supervise/core/supervise-findings.js';
import { renderSuperviseSummary } from '../../src/supervise/core/supervise-report.js';
import { RecordingJobGitHub, type JobStepsResult } from '../../src/ports/job-github.js';
import type { StepOutcome } from '../../src/core/types.js';
import { RecordingJobFiles } from '../../src/ports/job-files.js';
import { RecordingJobStore, type LedgerPlace, type LedgerLeftUnread } from '../../src/ports/job-store.js';
import { RecordingRunner, type RunnerPort } from '../../src/runner/ports/runner.js';
import { runnerLogger } from '../../src/runner/adapters/logger.js';
import { closeAnnotations, resetAnnotationBudget } from '../../src/runner/adapters/runner.js';
import { capAnnotations } from '../../stand/runner/job.js';
import { parseWorkflowCommands } from '../../stand/runner/workflow-commands.js';

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

  it('lets its saves end before a summary it cannot write fails it (the entry point then ends the process)', async () => {
    // A runner without GITHUB_STEP_SUMMARY (older GHES) refuses the summary, as would a renderer that does not load.
    const p = ports({ records: [failedBuild] });
    let refused = false;
    p.runner.appendSummary = () => {
      refused = true;
      throw new Error('GITHUB_STEP_SUMMARY is not set');
    };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const save = p.store.saveLedger.bind(p.store);
    p.store.saveLedger = (ledger, place) => held.then(() => save(ledger, place));
    let settled = false;
    const outcome = post({ jobId: '' }, env, p, NOW).then(
      () => 'resolved',
      (error: unknown) => String(error),
    );
    void outcome.then(() => (settled = true));
    while (!refused) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve)); // the refusal's rejection has run its course
    expect(settled).toBe(false); // still waiting on the ledger's save
    release();
    expect(await outcome).toMatch(/GITHUB_STEP_SUMMARY is not set/);
    expect(p.store.saved).toHaveLength(1);
  });

  it('is quiet on green: no plan, no comment, a one-line summary', async () => {
    const github = new RecordingJobGitHub({
      sticky: { status: 'unchanged', removedDuplicates: 0 },
      steps: {
        ok: true,
        jobName: 'build',
        steps: [
          { name: 'Run make', number: 3, conclusion: 'success' },
          { name: 'Post Run ci-recovery', number: 9, conclusion: 'unknown' },
        ],
      },
    });
    const p = ports({ context: pr(false), records: [passedBuild], github });
    const { report } = await post({ jobId: '123' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(p.runner.summaries).toEqual([
      '✅ ci-recovery: build passed (attempt 1, HEAVY lane): nothing failed, nothing to recover.\n',
    ]);
    expect(p.store.plans).toEqual([]);
    // Only an update of this job's earlier section, if the comment has one: nothing is created.
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]).toMatchObject({ pr: 5, jobKey: 'build', updateOnly: true });
    expect(report.links?.['PR comment']).toBeUndefined();
  });

  it('turns the section of a recovered failure to fixed once the job passes', async () => {
    const retried: StepRecord = {
      ...passedBuild,
      attempts: [
        { ...failedBuild.attempts[0]!, classification: undefined },
        { ...passedBuild.attempts[0]!, attempt: 2 },
      ],
    };
    // Attempt 1 of the run: the build failed once and passed on its retry: recovered, so reported in full.
    const first = new RecordingJobGitHub();
    const recovered = ports({ context: pr(false), records: [retried], github: first });
    await post({ jobId: '' }, env, recovered, NOW);
    expect(first.comments[0]).toMatchObject({ pr: 5, jobKey: 'build' });
    expect(first.comments[0]!.updateOnly).toBeUndefined();
    expect(first.comments[0]!.section.body).toContain('recovered by retry or resume');
    expect(recovered.runner.summaries[0]).toMatch(/^## ✅ ci-recovery: build recovered \(attempt 1\)/);

    // The next push passes at once: the comment's section says fixed, in place.
    const later = new RecordingJobGitHub({
      sticky: {
        status: 'updated',
        removedDuplicates: 0,
        url: 'https://github.com/o/r/pull/5#issuecomment-1',
      },
    });
    const green = ports({ context: pr(false), records: [passedBuild], github: later });
    const { report } = await post({ jobId: '' }, env, green, NOW);
    expect(later.comments).toHaveLength(1);
    expect(later.comments[0]).toMatchObject({ jobKey: 'build', updateOnly: true });
    expect(later.comments[0]!.section.body).toMatch(
      /^#### ✅ \*\*build\*\* · attempt 1 · HEAVY\n\n- \*\*fixed\*\*: passes now .*; the failure reported here before is gone$/,
    );
    expect(report.links?.['PR comment']).toBe('https://github.com/o/r/pull/5#issuecomment-1');
  });

  it('comment: always and summary: always report a green job in full; never writes neither', async () => {
    const loud = new RecordingJobGitHub();
    const always = ports({
      context: pr(false),
      records: [passedBuild],
      github: loud,
      state: { settings: '{"comment":"always","summary":"always"}' },
    });
    await post({ jobId: '' }, env, always, NOW);
    expect(loud.comments[0]!.updateOnly).toBeUndefined();
    expect(always.runner.summaries[0]).toMatch(/^## ✅ ci-recovery: build passed \(attempt 1\)/);

    const none = new RecordingJobGitHub();
    const never = ports({
      context: pr(false),
      records: [failedBuild],
      github: none,
      state: { settings: '{"comment":"never","summary":"never"}' },
    });
    await post({ jobId: '' }, env, never, NOW);
    expect(none.comments).toEqual([]);
    expect(never.runner.summaries).toEqual([]);
  });

  it('a green job whose checkpoint upload failed (a warning of our own step) is reported green, not "failed, fix it"', async () => {
    const failedUpload: StepRecord = {
      kind: 'checkpoint',
      step: 'checkpoint build',
      stage: 'build',
      startedAt: '2026-03-04T05:01:00Z',
      completedAt: '2026-03-04T05:01:05Z',
      outcome: 'failure',
      attempts: [],
      outputs: { 'checkpoint-id': '' },
      stepFailed: false,
    };
    const github = new RecordingJobGitHub({
      steps: {
        ok: true,
        jobName: 'build',
        steps: [
          { name: 'Run ci-recovery/checkpoint@v1', number: 4, conclusion: 'success' },
          { name: 'Post Run ci-recovery', number: 9, conclusion: 'unknown' },
        ],
      },
    });
    const p = ports({ context: pr(false), records: [passedBuild, failedUpload], github });
    const { report } = await post({ jobId: '123' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(report.failures).toEqual([]);
    expect(p.store.plans).toEqual([]); // no plan for the supervisor to act on
    expect(p.runner.log.messages('error')).toEqual([]); // no error annotation
    // No failure comment: green is quiet, so the only call may turn an earlier section to fixed, creating nothing.
    expect(github.comments.every((c) => c.updateOnly === true)).toBe(true);
    expect(github.comments.map((c) => c.section.body).join('')).not.toMatch(/build failure|failed|fix it/i);
    expect(p.runner.summaries.join('')).not.toMatch(/post-mortem|fix it/i);
    expect(report.warnings).toEqual([expect.stringContaining('checkpoint build did not complete')]);
  });

  it('a failure a policy rule skipped: the job is green, no plan, the summary and comment show what was skipped', async () => {
    const skipped: StepRecord = {
      ...failedBuild,
      step: 'lint',
      stage: 'lint',
      classification: {
        type: 'quality-gate',
        confidence: 'high',
        retryable: false,
        rule: 'eslint',
        evidence: { line: 3, text: '2 problems <b>@team</b>' },
      },
      decision: {
        strategy: 'skip',
        rule: 'config:lint-advisory',
        reason: 'lint is advisory',
        maxAttempts: 1,
        backoffSeconds: 0,
        timeoutMinutes: 10,
        retryInStep: false,
      },
    };
    const github = new RecordingJobGitHub({
      sticky: { status: 'created', removedDuplicates: 0, url: 'https://c' },
      steps: {
        ok: true,
        jobName: 'build',
        steps: [{ name: 'Run ci-recovery/run@v1', number: 3, conclusion: 'success' }],
      },
    });
    const p = ports({ context: pr(false), records: [passedBuild, skipped], github });
    const { report } = await post({ jobId: '123', jobStatus: 'success' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(report.failures).toEqual([]);
    expect(report.skipped?.map((f) => [f.step, f.decision?.strategy])).toEqual([['lint', 'skip']]);
    expect(p.store.plans).toEqual([]);
    const summary = p.runner.summaries.join('');
    expect(summary).toContain('passed, with skipped failures');
    expect(summary).toContain('### Skipped failures');
    expect(summary).toContain('| `lint` | run | ⏭️ failed, skipped by policy | 1 |');
    expect(summary).toContain('config:lint-advisory');
    // Untrusted evidence only ever inside a code span.
    expect(summary).toContain('`2 problems <b>@team</b>`');
    expect(github.comments[0]).toMatchObject({ pr: 5 });
    expect(github.comments[0]).not.toHaveProperty('updateOnly');
    expect(github.comments[0]!.section.body).toMatch(
      /\*\*quality-gate\*\* failure in `lint` \*\*skipped\*\* by `config:lint-advisory`/,
    );
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

  it("without a job id (GHES has no job.check_run_id) finds the job of this runner in the run attempt's jobs", async () => {
    const onGhes = parseJobEnv(
      { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77', GITHUB_JOB: 'build', RUNNER_NAME: 'ghes-runner-2' },
      { cwd: '/w', tmpdir: '/tmp' },
    );
    const github = new RecordingJobGitHub({
      jobs: {
        ok: true,
        jobs: [
          { id: 40, name: 'build', status: 'in_progress', runnerName: 'ghes-runner-1' },
          { id: 41, name: 'build', status: 'in_progress', runnerName: 'ghes-runner-2' },
        ],
      },
      steps: {
        ok: true,
        jobName: 'build',
        steps: [
          { name: 'Run make', number: 3, conclusion: 'failure' },
          { name: 'Post Run ci-recovery', number: 9, conclusion: 'unknown' },
        ],
      },
    });
    const p = ports({ github });
    const { report } = await post({ jobId: '' }, onGhes, p, NOW);
    expect(github.asked.attemptJobs).toEqual([[77, 1]]);
    expect(github.asked.jobSteps).toEqual([41]);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
    expect(p.runner.log.messages('warning')).toEqual([]);

    // Not found: the warning says why, and post reports from its own records.
    const lost = new RecordingJobGitHub({ jobs: { ok: true, jobs: [] } });
    const q = ports({ github: lost });
    await post({ jobId: '' }, onGhes, q, NOW);
    expect(lost.asked.jobSteps).toEqual([]);
    expect(q.runner.log.messages('warning')).toEqual([
      expect.stringContaining(
        "the job was not found among its run attempt's jobs: no job of this run attempt is in progress on runner 'ghes-runner-2' nor named 'build'",
      ),
    ]);
  });

  it("reads the job's steps from the jobs API when it has a token and a job id", async () => {
    const github = new RecordingJobGitHub({
      steps: {
        ok: true,
        jobName: 'build (ubuntu, 20)',
        steps: [
          { name: 'Run make', number: 3, conclusion: 'failure' },
          { name: 'Post Run ci-recovery', number: 9, conclusion: 'unknown' },
        ],
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
      ports({
        context: pr(false),
        records: [failedBuild],
        github: off,
        state: { settings: '{"comment":false}' },
      }),
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

/** Attempt 2 resumed `deps` and `compile` (90 s and 150 s in attempt 1, as the checkpoint recorded them). */
describe('phase post: what a resume saved', () => {
  const resumedEnv = parseJobEnv(
    {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'build',
      CI_RECOVERY_LANE: 'HEAVY',
      CI_RECOVERY_COMPLETED_STAGES: 'deps,compile,test',
      CI_RECOVERY_RESUMED_FROM: 'ckpt-a1-test',
      CI_RECOVERY_STAGE_DURATIONS: '{"deps":90000,"compile":150000,"test":50000}',
    },
    { cwd: '/w', tmpdir: '/tmp' },
  );
  const at = (s: number): string => new Date(Date.parse('2026-03-04T05:05:00Z') + s * 1000).toISOString();
  const skipped = (stage: string, s: number): StepRecord => ({
    kind: 'run',
    step: stage,
    stage,
    startedAt: at(s),
    completedAt: at(s),
    outcome: 'skipped',
    attempts: [],
  });
  const test: StepRecord = {
    kind: 'run',
    step: 'test',
    stage: 'test',
    startedAt: at(2),
    completedAt: at(52),
    outcome: 'success',
    attempts: [{ attempt: 1, startedAt: at(2), durationMs: 50_000, exitCode: 0 }],
  };
  // Main began 1 s into the job; the jobs API gives the job's own start (its steps read settled: post listed).
  const jobStart = JSON.stringify({ startedAt: at(1), runId: '77', attempt: 2, job: 'build', jobId: '5' });
  const jobRead = (): RecordingJobGitHub =>
    new RecordingJobGitHub({
      steps: {
        ok: true,
        steps: [{ name: 'Post ci-recovery', number: 9, conclusion: 'unknown' }],
        jobName: 'build',
        startedAt: at(0),
      },
    });

  it("states in the summary and the comment the earlier attempt's durations of the skipped stages", async () => {
    const github = jobRead();
    const p = ports({
      context: pr(false),
      github,
      records: [skipped('deps', 1), skipped('compile', 1.5), test],
      state: { 'job-start': jobStart },
    });
    const { report } = await post({ jobId: '5' }, resumedEnv, p, new Date(at(60)));
    const summary = p.runner.summaries[0]!;
    expect(summary).toMatch(/\| `deps` \| run \| ⏭️ resumed \(took 1m 30s before\) \|/);
    expect(summary).toMatch(/\| `compile` \| run \| ⏭️ resumed \(took 2m 30s before\) \|/);
    // 240 s skipped of a job that took 60 s with resume: 300 s without it, 80 % spared.
    expect(summary).toContain(
      '- Saved: about **4m 00s**, 80% of the job (5m 00s without recovery, 1m 00s with it)',
    );
    expect(summary).toContain('resume skipped stage deps: 1m 30s (its duration in the earlier attempt)');
    expect(summary).toContain('resume skipped stage compile: 2m 30s');
    expect(summary).not.toContain('Saved: nothing this time');
    expect(report.stages.find((s) => s.name === 'test')?.previousDurationMs).toBeUndefined();
    expect(github.comments[0]?.section.body).toContain(
      '- time saved: about 4m 00s (80% of the job): 2 stage(s) skipped by resume',
    );
  });

  it('names a resumed stage whose earlier duration is unknown instead of saying nothing was saved', async () => {
    const older = parseJobEnv(
      { ...{ GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'build', CI_RECOVERY_COMPLETED_STAGES: 'deps,test' } },
      { cwd: '/w', tmpdir: '/tmp' },
    );
    const p = ports({ records: [skipped('deps', 1), test], state: { 'job-start': jobStart } });
    await post({ jobId: '' }, older, p, new Date(at(60)));
    expect(p.runner.summaries[0]).toContain(
      '- Saved: resumed `deps`, not counted: the checkpoint did not record how long it took in the earlier attempt.',
    );
    expect(p.runner.summaries[0]).not.toContain('Saved: nothing this time');
  });

  it('tells the supervisor what a re-run could skip: the stages before the newest checkpoint', async () => {
    const failedLint: StepRecord = {
      kind: 'run',
      step: 'lint',
      stage: 'lint',
      startedAt: at(53),
      completedAt: at(58),
      outcome: 'failure',
      checkpointId: 'ckpt-a2-lint',
      attempts: [{ attempt: 1, startedAt: at(53.5), durationMs: 4_500, exitCode: 1 }],
    };
    const p = ports({
      records: [skipped('deps', 1), skipped('compile', 1.5), test, failedLint],
      state: { 'job-start': jobStart },
      github: jobRead(),
    });
    await post({ jobId: '5' }, resumedEnv, p, new Date(at(60)));
    expect(p.store.plans[0]).toMatchObject({
      resumableStages: ['deps', 'compile', 'test'],
      stageDurations: { deps: 90_000, compile: 150_000, test: 50_000 },
      jobMs: 300_000,
    });
  });

  it("counts the job's times from the jobs API's start of the job, not from ci-recovery's step", async () => {
    const p = ports({
      records: [skipped('deps', 1), skipped('compile', 1.5), test],
      state: { 'job-start': jobStart },
      github: jobRead(),
    });
    const { report } = await post({ jobId: '5' }, resumedEnv, p, new Date(at(60)));
    expect(report.startedAt).toBe(at(0));
    expect(report).not.toHaveProperty('startedFrom');
    expect(p.runner.summaries[0]).toContain(
      '- Spent: 1m 00s in this job attempt, 0ms of it in failed attempts.',
    );
  });

  it("without the job's start, counts from ci-recovery's step and says so; the plan gives no job time", async () => {
    const failedLint: StepRecord = {
      kind: 'run',
      step: 'lint',
      stage: 'lint',
      startedAt: at(53),
      completedAt: at(58),
      outcome: 'failure',
      attempts: [{ attempt: 1, startedAt: at(53.5), durationMs: 4_500, exitCode: 1 }],
    };
    // No token: the jobs API is not read. Then an API whose start of the job is after main's (a clock
    // apart, another attempt's answer): not the job's start either.
    const unread = ports({ records: [skipped('deps', 1), test], state: { 'job-start': jobStart } });
    const later = new RecordingJobGitHub({
      steps: {
        ok: true,
        steps: [{ name: 'Post ci-recovery', number: 9, conclusion: 'unknown' }],
        jobName: 'build',
        startedAt: at(5),
      },
    });
    const skewed = ports({
      records: [skipped('deps', 1), test, failedLint],
      state: { 'job-start': jobStart },
      github: later,
    });
    // And an answer Date.parse would read as 2001-01-01 (not an ISO 8601 date-time): never the job's start.
    const garbled = ports({
      records: [skipped('deps', 1), test, failedLint],
      state: { 'job-start': jobStart },
      github: new RecordingJobGitHub({
        steps: {
          ok: true,
          steps: [{ name: 'Post ci-recovery', number: 9, conclusion: 'unknown' }],
          jobName: 'build',
          startedAt: '1',
        },
      }),
    });
    for (const [p, jobId] of [
      [unread, ''],
      [skewed, '5'],
      [garbled, '5'],
    ] as const) {
      const { report } = await post({ jobId }, resumedEnv, p, new Date(at(60)));
      expect(report).toMatchObject({ startedAt: at(1), startedFrom: 'step' });
      const summary = p.runner.summaries[0]!;
      expect(summary).toContain(
        "- Spent: 59.0s since ci-recovery's step began in this job attempt (the job's own start was not read from the jobs API: the steps before it are not counted),",
      );
      expect(summary).toContain("of the time since ci-recovery's step began (");
      expect(summary).not.toMatch(/of the job\b/);
      // The sticky comment's line says the same.
      expect(timeSavedNote(report)).toMatch(
        /^- time saved: about 1m 30s \(\d+% of the time since ci-recovery's step began\)/,
      );
    }
    expect(skewed.store.plans[0]?.resumableStages).toEqual(['deps']);
    expect(skewed.store.plans[0]).not.toHaveProperty('jobMs');
  });
});

describe("post's annotations through the runner, within GitHub's 10 per level per step", () => {
  /** The real runner adapter as post's log (its stdout captured), the rest recorded. */
  async function postOnRunner(records: StepRecord[]): Promise<string> {
    const recorded = ports({ records });
    const runner: RunnerPort = {
      log: runnerLogger,
      getState: (n) => recorded.runner.getState(n),
      saveState: (n, v) => recorded.runner.saveState(n, v),
      setOutput: (n, v) => recorded.runner.setOutput(n, v),
      exportVariable: (n, v) => recorded.runner.exportVariable(n, v),
      appendSummary: (m) => recorded.runner.appendSummary(m),
      setFailed: (m) => recorded.runner.setFailed(m),
      setExitCode: (c) => recorded.runner.setExitCode(c),
      appendFileCommand: (c, t) => recorded.runner.appendFileCommand(c, t),
    };
    resetAnnotationBudget();
    let stdout = '';
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array): boolean => {
      stdout += chunk.toString();
      return true;
    };
    try {
      await post({ jobId: '' }, env, { ...recorded, runner }, NOW);
      closeAnnotations(); // what the step's exit does
    } finally {
      process.stdout.write = write;
      resetAnnotationBudget();
    }
    return stdout;
  }

  it('12 failed steps: 9 error annotations, a 10th that says 3 more are in the log, every step in the log', async () => {
    const failed = Array.from({ length: 12 }, (_, i) => ({
      ...failedBuild,
      step: `step-${i + 1}`,
      stage: `stage-${i + 1}`,
    }));
    const parsed = parseWorkflowCommands(await postOnRunner(failed));
    const kept = [...parsed.annotations];
    capAnnotations(kept); // what GitHub keeps
    const errors = kept.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((e) => e.title)).toEqual(
      Array.from({ length: 9 }, (_, i) => `ci-recovery: unknown failure in step-${i + 1}`),
    );
    expect(errors[9]?.message).toBe(
      'ci-recovery: 3 more errors of this step are in its log (GitHub keeps 10 annotations of each level per step); the job summary has the full report',
    );
    for (const step of ['step-10', 'step-11', 'step-12']) expect(parsed.log).toContain(`in ${step}`);
  });
});

describe('post and a jobs API that lags the runner (timeline updates every 500 ms)', () => {
  const step = (name: string, number: number, conclusion: StepOutcome['conclusion']): StepOutcome => ({
    name,
    number,
    conclusion,
  });
  const read = (make: StepOutcome['conclusion']): JobStepsResult => ({
    ok: true,
    jobName: 'build',
    steps: [
      step('Set up job', 1, 'success'),
      step('Run make', 2, make),
      step('Post Run ci-recovery', 3, 'unknown'),
      step('Complete job', 4, 'unknown'),
    ],
  });

  /** A clock that moves only with the pauses post takes, from `began` ms after post's start. */
  const pacedFrom = (began: number) => {
    let now = began;
    const pauses: number[] = [];
    const sleep = (ms: number): Promise<void> => {
      pauses.push(ms);
      now += ms;
      return Promise.resolve();
    };
    return { pauses, sleep, sinceStart: () => now };
  };

  it('re-reads while a finished step still reads in_progress, and reports its failure', async () => {
    const github = new RecordingJobGitHub({ steps: [read('unknown'), read('unknown'), read('failure')] });
    const paced = pacedFrom(0);
    const p = ports({ github });
    const { report } = await post({ jobId: '123' }, env, { ...p, ...paced }, NOW);
    expect(github.asked.jobSteps).toEqual([123, 123, 123]);
    expect(paced.pauses).toEqual([600, 700]);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
    expect(report.conclusion).toBe('failure');
    expect(report.warnings.join('\n')).not.toMatch(/still showed/);
  });

  it("times its re-reads from post's start, when the runner had queued what it waits for, not from its first read", async () => {
    // Post's first read came 450 ms after it began: the runner's next batch (500 ms after the step's end
    // was queued, before post started) is due 150 ms later, not 600.
    const github = new RecordingJobGitHub({ steps: [read('unknown'), read('failure')] });
    const paced = pacedFrom(450);
    const { report } = await post({ jobId: '123' }, env, { ...ports({ github }), ...paced }, NOW);
    expect(paced.pauses).toEqual([150]);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
  });

  it('re-reads at once when a re-read is already due (a slow first read), and at most 4 times', async () => {
    const github = new RecordingJobGitHub({ steps: read('unknown') });
    const paced = pacedFrom(1500);
    await post({ jobId: '123' }, env, { ...ports({ github }), ...paced }, NOW);
    expect(paced.pauses).toEqual([500]);
    expect(github.asked.jobSteps).toHaveLength(4);
  });

  it('re-reads while the API has not listed post itself yet: a step that just started or ended may be missing', async () => {
    const early: JobStepsResult = { ok: true, jobName: 'build', steps: [step('Set up job', 1, 'success')] };
    const github = new RecordingJobGitHub({ steps: [early, read('failure')] });
    const p = ports({ github });
    const { report } = await post({ jobId: '123' }, env, { ...p, sleep: () => Promise.resolve() }, NOW);
    expect(github.asked.jobSteps).toEqual([123, 123]);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
  });

  it('gives up after 4 reads (2 s after it began), says so, and falls back to its own records', async () => {
    const github = new RecordingJobGitHub({ steps: read('unknown') });
    const paced = pacedFrom(100);
    const p = ports({ github, records: [failedBuild] });
    const { report } = await post({ jobId: '123' }, env, { ...p, ...paced }, NOW);
    expect(github.asked.jobSteps).toHaveLength(4);
    expect(paced.pauses).toEqual([500, 700, 700]);
    expect(report.failures.map((f) => f.step)).toEqual(['build']);
    expect(report.warnings).toContainEqual(
      "the jobs API still showed 'Run make' as running after 4 reads (2 s after post began): its result comes from ci-recovery's own records, and a plain run: step among them is not in this report",
    );
  });

  it('reads once, without a pause or a lag warning, when the runner says the job is green (job.status)', async () => {
    const early: JobStepsResult = { ok: true, jobName: 'build', steps: [step('Set up job', 1, 'success')] };
    const github = new RecordingJobGitHub({ steps: [read('unknown'), early] });
    const p = { ...ports({ github }), sleep: () => Promise.reject(new Error('no pause')) };
    const { report } = await post({ jobId: '123', jobStatus: 'success' }, env, p, NOW);
    expect(github.asked.jobSteps).toEqual([123]);
    expect(report.conclusion).toBe('success');
    expect(report.warnings).toEqual([]);
  });

  it('keeps re-reading when the runner says the job failed or was cancelled', async () => {
    for (const jobStatus of ['failure', 'cancelled']) {
      const github = new RecordingJobGitHub({ steps: [read('unknown'), read('failure')] });
      const p = { ...ports({ github }), sleep: () => Promise.resolve() };
      const { report } = await post({ jobId: '123', jobStatus }, env, p, NOW);
      expect(github.asked.jobSteps).toEqual([123, 123]);
      expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
    }
  });

  it('reads once when every main step has settled: post steps and Complete job are running by nature', async () => {
    const github = new RecordingJobGitHub({ steps: read('success') });
    const p = ports({ github });
    await post({ jobId: '123' }, env, { ...p, sleep: () => Promise.reject(new Error('no pause')) }, NOW);
    expect(github.asked.jobSteps).toEqual([123]);
  });
});

describe('the classifier loads only for a failure to classify', () => {
  const classified: StepRecord = {
    ...failedBuild,
    classification: { type: 'build', confidence: 'high', retryable: false, rule: 'from-run-step' },
  };

  it('a green job, or one whose run/ step classified its own failure, does not need it', () => {
    expect(needsClassifier([passedBuild], [{ name: 'Run make', number: 3, conclusion: 'success' }])).toBe(
      false,
    );
    expect(needsClassifier([classified], undefined)).toBe(false);
  });

  it('loads it before the jobs API is read when the job failed and no run/ step classified it, so it loads while post waits', async () => {
    // The runner says the job failed and no run/ step recorded a verdict: a plain step failed, which only
    // the jobs API reports, and the API still shows it running (the runner sends its end 500 ms later).
    const lagging = (make: StepOutcome['conclusion']): JobStepsResult => ({
      ok: true,
      jobName: 'build',
      steps: [
        { name: 'Run make', number: 2, conclusion: make },
        { name: 'Post Run ci-recovery', number: 3, conclusion: 'unknown' },
      ],
    });
    const run = async (jobStatus: string, records: StepRecord[]) => {
      const events: string[] = [];
      class Watched extends RecordingJobGitHub {
        override jobSteps(jobId: number) {
          events.push('jobs API read');
          return super.jobSteps(jobId);
        }
      }
      const github = new Watched({ steps: [lagging('unknown'), lagging('failure')] });
      const p: PostPorts = {
        ...ports({ github, records }),
        sleep: () => Promise.resolve(void events.push('pause')),
        loadClassifier: async () => {
          events.push('classifier loading');
          const { classify } = await import('../../src/core/classify/index.js');
          return classify;
        },
      };
      const { report } = await post({ jobId: '123', jobStatus }, env, p, NOW);
      return { events, report };
    };
    const failed = await run('failure', []);
    expect(failed.events).toEqual(['classifier loading', 'jobs API read', 'pause', 'jobs API read']);
    expect(failed.report.failures.map((f) => f.step)).toEqual(['Run make']);
    // A failure its run/ step classified: none ahead (the API's plain failure then asks for it, after the read).
    const ownVerdict = await run('failure', [classified]);
    expect(ownVerdict.events.indexOf('classifier loading')).toBeGreaterThan(0);
    // A green job loads none ahead; the lagging step then reads as not failed.
    const green = await run('success', []);
    expect(green.events).toEqual(['jobs API read']);
  });

  it('a failure with no classification of its own needs it, and assessJob refuses to guess without it', () => {
    const apiOnly = [{ name: 'Run make', number: 3, conclusion: 'failure' as const }];
    expect(needsClassifier([failedBuild], undefined)).toBe(true);
    expect(needsClassifier([], apiOnly)).toBe(true);
    expect(() =>
      assessJob({
        start: jobStartOf('', env, '', NOW),
        repo: 'octo-org/demo',
        context: push,
        lane: { lane: 'HEAVY', reason: 'test' },
        config: DEFAULT_CONFIG,
        records: [],
        apiSteps: apiOnly,
        completedStages: [],
        warnings: [],
        now: NOW,
      }),
    ).toThrow('assessJob: a failed step needs facts.classify (see needsClassifier).');
  });
});

describe('phase post: the ledger and the jobs API', () => {
  const read = (make: StepOutcome['conclusion']): JobStepsResult => ({
    ok: true,
    jobName: 'build',
    steps: [
      { name: 'Run make', number: 2, conclusion: make },
      { name: 'Post Run ci-recovery', number: 3, conclusion: 'unknown' },
    ],
  });

  it('restores the ledger while it reads the jobs API, and keeps this job in it', async () => {
    const github = new RecordingJobGitHub({ steps: [read('unknown'), read('failure')] });
    const store = new RecordingJobStore();
    const asked: string[] = [];
    // The read's pause ends only once the ledger has been asked for: a post that waits for the API before
    // it restores the ledger never gets there.
    const sleep = async (): Promise<void> => {
      asked.push(`pause with ${store.restored.length} ledger restore(s) asked`);
      await new Promise((resolve) => setImmediate(resolve));
    };
    const p = { ...ports({ github }), store, sleep };
    const { report } = await post({ jobId: '123' }, env, p, NOW);
    expect(asked).toEqual(['pause with 1 ledger restore(s) asked']);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]!.ledger.entries.at(-1)).toMatchObject({ outcome: 'failure', job: 'build' });
  });

  it("reports the job when the ledger's restore fails, and never fails on it after the API read", async () => {
    const github = new RecordingJobGitHub({ steps: read('success') });
    class FailingStore extends RecordingJobStore {
      override restoreLedger(): Promise<never> {
        return Promise.reject(new Error('cache down'));
      }
    }
    const store = new FailingStore();
    const p = { ...ports({ github }), store, sleep: () => Promise.resolve() };
    await expect(post({ jobId: '123' }, env, p, NOW)).rejects.toThrow('cache down');
    expect(github.asked.jobSteps).toEqual([123]);
  });

  it('a ledger its store could not read (restore resolves undefined): the job is reported, and no ledger saved over it', async () => {
    const github = new RecordingJobGitHub({ steps: [read('failure')] });
    class UnreadStore extends RecordingJobStore {
      override restoreLedger(place: LedgerPlace): Promise<undefined> {
        this.restored.push(place);
        return Promise.resolve(undefined);
      }
    }
    const store = new UnreadStore();
    const p = { ...ports({ github }), store, sleep: () => Promise.resolve() };
    const { report } = await post({ jobId: '123' }, env, p, NOW);
    expect(report.failures.map((f) => f.step)).toEqual(['Run make']);
    expect(store.restored).toHaveLength(1);
    // Not recordOutcome(empty, …): it would become the branch's newest and bury its history.
    expect(store.saved).toEqual([]);
    expect(store.plans).toHaveLength(1);
  });
});

describe('phase post: the flaky-test history', () => {
  const flakyTest = { runner: 'pytest' as const, suite: 'tests/test_api.py', name: 'test_login' };
  const withTests = (tests: StepRecord['tests']): StepRecord => ({ ...passedBuild, tests });

  it("adds the step records' test outcomes to the history and saves it under the job's branch", async () => {
    const store = new RecordingJobStore();
    const p = {
      ...ports({
        context: pr(false),
        records: [withTests([{ id: flakyTest, outcome: 'flaky', retries: 1 }])],
      }),
      store,
    };
    await post({ jobId: '' }, env, p, NOW);
    expect(store.testHistoryLoads).toEqual([
      { branch: 'feature', base: 'main', runId: '77', attempt: 1, job: 'build' },
    ]);
    expect(store.testHistorySaves).toHaveLength(1);
    const saved = store.testHistorySaves[0]!;
    expect(saved.place).toEqual({ branch: 'feature', base: 'main', runId: '77', attempt: 1, job: 'build' });
    expect(saved.history.tests).toEqual([
      {
        key: 'pytest:tests/test_api.py::test_login',
        observations: [
          { sha: 'abc', branch: 'feature', runId: 77, attempt: 1, outcome: 'flaky', at: NOW.toISOString() },
        ],
      },
    ]);
  });

  it('a PR job whose only failed test is known flaky (three earlier commits) is retried at once; a new test is not', async () => {
    const { emptyTestHistory, recordTestOutcomes } = await import('../../src/core/test-history.js');
    let known = emptyTestHistory('main');
    for (let i = 1; i <= 3; i++)
      known = recordTestOutcomes(
        known,
        [{ id: flakyTest, outcome: 'flaky', retries: 1 }],
        { sha: String(i).repeat(40), runId: i, attempt: 1, at: `2026-03-0${i}T00:00:00.000Z` },
        (o) => `${o.id.runner}:${o.id.suite}::${o.id.name}`,
      );
    const failedTest: StepRecord = {
      ...failedBuild,
      classification: { type: 'test', confidence: 'high', retryable: false, rule: 'pytest-failed' },
      decision: {
        strategy: 'manual',
        rule: 'deterministic-pr-manual',
        reason: 'fix it',
        maxAttempts: 1,
        backoffSeconds: 0,
        timeoutMinutes: 10,
        retryInStep: false,
      },
      tests: [{ id: flakyTest, outcome: 'failed', retries: 0 }],
    };
    const run = async (record: StepRecord) => {
      const p = {
        ...ports({ context: pr(false), records: [record] }),
        store: new RecordingJobStore(undefined, known),
      };
      return { ...(await post({ jobId: '' }, env, p, NOW)), store: p.store };
    };
    const flaky = await run(failedTest);
    expect(flaky.report.failures[0]?.decision).toMatchObject({
      strategy: 'retry',
      rule: 'flaky-tests-retry-once',
      backoffSeconds: 0,
    });
    expect(flaky.report.flaky).toBe(true);
    expect(flaky.store.plans[0]).toMatchObject({
      flaky: true,
      flakyTests: ['pytest:tests/test_api.py::test_login'],
    });
    // One more failed test the history has never seen: the change may have broken it, a person looks.
    const other = { runner: 'pytest' as const, suite: 'tests/test_api.py', name: 'test_new' };
    const mixed = await run({
      ...failedTest,
      tests: [...failedTest.tests!, { id: other, outcome: 'failed', retries: 0 }],
    });
    expect(mixed.report.failures[0]?.decision).toMatchObject({
      strategy: 'manual',
      rule: 'deterministic-pr-manual',
    });
    expect(mixed.store.plans[0]).not.toHaveProperty('flakyTests');
    // The change edited the flaky test: not the known flake any more.
    const edited = await run({
      ...failedTest,
      tests: [{ id: flakyTest, outcome: 'failed', retries: 0, changed: true }],
    });
    expect(edited.report.failures[0]?.decision?.strategy).toBe('manual');
  });

  it('a step red only because its tests passed on a re-run (fail-on-passed-after-retry) is a flaky-only failure: the supervisor never reverts for it', async () => {
    const other = { runner: 'pytest' as const, suite: 'tests/test_api.py', name: 'test_logout' };
    const redOnFlaky: StepRecord = {
      ...failedBuild,
      step: 'test',
      stage: 'test',
      classification: { type: 'test', confidence: 'high', retryable: false, rule: 'pytest-failed' },
      tests: [
        { id: flakyTest, outcome: 'flaky', retries: 1 },
        { id: other, outcome: 'flaky', retries: 2 },
      ],
    };
    const p = ports({ context: push, records: [redOnFlaky] });
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(report.conclusion).toBe('failure');
    const plan = p.store.plans[0]!;
    const keys = ['pytest:tests/test_api.py::test_login', 'pytest:tests/test_api.py::test_logout'];
    expect(plan).toMatchObject({ flaky: true, flakyTests: keys });
    // On the default branch, a test failure with a green parent is confirmed, then reverted: not this one.
    const findings = findingsFromPlan(plan)!;
    const SHA = 'a'.repeat(40);
    const run = {
      id: 77,
      attempt: 1,
      latestAttempt: 1,
      workflow: 'CI',
      event: 'push',
      headSha: SHA,
      headBranch: 'main',
      defaultBranch: 'main',
      conclusion: 'failure',
    };
    const decided = supervise({
      run,
      jobs: [{ id: 1, name: 'build', conclusion: 'failure', runAttempt: 1, steps: [] }],
      findings: { build: findings },
      decide: (i) => decide(i),
      commit: { sha: SHA, message: 'Change the parser', parents: ['b'.repeat(40)] },
      parentGreen: true,
      culpritRange: 1,
      revertsToday: 0,
    });
    expect(decided.revert).toBeUndefined();
    expect(decided.jobs[0]!.action).not.toMatch(/revert|confirm-rerun/);
    expect(decided.jobs[0]!.reason).toContain('only known-flaky tests failed (2): never reverted for');
    const summary = renderSuperviseSummary({
      plan: decided,
      details: { run },
      failures: [],
      problems: [],
    });
    expect(summary).toContain('never reverted for');
    // A test that failed for good beside them: not a flaky-only failure.
    const mixed = ports({
      context: push,
      records: [
        { ...redOnFlaky, tests: [...redOnFlaky.tests!, { id: flakyTest, outcome: 'failed', retries: 2 }] },
      ],
    });
    await post({ jobId: '' }, env, mixed, NOW);
    expect(mixed.store.plans[0]).not.toHaveProperty('flakyTests');
  });

  it('names the failed tests, those retried and passed, and what the history knew, escaped, with the time the retry saved', async () => {
    const { emptyTestHistory, recordTestOutcomes } = await import('../../src/core/test-history.js');
    const hostile = {
      runner: 'jest' as const,
      suite: 'src/a.test.ts',
      name: 'renders `</td><img src=x onerror=alert(1)>` | @team',
    };
    let known = emptyTestHistory('main');
    for (let i = 1; i <= 3; i++)
      known = recordTestOutcomes(
        known,
        [{ id: flakyTest, outcome: 'flaky', retries: 1 }],
        { sha: String(i).repeat(40), runId: i, attempt: 1, at: `2026-03-0${i}T00:00:00.000Z` },
        (o) => `${o.id.runner}:${o.id.suite}::${o.id.name}`,
      );
    const lint: StepRecord = {
      ...passedBuild,
      step: 'lint',
      stage: 'lint',
      startedAt: '2026-03-04T04:58:00Z',
    };
    const tests: StepRecord = {
      ...passedBuild,
      step: 'test',
      stage: 'test',
      tests: [
        { id: flakyTest, outcome: 'flaky', retries: 1 },
        { id: hostile, outcome: 'failed', retries: 0, quarantined: true },
      ],
    };
    const github = new RecordingJobGitHub({
      sticky: { status: 'created', removedDuplicates: 0, url: 'https://c' },
    });
    const p = {
      ...ports({
        context: pr(false),
        records: [lint, tests],
        github,
        state: {
          'job-start': JSON.stringify({
            startedAt: '2026-03-04T04:58:00Z',
            attempt: 1,
            runId: '77',
            job: 'build',
          }),
        },
      }),
      store: new RecordingJobStore(undefined, known),
    };
    const { report } = await post({ jobId: '' }, env, p, NOW);
    expect(report.tests?.tests.map((t) => [t.key, t.outcome, t.known?.flaky])).toEqual([
      // A failure that failed the step first; a quarantined one is shown after it, in the step's order.
      ['pytest:tests/test_api.py::test_login', 'flaky', true],
      ['jest:src/a.test.ts::renders `</td><img src=x onerror=alert(1)>` | @team', 'failed', undefined],
    ]);
    const summary = p.runner.summaries.join('');
    expect(summary).toContain('### Tests');
    expect(summary).toContain(
      '| `pytest:tests/test_api.py::test_login` | `test` | retried and passed (1 re-run) | **flaky**: flipped 5 times in its last 3 run(s), 3 same-commit flakes, first seen 2026\\-03\\-01, last seen 2026\\-03\\-03 |',
    );
    // The hostile name stays inside one code span in its cell: no HTML, no cell break, no mention.
    expect(summary).toContain(
      '| ``jest:src/a.test.ts::renders `</td><img src=x onerror=alert(1)>` \\| @team`` | `test` | failed, quarantined (did not fail the step) | new to the history |',
    );
    expect(summary).toContain(
      'test\\-level retry of 1 flaky test\\(s\\) in test \\(no job re\\-run\\): 2m 00s',
    );
    const comment = github.comments[0]!.section.body;
    expect(comment).toContain(
      '- test `pytest:tests/test_api.py::test_login`: retried and passed (1 re-run); **flaky**: flipped 5 times',
    );
    expect(comment).toContain('``jest:src/a.test.ts::renders `</td><img src=x onerror=alert(1)>` | @team``');
    expect(comment).toMatch(/flaky tests retried alone in 1 step\(s\)/);
  });

  it('loads no history for a job whose steps recorded no test (a green job, a plain step failed): no round trip', async () => {
    for (const records of [[passedBuild], [failedBuild], [withTests([])]]) {
      const store = new RecordingJobStore();
      await post({ jobId: '' }, env, { ...ports({ context: pr(false), records }), store }, NOW);
      expect(store.testHistoryLoads).toEqual([]);
      expect(store.testHistorySaves).toEqual([]);
    }
  });

  it('saves nothing when the job met no failed test and no test the history knows, or drops malformed outcomes', async () => {
    const store = new RecordingJobStore();
    const hostile = [
      { id: { ...flakyTest, runner: 'evil' }, outcome: 'failed', retries: 0 },
      { id: { runner: 'jest', suite: 'a.test.ts', name: 'x' }, outcome: 'passed', retries: 0 },
    ] as unknown as StepRecord['tests'];
    const p = { ...ports({ records: [withTests(hostile)] }), store };
    await post({ jobId: '' }, env, p, NOW);
    expect(store.testHistoryLoads).toHaveLength(1);
    expect(store.testHistorySaves).toEqual([]);
  });
});

describe('phase post: what a green job leaves', () => {
  const own = checkpointId({ runId: '77', job: 'build' }, 'deps', 1, 1);
  const saved: StepRecord = {
    kind: 'checkpoint',
    step: 'checkpoint deps',
    stage: 'deps',
    startedAt: '2026-03-04T05:00:00Z',
    completedAt: '2026-03-04T05:00:01Z',
    outcome: 'success',
    attempts: [],
    checkpointId: own,
    checkpointDigest: 'a'.repeat(64),
  };
  const resumed: StepRecord = {
    ...saved,
    checkpointId: checkpointId({ runId: '77', job: 'build' }, 'deps', 0, 1),
  };

  it("deletes this attempt's own checkpoints and saves no ledger entry", async () => {
    const p = ports({ records: [passedBuild, saved, resumed] });
    const { report } = await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(p.store.dropped).toEqual([{ ids: [own], place: { job: 'build', attempt: 1 } }]);
    expect(p.runner.log.records.some((l) => /deleted 2 checkpoint artifact\(s\)/.test(l.message))).toBe(true);
    expect(p.store.saved).toEqual([]);
  });

  it("never deletes another job's checkpoint a restore step recorded, though the other job's key extends this one's", async () => {
    // Job `build-a1-x` of the same run: its ids start with `build`'s prefix and read as `build`'s attempt 1.
    const foreign = checkpointId({ runId: '77', job: 'build-a1-x' }, 'deps', 1, 1);
    const restored: StepRecord = {
      kind: 'restore',
      step: `restore ${foreign}`,
      startedAt: saved.startedAt,
      completedAt: saved.completedAt,
      outcome: 'success',
      attempts: [],
      checkpointId: foreign,
    };
    const p = ports({ records: [passedBuild, restored] });
    await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(p.store.dropped).toEqual([]);
  });

  it('keeps them with keep-checkpoints, and a failed job keeps them and its ledger entry', async () => {
    const kept = ports({ records: [passedBuild, saved] });
    await post({ jobId: '', jobStatus: 'success', keepCheckpoints: true }, env, kept, NOW);
    expect(kept.store.dropped).toEqual([]);
    const failed = ports({ records: [failedBuild, saved] });
    await post({ jobId: '', jobStatus: 'failure' }, env, failed, NOW);
    expect(failed.store.dropped).toEqual([]);
    expect(failed.store.saved).toHaveLength(1);
  });

  it('warns with the permission when the deletion is refused, and the post ends normally', async () => {
    const p = ports({ records: [passedBuild, saved] });
    const store = new RecordingJobStore(undefined, undefined, () => ({
      deleted: 0,
      bytes: 0,
      kept: 2,
      refusal: { status: 403, message: 'Forbidden' },
    }));
    await post({ jobId: '', jobStatus: 'success' }, env, { ...p, store }, NOW);
    const warnings = p.runner.log.records.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings.filter((w) => /checkpoint/.test(w))).toEqual([
      expect.stringMatching(/^ci-recovery: kept 2 .*'permissions: actions: write'/),
    ]);
    expect(p.runner.failed).toBeUndefined();
  });

  it('saves the pass that answers an earlier failure of this job on this commit', async () => {
    const failure: LedgerEntry = {
      runId: 76,
      attempt: 1,
      sha: 'abc',
      job: 'build',
      outcome: 'failure',
      at: '2026-03-04T04:00:00Z',
      signature: 'sig',
    };
    const p = {
      ...ports({ records: [passedBuild] }),
      store: new RecordingJobStore({ ...emptyLedger('main'), entries: [failure] }),
    };
    await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(p.store.saved).toHaveLength(1);
    expect(p.store.saved[0]!.ledger.entries.at(-1)).toMatchObject({ outcome: 'success', sha: 'abc' });
  });

  // Post's round trips: the plan, the ledger and the deletions do not wait for the comment (issue 67: post
  // in parallel, in as few round trips as the services allow).
  it('uploads the plan while the sticky comment is written, then writes the summary', async () => {
    const events: string[] = [];
    let planStarted: () => void = () => undefined;
    const planned = new Promise<void>((resolve) => (planStarted = resolve));
    class SlowComment extends RecordingJobGitHub {
      override async upsertComment(...args: Parameters<RecordingJobGitHub['upsertComment']>) {
        events.push('comment started');
        // Sequential code starts the plan only after this returns: the race then ends on the timer.
        const raced = await Promise.race([
          planned.then(() => 'plan started meanwhile'),
          new Promise<string>((resolve) => setTimeout(() => resolve('plan not started'), 2000)),
        ]);
        events.push(raced);
        return super.upsertComment(...args);
      }
    }
    class Store extends RecordingJobStore {
      override uploadPlan(plan: Parameters<RecordingJobStore['uploadPlan']>[0]) {
        events.push('plan upload');
        planStarted();
        return super.uploadPlan(plan);
      }
    }
    const p = {
      ...ports({ context: pr(false), records: [failedBuild], github: new SlowComment() }),
      store: new Store(),
    };
    await post({ jobId: '' }, env, p, NOW);
    expect(events).toEqual(['plan upload', 'comment started', 'plan started meanwhile']);
    expect(p.store.plans).toHaveLength(1);
    expect(p.runner.summaries.join('')).toContain('build');
  });

  it("reads the PR's comment ahead and loads the plan's client before the jobs API answers, and names this job as the comment's writer", async () => {
    const events: string[] = [];
    class Watched extends RecordingJobGitHub {
      override prefetchComment(pr: number): void {
        events.push(`comment read ahead (#${pr})`);
        super.prefetchComment(pr);
      }
      override jobSteps(jobId: number) {
        events.push('jobs API read');
        return super.jobSteps(jobId);
      }
    }
    class Store extends RecordingJobStore {
      preparePlan(): void {
        events.push('plan client loading');
      }
    }
    const github = new Watched();
    const p = { ...ports({ context: pr(false), records: [failedBuild], github }), store: new Store() };
    await post({ jobId: '4242' }, env, p, NOW);
    expect(events).toEqual(['comment read ahead (#5)', 'plan client loading', 'jobs API read']);
    // A green job uploads no plan: nothing loads for it.
    events.length = 0;
    const green = { ...ports({ context: push, records: [passedBuild] }), store: new Store() };
    await post({ jobId: '4242', jobStatus: 'success' }, env, green, NOW);
    expect(events).toEqual([]);
    expect(github.comments).toHaveLength(1);
    expect(github.writers).toEqual([{ runId: 77, attempt: 1, jobId: 4242 }]);
    // A fork PR's token cannot comment, and a push has no PR: nothing is read ahead.
    const fork = new Watched();
    await post(
      { jobId: '4242' },
      env,
      ports({ context: pr(true), records: [failedBuild], github: fork }),
      NOW,
    );
    expect(fork.prefetched).toEqual([]);
  });

  it('reads the comment ahead asking who the token is at once on a failed job, and on a green one only if a comment is there', async () => {
    const failed = new RecordingJobGitHub();
    await post(
      { jobId: '4242' },
      env,
      ports({ context: pr(false), records: [failedBuild], github: failed }),
      NOW,
    );
    expect(failed.prefetched).toEqual([5]);
    expect(failed.identityAhead).toEqual([true]);
    const green = new RecordingJobGitHub();
    const greenPorts = ports({ context: pr(false), records: [passedBuild], github: green });
    await post({ jobId: '4242', jobStatus: 'success' }, env, greenPorts, NOW);
    expect(green.prefetched).toEqual([5]);
    expect(green.identityAhead).toEqual([false]);
  });

  it('a plan upload that fails still leaves the summary, and post then reports the failure', async () => {
    class Refusing extends RecordingJobStore {
      override uploadPlan(): Promise<void> {
        return Promise.reject(new Error('artifact service: 503'));
      }
    }
    const p = { ...ports({ records: [failedBuild] }), store: new Refusing() };
    await expect(post({ jobId: '' }, env, p, NOW)).rejects.toThrow('artifact service: 503');
    expect(p.runner.summaries.join('')).toContain('build');
  });
});

describe("phase post: a green job and a ledger whose key rules its pass out (the key's digest of open items)", () => {
  /** The branch's newest ledger under the key its save gave it (adapters/ledger-store.ts), counting downloads. */
  class KeyedLedgerStore extends RecordingJobStore {
    downloads = 0;
    constructor(private readonly newest: Ledger) {
      super();
    }
    override restoreLedger(
      place: LedgerPlace,
      options?: { greenPass?: { job: string; sha: string } },
    ): Promise<Ledger | LedgerLeftUnread> {
      this.restored.push(place);
      const key = ledgerKey(place.branch, 70, 1, 'build', openDigest(this.newest));
      const download = (): Promise<Ledger> => (this.downloads++, Promise.resolve(this.newest));
      if (options?.greenPass && keyRulesOutPass(key, options.greenPass))
        return Promise.resolve({ leftUnread: true, read: download });
      return download();
    }
  }
  const at = '2026-03-04T05:00:00Z';
  const earlier = (outcome: LedgerEntry['outcome']): LedgerEntry => ({
    runId: 70,
    attempt: 1,
    sha: 'abc',
    job: 'build',
    outcome,
    at,
  });
  const answered = recordOutcome(recordOutcome(emptyLedger('main'), earlier('failure')), {
    ...earlier('success'),
    attempt: 2,
  });

  it('a green job after a "nothing open" save downloads no ledger and saves none', async () => {
    const store = new KeyedLedgerStore(answered);
    const p = { ...ports({ records: [passedBuild] }), store };
    const { report } = await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(store.restored).toHaveLength(1);
    expect(store.downloads).toBe(0);
    expect(store.saved).toEqual([]);
  });

  it('a green job after an open failure downloads the ledger and records its pass', async () => {
    const store = new KeyedLedgerStore(recordOutcome(emptyLedger('main'), earlier('failure')));
    const p = { ...ports({ records: [passedBuild] }), store };
    await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(store.downloads).toBe(1);
    expect(store.saved.map((s) => s.ledger.entries.map((e) => e.outcome))).toEqual([['failure', 'success']]);
  });

  it("green by the runner's word yet with a failure to record (continue-on-error): downloads it after all and records it", async () => {
    const store = new KeyedLedgerStore(answered);
    const p = { ...ports({ records: [failedBuild] }), store };
    const { report } = await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(report.conclusion).toBe('failure');
    expect(store.downloads).toBe(1);
    expect(store.saved.map((s) => s.ledger.entries.map((e) => e.outcome))).toEqual([
      ['failure', 'success', 'failure'],
    ]);
  });

  it('a job the runner calls failed downloads it as before, settled or not', async () => {
    const store = new KeyedLedgerStore(answered);
    const p = { ...ports({ records: [failedBuild] }), store };
    await post({ jobId: '', jobStatus: 'failure' }, env, p, NOW);
    expect(store.downloads).toBe(1);
    expect(store.saved).toHaveLength(1);
  });
  it('a failure fixed forward (fail S1, pass S2): a green job on S3 downloads no ledger and saves none', async () => {
    const failedS1 = recordOutcome(emptyLedger('main'), { ...earlier('failure'), sha: 'S1' });
    const fixedS2 = recordOutcome(failedS1, { ...earlier('success'), runId: 71, sha: 'S2' });
    const store = new KeyedLedgerStore(fixedS2);
    const p = { ...ports({ records: [passedBuild], context: { ...push, sha: 'S3' } }), store };
    const { report } = await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(report.conclusion).toBe('success');
    expect(store.restored).toHaveLength(1);
    expect(store.downloads).toBe(0);
    expect(store.saved).toEqual([]);
  });

  it('a re-run of the failed commit (green on S1 after fail S1, pass S2) downloads the ledger and records its pass', async () => {
    const failedS1 = recordOutcome(emptyLedger('main'), { ...earlier('failure'), sha: 'S1' });
    const fixedS2 = recordOutcome(failedS1, { ...earlier('success'), runId: 71, sha: 'S2' });
    const store = new KeyedLedgerStore(fixedS2);
    const p = { ...ports({ records: [passedBuild], context: { ...push, sha: 'S1' } }), store };
    await post({ jobId: '', jobStatus: 'success' }, env, p, NOW);
    expect(store.downloads).toBe(1);
    expect(store.saved.map((s) => s.ledger.entries.map((e) => `${e.outcome} ${e.sha}`))).toEqual([
      ['failure S1', 'success S2', 'success S1'],
    ]);
  });
});
