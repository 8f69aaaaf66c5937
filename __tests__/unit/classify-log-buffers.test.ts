/**
 * A process that classifies many logs (the CLI on a run's job logs) reads each in buffers the last log gave
 * back (log-read.ts spareBuffers): its read buffers and its tail ring are allocated once, not once per log,
 * which set the CLI's peak RSS on 145 job logs. Two logs read at once still get buffers of their own. A regular
 * file is read one chunk ahead of the scan (fileChunks), in order, and a reader stopped early settles that read.
 */
import { jest } from '@jest/globals';
import { createHook } from 'node:async_hooks';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  classifyLog,
  fileChunks,
  isZip,
  LOG_TEST_CHARS,
  spareBuffers,
  TailBytes,
  type LogVerdict,
} from '../../src/adapters/log-file.js';

const stamp = '2025-03-01T10:00:00.0000000Z ';

/** A log longer than the tail ring (2 * LOG_TEST_CHARS bytes) and many read chunks, ending in pytest's failure. */
function longLog(tag: string, filler: number): string {
  const line = `${stamp}${tag} ${'x'.repeat(filler)}\n`;
  return (
    line.repeat(Math.ceil((3 * LOG_TEST_CHARS) / line.length)) +
    `${stamp}FAILED tests/test_${tag}.py::test_one - assert 0\n` +
    `${stamp}========= 1 failed, 3 passed in 0.12s =========\n` +
    `${stamp}##[error]Process completed with exit code 1.\n`
  );
}

const summary = (v: LogVerdict): unknown => [v.classification.rule, v.classification.evidence, v.failedTests];

describe("classifying logs one after another reuses the last log's buffers", () => {
  let dir: string;
  let a: string;
  let b: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'classify-log-buffers-'));
    a = path.join(dir, 'a.log');
    b = path.join(dir, 'b.log');
    writeFileSync(a, longLog('alpha', 150));
    // Lines of another length: a buffer shared with the other read would mix their lines.
    writeFileSync(b, longLog('beta', 97));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the second log allocates no read buffer and no tail ring of its own', async () => {
    await classifyLog(a, {}, { tests: true });
    const allocUnsafe = jest.spyOn(Buffer, 'allocUnsafe');
    try {
      const second = await classifyLog(b, {}, { tests: true });
      expect(second.failedTests).toEqual([
        { runner: 'pytest', suite: 'tests/test_beta.py', name: 'test_one' },
      ]);
      // Small allocations (a line's copy) are the allocator's pool's; buffers of 64 KiB and more are the reads'.
      const big = allocUnsafe.mock.calls.map(([size]) => size).filter((size) => size >= 64 << 10);
      expect(big).toEqual([]);
    } finally {
      allocUnsafe.mockRestore();
    }
  });

  test("a tail starts from the ring the last gave back, grown or not: a short log's ring is not made anew", () => {
    const bytes = Buffer.alloc(100 << 10, 0x61);
    const first = new TailBytes(1 << 20, 4096);
    first.push(Buffer.concat([bytes, bytes]));
    first.release();
    const allocUnsafe = jest.spyOn(Buffer, 'allocUnsafe');
    try {
      const second = new TailBytes(1 << 20, 4096);
      second.push(bytes);
      second.push(Buffer.from('\nlast line\n'));
      expect(second.text(1 << 20, 4000).split('\n')).toEqual([expect.stringMatching(/^a+$/), 'last line']);
      expect(allocUnsafe.mock.calls.map(([size]) => size)).toEqual([]);
      second.release();
    } finally {
      allocUnsafe.mockRestore();
    }
    // A ring larger than a tail's `max` is not taken: that tail keeps to its own size.
    const small = new TailBytes(4096, 4096);
    small.push(bytes);
    expect(small.text(1 << 20, 4000)).toBe('');
    expect(TailBytes.spareBytes).toBeGreaterThan(100 << 10);
  });

  test('buffers given back wait for the next log, no more than the reader keeps', async () => {
    await classifyLog(a, {}, { tests: true });
    expect(TailBytes.spareBytes).toBe(2 * LOG_TEST_CHARS);
    expect(spareBuffers.spare(256 << 10)).toBe(2);
  });

  test('logs read at once each read their own bytes: the verdicts are those read one at a time', async () => {
    const alone = [await classifyLog(a, {}, { tests: true }), await classifyLog(b, {}, { tests: true })];
    const together = await Promise.all([a, b, a, b].map((file) => classifyLog(file, {}, { tests: true })));
    expect(together.map(summary)).toEqual([...alone, ...alone].map(summary));
    expect(alone.map((v) => v.failedTests?.[0]?.suite)).toEqual([
      'tests/test_alpha.py',
      'tests/test_beta.py',
    ]);
  });
});

