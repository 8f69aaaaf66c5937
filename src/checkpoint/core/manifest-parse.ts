/**
 * Reads a stored manifest (written by manifest-encode.ts) and checks it: a manifest read from a store is
 * untrusted, so every field, path and link target is checked before anything uses it.
 */
import { isCommitId } from '../../core/event.js';
import { isValidId } from './ids.js';
import { checkedKeyedRefs, isKeyedId, takenFromKeyed, type KeyedRef } from './keyed.js';
import { archiveExtension, MANIFEST_FORMAT, type EntryType, type Manifest } from './manifest.js';
import { checkedRootRecords } from './outside.js';
import { withEntryTable, type EntryColumns } from './manifest-table.js';
import {
  ancestors,
  checkLinkTarget,
  hasStagingName,
  isNormalPath,
  safeEntryPath,
  underAny,
  UnsafePathError,
} from '../../core/entry-paths.js';

const SHA256 = /^[0-9a-f]{64}$/;
/** A commit: sha-1, or sha-256 in a repository of that format. */

function fail(where: string, what: string): never {
  throw new ManifestError(`${where}: ${what}`);
}

/**
 * What is wrong with one entry (or one deleted path), said without where it is: its caller names the
 * place ("entries[12]") when it catches this. Building that name for each of 40,000 entries that pass
 * cost a parse ~10 %.
 */
class EntryProblem extends Error {}

function bad(what: string): never {
  throw new EntryProblem(what);
}

/** Runs a check of the entry at `at()`; an EntryProblem becomes the manifest's error there. */
function placed<T>(where: string, at: () => string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof EntryProblem) fail(`${where}: ${at()}`, error.message);
    throw error;
  }
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, k: string, where: string, optional = false): string | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') fail(where, `'${k}' must be a string`);
  return v;
}

function num(o: Record<string, unknown>, k: string, where: string, optional = false): number | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    fail(where, `'${k}' must be a non-negative number`);
  return v;
}

function strList(o: Record<string, unknown>, k: string, where: string): string[] {
  const v = o[k];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
    fail(where, `'${k}' must be a list of strings`);
  return v;
}

const LETTER_TYPE: Record<string, EntryType> = { f: 'file', d: 'dir', l: 'symlink' };

function checkedPath(raw: unknown): string {
  if (typeof raw === 'string' && isNormalPath(raw)) return raw;
  if (typeof raw !== 'string') bad("'path' must be a string");
  try {
    if (safeEntryPath(raw) !== raw) throw new UnsafePathError(`entry '${raw}' is not in normal form`);
  } catch (error) {
    if (error instanceof UnsafePathError) bad(error.message);
    throw error;
  }
  return raw;
}

function column(cols: Record<string, unknown>, k: string, n: number, where: string): unknown[] {
  const v = cols[k];
  if (!Array.isArray(v) || v.length !== n) fail(where, `'entries.${k}' must be a list of ${n} values`);
  return v;
}

/**
 * A column of numbers from `min` to `max` (whole ones where `whole`), checked in one loop: a check
 * called per value (seven columns of 20,000 entries) cost a parse ~10 ms in a fresh process.
 */
function numbers(
  cols: Record<string, unknown>,
  k: string,
  n: number,
  where: string,
  [min, max, whole]: [number, number, boolean],
): number[] {
  const v = column(cols, k, n, where);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !(x >= min && x <= max) || (whole && !Number.isSafeInteger(x)))
      fail(`${where}: entries[${i}]`, `'${k}' has an invalid value`);
  }
  return v as number[];
}

/** What numbers() takes for a count. */
const COUNT: [number, number, boolean] = [0, Number.MAX_SAFE_INTEGER, true];

/**
 * What numbers() takes for a time in milliseconds a Date can hold (±8.64e15: ±273,790 years): a forged
 * 1e300 was restored with exit 0 and the file's time silently left as it was, since nothing can set it.
 */
