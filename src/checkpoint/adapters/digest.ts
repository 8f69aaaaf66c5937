import { createHash, hash as oneShotHash, type Hash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { encodeManifest, type Manifest } from '../core/index.js';

/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
export class DigestTap extends Transform {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;
  private digest?: string;

  constructor(highWaterMark = 1 << 20) {
    super({ highWaterMark });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }

  /** The hex sha256 of everything that went through; only valid once the stream has ended. */
  sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
}

// (Windows has neither flag: 0 leaves them out.)
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const OPEN_FILE = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | NONBLOCK;

/**
 * Opens `file` for reading, never through a symbolic link at its last name, never waiting for a FIFO's
 * writer (tar-pack.ts openWalkedFile). O_NONBLOCK also fails at once, EAGAIN, the open of a file another
 * process holds a write lease on (fcntl F_SETLEASE): that one is opened again without it, and waits for
 * the lease to be given up as a plain open does (opened for reading, a FIFO never answers EAGAIN).
 */
export function openToRead(file: string, open: (file: string, flags: number) => number = openSync): number {
  try {
    return open(file, OPEN_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    return open(file, OPEN_FILE & ~NONBLOCK);
  }
}

/**
 * Hashes many files one after another through one reused buffer, synchronously: for tens of thousands of
 * small files a stream or a thread-pool round trip per file costs far more than the reads themselves.
 */
export class FileHasher {
  private readonly buf = Buffer.allocUnsafeSlow(1 << 20);

  /** The hex sha256 of the file, or undefined when it cannot be read. */
  sha256(file: string): string | undefined {
    let fd: number;
    try {
      // A FIFO or directory put there reads as nothing or fails: the caller reads it as changed.
      fd = openToRead(file);
    } catch {
      // a file gone or unreadable has no digest: the caller reads it as changed
      return undefined;
    }
    try {
      let n = readSync(fd, this.buf, 0, this.buf.length, 0);
      if (n < this.buf.length) return oneShotHash('sha256', this.buf.subarray(0, n));
      const hash = createHash('sha256');
      let pos = 0;
      while (n > 0) {
        hash.update(this.buf.subarray(0, n));
        pos += n;
        n = readSync(fd, this.buf, 0, this.buf.length, pos);
      }
      return hash.digest('hex');
    } catch {
      // a file gone or unreadable mid-read has no digest: the caller reads it as changed
      return undefined;
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * The hex sha256 of a manifest as stored: its canonical encoding (encodeManifest), which a parse of the
 * stored bytes encodes back to byte for byte. What a job attempt's trust record names (checkpoint/core/trust.ts).
 */
export function manifestDigest(m: Manifest): string {
  return storedDigest(encodeManifest(m).stored);
}

/** The hex sha256 of a manifest's stored bytes. */
export function storedDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
