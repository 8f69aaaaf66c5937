/**
 * What an incremental checkpoint must store, and what a restore would change. Pure: callers pass the
 * scanned trees in, and get plans back.
 */
import type { Manifest, ManifestEntry } from './manifest.js';
import { entryTable, type EntryTable } from './manifest-table.js';
import { isUnder, outermost } from '../../core/entry-paths.js';

/**
 * One entry found on disk while scanning: a manifest entry as far as the disk tells (no `from`; `sha256`
 * only when a restore hashed it to compare), so that the saver's planner can take it over as one.
 */
export type ScannedEntry = ManifestEntry;

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
export const RACY_SLACK_MS = 2000;

export interface PlannedEntry {
  entry: ManifestEntry;
  /** Whether its bytes (or, for dirs/links, header) go into the new archive. */
  store: boolean;
  /**
   * The parent's entry at the same path. Planned against a parsed parent's columns (entryTable), it is
   * made only where the save may look at it: an entry stored, or a hard link; a file or directory taken
   * from the parent as it is has none.
   */
  old: ManifestEntry | undefined;
}

/**
 * Plans a checkpoint entry by entry against its parent (none: a full checkpoint), so that the saver can
 * pack each entry as the walk yields it. `entries` collects the new manifest's entries in walk order.
 */
export class IncrementalPlanner {
  readonly entries: ManifestEntry[] = [];
  private readonly before = new Map<string, ManifestEntry>();
  /** The parent's entries as columns, where it was parsed and its entries never read: no object each. */
  private readonly table: EntryTable | undefined;
  /** Files modified at or after this are never trusted by their stat alone. */
  private readonly trustedBefore: number;
  /** New entries that the parent had too: fewer than the parent's means something was deleted. */
  private matched = 0;
  /** The parent's entry after the last one matched: where the walk's next entry most likely stands. */
  private next = 0;

  constructor(private readonly parent: Manifest | undefined) {
    this.table = parent && entryTable(parent);
    if (!this.table) for (const e of parent?.entries ?? []) this.before.set(e.path, e);
    this.trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
  }

  /**
   * Decides for one scanned entry whether it can be taken from the parent. A file is reused without
   * reading it only when type, mode, size and stat facts (mtime, inode, device, and ctime where the
   * parent's local copy knows it, as git's index compares) all equal the parent's,
   * and its mtime is safely older than the parent's scan; anything else is read, hashed and stored again.
   * With no parent everything is stored.
   */
  plan(s: ScannedEntry): PlannedEntry {
    if (this.table) return this.planOnTable(s, this.table);
    const old = this.before.get(s.path);
    if (old) this.matched++;
    // The scanned object becomes the manifest entry: on tens of thousands of entries a second object
    // each, and the garbage collector copying it, cost more than the planning itself.
    const entry: ManifestEntry = s;
    if (s.stat) entry.mtimeMs = s.stat.mtimeMs;
    let store: boolean;
    if (s.type === 'file') {
      entry.size = s.size ?? 0;
      const a = old?.stat;
      const b = s.stat;
      const reusable =
        old?.type === 'file' &&
        old.mode === s.mode &&
        old.size === s.size &&
        old.sha256 !== undefined &&
        old.from !== undefined &&
        // A hard link's bytes are in its archive under its file's name, not under its own.
        old.link === undefined &&
        a !== undefined &&
        b !== undefined &&
        a.mtimeMs === b.mtimeMs &&
        (a.ctimeMs === undefined || a.ctimeMs === b.ctimeMs) &&
        a.ino === b.ino &&
        a.dev === b.dev &&
        b.mtimeMs < this.trustedBefore;
      store = !reusable;
      if (reusable) {
        entry.sha256 = old.sha256;
        entry.from = old.from;
      }
    } else if (s.type === 'symlink') {
      entry.target = s.target ?? '';
      store = !(old?.type === 'symlink' && old.target === s.target);
    } else {
      store = !(old?.type === 'dir' && old.mode === s.mode) || this.parent === undefined;
    }
    this.entries.push(entry);
    return { entry, store, old };
  }

