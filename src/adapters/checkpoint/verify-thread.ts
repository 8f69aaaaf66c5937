/**
 * Checking restored files' sha256 on a worker thread, so that the thread which reads the archive and
 * writes the files never hashes: hashing was 13 % of a restore's main thread, time in which zstd's 64 KiB
 * pipe filled up and zstd waited. The content goes to the worker through a ring of shared 1 MiB slots
 * (one copy, no allocation per file); the writer blocks only when the worker is a whole ring behind.
 * Nothing is trusted before `finish()` has answered: the restore moves nothing into place until then.
 */
import { Worker } from 'node:worker_threads';

const SLOT = 1 << 20;
const SLOTS = 4;
/** Runs of bytes one slot can describe (zero-length files take no room in a slot, only here). */
const MAX_PARTS = 1024;
/** Per part: its length, its flags, the expected sha256 (8 words) when it ends a file. */
const PART_WORDS = 10;
const META_WORDS = 1 + MAX_PARTS * PART_WORDS;
const STARTS = 1;
const ENDS = 2;
/** The control words: slots handed over, slots hashed, the slot count at which it ends, the first bad file. */
const SENT = 0;
const DONE = 1;
const LAST = 2;
/** A worker that makes no progress for this long is taken for dead (it only hashes memory). */
const STALL_MS = 60_000;

/** A file whose content does not hash to what its manifest says. */
export interface Mismatch {
  name: string;
  size: number;
  /** What the manifest says, and what the content hashes to. */
  expected: string;
  sha256: string;
}

/** What the verifier needs of a file: its name for messages, its size and sha256 to check. */
export interface ExpectedFile {
  path: string;
  size?: number;
  sha256?: string;
}

