/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { BLOCK, END_OF_ARCHIVE, encodeHeader, padding, type TarHeader } from '../../core/checkpoint/tar.js';
import { fileDone } from './file-progress.js';

const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;

export interface PackedFile {
  size: number;
  sha256: string;
}

export class TarPacker {
  private readonly free: Buffer[] = [];
  private allocated = 0;
  private buf: Buffer;
  private off = 0;
  private failed: Error | undefined;
  private waiting: (() => void) | undefined;
  private readonly scratch = Buffer.allocUnsafe(BLOCK);

  constructor(
    private readonly out: Writable,
    private readonly bufferSize = BUFFER_SIZE,
    private readonly maxBuffers = BUFFERS,
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
    if (this.allocated >= this.maxBuffers) return undefined;
    this.allocated++;
    return Buffer.allocUnsafeSlow(this.bufferSize);
  }

  /** Hands the current buffer to the output and takes a free one, waiting for one when all are out. */
  private async rotate(): Promise<void> {
    if (this.failed) throw this.failed;
    const full = this.buf;
    const used = this.off;
    if (used > 0) {
      this.out.write(full.subarray(0, used), (error) => {
        if (error) this.fail(error);
        this.free.push(full);
        this.wake();
      });
    } else {
      this.free.push(full);
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

  /** A directory or symlink: a header only. */
  async addEntry(h: TarHeader): Promise<void> {
    await this.put(encodeHeader(h, this.scratch));
  }

  /**
   * A regular file the scan saw with `expectedSize` bytes. A small file is read with one call into place
   * behind its header; a big one, or one whose size changed since the scan, streams through the buffers
   * with the size it has now.
   */
  async addFile(h: Omit<TarHeader, 'size' | 'type'>, abs: string, expectedSize: number): Promise<PackedFile> {
    if (this.failed) throw this.failed;
    const fd = openSync(abs, 'r');
    try {
      if (expectedSize <= 256 * 1024) {
        const header = encodeHeader({ ...h, type: 'file', size: expectedSize }, this.scratch);
        const whole = header.length + expectedSize + padding(expectedSize);
        // One extra byte of room tells a file that grew since the scan from one that did not.
        if (this.room() < whole + 1) await this.rotate();
        const start = this.off + header.length;
        const got = readFully(fd, this.buf, start, expectedSize + 1);
        if (got === expectedSize) {
          const sha256 = oneShotHash('sha256', this.buf.subarray(start, start + got));
          header.copy(this.buf, this.off);
          this.buf.fill(0, start + got, start + got + padding(got));
          this.off = start + got + padding(got);
          return { size: got, sha256 };
        }
      }
      return await this.streamFile(h, fd);
    } finally {
      closeSync(fd);
      fileDone();
    }
  }

  private async streamFile(h: Omit<TarHeader, 'size' | 'type'>, fd: number): Promise<PackedFile> {
    const size = fstatSync(fd).size;
    await this.put(encodeHeader({ ...h, type: 'file', size }, this.scratch));
    const hash = createHash('sha256');
    for (let pos = 0; pos < size;) {
      if (this.room() === 0) await this.rotate();
      const n = readSync(fd, this.buf, this.off, Math.min(this.room(), size - pos), pos);
      if (n === 0) throw new Error(`'${h.name}' shrank while it was being checkpointed`);
      hash.update(this.buf.subarray(this.off, this.off + n));
      this.off += n;
      pos += n;
    }
    await this.zeros(padding(size));
    return { size, sha256: hash.digest('hex') };
  }

  /** Ends the archive, hands over what is left and ends the output. */
  async finish(): Promise<void> {
    await this.zeros(END_OF_ARCHIVE);
    await this.rotate();
    if (this.failed) throw this.failed;
    this.out.end();
  }
}

/** Reads up to `len` bytes from the start of the file. */
function readFully(fd: number, buf: Buffer, off: number, len: number): number {
  let got = 0;
  while (got < len) {
    const n = readSync(fd, buf, off + got, len - got, got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
