/**
 * The checkpoint manifest: the complete state of the checkpointed paths at one moment, and where the
 * bytes of each file live. Every manifest lists every entry (not only the changed ones), each file with
 * the id of the checkpoint whose archive holds its content (`from`), so restoring an incremental
 * checkpoint means: read this manifest, fetch the archives it points to, take each file from its archive.
 *
 * In memory the entries are objects; stored, they are columns (one array per field, archive ids by
 * index): 6.1 MB instead of 11.3 MB for 40,041 files, and the manifest is read and written on every
 * incremental checkpoint.
 *
 * This module holds the manifest's types and what is counted from one; checkpoint ids and reserved names
 * are in ids.ts, the stored form is written by manifest-encode.ts and read and checked by manifest-parse.ts.
 */
import type { Lane } from '../../core/types.js';
import { isKeyedId, type KeyedRef } from './keyed.js';
import type { RootRecord } from './outside.js';
import { entryTable } from './manifest-table.js';

export const MANIFEST_FORMAT = 'ci-recovery-checkpoint/2';
export type Compression = 'zstd' | 'gzip';
export type EntryType = 'file' | 'dir' | 'symlink';

/** Local stat facts used only as the fast path of the next incremental checkpoint (like git's index). */
export interface StatFacts {
  mtimeMs: number;
  ino: number;
  dev: number;
  /** Where known (a save's scan; a restore's rename moves it): a rewrite whose mtime was put back moves it. */
  ctimeMs?: number | undefined;
}

export interface ManifestEntry {
  path: string;
  type: EntryType;
  /** Permission bits (0o7777). */
  mode: number;
  /** Files only. */
  size?: number;
  sha256?: string;
  /** Id of the checkpoint whose archive holds this file's bytes. */
  from?: string;
  /** Symlinks only. */
  target?: string;
  /**
   * Files only: a second name of a file saved earlier in the manifest (a hard link, as pnpm makes its
   * store's files), its path; size, sha256, mode and `from` are that file's, whose bytes it shares.
   */
  link?: string;
  /** Modification time to restore (from the scan). */
  mtimeMs?: number;
  /** This machine's stat facts; kept only in local manifest copies, never in a store. */
  stat?: StatFacts;
}

export interface ArchiveInfo {
  /** Object name in the store, e.g. `<id>.tar.zst`. */
  file: string;
  compression: Compression;
  sha256: string;
  size: number;
  /** Entries written into this archive. */
  entries: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  id: string;
  kind: 'full' | 'incremental';
  /** Checkpoint this one is incremental against. */
  parent?: string;
  /** Roots that were checkpointed, relative to the workspace ('.' for all of it). */
  paths: string[];
  exclude: string[];
  stage: string;
  job: string;
  runId: string;
  attempt: number;
  lane?: Lane;
  commit?: string;
  branch?: string;
  /**
   * The commit the workspace's clone had checked out when the checkpoint was saved (its HEAD; `commit` is
   * the run's GITHUB_SHA, which a checkout of a branch's ref leaves behind). A resume restores only into
   * a workspace at this commit.
   */
  head?: string;
  /** The sha256 of the matrix leg's values (core/job-start.ts): a resume takes only the same values'. */
  leg?: string;
  /** Stages completed in this job attempt when the checkpoint was taken. */
  completedStages: string[];
  /** How long each completed stage took when it ran (stage -> ms), for what a resume saves. Optional. */
  stageDurations?: Record<string, number>;
  /** Paths outside the workspace saved with it, each as its own checkpoint (checkpoint/core/outside.ts). */
  roots?: RootRecord[];
  /** Keyed entries (checkpoint/core/keyed.ts) some of its files are taken from, with their archives' digests. */
  keyed?: KeyedRef[];
  createdAt: string;
  /** Wall-clock when scanning started: files modified at or after it are never trusted by stat alone. */
  scanStartedMs: number;
  /** The walk of the tree, the archive (packing overlaps the walk: it starts at the walk) and the whole save. */
  timings: { scanMs: number; archiveMs: number; totalMs: number };
  entries: ManifestEntry[];
  /** Paths stored in this archive (new or changed since the parent). */
  changed: string[];
  /** Paths present in the parent and gone now. */
  deleted: string[];
  /** When the store lets the checkpoint expire (artifacts), never after its parent (ISO 8601). */
  expiresAt?: string;
  /** Entries the save could not hold (sockets, FIFOs, names not in UTF-8, unreadable ones), each reported. */
  leftOut?: number;
  archive: ArchiveInfo;
}

export interface ManifestStats {
  files: number;
  bytes: number;
  changed: number;
  deleted: number;
}

/** How many of `entries` are files, and their total size. */
export function fileTotals(entries: readonly ManifestEntry[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of entries) {
    if (e.type !== 'file') continue;
    files++;
    bytes += e.size ?? 0;
  }
  return { files, bytes };
}

/** Summary counts of a manifest, for outputs and `list`. */
export function manifestStats(m: Manifest): ManifestStats {
  return { ...fileTotals(m.entries), changed: m.changed.length, deleted: m.deleted.length };
}

/** Ids of every checkpoint whose archive this manifest needs, in chain order of first use. */
export function archivesNeeded(m: Manifest): string[] {
  // A parsed manifest knows them without an object per entry (a save's parent).
  const table = entryTable(m);
  if (table) return [...table.needed];
  const ids = new Set<string>();
  for (const e of m.entries) if (e.type === 'file' && e.from) ids.add(e.from);
  return [...ids];
}

/**
 * Ids of the checkpoints of the store whose archives this manifest needs: archivesNeeded without the keyed
 * entries, which live in the cache service, not in the store (a cleanup or a chain check never looks for them there).
 */
export function storedArchivesNeeded(m: Manifest): string[] {
  return archivesNeeded(m).filter((id) => !isKeyedId(id));
}

/**
 * A manifest without its entries: what a listing of many checkpoints keeps of each. `list` over a store
 * of 40 checkpoints of 46,734 entries each peaked at 641 MiB while it kept every parsed manifest, and at
 * 213 MiB keeping summaries.
 */
export interface ManifestSummary extends Omit<Manifest, 'entries' | 'changed' | 'deleted'> {
  stats: ManifestStats;
  /** Ids of the store's checkpoints whose archives it needs (storedArchivesNeeded). */
  needs: string[];
}

export function summarize(m: Manifest): ManifestSummary {
  const { entries: _entries, changed: _changed, deleted: _deleted, ...rest } = m;
  return { ...rest, stats: manifestStats(m), needs: storedArchivesNeeded(m) };
}

export function archiveExtension(compression: Compression): string {
  return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}