const TIME: [number, number, boolean] = [-8.64e15, 8.64e15, false];

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The roots a manifest covers: relative, normal, inside the workspace. A restore scans and deletes below
 * each root, so a root like '../../core/victim' would reach outside the destination.
 */
function checkedRoots(raw: string[], where: string): string[] {
  if (raw.length === 0) fail(where, "'paths' must name at least one root");
  const seen = new Set<string>();
  for (const p of raw) {
    try {
      if (safeEntryPath(p, { allowRoot: true }) !== p)
        throw new UnsafePathError(`root '${p}' is not in normal form`);
    } catch (error) {
      if (error instanceof UnsafePathError) fail(where, `'paths': ${error.message}`);
      throw error;
    }
    if (seen.has(p)) fail(where, `'paths' lists '${p}' twice`);
    seen.add(p);
  }
  return raw;
}

/**
 * Whether an entry path belongs to a manifest over `roots`: at or below a root, or (a directory) above a
 * nested root, where the walk records the ancestors so their modes survive.
 */
function coveredBy(roots: string[], rootAncestors: Set<string>): (p: string, type: EntryType) => boolean {
  const under = underAny(roots);
  return (p, type) => under(p) || (type === 'dir' && rootAncestors.has(p));
}

/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
export function parseManifest(text: string, where: string): Manifest {
  const raw = manifestObject(text, where);
  const archives = checkedHeader(raw, where);
  const roots = checkedRoots(raw.paths as string[], where);
  const rootAncestors = new Set(roots.flatMap((r) => ancestors(r)));
  const covered = coveredBy(roots, rootAncestors);
  const cols = entryColumns(raw.entries, where, archives);
  const checked = checkedEntries(cols, where, covered);
  const { links, needed } = checked;
  // The paths' index, made only where asked for: in walk order they were seen to be distinct without it.
  let index: ReadonlyMap<string, number> | undefined = checked.index;
  const indexOfPaths = (): ReadonlyMap<string, number> => (index ??= pathIndex(cols.paths));
  const find = pathFinder(cols.paths, checked.runs, indexOfPaths);
  if (links.size > 0) checkNothingBelowLinks(cols.paths, links, where);
  if (cols.links) checkHardLinks(cols, find, cols.links, where);
  const keyed = keyedRefsOf(raw.keyed, cols, where);
  checkedExclude(raw.exclude as string[], where);
  const n = cols.paths.length;
  const changedIdx = raw.changed;
  if (!Array.isArray(changedIdx) || !changedIdx.every((i) => isCount(i) && (i as number) < n))
    fail(where, "'changed' must be a list of entry indices");
  (raw.deleted as unknown[]).forEach((p, i) =>
    placed(
      where,
      () => `deleted[${i}]`,
      () => covered(checkedPath(p), 'file') || bad(`'${String(p)}' lies outside the checkpoint's paths`),
    ),
  );
  const { archives: _a, entries: _e, changed: _c, keyed: _k, ...rest } = raw;
  const m: Manifest = {
    ...(rest as unknown as Omit<Manifest, 'entries' | 'changed'>),
    ...(keyed ? { keyed } : {}),
    // (a placeholder: withEntryTable makes it the entries, on first read)
    entries: [],
    changed: (changedIdx as number[]).map((i) => cols.paths[i]!),
  };
  return withEntryTable(m, cols, { index: indexOfPaths, find }, needed);
}

/**
 * The keyed entries the manifest records, checked against its files, read from the columns: an object
 * for each entry (every parse of a job that keys node_modules) cost an incremental save of 46,000 entries
 * ~45 ms of CPU and 18 MiB of peak RSS.
 */
