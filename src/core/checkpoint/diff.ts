/**
 * What an incremental checkpoint must store, and what a restore would change. Pure: callers pass the
 * scanned trees in, and get plans back.
 */
import type { Manifest, ManifestEntry, StatFacts, EntryType } from './manifest.js';
import { isUnder } from './paths.js';

/** One entry found on disk while scanning. */
export interface ScannedEntry {
  path: string;
  type: EntryType;
  mode: number;
  size?: number;
  target?: string;
  stat?: StatFacts;
  /** Known content hash (restore planning hashes same-size files to compare). */
  sha256?: string;
}

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
export const RACY_SLACK_MS = 2000;

export interface IncrementalPlan {
  /** Entries of the new manifest, in scan order; stored files get sha256/from filled in by the writer. */
  entries: ManifestEntry[];
  /** Paths whose bytes (or, for dirs/links, header) go into the new archive. */
  store: Set<string>;
  deleted: string[];
}

/** The parent's entries by path, and the time before which its stat facts can be trusted. */
export interface ParentIndex {
  parent: Manifest | undefined;
  before: Map<string, ManifestEntry>;
  trustedBefore: number;
}

export function parentIndex(parent: Manifest | undefined): ParentIndex {
  const before = new Map<string, ManifestEntry>();
  for (const e of parent?.entries ?? []) before.set(e.path, e);
  return { parent, before, trustedBefore: parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity };
}

export interface PlannedEntry {
  entry: ManifestEntry;
  /** Whether its bytes (or, for dirs/links, header) go into the new archive. */
  store: boolean;
  /** The parent's entry at the same path. */
  old: ManifestEntry | undefined;
}

/**
 * Decides for one scanned entry whether it can be taken from the parent. A file is reused without reading
 * it only when type, mode, size and stat facts (mtime, inode, device) all equal the parent's, and its
 * mtime is safely older than the parent's scan; anything else is read, hashed and stored again. With no
 * parent (a full checkpoint) everything is stored.
 */
export function planEntry(s: ScannedEntry, idx: ParentIndex): PlannedEntry {
  const old = idx.before.get(s.path);
  const entry: ManifestEntry = { path: s.path, type: s.type, mode: s.mode };
  if (s.stat) entry.mtimeMs = s.stat.mtimeMs;
  let store: boolean;
  if (s.type === 'file') {
    entry.size = s.size ?? 0;
    if (s.stat) entry.stat = s.stat;
    const a = old?.stat;
    const b = s.stat;
    const reusable =
      old?.type === 'file' &&
      old.mode === s.mode &&
      old.size === s.size &&
      old.sha256 !== undefined &&
      old.from !== undefined &&
      a !== undefined &&
      b !== undefined &&
      a.mtimeMs === b.mtimeMs &&
      a.ino === b.ino &&
      a.dev === b.dev &&
      b.mtimeMs < idx.trustedBefore;
    store = !reusable;
    if (reusable) {
      entry.sha256 = old.sha256;
      entry.from = old.from;
    }
  } else if (s.type === 'symlink') {
    entry.target = s.target ?? '';
    store = !(old?.type === 'symlink' && old.target === s.target);
  } else {
    store = !(old?.type === 'dir' && old.mode === s.mode) || idx.parent === undefined;
  }
  return { entry, store, old };
}

/**
 * A stored file whose stat changed but whose size and mode did not: worth hashing before storing, since
 * a touched file (rewritten with the same bytes by a build tool or a checkout) then costs a read instead
 * of storage.
 */
export function worthRehashing(p: PlannedEntry): boolean {
  const { entry: e, old } = p;
  return p.store && e.type === 'file' && old?.type === 'file' && old.size === e.size && old.mode === e.mode;
}

/** Takes the file from the parent when its fresh hash equals the parent's; true when it did. */
export function reuseIfSameContent(p: PlannedEntry, sha256: string | undefined): boolean {
  const { entry: e, old } = p;
  if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from) return false;
  if (old.mode !== e.mode || old.size !== e.size) return false;
  e.sha256 = sha256;
  e.from = old.from;
  p.store = false;
  return true;
}

/** Paths of the parent that are gone, given how many of the new entries matched one of the parent's. */
export function deletedSince(idx: ParentIndex, entries: ManifestEntry[], matched: number): string[] {
  if (matched >= idx.before.size) return [];
  const now = new Set(entries.map((e) => e.path));
  return [...idx.before.keys()].filter((p) => !now.has(p));
}

/** The whole plan at once (the saver plans entry by entry while it packs; this is the same decision). */
export function planIncremental(scanned: ScannedEntry[], parent: Manifest | undefined): IncrementalPlan {
  const idx = parentIndex(parent);
  const store = new Set<string>();
  const entries: ManifestEntry[] = [];
  let matched = 0;
  for (const s of scanned) {
    const p = planEntry(s, idx);
    if (p.old) matched++;
    if (p.store) store.add(s.path);
    entries.push(p.entry);
  }
  return { entries, store, deleted: deletedSince(idx, entries, matched) };
}

export interface RestoreChanges {
  added: string[];
  modified: string[];
  deleted: string[];
  unchanged: number;
}

/** Restricts entries to a partial restore's paths (none given: everything). */
export function selectPaths<T extends { path: string }>(items: T[], only: string[] | undefined): T[] {
  if (!only || only.length === 0) return items;
  return items.filter((i) => only.some((root) => isUnder(i.path, root)));
}

/** True when the target entry is already on disk as it should be. */
export function sameEntry(target: ManifestEntry, current: ScannedEntry | undefined): boolean {
  if (!current || current.type !== target.type || current.mode !== target.mode) return false;
  if (target.type === 'symlink') return current.target === target.target;
  if (target.type === 'file') return current.size === target.size && current.sha256 === target.sha256;
  return true;
}

/**
 * What restoring `target` onto `current` changes, within `roots`: entries to add or modify, and entries on
 * disk under the roots that the checkpoint does not have (deleted, parents before children removed last
 * is the applier's job; here they are listed shallow-first).
 */
export function planRestore(target: ManifestEntry[], current: ScannedEntry[]): RestoreChanges {
  const cur = new Map(current.map((c) => [c.path, c]));
  const want = new Set(target.map((t) => t.path));
  const added: string[] = [];
  const modified: string[] = [];
  let unchanged = 0;
  for (const t of target) {
    const c = cur.get(t.path);
    if (!c) added.push(t.path);
    else if (sameEntry(t, c)) unchanged++;
    else modified.push(t.path);
  }
  const deleted = current.filter((c) => !want.has(c.path)).map((c) => c.path);
  return { added, modified, deleted, unchanged };
}
