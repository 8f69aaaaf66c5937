/**
 * The restore's off-thread sha256 check: whatever the chunking (files spanning the 1 MiB slots, a
 * slot full of empty files, a ring the worker must free before the writer goes on), every file is
 * checked, and the first one whose bytes differ from the manifest is the one reported.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { digestFileOffThread, OffThreadVerifier } from '../../src/adapters/checkpoint/verify-thread.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Feeds the files to a verifier in chunks of `chunk` bytes (cut across file ends, like the tar reader). */
async function verify(files: { path: string; body: Buffer; sha256?: string }[], chunk: number) {
  const v = new OffThreadVerifier();
  for (const f of files) {
    v.begin();
    for (let off = 0; off < f.body.length; off += chunk) v.data(f.body.subarray(off, off + chunk));
    v.end({ path: f.path, size: f.body.length, sha256: f.sha256 ?? sha(f.body) });
  }
  return v.finish();
}

// Large files span several slots and fill the whole ring; empty files overflow one slot's parts.
const files = [
  { path: 'small', body: Buffer.from('hello\n') },
  // 'small' and these fill the first slot's 1024 parts exactly: 'after' begins in the next slot.
  ...Array.from({ length: 1023 }, (_, i) => ({ path: `empty-${i}`, body: Buffer.alloc(0) })),
  { path: 'after', body: Buffer.from('after the empty files\n') },
  ...Array.from({ length: 2000 }, (_, i) => ({ path: `empty-${1023 + i}`, body: Buffer.alloc(0) })),
  { path: 'big', body: randomBytes(5 * 1024 * 1024 + 17) },
  ...Array.from({ length: 200 }, (_, i) => ({ path: `mid-${i}`, body: randomBytes(40_000 + i) })),
  { path: 'huge', body: randomBytes(9 * 1024 * 1024 + 3) },
  { path: 'last', body: Buffer.from('bye\n') },
];

test.each([65536, 1000, 3 << 20])(
  'every file matching its sha256 is accepted (chunks of %i bytes)',
  async (chunk) => {
    expect(await verify(files, chunk)).toBeUndefined();
  },
);

test.each([
  ['small', 65536],
  ['empty-3022', 65536],
  ['after', 1000],
  ['big', 65536],
  ['huge', 1000],
  ['last', 3 << 20],
])('a file whose bytes differ is reported, by name: %s (chunks of %i bytes)', async (name, chunk) => {
  const expected = sha(Buffer.from('something else'));
  const tampered = files.map((f) => (f.path === name ? { ...f, sha256: expected } : f));
  const m = await verify(tampered, chunk);
  const body = files.find((f) => f.path === name)!.body;
  expect(m).toEqual({ name, size: body.length, expected, sha256: sha(body) });
});

test('only the first of several differing files is reported', async () => {
  const wrong = sha(Buffer.from('x'));
  const tampered = files.map((f) => (f.path === 'mid-7' || f.path === 'last' ? { ...f, sha256: wrong } : f));
  expect((await verify(tampered, 65536))?.name).toBe('mid-7');
});

test('a file with no sha256 in its manifest never passes', async () => {
  const v = new OffThreadVerifier();
  v.begin();
  v.end({ path: 'no-hash', size: 0 });
  expect((await v.finish())?.name).toBe('no-hash');
});

test('an archive file is hashed off the thread, with its size', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verify-thread-'));
  try {
    const body = randomBytes(3 * 1024 * 1024 + 5);
    writeFileSync(path.join(dir, 'a.tar.zst'), body);
    expect(await digestFileOffThread(path.join(dir, 'a.tar.zst'))).toEqual({
      sha256: sha(body),
      size: body.length,
    });
    await expect(digestFileOffThread(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