function keyedRefsOf(value: unknown, cols: EntryColumns, where: string): KeyedRef[] | undefined {
  if (value === undefined) return undefined;
  try {
    const refs = checkedKeyedRefs(value, (id, compression) => `${id}${archiveExtension(compression)}`)!;
    const check = takenFromKeyed(refs);
    // Only a file takes its content from a checkpoint (its `from`); checkedEntries saw each one has one. A
    // directory's or link's `from` column is never read (entryOf, the planner), so none is checked.
    for (let i = 0; i < cols.paths.length; i++)
      if (cols.types[i] === 'f') check(cols.paths[i]!, cols.archives[cols.froms[i]!]!);
    return refs;
  } catch (error) {
    fail(where, (error as Error).message);
  }
}

/** The manifest's JSON object, in the format this version reads. */
function manifestObject(text: string, where: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(where, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) fail(where, 'not a JSON object');
  if (raw.format !== MANIFEST_FORMAT) {
    const hint =
      raw.format === 'ci-recovery-checkpoint/1'
        ? ' (written by an older ci-recovery: save a new checkpoint)'
        : '';
    fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'${hint}`);
  }
  return raw;
}

/**
 * Checks every field but the entries: the id, the kind and its parent, the archive, the lists and the
 * job's fields. Returns `archives`, the ids of the checkpoints the entries take files from.
 */
function checkedHeader(raw: Record<string, unknown>, where: string): string[] {
  const id = str(raw, 'id', where)!;
  if (!isValidId(id)) fail(where, `invalid id '${id}'`);
  if (raw.kind !== 'full' && raw.kind !== 'incremental')
    fail(where, "'kind' must be 'full' or 'incremental'");
  const archive = raw.archive;
  if (!isRecord(archive)) fail(where, "'archive' must be an object");
  if (archive.compression !== 'zstd' && archive.compression !== 'gzip')
    fail(where, "'archive.compression' must be zstd or gzip");
  if (!SHA256.test(String(archive.sha256))) fail(where, "'archive.sha256' must be a sha256 hex digest");
  if (!isCount(archive.size)) fail(where, "'archive.size' must be a whole number of bytes");
  const file = str(archive, 'file', where)!;
  if (file !== `${id}${archiveExtension(archive.compression)}`)
    fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
  for (const k of ['paths', 'exclude', 'completedStages', 'deleted', 'archives']) strList(raw, k, where);
  const archives = raw.archives as string[];
  for (const a of archives) if (!isValidId(a)) fail(where, `invalid archive id '${a}'`);
  str(raw, 'stage', where);
  str(raw, 'job', where);
  str(raw, 'runId', where);
  num(raw, 'attempt', where);
  str(raw, 'createdAt', where);
  checkStageDurations(raw.stageDurations, where);
  if (raw.head !== undefined && !(typeof raw.head === 'string' && isCommitId(raw.head)))
    fail(where, "'head' must be a commit's hex sha");
  if (raw.leg !== undefined && !(typeof raw.leg === 'string' && SHA256.test(raw.leg)))
    fail(where, "'leg' must be a sha256 hex digest");
  try {
    checkedRootRecords(raw.roots, isValidId);
  } catch (error) {
    fail(where, (error as Error).message);
  }
  if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
    fail(where, "'parent' must be a checkpoint id");
  if (raw.parent === id) fail(where, `checkpoint '${id}' names itself as its parent`);
  if ((raw.kind === 'incremental') !== (raw.parent !== undefined))
    fail(where, "an incremental checkpoint needs a 'parent', and a full one has none");
  // (A full one may take files from keyed entries: they are no checkpoints of the store.)
  if (raw.kind === 'full' && archives.some((a) => a !== id && !isKeyedId(a)))
    fail(where, `a full checkpoint holds every file in its own archive, but it names others`);
  return archives;
}

/** `stageDurations`, when present: an object of stage names to whole, non-negative milliseconds. */
function checkStageDurations(value: unknown, where: string): void {
  if (value === undefined) return;
  if (!isRecord(value)) fail(where, "'stageDurations' must be an object of stage -> milliseconds");
  const entries = Object.entries(value);
  if (entries.length > 200) fail(where, "'stageDurations' has more than 200 stages");
  for (const [stage, ms] of entries)
    if (!isCount(ms)) fail(where, `'stageDurations.${stage.slice(0, 80)}' must be whole milliseconds`);
}

