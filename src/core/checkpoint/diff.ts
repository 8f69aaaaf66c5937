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
  /** The parent's entries by path (empty without a parent). */
  before: Map<string, ManifestEntry>;
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
  const trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
  const store = new Set<string>();
  const entries: ManifestEntry[] = new Array<ManifestEntry>(scanned.length);
  let matched = 0;
  for (let i = 0; i < scanned.length; i++) {
    const s = scanned[i]!;
    const old = before.get(s.path);
    if (old) matched++;
    const entry: ManifestEntry = { path: s.path, type: s.type, mode: s.mode };
    if (s.stat) entry.mtimeMs = s.stat.mtimeMs;
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
        b.mtimeMs < trustedBefore;
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
    entries[i] = entry;
  }
  // Deletions: only worth a set of the new paths when some parent entry went unmatched.
  let deleted: string[] = [];
  if (matched < before.size) {
    const now = new Set(scanned.map((s) => s.path));
    deleted = [...before.keys()].filter((p) => !now.has(p));
  }
  return { entries, store, deleted, before };
}

/**
 * Files whose stat changed but whose size did not: worth hashing before storing, since a touched file
 * (rewritten with the same bytes by a build tool or a checkout) then costs a read instead of storage.
 */
export function rehashCandidates(plan: IncrementalPlan): ManifestEntry[] {
  return plan.entries.filter((e) => {
    if (e.type !== 'file' || !plan.store.has(e.path)) return false;
    const old = plan.before.get(e.path);
    return old?.type === 'file' && old.size === e.size && old.mode === e.mode;
  });
}

/** Takes back from the parent the candidates whose fresh hash equals the parent's: they are not stored. */
export function reuseUnchanged(plan: IncrementalPlan, hashes: Map<string, string>): void {
  if (hashes.size === 0) return;
  for (const e of plan.entries) {
    const sha = hashes.get(e.path);
    if (!sha) continue;
    const old = plan.before.get(e.path);
    if (old?.type !== 'file' || old.sha256 !== sha || old.mode !== e.mode || old.size !== e.size || !old.from)
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
