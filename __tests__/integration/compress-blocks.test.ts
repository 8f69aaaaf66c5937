/**
 * The compressor's output as whole blocks (BlockOutput): zstd writes into a UNIX socket whose reads land
 * straight in the block being filled, so the archive crosses into the process once, in pieces the upload
 * stages as they are. Blocks handed back are filled again; blocks kept are never written again.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compressor, OUTPUT_BLOCK, type BlockOutput } from '../../src/checkpoint/adapters/compress.js';

const MiB = 1024 * 1024;
/** Incompressible input: the archive is about as large, so it spans several blocks. */
const input = randomBytes(9 * MiB + 12_345);
/** What zstd makes of it with the same arguments (its output does not depend on the threads it had). */
const expected = execFileSync('zstd', ['-T0', '-3', '-q', '-c'], { input, maxBuffer: 64 * MiB });

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'compress-blocks-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test('the archive comes in whole blocks, the last as far as it got, and nothing is left in the temp dir', async () => {
  const codec = await compressor('zstd', 3, { tempDir: tmp });
  codec.input.end(input);
  const chunks: Buffer[] = [];
  for await (const chunk of codec.output) chunks.push(chunk as Buffer);
  await codec.done;
  expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  // Read as the child's stdout, every chunk was at most 64 KiB.
  const whole = Math.floor(expected.length / OUTPUT_BLOCK);
  expect(chunks.map((c) => c.length)).toEqual([
    ...Array<number>(whole).fill(OUTPUT_BLOCK),
    expected.length % OUTPUT_BLOCK,
  ]);
  expect(readdirSync(tmp)).toEqual([]);
});

test('a block handed back is filled again; a block kept keeps its bytes', async () => {
  const codec = await compressor('zstd', 3, { tempDir: tmp });
  const output = codec.output as BlockOutput;
  codec.input.end(input);
  const chunks: Buffer[] = [];
  for await (const chunk of output) {
    chunks.push(chunk as Buffer);
    // The first block is handed back at once; every other one is kept.
    if (chunks.length === 1) output.recycle(chunk as Buffer);
  }
  await codec.done;
  expect(chunks.length).toBeGreaterThanOrEqual(3);
  // The first block's memory came back as the next block to be filled (the second was being filled
  // already when the first was read)...
  // (Compared as booleans: a failed toBe on two blocks' memory would have jest diff megabytes.)
  expect(chunks[2]!.buffer === chunks[0]!.buffer).toBe(true);
  expect(chunks[1]!.buffer === chunks[0]!.buffer).toBe(false);
  // ...and every kept one holds exactly its part of the archive.
  for (let i = 1; i < chunks.length; i++) {
    const at = i * OUTPUT_BLOCK;
    expect(chunks[i]!.equals(expected.subarray(at, at + chunks[i]!.length))).toBe(true);
  }
});

test('killed while a block waits unread, the compressor settles instead of waiting for a reader', async () => {
  const codec = await compressor('zstd', 3, { tempDir: tmp });
  codec.input.on('error', () => undefined);
  codec.input.write(input);
  // zstd fills a block and stops: nobody reads the output.
  await new Promise((resolve) => setTimeout(resolve, 300));
  codec.kill();
  await expect(codec.done).rejects.toThrow(/zstd exited with SIGKILL/);
  expect(codec.output.destroyed).toBe(true);
});

test('where no UNIX socket can be made (a temp path too long for one), the archive comes as a stream, whole', async () => {
  const long = path.join(tmp, 'a-temp-directory-whose-path-is-longer-than-a-unix-socket-address-'.repeat(2));
  mkdirSync(long);
  const codec = await compressor('zstd', 3, { tempDir: long });
  codec.input.end(input);
  const chunks: Buffer[] = [];
  for await (const chunk of codec.output) chunks.push(chunk as Buffer);
  await codec.done;
  expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(OUTPUT_BLOCK);
  expect(readdirSync(long)).toEqual([]);
});