/**
 * The entries' columns, each checked value by value (paths and types are checked entry by entry, in
 * checkedEntries: until then `paths` holds whatever the JSON did).
 */
function entryColumns(cols: unknown, where: string, archives: string[]): EntryColumns {
  if (!isRecord(cols) || !Array.isArray(cols.path)) fail(where, "'entries' must hold entry columns");
  const n = cols.path.length;
  const types = cols.type;
  if (typeof types !== 'string' || types.length !== n) fail(where, `'entries.type' must have ${n} letters`);
  const modes = numbers(cols, 'mode', n, where, [0, 0o7777, true]);
  const mtimes = numbers(cols, 'mtime', n, where, TIME);
  const sizes = numbers(cols, 'size', n, where, COUNT);
  const shas = column(cols, 'sha256', n, where);
  for (let i = 0; i < n; i++)
    if (typeof shas[i] !== 'string') fail(`${where}: entries[${i}]`, "'sha256' has an invalid value");
  const froms = numbers(cols, 'from', n, where, [-1, archives.length - 1, true]);
  const targets = cols.target;
  if (!isRecord(targets)) fail(where, "'entries.target' must be an object");
  const links = cols.link;
  if (links !== undefined && !isRecord(links)) fail(where, "'entries.link' must be an object");
  const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
  const inos = local ? numbers(cols, 'ino', n, where, COUNT) : undefined;
  const devs = local ? numbers(cols, 'dev', n, where, COUNT) : undefined;
  const ctimes = local && Array.isArray(cols.ctime) ? numbers(cols, 'ctime', n, where, TIME) : undefined;
  const paths = cols.path as string[];
  return {
    paths,
    types,
    modes,
    mtimes,
    sizes,
    shas: shas as string[],
    froms,
    archives,
    targets,
    links,
    inos,
    devs,
    ctimes,
  };
}

/**
 * Runs of paths in walk order a parse keeps apart, at most: a save of several roots writes one run per
 * root, in the order the roots were given (`node_modules` then `build`), and a local copy of such a save
 * broke the order once, which made a map of every path (~45 ms of CPU for 48,000 entries, Node 24).
 */
const MAX_RUNS = 16;

/**
 * The entries, each checked where it stands in the columns (no object made of it): a safe path in normal
 * form, once only, inside the checkpoint's paths, and what its type needs (a file its digest and archive,
 * a link a safe target). Returns each path's index where the paths are not a few runs in walk order
 * (undefined where they are: then `runs`, each [start, end), sorted by their first paths, which do not
 * overlap), the links among them, and the archives the files need.
 */
