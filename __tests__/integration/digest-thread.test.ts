/**
 * A local archive's digest, computed on a worker thread: the same sha256 and size as on this one. An
 * archive the manifest says is small is hashed here, without a worker (one costs ~45 ms of CPU to start).
 */
import { createHash, randomBytes } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  digestFileOffThread,
  digestLocalFile,
  OFF_THREAD_FROM,
} from '../../src/checkpoint/adapters/digest-thread.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'digest-thread-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test.each([0, 5, 1 << 20, 3 * (1 << 20) + 7])('a file of %i bytes: its sha256 and size', async (n) => {
  const body = randomBytes(n);
  writeFileSync(path.join(dir, 'a.tar.zst'), body);
  expect(await digestFileOffThread(path.join(dir, 'a.tar.zst'))).toEqual({
    sha256: createHash('sha256').update(body).digest('hex'),
    size: n,
  });
});

test('a file that cannot be read is an error, not a hang', async () => {
  await expect(digestFileOffThread(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
});

describe('digestLocalFile', () => {
  let started = 0;
  const count = (): void => void started++;
  // Node's own channel for each thread started (the test's `process` is not the one that emits 'worker').
  beforeEach(() => {
    started = 0;
    subscribe('worker_threads', count);
  });
  afterEach(() => unsubscribe('worker_threads', count));

  test.each([
    ['a small archive, hashed here', 1, 0],
    ['a big one, on a worker', OFF_THREAD_FROM, 1],
  ])('%s: its sha256 and size either way', async (_what, statedSize, workers) => {
    const body = randomBytes(3 * (1 << 20) + 7);
    writeFileSync(path.join(dir, 'a.tar.zst'), body);
    expect(await digestLocalFile(path.join(dir, 'a.tar.zst'), statedSize)).toEqual({
      sha256: createHash('sha256').update(body).digest('hex'),
      size: body.length,
    });
    expect(started).toBe(workers);
  });

  test('a small archive that cannot be read is an error too', async () => {
    await expect(digestLocalFile(path.join(dir, 'missing'), 10)).rejects.toThrow(/ENOENT/);
  });
});
