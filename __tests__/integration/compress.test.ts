/**
 * The compressor child: its output must survive the child's exit even when the consumer starts late
 * (a store still creating its artifact when a small archive is already compressed).
 */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Server, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  compressor,
  decompressTo,
  INPUT_FIFO_FROM,
  OUTPUT_SOCKET_FROM,
} from '../../src/checkpoint/adapters/compress.js';

test('a small archive read only after zstd exited is complete', async () => {
  const codec = await compressor('zstd');
  const input = Buffer.from('tar bytes '.repeat(100));
  codec.input.end(input);
  await codec.done; // zstd has exited; nobody has read its output yet
  await new Promise((resolve) => setTimeout(resolve, 50));
  const chunks: Buffer[] = [];
  for await (const chunk of codec.output) chunks.push(chunk as Buffer);
  const compressed = Buffer.concat(chunks);
  expect(compressed.length).toBeGreaterThan(0);
  expect(execFileSync('zstd', ['-d', '-q', '-c'], { input: compressed }).equals(input)).toBe(true);
});

describe.each([true, false])('decompressTo (FIFOs: %s)', (fifos) => {
  const input = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''));
  const compressed = execFileSync('zstd', ['-q', '-c'], { input });

  test('streams the whole output to the consumer, fed through input', async () => {
    const chunks: Buffer[] = [];
    const decoder = await decompressTo('zstd', (c) => chunks.push(Buffer.from(c)), { fifos });
    decoder.input.end(compressed);
    await decoder.done;
    expect(Buffer.concat(chunks).equals(input)).toBe(true);
  });

  test('a consumer that throws stops zstd and its error is the one reported', async () => {
    const decoder = await decompressTo(
      'zstd',
      () => {
        throw new Error('refused by the reader');
      },
      { fifos },
    );
    decoder.input.on('error', () => undefined);
    decoder.input.end(compressed);
    await expect(decoder.done).rejects.toThrow('refused by the reader');
  });

  test('corrupt input is zstd error, not a hang', async () => {
    const decoder = await decompressTo('zstd', () => undefined, { fifos });
    decoder.input.on('error', () => undefined);
    decoder.input.end(Buffer.concat([compressed.subarray(0, 100), Buffer.alloc(100, 7)]));
    await expect(decoder.done).rejects.toThrow(/zstd exited with 1/);
  });
});

describe('decompressTo: a small input goes through zstd stdin, its output through the socket', () => {
  const small = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''));
  // Random bytes: their archive stays past INPUT_FIFO_FROM.
  const big = randomBytes(INPUT_FIFO_FROM * 2);

  test.each([
    ['under INPUT_FIFO_FROM', small, (c: Buffer) => c.length],
    ['past it, with a size that lies low (the manifest says it; the bytes are what they are)', big, () => 1],
  ])('%s: the whole output through zstd stdin, nothing left in the temp dir', async (_, input, sizeOf) => {
    const compressed = execFileSync('zstd', ['-q', '-c'], { input, maxBuffer: 64 << 20 });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'decompress-'));
    try {
      const chunks: Buffer[] = [];
      const decoder = await decompressTo('zstd', (c) => chunks.push(Buffer.from(c)), {
        inputBytes: sizeOf(compressed),
        tempDir: tmp,
      });
      // zstd's stdin (a socket), not a write stream into an input FIFO
      expect(decoder.input).toBeInstanceOf(Socket);
      decoder.input.end(compressed);
      await decoder.done;
      expect(Buffer.concat(chunks).equals(input)).toBe(true);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a corrupt small input is zstd error, not a hang', async () => {
    const compressed = execFileSync('zstd', ['-q', '-c'], { input: small });
    const decoder = await decompressTo('zstd', () => undefined, { inputBytes: 200 });
    decoder.input.on('error', () => undefined);
    decoder.input.end(Buffer.concat([compressed.subarray(0, 100), Buffer.alloc(100, 7)]));
    await expect(decoder.done).rejects.toThrow(/zstd exited with 1/);
  });
});

describe('decompressTo: a small output comes through zstd stdout, without a socket pair', () => {
  const small = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''));
  // Random bytes: past OUTPUT_SOCKET_FROM whatever the hint says.
  const big = randomBytes(OUTPUT_SOCKET_FROM * 3);

  test.each([
    ['under OUTPUT_SOCKET_FROM', small, (o: Buffer) => o.length, 0],
    ['past it', big, (o: Buffer) => o.length, 1],
    [
      'past it, with a size that lies low (the manifest says it; the bytes are what they are)',
      big,
      () => 1,
      0,
    ],
    ['of a size not given', small, () => undefined, 1],
  ])('%s: the whole output, nothing left in the temp dir', async (_, input, sizeOf, listens) => {
    const compressed = execFileSync('zstd', ['-q', '-c'], { input, maxBuffer: 64 << 20 });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'decompress-'));
    // The socket pair is made through a listening socket (socket-pair.ts), whose listen loads node:cluster.
    const listen = jest.spyOn(Server.prototype, 'listen');
    try {
      const chunks: Buffer[] = [];
      const decoder = await decompressTo('zstd', (c) => chunks.push(Buffer.from(c)), {
        inputBytes: compressed.length,
        outputBytes: sizeOf(input),
        tempDir: tmp,
      });
      decoder.input.end(compressed);
      await decoder.done;
      expect(Buffer.concat(chunks).equals(input)).toBe(true);
      expect(listen).toHaveBeenCalledTimes(listens);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      listen.mockRestore();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('decompressTo: the decompressor runs ahead of a slow reader', () => {
  const input = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `line ${i * 7919}\n`).join(''));
  const compressed = execFileSync('zstd', ['-q', '-c'], { input });
  const PIPE_BUFFER = 64 * 1024;

  /** Decompresses with its FIFOs and sockets in `tmp`; the first chunk is held 100 ms, as a restore busy with files. */
  async function decompressSlowly(tmp: string): Promise<{ output: Buffer; largest: number }> {
    const chunks: Buffer[] = [];
    const decoder = await decompressTo(
      'zstd',
      (c) => {
        if (chunks.length === 0) for (const until = Date.now() + 100; Date.now() < until;);
        chunks.push(Buffer.from(c));
      },
      { tempDir: tmp },
    );
    decoder.input.end(compressed);
    await decoder.done;
    return { output: Buffer.concat(chunks), largest: Math.max(...chunks.map((c) => c.length)) };
  }

  test('its output comes in reads larger than a pipe holds, and nothing is left in the temp dir', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'decompress-'));
    try {
      const { output, largest } = await decompressSlowly(tmp);
      expect(output.equals(input)).toBe(true);
      // Through a FIFO every read stopped at the pipe's 64 KiB: zstd could not get further ahead.
      expect(largest).toBeGreaterThan(PIPE_BUFFER);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('where no UNIX socket can be made (a temp path too long for one), a FIFO carries it whole', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'decompress-'));
    const tmp = path.join(
      base,
      'a-temp-directory-whose-path-is-longer-than-a-unix-socket-address-'.repeat(2),
    );
    mkdirSync(tmp);
    try {
      const { output, largest } = await decompressSlowly(tmp);
      expect(output.equals(input)).toBe(true);
      expect(largest).toBeLessThanOrEqual(PIPE_BUFFER);
      // (Node 20 cut such an address short, and the socket landed beside the temp dir.)
      expect(readdirSync(tmp)).toEqual([]);
      expect(readdirSync(base)).toEqual([path.basename(tmp)]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
