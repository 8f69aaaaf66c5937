/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once; its sha256 is computed from the
 * same bytes that go into the archive. Compression runs in its own process on all cores while node
 * reads, hashes and tars; small files are read with one synchronous call each (like tar), big ones
 * are streamed in 1 MiB reads.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import {
  archiveExtension,
  MANIFEST_FORMAT,
  parseManifest,
  planIncremental,
  rehashCandidates,
  reuseUnchanged,
  safeEntryPath,
  type Compression,
  type Manifest,
  type ManifestEntry,
} from '../../core/checkpoint/index.js';
import type { Lane } from '../../core/types.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { compressor, pickCompression } from './compress.js';
import { DigestTap } from './digest.js';
import { DEFAULT_EXCLUDE, scanTree } from './scan.js';
import { DirStore, type CheckpointStore } from './store.js';

export interface CheckpointMeta {
  stage: string;
  job: string;
  runId: string;
  attempt: number;
  lane?: Lane;
  commit?: string;
  branch?: string;
  completedStages?: string[];
}

export interface SaveOptions {
  store: CheckpointStore;
  workspace: string;
  /** Roots to checkpoint, relative to the workspace. */
  paths: string[];
  id: string;
  meta: CheckpointMeta;
  /** Globs (relative paths) left out; default ['.git', '.ci-recovery']. */
  exclude?: string[];
  /** Parent checkpoint (id or manifest) for an incremental save. */
  parent?: string | Manifest;
  /** Store everything even when a parent is given. */
  full?: boolean;
  compression?: Compression;
  level?: number;
  /** Directory where manifests are kept locally, so the next incremental finds its parent without a download. */
  manifestCache?: string;
  logger?: Logger;
}

export interface SaveResult {
  manifest: Manifest;
  /** Files in the checkpointed state, and their total size. */
  files: number;
  bytes: number;
  /** Entries and file bytes written into this archive. */
  stored: number;
  storedBytes: number;
}

const SMALL_FILE = 512 * 1024;
const CHUNK = 256 * 1024;
const SLAB = 4 * 1024 * 1024;

/**
 * Small files are read into consecutive slices of a shared slab: one allocation per few MiB instead of
 * one ArrayBuffer per file (tens of thousands of them kept the GC busy and the RSS high). A slice stays
 * valid after the slab is replaced; the old slab is freed once the archive stream has consumed its slices.
 */
class Slab {
  private buf = Buffer.allocUnsafeSlow(SLAB);
  private used = 0;

  take(n: number): Buffer {
    if (n > this.buf.length - this.used) {
      this.buf = Buffer.allocUnsafeSlow(Math.max(SLAB, n));
      this.used = 0;
    }
    const slice = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return slice;
  }
}

/**
 * Gathers the tar stream's small pieces (a 512-byte header, a small body, its padding) into writes of
 * up to 512 KiB: one pipe write to the compressor per batch instead of about three per file (the
 * syscalls and per-write overhead cost more than the copy). Large pieces pass through uncopied.
 */
class Coalesce extends Transform {
  private parts: Buffer[] = [];
  private size = 0;

