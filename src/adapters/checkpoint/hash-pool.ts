/**
 * Files' sha256 on a worker thread, while the main thread walks on: a save that compares a keyed path
 * with its entry by content (keyed.ts) reads every file of it, a GB for a node_modules, and on the main
 * thread that hashing came after each lstat instead of beside the walk. Only paths and hex digests cross
 * between the threads, in batches (a message per file would cost more than a small file's read); the bytes
 * never do (digest-thread.ts: copying them cost more than it saved).
 */
import { Worker } from 'node:worker_threads';
import { FileHasher } from './digest.js';

// Run with `eval`, as digest-thread.ts's, so the bundles need no second entry file. The same reads as
// FileHasher: one reused buffer, one-shot for a file that fits it; a file that cannot be read has no digest.
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash, hash: oneShot } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const buf = Buffer.allocUnsafeSlow(1 << 20);
function sha256(file) {
  let fd;
  try { fd = openSync(file, 'r'); } catch { return null; }
  try {
    let n = readSync(fd, buf, 0, buf.length, 0);
    if (n < buf.length) return oneShot('sha256', buf.subarray(0, n));
    const hash = createHash('sha256');
    let pos = 0;
    while (n > 0) { hash.update(buf.subarray(0, n)); pos += n; n = readSync(fd, buf, 0, buf.length, pos); }
    return hash.digest('hex');
  } catch { return null; } finally { closeSync(fd); }
}
parentPort.on('message', ({ id, files }) => parentPort.postMessage({ id, digests: files.map(sha256) }));
`;

/** Files sent to the worker at once, and the bytes after which a batch goes even if it has fewer. */
const BATCH_FILES = 128;
const BATCH_BYTES = 8 << 20;

/** Where a digest arrives. */
interface Slot {
  value?: string | undefined;
}

/** A digest to come: `digest()` once the pool is done. */
export interface PendingDigest {
  digest(): string | undefined;
}

/**
 * Hashes the files it is given on one worker thread, in the order given. Where no worker can be started
 * (a sandbox without threads), hashes them on this thread as before.
 */
export class HashPool {
  private worker: Worker | undefined;
  private failed: Error | undefined;
  private readonly inline = new FileHasher();
  private batch: { file: string; slot: Slot }[] = [];
  private batchBytes = 0;
  private readonly waiting = new Map<number, Slot[]>();
  private nextId = 0;
  private drained: (() => void) | undefined;

  /** The sha256 of `file` (of `size` bytes), once `done()` has resolved. */
  add(file: string, size: number): PendingDigest {
    const slot: Slot = {};
    const worker = this.start();
    if (!worker) {
      slot.value = this.inline.sha256(file);
      return { digest: () => slot.value };
    }
    this.batch.push({ file, slot });
    this.batchBytes += size;
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.send(worker);
    return { digest: () => slot.value };
  }

  /** Waits for every digest asked for; throws when the worker failed (the caller's save then fails). */
  async done(): Promise<void> {
    if (this.worker && this.batch.length > 0) this.send(this.worker);
    if (this.waiting.size > 0 && !this.failed) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.failed) throw this.failed;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
      worker.on('message', (m: { id: number; digests: (string | null)[] }) => this.settle(m));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', () => this.fail(new Error('the thread hashing files stopped')));
      this.worker = worker;
    } catch {
      return undefined; // hashed here instead
    }
    return this.worker;
  }

  private send(worker: Worker): void {
    const id = this.nextId++;
    this.waiting.set(
      id,
      this.batch.map((b) => b.slot),
    );
    worker.postMessage({ id, files: this.batch.map((b) => b.file) });
    this.batch = [];
    this.batchBytes = 0;
  }

  private settle(m: { id: number; digests: (string | null)[] }): void {
    const slots = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    slots?.forEach((slot, i) => (slot.value = m.digests[i] ?? undefined));
    if (this.waiting.size === 0) this.drained?.();
  }

  private fail(error: Error): void {
    if (this.worker === undefined && this.waiting.size === 0) return; // closed
    this.failed ??= error;
    this.drained?.();
  }
}
