/**
 * The sticky PR comment against the local GitHub REST API (every response validated against GitHub's
 * OpenAPI description): create, update in place, several jobs' sections, duplicates, racing writers,
 * and the read-only token of a fork PR.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as github from '@actions/github';
import { readSticky, upsertStickyComment } from '../../src/adapters/sticky-comment.js';
import { getOctokit, unspaced, type Octokit } from '../../src/adapters/github.js';
import { othersWriting } from '../../src/adapters/jobs-api.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { STICKY_MARKER, mergeSection, parseStickyBody } from '../../src/core/report/comment.js';
import { startGitHubApi, type GitHubApi } from '../../stand/services/github-api.js';
import { timedLessCpuWait } from '../cpu-time.js';

const TOKEN = 'ghs_stickytesttoken';
const REPO = { owner: 'octo-org', repo: 'demo' };
const FULL = 'octo-org/demo';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const FAST = { settleMs: 20 };

let api: GitHubApi;
let octokit: ReturnType<typeof github.getOctokit>;

beforeAll(async () => {
  api = await startGitHubApi({ token: TOKEN });
  api.addRepo(FULL);
  octokit = github.getOctokit(TOKEN, { baseUrl: api.url });
});
afterAll(async () => {
  await api.stop();
});
afterEach(() => {
  api.clearFailures();
  expect(api.validationErrors).toEqual([]);
});

const stickyOn = (issue: number): { id: number; body: string }[] =>
  api.state.comments
    .filter((c) => c.issueNumber === issue && c.body.startsWith(STICKY_MARKER))
    .map((c) => ({ id: c.id, body: c.body }));
const callsTo = (method: string, issue?: number): number =>
  api.calls.filter(
    (c) => c.method === method && (issue === undefined || c.path.includes(`/issues/${issue}/`)),
  ).length;

/**
 * The first `n` listings of the PR's comments wait for each other, so `n` writers all see the same state
 * before any of them writes: the race is forced, not left to timing.
 */
function forceRace(n: number, lateMs = 0): void {
  let waiting: (() => void)[] = [];
  let seen = 0;
  api.route('GET', COMMENTS, async (req, self) => {
    const issue = Number(req.params.issue_number);
    // A slow API: later listings are read on the server `lateMs` after they were sent.
    if (seen >= n && lateMs > 0) await new Promise((resolve) => setTimeout(resolve, lateMs));
    const snapshot = self.state.comments
      .filter((c) => c.repo === req.repo && c.issueNumber === issue)
      .map((c) => self.commentObject(c));
    if (++seen <= n) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === n) {
          waiting.forEach((r) => r());
          waiting = [];
        }
      });
    }
    return { status: 200, body: snapshot };
  });
}

