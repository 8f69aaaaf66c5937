/** A local archive's digest, computed on a worker thread: the same sha256 and size as on this one. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { digestFileOffThread } from '../../src/checkpoint/adapters/digest-thread.js';

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
