/** The git revert adapter against real git: a bare remote reached as https://github.com/o/r via insteadOf. */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cloneDefaultBranch,
  commitInfo,
  culpritRange,
  pushHead,
  revertCommit,
  validateBranch,
  validateSha,
} from '../../src/supervise/adapters/git-revert.js';
import { UserError } from '../../src/core/errors.js';
import { timedLessCpuWait } from '../cpu-time.js';
import { processesLeft, silentRemote } from '../silent-remote.js';

const env0 = { ...process.env };
let root: string;
let bare: string;
let work: string;
let n = 0;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
    },
  }).trim();
}
function commit(files: Record<string, string>, message: string): string {
  for (const [f, content] of Object.entries(files)) writeFileSync(path.join(work, f), content);
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', message);
  return git(work, 'rev-parse', 'HEAD');
}
const clone = (): Promise<Awaited<ReturnType<typeof cloneDefaultBranch>>> =>
  cloneDefaultBranch({
    url: 'https://github.com/o/r',
    dir: path.join(root, `clone-${(n += 1)}`),
    branch: 'main',
    token: 'not-a-real-token',
  });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'revert-git-'));
  bare = path.join(root, 'r.git');
  work = path.join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  git(work, 'remote', 'add', 'origin', bare);
  // The test stand's mapping of github.com to the bare repository, which the adapter must keep.
  process.env.GIT_CONFIG_COUNT = '1';
  process.env.GIT_CONFIG_KEY_0 = `url.${bare}.insteadOf`;
  process.env.GIT_CONFIG_VALUE_0 = 'https://github.com/o/r';
});
afterEach(() => {
  process.env = { ...env0 };
  rmSync(root, { recursive: true, force: true });
});

test('the revert branch holds exactly the inverse of the culprit, on top of later commits', async () => {
  commit({ 'a.txt': 'one\ntwo\nthree\n', 'b.txt': 'b\n' }, 'base');
  const culprit = commit({ 'a.txt': 'one\nTWO\nthree\n', 'c.txt': 'new file\n' }, 'break the build');
  commit({ 'b.txt': 'b2\n' }, 'unrelated later change');
  git(work, 'push', '-q', 'origin', 'main');
  const tip = git(work, 'rev-parse', 'HEAD');

  const repo = await clone();
  const result = await revertCommit(repo, culprit);
  expect(result).toMatchObject({ ok: true, parent: tip });
  expect(result.ok && result.mainline).toBeFalsy();
  expect(await pushHead(repo, 'ci-recovery/revert-' + culprit.slice(0, 12))).toEqual({
    ok: true,
    ref: `refs/heads/ci-recovery/revert-${culprit.slice(0, 12)}`,
  });

  const branch = `ci-recovery/revert-${culprit.slice(0, 12)}`;
  git(work, 'fetch', '-q', 'origin', branch);
  // The branch is one commit on the tip, and its change is the culprit's change reversed.
  expect(git(work, 'rev-parse', 'FETCH_HEAD^')).toBe(tip);
  expect(git(work, 'diff', tip, 'FETCH_HEAD')).toBe(git(work, 'diff', culprit, `${culprit}^`));
  expect(git(work, 'log', '-1', '--format=%an%n%B', 'FETCH_HEAD')).toContain(
    `This reverts commit ${culprit}`,
  );
});

test('a merge commit is reverted against parent 1', async () => {
  commit({ 'a.txt': 'a\n' }, 'base');
  git(work, 'checkout', '-q', '-b', 'feature');
  commit({ 'f.txt': 'feature\n' }, 'feature work');
  commit({ 'a.txt': 'a\nfeature line\n' }, 'more feature work');
  git(work, 'checkout', '-q', 'main');
  commit({ 'm.txt': 'main moved\n' }, 'main moves');
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from o/feature', 'feature');
  const merge = git(work, 'rev-parse', 'HEAD');
  git(work, 'push', '-q', 'origin', 'main');

  const repo = await clone();
  expect((await commitInfo(repo, merge)).parents).toHaveLength(2);
  const result = await revertCommit(repo, merge);
  expect(result).toMatchObject({ ok: true, mainline: 1, parent: merge });
  const head = result.ok ? result.commit : '';
  // Reverting against parent 1 restores exactly the first parent's tree (the feature's changes go away).
  expect(git(repo.dir, 'rev-parse', `${head}^{tree}`)).toBe(git(work, 'rev-parse', `${merge}^1^{tree}`));
  expect(existsSync(path.join(repo.dir, 'f.txt'))).toBe(false);
  expect(existsSync(path.join(repo.dir, 'm.txt'))).toBe(true);
});

test('a conflict is aborted and reported with the file, leaving the clone clean', async () => {
  commit({ 'a.txt': 'one\n' }, 'base');
  const culprit = commit({ 'a.txt': 'two\n' }, 'change');
  commit({ 'a.txt': 'three\n' }, 'change again');
  git(work, 'push', '-q', 'origin', 'main');
  const repo = await clone();
  const before = git(repo.dir, 'rev-parse', 'HEAD');
  const result = await revertCommit(repo, culprit);
  expect(result).toEqual({
    ok: false,
    conflict: true,
    files: ['a.txt'],
    reason: `reverting ${culprit.slice(0, 12)} conflicts in a.txt`,
  });
  expect(git(repo.dir, 'status', '--porcelain')).toBe('');
  expect(git(repo.dir, 'rev-parse', 'HEAD')).toBe(before);
});

