/**
 * The commit and branch a CLI checkpoint records off a runner (src/cli/head.ts): git is asked inside a
 * checkout (real git), and not at all outside one, where it could only say "not a repository".
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkpointHead, inGitCheckout } from '../../src/cli/head.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-head-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A `git` first on PATH that only leaves a mark that it ran, during `body`. */
async function withMarkingGit<T>(body: (marker: string) => Promise<T>): Promise<T> {
  const bin = path.join(tmp, 'bin');
  const marker = path.join(tmp, 'git-ran');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${marker}'\nexit 128\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  const before = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${before ?? ''}`;
  try {
    return await body(marker);
  } finally {
    process.env.PATH = before;
  }
}

test('outside a checkout no git process is started and nothing is recorded', async () => {
  const ws = path.join(tmp, 'ws', 'deep');
  mkdirSync(ws, { recursive: true });
  expect(inGitCheckout(ws)).toBe(false);
  await withMarkingGit(async (marker) => {
    expect(await checkpointHead({}, ws)).toEqual({});
    expect(existsSync(marker)).toBe(false);
  });
});

test('inside a checkout (from a subfolder) git gives the commit and branch', async () => {
  const repo = path.join(tmp, 'repo');
  mkdirSync(path.join(repo, 'sub'), { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'feature');
  writeFileSync(path.join(repo, 'sub', 'a.txt'), 'a\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  expect(inGitCheckout(path.join(repo, 'sub'))).toBe(true);
  expect(await checkpointHead({}, path.join(repo, 'sub'))).toEqual({
    commit: git('rev-parse', 'HEAD'),
    branch: 'feature',
  });
});

test("a worktree's or submodule's .git file counts as a checkout", async () => {
  writeFileSync(path.join(tmp, '.git'), 'gitdir: /elsewhere\n');
  mkdirSync(path.join(tmp, 'x'));
  expect(inGitCheckout(path.join(tmp, 'x'))).toBe(true);
  // git is asked there (and answers nothing it can use): the fields stay out.
  await withMarkingGit(async (marker) => {
    expect(await checkpointHead({}, path.join(tmp, 'x'))).toEqual({});
    expect(existsSync(marker)).toBe(true);
  });
});

test("on a runner the job's own commit and branch, without git", async () => {
  await withMarkingGit(async (marker) => {
    expect(await checkpointHead({ sha: 'a'.repeat(40), refName: 'main' }, tmp)).toEqual({
      commit: 'a'.repeat(40),
      branch: 'main',
    });
    expect(existsSync(marker)).toBe(false);
  });
});
