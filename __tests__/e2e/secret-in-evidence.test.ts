/**
 * A credential a failing command prints (a token in a URL, a token of a known shape) is the job's secret:
 * the runner masks it in the live log, but ci-recovery reads the command's output itself, and what it
 * quotes from it (the decisive line) goes to the PR comment through the API, which the runner never masks,
 * and to the summary. The real dist/ bundles (main, run/, post) on the stand.
 */
import { isStickyComment } from '../../src/core/report/comment.js';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

// Shaped as GitHub's installation token and a PAT; neither is real.
const URL_TOKEN = 'ghs_Zq3v8Kx1LmN0pQrS2tUvW4yZaB6cD8eF0gH2';
const PAT = 'ghp_Yx7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2H1g';

let stand: Stand;
let job: JobResult;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
  stand.github.addPull({
    repo: stand.repo,
    number: 8,
    head: { ref: 'feature', sha: stand.git.seeded.at(-1)! },
  });
  const base = stand.git.seeded.at(-1)!;
  const workspace = await checkout(stand, 'main');
  job = await runJob({
    stand,
    workspace,
    runId: 4801,
    jobId: 9801,
    jobKey: 'unit',
    jobName: 'unit',
    ref: 'refs/pull/8/merge',
    event: {
      name: 'pull_request',
      payload: {
        repository: { default_branch: 'main', full_name: stand.repo },
        pull_request: {
          number: 8,
          base: { ref: 'main', sha: base, repo: { full_name: stand.repo } },
          head: { ref: 'feature', sha: base, repo: { full_name: stand.repo } },
          labels: [],
        },
      },
    },
    env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    secrets: [URL_TOKEN, PAT],
    steps: [
      { id: 'recovery', uses: '.', with: {} },
      {
        id: 'fetch',
        uses: 'run',
        env: { PUSH_TOKEN: URL_TOKEN, API_TOKEN: PAT },
        with: {
          stage: 'fetch',
          run:
            `echo "fatal: unable to access 'https://x-access-token:$PUSH_TOKEN@github.com/o/r.git/': The requested URL returned error: 403"; ` +
            'echo "Authorization: token $API_TOKEN"; exit 128',
        },
      },
    ],
  });
}, 120_000);
afterAll(async () => {
  await stand?.stop();
});

describe('a token the failing command printed', () => {
  it('is not in the sticky PR comment (the API does not mask it)', () => {
    expect(job.stage('recovery', 'post')!.outcome).toBe('success');
    const comments = stand.github.state.comments.filter(
      (c) => c.issueNumber === 8 && isStickyComment(c.body),
    );
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('github.com/o/r.git');
    expect(body).not.toContain(URL_TOKEN);
    expect(body).not.toContain(PAT);
  });

  it('is not in the job summary', () => {
    const summary = job.stages.map((s) => s.summary).join('');
    expect(summary).not.toContain(URL_TOKEN);
    expect(summary).not.toContain(PAT);
  });
});