test('culprit range counts first-parent commits since the last green one', async () => {
  const green = commit({ 'a.txt': '1\n' }, 'green');
  const one = commit({ 'a.txt': '2\n' }, 'one');
  commit({ 'a.txt': '3\n' }, 'two');
  const three = commit({ 'a.txt': '4\n' }, 'three');
  git(work, 'push', '-q', 'origin', 'main');
  const repo = await clone();
  expect(await culpritRange(repo, green, one)).toBe(1);
  expect(await culpritRange(repo, green, three)).toBe(3);
  expect(await culpritRange(repo, three, green)).toBeUndefined();
});

test('a commit that is not on the default branch is refused', async () => {
  commit({ 'a.txt': '1\n' }, 'base');
  git(work, 'push', '-q', 'origin', 'main');
  git(work, 'checkout', '-q', '-b', 'pr');
  const prCommit = commit({ 'evil.sh': 'echo pwned\n' }, 'PR code');
  git(work, 'push', '-q', 'origin', 'pr');
  const repo = await clone();
  await expect(revertCommit(repo, prCommit)).rejects.toThrow(/not on the default branch 'main'/);
  // Only the default branch was cloned: the PR's branch and files are not there.
  expect(git(repo.dir, 'branch', '-a')).not.toContain('pr');
  expect(existsSync(path.join(repo.dir, 'evil.sh'))).toBe(false);
});

test('branch protection refusing a push is named with the fix', async () => {
  commit({ 'a.txt': '1\n' }, 'base');
  const culprit = commit({ 'a.txt': '2\n' }, 'next');
  git(work, 'push', '-q', 'origin', 'main');
  const hook = path.join(bare, 'hooks', 'pre-receive');
  writeFileSync(
    hook,
    '#!/bin/sh\necho "error: GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
  );
  chmodSync(hook, 0o755);
  const repo = await clone();
  expect(await revertCommit(repo, culprit)).toMatchObject({ ok: true });
  const pushed = await pushHead(repo, 'main');
  expect(pushed).toMatchObject({ ok: false, protectedBranch: true });
  expect(!pushed.ok && pushed.reason).toMatch(
    /branch protection on 'main' refused the push; use revert mode 'pr'/,
  );
  expect(git(bare, 'rev-parse', 'main')).toBe(culprit);
});

test('secret push protection (GH013 too) is told from branch protection: no revert mode gets past it', async () => {
  commit({ 'a.txt': '1\n' }, 'base');
  const culprit = commit({ 'a.txt': '2\n' }, 'next');
  git(work, 'push', '-q', 'origin', 'main');
  const hook = path.join(bare, 'hooks', 'pre-receive');
  // GitHub's answer, as its docs on push protection from the command line show it.
  writeFileSync(
    hook,
    '#!/bin/sh\necho "error: GH013: Repository rule violations found for refs/heads/main." >&2\n' +
      'echo "- GITHUB PUSH PROTECTION" >&2\necho "  - Push cannot contain secrets" >&2\nexit 1\n',
  );
  chmodSync(hook, 0o755);
  const repo = await clone();
  expect(await revertCommit(repo, culprit)).toMatchObject({ ok: true });
  const pushed = await pushHead(repo, 'main');
  expect(pushed).toMatchObject({ ok: false, protectedBranch: false });
  expect(!pushed.ok && pushed.reason).toMatch(/secret push protection refused the push to 'main'/);
});

test('refs that could be read as options never reach git', async () => {
  for (const bad of ['--upload-pack=touch /tmp/pwned', '-f', 'HEAD', 'abc', 'a'.repeat(39) + 'g']) {
    expect(() => validateSha(bad)).toThrow(UserError);
  }
  for (const bad of ['--force', '-b', 'a..b', 'a b', 'x.lock', 'a/', 'refs/heads/@{1}', 'x;rm -rf']) {
    expect(() => validateBranch(bad)).toThrow(UserError);
  }
  expect(validateBranch('release/1.2')).toBe('release/1.2');
  commit({ 'a.txt': '1\n' }, 'base');
  git(work, 'push', '-q', 'origin', 'main');
  const repo = await clone();
  await expect(pushHead(repo, '--delete')).rejects.toThrow(UserError);
  await expect(revertCommit(repo, '--no-edit')).rejects.toThrow(UserError);
  await expect(
    cloneDefaultBranch({
      url: 'https://github.com/o/r',
      dir: path.join(root, 'x'),
      branch: '--upload-pack=x',
    }),
  ).rejects.toThrow(UserError);
});

test('a git remote that accepts and never answers: the clone is killed after its stall limit, not waited on', async () => {
  const remote = await silentRemote();
  const { port } = remote;
  try {
    const { value: error, ms } = await timedLessCpuWait(() =>
      cloneDefaultBranch({
        url: `http://127.0.0.1:${port}/o/r.git`,
        dir: path.join(root, `hung-${++n}`),
        branch: 'main',
        stallMs: 500,
      }).catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      `cloning http://127.0.0.1:${port}/o/r.git gave up: the remote sent nothing for 1 s (a git timeout)`,
    );
    expect(ms).toBeLessThan(5000); // less the time this process waited for a CPU
    // Nothing of the clone outlives it: git's HTTP helper, which killing git leaves behind, ends too.
    expect(await processesLeft(port, 10_000)).toEqual([]);
  } finally {
    await remote.close();
  }
}, 20_000);
