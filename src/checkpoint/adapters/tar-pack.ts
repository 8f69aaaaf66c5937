/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back. Past the first
 * `offThreadFrom` bytes the hashing moves to a worker thread that reads the same (shared) buffers
 * (tar-hash.ts): each digest is then set once `finish` has resolved.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { BLOCK, END_OF_ARCHIVE, encodeHeader, padding, type TarHeader } from '../core/tar.js';
import { fileDone } from './file-progress.js';
import { BufferHasher } from './tar-hash.js';

const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;

/** Files up to this size are read with one call, straight behind their header. */
const SMALL_FILE = 256 * 1024;

/**
 * Bytes packed before the hashing moves to a worker thread: a thread costs about 45 ms of CPU to start
 * (digest-thread.ts), what hashing some 60 MB costs, and an incremental's few changed files never pay it.
 */
export const HASH_OFF_THREAD_FROM = 32 << 20;

const EMPTY_SHA256 = oneShotHash('sha256', '');

/** What addFile sets: the size and sha256 of the bytes it packed (a manifest entry takes them as they are). */
export interface PackedFile {
  size?: number | undefined;
  sha256?: string | undefined;
}

export class TarPacker {
  private readonly free: Buffer[] = [];
  /** Every buffer made, by index; a buffer handed over returns to `free` once its holds are released. */
  private readonly buffers: Buffer[] = [];
  private readonly holds: number[] = [];
  private hasher: BufferHasher | undefined;
  /** File bytes packed so far. */
  private packed = 0;
  private buf: Buffer;
  private off = 0;
  private failed: Error | undefined;
  private waiting: (() => void) | undefined;
  private readonly scratch = Buffer.allocUnsafe(BLOCK);

  constructor(
    private readonly out: Writable,
    private readonly bufferSize = BUFFER_SIZE,
    private readonly maxBuffers = BUFFERS,
    private readonly offThreadFrom = HASH_OFF_THREAD_FROM,
  ) {
    this.buf = this.take()!;
    out.on('error', (error) => this.fail(error));
  }

  private throwIfFailed(): void {
    if (this.failed) throw this.failed;
  }

  private fail(error: Error): void {
    this.failed ??= error;
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  private take(): Buffer | undefined {
    const b = this.free.pop();
    if (b) return b;
    if (this.buffers.length >= this.maxBuffers) return undefined;
    // Shared memory, so that the hashing thread reads the bytes where they are.
    const made = Buffer.from(new SharedArrayBuffer(this.bufferSize));
    this.hasher?.share(this.buffers.length, made);
    this.buffers.push(made);
    return made;
  }

  /** One of a handed-over buffer's holds (the output's write, the thread's hashing) is released. */
  private release(index: number): void {
    if (--this.holds[index]! > 0) return;
    this.free.push(this.buffers[index]!);
    this.wake();
  }

  /** The hashing thread, started once `offThreadFrom` bytes are packed; from the next file on. */
  private hashOffThreadOnceDue(): void {
    if (this.hasher || this.packed < this.offThreadFrom) return;
    const hasher = new BufferHasher(
      (index) => this.release(index),
      (error) => this.fail(error),
    );
    this.buffers.forEach((b, i) => hasher.share(i, b));
    this.hasher = hasher;
  }

  /** Files whose digest the hashing thread computed. */
  get hashedOffThread(): number {
    return this.hasher?.hashed ?? 0;
  }

  /** Hands the current buffer to the output and takes a free one, waiting for one when all are out. */
  private async rotate(): Promise<void> {
    if (this.failed) throw this.failed;
    const full = this.buf;
    const used = this.off;
    const index = this.buffers.indexOf(full);
    this.holds[index] = this.hasher?.send(index) ? 2 : 1;
    if (used > 0) {
      this.out.write(full.subarray(0, used), (error) => {
        if (error) this.fail(error);
        this.release(index);
      });
    } else {
      this.release(index);
    }
    let next = this.take();
    while (!next) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.throwIfFailed();
      next = this.take();
    }
    this.buf = next;
    this.off = 0;
  }

  private room(): number {
    return this.bufferSize - this.off;
  }

  private put(bytes: Buffer): Promise<void> | void {
    if (bytes.length <= this.room()) {
      bytes.copy(this.buf, this.off);
      this.off += bytes.length;
      return;
    }
    return this.putSlow(bytes);
  }

  private async putSlow(bytes: Buffer): Promise<void> {
    let at = 0;
    while (at < bytes.length) {
      if (this.room() === 0) await this.rotate();
      const n = Math.min(this.room(), bytes.length - at);
      bytes.copy(this.buf, this.off, at, at + n);
      this.off += n;
      at += n;
    }
  }

