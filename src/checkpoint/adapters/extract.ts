/**
 * Step 2 of a restore (restore.ts): one archive streamed through sha256 -> decompress -> untar, every
 * entry checked (a safe name, an allowed type, the size its manifest promises), the wanted files written
 * at their staged paths and each one's size (and, when asked, sha256: checkpoint/core/verify.ts) checked
 * against the manifest, then the archive's own digest and size. Nothing here moves anything into the
 * workspace.
 */
import { createHash, hash as oneShotHash, type Hash } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  futimesSync,
  openSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  checkLinkTarget,
  safeEntryPath,
  UnsafePathError,
  type Manifest,
  type ManifestEntry,
  type StatFacts,
} from '../core/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { TarFormatError, type TarHeader } from '../core/tar.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { decompressTo, type Decoder } from './compress.js';
import { crashPoint } from './crash-points.js';
import { DigestTap } from './digest.js';
import { digestLocalFile } from './digest-thread.js';
import { NotFoundError, plantedObject, type CheckpointStore } from './store.js';
import { TarUnpacker, type EntrySink } from './tar-unpack.js';

/** A restore that was refused or failed; the workspace is as it was before. */
export class RestoreError extends UserError {
  override name = 'RestoreError';
}

let umaskBits: number | undefined;
/** The process's umask, read once (process.umask() sets it to 0 and back to read it). */
export function umask(): number {
  return (umaskBits ??= process.umask());
}

/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode: number): boolean {
  return (mode & ~0o777) === 0 && (mode & umask()) === 0;
}

/**
 * Writes one file's content to its staging name as it streams out of the archive, hashing it unless the
 * archive's digest vouches for it; at the end checks size (and sha256) against the manifest, sets mode
 * and mtime, and notes the file's stat facts.
 * Synchronous on purpose: for many small files, thread-pool round trips per file cost far more than the
 * syscalls themselves (tar -x does the same, in one thread). Staging is private (0700) and nothing moves
 * into the workspace before every file has been verified.
 */
class StagedFile implements EntrySink {
  /** Made only for a file that arrives in several chunks; most come whole and are hashed in one call. */
  private hash: Hash | undefined;
  private sha256: string | undefined;
  private size = 0;
  private fd: number | undefined;
  private readonly direct: boolean;

  constructor(
    private readonly name: string,
    private readonly archive: string,
    private readonly entry: ManifestEntry,
    /** Where to write it; none: hash only (validate). */
    staged: string | undefined,
    /** False: size only, the archive's digest proves the bytes (verify: archive). */
    private readonly hashed: boolean,
    private readonly onDone: (name: string, stat?: StatFacts) => void,
  ) {
    this.direct = openKeepsMode(entry.mode);
    if (staged) this.fd = openSync(staged, 'wx', this.direct ? entry.mode : 0o600);
  }

  data(chunk: Buffer): void {
    // Never more than the manifest promised reaches the disk.
    if (this.size + chunk.length > (this.entry.size ?? 0)) {
      this.close();
      throw new RestoreError(
        `file '${this.name}' in ${this.archive} is longer than the ${this.entry.size} bytes its manifest promises: the checkpoint is corrupt or was tampered with`,
      );
    }
    if (this.hashed) {
      if (this.size === 0 && chunk.length === this.entry.size) this.sha256 = oneShotHash('sha256', chunk);
      else (this.hash ??= createHash('sha256')).update(chunk);
    }
    this.size += chunk.length;
    if (this.fd === undefined) return;
    for (let off = 0; off < chunk.length;) off += writeSync(this.fd, chunk, off, chunk.length - off);
  }

