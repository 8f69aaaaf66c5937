/** workspaceHead reads the commit a clone has checked out as git does, in each layout a checkout leaves. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { workspaceHead } from '../../src/runner/adapters/checkout-head.js';

const exec = promisify(execFile);
let dir: string;
const git = async (...args: string[]): Promise<string> =>
  (
    await exec('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir })
  ).stdout.trim();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ws-head-'));
  await git('init', '-q', '-b', 'main');
  await writeFile(path.join(dir, 'a'), '1');
  await git('add', 'a');
  await git('commit', '-qm', 'one');
  await writeFile(path.join(dir, 'a'), '2');
  await git('commit', '-qam', 'two');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a branch in a loose ref, then in packed-refs, then a detached sha: HEAD each time', async () => {
  expect(await workspaceHead(dir)).toBe(await git('rev-parse', 'HEAD'));
  await git('pack-refs', '--all', '--prune');
  expect(await workspaceHead(dir)).toBe(await git('rev-parse', 'HEAD'));
  await git('checkout', '-q', '--detach', 'HEAD~1');
  expect(await workspaceHead(dir)).toBe(await git('rev-parse', 'HEAD'));
});

test('a linked worktree (.git is a file) through git itself; no .git at all: none', async () => {
  const wt = `${dir}-wt`;
  await git('worktree', 'add', '-q', '--detach', wt, 'main');
  try {
    expect(await workspaceHead(wt)).toBe(await git('rev-parse', 'main'));
  } finally {
    await git('worktree', 'remove', '--force', wt);
  }
  expect(await workspaceHead(os.tmpdir())).toBeUndefined();
});
