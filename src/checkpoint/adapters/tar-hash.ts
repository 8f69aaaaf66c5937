/**
 * The sha256 of the files a save packs, computed on a worker thread from the tar buffers themselves: the
 * buffers are shared memory, so each file is still read once (into its buffer, behind its header) and no
 * byte is copied to the thread. A buffer goes back to the packer only once both the compressor has taken
 * it and the thread has hashed what it holds. On the main thread this hashing was about a fifth of a full
 * save's work (~0.4 s of 1.7 s for 300 MB), done between reads, while the compressor's threads waited for
 * input; here it runs beside them.
 */
import { Worker } from 'node:worker_threads';

// Run with `eval`, so the bundles need no second entry file (see digest-thread.ts). Each message is one
// buffer's ranges, in the order the tar stream holds them: [start, length, file id, flags] each; a file
// split over buffers keeps its hash open between messages (one thread: messages come in order).
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash, hash: oneShot } = process.getBuiltinModule('node:crypto');
const buffers = [];
const open = new Map();
parentPort.on('message', (m) => {
  if (m.shared) {
    buffers[m.index] = Buffer.from(m.shared);
    return;
  }
  const b = buffers[m.buffer];
  const r = m.ranges;
  const digests = [];
  for (let i = 0; i < r.length; i += 4) {
    const bytes = b.subarray(r[i], r[i] + r[i + 1]);
    const id = r[i + 2];
    const flags = r[i + 3];
    if (flags === 3) {
      digests.push(id, oneShot('sha256', bytes));
      continue;
    }
    let h = open.get(id);
    if (!h) open.set(id, (h = createHash('sha256')));
    h.update(bytes);
    if (flags & 2) {
      digests.push(id, h.digest('hex'));
      open.delete(id);
    }
  }
  parentPort.postMessage({ buffer: m.buffer, digests });
});
`;

const FIRST = 1;
const LAST = 2;

/** Where a file's digest goes once the thread computed it (tar-pack.ts PackedFile). */
export interface Digested {
  sha256?: string | undefined;
}

interface Reply {
  buffer: number;
  digests: (number | string)[];
}

export class BufferHasher {
  private readonly worker: Worker;
  private readonly outs = new Map<number, Digested>();
  private nextId = 0;
  /** The current buffer's ranges, sent when it is handed over. */
  private ranges: number[] = [];
  private unanswered = 0;
  private drain: (() => void) | undefined;
  private failure: Error | undefined;
  /** Files whose digest the thread computed (what the tests see of it). */
  hashed = 0;

  constructor(
    /** The thread is done with this buffer. */
    private readonly onHashed: (buffer: number) => void,
    private readonly onFailure: (error: Error) => void,
  ) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    this.worker.on('message', (reply: Reply) => this.answered(reply));
    this.worker.on('error', (error: Error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the thread hashing the packed files stopped')));
  }

  /** Lets the thread read buffer `index`, once, before any of its ranges is sent. */
  share(index: number, buffer: Buffer): void {
    this.worker.postMessage({ index, shared: buffer.buffer });
  }

  /** A file about to be packed: the id its ranges carry; its digest is set on `out` once computed. */
  begin(out: Digested): number {
    const id = this.nextId++;
    this.outs.set(id, out);
    return id;
  }

  /** `length` bytes of file `id` at `start` in the current buffer; the file's first and last. */
  range(start: number, length: number, id: number, first: boolean, last: boolean): void {
    this.ranges.push(start, length, id, (first ? FIRST : 0) | (last ? LAST : 0));
  }

  /** Sends the ranges of the buffer being handed over; false when it held none (nothing to wait for). */
  send(buffer: number): boolean {
    if (this.ranges.length === 0 || this.failure) return false;
    this.worker.postMessage({ buffer, ranges: this.ranges });
    this.ranges = [];
    this.unanswered++;
    return true;
  }

  /** Resolves once every buffer sent is hashed and every digest set; rejects when the thread failed. */
  async drained(): Promise<void> {
    if (this.unanswered > 0 && !this.failure) await new Promise<void>((resolve) => (this.drain = resolve));
    if (this.failure) throw this.failure;
  }

  private answered({ buffer, digests }: Reply): void {
    for (let i = 0; i < digests.length; i += 2) {
      const id = digests[i] as number;
      this.outs.get(id)!.sha256 = digests[i + 1] as string;
      this.outs.delete(id);
      this.hashed++;
    }
    this.unanswered--;
    this.onHashed(buffer);
    if (this.unanswered === 0) this.drain?.();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure(error);
    this.drain?.();
  }

  /** Stops the thread (its digests are all in, or the save failed). */
  async close(): Promise<void> {
    this.failure ??= new Error('the thread hashing the packed files was stopped');
    this.drain?.();
    await this.worker.terminate();
  }
}
