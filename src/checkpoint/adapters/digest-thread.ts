/**
 * A local archive's sha256, read and hashed on a worker thread while the decompressor reads the same file:
 * on the main thread that hashing (a third of a restore's hashing, for a 221 MB archive) competed with
 * draining zstd's output and writing the files. Hashing each restored file there too was measured and
 * left out: copying every byte to another thread cost more wall time on 2 cores than it saved. So did
 * sharing them without a copy (zstd's output read into a ring of shared memory, a worker hashing each file
 * from there): a 1 GB node_modules took as long to restore (2.4-2.7 s either way), with 22-40 MiB more
 * memory. On 2 cores the restore is bound by CPU, not by this thread: 3.8-4.2 CPU-seconds (zstd included)
 * against 2.1-2.4 for `zstd -d | tar -x`, of which hashing every file is 0.5.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
// Loaded with the first worker, not at import: an archive under OFF_THREAD_FROM (an incremental's) is
// hashed here, and
// node:worker_threads cost each process ~8-10 ms of CPU to load.
const workerThreads = (): typeof import('node:worker_threads') =>
  process.getBuiltinModule('node:worker_threads');

/**
 * Archives smaller than this are hashed on the main thread: a worker costs about 45 ms of CPU to start
 * (Node 24, 8 interleaved runs), what hashing some 60 MB costs, and an incremental checkpoint's archive
 * is often a few MB. Bigger ones keep the worker, which hashes them beside the extraction.
 */
export const OFF_THREAD_FROM = 32 << 20;

/**
 * The sha256 and size of a local archive, on a worker thread or here by its size as the manifest states
 * it (a wrong size only moves the hashing: what is hashed is the file, and the digest is checked).
 */
export function digestLocalFile(file: string, statedSize: number): Promise<{ sha256: string; size: number }> {
  return statedSize < OFF_THREAD_FROM ? digestFileHere(file) : digestFileOffThread(file);
}

/** The sha256 and size of a file, read through the thread pool and hashed on this thread. */
async function digestFileHere(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

// Run with `eval`, so the bundles need no second entry file; getBuiltinModule works whether the eval is
// read as CommonJS or, under a loader such as the tests' tsx, as an ES module (where require is undefined).
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { createHash } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const hash = createHash('sha256');
const buf = Buffer.allocUnsafeSlow(1 << 20);
const fd = openSync(workerData.file, 'r');
let size = 0;
try {
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; size += n) hash.update(buf.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage({ sha256: hash.digest('hex'), size });
`;

/** The sha256 and size of a file, read and hashed on a worker thread. */
export async function digestFileOffThread(file: string): Promise<{ sha256: string; size: number }> {
  const worker = new (workerThreads().Worker)(WORKER_SOURCE, {
    eval: true,
    workerData: { file },
    execArgv: [],
  });
  try {
    return await new Promise((resolve, reject) => {
      worker.on('message', resolve);
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error(`the thread hashing ${file} stopped`)));
    });
  } finally {
    await worker.terminate();
  }
}
