/**
 * The real `dist/run.js` bundle under Node 24, run by the local runner like a job step, around a quiet download
 * (`curl -s`, no `-S`) that a server cuts short: curl prints nothing and exits 18, so the step's status is all there
 * is. run/ reads it as the job log would (evidence-pieces.ts downloadLine): network, and retries it in the step.
 * Needs a built dist: `flock /tmp/build.lock npm run build`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { misbehavingServer, type MisbehavingServer } from '../../stand/misbehaving-server.js';
import { runJob } from '../../stand/runner/job.js';
import { summarize } from '../../stand/scenarios/network-retry.js';
import { repoRoot } from '../../stand/services/paths.js';

let server: MisbehavingServer;
let workspace = '';
let runnerTemp = '';

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  server = await misbehavingServer('truncated');
  workspace = await mkdtemp(path.join(os.tmpdir(), 'silent-download-'));
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
});
afterAll(async () => {
  await server.close();
  await rm(workspace, { recursive: true, force: true });
  await rm(runnerTemp, { recursive: true, force: true });
});

test('a curl -s cut short is network in the step and retried: the retry fetches from the mirror', async () => {
  const run = `curl -s -o tool.tgz http://127.0.0.1:${server.port}/tool.tgz`;
  const job = await runJob({
    workspace,
    runnerTemp,
    env: { CI_RECOVERY_LANE: 'STANDARD' },
    steps: [
      {
        id: 'fetch',
        uses: 'run',
        with: {
          stage: 'fetch',
          'backoff-seconds': 0,
          run,
          'new-command-on-retry': 'printf mirror > tool.tgz',
        },
      },
    ],
  });
  const r = await summarize(job, 'fetch');
  expect({ conclusion: r.conclusion, ...r.outputs }).toMatchObject({
    conclusion: 'success',
    attempts: '2',
    'failure-type': 'network',
    strategy: 'retry',
    evidence: `${run}: exit 18`,
  });
  expect(r.records[0]?.attempts.map((a) => [a.attempt, a.exitCode, a.classification?.type])).toEqual([
    [1, 18, 'network'],
    [2, 0, undefined],
  ]);
  expect(server.requests).toBe(1);
});
