/**
 * A restore's file writes on a second thread: the main thread reads the decompressor's output, parses the
 * tar stream, checks and (when asked) hashes each file, and hands the bytes to a worker through a ring of
 * shared memory; the worker makes each staged file (open, write, chmod, utimes, fstat, close), as tar -x
 * does beside zstd -d in a process of its own. On 2 cores the restore then uses both, where it ran ~80 %
 * of its CPU on the main thread (docs/benchmarks.md, "A full restore's wall time against its CPU").
 * Nothing is placed before every file was verified and the worker has written and closed them all
 * (`finish`), and a stopped extraction waits for the worker to end (`stop`) before the staging is removed.
 */
import type { Worker } from 'node:worker_threads';
import type { StatFacts } from '../core/index.js';

// Loaded with the first worker, not at import: node:worker_threads cost each process ~8-10 ms of CPU to load.
const workerThreads = (): typeof import('node:worker_threads') =>
  process.getBuiltinModule('node:worker_threads');

/**
 * Files to write from one archive before they go to a worker: its start (~45 ms of CPU, on the other
 * core) pays only for many files; an incremental's few files are written here.
 */
export const THREAD_FROM_FILES = 1000;

/** The ring's bytes: records of at most a quarter of it, so that a waiting writer always gets room. */
const RING = 16 << 20;
const MAX_DATA = RING >> 2;
/**
 * A worker that sleeps on an empty ring is woken once this much waits, or when the main thread has handed
 * over a whole chunk of the decompressor's output (`flush`), or at the finish: not at every file, where
 * a wake-up each (a futex call here, a sleep and a switch there) cost more CPU than the writes saved.
 */
const WAKE_AT = 256 << 10;
const ERROR_BYTES = 4096;

// Control words (Int32): bytes published and not yet consumed; who sleeps; wake counters; the state.
const FILLED = 0;
const MAIN_WAITING = 1;
const MAIN_WAKE = 2;
const WORKER_WAITING = 3;
const WORKER_WAKE = 4;
const STATE = 5;
const ERROR_LENGTH = 6;
const CONTROL_WORDS = 8;
// STATE: running, failed (its error in the error area), stopped on request, or gone.
const FAILED = 1;
const ABORT = 2;
const GONE = 3;
// Records: [kind, payload length] then the payload, each 8-byte aligned.
const OPEN = 1; // [mode (open), chmod mode or -1, mtime ms as f64] + the path (UTF-8)
const DATA = 2;
const END = 3;
const DONE = 4;
const WRAP = 5; // the rest of the ring is unused: go on from its start

