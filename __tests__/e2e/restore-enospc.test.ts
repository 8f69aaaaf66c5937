/**
 * A restore that runs out of disk space, through the built CLI: the workspace is left exactly as it was,
 * nothing staged is left behind, and the error says which disk filled (the destination's, where files are
 * staged, or the restore journals') and that the store was only read. A small tmpfs is not available to
 * tests, so the disk fills at the fs boundary: a preload makes the process's writes to files opened
 * under a given directory fail with ENOSPC, as write(2) does, after a given number of bytes.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { copyDistCli } from './dist-cli.js';

/** fs.openSync/writeSync/closeSync as a full disk has them, for files whose path contains ENOSPC_UNDER. */
const FULL_DISK = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const under = process.env.ENOSPC_UNDER;
let room = Number(process.env.ENOSPC_AFTER ?? 0);
const onFull = new Set();
const { openSync, writeSync, closeSync } = fs;
fs.openSync = function (file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (under && String(file).includes(under)) onFull.add(fd);
  return fd;
};
fs.writeSync = function (fd, buffer, ...rest) {
  if (onFull.has(fd)) {
    const length = typeof buffer === 'string' ? Buffer.byteLength(buffer) : buffer.byteLength;
    if (room <= 0) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        errno: -28, code: 'ENOSPC', syscall: 'write',
      });
    }
    room -= length;
  }
  return writeSync.call(this, fd, buffer, ...rest);
};
fs.closeSync = function (fd) {
  onFull.delete(fd);
  return closeSync.call(this, fd);
};
syncBuiltinESMExports();
`;

let tmp: string;
let cli: string;
let preload: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'restore-enospc-'));
  cli = copyDistCli(tmp);
  preload = path.join(tmp, 'full-disk.mjs');
  writeFileSync(preload, FULL_DISK);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stderr: string;
}

function ci(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { cwd, env }, (_e, _stdout, stderr) =>
      resolve({ code: child.exitCode, stderr }),
    );
  });
}

/** A workspace saved as checkpoint 'good' (1 MiB of files), then changed: what a restore would undo. */
async function savedThenChanged(
  name: string,
): Promise<{ ws: string; store: string; env: NodeJS.ProcessEnv }> {
  const root = path.join(tmp, name);
  const ws = path.join(root, 'ws');
  const home = path.join(root, 'home');
  mkdirSync(path.join(ws, 'out'), { recursive: true });
  mkdirSync(home);
  for (let i = 0; i < 8; i++)
    writeFileSync(path.join(ws, 'out', `part-${i}.bin`), Buffer.alloc(128 * 1024, i));
  writeFileSync(path.join(ws, 'a.txt'), 'saved\n');
  const store = `dir:${path.join(root, 'store')}`;
  const env = { PATH: process.env.PATH ?? '', HOME: home };
  const saved = await ci(['checkpoint', '--store', store, '--name', 'good', '--paths', '.'], ws, env);
  expect(saved.code).toBe(0);
  rmSync(path.join(ws, 'out'), { recursive: true });
  writeFileSync(path.join(ws, 'a.txt'), 'changed since\n');
  writeFileSync(path.join(ws, 'new.txt'), 'new\n');
  return { ws, store, env };
}

it('the destination disk fills while staging: the workspace is as it was, and the error says the destination (staging) filled, not the store', async () => {
  const { ws, store, env } = await savedThenChanged('staging-full');
  const before = await treeDigest(ws);
  const r = await ci(['restore', '--store', store, '--name', 'good'], ws, {
    ...env,
    NODE_OPTIONS: `--import=${preload}`,
    ENOSPC_UNDER: '.ci-recovery-staging-',
    ENOSPC_AFTER: String(300 * 1024), // some files staged, then the disk is full
  });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(
    /the disk of the destination \S+ is full \(files are staged there, in \.ci-recovery-staging-\*, before they move into place; the store is only read\): \d+ bytes are to be written; free space there and restore again \(ENOSPC: no space left on device, write\); the workspace was not changed/,
  );
  expect(await treeDigest(ws)).toBe(before);
  expect(readdirSync(ws).filter((n) => n.startsWith('.ci-recovery-staging-'))).toEqual([]);
});

it.each([
  ['before the lock is written', '0'],
  ['after the lock and the journal header, at the first move recorded', '200'],
])(
  "the restore journals' disk fills %s: the workspace is as it was, and the error names the journals' disk",
  async (_when, room) => {
    const { ws, store, env } = await savedThenChanged(`journal-full-${room}`);
    const before = await treeDigest(ws);
    const journals = path.join(env.HOME!, '.local/state/ci-recovery/restores');
    const r = await ci(['restore', '--store', store, '--name', 'good'], ws, {
      ...env,
      NODE_OPTIONS: `--import=${preload}`,
      ENOSPC_UNDER: journals,
      ENOSPC_AFTER: room,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`the disk of the restore journals (${journals}) is full`);
    expect(r.stderr).not.toContain('not everything could be put back');
    expect(await treeDigest(ws)).toBe(before);
    expect(readdirSync(ws).filter((n) => n.startsWith('.ci-recovery-staging-'))).toEqual([]);
    expect(existsSync(journals) ? readdirSync(journals).filter((n) => n.endsWith('.journal')) : []).toEqual(
      [],
    );
  },
);
