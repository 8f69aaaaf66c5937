/**
 * A save past HASH_OFF_THREAD_FROM bytes hashes the rest of its files on a thread, from the tar buffers
 * it packs them from: every digest in the manifest is still the sha256 of the file's bytes, and a restore
 * that checks each file by its digest (verify: full) gets the same tree back.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DirStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import { HASH_OFF_THREAD_FROM } from '../../src/checkpoint/adapters/tar-pack.js';
import type { CheckpointMeta } from '../../src/checkpoint/index.js';

const meta: CheckpointMeta = { stage: 'build', job: 'test', runId: '42', attempt: 1, completedStages: [] };
let tmp: string;

beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-hash-thread-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Bytes that differ from file to file and along each file (a digest taken at a wrong offset shows). */
function content(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(Math.ceil(n / 4) * 4);
  let x = seed;
  for (let i = 0; i < b.length; i += 4) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b.writeUInt32LE(x, i);
  }
  return b.subarray(0, n);
}

test('files hashed on the thread carry the sha256 of their bytes, and restore verified one by one', async () => {
  const ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'big'), { recursive: true });
  mkdirSync(path.join(ws, 'small'));
  // Past the threshold with the big files (walked first: 'big' < 'small'), then files of every size.
  const big = HASH_OFF_THREAD_FROM / 2 + 4096;
  writeFileSync(path.join(ws, 'big/a.bin'), content(big, 1));
  writeFileSync(path.join(ws, 'big/b.bin'), content(big, 2));
  const sizes = [0, 1, 511, 512, 513, 4096, 65_537, 300_000, 1_500_000];
  sizes.forEach((n, i) => writeFileSync(path.join(ws, `small/f${i}.bin`), content(n, 10 + i)));
  for (let i = 0; i < 200; i++)
    writeFileSync(path.join(ws, `small/t${i}.txt`), `export const v${i} = ${i};\n`);

  const store = new DirStore(path.join(tmp, 'store'));
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta, full: true });
  const files = saved.manifest.entries.filter((e) => e.type === 'file');
  expect(files).toHaveLength(2 + sizes.length + 200);
  for (const e of files) {
    const sha = createHash('sha256')
      .update(readFileSync(path.join(ws, e.path)))
      .digest('hex');
    expect({ path: e.path, sha256: e.sha256 }).toEqual({ path: e.path, sha256: sha });
  }

  const dest = path.join(tmp, 'dest');
  await restoreCheckpoint({ store, checkpoint: 'c1', dest, verify: 'full', journalDir: path.join(tmp, 'j') });
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
});
