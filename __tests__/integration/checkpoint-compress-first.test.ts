/**
 * An incremental save compresses in node while its archive is small, and hands the rest to the `zstd`
 * binary only when there is more: starting the binary (and `zstd --version` before it) cost an incremental
 * with 1 % changed more than compressing its few MB. The archive is one zstd stream of one or two frames,
 * which the binary and a restore read as one. Where the running Node has no zstd of its own (before
 * 22.15), the codec is not offered and saves spawn the binary as before (these tests then check only that).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  DirStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import { compressor, type Codec } from '../../src/checkpoint/adapters/compress.js';
import { canZstdInProcess, zstdFirstInProcess } from '../../src/checkpoint/adapters/compress-first.js';
import type { CheckpointMeta } from '../../src/checkpoint/index.js';

const meta: CheckpointMeta = { stage: 'build', job: 'test', runId: '42', attempt: 1, completedStages: [] };
const nodeHasZstd = 'createZstdCompress' in zlib;
let tmp: string;

beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-compress-first-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Bytes that compress some (text) and some not (random), as a tree's files do. */
function sample(size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 4096 < size; i++)
    parts.push(i % 3 ? Buffer.alloc(4096, `line ${i} of some text\n`) : randomBytes(4096));
  return Buffer.concat(parts).subarray(0, size);
}

/**
 * Writes `data` through the codec as the tar packer does: one buffer, refilled only once the codec said
 * it is done with the previous chunk. Returns the codec's whole output.
 */
async function through(codec: Codec, data: Buffer, piece = 100_000): Promise<Buffer> {
  const out: Buffer[] = [];
  codec.output.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => codec.output.on('end', resolve));
  const buf = Buffer.alloc(piece);
  for (let at = 0; at < data.length; at += piece) {
    const n = data.copy(buf, 0, at, at + piece);
    await new Promise<void>((resolve, reject) =>
      codec.input.write(buf.subarray(0, n), (e) => (e ? reject(e) : resolve())),
    );
    buf.fill(0xff); // a codec still holding the chunk would now compress other bytes
  }
  codec.input.end();
  await Promise.all([ended, codec.done]);
  return Buffer.concat(out);
}

const unzstd = (b: Buffer): Buffer =>
  execFileSync('zstd', ['-d', '-q', '-c'], { input: b, maxBuffer: 1 << 26 });

test('the codec is offered exactly where this Node compresses zstd itself', () => {
  expect(canZstdInProcess()).toBe(nodeHasZstd);
  if (!nodeHasZstd) expect(zstdFirstInProcess(3, () => Promise.resolve(undefined))).toBeUndefined();
});

test('a small archive is compressed in node alone: no binary is started', async () => {
  if (!nodeHasZstd) return; // (the previous test: not offered)
  let started = 0;
  const codec = zstdFirstInProcess(3, () => (started++, compressor('zstd')), 1 << 20)!;
  const data = sample(600_000);
  const packed = await through(codec, data);
  expect(started).toBe(0);
  expect(unzstd(packed).equals(data)).toBe(true);
});

test("past the limit the binary compresses it all, in one frame, which node's decompressor reads too", async () => {
  if (!nodeHasZstd) return;
  let started = 0;
  const codec = zstdFirstInProcess(3, () => (started++, compressor('zstd')), 300_000)!;
  const data = sample(2_000_000);
  const packed = await through(codec, data);
  expect(started).toBe(1);
  expect(unzstd(packed).equals(data)).toBe(true);
  // node's decompressor (a restore without the binary) reads both frames too
  expect(zlib.zstdDecompressSync(packed).equals(data)).toBe(true);
});

test('the binary gets every byte node was given, from its ended frame: a limit before the first chunk, at a chunk, inside one', async () => {
  if (!nodeHasZstd) return;
  const data = sample(1_000_000);
  for (const limit of [50_000, 300_000, 350_000]) {
    let started = 0;
    const codec = zstdFirstInProcess(3, () => (started++, compressor('zstd')), limit)!;
    const packed = await through(codec, data);
    expect(started).toBe(1);
    expect(unzstd(packed).equals(data)).toBe(true);
  }
});

