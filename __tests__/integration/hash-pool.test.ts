/**
 * Files' sha256 on the pool's threads, as a keyed path's comparison by content asks for them: the same
 * digests as digest.ts FileHasher on this thread, across many batches and both threads, whatever the size.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileHasher } from '../../src/checkpoint/adapters/digest.js';
import { HashPool } from '../../src/checkpoint/adapters/hash-pool.js';

let dir: string;
let pool: HashPool;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hash-pool-'));
  pool = new HashPool(2);
});
afterEach(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

it('gives every file the digest this thread would, over many batches and sizes', async () => {
  // 700 small files (three batches by count), then files around and over the 1 MiB buffer and the
  // 16 MiB batch, so that batches close by bytes too.
  const sizes = [
    ...Array.from({ length: 700 }, (_, i) => i % 97),
    0,
    (1 << 20) - 1,
    1 << 20,
    (1 << 20) + 1,
    17 << 20,
  ];
  const files = sizes.map((n, i) => {
    const file = path.join(dir, `f${i}`);
    writeFileSync(file, randomBytes(n));
    return file;
  });
  const asked = files.map(async (f, i) => (await pool.digest(f, sizes[i]!))?.sha256);
  pool.flush();
  const hasher = new FileHasher();
  expect(await Promise.all(asked)).toEqual(files.map((f) => hasher.sha256(f)));
});

it('says undefined for a file it cannot read, and goes on with the others', async () => {
  const readable = path.join(dir, 'ok');
  writeFileSync(readable, 'ok');
  // A directory opens but cannot be read (EISDIR), for root too: a mode of 0 would not stop root.
  const unreadable = path.join(dir, 'a-directory');
  mkdirSync(unreadable);
  const asked = [
    pool.digest(path.join(dir, 'missing'), 0),
    pool.digest(readable, 2),
    pool.digest(unreadable, 0),
  ];
  pool.flush();
  expect((await Promise.all(asked)).map((d) => d?.sha256)).toEqual([
    undefined,
    new FileHasher().sha256(readable),
    undefined,
  ]);
  expect(new FileHasher().sha256(unreadable)).toBeUndefined();
});

it('reads neither a FIFO nor through a symlink put where a file was walked: no hang, no bytes from elsewhere', async () => {
  // A job's step can swap a walked file for a FIFO or a symlink before the pool reads it (as digest.ts
  // openToRead guards on this thread). A FIFO opened for reading blocks until a writer comes: never, in a
  // job, so the job hung to its time limit. Here a writer comes after 10 s, so that old code fails, not hangs.
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  spawn('sh', ['-c', 'sleep 10; : > "$0"', fifo], { stdio: 'ignore', detached: true }).unref();
  const outside = path.join(dir, 'outside');
  writeFileSync(outside, 'bytes from elsewhere');
  const link = path.join(dir, 'link');
  symlinkSync(outside, link);
  const readable = path.join(dir, 'ok');
  writeFileSync(readable, 'ok');
  const started = Date.now();
  const asked = [pool.digest(fifo, 0), pool.digest(link, 20), pool.digest(readable, 2)];
  pool.flush();
  expect((await Promise.all(asked)).map((d) => d?.sha256)).toEqual([
    undefined,
    undefined,
    new FileHasher().sha256(readable),
  ]);
  expect(Date.now() - started).toBeLessThan(8000);
});

it('rejects what is still asked once it is closed, instead of hanging', async () => {
  writeFileSync(path.join(dir, 'a'), 'a');
  const asked = pool.digest(path.join(dir, 'a'), 1); // not flushed: still in the open batch
  const refused = expect(asked).rejects.toThrow(/stopped/);
  await pool.close();
  await refused;
  await expect(pool.digest(path.join(dir, 'a'), 1)).rejects.toThrow(/stopped/);
});

it('narrowed, gives one thread no more than its share and holds the rest until widened; then every digest, once', async () => {
  const narrow = new HashPool(2, true, 1);
  try {
    const files = [0, 1, 2].map((i) => {
      const file = path.join(dir, `n${i}`);
      writeFileSync(file, `file ${i}\n`);
      return file;
    });
    const asked = files.map((f) => {
      const digest = narrow.digest(f, 7);
      narrow.flush(); // one batch each: the first goes to the thread, the others pass its share of 1 byte
      return digest;
    });
    const hasher = new FileHasher();
    expect((await asked[0])?.sha256).toBe(hasher.sha256(files[0]!));
    const settled = [false, false];
    for (const [i, d] of asked.slice(1).entries()) void d.then(() => (settled[i] = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toEqual([false, false]);
    narrow.widen();
    const digests = await Promise.all(asked);
    expect(digests.map((d) => d?.sha256)).toEqual(files.map((f) => hasher.sha256(f)));
    expect(digests[2]).toMatchObject({ size: 7 });
  } finally {
    await narrow.close();
  }
});
