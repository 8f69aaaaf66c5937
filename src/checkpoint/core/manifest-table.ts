/**
 * A parsed manifest's entries kept as the columns they were read in, checked, with an object made for an
 * entry only when something asks for it. An incremental save reads its parent (20,000 entries and more) only
 * to compare each scanned entry with the parent's at the same path and take over a digest and an archive id:
 * an object per parent entry (two for a file of a local copy, with its stat facts) was about a tenth of the
 * save's CPU in the parse and its garbage collection (profile, Node 24, 20,000 files, 1 % changed).
 * `entries` is made whole on first read, as before, for every other reader (a restore, a listing).
 */
import type { EntryType, Manifest, ManifestEntry } from './manifest.js';

/** The checked columns of a manifest's entries (manifest-parse.ts's), by entry index. */
export interface EntryColumns {
  paths: string[];
  /** One letter per entry: f(ile), d(ir), l(ink). */
  types: string;
  modes: number[];
  mtimes: number[];
  sizes: number[];
  shas: string[];
  /** Index into `archives`, -1 for entries that are not files. */
  froms: number[];
  archives: string[];
  targets: Record<string, unknown>;
  links: Record<string, unknown> | undefined;
  /** Stat facts, in a local copy only. */
  inos: number[] | undefined;
  devs: number[] | undefined;
  /** -1 where unknown. */
  ctimes: number[] | undefined;
}

/** The entries of a parsed manifest, not yet made into objects. */
export interface EntryTable extends EntryColumns {
  /** Entry index by path (made on first read). */
  readonly index: ReadonlyMap<string, number>;
  /** The index of path `p` (undefined where none is), found without `index` where the paths allow. */
  find(p: string): number | undefined;
  /** The archives the files need, in order of first use (archivesNeeded). */
  needed: readonly string[];
  /** Entry `i`, made whole as `entries[i]` would be (a new object each call). */
  entry(i: number): ManifestEntry;
}

const LETTER_TYPE: Record<string, EntryType> = { f: 'file', d: 'dir', l: 'symlink' };

const tables = new WeakMap<Manifest, EntryTable>();

/**
 * The table of `m`'s entries while its `entries` were never read (once read, a caller may have changed
 * them, and only the objects say what they hold); undefined for a manifest not parsed here.
 */
export function entryTable(m: Manifest): EntryTable | undefined {
  return tables.get(m);
}

/** Entry `i` of checked columns, made whole (manifest-parse.ts checked every value it takes). */
export function entryOf(cols: EntryColumns, i: number): ManifestEntry {
  // One literal per type, so entries of a type share one shape.
  const path = cols.paths[i]!;
  const type = LETTER_TYPE[cols.types[i]!]!;
  const mode = cols.modes[i]!;
  const mtimeMs = cols.mtimes[i] || undefined;
  if (type === 'file') {
    const { inos, devs } = cols;
    const ctime = cols.ctimes?.[i];
    const link = cols.links?.[String(i)] as string | undefined;
    const stat =
      inos && devs
        ? {
            mtimeMs: cols.mtimes[i]!,
            ino: inos[i]!,
            dev: devs[i]!,
            ctimeMs: ctime === -1 ? undefined : ctime,
          }
        : undefined;
    return {
      path,
      type,
      mode,
      mtimeMs,
      size: cols.sizes[i]!,
      sha256: cols.shas[i]!,
      from: cols.archives[cols.froms[i]!]!,
      stat,
      ...(link === undefined ? {} : { link }),
    };
  }
  if (type === 'symlink') return { path, type, mode, mtimeMs, target: cols.targets[String(i)] as string };
  return { path, type, mode, mtimeMs };
}

/**
 * `m` (whose `entries` key is a placeholder) with its entries held as `cols`: `entries` becomes an array
 * of objects on first read or write, and entryTable answers until then.
 */
export function withEntryTable(
  m: Manifest,
  cols: EntryColumns,
  lookup: { index: () => ReadonlyMap<string, number>; find: (p: string) => number | undefined },
  needed: readonly string[],
): Manifest {
  const { index, find } = lookup;
  // The index only when first read: a save whose walk meets its parent's entries in order never needs it.
  const table: EntryTable = {
    ...cols,
    get index() {
      return index();
    },
    find,
    needed,
    entry: (i) => entryOf(cols, i),
  };
  const settle = (value: ManifestEntry[]): void => {
    tables.delete(m);
    Object.defineProperty(m, 'entries', { value, writable: true, enumerable: true, configurable: true });
  };
  // Redefined where the key already stands: the manifest's keys keep their order.
  Object.defineProperty(m, 'entries', {
    enumerable: true,
    configurable: true,
    get: () => {
      const all = new Array<ManifestEntry>(cols.paths.length);
      for (let i = 0; i < all.length; i++) all[i] = entryOf(cols, i);
      settle(all);
      return all;
    },
    set: settle,
  });
  tables.set(m, table);
  return m;
}
