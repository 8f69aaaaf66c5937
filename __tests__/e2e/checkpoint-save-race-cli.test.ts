/**
 * A file that changes kind between the save's walk (lstat) and its read, through the built CLI and the
 * real tar stream and zstd: the save stops itself (SIGSTOP at a crash point, CI_RECOVERY_PAUSE_AT) after
 * the walk met the file and before it is read, the test swaps the file, and the save goes on. Nothing
 * outside the workspace may be read through a link the path became, a FIFO must not hang the save, and a
 * file deleted in between is left out as the walk leaves out one it no longer finds.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyDistCli } from './dist-cli.js';

let tmp: string;
let cli: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'checkpoint-save-race-'));
  cli = copyDistCli(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

let n = 0;
function fresh(): { ws: string; store: string; home: string } {
  const root = path.join(tmp, `case-${++n}`);
  const ws = path.join(root, 'ws');
  const home = path.join(root, 'home');
  mkdirSync(ws, { recursive: true });
  mkdirSync(home);
  for (const f of ['a', 'b', 'c']) writeFileSync(path.join(ws, f), `${f}\n`);
  return { ws, store: `dir:${path.join(root, 'store')}`, home };
}

function procState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

async function waitUntil(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A full save of `ws` stopped before it reads 'b' (crash points: one before each entry is packed, in walk
 * order '.', 'a', 'b'), `swap` run on the workspace, then let go; killed if it has not ended in 15 s.
 */
async function saveSwapping(ws: string, store: string, home: string, swap: () => void): Promise<Ran> {
  const env = { PATH: process.env.PATH ?? '', HOME: home, CI_RECOVERY_PAUSE_AT: '3' };
  const args = [cli, 'checkpoint', '--store', store, '--name', 'raced', '--paths', '.', '--full'];
  const child = spawn(process.execPath, args, { cwd: ws, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await waitUntil(() => procState(child.pid!) === 'T');
  swap();
  child.kill('SIGCONT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await ended;
  clearTimeout(timer);
  return { code, stdout, stderr };
}

function ci(args: string[], cwd: string, home: string): Promise<Ran> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH ?? '', HOME: home };
    const child = execFile(process.execPath, [cli, ...args], { cwd, env }, (_e, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

test('a file swapped for a link to a file outside the workspace is never read through it', async () => {
  const { ws, store, home } = fresh();
  const secret = path.join(tmp, `secret-${n}.txt`);
  writeFileSync(secret, 'OUTSIDE-SECRET\n');
  const r = await saveSwapping(ws, store, home, () => {
    unlinkSync(path.join(ws, 'b'));
    symlinkSync(secret, path.join(ws, 'b'));
  });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/'b' was replaced .*while the checkpoint read it/);
  // Nothing was saved, so nothing restores the outside file's bytes as 'b'.
  const list = await ci(['list', '--store', store], ws, home);
  expect(list.stdout).not.toMatch(/raced/);
});

test('a file swapped for a FIFO fails the save instead of hanging it', async () => {
  const { ws, store, home } = fresh();
  const r = await saveSwapping(ws, store, home, () => {
    unlinkSync(path.join(ws, 'b'));
    execFileSync('mkfifo', [path.join(ws, 'b')]);
  });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/'b' was replaced .*while the checkpoint read it/);
});

test('a file deleted after the walk met it is left out, said once, and the rest saves and restores', async () => {
  const { ws, store, home } = fresh();
  const r = await saveSwapping(ws, store, home, () => unlinkSync(path.join(ws, 'b')));
  expect([r.code, r.stderr]).toEqual([
    0,
    expect.stringMatching(/'b' \(it was deleted while the checkpoint read it\)/),
  ]);
  expect(r.stdout).toMatch(/raced: full, 2 files/);
  const dest = path.join(tmp, `dest-${n}`);
  const restored = await ci(['restore', '--store', store, '--name', 'raced', '--dest', dest], ws, home);
  expect(restored.code).toBe(0);
  expect(readFileSync(path.join(dest, 'a'), 'utf8')).toBe('a\n');
  expect(readFileSync(path.join(dest, 'c'), 'utf8')).toBe('c\n');
});
