/**
 * Restoring a checkpoint without ever leaving a half-written workspace:
 *   1. read the manifest (untrusted: every path and link target is checked) and plan the changes;
 *   2. stream each needed archive through sha256 -> decompress -> untar into a staging dir inside the
 *      destination (same filesystem, so moves are renames), refusing unsafe or unexpected entries and
 *      checking every file's size and sha256, then the archive's own digest and size;
 *   3. only then move entries into place, keeping everything replaced or deleted in the staging dir, so
 *      that any error while moving is undone in reverse order.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  createWriteStream,
  fchmodSync,
  futimesSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import {
  ancestors,
  checkLinkTarget,
  planRestore,
  safeEntryPath,
  selectPaths,
  UnsafePathError,
  type Manifest,
  type ManifestEntry,
  type RestoreChanges,
  type ScannedEntry,
} from '../../core/checkpoint/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { decompressor } from './compress.js';
import { DigestTap } from './digest.js';
import { cacheManifest, forEachLimit, sha256File } from './save.js';
import { scanTree, STAGING_PREFIX } from './scan.js';
import type { CheckpointStore } from './store.js';

/** A restore that was refused or failed; the workspace is as it was before. */
export class RestoreError extends UserError {
  override name = 'RestoreError';
}

export interface RestoreOptions {
  store: CheckpointStore;
  /** Checkpoint id, or its already-loaded manifest. */
  checkpoint: string | Manifest;
  dest: string;
  /** Partial restore: only these paths (and what lies below them). */
  paths?: string[];
  dryRun?: boolean;
  /** Where to keep the manifest with this machine's stat facts, so the next incremental save is cheap. */
  manifestCache?: string;
  logger?: Logger;
}

export interface RestoreResult {
  manifest: Manifest;
  changes: RestoreChanges;
  /** False for a dry run. */
  restored: boolean;
  files: number;
  bytes: number;
}

/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(
  dest: string,
  roots: string[],
  manifest: Manifest,
  target: Map<string, ManifestEntry>,
): Promise<ScannedEntry[]> {
  const scan = await scanTree(dest, roots, manifest.exclude);
  const current = selectPaths(scan.entries, roots);
  await forEachLimit(current, 4, async (c) => {
    const t = target.get(c.path);
    if (c.type !== 'file' || t?.type !== 'file' || t.size !== c.size) return;
    const abs = path.join(dest, c.path);
    c.sha256 =
      (c.size ?? 0) <= SMALL_ENTRY
        ? createHash('sha256').update(readFileSync(abs)).digest('hex')
        : await sha256File(abs);
  });
  return current;
}

/** Entries up to this size are verified in memory before being written. */
const SMALL_ENTRY = 1 << 20;

let umaskBits: number | undefined;
/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode: number): boolean {
  umaskBits ??= process.umask();
  return (mode & ~0o777) === 0 && (mode & umaskBits) === 0;
}

/**
 * Writes an already verified small file to staging: open with its final mode, write, set mtime, close.
 * Synchronous on purpose: for many small files, four thread-pool round trips per file cost far more
 * than the syscalls themselves (tar -x does the same, in one thread).
 */
