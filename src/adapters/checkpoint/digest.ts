import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Passes bytes through unchanged while hashing and counting them (the archive's digest, on the fly). */
export class DigestTap extends Transform {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;
  private digest?: string;

  constructor() {
    super({ highWaterMark: 1 << 20 });
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
