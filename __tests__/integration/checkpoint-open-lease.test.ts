/**
 * A save opens each file O_NONBLOCK (a FIFO put at its name must not hang it): that must not turn a
 * file under another process's write lease (fcntl F_SETLEASE, as Samba and some editors take) into an
 * error. A plain open waits for the lease to be given up; so does the save's, by opening again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileHasher, openToRead } from '../../src/checkpoint/adapters/digest.js';
import { openWalkedFile } from '../../src/checkpoint/adapters/tar-pack.js';

// Holds a write lease on argv[1] for argv[2] seconds (F_SETLEASE = 1024; the kernel then signals it).
const LEASE = `
import fcntl, os, signal, sys, time
signal.signal(signal.SIGIO, signal.SIG_IGN)
fd = os.open(sys.argv[1], os.O_WRONLY)
fcntl.fcntl(fd, 1024, fcntl.F_WRLCK)
print("leased", flush=True)
time.sleep(float(sys.argv[2]))
`;

let tmp: string;
let holder: ChildProcess | undefined;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-lease-'));
});
afterEach(() => {
  holder?.kill();
  holder = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

/** `file` under a write lease held for `seconds`, once the holder says it has it. */
async function leased(file: string, seconds: number): Promise<void> {
  const child = spawn('python3', ['-c', LEASE, file, String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  holder = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) =>
      reject(new Error(`the lease holder ended (${code}) before it held the lease`)),
    );
  });
}

test('a file under a write lease is hashed once the lease is given up', async () => {
  const file = path.join(tmp, 'leased.txt');
  writeFileSync(file, 'bytes under a lease\n');
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  await leased(file, 1);
  expect(new FileHasher().sha256(file)).toBe(digest);
});

test('a file under a write lease is opened by the save once the lease is given up', async () => {
  const file = path.join(tmp, 'leased.txt');
  writeFileSync(file, 'bytes under a lease\n');
  await leased(file, 1);
  closeSync(openWalkedFile(file, 'leased.txt'));
});

test('the open is made again without O_NONBLOCK only where it answered EAGAIN', () => {
  const flags: number[] = [];
  const eagain = Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
  const fd = openToRead('f', (_f, fl) => {
    flags.push(fl);
    if (fl & constants.O_NONBLOCK) throw eagain;
    return 7;
  });
  expect(fd).toBe(7);
  expect(flags).toHaveLength(2);
  expect(flags[0]! & constants.O_NONBLOCK).toBeTruthy();
  expect(flags[1]! & constants.O_NONBLOCK).toBe(0);
  expect(flags[1]! & constants.O_NOFOLLOW).toBeTruthy();
  const enoent = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  expect(() =>
    openToRead('f', () => {
      throw enoent;
    }),
  ).toThrow(enoent);
});