  /** plan, against the parent's columns: the same decisions, from the same facts, read by index. */
  private planOnTable(s: ScannedEntry, t: EntryTable): PlannedEntry {
    const i = this.indexOf(s.path, t);
    if (i !== undefined) this.matched++;
    const entry: ManifestEntry = s;
    if (s.stat) entry.mtimeMs = s.stat.mtimeMs;
    let store: boolean;
    if (s.type === 'file') {
      entry.size = s.size ?? 0;
      const b = s.stat;
      const ctime = i === undefined ? undefined : t.ctimes?.[i];
      // A file entry of a parsed manifest always has its digest and archive; stat facts in a local copy.
      const reusable =
        i !== undefined &&
        t.types[i] === 'f' &&
        t.modes[i] === s.mode &&
        t.sizes[i] === s.size &&
        // A hard link's bytes are in its archive under its file's name, not under its own.
        t.links?.[String(i)] === undefined &&
        t.inos !== undefined &&
        t.devs !== undefined &&
        b !== undefined &&
        t.mtimes[i] === b.mtimeMs &&
        (ctime === undefined || ctime === -1 || ctime === b.ctimeMs) &&
        t.inos[i] === b.ino &&
        t.devs[i] === b.dev &&
        b.mtimeMs < this.trustedBefore;
      store = !reusable;
      if (reusable) {
        entry.sha256 = t.shas[i];
        entry.from = t.archives[t.froms[i]!];
      }
    } else if (s.type === 'symlink') {
      entry.target = s.target ?? '';
      store = !(i !== undefined && t.types[i] === 'l' && t.targets[String(i)] === s.target);
    } else {
      store = !(i !== undefined && t.types[i] === 'd' && t.modes[i] === s.mode);
    }
    this.entries.push(entry);
    const old = i !== undefined && (store || s.link !== undefined) ? t.entry(i) : undefined;
    return { entry, store, old };
  }

  /**
   * The parent's index of `p`. The walk meets a tree in the order its parent was written (a parent taken
   * by the same walk), so the entry after the last one matched is tried first, and the parent's index of
   * paths only where that is not it (added or deleted entries, other roots): a lookup per entry, hashing
   * each walked path, was ~15 ms of CPU for 11,755 entries (Node 24). A parsed parent lists each path once.
   */
  private indexOf(p: string, t: EntryTable): number | undefined {
    const k = this.next;
    const i = t.paths[k] === p ? k : t.find(p);
    if (i !== undefined) this.next = i + 1;
    return i;
  }

  /**
   * Takes out entries planned but gone when they were read (deleted mid-save), `fromParent` of them paths
   * the parent had: those count as deleted.
   */
  leaveOut(gone: ReadonlySet<ManifestEntry>, fromParent: number): void {
    if (gone.size === 0) return;
    let kept = 0;
    for (const e of this.entries) if (!gone.has(e)) this.entries[kept++] = e;
    this.entries.length = kept;
    this.matched -= fromParent;
  }

  /** Paths of the parent that the walk did not meet (call once the walk is over). */
  deleted(): string[] {
    // (A parsed parent lists each path once: its paths, not its index, which may never have been made.)
    if (this.matched >= (this.table ? this.table.paths.length : this.before.size)) return [];
    const now = new Set(this.entries.map((e) => e.path));
    return (this.table ? this.table.paths : [...this.before.keys()]).filter((p) => !now.has(p));
  }
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
  if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from || old.link) return false;
  if (old.mode !== e.mode || old.size !== e.size) return false;
  e.sha256 = sha256;
  e.from = old.from;
  p.store = false;
  return true;
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

/**
 * A file and its hard links are written together, or not at all: a link is made to the file this restore
 * writes (rewriting one name alone would split them), and a group found as separate copies on disk is
 * written again, so that it comes back linked. Names the checkpoint holds apart (separate files, or
 * separate groups) that share one inode on disk are written again too: left "unchanged", a write through
 * one of them would change the others, which the saved workspace never did. `target`: the entries
 * restored, by path; `linkedOnDisk`: the entries the scan found with more than one name.
 */