// Run with `eval`, so the bundles need no second entry file (see digest-thread.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const fs = process.getBuiltinModule('node:fs');
const { control, ring, error } = workerData;
const c = new Int32Array(control);
const bytes = new Uint8Array(ring);
const view = new DataView(ring);
const errorBytes = new Uint8Array(error);
const RING = ${RING}, HALF = ${RING >> 1};
let fd, stats = new Float64Array(3 * 1024), files = 0, at = 0;
function fail(e) {
  const text = new TextEncoder().encode(JSON.stringify({
    message: String(e && e.message || e), code: e && e.code, errno: e && e.errno, syscall: e && e.syscall, path: e && e.path,
  })).subarray(0, ${ERROR_BYTES});
  errorBytes.set(text);
  Atomics.store(c, ${ERROR_LENGTH}, text.length);
  Atomics.store(c, ${STATE}, ${FAILED});
}
function wakeMain() {
  Atomics.store(c, ${MAIN_WAITING}, 0);
  Atomics.add(c, ${MAIN_WAKE}, 1);
  Atomics.notify(c, ${MAIN_WAKE});
}
try {
  for (;;) {
    if (Atomics.load(c, ${STATE}) !== 0) break;
    if (Atomics.load(c, ${FILLED}) === 0) {
      const gen = Atomics.load(c, ${WORKER_WAKE});
      Atomics.store(c, ${WORKER_WAITING}, 1);
      // (timed: a main thread gone without a word never leaves this thread asleep for good)
      if (Atomics.load(c, ${FILLED}) === 0) Atomics.wait(c, ${WORKER_WAKE}, gen, 1000);
      continue;
    }
    const kind = view.getInt32(at, true), length = view.getInt32(at + 4, true);
    const p = at + 8;
    let size = 8 + ((length + 7) & ~7);
    if (kind === ${WRAP}) size = RING - at;
    else if (kind === ${OPEN}) {
      const mode = view.getInt32(p, true);
      fd = fs.openSync(Buffer.from(ring, p + 16, length - 16).toString(), 'wx', mode);
    } else if (kind === ${DATA}) {
      const chunk = Buffer.from(ring, p, length);
      for (let off = 0; off < length; ) off += fs.writeSync(fd, chunk, off, length - off);
    } else if (kind === ${END}) {
      const chmod = view.getInt32(p, true), mtimeMs = view.getFloat64(p + 8, true);
      if (chmod >= 0) fs.fchmodSync(fd, chmod);
      if (!Number.isNaN(mtimeMs))
        fs.futimesSync(fd, Date.now() / 1000, mtimeMs >= 0 ? Math.trunc(mtimeMs) / 1000 : new Date(mtimeMs));
      const st = fs.fstatSync(fd);
      fs.closeSync(fd);
      fd = undefined;
      if (files * 3 === stats.length) { const more = new Float64Array(stats.length * 2); more.set(stats); stats = more; }
      stats.set([st.mtimeMs, st.ino, st.dev], files++ * 3);
    } else if (kind === ${DONE}) {
      parentPort.postMessage(stats.subarray(0, files * 3));
      break;
    } else throw new Error('unknown record ' + kind);
    at = (at + size) % RING;
    const left = Atomics.sub(c, ${FILLED}, size) - size;
    if (left <= HALF && Atomics.load(c, ${MAIN_WAITING}) === 1) wakeMain();
  }
} catch (e) {
  fail(e);
} finally {
  if (fd !== undefined) try { fs.closeSync(fd); } catch {}
  if (Atomics.load(c, ${STATE}) === 0) Atomics.store(c, ${STATE}, ${GONE});
  wakeMain();
}
`;

/** The worker's error, as the fs call there threw it (code, syscall, path kept: restore-errors.ts reads them). */
function workerError(control: Int32Array, error: Uint8Array): Error {
  const text = new TextDecoder().decode(error.subarray(0, Atomics.load(control, ERROR_LENGTH)));
  const said = JSON.parse(text || '{}') as Partial<NodeJS.ErrnoException>;
  const e: NodeJS.ErrnoException = new Error(said.message ?? 'the thread writing the files failed');
  for (const k of ['code', 'errno', 'syscall', 'path'] as const)
    if (said[k] !== undefined && said[k] !== null) Object.assign(e, { [k]: said[k] });
  return e;
}

/** The files of one extraction, written on a worker thread in the order they are handed over. */
export class WriteThread {
  private readonly control: Int32Array;
  private readonly ring: Buffer;
  private readonly view: DataView;
  private readonly error: Uint8Array;
  private readonly worker: Worker;
  /** Where the next record goes, and bytes published since the worker was last woken. */
  private at = 0;
  private unwoken = 0;
  /** Settles with the stat facts of every file written (3 numbers each), or the worker's failure. */
  private readonly result: Promise<Float64Array>;
  private stopped = false;

  constructor() {
    const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
    const ring = new SharedArrayBuffer(RING);
    const error = new SharedArrayBuffer(ERROR_BYTES);
    this.control = new Int32Array(control);
    this.ring = Buffer.from(ring);
    this.view = new DataView(ring);
    this.error = new Uint8Array(error);
    this.worker = new (workerThreads().Worker)(WORKER_SOURCE, {
      eval: true,
      workerData: { control, ring, error },
      execArgv: [],
    });
    this.result = new Promise<Float64Array>((resolve, reject) => {
      this.worker.on('message', resolve);
      this.worker.on('error', reject);
      this.worker.on('exit', () =>
        reject(
          Atomics.load(this.control, STATE) === FAILED
            ? workerError(this.control, this.error)
            : new Error('the thread writing the restored files stopped'),
        ),
      );
    });
    // Handled now: it may fail before anyone awaits it.
    this.result.catch(() => undefined);
  }

  /** Begins the file at `file`, made with `mode` (open 'wx': it must not exist). */
  open(file: string, mode: number): void {
    const name = Buffer.from(file);
    const at = this.record(OPEN, 16 + name.length);
    this.view.setInt32(at, mode, true);
    name.copy(this.ring, at + 16);
    this.publish(OPEN, 16 + name.length);
  }

  data(chunk: Buffer): void {
    for (let off = 0; off < chunk.length; off += MAX_DATA) {
      const part = chunk.subarray(off, Math.min(off + MAX_DATA, chunk.length));
      const at = this.record(DATA, part.length);
      part.copy(this.ring, at);
      this.publish(DATA, part.length);
    }
  }

  /** Ends the file: `chmod` (-1: none) and `mtimeMs` (NaN: none) set, its stat facts taken, closed. */
  end(chmod: number, mtimeMs: number): void {
    const at = this.record(END, 16);
    this.view.setInt32(at, chmod, true);
    this.view.setFloat64(at + 8, mtimeMs, true);
    this.publish(END, 16);
  }

  /** Once every file was handed over: resolves with each one's stat facts, in order, once all are written. */
  async finish(): Promise<StatFacts[]> {
    this.record(DONE, 0);
    this.publish(DONE, 0);
    try {
      const stats = await this.result;
      const facts: StatFacts[] = [];
      for (let i = 0; i < stats.length; i += 3)
        facts.push({ mtimeMs: stats[i]!, ino: stats[i + 1]!, dev: stats[i + 2]! });
      return facts;
    } finally {
      await this.stop();
    }
  }

  /** Stops the worker (closing the file it had open) and resolves once it has ended: nothing more is written. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    Atomics.compareExchange(this.control, STATE, 0, ABORT);
    this.wakeWorker();
    await this.worker.terminate();
  }

  /**
   * Room for a record with `length` bytes of payload, waiting for the worker where the ring is full;
   * returns where its payload goes. Throws the worker's error once it failed.
   */
  private record(kind: number, length: number): number {
    const size = 8 + ((length + 7) & ~7);
    if (this.at + size > RING) {
      this.room(RING - this.at);
      this.view.setInt32(this.at, WRAP, true);
      this.view.setInt32(this.at + 4, 0, true);
      this.commit(RING - this.at);
    }
    this.room(size);
    this.view.setInt32(this.at, kind, true);
    this.view.setInt32(this.at + 4, length, true);
    return this.at + 8;
  }

  private publish(kind: number, length: number): void {
    this.commit(8 + ((length + 7) & ~7));
    if (kind === DONE || this.unwoken >= WAKE_AT) this.wakeWorker();
  }

  /** Everything handed over so far is for the worker to write now (the main thread waits for more input). */
  flush(): void {
    if (this.unwoken > 0) this.wakeWorker();
  }

  private commit(size: number): void {
    this.at = (this.at + size) % RING;
    this.unwoken += size;
    Atomics.add(this.control, FILLED, size);
  }

  /** Wakes the worker if it sleeps on an empty ring. */
  private wakeWorker(): void {
    this.unwoken = 0;
    if (Atomics.load(this.control, WORKER_WAITING) !== 1) return;
    Atomics.store(this.control, WORKER_WAITING, 0);
    Atomics.add(this.control, WORKER_WAKE, 1);
    Atomics.notify(this.control, WORKER_WAKE);
  }

  /**
   * Waits until `size` bytes are free in the ring, woken by the worker once it has emptied half of it.
   * Synchronous, as a write(2) to a full pipe: the tar reader hands over each chunk's files within its call.
   */
  private room(size: number): void {
    for (;;) {
      const state = Atomics.load(this.control, STATE);
      if (state === FAILED) throw workerError(this.control, this.error);
      if (state !== 0) throw new Error('the thread writing the restored files stopped');
      if (RING - Atomics.load(this.control, FILLED) >= size) return;
      const gen = Atomics.load(this.control, MAIN_WAKE);
      Atomics.store(this.control, MAIN_WAITING, 1);
      this.wakeWorker();
      // (rechecked after saying so, so that the worker's wake-up is never missed; timed for a worker gone)
      if (RING - Atomics.load(this.control, FILLED) < size && Atomics.load(this.control, STATE) === 0)
        Atomics.wait(this.control, MAIN_WAKE, gen, 1000);
    }
  }
}
