/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 * Decompression hands its output to a synchronous consumer (the tar reader) through one reused buffer.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, createReadStream, createWriteStream, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, type Writable } from 'node:stream';
import type { Gunzip, Gzip } from 'node:zlib';
import type { Compression } from '../core/index.js';
import { zstdInProcess } from '../../runner/adapters/platform.js';
import { onPath } from '../../runner/adapters/program-path.js';
import { openSocketPair } from '../../runner/adapters/socket-pair.js';

// Loaded at its first use (gzip, or zstd without the binary): a restore through the zstd binary never
// needs it, and node:zlib cost each such process ~6-10 ms of CPU to load.
const zlib = (): typeof import('node:zlib') => process.getBuiltinModule('node:zlib');

let zstdPresent: Promise<boolean> | undefined;

/**
 * Whether a `zstd` binary is on PATH (checked once per process). Looked up in PATH's directories as spawn
 * does, not by running `zstd --version`: that was a process of its own in every save and restore, before
 * the one doing the work (~30 ms of this thread's CPU to spawn, and its start-up on the critical path).
 * On Windows (PATHEXT, `zstd.exe`) the binary is still asked.
 */
export function hasZstd(): Promise<boolean> {
  zstdPresent ??=
    process.platform === 'win32'
      ? new Promise((resolve) => {
          execFile('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
        })
      : Promise.resolve(onPath('zstd', process.env.PATH));
  return zstdPresent;
}

export async function pickCompression(): Promise<Compression> {
  return (await hasZstd()) ? 'zstd' : 'gzip';
}

/** A duplex pair plus a promise that rejects when the codec fails (bad input, missing binary). */
export interface Codec {
  input: Writable;
  output: Readable;
  done: Promise<void>;
  kill(): void;
}

/**
 * zstd as a child. Its output comes through a UNIX socket read straight into large blocks (BlockOutput)
 * where one can be made, else as the child's stdout stream.
 */
async function zstdCodec(args: string[], what: string, tempDir: string): Promise<Codec> {
  const blocks = process.platform === 'linux' ? new BlockOutput() : undefined;
  // (No socket where the temp directory cannot hold one: the stream then.)
  const pair = blocks && (await openSocketPair(tempDir, blocks.onread).catch(() => undefined));
  const child = spawn('zstd', args, { stdio: ['pipe', pair?.childEnd ?? 'pipe', 'pipe'] });
  const done = zstdExit(child, what);
  // An EPIPE on stdin only means zstd stopped early; its exit status carries the real reason.
  child.stdin!.on('error', () => undefined);
  const kill = (): void => void child.kill('SIGKILL');
  if (blocks && pair) {
    // Only the child holds its end now, so its exit is the end of the output.
    pair.childEnd.destroy();
    // Done once the output is all read from the socket too, as it is when the child's own stdout closes.
    const read = blocks.attach(pair.ours);
    const stop = (): void => {
      kill();
      blocks.destroy(); // a paused socket would never see the end: nothing reads it any more
    };
    return {
      input: child.stdin!,
      output: blocks,
      done: Promise.all([done, read]).then(() => undefined),
      kill: stop,
    };
  }
  // Read from the start: when a child exits, Node drains (and drops) the stdout of a child that nobody
  // listens to yet, so a small archive could vanish while the store was still setting up its upload.
  // The pass-through keeps the bytes, with the same backpressure.
  const output = child.stdout!.pipe(new PassThrough({ highWaterMark: 1 << 20 }));
  child.stdout!.on('error', (error) => output.destroy(error));
  return { input: child.stdin!, output, done, kill };
}

/**
 * Bytes in each block of a compressor's output: an artifact upload's block (artifact-upload.ts
 * DEFAULT_BLOCK_SIZE), so that the upload stages each block as it is.
 */
export const OUTPUT_BLOCK = 4 << 20;

/** An archive's bytes, whose consumer may hand each chunk back once done with it (a BlockOutput's blocks). */
export type RecyclingSource = Readable & { recycle?: (chunk: Buffer) => void };

/** Blocks handed back by the consumer and kept for filling again; more are left to the collector. */
const SPARE_BLOCKS = 2;

/**
 * A compressor's output as a stream of whole blocks: the socket's reads land straight in the block being
 * filled, and each block is pushed once full (the last one as far as it got). Read as the child's stdout,
 * every 64 KiB read was a fresh buffer, copied through a pass-through and again into the upload's block.
 * A consumer done with a block may hand it back (`recycle`); blocks it keeps are never written again.
 * The socket is paused while a pushed block waits to be read, so at most one waits.
 */
export class BlockOutput extends Readable {
  private block: Buffer;
  private fill = 0;
  private readonly spare: Buffer[] = [];
  private socket: net.Socket | undefined;
  /** The socket's `onread`: reads go into the free part of the current block. */
  readonly onread: net.OnReadOpts = {
    buffer: () => this.block.subarray(this.fill),
    callback: (n: number) => this.received(n),
  };

  constructor(readonly blockSize = OUTPUT_BLOCK) {
    super({ highWaterMark: 0 });
    this.block = Buffer.allocUnsafeSlow(blockSize);
  }

  /** Reads from `socket` until its end; resolves once it is closed (all its bytes pushed, or it failed). */
  attach(socket: net.Socket): Promise<void> {
    this.socket = socket;
    socket.on('end', () => {
      if (this.fill > 0) this.push(this.block.subarray(0, this.fill));
      this.push(null);
    });
    socket.on('error', (error) => this.destroy(error));
    return new Promise((resolve) => socket.on('close', () => resolve()));
  }

  /** `n` more bytes are in the current block; false pauses the socket (a full block waits to be read). */
  private received(n: number): boolean {
    this.fill += n;
    if (this.fill < this.block.length) return true;
    const full = this.block;
    this.block = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.blockSize);
    this.fill = 0;
    return this.push(full);
  }

  override _read(): void {
    this.socket?.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket?.destroy();
    callback(error);
  }

  /** A whole block this stream pushed, which its consumer no longer holds: it may be filled again. */
  recycle(block: Buffer): void {
    if (block.length === this.blockSize && this.spare.length < SPARE_BLOCKS && !this.spare.includes(block))
      this.spare.push(block);
  }
}
/**
 * Resolves once a zstd child exits cleanly; rejects with what it said on stderr (its first 4000
 * characters) when it fails or cannot be run.
 */
