/**
 * Names a pull request controls (job names, matrix values, stage names, what GitHub answers about them)
 * reach every place ci-recovery writes as plain text, and a careless config file gets an error in its own
 * terms: the real dist/ bundles (main, checkpoint/, run/, post, supervise/) on the stand.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isStickyComment } from '../../src/core/report/comment.js';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { runSupervisor, seedRun } from '../../stand/scenarios/supervise-stand.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

// Markup GitHub would render, a team mention, a cross-reference and a workflow command.
const HOSTILE =
  '<details open><summary>x</summary><img src=https://evil.example/p.png> [click](javascript:alert(1)) @octo-org/admins #123 ::error title=pwn::owned';

/** Lines of `markdown` outside code spans and fences that carry raw markup, a mention or a reference. */
function rawMarkup(markdown: string): string[] {
  const hits: string[] = [];
  let fence = '';
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,})/.exec(line);
    if (m?.[1] && (fence === '' || m[1].startsWith(fence))) {
      fence = fence === '' ? m[1] : '';
      continue;
    }
    if (fence !== '') continue;
    // Code spans render literally: drop them, then look at what is left.
    const prose = line.replace(/(`+)(?:(?!\1).)+?\1/g, '');
    if (/<img\b|<details open|\]\(javascript:|(^|[^\w;])@octo-org\/admins|(^|[^\\\w])#123\b/i.test(prose))
      hits.push(line);
  }
  return hits;
}

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
});
afterAll(async () => {
  await stand?.stop();
});

/** A failing job of PR 7; `steps` come before the failing one. */
async function prJob(
  jobId: number,
  jobName: string,
  steps: Parameters<typeof runJob>[0]['steps'] = [],
): Promise<JobResult> {
  const base = stand.git.seeded.at(-1)!;
  const workspace = await checkout(stand, 'main');
  return runJob({
    stand,
    workspace,
    runId: 4701,
    jobId,
    jobKey: 'unit',
    jobName,
    ref: 'refs/pull/7/merge',
    event: {
      name: 'pull_request',
      payload: {
        repository: { default_branch: 'main', full_name: stand.repo },
        pull_request: {
          number: 7,
          base: { ref: 'main', sha: base, repo: { full_name: stand.repo } },
          head: { ref: 'feature', sha: base, repo: { full_name: stand.repo } },
          labels: [],
        },
      },
    },
    env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    steps: [
      { id: 'recovery', uses: '.', with: {} },
      ...steps,
      { id: 'test', uses: 'run', with: { stage: 'test', run: 'echo boom; exit 3' } },
    ],
  });
}

describe('hostile names in what post writes', () => {
  // Two legs of a matrix whose names share their first 100 characters (long matrix values).
  const long = `unit (${'very-long-matrix-value-'.repeat(5)}`;
  let first: JobResult;
  let second: JobResult;
  beforeAll(async () => {
    stand.github.addPull({
      repo: stand.repo,
      number: 7,
      head: { ref: 'feature', sha: stand.git.seeded.at(-1)! },
    });
    const store = `dir:${path.join(stand.root, 'hostile-store')}`;
    // A checkpoint step whose stage name the PR wrote, and that saves nothing: a warning of our own step.
    first = await prJob(9701, `${long}, 1)`, [
      { id: 'ckpt', uses: 'checkpoint', with: { paths: 'nothing-here', stage: `s ${HOSTILE}`, store } },
    ]);
    second = await prJob(9702, `${long}, 2)`);
  }, 120_000);

  it("the summary's warning about our own step names the stage as text: no markup, mention or reference", () => {
    const post = first.stage('recovery', 'post')!;
    expect(post.outcome).toBe('success');
    expect(post.summary).toContain('did not complete');
    expect(rawMarkup(post.summary)).toEqual([]);
  });

  it('two matrix legs with long names keep a section each in the sticky comment', () => {
    expect(second.stage('recovery', 'post')!.outcome).toBe('success');
    const comments = stand.github.state.comments.filter(
      (c) => c.issueNumber === 7 && isStickyComment(c.body),
    );
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    // Each leg's report is there: neither erased the other.
    expect(body.match(/<!-- ci-recovery:job:/g)).toHaveLength(2);
    expect(body).toContain('/job/9701)');
    expect(body).toContain('/job/9702)');
    expect(rawMarkup(body)).toEqual([]);
  });
});

describe('a config file of two YAML documents', () => {
  it('main names the file and the line of the second document, and says to keep one document', async () => {
    const workspace = await checkout(stand, 'main');
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(
      path.join(workspace, '.github', 'ci-recovery.yml'),
      'ledger:\n  enabled: true\n---\nbudgets:\n  STANDARD: { backoff-seconds: 0 }\n',
    );
    const job = await runJob({
      stand,
      workspace,
      runId: 4702,
      jobId: 9703,
      steps: [{ id: 'recovery', uses: '.' }],
    });
    const main = job.stage('recovery', 'main')!;
    expect(main.outcome).toBe('failure');
    const error = main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(/\.github\/ci-recovery\.yml:3:1: .*second YAML document/);
    expect(error).toMatch(/one YAML document: remove this '---' line/);
    // Neither the parser's function nor the generic syntax advice.
    expect(error).not.toMatch(/parseAllDocuments|missing colon/);
  }, 60_000);
});

describe('hostile job names in what the supervisor writes', () => {
  it("a job whose annotations cannot be read is named as text in the summary's limits", async () => {
    const sha = stand.git.seeded.at(-1)!;
    const run = seedRun(stand, {
      sha,
      branch: 'feature',
      event: 'pull_request',
      jobs: [{ name: `build ${HOSTILE}`, conclusion: 'failure', log: 'nothing decisive\n' }],
    });
    // Neither the log nor the annotations can be read: the job's name goes into the report's limits.
    stand.github.fail('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', 404, {
      message: 'Not Found',
    });
    stand.github.fail('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', 404, {
      message: 'Not Found',
    });
    try {
      const supervisor = await runSupervisor(stand, { runId: run.id, runAttempt: 1 });
      expect(supervisor.job.conclusion).toBe('success');
      expect(supervisor.summary).toContain('Limits of this report');
      expect(supervisor.summary).toContain('not read');
      expect(rawMarkup(supervisor.summary)).toEqual([]);
    } finally {
      stand.github.clearFailures();
    }
  }, 60_000);
});