function checkedEntries(
  cols: EntryColumns,
  where: string,
  covered: (p: string, type: EntryType) => boolean,
): {
  index: Map<string, number> | undefined;
  runs: [number, number][] | undefined;
  links: Set<string>;
  needed: string[];
} {
  const n = cols.paths.length;
  // Paths in strictly increasing walk order are distinct without a map of them: a map of 11,755 paths,
  // each hashed, was ~15 ms of an incremental's CPU (Node 24). So are a few such runs whose ranges do not
  // overlap (checked once the paths are). Off that, a map from there on.
  let index: Map<string, number> | undefined;
  const starts = [0];
  let previous = '';
  const links = new Set<string>();
  const used = new Uint8Array(cols.archives.length);
  const needed: string[] = [];
  let i = 0;
  // Entries whose paths passed checkedPath.
  let valid = 0;
  // One try around the loop, not one per entry: the entry that failed is `i`.
  placed(
    where,
    // (Asked once entry `i` failed.) A path listed twice before it, in runs not yet told apart, is the
    // problem said, as the map made at the first break of order said it.
    () => {
      if (index === undefined && starts.length > 1) distinctIndex(cols.paths, valid, where);
      return `entries[${i}]`;
    },
    () => {
      for (; i < n; i++) {
        const p = checkedPath(cols.paths[i]);
        valid = i + 1;
        if (index === undefined && i > 0 && !walksBefore(previous, p)) {
          if (starts.length < MAX_RUNS) starts.push(i);
          else index = distinctIndex(cols.paths, i, where);
        }
        // A path seen before leaves the map as large as it was: one lookup, not two.
        if (index !== undefined && index.set(p, i).size === i) bad(`duplicate entry '${p}'`);
        previous = p;
        if (hasStagingName(p)) bad(`entry '${p}' carries the name of ci-recovery's own staging directories`);
        const type = LETTER_TYPE[cols.types[i]!];
        if (!type) bad(`unexpected type '${cols.types[i]}'`);
        if (!covered(p, type)) bad(`entry '${p}' lies outside the checkpoint's paths`);
        checkEntryAt(cols, i, p, type);
        if (type === 'symlink') links.add(p);
        else if (type === 'file') {
          if (used[cols.froms[i]!] === 0) {
            used[cols.froms[i]!] = 1;
            needed.push(cols.archives[cols.froms[i]!]!);
          }
        }
      }
    },
  );
  if (index !== undefined || n === 0) return { index, runs: undefined, links, needed };
  const runs = disjointRuns(cols.paths, starts);
  if (runs) return { index: undefined, runs, links, needed };
  return { index: distinctIndex(cols.paths, n, where), runs: undefined, links, needed };
}

/**
 * The runs starting at `starts` (each strictly increasing in walk order), sorted by their first paths,
 * when each ends before the next begins: then no path is in two of them. Undefined where two overlap.
 */
function disjointRuns(paths: readonly string[], starts: number[]): [number, number][] | undefined {
  const runs = starts.map((s, k): [number, number] => [s, starts[k + 1] ?? paths.length]);
  runs.sort((a, b) => (walksBefore(paths[a[0]]!, paths[b[0]]!) ? -1 : 1));
  for (let k = 1; k < runs.length; k++)
    if (!walksBefore(paths[runs[k - 1]![1] - 1]!, paths[runs[k]![0]]!)) return undefined;
  return runs;
}

/** Each of the first `end` paths' index, refusing a path listed twice among them (at its second place). */
function distinctIndex(paths: readonly string[], end: number, where: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < end; i++)
    if (index.set(paths[i]!, i).size === i) fail(`${where}: entries[${i}]`, `duplicate entry '${paths[i]}'`);
  return index;
}

/** Each of the first `end` paths' index (all of them by default). */
function pathIndex(paths: readonly string[], end = paths.length): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < end; i++) index.set(paths[i]!, i);
  return index;
}

/** Lookups by binary search before the paths' map is made for them (~30 ms for 48,000 paths). */
const SEARCHES_BEFORE_INDEX = 1024;

/**
 * The index of a path: a binary search in the runs where the parse found the paths in a few of them (a
 * save's walk that meets a path its parent lacks, a new file, asks for one), and the map of every path
 * once many were asked for, or where the paths are in no such order.
 */
function pathFinder(
  paths: readonly string[],
  runs: [number, number][] | undefined,
  indexOfPaths: () => ReadonlyMap<string, number>,
): (p: string) => number | undefined {
  let searches = 0;
  return (p) => {
    if (!runs || ++searches > SEARCHES_BEFORE_INDEX) return indexOfPaths().get(p);
    for (const [start, end] of runs) {
      let lo = start;
      let hi = end - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const q = paths[mid]!;
        if (q === p) return mid;
        if (walksBefore(q, p)) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return undefined;
  };
}

/**
 * Whether `a` comes before `b` in the order a save's walk writes entries (scan.ts walkTree: parents
 * before children, siblings sorted by code unit): their code units compared with '/' below every other,
 * a strict total order, so paths strictly increasing in it are all distinct.
 */
export function walksBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x !== y) return x === 47 || (y !== 47 && x < y);
  }
  return a.length < b.length;
}