function zstdExit(child: ChildProcess, what: string): Promise<void> {
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    if (stderr.length < 4000) stderr += d;
  });
  return new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${what}: cannot run zstd: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what}: zstd exited with ${signal ?? code}: ${stderr.trim() || 'no message'}`));
    });
  });
}

function zlibCodec(stream: Gzip | Gunzip, what: string): Codec {
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', (error) => reject(new Error(`${what}: ${error.message}`)));
    // Killed (destroyed without an error) before its end: nothing else would ever settle it, and a save whose
    // store failed without reading waited here for good. After 'end' this changes nothing.
    stream.on('close', () => reject(new Error(`${what}: stopped`)));
  });
  return { input: stream, output: stream, done, kill: () => stream.destroy() };
}

/**
 * The checkpoint's compressor: write the tar stream to `input`, read the archive from `output`. zstd's
 * output is made in a private directory under `tempDir` (its socket: see zstdCodec).
 */
export async function compressor(
  compression: Compression,
  level = 3,
  { tempDir = os.tmpdir() }: { tempDir?: string } = {},
): Promise<Codec> {
  return compression === 'zstd'
    ? await zstdCodec(['-T0', `-${level}`, '-q', '-c'], 'compressing the checkpoint', tempDir)
    : zlibCodec(
        zlib().createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }),
        'compressing the checkpoint',
      );
}

/** The running decompressor of `decompressTo`: write the compressed bytes to `input`. */
export interface Decoder {
  input: Writable;
  /** Resolves once every output byte went through `onChunk` and the decompressor exited cleanly. */
  done: Promise<void>;
  kill(): void;
}

/**
 * Decompresses, handing the output to `onChunk` synchronously (the chunk is valid only during the call).
 * zstd's output is read into one reusable buffer (a socket with a user buffer), so the hundreds of
 * megabytes of a restore allocate nothing: read as a stream, every 64 KiB read is a fresh buffer that only
 * the garbage collector frees, and the process grows by tens of megabytes. On Linux it comes through a
 * connected UNIX socket, whose buffer (the kernel's default send buffer, about 200 KiB) holds three times
 * a pipe's 64 KiB: through a FIFO zstd stopped at every 64 KiB until this thread read it, and each read
 * woke it. Elsewhere, or where no such socket can be made, a FIFO; where neither exists (Windows) the
 * child's stdout stream.
 * An exception from `onChunk` stops the decompressor and rejects `done` with it.
 */
export async function decompressTo(
  compression: Compression,
  onChunk: (chunk: Buffer) => void,
  {
    inputFile,
    inputBytes,
    outputBytes,
    fifos = process.platform !== 'win32',
    tempDir = os.tmpdir(),
  }: {
    /** Read the compressed bytes from this file instead of `input` (which then takes nothing). */
    inputFile?: string;
    /** The compressed bytes `input` will take (the manifest's word: a hint, never trusted for more). */
    inputBytes?: number;
    /** The bytes it will give (the manifest's word: a hint, never trusted for more). */
    outputBytes?: number;
    /** Use FIFOs where they exist; without, plain pipes (how it runs on Windows). */
    fifos?: boolean;
    /** Where the FIFOs and the socket are made (each in a private directory, removed at once). */
    tempDir?: string;
  } = {},
): Promise<Decoder> {
  const sink = new ChunkSink(onChunk);
  // Without the zstd binary (self-hosted Windows or macOS), node's own zstd reads a .tar.zst: platform.ts.
  if (compression === 'gzip' || !(await hasZstd())) return gunzipTo(sink, inputFile, compression);

  let stopChild = (): void => undefined;
  const kill = (): void => stopChild();
  // Both ends made at the same time: each waits on its own round trips (a socket's connection, mkfifo).
  const [out, inFifo] = await Promise.all([
    // Not for an output under OUTPUT_SOCKET_FROM: zstd's stdout pipe takes it in a few reads, and the
    // socket pair (a private directory, a listening socket, which loads node:cluster, and a connection)
    // was ~7 ms of a one-file restore's ~75 ms of CPU between its manifest and its archive's request.
    fifos && !(outputBytes !== undefined && outputBytes < OUTPUT_SOCKET_FROM)
      ? openOutput(sink, kill, tempDir)
      : undefined,
    // The compressed input goes through a FIFO, written by the thread pool: zstd then reads at its own
    // pace, not only when this thread, busy with the output, gets round to feeding its stdin.
    // Not for an archive under INPUT_FIFO_FROM: it goes through zstd's stdin in a few writes, and the
    // FIFO's mkfifo process was ~5 % of a one-file restore's CPU.
    inputFile || !fifos || (inputBytes !== undefined && inputBytes < INPUT_FIFO_FROM)
      ? undefined
      : openFifo('input', tempDir),
  ]);
  const child = spawn('zstd', ['-d', '-q', '-c', ...(inputFile ? ['--', inputFile] : [])], {
    stdio: [inFifo?.readFd ?? 'pipe', out?.childEnd ?? 'pipe', 'pipe'],
  });
  stopChild = () => void child.kill('SIGKILL');
  // Only the child holds its end now, so its exit is the end of our reading.
  out?.closeChildEnd();
  if (inFifo) closeSync(inFifo.readFd);
  const input: Writable = inFifo
    ? createWriteStream('', { fd: inFifo.writeFd, highWaterMark: 1 << 20 })
    : child.stdin!;
  const exited = zstdExit(child, DECOMPRESSING);
  input.on('error', () => undefined); // EPIPE: zstd stopped; its exit status says why
  const output = out ? out.read : readStdout(child.stdout!, sink, kill);
  const done = Promise.all([output, exited]).then(
    () => {
      if (sink.failure !== undefined) throw sink.failure;
    },
    (error: unknown) => {
      throw sink.failure ?? (error as Error);
    },
  );
  return { input, done, kill };
}

const DECOMPRESSING = 'decompressing the checkpoint';

/** Compressed bytes from which a decompressor's input goes through a FIFO rather than its stdin. */
export const INPUT_FIFO_FROM = 1 << 20;

/** Decompressed bytes from which a decompressor's output comes through a socket pair rather than its stdout. */
export const OUTPUT_SOCKET_FROM = 1 << 20;

/** Hands chunks to the consumer until it throws; then keeps what it threw and takes nothing more. */
class ChunkSink {
  failure: Error | undefined;
  constructor(private readonly onChunk: (chunk: Buffer) => void) {}

  /** False once the consumer has failed: the reader then stops the decompressor. */
  deliver(chunk: Buffer): boolean {
    if (this.failure !== undefined) return false;
    try {
      this.onChunk(chunk);
      return true;
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      return false;
    }
  }
}

/** In process, through node's zlib (gzip, or zstd without the binary): the same contract as decompressTo's. */
function gunzipTo(sink: ChunkSink, inputFile: string | undefined, compression: Compression): Decoder {
  const gunzip =
    compression === 'gzip' ? zlib().createGunzip({ chunkSize: 256 * 1024 }) : zstdInProcess(DECOMPRESSING);
  const done = new Promise<void>((resolve, reject) => {
    gunzip.on('data', (chunk: Buffer) => {
      if (!sink.deliver(chunk)) gunzip.destroy();
    });
    gunzip.on('end', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
    // Stopped (destroyed without an error: `kill`, or the consumer failed) before its end: nothing else would
    // settle it, and a restore that stopped it (nothing to write, a download that failed to open) waited for
    // good. After 'end' or 'error' this changes nothing.
    gunzip.on('close', () => reject(sink.failure ?? new Error(`${DECOMPRESSING}: stopped`)));
    gunzip.on('error', (error) => reject(sink.failure ?? new Error(`${DECOMPRESSING}: ${error.message}`)));
  });
  if (inputFile) {
    const file = createReadStream(inputFile, { highWaterMark: 1 << 20 });
    file.on('error', (error) => gunzip.destroy(error));
    file.pipe(gunzip);
  }
  return { input: gunzip, done, kill: () => gunzip.destroy() };
}

/** Where the decompressor writes (`childEnd`, for spawn) and our reading of it, into one reused buffer. */
interface Output {
  childEnd: number | net.Socket;
  closeChildEnd(): void;
  /** Settles once the child's end is closed and all was read, or the consumer failed. */
  read: Promise<void>;
}

/** A connected UNIX socket pair, else a FIFO; undefined where neither can be made. */
async function openOutput(sink: ChunkSink, kill: () => void, tempDir: string): Promise<Output | undefined> {
  const reading = readingInto(sink, kill);
  // (Linux only: macOS gives a UNIX socket an 8 KiB buffer, less than its pipes.)
  const pair =
    process.platform === 'linux'
      ? // a pair that cannot be made (a temp path too long for a socket): the FIFO below
        await openSocketPair(tempDir, reading.onread).catch(() => undefined)
      : undefined;
  if (pair) {
    return {
      childEnd: pair.childEnd,
      closeChildEnd: () => pair.childEnd.destroy(),
      read: reading.watch(pair.ours),
    };
  }
  const fifo = await openFifo('output', tempDir);
  if (!fifo) return undefined;
  const ours = new net.Socket({ fd: fifo.readFd, readable: true, writable: false, onread: reading.onread });
  return { childEnd: fifo.writeFd, closeChildEnd: () => closeSync(fifo.writeFd), read: reading.watch(ours) };
}

/**
 * The `onread` option of a socket that hands what it reads to `sink` through one reused 256 KiB buffer,
 * and `watch`, which settles once that socket ended (or the consumer failed: then the decompressor is
 * killed and the socket closed).
 */
function readingInto(
  sink: ChunkSink,
  kill: () => void,
): { onread: net.OnReadOpts; watch: (socket: net.Socket) => Promise<void> } {
  let socket: net.Socket | undefined;
  const onread: net.OnReadOpts = {
    buffer: Buffer.allocUnsafeSlow(256 * 1024),
    callback: (n: number, buf: Uint8Array) => {
      if (sink.deliver(Buffer.from(buf.buffer, buf.byteOffset, n))) return true;
      socket?.destroy();
      kill();
      return false;
    },
  };
  const watch = (s: net.Socket): Promise<void> => {
    socket = s;
    return new Promise<void>((resolve, reject) => {
      s.on('end', resolve);
      s.on('close', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
      s.on('error', reject);
    });
  };
  return { onread, watch };
}

/** Reads the decompressor's output as a stream (where there are no FIFOs). */
function readStdout(stdout: Readable, sink: ChunkSink, kill: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    stdout.on('data', (chunk: Buffer) => {
      if (sink.deliver(chunk)) return;
      stdout.destroy();
      kill();
    });
    stdout.on('end', resolve);
    stdout.on('close', () => (sink.failure === undefined ? resolve() : reject(sink.failure)));
    stdout.on('error', reject);
  });
}

/**
 * A FIFO opened at both ends and already unlinked (the pipe lives on in the two descriptors); undefined
 * where there is no mkfifo. For 'output' (a child writes, we read through a socket) our read end is
 * non-blocking; for 'input' (we write from the thread pool, a child reads) both ends block, and the
 * read-write open lets both opens return at once.
 */
async function openFifo(
  kind: 'output' | 'input',
  tempDir: string,
): Promise<{ readFd: number; writeFd: number } | undefined> {
  const dir = await mkdtemp(path.join(tempDir, 'ci-recovery-fifo-'));
  const p = path.join(dir, kind);
  try {
    const made = await new Promise<boolean>((resolve) =>
      execFile('mkfifo', ['-m', '600', p], (error) => resolve(!error)),
    );
    if (!made) return undefined;
    if (kind === 'output') {
      const readFd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
      return { readFd, writeFd: openSync(p, constants.O_WRONLY) };
    }
    const holder = openSync(p, constants.O_RDWR);
    try {
      const readFd = openSync(p, constants.O_RDONLY);
      return { readFd, writeFd: openSync(p, constants.O_WRONLY) };
    } finally {
      closeSync(holder);
    }
  } catch {
    // a FIFO that cannot be made or opened: the caller falls back to a pipe
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
