/**
 * An archive that goes on after its tar end marker: a few megabytes of zstd frames decompress to tens of
 * gigabytes that no legitimate save writes, and the restore decompressed every byte of them (64 GiB from a
 * 2 MB archive: 79 s) before accepting the checkpoint. Real zstd; the manifest vouches for the archive.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { encodeManifest, type Manifest } from '../../src/checkpoint/index.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;
let good: Manifest;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-trailer-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'b.txt'), 'original b\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  good = (await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'good', meta })).manifest;
  writeFileSync(path.join(ws, 'b.txt'), 'edited b\n');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const zstd = (input: Buffer): Buffer =>
  execFileSync('zstd', ['-q', '-c', '-3'], { input, maxBuffer: 256 << 20 });

/** Checkpoint `id`: good's archive with `trailer` (zstd-compressed, its own frame) after it, vouched for. */
function withTrailer(id: string, trailer: Buffer): void {
  vouchFor(id, Buffer.concat([readFileSync(path.join(storeDir, 'good.tar.zst')), zstd(trailer)]));
}

/** Checkpoint `id`: `archive` with good's manifest vouching for it. */
function vouchFor(id: string, archive: Buffer): void {
  writeFileSync(path.join(storeDir, `${id}.tar.zst`), archive);
  const m = JSON.parse(JSON.stringify(good)) as Manifest;
  m.id = id;
  m.archive = {
    ...m.archive,
    file: `${id}.tar.zst`,
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length,
  };
  for (const e of m.entries) if (e.from) e.from = id;
  writeFileSync(path.join(storeDir, `${id}.manifest.json`), encodeManifest(m).stored);
}

test('megabytes of zeros after the end marker are refused, the workspace unchanged', async () => {
  withTrailer('bomb', Buffer.alloc(64 << 20));
  const before = await treeDigest(ws);
  await expect(restoreCheckpoint({ store, checkpoint: 'bomb', dest: ws })).rejects.toThrow(
    /archive bomb\.tar\.zst is damaged: .*(after its end|accounts for)/,
  );
  expect(await treeDigest(ws)).toBe(before);
});

test('a second tar stream after the end marker (tar -i would read it) is refused', async () => {
  const second = execFileSync('tar', ['-c', '-f', '-', '-C', ws, 'b.txt']);
  withTrailer('two', second);
  await expect(restoreCheckpoint({ store, checkpoint: 'two', dest: ws })).rejects.toThrow(/after its end/);
  expect(readFileSync(path.join(ws, 'b.txt'), 'utf8')).toBe('edited b\n');
});

test("a tar writer's record padding (zeros up to 10 KiB) is still read", async () => {
  withTrailer('padded', Buffer.alloc(10240 - 1024));
  await restoreCheckpoint({ store, checkpoint: 'padded', dest: ws });
  expect(readFileSync(path.join(ws, 'b.txt'), 'utf8')).toBe('original b\n');
});

test('an entry its manifest does not account for, 64 MiB of zeros in 6 KiB, is refused before it is read through', async () => {
  // GNU tar's own stream of one big file, between the checkpoint's entries and its end marker.
  const tarred = execFileSync('zstd', ['-d', '-c', path.join(storeDir, 'good.tar.zst')]);
  writeFileSync(path.join(tmp, 'junk'), Buffer.alloc(64 << 20));
  const junk = execFileSync('tar', ['-c', '-f', '-', '-C', tmp, 'junk'], { maxBuffer: 256 << 20 });
  const archive = zstd(Buffer.concat([tarred.subarray(0, tarred.length - 1024), junk]));
  expect(archive.length).toBeLessThan(64 << 10);
  vouchFor('junk', archive);
  const before = await treeDigest(ws);
  await expect(restoreCheckpoint({ store, checkpoint: 'junk', dest: ws })).rejects.toThrow(
    /archive junk\.tar\.zst is damaged: the archive holds more than the \d+ bytes its manifest accounts for/,
  );
  expect(await treeDigest(ws)).toBe(before);
  // validate reads it as a restore does
  expect((await validateCheckpoint(store, 'junk')).problems.join()).toMatch(/its manifest accounts for/);
});

test("a real save's archives stay within the bound: long and non-ASCII names, links, empty files, an incremental", async () => {
  const deep = path.join(ws, 'd'.repeat(120), 'é'.repeat(60));
  mkdirSync(deep, { recursive: true });
  for (let i = 0; i < 50; i++)
    writeFileSync(path.join(deep, `${'f'.repeat(150)}${i}`), i % 5 ? `${i}\n` : '');
  symlinkSync('t'.repeat(300), path.join(ws, 'long-link'));
  linkSync(path.join(ws, 'b.txt'), path.join(deep, 'l'.repeat(200)));
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full', meta });
  writeFileSync(path.join(deep, `${'f'.repeat(150)}7`), 'changed\n');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'incr', meta, parent: 'full' });
  const dest = path.join(tmp, 'fresh');
  mkdirSync(dest);
  const r = await restoreCheckpoint({
    store,
    checkpoint: 'incr',
    dest,
    destOutsideWorkspace: true,
    workspace: ws,
  });
  expect(r.restored).toBe(true);
  expect(readFileSync(path.join(dest, path.relative(ws, deep), `${'f'.repeat(150)}7`), 'utf8')).toBe(
    'changed\n',
  );
});

test('the bound holds for a chunk that reaches the end marker and for chunks that end inside a header (review)', async () => {
  const { TarUnpacker } = await import('../../src/checkpoint/adapters/tar-unpack.js');
  const { encodeHeader, END_OF_ARCHIVE } = await import('../../src/checkpoint/core/tar.js');
  const unlisted = (size: number): Buffer =>
    Buffer.concat([
      encodeHeader({ name: 'junk', type: 'file', mode: 0o644, size, mtime: 0 }),
      Buffer.alloc(size),
    ]);
  const bound = 4096;
  const whole = new TarUnpacker(() => undefined, bound);
  expect(() => whole.write(Buffer.concat([unlisted(8 << 20), Buffer.alloc(END_OF_ARCHIVE)]))).toThrow(
    /more than the 4096 bytes/,
  );
  // Each chunk: the rest of a header, an entry's content, and half of the next header.
  const split = new TarUnpacker(() => undefined, bound);
  const e = unlisted(1 << 20);
  split.write(e.subarray(0, 256));
  expect(() => split.write(Buffer.concat([e.subarray(256), e.subarray(0, 256)]))).toThrow(
    /more than the 4096 bytes/,
  );
});
