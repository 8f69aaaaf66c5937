/**
 * Files' sha256 on worker threads, while the main thread goes on walking: a keyed path compared by content
 * with an entry another job published (keyed.ts) reads and hashes every file of it (1 GB of node_modules:
 * 1.2 of the 2.1 s its checkpoint took on the main thread). Only paths cross to the threads, never bytes
 * (copying the bytes was measured to cost more than it saved: digest-thread.ts); files go in batches,
 * since a message per file would cost more than hashing a small one.
 */
import type { Worker } from 'node:worker_threads';

// Loaded with the first worker, not at import: only a keyed path compared by content starts one, and
// node:worker_threads cost each process ~8-10 ms of CPU to load.
const workerThreads = (): typeof import('node:worker_threads') =>
  process.getBuiltinModule('node:worker_threads');

// Run with `eval`, so the bundles need no second entry file (see digest-thread.ts). The same reads as
// digest.ts FileHasher: one reused buffer, a one-shot hash for a file that fits in it.
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash, hash: oneShot } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, fstatSync, closeSync, constants: c } = process.getBuiltinModule('node:fs');
const buf = Buffer.allocUnsafeSlow(1 << 20);
// As digest.ts openToRead: a symlink put where a file was walked is not read through, and a FIFO's open
// does not wait for a writer that never comes (the job would hang to its time limit).
const OPEN = c.O_RDONLY | c.O_NOFOLLOW | c.O_NONBLOCK;
function open(file) {
  try { return openSync(file, OPEN); } catch (e) {
    if (e.code !== 'EAGAIN') throw e;
    return openSync(file, OPEN & ~c.O_NONBLOCK);
  }
}
function sha256(file, stats, i) {
  let fd;
  try { fd = open(file); } catch { return null; }
  try {
    if (!fstatSync(fd).isFile()) return null;
    let n = readSync(fd, buf, 0, buf.length, 0);
    let digest;
    if (n < buf.length) digest = oneShot('sha256', buf.subarray(0, n));
    else {
      const hash = createHash('sha256');
      for (let pos = 0; n > 0; n = readSync(fd, buf, 0, buf.length, pos)) {
        hash.update(buf.subarray(0, n));
        pos += n;
      }
      digest = hash.digest('hex');
    }
    // Once read: a write before this moved ctime, so equal facts mean the bytes hashed are those walked.
    const st = fstatSync(fd);
    stats.set([st.ino, st.size, st.mtimeMs, st.ctimeMs], i * 4);
    return digest;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', ({ id, files }) => {
  const stats = new Float64Array(files.length * 4).fill(NaN);
  const digests = files.map((f, i) => sha256(f, stats, i));
  parentPort.postMessage({ id, digests, stats }, [stats.buffer]);
});
`;

/** A batch is sent once it holds this many files or bytes: few messages, and every thread kept busy. */
const BATCH_FILES = 256;
const BATCH_BYTES = 16 << 20;
/** What a narrowed pool's one thread is given at most (a few tenths of a second of hashing). */
const NARROW_BYTES = 256 << 20;

/** A file's facts once read, by fstat on the descriptor it was hashed through. */
export interface ReadFacts {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A file's sha256 and its facts once it was read (one object a file: tens of thousands are made). */
export interface FileDigest extends ReadFacts {
  sha256: string;
}

interface Batch {
  files: string[];
  bytes: number;
  settle: ((digest: FileDigest | undefined) => void)[];
}

interface Reply {
  id: number;
  digests: (string | null)[];
  /** ino, size, mtimeMs, ctimeMs per file. */
  stats: Float64Array;
}

export class HashPool {
  private readonly workers: Worker[] = [];
  /** Bytes sent to each worker and not yet answered: the next batch goes to the least loaded. */
  private readonly pending: number[] = [];
  private readonly waiting = new Map<number, { worker: number; bytes: number; batch: Batch }>();
  private batch: Batch = { files: [], bytes: 0, settle: [] };
  private nextId = 0;
  private failure: Error | undefined;
  /** Batches held back while the pool is narrowed (`widen` sends them). */
  private held: Batch[] = [];

  /**
   * `narrow`: until `widen`, one thread hashes, and no more than `narrowBytes` of files wait for it: the
   * walk keeps a core of its own when the stage waits for the walk only (keyed-compare.ts).
   */
  constructor(
    threads: number,
    private narrow = false,
    private readonly narrowBytes = NARROW_BYTES,
  ) {
    for (let i = 0; i < Math.max(1, threads); i++) {
      const worker = new (workerThreads().Worker)(WORKER_SOURCE, { eval: true, execArgv: [] });
      worker.on('message', (reply: Reply) => this.answered(reply));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', () => this.fail(new Error('a thread hashing files stopped')));
      this.workers.push(worker);
      this.pending.push(0);
    }
  }

  /** The file's hex sha256 and its facts once read, or undefined when it cannot be read. Rejects when a thread fails. */
  digest(file: string, size: number): Promise<FileDigest | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.batch.files.push(file);
      this.batch.bytes += size;
      this.batch.settle.push((digest) => (this.failure ? reject(this.failure) : resolve(digest)));
      if (this.batch.files.length >= BATCH_FILES || this.batch.bytes >= BATCH_BYTES) this.flush();
    });
  }

  /** Sends the files asked for so far; call once the last is asked for. */
  flush(): void {
    const batch = this.batch;
    if (batch.files.length === 0 || this.failure) return;
    this.batch = { files: [], bytes: 0, settle: [] };
    if (this.narrow && (this.held.length > 0 || this.pending[0]! >= this.narrowBytes)) this.held.push(batch);
    else this.send(batch);
  }

  /** Every thread hashes from now on: the batches held back are shared out. */
  widen(): void {
    this.narrow = false;
    const held = this.held;
    this.held = [];
    for (const batch of held) this.send(batch);
  }

  private send(batch: Batch): void {
    if (this.failure) return;
    const worker = this.narrow ? 0 : this.pending.indexOf(Math.min(...this.pending));
    const id = this.nextId++;
    // A file counts at least a block: a batch of small files still costs its opens.
    const bytes = batch.bytes + batch.files.length * 4096;
    this.pending[worker]! += bytes;
    this.waiting.set(id, { worker, bytes, batch });
    this.workers[worker]!.postMessage({ id, files: batch.files });
  }

  private answered({ id, digests, stats }: Reply): void {
    const sent = this.waiting.get(id);
    if (!sent) return;
    this.waiting.delete(id);
    this.pending[sent.worker]! -= sent.bytes;
    sent.batch.settle.forEach((settle, i) => {
      const sha256 = digests[i];
      const at = i * 4;
      settle(
        sha256
          ? {
              sha256,
              ino: stats[at]!,
              size: stats[at + 1]!,
              mtimeMs: stats[at + 2]!,
              ctimeMs: stats[at + 3]!,
            }
          : undefined,
      );
    });
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const { batch } of this.waiting.values()) for (const settle of batch.settle) settle(undefined);
    for (const settle of this.batch.settle) settle(undefined);
    for (const batch of this.held) for (const settle of batch.settle) settle(undefined);
    this.held = [];
    this.waiting.clear();
  }

  /** Stops the threads; asks still unanswered reject. */
  async close(): Promise<void> {
    this.fail(new Error('the hashing threads were stopped'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