export function withWholeLinkGroups(
  target: ReadonlyMap<string, ManifestEntry>,
  current: readonly ScannedEntry[],
  linkedOnDisk: readonly ScannedEntry[],
  changes: RestoreChanges,
): void {
  const groups = new Map<string, string[]>();
  for (const e of target.values()) {
    if (e.link === undefined) continue;
    const group = groups.get(e.link);
    if (group) group.push(e.path);
    else groups.set(e.link, [e.path]);
  }
  const apart = linkedApart(target, linkedOnDisk);
  if (groups.size === 0 && apart.length === 0) return;
  const cur = new Map(current.map((c) => [c.path, c]));
  const writing = new Set([...changes.added, ...changes.modified]);
  const rewrite = (p: string): void => {
    if (writing.has(p)) return;
    writing.add(p);
    changes.unchanged--;
    (cur.has(p) ? changes.modified : changes.added).push(p);
  };
  apart.forEach(rewrite);
  for (const [file, links] of groups) {
    const members = [file, ...links].filter((p) => target.has(p));
    const its = cur.get(file)?.stat;
    const linkedNow =
      its !== undefined &&
      members.every((p) => {
        const c = cur.get(p);
        return c?.type === 'file' && c.stat?.ino === its.ino && c.stat.dev === its.dev;
      });
    if (linkedNow && !members.some((p) => writing.has(p))) continue;
    members.forEach(rewrite);
  }
}

/**
 * The names of `linkedOnDisk` on an inode (one device, one number: two filesystems of a destination
 * reuse numbers) whose names the checkpoint holds as files of different groups.
 */
export function linkedApart(
  target: ReadonlyMap<string, ManifestEntry>,
  linkedOnDisk: readonly ScannedEntry[],
): string[] {
  if (linkedOnDisk.length === 0) return [];
  const groupOf = (c: ScannedEntry): string | undefined => {
    const t = target.get(c.path);
    return c.type === 'file' && c.stat && t?.type === 'file' ? (t.link ?? t.path) : undefined;
  };
  // The first name met of each inode, by device then number: no string made per name (in a pnpm tree
  // every file is linked to the store).
  const firstOf = new Map<number, Map<number, ScannedEntry>>();
  const first = (c: ScannedEntry): ScannedEntry => {
    const { dev, ino } = c.stat!;
    let byIno = firstOf.get(dev);
    if (!byIno) firstOf.set(dev, (byIno = new Map<number, ScannedEntry>()));
    const f = byIno.get(ino);
    if (!f) byIno.set(ino, c);
    return f ?? c;
  };
  const split = new Set<ScannedEntry>();
  for (const c of linkedOnDisk) {
    const group = groupOf(c);
    if (group === undefined) continue;
    const f = first(c);
    if (f !== c && groupOf(f) !== group) split.add(f);
  }
  if (split.size === 0) return [];
  return linkedOnDisk.filter((c) => groupOf(c) !== undefined && split.has(first(c))).map((c) => c.path);
}

/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
export function shownChanges(c: RestoreChanges): Pick<RestoreChanges, 'added' | 'modified' | 'deleted'> {
  return { added: outermost(c.added), modified: c.modified, deleted: outermost(c.deleted) };
}

/**
 * Spares the directories that hold an entry the restore leaves alone (`leftAlone`: a nested repository's
 * `.git`, a file the save excluded, the store), which a directory moved away whole would take with it:
 * one the checkpoint lacks is kept, and only its other entries are deleted. Returns the first such
 * directory the checkpoint would put a file or link in place of, with what it holds, for the caller to
 * refuse (or the path left alone itself, which only a forged manifest names: a save's own `exclude` leaves
 * out what it names, and a write there would move it away whole; one that also drops the name from its
 * `exclude` is not caught here); undefined when there is none.
 */
export function spareLeftAlone(
  target: ReadonlyMap<string, ManifestEntry>,
  leftAlone: readonly string[],
  changes: RestoreChanges,
): { path: string; holds: string } | undefined {
  for (const p of leftAlone) if (target.has(p)) return { path: p, holds: p };
  if (leftAlone.length === 0 || (changes.deleted.length === 0 && changes.modified.length === 0)) return;
  const holders = new Map<string, string>();
  for (const p of leftAlone)
    // Climbs to the first directory already known to hold something: 300,000 paths took 961 ms when every
    // prefix of each was rebuilt.
    for (let cut = p.lastIndexOf('/'); cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
      const a = p.slice(0, cut);
      if (holders.has(a)) break;
      holders.set(a, p);
    }
  for (const p of changes.modified) {
    const holds = holders.get(p);
    if (holds !== undefined && target.get(p)?.type !== 'dir') return { path: p, holds };
  }
  changes.deleted = changes.deleted.filter((p) => !holders.has(p));
  return undefined;
}