function writeStagedSync(staged: string, body: Buffer, entry: ManifestEntry): void {
  const direct = openKeepsMode(entry.mode);
  const fd = openSync(staged, 'wx', direct ? entry.mode : 0o600);
  try {
    let off = 0;
    while (off < body.length) off += writeSync(fd, body, off, body.length - off);
    if (!direct) fchmodSync(fd, entry.mode);
    if (entry.stat) futimesSync(fd, new Date(), new Date(entry.stat.mtimeMs));
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` to their staging
 * names (no staging name: hash only, for `validate`).
 */
export async function extractArchive(
  store: CheckpointStore,
  archiveOf: Manifest,
  wanted: Map<string, { entry: ManifestEntry; staged?: string }>,
  logger?: Logger,
): Promise<void> {
  const info = archiveOf.archive;
  const source = await store.getArchive(info.file);
  const tap = new DigestTap();
  const codec = decompressor(info.compression);
  const extract = tar.extract();
  const feeding = pipeline(source, tap, codec.input);
  const unpacking = pipeline(codec.output, extract);
  // The source can fail while entries are still being read (a streamed download whose digest check
  // fails at the end): that reason wins over the truncation it causes downstream. Handlers are attached
  // now so such a failure is never an unhandled rejection.
  let sourceError: unknown;
  feeding.catch((error: unknown) => (sourceError ??= error));
  for (const p of [unpacking, codec.done]) p.catch(() => undefined);
  const got = new Set<string>();
  try {
    for await (const item of extract) {
      const h = item.header;
      const name = safeEntryPath(h.name);
      if (h.type === 'symlink') checkLinkTarget(name, h.linkname ?? '');
      else if (h.type === 'link')
        throw new UnsafePathError(`entry '${name}' is a hard link; checkpoints never contain hard links`);
      else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file') {
        throw new UnsafePathError(`entry '${name}' has the unexpected type '${String(h.type)}'`);
      }
      const w = h.type === 'file' || h.type === 'contiguous-file' ? wanted.get(name) : undefined;
      if (!w || got.has(name)) {
        item.resume();
        await new Promise<void>((resolve, reject) => item.on('end', resolve).on('error', reject));
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      const check = (): void => {
        const sha = hash.digest('hex');
        if (size !== w.entry.size || sha !== w.entry.sha256) {
          throw new RestoreError(
            `file '${name}' in ${info.file} does not match its manifest (size ${size} vs ${w.entry.size}, sha256 ${sha.slice(0, 12)} vs ${w.entry.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`,
          );
        }
      };
      if ((h.size ?? 0) <= SMALL_ENTRY || !w.staged) {
        // Small files: verified in memory, then written by the pool while the next entries are read.
        const chunks: Buffer[] = [];
        for await (const chunk of item) {
          const b = chunk as Buffer;
          hash.update(b);
          size += b.length;
          if (w.staged) chunks.push(b);
        }
        check();
        const staged = w.staged;
        if (staged)
          writeStagedSync(staged, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), w.entry);
      } else {
        item.on('data', (chunk: unknown) => {
          if (!Buffer.isBuffer(chunk)) return;
          hash.update(chunk);
          size += chunk.length;
        });
        // Large files are written while hashed, readable only by us until verified.
        await pipeline(
          item,
          createWriteStream(w.staged, { flags: 'wx', mode: 0o600, highWaterMark: 1 << 20 }),
        );
        check();
        await chmod(w.staged, w.entry.mode);
        if (w.entry.stat)
          await utimes(w.staged, new Date(), new Date(w.entry.stat.mtimeMs)).catch(() => undefined);
      }
      got.add(name);
    }
    await Promise.all([feeding, unpacking, codec.done]);
  } catch (error) {
    source.destroy();
    codec.kill();
    await Promise.allSettled([feeding, unpacking, codec.done]);
    throw sourceError instanceof UserError ? sourceError : error;
  }
  if (tap.bytes !== info.size || tap.sha256() !== info.sha256) {
    throw new RestoreError(
      `archive ${info.file} has sha256 ${tap.sha256()} and ${tap.bytes} bytes, but its manifest says ${info.sha256} and ${info.size} bytes: it is corrupt, truncated or was tampered with`,
    );
  }
  const missing = [...wanted.keys()].filter((p) => !got.has(p));
  if (missing.length)
    throw new RestoreError(
      `archive ${info.file} lacks ${missing.length} file(s) its manifest lists (first: '${missing[0]}'): it is truncated or was tampered with`,
    );
  logger?.debug(`verified ${info.file}: ${got.size} file(s), ${info.size} bytes`);
}

type JournalItem =
  | { kind: 'moved'; from: string; to: string }
  | { kind: 'placed'; at: string }
  | { kind: 'chmod'; at: string; mode: number };

/** Applies staged entries with an undo journal; on any error, undoes everything done so far. */
class Applier {
  private readonly journal: JournalItem[] = [];
  private n = 0;
  /** Directories known to exist as real directories (created or checked). */
  private readonly dirs = new Set<string>();
  constructor(
    private readonly dest: string,
    private readonly backup: string,
  ) {}

  private moveAway(abs: string): void {
    const to = path.join(this.backup, String(this.n++));
    renameSync(abs, to);
    this.journal.push({ kind: 'moved', from: abs, to });
  }

  /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
  private ensureParents(rel: string): void {
    for (const a of ancestors(rel)) {
      if (this.dirs.has(a)) continue;
      const abs = path.join(this.dest, a);
      const st = lstatSync(abs, { throwIfNoEntry: false });
      if (!st?.isDirectory()) {
        if (st) this.moveAway(abs);
        mkdirSync(abs, { mode: 0o755 });
        this.journal.push({ kind: 'placed', at: abs });
      }
      this.dirs.add(a);
    }
  }

  /** Synchronous, like the extraction of small files: one rename per file, no thread-pool round trips. */
  /**
   * Puts one entry in place. `subtree` is a staged directory holding the entry's whole new subtree (an
   * added directory): it moves with one rename. Files and symlinks are staged at their own path.
   */
  place(entry: ManifestEntry, staged: string | undefined, subtree: boolean): void {
    this.ensureParents(entry.path);
    const abs = path.join(this.dest, entry.path);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (entry.type === 'dir') {
      this.dirs.add(entry.path);
      if (st?.isDirectory()) return; // mode fixed in finishModes
      if (st) this.moveAway(abs);
      if (subtree) renameSync(staged!, abs);
      else mkdirSync(abs, { mode: 0o700 });
      this.journal.push({ kind: 'placed', at: abs });
      return;
    }
    if (st) this.moveAway(abs);
    renameSync(staged!, abs);
    this.journal.push({ kind: 'placed', at: abs });
  }

  remove(rel: string): void {
    const abs = path.join(this.dest, rel);
    if (lstatSync(abs, { throwIfNoEntry: false })) this.moveAway(abs);
  }

  /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
  finishModes(dirs: ManifestEntry[]): void {
    for (const d of [...dirs].reverse()) {
      const abs = path.join(this.dest, d.path);
      const mode = lstatSync(abs).mode & 0o7777;
      if (mode === d.mode) continue;
      this.journal.push({ kind: 'chmod', at: abs, mode });
      chmodSync(abs, d.mode);
    }
  }

  async undo(): Promise<void> {
    for (const j of this.journal.reverse()) {
      try {
        if (j.kind === 'chmod') await chmod(j.at, j.mode);
        else if (j.kind === 'placed') await rm(j.at, { recursive: true, force: true });
        else await rename(j.to, j.from);
      } catch {
        // Keep undoing the rest.
      }
    }
  }
}

export async function restoreCheckpoint(opts: RestoreOptions): Promise<RestoreResult> {
  const startedMs = Date.now();
  const dest = path.resolve(opts.dest);
  const manifest =
    typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
  let only: string[] | undefined;
  try {
    only = opts.paths?.length ? opts.paths.map((p) => safeEntryPath(p, { allowRoot: true })) : undefined;
  } catch (error) {
    throw new UserError(
      `Restore path refused: ${errorMessage(error)}. Give paths relative to the workspace.`,
    );
  }
  if (only?.includes('.')) only = undefined;
  const targetList = selectPaths(manifest.entries, only);
  if (only && targetList.length === 0) {
    throw new UserError(
      `None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`,
    );
  }
  const target = new Map(targetList.map((e) => [e.path, e]));
  const roots = only ?? manifest.paths;
  const current = await currentState(dest, roots, manifest, target);
  const changes = planRestore(targetList, current);
  opts.logger?.debug(`restore ${manifest.id}: planned in ${Date.now() - startedMs} ms`);
  const fileEntries = targetList.filter((e) => e.type === 'file');
  const files = fileEntries.length;
  const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
  if (opts.dryRun) return { manifest, changes, restored: false, files, bytes };

  await mkdir(dest, { recursive: true });
  const staging = await mkdtemp(path.join(dest, STAGING_PREFIX));
  const backup = path.join(staging, 'replaced');
  await mkdir(backup);
  try {
    // 2. Fetch and verify every needed file into staging.
    // Entries are staged at their own relative path under staging/tree, so that a directory that is new
    // as a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into
    // place with a single rename instead of one per file.
    const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p)!);
    const added = new Set(changes.added);
    const tree = path.join(staging, 'tree');
    const stagedAt = (p: string): string => path.join(tree, p);
    const made = new Set<string>();
    const stageDir = (p: string): void => {
      if (made.has(p)) return;
      mkdirSync(stagedAt(p), { recursive: true, mode: 0o700 });
      made.add(p);
    };
    const byArchive = new Map<string, Map<string, { entry: ManifestEntry; staged: string }>>();
    for (const e of toWrite) {
      if (e.type === 'dir') {
        if (added.has(e.path)) stageDir(e.path);
        continue;
      }
      stageDir(path.posix.dirname(e.path));
      if (e.type === 'symlink') continue;
      const from = e.from ?? manifest.id;
      if (!byArchive.has(from)) byArchive.set(from, new Map());
      byArchive.get(from)!.set(e.path, { entry: e, staged: stagedAt(e.path) });
    }
    for (const [id, wanted] of byArchive) {
      const archiveOf = id === manifest.id ? manifest : await opts.store.getManifest(id);
      await extractArchive(opts.store, archiveOf, wanted, opts.logger);
    }
    // Links were checked when the manifest was read; they are made in staging like everything else.
    for (const e of toWrite) if (e.type === 'symlink') symlinkSync(e.target!, stagedAt(e.path));
    opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${Date.now() - startedMs} ms`);

    // 3. Swap into place, undoably.
    const applier = new Applier(dest, backup);
    try {
      // Shallow first; below an already removed directory there is nothing left to remove.
      let removed: string | undefined;
      for (const p of [...changes.deleted].sort()) {
        if (removed !== undefined && p.startsWith(removed + '/')) continue;
        applier.remove(p);
        removed = p;
      }
      for (const e of toWrite) {
        // Inside a new directory: already moved with it.
        if (added.has(path.posix.dirname(e.path))) continue;
        applier.place(e, stagedAt(e.path), e.type === 'dir' && added.has(e.path));
      }
      applier.finishModes(targetList.filter((e) => e.type === 'dir'));
    } catch (error) {
      await applier.undo();
      throw new RestoreError(
        `could not put restored files in place (${errorMessage(error)}); everything was put back as it was`,
      );
    }
  } catch (error) {
    if (error instanceof UnsafePathError)
      throw new RestoreError(
        `checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`,
      );
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(
      `checkpoint '${manifest.id}' could not be restored: ${errorMessage(error)}; the workspace was not changed`,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  if (opts.manifestCache && !only) {
    // Record this machine's stat facts so the next incremental save reuses hashes instead of re-reading.
    const local: Manifest = { ...manifest, scanStartedMs: startedMs, entries: [] };
    const scan = await scanTree(dest, manifest.paths, manifest.exclude);
    const now = new Map(scan.entries.map((s) => [s.path, s]));
    local.entries = manifest.entries.map((e) => {
      const s = now.get(e.path);
      return s?.stat ? { ...e, stat: s.stat } : { ...e, stat: undefined };
    });
    await cacheManifest(opts.manifestCache, local).catch(() => undefined);
  }
  opts.logger?.info(
    `Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`,
  );
  return { manifest, changes, restored: true, files, bytes };
}
