/**
 * GitHub Enterprise Server (issue 45: 6) on the stand's GHES mode: another server host, a job context
 * without `check_run_id` and `workflow_*`, and no v2 cache service to call (GHES runs v1 only, which
 * @actions/cache falls back to itself). A keyed path is packed in the checkpoint, not looked up there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { runJob } from '../../stand/runner/job.js';
import { quietly, setEnv } from './stand-helpers.js';
import { saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { readJobEnv } from '../../src/runner/adapters/job-env.js';
import { MemoryStore } from '../../src/checkpoint/index.js';
import { githubPort } from '../../src/adapters/job-ports.js';
import { jobOfRunner } from '../../src/core/job-of-runner.js';

let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: 4506, jobId: 9, ghes: true });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ghes-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

test("the stand's GHES job has no job.check_run_id nor job.workflow_*, and ci-recovery reads it as GHES", async () => {
  const ws = path.join(tmp, 'ws-context');
  mkdirSync(ws);
  const job = await runJob({
    stand,
    workspace: ws,
    steps: [
      {
        id: 'ctx',
        env: {
          ID: '${{ job.check_run_id }}',
          REPO: '${{ job.workflow_repository }}',
          SHA: '${{ job.workflow_sha }}',
        },
        run: 'echo "id=[$ID] repo=[$REPO] sha=[$SHA] server=$GITHUB_SERVER_URL"',
      },
    ],
  });
  expect(job.stage('ctx')?.stdout).toContain('id=[] repo=[] sha=[] server=https://ghes.example.com');
  expect(readJobEnv().ghes).toBe(true);
});

test('a keyed path is packed in full on GHES: the v2 cache service is never called', async () => {
  const ws = path.join(tmp, 'ws-keyed');
  mkdirSync(path.join(ws, 'node_modules/pkg'), { recursive: true });
  writeFileSync(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(path.join(ws, 'node_modules/pkg/index.js'), 'module.exports = 1;\n');
  const logger = new RecordingLogger();
  const before = stand.results.calls.length;
  const { value: saved } = await quietly(() =>
    saveCheckpoint({
      store: new MemoryStore(),
      workspace: ws,
      paths: ['node_modules'],
      id: 'ghes-keyed',
      meta: { job: 'build', runId: '4506', attempt: 1, stage: 'install', completedStages: [] },
      keyed: [{ path: 'node_modules', hashFiles: ['package-lock.json'] }],
      logger,
    }),
  );
  expect(stand.results.calls.slice(before)).toEqual([]);
  expect(saved.manifest.changed).toContain('node_modules/pkg/index.js');
  expect(logger.messages('info').join('\n')).toContain(
    "keyed path 'node_modules' is packed in full: no cache service in this job",
  );
});

test("without job.check_run_id the job is found by its runner among the attempt's jobs, and its steps read", async () => {
  // Two legs of one matrix, both named by the key, on two runners; only the runner tells them apart.
  if (!stand.github.run(4506)) stand.github.addRun({ id: 4506, repo: stand.repo });
  const mine = stand.github.addJob({
    repo: stand.repo,
    runId: 4506,
    name: 'build',
    runnerName: 'ghes-runner-2',
    steps: [{ name: 'Run make', number: 2, status: 'completed', conclusion: 'failure' }],
  });
  stand.github.addJob({ repo: stand.repo, runId: 4506, name: 'build', runnerName: 'ghes-runner-1' });
  const port = githubPort(stand.token, readJobEnv(), new RecordingLogger(), {
    baseUrl: stand.env.GITHUB_API_URL!,
  });
  const listed = await port.attemptJobs(4506, 1);
  expect(listed.ok).toBe(true);
  const found = jobOfRunner(listed.ok ? listed.jobs : [], { runnerName: 'ghes-runner-2', jobKey: 'build' });
  expect(found).toEqual({ found: true, jobId: mine.id, by: 'runner' });
  const steps = await port.jobSteps(mine.id);
  expect(steps.ok && steps.steps.map((s) => [s.name, s.conclusion])).toEqual([['Run make', 'failure']]);
});