describe('upsertStickyComment', () => {
  it('creates the comment, adds other jobs as sections, updates in place, and is idempotent', async () => {
    const issue = 10;
    const log = new RecordingLogger();
    const first = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build failed', runId: 1, attempt: 1 },
      log,
      FAST,
    );
    expect(first.status).toBe('created');
    const second = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'test',
      { body: 'test passed', runId: 1, attempt: 1 },
      log,
      FAST,
    );
    expect(second).toMatchObject({ status: 'updated', commentId: first.commentId });
    const third = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build recovered', runId: 1, attempt: 2 },
      log,
      FAST,
    );
    expect(third).toMatchObject({ status: 'updated', commentId: first.commentId });

    const comments = stickyOn(issue);
    expect(comments).toHaveLength(1);
    expect(parseStickyBody(comments[0]!.body)).toEqual([
      { key: 'build', body: 'build recovered', runId: 1, attempt: 2 },
      { key: 'test', body: 'test passed', runId: 1, attempt: 1 },
    ]);

    const patches = callsTo('PATCH');
    const again = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build recovered', runId: 1, attempt: 2 },
      log,
      FAST,
    );
    expect(again).toMatchObject({ status: 'unchanged', commentId: first.commentId, removedDuplicates: 0 });
    expect(callsTo('PATCH')).toBe(patches);
    expect(log.messages('warning')).toEqual([]);
  });

  it('finds its comment past the first page, and ignores quotes of it and other comments', async () => {
    const issue = 11;
    for (let i = 0; i < 130; i++)
      api.addComment({ repo: FULL, issueNumber: issue, body: `chatter ${i}`, user: 'octocat' });
    const existing = api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'lint', body: 'lint ok' }),
    });
    api.addComment({ repo: FULL, issueNumber: issue, body: `> ${existing.body}\n\nwhy?`, user: 'octocat' });

    const result = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      'build ok',
      new RecordingLogger(),
      FAST,
    );
    expect(result).toMatchObject({ status: 'updated', commentId: existing.id, removedDuplicates: 0 });
    expect(parseStickyBody(stickyOn(issue)[0]!.body).map((s) => s.key)).toEqual(['lint', 'build']);
    expect(api.state.comments.filter((c) => c.issueNumber === issue)).toHaveLength(132);
  });

  it('updateOnly (a green job) turns its own earlier section to fixed, and creates nothing where it had none', async () => {
    const issue = 25;
    const quiet = { ...FAST, updateOnly: true };
    // No comment on the PR: nothing is created.
    const none = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      'fixed',
      new RecordingLogger(),
      quiet,
    );
    expect(none).toMatchObject({ status: 'unchanged', removedDuplicates: 0 });
    expect(stickyOn(issue)).toEqual([]);
    expect(callsTo('POST', issue)).toBe(0);
    // A comment with another job's section only: left alone.
    const existing = api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'lint', body: 'lint failed', runId: 1, attempt: 1 }),
    });
    await upsertStickyComment(octokit, REPO, issue, 'build', 'fixed', new RecordingLogger(), quiet);
    expect(stickyOn(issue)).toEqual([{ id: existing.id, body: existing.body }]);
    // The build failed in run 1; run 2 passes: its section is updated in place.
    await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build failed', runId: 1, attempt: 1 },
      new RecordingLogger(),
      FAST,
    );
    const fixed = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build fixed', runId: 2, attempt: 1 },
      new RecordingLogger(),
      quiet,
    );
    expect(fixed).toMatchObject({ status: 'updated', commentId: existing.id });
    expect(parseStickyBody(stickyOn(issue)[0]!.body).map((s) => [s.key, s.body])).toEqual([
      ['lint', 'lint failed'],
      ['build', 'build fixed'],
    ]);
    expect(stickyOn(issue)).toHaveLength(1);
  });

  it('never adopts, edits, merges or deletes a comment that starts with the marker but was written by someone else', async () => {
    const issue = 30;
    // Older than any of ours, with forged sections: raw HTML, an image, a phishing link, a team mention,
    // and a run id that would win every merge.
    const forgedBody = mergeSection(undefined, {
      key: 'build',
      body: '<img src=x onerror=alert(1)> [re-run here](https://evil.example) @octo-org/admins',
      runId: Number.MAX_SAFE_INTEGER,
      attempt: 99,
    });
    const forged = api.addComment({ repo: FULL, issueNumber: issue, body: forgedBody, user: 'mallory' });
    const log = new RecordingLogger();
    // A client that has not written yet: the marker on the PR makes it ask who the token is.
    const fresh = github.getOctokit(TOKEN, { baseUrl: api.url });
    const before = api.calls.length;
    const result = await upsertStickyComment(
      fresh,
      REPO,
      issue,
      'build',
      { body: 'build failed', runId: 7, attempt: 1 },
      log,
      FAST,
    );
    expect(result.status).toBe('created');
    expect(result.commentId).not.toBe(forged.id);
    const forgedNow = api.state.comments.find((c) => c.id === forged.id);
    expect(forgedNow?.body).toBe(forgedBody); // untouched, not deleted
    const ours = api.state.comments.find((c) => c.id === result.commentId)!;
    expect(ours.user).toBe('github-actions[bot]');
    expect(ours.body).not.toContain('evil.example');
    expect(ours.body).not.toContain('@octo-org/admins');
    expect(parseStickyBody(ours.body)).toEqual([
      expect.objectContaining({ key: 'build', body: 'build failed' }),
    ]);
    expect(callsTo('PATCH', issue) + callsTo('DELETE')).toBe(0);
    // The GITHUB_TOKEN may not ask GET /user: the identity fell back to github-actions[bot].
    expect(
      api.calls.slice(before).some((c) => c.method === 'GET' && c.path === '/user' && c.status === 403),
    ).toBe(true);
  });

  it("a PR's first comment asks nobody who the token is, so nothing holds its write or the waits after", async () => {
    // Octokit's throttling counts GraphQL's `viewer` question as a write: the comment's POST would wait a
    // second behind it, and the settling waits, which follow the write's time, two to four seconds each.
    const fresh = github.getOctokit(TOKEN, { baseUrl: api.url });
    const before = api.calls.length;
    const result = await upsertStickyComment(
      fresh,
      REPO,
      31,
      'build',
      { body: 'build failed', runId: 7, attempt: 1 },
      new RecordingLogger(),
      FAST,
    );
    expect(result.status).toBe('created');
    const asked = api.calls.slice(before).map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(asked).not.toContain('GET /user');
    expect(asked).not.toContain('POST /graphql');
    // The verifying reads found the comment as ours (by the identity its creation answered): one, no duplicate.
    expect(stickyOn(31)).toHaveLength(1);
    expect(asked.filter((c) => c === 'GET /repos/octo-org/demo/issues/31/comments').length).toBeGreaterThan(
      1,
    );
    // Nothing between the first listing and the write: the comment is posted right after it is known absent.
    expect(asked.slice(0, 2)).toEqual([
      'GET /repos/octo-org/demo/issues/31/comments',
      'POST /repos/octo-org/demo/issues/31/comments',
    ]);
  });

  it("a green job's read ahead asks who the token is only once it finds a sticky comment; a failed job's at once", async () => {
    const asked = (from: number): string[] =>
      api.calls.slice(from).map((c) => `${c.method} ${c.path.split('?')[0]}`);
    const identity = (calls: string[]): string[] =>
      calls.filter((c) => c === 'GET /user' || c === 'POST /graphql');
    // A PR no job has commented on (most PRs of a green job): the comments' listing alone.
    let before = api.calls.length;
    const none = await readSticky(github.getOctokit(TOKEN, { baseUrl: api.url }), REPO, 33, 'if-sticky');
    expect(none.comments).toEqual([]);
    expect(asked(before)).toEqual(['GET /repos/octo-org/demo/issues/33/comments']);
    // A sticky comment there (a section this job may mark fixed): who the token is, asked once it is seen,
    // so the write that follows finds it asked.
    api.addComment({
      repo: FULL,
      issueNumber: 34,
      body: mergeSection(undefined, { key: 'build', body: 'build failed', runId: 7 }),
    });
    const client = github.getOctokit(TOKEN, { baseUrl: api.url });
    before = api.calls.length;
    const found = await readSticky(client, REPO, 34, 'if-sticky');
    expect(found.comments).toHaveLength(1);
    // The question goes out after the listing, unawaited: it reaches the API soon after.
    for (let waited = 0; identity(asked(before)).length === 0 && waited < 5_000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(identity(asked(before)).length).toBeGreaterThan(0);
    expect(asked(before)[0]).toBe('GET /repos/octo-org/demo/issues/34/comments');
    // A failed job's read ahead asks it at once, even where no comment is there yet.
    before = api.calls.length;
    await readSticky(github.getOctokit(TOKEN, { baseUrl: api.url }), REPO, 35, true);
    expect(identity(asked(before)).length).toBeGreaterThan(0);
  });

  it('keeps the oldest of duplicate comments, folds in their sections, deletes the rest', async () => {
    const issue = 12;
    const oldest = api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'a', body: 'a from oldest', runId: 5 }),
    });
    api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'b', body: 'b only here', runId: 5 }),
    });
    api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'a', body: 'a newer', runId: 6 }),
    });

    const result = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'c',
      { body: 'c new', runId: 6 },
      new RecordingLogger(),
      FAST,
    );
    expect(result).toMatchObject({ status: 'updated', commentId: oldest.id, removedDuplicates: 2 });
    const comments = stickyOn(issue);
    expect(comments.map((c) => c.id)).toEqual([oldest.id]);
    expect(parseStickyBody(comments[0]!.body)).toEqual([
      { key: 'a', body: 'a newer', runId: 6 },
      { key: 'b', body: 'b only here', runId: 5 },
      { key: 'c', body: 'c new', runId: 6 },
    ]);
  });

  it('two posts racing on a PR with no comment end with exactly one comment holding both sections', async () => {
    const issue = 13;
    forceRace(2);
    const [a, b] = await Promise.all([
      upsertStickyComment(
        octokit,
        REPO,
        issue,
        'unit',
        { body: 'unit: manual', runId: 30, attempt: 1 },
        new RecordingLogger(),
        FAST,
      ),
      upsertStickyComment(
        octokit,
        REPO,
        issue,
        'e2e',
        { body: 'e2e: passed', runId: 30, attempt: 1 },
        new RecordingLogger(),
        FAST,
      ),
    ]);
    // The race really happened: both created a comment.
    expect(a.status).toBe('created');
    expect(b.status).toBe('created');
    expect(callsTo('POST', issue)).toBe(2);
    const comments = stickyOn(issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(Math.min(a.commentId!, b.commentId!));
    expect(
      parseStickyBody(comments[0]!.body)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['e2e', 'unit']);
    expect(a.removedDuplicates + b.removedDuplicates).toBeGreaterThanOrEqual(1);
  });

  it('five jobs racing on a slow API (each read and write answers 80 ms late) lose no section', async () => {
    // A loaded machine or a slow API: a writer that read before our write may still be sending its stale
    // body when we read to verify. The wait before that read grows with the API's own slowness.
    const issue = 18;
    api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'setup', body: 'setup ok', runId: 41 }),
    });
    forceRace(5, 80);
    const slowWrites = api.route(
      'PATCH',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      async (req, self) => {
        await new Promise((resolve) => setTimeout(resolve, 80));
        const comment = self.state.comments.find((c) => c.id === Number(req.params.comment_id));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment.body = (req.body as { body: string }).body;
        return { status: 200, body: self.commentObject(comment) };
      },
    );
    try {
      const keys = ['k1', 'k2', 'k3', 'k4', 'k5'];
      await Promise.all(
        keys.map((k) =>
          upsertStickyComment(
            octokit,
            REPO,
            issue,
            k,
            { body: `${k} done`, runId: 41 },
            new RecordingLogger(),
            FAST,
          ),
        ),
      );
      expect(
        parseStickyBody(stickyOn(issue)[0]!.body)
          .map((s) => s.key)
          .sort(),
      ).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'setup']);
    } finally {
      slowWrites();
    }
  });

  it('a writer whose stale body lands 600 ms after ours (writes slower than reads) loses no section', async () => {
    // GitHub's writes are slower than its reads, and Octokit's throttling queues them. The second job reads
    // while the first one's write is on its way (550 ms into it), so its body lacks the first one's section and lands ~600 ms
    // after it: the first job must still be looking when it does.
    const issue = 19;
    api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'setup', body: 'setup ok', runId: 42 }),
    });
    let firstWriteSent: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (firstWriteSent = resolve));
    const slowWrites = api.route(
      'PATCH',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      async (req, self) => {
        firstWriteSent();
        await new Promise((resolve) => setTimeout(resolve, 600));
        const comment = self.state.comments.find((c) => c.id === Number(req.params.comment_id));
        if (!comment) return { status: 404, body: { message: 'Not Found' } };
        comment.body = (req.body as { body: string }).body;
        return { status: 200, body: self.commentObject(comment) };
      },
    );
    const write = (key: string): Promise<unknown> =>
      upsertStickyComment(
        octokit,
        REPO,
        issue,
        key,
        { body: `${key} done`, runId: 42 },
        new RecordingLogger(),
        FAST,
      );
    try {
      await Promise.all([
        write('early'),
        firstWrite.then(() => new Promise((resolve) => setTimeout(resolve, 550))).then(() => write('late')),
      ]);
      expect(
        parseStickyBody(stickyOn(issue)[0]!.body)
          .map((s) => s.key)
          .sort(),
      ).toEqual(['early', 'late', 'setup']);
    } finally {
      slowWrites();
    }
  });

  it('five jobs racing to update one existing comment lose no section', async () => {
    const issue = 14;
    api.addComment({
      repo: FULL,
      issueNumber: issue,
      body: mergeSection(undefined, { key: 'setup', body: 'setup ok', runId: 40 }),
    });
    forceRace(5);
    const keys = ['j1', 'j2', 'j3', 'j4', 'j5'];
    const results = await Promise.all(
      keys.map((k) =>
        upsertStickyComment(
          octokit,
          REPO,
          issue,
          k,
          { body: `${k} done`, runId: 40 },
          new RecordingLogger(),
          FAST,
        ),
      ),
    );
    expect(results.every((r) => r.status === 'updated')).toBe(true);
    const comments = stickyOn(issue);
    expect(comments).toHaveLength(1);
    expect(
      parseStickyBody(comments[0]!.body)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['j1', 'j2', 'j3', 'j4', 'j5', 'setup']);
  });

  it('a fork PR (read-only token: 403 on create) degrades without throwing and says the supervisor will comment', async () => {
    const issue = 15;
    api.fail('POST', COMMENTS, 403);
    const log = new RecordingLogger();
    const result = await upsertStickyComment(octokit, REPO, issue, 'build', 'x', log, FAST);
    expect(result.status).toBe('degraded');
    expect(result.reason).toMatch(/supervisor/);
    expect(log.messages('notice').join('\n')).toMatch(/supervisor workflow will post the comment/);
    expect(stickyOn(issue)).toHaveLength(0);
  });

  it('an API outage is reported as failed with a warning, never thrown', async () => {
    const issue = 16;
    api.fail('GET', COMMENTS, 500, { message: 'Server Error' });
    const log = new RecordingLogger();
    const result = await upsertStickyComment(octokit, REPO, issue, 'build', 'x', log, FAST);
    expect(result.status).toBe('failed');
    expect(log.messages('warning').join('\n')).toMatch(/could not update the PR comment \(500\)/);
  });

  it('keeps the body under 65,536 characters (the API would refuse more)', async () => {
    const issue = 17;
    const big = Array.from({ length: 3000 }, (_, i) => `- ${i} ${'y'.repeat(40)}`).join('\n');
    await upsertStickyComment(octokit, REPO, issue, 'a', big, new RecordingLogger(), FAST);
    const result = await upsertStickyComment(octokit, REPO, issue, 'b', big, new RecordingLogger(), FAST);
    expect(result.status).toBe('updated');
    const body = stickyOn(issue)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(parseStickyBody(body).map((s) => s.key)).toEqual(['a', 'b']);
    expect(body).toContain('Cut to fit');
  });
});

