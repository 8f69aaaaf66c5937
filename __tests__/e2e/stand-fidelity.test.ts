/**
 * Where the stand behaves as the runner does, through real jobs.
 *
 * Post and a jobs API that lags the runner: the runner sends step updates in 500 ms batches
 * (JobServerQueue.cs), so a plain `run:` step that just failed may still read `in_progress` when post
 * starts. Post re-reads within about 2 s; the stand holds every update back (here 1.5 s, three runner
 * periods, and until post has read the job once: post's start can take longer than that on a busy
 * machine) so a single read always misses the failure.
 */
import { runJob } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'README.md': 'demo\n' } }];
const jobRoute = '/repos/{owner}/{repo}/actions/jobs/{job_id}';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: seed });
});
afterAll(async () => {
  await stand?.stop();
});

test("post reports a plain run: step's failure the jobs API shows late", async () => {
  const workspace = await checkout(stand, 'main');
  const job = await runJob({
    stand,
    workspace,
    runId: 3101,
    jobId: 7101,
    jobsApiLagMs: 1500,
    jobsApiMissesARead: true,
    steps: [
      { id: 'recovery', uses: '.', with: {} },
      { id: 'compile', name: 'Compile the firmware', run: 'echo "cc: fatal error: no input files"; exit 3' },
    ],
  });
  expect(job.conclusion).toBe('failure');
  const post = job.stage('recovery', 'post')!;
  expect(post.outcome).toBe('success');
  // Read until the step settled: more than once, and the failure is in the report.
  const reads = stand.github.calls.filter((c) => c.route === jobRoute && c.method === 'GET');
  expect(reads.length).toBeGreaterThan(1);
  expect(post.summary).toContain('Compile the firmware');
  expect(post.log).not.toMatch(/still showed/);
});

test('no step gets a GITHUB_TOKEN variable the runner never sets; github.token and env: still give it', async () => {
  const workspace = await checkout(stand, 'main');
  const job = await runJob({
    stand,
    workspace,
    runId: 3102,
    jobId: 7102,
    steps: [
      { id: 'plain', run: 'echo "seen=${GITHUB_TOKEN-unset}" >> "$GITHUB_OUTPUT"' },
      {
        id: 'given',
        env: { GITHUB_TOKEN: '${{ github.token }}' },
        run: 'test -n "$GITHUB_TOKEN" && echo "seen=set" >> "$GITHUB_OUTPUT"',
      },
    ],
  });
  expect(job.conclusion).toBe('success');
  expect(job.steps.plain?.outputs.seen).toBe('unset');
  expect(job.steps.given?.outputs.seen).toBe('set');
});
