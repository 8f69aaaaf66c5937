/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back.
 * Hashing on a worker thread instead, from the same buffers made shared memory (a buffer back only once
 * both zstd and the thread were done with it), was measured and left out: on 2 cores it cost 6 % more CPU
 * (the thread's start, its messages) and no wall time was won, since zstd's threads take the other core;
 * a buffer waiting for the thread also held up the packing (300 MB, 6 interleaved pairs, load 5-9).
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { UserError } from '../../core/errors.js';
import { printablePath } from '../../core/text.js';
import { BLOCK, END_OF_ARCHIVE, encodeHeader, padding, type TarHeader } from '../core/tar.js';
import { fileDone } from './file-progress.js';
import { openToRead } from './digest.js';

const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;

/** Files up to this size are read with one call, straight behind their header. */
const SMALL_FILE = 256 * 1024;

/** What addFile sets: the size and sha256 of the bytes it packed (a manifest entry takes them as they are). */
export interface PackedFile {
  size?: number | undefined;
  sha256?: string | undefined;
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
    const h = this.fileHeader;
    h.name = name;
    h.mode = mode;
    h.mtime = mtime;
    const fd = openWalkedFile(abs, name);
    let waits = false;
    try {
      const inPlace = expectedSize <= SMALL_FILE ? this.packInPlaceChecked(fd, expectedSize, out) : 'big';
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
        if (this.packInPlaceChecked(fd, expectedSize, out) === 'packed') return;
      }
      await this.streamFile(fd, out);
    } finally {
      this.closeFile(fd);
    }
  }

  /**
   * packInPlace, where reading what is no regular file any more (a directory, a FIFO a writer holds, put
   * at the path since the walk) says so. A FIFO without a writer reads as empty: not its size (an empty
   * file's aside, packed as the empty file it was), so it is streamed, whose fstat says what it is.
   */
  private packInPlaceChecked(
    fd: number,
    expectedSize: number,
    out: PackedFile,
  ): ReturnType<TarPacker['packInPlace']> {
    try {
      return this.packInPlace(fd, expectedSize, out);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (NOT_A_FILE_READ.has(code ?? '')) throw replacedWhileSaved(this.fileHeader.name, NOT_A_FILE);
      throw error;
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
    out.sha256 = oneShotHash('sha256', this.buf.subarray(start, start + got));
    out.size = got;
    header.copy(this.buf, this.off);
    this.buf.fill(0, start + got, start + got + padding(got));
    this.off = start + got + padding(got);
    return 'packed';
  }

  private async streamFile(fd: number, out: PackedFile): Promise<void> {
    const h = this.fileHeader;
    const st = fstatSync(fd);
    if (!st.isFile()) throw replacedWhileSaved(h.name, NOT_A_FILE);
    const size = st.size;
    h.size = size;
    await this.put(encodeHeader(h, this.scratch));
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
    out.sha256 = hash.digest('hex');
    out.size = size;
  }

  /** Ends the archive, hands over what is left and ends the output. */
  async finish(): Promise<void> {
    await this.zeros(END_OF_ARCHIVE);
    await this.rotate();
    if (this.failed) throw this.failed;
    this.out.end();
  }
}

/** A file the walk met was gone when it was to be read (deleted mid-save): the save leaves it out. */
export class GoneWhileSaved extends Error {
  override name = 'GoneWhileSaved';
}

/**
 * Opens for reading the file the walk met at `abs` (openToRead): a symbolic link put at its name is not
 * read through, and a FIFO put there cannot block the thread for ever waiting for a writer. Against
 * accidents, not a hostile job: O_NOFOLLOW holds for the last name only, so a directory above it swapped
 * for a link (`mv d d.real; ln -s /outside d`) between walk and read is read through, and a file outside
 * the workspace saved under the name; the job's own code can copy any file it reads into the workspace
 * anyway. What it opened is checked to be a regular file only where its read came out other than the
 * walk's size (TarPacker.packInPlaceChecked, streamFile): an fstat per file made opening 20,000 small
 * files 1.35-1.67x slower. A new file under the name is taken, as a file that changed is ("stored as it
 * is now": a build's outputs are often replaced by a rename).
 */
export function openWalkedFile(abs: string, name: string): number {
  let fd: number;
  try {
    fd = openToRead(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new GoneWhileSaved(name);
    if (code === 'ELOOP') throw replacedWhileSaved(name, 'a symbolic link');
    throw error;
  }
  return fd;
}

const NOT_A_FILE = 'something that is not a regular file';
/** What reading it says then: a directory, a FIFO (no positioned read, or no data yet). */
const NOT_A_FILE_READ = new Set(['EISDIR', 'ESPIPE', 'EAGAIN']);

function replacedWhileSaved(name: string, what: string): UserError {
  return new UserError(
    `'${printablePath(name)}' was replaced by ${what} while the checkpoint read it: the workspace changed under the save, and nothing was saved; save again once nothing else writes to it`,
  );
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