// Plain CommonJS run with `eval`, so the bundles need no second entry file. It waits (Atomics) for each
// slot in turn, hashes its parts in order (a file may span slots), marks the slot free, and at the end
// posts the index of the first file that did not match (-1: none) and what that one hashed to.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash, hash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
if (workerData.file !== undefined) parentPort.postMessage(digestFile(workerData.file));
else verify(Buffer.from(workerData.ring), new Int32Array(workerData.meta), new Int32Array(workerData.control));
function verify(bytes, meta, control) {
  const metaBytes = Buffer.from(meta.buffer);
  let seen = 0, file = 0, bad = -1, actual = '', current;
  for (;;) {
    Atomics.wait(control, ${SENT}, seen);
    for (const sent = Atomics.load(control, ${SENT}); seen < sent; seen++) {
      const slot = seen % ${SLOTS};
      const at = slot * ${META_WORDS};
      let off = slot * ${SLOT};
      for (let i = 0, n = meta[at]; i < n; i++) {
        const p = at + 1 + i * ${PART_WORDS};
        const len = meta[p], flags = meta[p + 1];
        const part = bytes.subarray(off, off + len);
        off += len;
        let digest;
        if (flags === ${STARTS | ENDS}) digest = hash('sha256', part, 'buffer');
        else {
          if (flags & ${STARTS}) current = createHash('sha256');
          current.update(part);
          if (flags & ${ENDS}) digest = current.digest();
        }
        if (!(flags & ${ENDS})) continue;
        if (bad < 0 && !digest.equals(metaBytes.subarray((p + 2) * 4, (p + 10) * 4))) {
          bad = file;
          actual = digest.toString('hex');
        }
        file++;
      }
      Atomics.store(control, ${DONE}, seen + 1);
      Atomics.notify(control, ${DONE});
    }
    if (seen === Atomics.load(control, ${LAST})) break;
  }
  parentPort.postMessage({ bad, actual });
}
function digestFile(file) {
  const h = createHash('sha256');
  const buf = Buffer.allocUnsafeSlow(${SLOT});
  const fd = openSync(file, 'r');
  let size = 0;
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; size += n) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { sha256: h.digest('hex'), size };
}
`;

/** Runs the worker above; `settled` resolves with its one message, rejects when it fails or stops first. */
function startWorker<T>(workerData: object): { worker: Worker; settled: Promise<T> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  const settled = new Promise<T>((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
    worker.on('exit', () => reject(new Error('the thread checking the restored files stopped')));
  });
  settled.catch(() => undefined);
  return { worker, settled };
}

/**
 * Feeds files' content to a hashing worker as the tar reader hands it out, one file after another.
 * `finish()` resolves with the first mismatch (or none) once every byte was hashed.
 */
export class OffThreadVerifier {
  private readonly ring = new SharedArrayBuffer(SLOT * SLOTS);
  private readonly bytes = new Uint8Array(this.ring);
  private readonly meta = new Int32Array(new SharedArrayBuffer(SLOTS * META_WORDS * 4));
  private readonly metaBytes = Buffer.from(this.meta.buffer);
  private readonly control = new Int32Array(new SharedArrayBuffer(3 * 4));
  private readonly started: ReturnType<typeof startWorker<{ bad: number; actual: string }>>;
  /** The files ended so far, in order: the worker names a mismatch by its index here. */
  private readonly files: ExpectedFile[] = [];
  private sent = 0;
  private fill = 0;
  private parts = 0;
  /** The current part's first word in `meta`, while it can still grow. */
  private part = -1;
  private starting = false;

  constructor() {
    this.control[LAST] = -1;
    this.started = startWorker({ ring: this.ring, meta: this.meta.buffer, control: this.control.buffer });
  }

  /** A new file begins; its content follows through `data`. */
  begin(): void {
    this.starting = true;
    this.part = -1;
  }

  /** Part of the current file's content (copied: the chunk may be reused once this returns). */
  data(chunk: Buffer): void {
    for (let off = 0; off < chunk.length;) {
      if (this.fill === SLOT || (this.part < 0 && this.parts === MAX_PARTS)) this.flush();
      const n = Math.min(SLOT - this.fill, chunk.length - off);
      this.bytes.set(chunk.subarray(off, off + n), (this.sent % SLOTS) * SLOT + this.fill);
      this.addPart(n);
      off += n;
    }
  }

  /** The current file is complete and should have the manifest's size and sha256. */
  end(file: ExpectedFile): void {
    if (this.part < 0) this.addPart(0);
    this.meta[this.part + 1]! |= ENDS;
    // (No sha256 at all: zeros, which no content hashes to.)
    this.metaBytes.fill(0, (this.part + 2) * 4, (this.part + 10) * 4);
    this.metaBytes.write(file.sha256 ?? '', (this.part + 2) * 4, 32, 'hex');
    this.files.push(file);
    this.part = -1;
  }

  /** Waits until every file was hashed: the first one that does not match, or undefined. */
  async finish(): Promise<Mismatch | undefined> {
    this.control[LAST] = this.sent + 1;
    this.flush();
    try {
      const { bad, actual } = await this.started.settled;
      const f = this.files[bad];
      return f && { name: f.path, size: f.size ?? 0, expected: f.sha256 ?? '', sha256: actual };
    } finally {
      await this.close();
    }
  }

  /** Stops the worker (also when the restore stopped half-way). */
  async close(): Promise<void> {
    await this.started.worker.terminate();
  }

  private addPart(len: number): void {
    if (this.part < 0 || this.parts === MAX_PARTS) {
      if (this.parts === MAX_PARTS) this.flush();
      this.part = (this.sent % SLOTS) * META_WORDS + 1 + this.parts++ * PART_WORDS;
      this.meta[this.part] = 0;
      this.meta[this.part + 1] = this.starting ? STARTS : 0;
      this.starting = false;
    }
    this.meta[this.part]! += len;
    this.fill += len;
  }

  /** Hands the current slot to the worker, then waits until the next one is free. */
  private flush(): void {
    this.meta[(this.sent % SLOTS) * META_WORDS] = this.parts;
    Atomics.store(this.control, SENT, ++this.sent);
    Atomics.notify(this.control, SENT);
    this.parts = 0;
    this.fill = 0;
    this.part = -1;
    const stalledAt = Date.now() + STALL_MS;
    for (
      let d = Atomics.load(this.control, DONE);
      this.sent - d >= SLOTS;
      d = Atomics.load(this.control, DONE)
    ) {
      if (Atomics.wait(this.control, DONE, d, 1000) === 'timed-out' && Date.now() > stalledAt)
        throw new Error('the thread checking the restored files stopped answering');
    }
  }
}

/** The sha256 and size of a file, read and hashed on a worker thread. */
export async function digestFileOffThread(file: string): Promise<{ sha256: string; size: number }> {
  const started = startWorker<{ sha256: string; size: number }>({ file });
  try {
    return await started.settled;
  } finally {
    await started.worker.terminate();
  }
}