test('a codec stopped as node hands over to the binary settles, and the binary is killed', async () => {
  if (!nodeHasZstd) return;
  let binary: Codec | undefined;
  const codec = zstdFirstInProcess(3, async () => (binary = await compressor('zstd')), 100_000)!;
  codec.output.resume();
  codec.output.on('error', () => undefined);
  const write = (b: Buffer): Promise<void> =>
    new Promise((resolve, reject) => codec.input.write(b, (e) => (e ? reject(e) : resolve())));
  await write(sample(90_000)); // node's
  const spilling = write(sample(50_000)); // past the limit: the binary starts, node's frame is ended
  await new Promise<void>((resolve) => {
    const wait = (): void => void (binary ? resolve() : setImmediate(wait));
    wait();
  });
  codec.kill();
  await expect(spilling).rejects.toThrow();
  await expect(codec.done).rejects.toThrow(/stopped/);
  await expect(binary!.done).rejects.toThrow();
});

test('a codec stopped just as the binary comes up leaves no rejection unhandled: the process would exit', async () => {
  if (!nodeHasZstd) return;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    let exited: Promise<unknown> | undefined;
    const codec: Codec = zstdFirstInProcess(
      3,
      async () => {
        const binary = await compressor('zstd');
        // The binary's exit, watched here; the codec gets its own promise of it, which only it handles.
        exited = binary.done.catch(() => undefined);
        codec.kill(); // a store that failed as node hands over
        return { ...binary, done: binary.done.then(() => undefined) };
      },
      100_000,
    )!;
    codec.output.resume();
    codec.output.on('error', () => undefined);
    const write = (b: Buffer): Promise<void> =>
      new Promise((resolve, reject) => codec.input.write(b, (e) => (e ? reject(e) : resolve())));
    await write(sample(90_000)); // node's
    await expect(write(sample(50_000))).rejects.toThrow(); // past the limit: the binary is asked for
    await expect(codec.done).rejects.toThrow(/stopped/);
    await exited; // the binary was killed; its rejection is unhandled by the next turn, if no one took it
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('without a binary everything is compressed in node', async () => {
  if (!nodeHasZstd) return;
  const codec = zstdFirstInProcess(3, () => Promise.resolve(undefined), 300_000)!;
  const data = sample(1_000_000);
  expect(unzstd(await through(codec, data)).equals(data)).toBe(true);
});

test('a codec stopped mid-way (a failed store) settles: done rejects, writes fail, the binary is killed', async () => {
  if (!nodeHasZstd) return;
  let binary: Codec | undefined;
  const codec = zstdFirstInProcess(3, async () => (binary = await compressor('zstd')), 100_000)!;
  codec.output.resume();
  codec.output.on('error', () => undefined);
  const write = (b: Buffer): Promise<void> =>
    new Promise((resolve, reject) => codec.input.write(b, (e) => (e ? reject(e) : resolve())));
  await write(sample(150_000)); // past the limit: the binary runs
  expect(binary).toBeDefined();
  codec.kill();
  await expect(codec.done).rejects.toThrow(/stopped/);
  await expect(write(sample(1000))).rejects.toThrow();
  await expect(binary!.done).rejects.toThrow();
});

test('an incremental save starts no zstd process, and restores byte for byte', async () => {
  if (!nodeHasZstd) return;
  const ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  for (let i = 0; i < 30; i++) writeFileSync(path.join(ws, `src/f${i}.ts`), `export const v${i} = ${i};\n`);
  const store = new DirStore(path.join(tmp, 'store'));
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full', meta, full: true });
  writeFileSync(path.join(ws, 'src/f3.ts'), 'export const v3 = "changed";\n');
  writeFileSync(path.join(ws, 'src/new.ts'), sample(200_000));
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'inc', meta, parent: 'full' });
  expect(saved.manifest.kind).toBe('incremental');
  expect(saved.manifest.archive.compression).toBe('zstd');
  expect(saved.stored).toBe(2);
  // Compressed in node, not by the binary: the binary's frame carries a content checksum (its default,
  // the frame header descriptor's bit 2), node's does not; the full save's is the binary's.
  const descriptor = (id: string): number =>
    readFileSync(path.join(tmp, 'store', `${id}.tar.zst`))[4]! & 0b100;
  expect(descriptor('full')).not.toBe(0);
  expect(descriptor('inc')).toBe(0);
  const dest = path.join(tmp, 'dest');
  await restoreCheckpoint({ store, checkpoint: 'inc', dest });
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
});