/** Checks what entry `i` at path `p` needs as a `type` (entryOf makes it whole later, trusting these). */
function checkEntryAt(cols: EntryColumns, i: number, p: string, type: EntryType): void {
  if (type === 'file') {
    // A regex per digest: in a process that parses one manifest (a save's parent, 10,000 files), ~6 ms
    // of CPU, where joining the digests and a round trip through hex bytes took ~14 (Node 24, cold).
    if (!SHA256.test(cols.shas[i]!)) bad("'sha256' must be a sha256 hex digest");
    if (cols.froms[i] === -1) bad("a file needs the checkpoint that holds it ('from')");
    const linked = cols.links?.[String(i)];
    if (linked !== undefined) checkedPath(linked);
  } else if (type === 'symlink') {
    const target = cols.targets[String(i)];
    if (typeof target !== 'string') bad('a symlink needs a target');
    try {
      checkLinkTarget(p, target);
    } catch (error) {
      if (error instanceof UnsafePathError) bad(error.message);
      throw error;
    }
  }
}

/**
 * Hard links, untrusted like the rest: each names a file entry before it that is no link itself, and
 * shares its size, sha256, mode and archive, so a restore makes it from a file it already wrote and
 * verified (never from anything outside the restored tree); only file entries carry one.
 */
function checkHardLinks(
  cols: EntryColumns,
  find: (p: string) => number | undefined,
  raw: Record<string, unknown>,
  where: string,
): void {
  const { types, sizes, shas, froms, modes, archives } = cols;
  let carried = 0;
  for (let i = 0; i < types.length; i++) {
    const link = types[i] === 'f' ? (raw[String(i)] as string | undefined) : undefined;
    if (link === undefined) continue;
    carried++;
    const at = find(link);
    const problem =
      at === undefined || at >= i || types[at] !== 'f'
        ? `names '${link}', which is no file entry before it`
        : raw[String(at)] !== undefined
          ? `names '${link}', itself a hard link`
          : sizes[at] !== sizes[i] ||
              shas[at] !== shas[i] ||
              archives[froms[at]!] !== archives[froms[i]!] ||
              modes[at] !== modes[i]
            ? `differs from '${link}', the file it is a hard link to`
            : undefined;
    if (problem) fail(`${where}: entries[${i}]`, `hard link '${cols.paths[i]}' ${problem}`);
  }
  if (carried !== Object.keys(raw).length) fail(where, "'entries.link' names entries that are not files");
}

/** The save's exclusions, which a restore also leaves alone: globs, so none may be empty. */
function checkedExclude(exclude: string[], where: string): void {
  exclude.forEach((g, i) => {
    if (g.trim() === '' || g.length > 4096)
      fail(where, `'exclude[${i}]' must be a glob of 1 to 4096 characters`);
  });
}

/**
 * Refuses an entry below a symlink: restoring it would write through the link. Each directory an entry
 * sits in is looked at once (the link above it, if any, remembered): node_modules' 45,000 entries sit in
 * about 5,000 directories, and walking every entry's every ancestor cost a fifth of the parse.
 */
function checkNothingBelowLinks(paths: readonly string[], links: Set<string>, where: string): void {
  // Directory -> the symlink it lies at or below, or '' for none. A directory listed nowhere (a forged
  // manifest may skip one) is still looked at: every ancestor of every entry is.
  const linkAbove = new Map<string, string>();
  const linkAt = (dir: string): string => {
    const known = linkAbove.get(dir);
    if (known !== undefined) return known;
    const k = dir.lastIndexOf('/');
    const found = links.has(dir) ? dir : k > 0 ? linkAt(dir.slice(0, k)) : '';
    linkAbove.set(dir, found);
    return found;
  };
  for (const p of paths) {
    const k = p.lastIndexOf('/');
    const link = k > 0 ? linkAt(p.slice(0, k)) : '';
    if (link) fail(where, `entry '${p}' lies below the symlink '${link}'`);
  }
}
