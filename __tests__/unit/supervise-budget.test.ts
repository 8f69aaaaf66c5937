/**
 * The supervisor's ports under its budget: the artifact calls, which @actions/artifact leaves without a
 * time limit, end within theirs, one at a time, and the phase's own handling of a failed call takes over.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import { Deadline, SUPERVISE_BUDGET } from '../../src/adapters/deadline.js';
import type { Octokit } from '../../src/adapters/github.js';
import { downloadPlans } from '../../src/adapters/plan-artifact.js';
import { artifactCalls, boundedSupervisorGitHub } from '../../src/supervise/adapters/supervise-budget.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { buildPlan } from '../../src/core/plan-artifact.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'supervise-budget-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

it('keeping the rollback record, when the upload never ends, is given up after the artifact limit with a reason', async () => {
  const logger = new RecordingLogger();
  const budget = { deadline: new Deadline(60_000, SUPERVISE_BUDGET), logger, artifactMs: 300 };
  const github = boundedSupervisorGitHub(
    supervisorGitHub({
      octokit: {} as Octokit,
      repo: { owner: 'o', repo: 'r' },
      token: 'ghs_test',
      logger,
      tempDir: tmp,
      uploadArtifact: never, // a service that never answers
      artifactCall: artifactCalls(budget),
    }),
    budget,
  );
  const started = Date.now();
  await expect(github.keepArtifact('ci-recovery-rollback-abc.yml', 'record')).rejects.toThrow(
    "uploading the artifact 'ci-recovery-rollback-abc.yml' did not finish within 0 s; given up so the job goes on (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)",
  );
  expect(Date.now() - started).toBeLessThan(2000);
  expect(budget.deadline.abandoned).toEqual(["uploading the artifact 'ci-recovery-rollback-abc.yml'"]);
});

it("a plan whose download never ends is given up alone: the run's other plans are read", async () => {
  const plan = (job: string, attempt: number) =>
    buildPlan({
      repo: 'o/r',
      runId: 91,
      attempt,
      jobId: 300 + attempt,
      job,
      lane: 'STANDARD',
      conclusion: 'failure',
      failedSteps: [],
      completedStages: [],
      checkpoints: [],
    });
  const listed = [
    { id: 1, name: 'ci-recovery-plan-build-a1', size: 100 },
    { id: 2, name: 'ci-recovery-plan-lint-a1', size: 100 },
  ];
  const client = {
    listArtifacts: () => Promise.resolve({ artifacts: listed }),
    downloadArtifact: (id: number, { path: into }: { path: string }) => {
      if (id === 1) return never(); // blob storage accepts and never answers
      writeFileSync(path.join(into, 'plan.json'), JSON.stringify(plan('lint', 1)));
      return Promise.resolve({ downloadPath: into });
    },
  } as unknown as ArtifactClient;
  const logger = new RecordingLogger();
  const budget = { deadline: new Deadline(60_000, SUPERVISE_BUDGET), logger, artifactMs: 300 };
  const { plans, problems } = await downloadPlans({
    token: 'ghs_test',
    runId: 91,
    repo: { owner: 'o', repo: 'r' },
    logger,
    tempDir: tmp,
    client,
    within: artifactCalls(budget),
  });
  expect(plans.map((p) => p.jobKey)).toEqual(['lint']);
  expect(problems).toEqual([
    "recovery plan 'ci-recovery-plan-build-a1' could not be read: downloading the recovery plan 'ci-recovery-plan-build-a1' did not finish within 0 s; given up so the job goes on (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)",
  ]);
});

it('once the budget is spent, a REST call is refused at once, naming the budget and its variable', async () => {
  const logger = new RecordingLogger();
  const deadline = new Deadline(0, SUPERVISE_BUDGET);
  const octokit = { rest: { actions: { getWorkflowRun: never } } };
  const github = boundedSupervisorGitHub(
    supervisorGitHub({
      octokit: octokit as unknown as Octokit,
      repo: { owner: 'o', repo: 'r' },
      token: 'ghs_test',
      logger,
      tempDir: tmp,
    }),
    { deadline, logger, artifactMs: 60_000 },
  );
  await expect(github.readRun(91)).rejects.toThrow(
    "reading run 91 was abandoned: the supervisor's time budget of 0 s is spent (CI_RECOVERY_SUPERVISE_BUDGET_SECONDS sets it)",
  );
  expect(logger.messages('warning')).toEqual([
    "ci-recovery supervisor: reading run 91 was abandoned: the supervisor's time budget of 0 s is spent (CI_RECOVERY_SUPERVISE_BUDGET_SECONDS sets it).",
  ]);
});
