/**
 * The supervisor's ports under its budget: the artifact calls, which @actions/artifact leaves without a
 * time limit, end within theirs, and the phase's own handling of a failed call takes over.
 */
import { Deadline, SUPERVISE_BUDGET } from '../../src/adapters/deadline.js';
import { boundedSupervisorGitHub } from '../../src/adapters/supervise-budget.js';
import { supervisorGitHub } from '../../src/adapters/supervisor-github.js';
import type { Octokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/ports/logger.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'supervise-budget-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('keeping the rollback record, when the upload never ends, is given up after the artifact limit with a reason', async () => {
  const logger = new RecordingLogger();
  const deadline = new Deadline(60_000, SUPERVISE_BUDGET);
  const github = boundedSupervisorGitHub(
    supervisorGitHub({
      octokit: {} as Octokit,
      repo: { owner: 'o', repo: 'r' },
      token: 'ghs_test',
      logger,
      tempDir: tmp,
      uploadArtifact: () => new Promise<void>(() => undefined), // a service that never answers
    }),
    { deadline, logger, artifactMs: 300 },
  );
  const started = Date.now();
  await expect(github.keepArtifact('ci-recovery-rollback-abc.yml', 'record')).rejects.toThrow(
    "uploading the artifact 'ci-recovery-rollback-abc.yml' did not finish within 0 s; given up so the job goes on (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)",
  );
  expect(Date.now() - started).toBeLessThan(2000);
  expect(deadline.abandoned).toEqual(["uploading the artifact 'ci-recovery-rollback-abc.yml'"]);
  expect(logger.messages('warning')).toEqual([
    "ci-recovery supervisor: uploading the artifact 'ci-recovery-rollback-abc.yml' did not finish within 0 s; given up so the job goes on (CI_RECOVERY_STORE_STALL_SECONDS sets this limit).",
  ]);
});

it('once the budget is spent, a REST call is refused at once, naming the budget and its variable', async () => {
  const logger = new RecordingLogger();
  const deadline = new Deadline(0, SUPERVISE_BUDGET);
  const octokit = { rest: { actions: { getWorkflowRun: () => new Promise(() => undefined) } } };
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
});