describe('a writer no other can race', () => {
  const QUIET = { owner: 'octo-org', repo: 'quiet' };
  const ours = { runId: 0, attempt: 1, jobId: 0 };
  const client = (): Octokit => getOctokit(TOKEN, { baseUrl: api.url, logger: new RecordingLogger() });

  beforeAll(() => {
    api.addRepo('octo-org/quiet');
    const run = api.addRun({ repo: 'octo-org/quiet', status: 'in_progress' });
    const job = api.addJob({ repo: 'octo-org/quiet', runId: run.id, status: 'in_progress' });
    Object.assign(ours, { runId: run.id, jobId: job.id });
  });

  it('writes once and leaves: no verifying read, and no wait, where the Actions API shows no other writer', async () => {
    const issue = 40;
    await upsertStickyComment(octokit, REPO, issue, 'lint', 'lint failed', new RecordingLogger(), FAST);
    const before = api.calls.length;
    const result = await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'build',
      { body: 'build failed', runId: 8, attempt: 1 },
      new RecordingLogger(),
      { ...FAST, othersWriting: () => Promise.resolve(false) },
    );
    expect(result.status).toBe('updated');
    const listings = api.calls
      .slice(before)
      .filter((c) => c.method === 'GET' && c.path.includes('/comments'));
    expect(listings).toHaveLength(1);
    expect(parseStickyBody(stickyOn(issue)[0]!.body).map((s) => s.key)).toEqual(['lint', 'build']);
    // Where one may be racing (or the question fails), it looks again before it leaves, as before.
    const again = api.calls.length;
    await upsertStickyComment(octokit, REPO, issue, 'build', 'build failed again', new RecordingLogger(), {
      ...FAST,
      othersWriting: () => Promise.reject(new Error('no answer')),
    });
    const verifying = api.calls
      .slice(again)
      .filter((c) => c.method === 'GET' && c.path.includes('/comments'));
    expect(verifying.length).toBeGreaterThan(1);
    // A green job with no section to mark fixed writes nothing, so it asks nobody about racers either.
    let asked = 0;
    await upsertStickyComment(octokit, REPO, issue, 'deploy', 'fixed', new RecordingLogger(), {
      ...FAST,
      updateOnly: true,
      othersWriting: () => Promise.resolve(++asked > 0),
    });
    expect(asked).toBe(0);
  });

  // A post reads the comments ahead, then classifies: another job's post can create the comment and end
  // meanwhile. With nobody left racing, that job cannot fold the duplicate back (a rehearsal's e2e post-report
  // ended with two sticky comments this way).
  it("a read ahead made before another job's post created the comment and ended: one fresh read, no duplicate", async () => {
    const alone = { ...FAST, othersWriting: () => Promise.resolve(false) };
    const issue = 41;
    const ahead = readSticky(octokit, REPO, issue);
    await ahead;
    await upsertStickyComment(
      octokit,
      REPO,
      issue,
      'unit (1)',
      'unit 1 failed',
      new RecordingLogger(),
      alone,
    );
    const before = api.calls.length;
    await upsertStickyComment(octokit, REPO, issue, 'unit (2)', 'unit 2 failed', new RecordingLogger(), {
      ...alone,
      firstRead: ahead,
    });
    expect(stickyOn(issue)).toHaveLength(1);
    expect(parseStickyBody(stickyOn(issue)[0]!.body).map((s) => s.key)).toEqual(['unit (1)', 'unit (2)']);
    const listings = api.calls
      .slice(before)
      .filter((c) => c.method === 'GET' && c.path.includes('/comments'));
    expect(listings).toHaveLength(1); // the one fresh read; the read ahead was the first round's
  });

  it("a read ahead made before another job's post added its section to the comment and ended: that section is kept", async () => {
    const alone = { ...FAST, othersWriting: () => Promise.resolve(false) };
    const issue = 42;
    const log = new RecordingLogger();
    await upsertStickyComment(octokit, REPO, issue, 'unit (1)', 'unit 1 failed', log, alone);
    const ahead = readSticky(octokit, REPO, issue);
    await ahead;
    await upsertStickyComment(octokit, REPO, issue, 'unit (2)', 'unit 2 failed', log, alone);
    const before = api.calls.length;
    await upsertStickyComment(octokit, REPO, issue, 'unit (3)', 'unit 3 failed', log, {
      ...alone,
      firstRead: ahead,
    });
    expect(stickyOn(issue)).toHaveLength(1);
    expect(parseStickyBody(stickyOn(issue)[0]!.body).map((s) => s.key)).toEqual([
      'unit (1)',
      'unit (2)',
      'unit (3)',
    ]);
    const reads = api.calls.slice(before).filter((c) => c.method === 'GET' && c.path.includes('/comments'));
    // The comment about to be overwritten, read again; no listing: the write came from that fresh read.
    expect(reads.map((c) => c.path)).toEqual([expect.stringMatching(/\/issues\/comments\/\d+$/)]);
  });

  it('a read ahead that already shows this section as it would be written reads nothing more', async () => {
    const alone = { ...FAST, othersWriting: () => Promise.resolve(false) };
    const issue = 43;
    const log = new RecordingLogger();
    await upsertStickyComment(octokit, REPO, issue, 'unit (1)', 'unit 1 failed', log, alone);
    const ahead = readSticky(octokit, REPO, issue);
    await ahead;
    const before = api.calls.length;
    const result = await upsertStickyComment(octokit, REPO, issue, 'unit (1)', 'unit 1 failed', log, {
      ...alone,
      firstRead: ahead,
    });
    expect(result.status).toBe('unchanged');
    expect(api.calls.slice(before).filter((c) => c.path.includes('/comments'))).toEqual([]);
  });

  it('is told by the Actions API: another job of the attempt or another run in progress is a racer; a queued job is not', async () => {
    expect(await othersWriting(client(), QUIET, ours)).toBe(false);
    const queued = api.addJob({ repo: 'octo-org/quiet', runId: ours.runId, status: 'queued' });
    expect(await othersWriting(client(), QUIET, ours)).toBe(false);
    queued.status = 'in_progress';
    expect(await othersWriting(client(), QUIET, ours)).toBe(true);
    queued.status = 'completed';
    expect(await othersWriting(client(), QUIET, ours)).toBe(false);
    const other = api.addRun({ repo: 'octo-org/quiet', status: 'in_progress', name: 'Supervisor' });
    expect(await othersWriting(client(), QUIET, ours)).toBe(true);
    other.status = 'completed';
    // A read the token may not make counts as a racer: the comment then waits and looks again.
    api.fail('GET', '/repos/{owner}/{repo}/actions/runs', 403);
    expect(await othersWriting(client(), QUIET, ours)).toBe(true);
  });

  it('tells a writer that knows only its run (the supervisor) it is alone only while its job is the one in progress', async () => {
    const run = api.addRun({ repo: 'octo-org/quiet', status: 'in_progress', name: 'Supervise' });
    const self = { runId: run.id, attempt: 1 };
    const earlier = api.run(ours.runId)!;
    earlier.status = 'completed';
    try {
      // Its own job not shown in progress yet: the API has not caught up, so nothing is known.
      expect(await othersWriting(client(), QUIET, self)).toBe(true);
      api.addJob({ repo: 'octo-org/quiet', runId: run.id, status: 'in_progress' });
      expect(await othersWriting(client(), QUIET, self)).toBe(false);
      const sibling = api.addJob({ repo: 'octo-org/quiet', runId: run.id, status: 'queued' });
      expect(await othersWriting(client(), QUIET, self)).toBe(false);
      sibling.status = 'in_progress';
      expect(await othersWriting(client(), QUIET, self)).toBe(true);
      sibling.status = 'completed';
      // Another run of the repository in progress is a racer, as for any writer.
      earlier.status = 'in_progress';
      expect(await othersWriting(client(), QUIET, self)).toBe(true);
    } finally {
      earlier.status = 'in_progress';
      run.status = 'completed';
    }
  });

  it('asks who the token is off the write spacing: GraphQL questions do not wait a second apart', async () => {
    const octo = client();
    // Through the spacing Octokit gives writes (it counts POST /graphql as one), 12 would take 11 s at least.
    // (The fake serves no GraphQL: each question is answered 404, after the same spacing.) The time this
    // process waited for a CPU is taken off: a loaded machine slows the questions, it adds no spacing.
    const { ms } = await timedLessCpuWait(async () => {
      for (let i = 0; i < 12; i++)
        await unspaced(octo)
          .graphql('query { viewer { login } }')
          .catch(() => undefined);
    });
    expect(api.calls.filter((c) => c.path === '/graphql').length).toBeGreaterThanOrEqual(12);
    expect(ms).toBeLessThan(8_000);
    expect(unspaced(octo)).not.toBe(octo);
  });
});
