/**
 * A restore of many files, through the built CLI as the runner runs it: its files are written on a worker
 * thread (write-thread.ts, from THREAD_FROM_FILES files on). The tree it makes is the one saved (bytes,
 * modes, mtimes, hard links, symbolic links); and when that thread fails half-way (the file size limit,
 * EFBIG from write(2) there), the restore ends, says why, and leaves the workspace as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { THREAD_FROM_FILES } from '../../src/checkpoint/adapters/write-thread.js';
import { copyDistCli } from './dist-cli.js';

let tmp: string;
let cli: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'restore-write-thread-'));
  cli = copyDistCli(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stderr: string;
}

/** The CLI, under a file size limit of `fileLimitKiB` (bash's ulimit -f) when given. */
function ci(args: string[], cwd: string, env: NodeJS.ProcessEnv, fileLimitKiB?: number): Promise<Ran> {
  const [cmd, argv] =
    fileLimitKiB === undefined
      ? [process.execPath, [cli, ...args]]
      : ['bash', ['-c', `ulimit -f ${fileLimitKiB} && exec "$0" "$@"`, process.execPath, cli, ...args]];
  return new Promise((resolve) => {
    const child = execFile(cmd, argv, { cwd, env, timeout: 120_000 }, (_e, _stdout, stderr) =>
      resolve({ code: child.exitCode, stderr }),
    );
  });
}

const FILES = THREAD_FROM_FILES + 200;

/**
 * A workspace of FILES small files (modes and mtimes of their own, a hard link, a symbolic link) and one
 * of 1 MiB, saved as checkpoint 'good' into a local store, then its files removed.
 */
async function saved(name: string): Promise<{ ws: string; store: string; env: NodeJS.ProcessEnv }> {
  const root = path.join(tmp, name);
  const ws = path.join(root, 'ws');
  const home = path.join(root, 'home');
  mkdirSync(home, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(ws, 'out', `d${i % 40}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `f${i}.txt`);
    writeFileSync(file, `file ${i}\n`.repeat(1 + (i % 97)), { mode: [0o644, 0o755, 0o600, 0o640][i % 4] });
    utimesSync(file, 1_600_000_000 + i, 1_500_000_000 + i * 7.25);
  }
  writeFileSync(path.join(ws, 'out', 'big.bin'), Buffer.alloc(1 << 20, 7));
  linkSync(path.join(ws, 'out', 'd0', 'f0.txt'), path.join(ws, 'out', 'hard.txt'));
  symlinkSync('d1/f1.txt', path.join(ws, 'out', 'soft.txt'));
  writeFileSync(path.join(ws, 'a.txt'), 'saved\n');
  const store = `dir:${path.join(root, 'store')}`;
  const env = { PATH: process.env.PATH ?? '', HOME: home };
  const r = await ci(['checkpoint', '--store', store, '--name', 'good', '--paths', '.'], ws, env);
  expect(r).toMatchObject({ code: 0 });
  return { ws, store, env };
}

/** Every entry's type, mode, mtime, bytes (or link target), and which files share an inode. */
function described(dir: string): string[] {
  const lines: string[] = [];
  const inodes = new Map<number, string>();
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = path.join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) lines.push(`${r} -> ${readlinkSync(p)}`);
      else if (st.isDirectory()) walk(p, r);
      else {
        const sha = createHash('sha256').update(readFileSync(p)).digest('hex');
        const first = inodes.get(st.ino);
        if (first === undefined) inodes.set(st.ino, r);
        // (whole milliseconds: what a restore sets, extract.ts unixSeconds)
        const mtime = Math.trunc(st.mtimeMs);
        lines.push(`${r} ${st.mode.toString(8)} ${mtime} ${sha}${first ? ` same as ${first}` : ''}`);
      }
    }
  };
  walk(dir, '');
  return lines;
}

it('a restore of many files, written on a worker thread, makes the tree that was saved: bytes, modes, mtimes, links', async () => {
  const { ws, store, env } = await saved('same-tree');
  const before = described(path.join(ws, 'out'));
  rmSync(path.join(ws, 'out'), { recursive: true });
  const r = await ci(['restore', '--store', store, '--name', 'good'], ws, env);
  expect(r).toMatchObject({ code: 0 });
  expect(described(path.join(ws, 'out'))).toEqual(before);
  expect(before.filter((l) => l.includes(' same as '))).toHaveLength(1);
}, 180_000);

it('the thread writing the files fails half-way (EFBIG): the restore ends, says why, and the workspace is as it was', async () => {
  const { ws, store, env } = await saved('write-fails');
  rmSync(path.join(ws, 'out'), { recursive: true });
  writeFileSync(path.join(ws, 'a.txt'), 'changed since\n');
  const before = await treeDigest(ws);
  // 64 KiB: every small file fits, the journal too; the 1 MiB file does not.
  const r = await ci(['restore', '--store', store, '--name', 'good'], ws, env, 64);
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBeNull(); // it ended by itself, not by the timeout
  expect(r.stderr).toMatch(
    /checkpoint 'good' could not be restored: .*EFBIG: file too large, write.*; the workspace was not changed/,
  );
  expect(await treeDigest(ws)).toBe(before);
  expect(readdirSync(ws).filter((n) => n.startsWith('.ci-recovery-staging-'))).toEqual([]);
}, 180_000);