  constructor() {
    super({ highWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (chunk.length >= 64 * 1024) {
      this.release();
      this.push(chunk);
    } else {
      this.parts.push(chunk);
      this.size += chunk.length;
      if (this.size >= 512 * 1024) this.release();
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    this.release();
    cb();
  }

  private release(): void {
    if (this.size === 0) return;
    this.push(this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }
}

/** Reads a whole small file synchronously (one pool round trip per file would cost more than the read). */
function readSmallFile(abs: string, slab: Slab): Buffer {
  const fd = openSync(abs, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = slab.take(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, null);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

type Sink = ReturnType<tar.Pack['entry']>;
type EntryHeader = Parameters<tar.Pack['entry']>[0];

function write(sink: Sink, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (sink.write(chunk)) resolve();
    else {
      const onDrain = (): void => (sink.off('error', reject), resolve());
      sink.once('drain', onDrain);
      sink.once('error', reject);
    }
  });
}

function entryDone(pack: tar.Pack, header: EntryHeader, body?: Buffer): { sink: Sink; done: Promise<void> } {
  let sink!: Sink;
  const done = new Promise<void>((resolve, reject) => {
    const cb = (error?: Error | null): void => (error ? reject(error) : resolve());
    sink = body === undefined ? pack.entry(header, cb) : pack.entry(header, body, cb);
  });
  return { sink, done };
}

/** Streams one big file into its tar entry in 1 MiB reads, hashing as it goes. */
async function packLargeFile(pack: tar.Pack, abs: string, entry: ManifestEntry, mtime: Date): Promise<void> {
  const fh = await open(abs, 'r');
  try {
    const size = (await fh.stat()).size;
    const hash = createHash('sha256');
    const { sink, done } = entryDone(pack, { name: entry.path, type: 'file', mode: entry.mode, size, mtime });
    let left = size;
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, left));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) {
        sink.destroy();
        throw new Error(`'${entry.path}' shrank while it was being checkpointed`);
      }
      const chunk = bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
      hash.update(chunk);
      left -= bytesRead;
      await write(sink, chunk);
    }
    sink.end(null);
    await done;
    entry.size = size;
    entry.sha256 = hash.digest('hex');
  } finally {
    await fh.close();
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function forEachLimit<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Loads a parent manifest, from the local cache first. */
export async function loadManifest(store: CheckpointStore, id: string, cacheDir?: string): Promise<Manifest> {
  if (cacheDir) {
    const file = path.join(cacheDir, `${id}.manifest.json`);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return parseManifest(text, file);
  }
  return store.getManifest(id);
}

export async function cacheManifest(cacheDir: string | undefined, manifest: Manifest): Promise<void> {
  if (!cacheDir) return;
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path.join(cacheDir, `${manifest.id}.manifest.json`), JSON.stringify(manifest));
}

/**
 * Saves one checkpoint. Throws on failure; callers decide the policy (the actions only warn, since a
 * checkpoint must never break the job).
 */
export async function saveCheckpoint(opts: SaveOptions): Promise<SaveResult> {
  const t0 = Date.now();
  const workspace = path.resolve(opts.workspace);
  const roots = [
    ...new Set(
      opts.paths.map((p) => {
        try {
          return safeEntryPath(p, { allowRoot: true });
        } catch (error) {
          throw new UserError(
            `Checkpoint path '${p}' must be relative to the workspace and stay inside it (${errorMessage(error)}).`,
          );
        }
      }),
    ),
  ];
  if (roots.length === 0)
    throw new UserError("No paths to checkpoint: set 'paths' (for example '.' or 'dist node_modules').");
  const exclude = [...(opts.exclude ?? DEFAULT_EXCLUDE)];
  // A local store inside the workspace must not checkpoint itself.
  if (opts.store instanceof DirStore) {
    const rel = path.relative(workspace, opts.store.dir).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && !exclude.includes(rel)) exclude.push(rel);
  }

  let parent: Manifest | undefined;
  if (opts.parent !== undefined && !opts.full) {
    if (typeof opts.parent === 'string') {
      try {
        parent = await loadManifest(opts.store, opts.parent, opts.manifestCache);
      } catch (error) {
        opts.logger?.warning(
          `Parent checkpoint '${opts.parent}' is unavailable (${errorMessage(error)}); saving a full checkpoint.`,
        );
      }
    } else parent = opts.parent;
    // A parent over other roots cannot describe this tree.
    if (parent && parent.paths.join('\n') !== roots.join('\n')) parent = undefined;
  }

  const scanStartedMs = Date.now();
  const scan = await scanTree(workspace, roots, exclude);
  for (const root of scan.missingRoots)
    opts.logger?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
  const plan = planIncremental(scan.entries, parent);
  if (parent) {
    const candidates = rehashCandidates(plan, parent);
    const hashes = new Map<string, string>();
    await forEachLimit(candidates, 8, async (e) => {
      const sha = await sha256File(path.join(workspace, e.path)).catch(() => undefined);
      if (sha) hashes.set(e.path, sha);
    });
    reuseUnchanged(plan, parent, hashes);
  }
  const scanMs = Date.now() - t0;

