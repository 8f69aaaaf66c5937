/**
 * readChange against real git repositories (a bare origin, a full clone and a depth-1 clone that must be
 * deepened to find the merge base) and against the local GitHub REST API (validated against GitHub's OpenAPI
 * description) for the PR files API path.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as github from '@actions/github';
import { gitChange, readChange } from '../../src/adapters/changed-files.js';
import { DEFAULT_REST_POLICY, getOctokit } from '../../src/adapters/github.js';
import picomatch from 'picomatch';
import { decideLane, DEFAULT_LANE_RULES } from '../../src/core/lanes.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { GitHubApi } from '../../stand/services/github-api.js';
import { timedLessCpuWait } from '../cpu-time.js';
import { processesLeft, silentRemote } from '../silent-remote.js';

let root: string;
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
const commit = (cwd: string, file: string, content: string): void => {
  mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
  writeFileSync(path.join(cwd, file), content);
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', `change ${file}`);
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'changed-files-'));
  const work = path.join(root, 'work');
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  commit(work, 'src/app.ts', 'export const a = 0;\n');
  // Enough history on both sides that a depth-1 clone does not contain the merge base.
  for (let i = 1; i <= 60; i++) commit(work, 'src/app.ts', `export const a = ${i};\n`);
  git(work, 'checkout', '-q', '-b', 'docs-change');
  for (let i = 1; i <= 70; i++) commit(work, 'docs/guide.md', `# Guide\n${'line\n'.repeat(i)}`);
  commit(work, 'README.md', 'hello\nworld\n');
  git(work, 'checkout', '-q', 'main');
  for (let i = 1; i <= 70; i++) commit(work, 'src/other.ts', `export const b = ${i};\n`);
  git(work, 'clone', '-q', '--bare', work, path.join(root, 'origin.git'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a full clone: files and changed lines against the merge base, not against the tip of main', async () => {
  const clone = path.join(root, 'full');
  git(root, 'clone', '-q', '--branch', 'docs-change', path.join(root, 'origin.git'), clone);
  const change = await readChange({ cwd: clone, base: 'main' });
  expect(change.files?.sort()).toEqual(['README.md', 'docs/guide.md']);
  expect(change.changedLines).toBe(70 + 1 + 2);
  expect(decideLane(change, DEFAULT_LANE_RULES, picomatch)).toEqual({
    lane: 'DOCS',
    reason: 'all 2 changed files are docs',
  });
});

test('a depth-1 clone of the branch is deepened until the merge base is found', async () => {
  const clone = path.join(root, 'shallow');
  git(
    root,
    'clone',
    '-q',
    '--depth=1',
    '--branch',
    'docs-change',
    `file://${path.join(root, 'origin.git')}`,
    clone,
  );
  expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
  const change = await readChange({ cwd: clone, base: 'main' });
  expect(change.files?.sort()).toEqual(['README.md', 'docs/guide.md']);
  expect(change.changedLines).toBe(73);
  expect(Number(git(clone, 'rev-list', '--count', 'HEAD'))).toBeGreaterThan(1);
});

test("a depth-1 clone of a pull request's merge commit, as actions/checkout makes it: the search for the base (fetches) ends once `enough` aborts", async () => {
  // The PR's merge commit, on the origin as GitHub keeps it (refs/pull/N/merge).
  const work = path.join(root, 'work');
  git(work, 'checkout', '-q', '--detach', 'main');
  git(work, 'merge', '-q', '--no-ff', '--no-edit', 'docs-change');
  git(path.join(root, 'origin.git'), 'fetch', '-q', work, '+HEAD:refs/pull/7/merge');
  git(work, 'checkout', '-q', 'main');
  const checkout = (name: string): string => {
    const clone = path.join(root, name);
    mkdirSync(clone);
    git(clone, 'init', '-q');
    git(clone, 'remote', 'add', 'origin', `file://${path.join(root, 'origin.git')}`);
    git(
      clone,
      'fetch',
      '-q',
      '--no-tags',
      '--depth=1',
      'origin',
      '+refs/pull/7/merge:refs/remotes/pull/7/merge',
    );
    git(clone, 'checkout', '-q', '--force', 'refs/remotes/pull/7/merge');
    return clone;
  };
  const skipped = checkout('pr-merge-skip');
  const change = await gitChange(skipped, 'main', { enough: AbortSignal.abort() });
  expect(change.files).toBeUndefined();
  expect(change.unknownBecause).toMatch(/not in this clone; not searched for/);
  // Nothing was fetched: no origin/main, the clone still one commit deep.
  expect(() => git(skipped, 'rev-parse', '--verify', '--quiet', 'refs/remotes/origin/main')).toThrow();
  expect(git(skipped, 'rev-list', '--count', 'HEAD')).toBe('1');

  // Not aborted (an API that has not answered): git searches, fetches and finds the change, as before.
  const searched = checkout('pr-merge-search');
  const found = await gitChange(searched, 'main', { enough: new AbortController().signal });
  expect(found.files?.sort()).toEqual(['README.md', 'docs/guide.md']);

  // Aborted once the search has begun: it ends there, and says so.
  const ended = checkout('pr-merge-ended');
  const enough = new AbortController();
  const ending = gitChange(ended, 'main', { enough: enough.signal });
  setTimeout(() => enough.abort(), 5);
  expect((await ending).unknownBecause).toMatch(/not in this clone; not searched for/);
});

test("a push's before (a full commit id) is the base itself, in a full clone and in a depth-1 clone that fetches it", async () => {
  const full = path.join(root, 'push-full');
  git(root, 'clone', '-q', '--branch', 'main', path.join(root, 'origin.git'), full);
  const before = git(full, 'rev-parse', 'HEAD~3');
  // The three commits since: one line of src/other.ts changed in all.
  expect(await gitChange(full, before)).toEqual({ files: ['src/other.ts'], changedLines: 2 });
  const shallow = path.join(root, 'push-shallow');
  git(
    root,
    'clone',
    '-q',
    '--depth=1',
    '--branch',
    'main',
    `file://${path.join(root, 'origin.git')}`,
    shallow,
  );
  expect(await gitChange(shallow, before)).toEqual({ files: ['src/other.ts'], changedLines: 2 });
});

test('no repository, no base, or a base that does not exist: the change is unknown (STANDARD), and says why', async () => {
  const empty = path.join(root, 'not-a-repo');
  mkdirSync(empty);
  expect(await readChange({ cwd: empty, base: 'main' })).toEqual({
    unknownBecause: `${empty} is not a git work tree`,
  });
  const clone = path.join(root, 'full');
  expect(await readChange({ cwd: clone })).toEqual({ unknownBecause: 'no base branch to compare with' });
  const change = await readChange({ cwd: clone, base: 'no-such-branch' });
  expect(change).toEqual({
    unknownBecause: "the base 'no-such-branch' is not a known commit or branch here, nor on origin",
  });
  expect(decideLane(change, DEFAULT_LANE_RULES, picomatch)).toEqual({
    lane: 'STANDARD',
    reason:
      "changed files unknown: the base 'no-such-branch' is not a known commit or branch here, nor on origin",
  });
});

test('an origin that accepts and never answers: the fetch is given up after its stall limit and the change is unknown', async () => {
  const remote = await silentRemote();
  const { port } = remote;
  try {
    // A clone of a branch with no base in it, whose origin then goes silent: main must fetch the base.
    const clone = path.join(root, 'silent-origin');
    git(root, 'clone', '-q', '--single-branch', '-b', 'docs-change', path.join(root, 'origin.git'), clone);
    git(clone, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/o/r.git`);
    const { value: change, ms } = await timedLessCpuWait(() => gitChange(clone, 'main', { stallMs: 500 }));
    expect(change).toEqual({
      unknownBecause: "the base 'main' is not a known commit or branch here, nor on origin",
    });
    expect(ms).toBeLessThan(8000); // less the time this process waited for a CPU
    // Nothing of the fetch outlives it: git's HTTP helper, which killing git leaves behind, ends too.
    expect(await processesLeft(port)).toEqual([]);
  } finally {
    await remote.close();
  }
});

test('a fetch that main gives up on (its budget spent) is ended at once, its HTTP helper soon after', async () => {
  const remote = await silentRemote();
  const { port } = remote;
  try {
    const clone = path.join(root, 'abandoned-origin');
    git(root, 'clone', '-q', '--single-branch', '-b', 'docs-change', path.join(root, 'origin.git'), clone);
    git(clone, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/o/r.git`);
    // Only the abort (main's budget, 0.7 s) ends this fetch before its 6 s stall limit: a bound of 3.5 s
    // keeps a clear margin on both sides on a busy machine (with a 3 s limit and 2.5 s it had 0.5 s), less
    // the time this process waited for a CPU (git's own waits are not taken off).
    const { value: change, ms } = await timedLessCpuWait(() =>
      gitChange(clone, 'main', { stallMs: 6000, signal: AbortSignal.timeout(700) }),
    );
    expect(change).toEqual({
      unknownBecause: "the base 'main' is not a known commit or branch here, nor on origin",
    });
    expect(ms).toBeLessThan(3500);
    // The helper, which curl's low-speed limit (the stall limit) ends, within twice that limit.
    expect(await processesLeft(port, 12_000)).toEqual([]);
  } finally {
    await remote.close();
  }
}, 30_000);

describe('the PR files API when there is no history', () => {
  const api = new GitHubApi();
  beforeAll(() => api.listen());
  afterAll(() => api.stop());

  test('pages through the files, takes the size and labels from the PR', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `docs/page-${i}.md`,
      additions: 2,
      deletions: 1,
    }));
    api.addPull({ repo: 'octo/app', number: 7, head: { ref: 'docs', sha: 'a'.repeat(40) }, files });
    api.addLabel('octo/app', 7, 'documentation');
    const octokit = github.getOctokit('token', { baseUrl: api.url });
    const change = await readChange({ cwd: root, octokit, repo: { owner: 'octo', repo: 'app' }, pr: 7 });
    expect(change.files).toHaveLength(250);
    expect(change.files?.[249]).toBe('docs/page-249.md');
    expect(change.changedLines).toBe(750);
    expect(change.labels).toEqual(['documentation']);
    expect(api.validationErrors).toEqual([]);
    expect(api.calls.filter((c) => c.path.endsWith('/files') || c.path.includes('/files?')).length).toBe(3);
  });

  test('a rate limit that outlasts the wait the policy accepts: STANDARD, and the reason names the limit', async () => {
    api.addPull({ repo: 'octo/app', number: 9, head: { ref: 'x', sha: 'c'.repeat(40) }, files: [] });
    api.rateLimit('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 'primary', { waitSeconds: 3600 });
    const logger = new RecordingLogger();
    const octokit = getOctokit('token', {
      baseUrl: api.url,
      policy: { ...DEFAULT_REST_POLICY, msPerSecond: 1 },
      logger,
    });
    const change = await readChange({ cwd: root, octokit, repo: { owner: 'octo', repo: 'app' }, pr: 9 });
    expect(logger.messages('warning')).toEqual([
      expect.stringMatching(
        /^ci-recovery: GitHub's primary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}: giving up \(0 retries made, reset in 3[56]\d\d s\)$/,
      ),
    ]);
    expect(decideLane(change, DEFAULT_LANE_RULES, picomatch)).toEqual({
      lane: 'STANDARD',
      reason:
        'changed files unknown: no base branch to compare with; pull request #9 could not be read through the API (403: API rate limit exceeded for installation ID 4242. If you reach out to GitHub Support for help, please include the request ID FAKE:RATE.)',
    });
  });

  test('past the 3,000-file limit the files are unknown but the size still makes it HEAVY', async () => {
    const files = Array.from({ length: 3001 }, (_, i) => ({
      filename: `docs/p${i}.md`,
      additions: 1,
      deletions: 0,
    }));
    api.addPull({ repo: 'octo/app', number: 8, head: { ref: 'big', sha: 'b'.repeat(40) }, files });
    const octokit = github.getOctokit('token', { baseUrl: api.url });
    const change = await readChange({ cwd: root, octokit, repo: { owner: 'octo', repo: 'app' }, pr: 8 });
    expect(change.files).toBeUndefined();
    expect(change.unknownBecause).toBe(
      'no base branch to compare with; pull request #8 changes 3001 files, more than the API lists (3000)',
    );
    expect(decideLane(change, DEFAULT_LANE_RULES, picomatch)).toMatchObject({ lane: 'HEAVY' });
    // Without the size rule, the fall-back to STANDARD names the API's limit.
    expect(decideLane(change, { ...DEFAULT_LANE_RULES, heavyDiffLines: 1e9 }, picomatch)).toEqual({
      lane: 'STANDARD',
      reason:
        'changed files unknown: no base branch to compare with; pull request #8 changes 3001 files, more than the API lists (3000)',
    });
  });
});