  end(): void {
    const e = this.entry;
    // Not hashed: the size alone is checked here, the bytes by the archive's digest (checkDigest).
    const sha = this.hashed
      ? (this.hash?.digest('hex') ?? this.sha256 ?? oneShotHash('sha256', ''))
      : e.sha256;
    if (this.size !== e.size || sha !== e.sha256) {
      this.close();
      throw new RestoreError(
        `file '${this.name}' in ${this.archive} does not match its manifest (size ${this.size} vs ${e.size}, sha256 ${sha?.slice(0, 12)} vs ${e.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`,
      );
    }
    let stat: StatFacts | undefined;
    if (this.fd !== undefined) {
      if (!this.direct) fchmodSync(this.fd, e.mode);
      const mtimeMs = e.mtimeMs ?? e.stat?.mtimeMs;
      if (mtimeMs !== undefined) futimesSync(this.fd, Date.now() / 1000, unixSeconds(mtimeMs));
      const st = fstatSync(this.fd);
      stat = { mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
      this.close();
    }
    this.onDone(this.name, stat);
    crashPoint();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * A time for futimes: the seconds node makes of `new Date(ms)` (whole milliseconds: a Date drops the
 * fraction a manifest's time carries), without a Date per file. Not for a time before 1970: node reads a
 * negative number as "now", a Date keeps it.
 */
function unixSeconds(ms: number): number | Date {
  return ms >= 0 ? Math.trunc(ms) / 1000 : new Date(ms);
}

/**
 * `rel` (a manifest path: normal form, checked) under `root` (normalized): what path.join makes of them,
 * without its normalizing pass over the whole string for each of tens of thousands of files.
 */
export function below(root: string, rel: string): string {
  return path.sep === '/' ? `${root}/${rel}` : path.join(root, rel);
}

/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` at their own path
 * under `stagingRoot` (none: hash only, for `validate`), handing each one's stat facts to `onWritten`.
 * `wanted` is used up: each file leaves it once met, so what is left at the end is missing from the archive.
 */
export async function extractArchive(
  store: CheckpointStore,
  archiveOf: Pick<Manifest, 'archive'>,
  wanted: Map<string, ManifestEntry>,
  stagingRoot: string | undefined,
  opts: ExtractOptions = {},
): Promise<void> {
  const { logger } = opts;
  const info = archiveOf.archive;
  // A local archive is read in place by the decompressor (and, at the same time, by the digest): feeding
  // it through this process would tie the decompressor's pace to this thread's.
  const local = store.archivePath?.(info.file);
  const before = local === undefined ? undefined : await localArchiveIsFile(store, info.file, local);
  const opening = local === undefined ? (opts.opened ?? store.getArchive(info.file)) : undefined;
  const files = new WantedFiles(
    info.file,
    wanted,
    stagingRoot,
    opts.hashFiles !== false,
    opts.onWritten,
    opts.stagedAt,
  );
  const unpacker = new TarUnpacker((h) => files.sinkFor(h), opts.maxTarBytes);
  const onChunk = (chunk: Buffer): void => unpacker.write(chunk);
  const { source, decoder } = await sourceAndDecoder(
    opening,
    () =>
      opts.startDecoder?.(onChunk) ??
      decompressTo(info.compression, onChunk, {
        ...(local !== undefined ? { inputFile: local } : {}),
        inputBytes: info.size,
      }),
  );
  let sourceClosed = false;
  let consumerStopped = false;
  // Resolves with the digest of every compressed byte once they all went through.
  const feeding: Promise<ArchiveDigest> = source
    ? (async () => {
        // Short queues before the decompressor's input (64 KiB, not 1 MiB): while small files are extracted,
        // a downloaded Buffer that waited in a queue outlived two scavenges, was promoted, and stayed until
        // a full collection. The download waits in the socket instead. Restoring 665 MB peaked at 170-176 MiB
        // against 176-195 MiB (5 interleaved runs each). The FIFO writer keeps its 1 MiB: at 64 KiB the peak
        // was 159-170 MiB, but its many small writes took 0.5 s more user CPU (medians 3.69 vs 3.20 s).
        const tap = new DigestTap(64 << 10);
        // Which end stopped first: a decompressor that exits closes its input under the feed (EPIPE, or a
        // premature close when its exit came before the next write); its own words then say why.
        const input = decoder.input;
        source.once('close', () => (sourceClosed = true));
        input.once('close', () => (consumerStopped ||= !sourceClosed && !source.readableEnded));
        await pipeline(source, tap, input);
        return { sha256: tap.sha256(), size: tap.bytes };
      })()
    : digestLocalFile(local!, info.size);
  // Handlers now, so an early failure is never an unhandled rejection.
  feeding.catch(() => undefined);
  let digest: ArchiveDigest;
  try {
    [digest] = await Promise.all([feeding, decoder.done]);
    unpacker.end();
  } catch (error) {
    files.closeOpen();
    source?.destroy();
    decoder.kill();
    const [fed, decoded] = await Promise.allSettled([feeding, decoder.done]);
    throw extractionFailure(error, fed, decoded, info, store.spec, consumerStopped);
  }
  if (before) await stillTheSameFile(info.file, local!, before);
  checkDigest(info, digest);
  if (wanted.size)
    throw new RestoreError(
      `archive ${info.file} lacks ${wanted.size} file(s) its manifest lists (first: '${wanted.keys().next().value}'): it is truncated or was tampered with`,
    );
  logger?.debug(`verified ${info.file}: ${files.met} file(s), ${info.size} bytes`);
}

type ArchiveDigest = { sha256: string; size: number };

/**
 * The archive's download (none for a local archive) and its decompressor, started together: the store's
 * round trips overlap the decompressor's start. Whichever fails, the other is stopped before this throws.
 */
async function sourceAndDecoder(
  opening: Promise<Readable> | undefined,
  start: () => Promise<Decoder>,
): Promise<{ source: Readable | undefined; decoder: Decoder }> {
  // Handled now: it may fail while the decompressor starts.
  opening?.catch(() => undefined);
  let decoder: Decoder;
  try {
    decoder = await start();
  } catch (error) {
    // (a download that failed to open has nothing to close)
    void opening?.then(
      (s) => s.destroy(),
      () => undefined,
    );
    throw error;
  }
  try {
    return { source: await opening, decoder };
  } catch (error) {
    decoder.kill();
    decoder.input.destroy();
    // it was killed: its exit says nothing the store's error does not
    await decoder.done.catch(() => undefined);
    throw error;
  }
}

export interface ExtractOptions {
  logger?: Logger | undefined;
  /** Given each file written, with its stat facts. */
  onWritten?: ((entry: ManifestEntry, stat: StatFacts) => void) | undefined;
  /** False: each file's size is checked, its bytes only through the archive's digest (default true). */
  hashFiles?: boolean | undefined;
  /** Where a file is written instead of its own path under the staging root (undefined: there). */
  stagedAt?: ((entry: ManifestEntry) => string | undefined) | undefined;
  /** The most tar bytes the archive may hold (core/tar.ts tarBytesBound); undefined: no bound. */
  maxTarBytes?: number | undefined;
  /** The archive's download, already opened (archive-prefetch.ts); undefined: opened here. */
  opened?: Promise<Readable> | undefined;
  /** The archive's decompressor, already started (archive-prefetch.ts), given its consumer; undefined: started here. */
  startDecoder?: ((onChunk: (chunk: Buffer) => void) => Promise<Decoder>) | undefined;
}

/**
 * The files wanted from one archive, as the tar reader meets its entries: each entry is checked (a safe
 * name, an allowed type, the size its manifest promises) and a wanted file gets a StagedFile to go to.
 */
class WantedFiles {
  /** Files met and written (or hashed). */
  met = 0;
  private open: StagedFile | undefined;

  constructor(
    private readonly archive: string,
    private readonly wanted: Map<string, ManifestEntry>,
    private readonly stagingRoot: string | undefined,
    private readonly hashFiles: boolean,
    private readonly onWritten: ((entry: ManifestEntry, stat: StatFacts) => void) | undefined,
    private readonly stagedAt: ((entry: ManifestEntry) => string | undefined) | undefined,
  ) {}

  /** Where the entry with header `h` goes; undefined for one not wanted (a directory, a link, a second copy). */
  sinkFor(h: TarHeader): StagedFile | undefined {
    const name = safeEntryPath(h.name);
    if (h.type === 'symlink') checkLinkTarget(name, h.linkname ?? '');
    else if (h.type === 'link') {
      // A hard link is made by the restore from its manifest entry, never from the archive's word: here
      // its header is only checked, and a file the manifest wants bytes for must not come as one.
      safeEntryPath(h.linkname ?? '');
      if (this.wanted.has(name))
        throw new RestoreError(
          `file '${name}' in ${this.archive} is a hard link, but its manifest wants its bytes from there: the checkpoint is corrupt or was tampered with`,
        );
      return undefined;
    } else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file')
      throw new UnsafePathError(`entry '${name}' has the unexpected type '${h.type}'`);
    const entry = h.type === 'file' || h.type === 'contiguous-file' ? this.wanted.get(name) : undefined;
    if (!entry) return undefined; // (a second copy of a file already met is not wanted any more)
    if (h.size !== entry.size)
      throw new RestoreError(
        `file '${name}' in ${this.archive} holds ${h.size} bytes but its manifest promises ${entry.size}: the checkpoint is corrupt or was tampered with`,
      );
    const staged =
      this.stagingRoot === undefined ? undefined : (this.stagedAt?.(entry) ?? below(this.stagingRoot, name));
    this.open = new StagedFile(name, this.archive, entry, staged, this.hashFiles, (n, stat) => {
      this.wanted.delete(n);
      this.met++;
      if (stat) this.onWritten?.(entry, stat);
      this.open = undefined;
    });
    return this.open;
  }

  /** Closes the file being written, when the extraction stops half-way. */
  closeOpen(): void {
    this.open?.close();
  }
}

/** Refuses an archive that is not the one the manifest names. */
function checkDigest(info: Manifest['archive'], d: ArchiveDigest): void {
  if (d.size !== info.size || d.sha256 !== info.sha256) {
    throw new RestoreError(
      `archive ${info.file} has sha256 ${d.sha256} and ${d.size} bytes, but its manifest says ${info.sha256} and ${info.size} bytes: it is corrupt, truncated or was tampered with`,
    );
  }
}

/**
 * The error to report for an extraction that stopped on `error`, given how feeding the archive and
 * decompressing it ended: our own verdict on the content first, then a failing source (a broken
 * download), which is the cause of the truncation the decompressor then reports.
 */
function extractionFailure(
  error: unknown,
  fed: PromiseSettledResult<ArchiveDigest>,
  decoded: PromiseSettledResult<void>,
  info: Manifest['archive'],
  storeSpec: string,
  consumerStopped = false,
): unknown {
  const verdict = decoded.status === 'rejected' ? (decoded.reason as unknown) : error;
  if (verdict instanceof TarFormatError)
    return new RestoreError(`archive ${info.file} is damaged: ${verdict.message}`);
  if (verdict instanceof UserError || verdict instanceof UnsafePathError) return verdict;
  // All bytes read but the decompressor choked: the digest says plainly whether they were the right ones.
  if (fed.status === 'fulfilled') checkDigest(info, fed.value);
  // (EPIPE, or the input closed under the feed, only says the decompressor stopped reading: its own error
  // is the one to report.)
  const stoppedReading =
    consumerStopped ||
    (fed.status === 'rejected' && (fed.reason as NodeJS.ErrnoException | undefined)?.code === 'EPIPE');
  if (fed.status === 'rejected' && !stoppedReading) {
    const cause = fed.reason as unknown;
    if (cause instanceof UserError) return cause;
    return new RestoreError(`reading archive ${info.file} from ${storeSpec} failed: ${errorMessage(cause)}`);
  }
  // The feed's failure came first: the decompressor stopped reading, and its own failure says why.
  return fed.status === 'rejected' && error === fed.reason ? verdict : error;
}

/** A local archive is there, and a regular file: never a FIFO the decompressor would wait on, never a link. */
async function localArchiveIsFile(store: CheckpointStore, file: string, local: string): Promise<BigIntStats> {
  // a local archive that cannot be lstat'ed is missing, said in the next line
  const st = await lstat(local, { bigint: true }).catch(() => undefined);
  if (!st) throw new NotFoundError(`checkpoint archive '${file}' is missing from ${store.spec}`);
  if (!st.isFile())
    throw plantedObject(store.spec, file, st.isSymbolicLink() ? 'a symbolic link' : 'not a regular file');
  return st;
}

/**
 * A local archive is read twice, by the decompressor and by the digest: its digest proves the bytes
 * extracted only if no one wrote or replaced it in between. Any write or rename moves its ctime, which no
 * user can set back.
 */
async function stillTheSameFile(file: string, local: string, before: BigIntStats): Promise<void> {
  // gone since: not the same file, said below
  const now = await lstat(local, { bigint: true }).catch(() => undefined);
  const same =
    now !== undefined &&
    now.ino === before.ino &&
    now.dev === before.dev &&
    now.size === before.size &&
    now.mtimeNs === before.mtimeNs &&
    now.ctimeNs === before.ctimeNs;
  if (!same)
    throw new RestoreError(
      `archive ${file} was changed or replaced in the store while it was being restored: restore again once nothing writes to the store`,
    );
}