describe("a regular file's chunks (fileChunks)", () => {
  let dir: string;
  let file: string;
  const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i}\n`).join(''));
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'classify-file-chunks-'));
    file = path.join(dir, 'log.txt');
    writeFileSync(file, bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the next chunk is being read while the consumer holds this one, and all come in order', async () => {
    const handle = await open(file, 'r');
    const proto = Object.getPrototypeOf(handle) as { read: (...args: unknown[]) => Promise<unknown> };
    await handle.close();
    const read = jest.spyOn(proto, 'read');
    try {
      const chunks: Buffer[] = [];
      const issued: number[] = [];
      for await (const chunk of fileChunks(file, 4096)) {
        issued.push(read.mock.calls.length);
        chunks.push(Buffer.from(chunk));
      }
      expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
      // While the first chunk is scanned, the second is already asked for: one read ahead.
      expect(issued.slice(0, 3)).toEqual([2, 3, 4]);
    } finally {
      read.mockRestore();
    }
  });

  test('a consumer that stops early gets the read ahead settled and the buffers back', async () => {
    const size = 1024;
    const before = spareBuffers.spare(size);
    for await (const chunk of fileChunks(file, size)) {
      expect(chunk.length).toBe(size);
      break;
    }
    expect(spareBuffers.spare(size)).toBe(Math.max(before, 2));
  });
});

/**
 * The stat, the gzip sniff and the zip sniff of a log are read synchronously (log-read.ts fileStartsWith): each
 * asynchronous one was a round trip through the thread pool, a wait on a busy runner, seven per log. What is
 * left are the chunks' own (open, the reads, close).
 */
describe("a log's stat and sniffs take no trip through the thread pool", () => {
  let dir: string;
  let log: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'log-sniff-'));
    log = path.join(dir, 'job.log');
    writeFileSync(log, `${stamp}npm ERR! code ETIMEDOUT\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The file system requests made through node:fs/promises while `run` runs (async_hooks' FSREQPROMISE). */
  async function fsRequests(run: () => Promise<unknown>): Promise<number> {
    let count = 0;
    const hook = createHook({
      init(_id, type) {
        if (type === 'FSREQPROMISE') count++;
      },
    }).enable();
    try {
      await run();
    } finally {
      hook.disable();
    }
    return count;
  }

  test('isZip asks the file system nothing asynchronously', async () => {
    expect(await fsRequests(() => isZip(log))).toBe(0);
    await expect(isZip(path.join(dir, 'missing.log'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test("a named pipe is not sniffed for a zip: its writer's bytes are left whole for the log reader", async () => {
    const fifo = path.join(dir, 'job.fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer's open waits for a reader's: a sniff that opened the pipe would take its bytes and close it.
    const text = readFileSync(log, 'utf8');
    const write = `require('node:fs').writeFileSync(${JSON.stringify(fifo)}, ${JSON.stringify(text)})`;
    const writer = spawn(process.execPath, ['-e', write], { stdio: 'ignore' });
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    try {
      await expect(isZip(fifo)).resolves.toBe(false);
      expect(await classifyLog(fifo)).toEqual(await classifyLog(log));
    } finally {
      if (writer.exitCode === null) writer.kill();
      await exited;
    }
  });

  test("classifying a one-chunk log: its chunks' open and two reads (the bytes, then the end)", async () => {
    expect(await fsRequests(() => classifyLog(log))).toBe(3);
  });
});
