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

function sameStat(a: StatFacts | undefined, b: StatFacts | undefined): boolean {
  return !!a && !!b && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Decides per entry whether it can be taken from the parent. A file is reused without reading it only
 * when type, mode, size and stat facts (mtime, inode, device) all equal the parent's, and its mtime is
 * safely older than the parent's scan; anything else is read, hashed and stored again. With no parent
 * (a full checkpoint) everything is stored.
 */
export function planIncremental(scanned: ScannedEntry[], parent: Manifest | undefined): IncrementalPlan {
  const before = new Map<string, ManifestEntry>();
  for (const e of parent?.entries ?? []) before.set(e.path, e);
  const store = new Set<string>();
  const entries: ManifestEntry[] = [];
  for (const s of scanned) {
    const old = before.get(s.path);
    const entry: ManifestEntry = { path: s.path, type: s.type, mode: s.mode };
    if (s.type === 'file') {
      entry.size = s.size ?? 0;
      if (s.stat) entry.stat = s.stat;
      const reusable =
        parent !== undefined &&
        old?.type === 'file' &&
        old.mode === s.mode &&
        old.size === s.size &&
        old.sha256 !== undefined &&
        old.from !== undefined &&
        sameStat(old.stat, s.stat) &&
        s.stat !== undefined &&
        s.stat.mtimeMs < parent.scanStartedMs - RACY_SLACK_MS;
      if (reusable) {
        entry.sha256 = old.sha256;
        entry.from = old.from;
      } else {
        store.add(s.path);
      }
    } else if (s.type === 'symlink') {
      entry.target = s.target ?? '';
      if (!(old?.type === 'symlink' && old.target === s.target)) store.add(s.path);
    } else if (!(old?.type === 'dir' && old.mode === s.mode) || parent === undefined) {
      store.add(s.path);
    }
    entries.push(entry);
  }
  const now = new Set(scanned.map((s) => s.path));
  const deleted = [...before.keys()].filter((p) => !now.has(p));
  return { entries, store, deleted };
}

/**
 * Files whose stat changed but whose size did not: worth hashing before storing, since a touched file
 * (rewritten with the same bytes by a build tool or a checkout) then costs a read instead of storage.
 */
export function rehashCandidates(plan: IncrementalPlan, parent: Manifest | undefined): ManifestEntry[] {
  if (!parent) return [];
  const before = new Map(parent.entries.map((e) => [e.path, e]));
  return plan.entries.filter((e) => {
    const old = before.get(e.path);
    return (
      e.type === 'file' &&
      plan.store.has(e.path) &&
      old?.type === 'file' &&
      old.size === e.size &&
      old.mode === e.mode
    );
  });
}

/** Takes back from the parent the candidates whose fresh hash equals the parent's: they are not stored. */
export function reuseUnchanged(plan: IncrementalPlan, parent: Manifest, hashes: Map<string, string>): void {
  const before = new Map(parent.entries.map((e) => [e.path, e]));
  for (const e of plan.entries) {
    const old = before.get(e.path);
    const sha = hashes.get(e.path);
    if (
      !sha ||
      old?.type !== 'file' ||
      old.sha256 !== sha ||
      old.mode !== e.mode ||
      old.size !== e.size ||
      !old.from
    )
      continue;
    e.sha256 = sha;
    e.from = old.from;
    plan.store.delete(e.path);
  }
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
