/**
 * CheckpointStore.putArchive resolves with the sha256 and size of exactly what was stored (DirStore: hashed
 * while writing), so a save hashes its archive once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DirStore } from '../../src/checkpoint/adapters/store.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'store-digest-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('DirStore.putArchive returns the sha256 and size of the stored file', async () => {
  const data = randomBytes(3 * 1024 * 1024 + 5);
  const chunks = [data.subarray(0, 1), data.subarray(1, 70_001), data.subarray(70_001)];
  const store = new DirStore(dir);
  const stored = await store.putArchive('a.tar.zst', Readable.from(chunks));
  const onDisk = await readFile(path.join(dir, 'a.tar.zst'));
  expect(onDisk.equals(data)).toBe(true);
  expect(stored).toEqual({ sha256: createHash('sha256').update(onDisk).digest('hex'), size: data.length });
  expect(await store.putArchive('empty.tar.zst', Readable.from([]))).toEqual({
    sha256: createHash('sha256').digest('hex'),
    size: 0,
  });
});

test('DirStore.putArchive hands each chunk back to a source that takes them, once it is written', async () => {
  const data = randomBytes(2 * 1024 * 1024 + 3);
  const chunks = [data.subarray(0, 1024 * 1024), data.subarray(1024 * 1024)].map((c) => Buffer.from(c));
  const handedBack: Buffer[] = [];
  const source = Object.assign(Readable.from(chunks), {
    // The compressor's BlockOutput fills a chunk handed back again: it must be on disk by then.
    recycle: (chunk: Buffer) => {
      handedBack.push(chunk);
      chunk.fill(0);
    },
  });
  const stored = await new DirStore(dir).putArchive('recycled.tar.zst', source);
  // Which chunk each is, in order (one file written in turn): a failure prints two small lists, not a
  // diff of two 1 MiB buffers, which jest takes minutes over.
  expect(handedBack.map((b) => chunks.findIndex((c) => c === b))).toEqual([0, 1]);
  expect((await readFile(path.join(dir, 'recycled.tar.zst'))).equals(data)).toBe(true);
  expect(stored).toEqual({ sha256: createHash('sha256').update(data).digest('hex'), size: data.length });
});

test('DirStore.putArchive rejects on a failing source and leaves nothing behind', async () => {
  const store = new DirStore(path.join(dir, 'failing'));
  async function* failing(): AsyncGenerator<Buffer> {
    yield Buffer.alloc(1000);
    await new Promise((resolve) => setImmediate(resolve));
    throw new Error('source broke');
  }
  await expect(store.putArchive('b.tar.zst', Readable.from(failing()))).rejects.toThrow('source broke');
  expect(await readdir(path.join(dir, 'failing'))).toEqual([]);
});