  private async zeros(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.room() === 0) await this.rotate();
      const k = Math.min(this.room(), left);
      this.buf.fill(0, this.off, this.off + k);
      this.off += k;
      left -= k;
    }
  }

  /** A directory or symlink: a header only. A promise only when it had to wait for a buffer. */
  addEntry(h: TarHeader): Promise<void> | undefined {
    if (this.failed) throw this.failed;
    return this.put(encodeHeader(h, this.scratch)) ?? undefined;
  }

  /** The header of the file being packed: one object, refilled for each file. */
  private readonly fileHeader: TarHeader = { name: '', type: 'file', mode: 0, size: 0, mtime: 0 };

  /**
   * A regular file the scan saw with `expectedSize` bytes, packed with the size and sha256 of the bytes
   * read, which are set on `out`. A small file is read with one call into place behind its header; a big
   * one, or one whose size changed since the scan, streams through the buffers with the size it has now.
   * Returns undefined when the file went in at once (the common case: no promise per file), else a
   * promise that settles once it is in.
   */
  addFile(
    name: string,
    mode: number,
    mtime: number,
    abs: string,
    expectedSize: number,
    out: PackedFile,
  ): Promise<void> | undefined {
    if (this.failed) throw this.failed;
    this.hashOffThreadOnceDue();
    const h = this.fileHeader;
    h.name = name;
    h.mode = mode;
    h.mtime = mtime;
    const fd = openSync(abs, 'r');
    let waits = false;
    try {
      const inPlace = expectedSize <= SMALL_FILE ? this.packInPlace(fd, expectedSize, out) : 'big';
      if (inPlace === 'packed') return undefined;
      waits = true;
      return this.addFileLater(fd, expectedSize, out, inPlace === 'no-room');
    } finally {
      if (!waits) this.closeFile(fd);
    }
  }

  private closeFile(fd: number): void {
    closeSync(fd);
    fileDone();
  }

  /** addFile when the file does not go in at once: in a fresh buffer when there was no room, else streamed. */
  private async addFileLater(
    fd: number,
    expectedSize: number,
    out: PackedFile,
    noRoom: boolean,
  ): Promise<void> {
    try {
      if (noRoom) {
        await this.rotate();
        if (this.packInPlace(fd, expectedSize, out) === 'packed') return;
      }
      await this.streamFile(fd, out);
    } finally {
      this.closeFile(fd);
    }
  }

  /**
   * Reads the whole file behind its header in the current buffer. Nothing is packed when the buffer has
   * no room for it ('no-room') or the file is no longer `expectedSize` bytes long ('changed').
   */
  private packInPlace(fd: number, expectedSize: number, out: PackedFile): 'packed' | 'no-room' | 'changed' {
    const h = this.fileHeader;
    h.size = expectedSize;
    const header = encodeHeader(h, this.scratch);
    const whole = header.length + expectedSize + padding(expectedSize);
    // One extra byte of room tells a file that grew since the scan from one that did not.
    if (this.room() < whole + 1) return 'no-room';
    const start = this.off + header.length;
    const got = readFully(fd, this.buf, start, expectedSize + 1);
    if (got !== expectedSize) return 'changed';
    if (this.hasher) this.hasher.range(start, got, this.hasher.begin(out), true, true);
    else out.sha256 = oneShotHash('sha256', this.buf.subarray(start, start + got));
    out.size = got;
    this.packed += got;
    header.copy(this.buf, this.off);
    this.buf.fill(0, start + got, start + got + padding(got));
    this.off = start + got + padding(got);
    return 'packed';
  }

  private async streamFile(fd: number, out: PackedFile): Promise<void> {
    const h = this.fileHeader;
    const size = fstatSync(fd).size;
    h.size = size;
    await this.put(encodeHeader(h, this.scratch));
    const hasher = this.hasher;
    const id = hasher?.begin(out);
    const hash = hasher ? undefined : createHash('sha256');
    for (let pos = 0; pos < size;) {
      if (this.room() === 0) await this.rotate();
      const n = readSync(fd, this.buf, this.off, Math.min(this.room(), size - pos), pos);
      if (n === 0) throw new Error(`'${h.name}' shrank while it was being checkpointed`);
      if (hash) hash.update(this.buf.subarray(this.off, this.off + n));
      else hasher!.range(this.off, n, id!, pos === 0, pos + n === size);
      this.off += n;
      pos += n;
    }
    await this.zeros(padding(size));
    // (an empty file has no range for the thread to hash)
    if (hash || size === 0) out.sha256 = hash?.digest('hex') ?? EMPTY_SHA256;
    out.size = size;
    this.packed += size;
  }

  /** Ends the archive, hands over what is left and ends the output; every digest is set once it resolves. */
  async finish(): Promise<void> {
    await this.zeros(END_OF_ARCHIVE);
    await this.rotate();
    if (this.failed) throw this.failed;
    this.out.end();
    await this.hasher?.drained();
    await this.close();
  }

  /** Stops the hashing thread, if any: after `finish`, or once the save failed. */
  async close(): Promise<void> {
    await this.hasher?.close();
  }
}

/**
 * Reads up to `len` bytes from the start of the file, until a read returns fewer than it asked for: for
 * a regular file that is its end, and a second read to see 0 cost a system call per file. (Where a file
 * system returns less before the end, the caller finds the size short of the scan's and streams the file.)
 */
function readFully(fd: number, buf: Buffer, off: number, len: number): number {
  let got = 0;
  while (got < len) {
    const want = len - got;
    const n = readSync(fd, buf, off + got, want, got);
    got += n;
    if (n < want) break;
  }
  return got;
}