  const compression = opts.compression ?? (await pickCompression());
  const file = `${opts.id}${archiveExtension(compression)}`;
  const codec = compressor(compression, opts.level ?? 3);
  const pack = tar.pack({ highWaterMark: 1 << 20 });
  const tap = new DigestTap();
  const feeding = pipeline(pack, new Coalesce(), codec.input);
  const storing = opts.store.putArchive(file, codec.output.pipe(tap));
  codec.output.on('error', (e) => tap.destroy(e));
  // Awaited below; handlers now so an early failure is never an unhandled rejection.
  for (const p of [feeding, codec.done]) p.catch(() => undefined);

  // Plan entries are in scan order, one per scanned entry: the scan's mtimes are found by index.
  const toStore: ManifestEntry[] = [];
  const mtimes: number[] = [];
  plan.entries.forEach((e, i) => {
    if (!plan.store.has(e.path)) return;
    toStore.push(e);
    mtimes.push(scan.entries[i]?.stat?.mtimeMs ?? Date.now());
  });
  const slab = new Slab();
  let storedBytes = 0;
  const archiveStarted = Date.now();
  // A store that fails mid-way (an upload error) stops reading: without this the writes below would wait
  // on backpressure forever.
  const storeFailed = new Promise<never>((_, reject) => void storing.catch(reject));
  const writeAll = async (): Promise<void> => {
    for (let i = 0; i < toStore.length; i++) {
      const e = toStore[i]!;
      const mtime = new Date(mtimes[i]!);
      if (e.type === 'dir') {
        await entryDone(pack, { name: e.path, type: 'directory', mode: e.mode, mtime }).done;
      } else if (e.type === 'symlink') {
        await entryDone(pack, { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, mtime })
          .done;
      } else {
        if ((e.size ?? 0) <= SMALL_FILE) {
          const body = readSmallFile(path.join(workspace, e.path), slab);
          e.size = body.length;
          e.sha256 = createHash('sha256').update(body).digest('hex');
          await entryDone(pack, { name: e.path, type: 'file', mode: e.mode, size: body.length, mtime }, body)
            .done;
        } else {
          await packLargeFile(pack, path.join(workspace, e.path), e, mtime);
        }
        e.from = opts.id;
        storedBytes += e.size ?? 0;
      }
    }
    pack.finalize();
  };
  try {
    await Promise.race([writeAll(), storeFailed]);
    await Promise.all([feeding, codec.done, storing]);
  } catch (error) {
    pack.destroy(error as Error);
    codec.kill();
    await Promise.allSettled([feeding, codec.done, storing]);
    throw error;
  }
  const archiveMs = Date.now() - archiveStarted;

  let files = 0;
  let bytes = 0;
  for (const e of plan.entries) {
    if (e.type !== 'file') continue;
    files++;
    bytes += e.size ?? 0;
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    id: opts.id,
    kind: parent ? 'incremental' : 'full',
    ...(parent ? { parent: parent.id } : {}),
    paths: roots,
    exclude,
    stage: opts.meta.stage,
    job: opts.meta.job,
    runId: opts.meta.runId,
    attempt: opts.meta.attempt,
    ...(opts.meta.lane ? { lane: opts.meta.lane } : {}),
    ...(opts.meta.commit ? { commit: opts.meta.commit } : {}),
    ...(opts.meta.branch ? { branch: opts.meta.branch } : {}),
    completedStages: opts.meta.completedStages ?? [],
    createdAt: new Date().toISOString(),
    scanStartedMs,
    timings: { scanMs, archiveMs, totalMs: Date.now() - t0 },
    entries: plan.entries,
    changed: toStore.map((e) => e.path),
    deleted: plan.deleted,
    archive: { file, compression, sha256: tap.sha256(), size: tap.bytes, entries: toStore.length },
  };
  await opts.store.putManifest(manifest);
  await cacheManifest(opts.manifestCache, manifest).catch(() => undefined);
  opts.logger?.info(
    `Checkpoint ${opts.id}: ${manifest.kind}, ${toStore.length} entries stored (${storedBytes} bytes of ${bytes}), archive ${tap.bytes} bytes ${compression}, ${manifest.timings.totalMs} ms.`,
  );
  return { manifest, files, bytes, stored: toStore.length, storedBytes };
}
