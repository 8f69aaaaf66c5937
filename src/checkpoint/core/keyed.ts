/**
 * Keyed paths: a checkpoint path whose content is fully determined by some files (node_modules by
 * package-lock.json), kept once per key in the cache service as actions/cache users keep it
 * (`key: ${{ hashFiles('package-lock.json') }}`), instead of being packed into every checkpoint.
 *
 * A keyed entry is a full checkpoint of that one path (manifest + archive, our own format). A checkpoint
 * that finds the entry, and the workspace's path matching it entry for entry (path, type, mode, size, link
 * target), does not pack the path: its files name the entry as the archive that holds them (`from`), and
 * the manifest records the entry (`keyed`) with its archive's digest. A restore then takes those files
 * from the entry, checking the archive's digest and each file's sha256 against this manifest, never the
 * entry's own: a swapped entry is refused.
 *
 * Pure: hashes of the named files come in; the key, the decisions and the checks go out.
 */
import { createHash } from 'node:crypto';
import type { KeyedPath } from '../../core/config-defaults.js';
import { errorMessage, UserError } from '../../core/errors.js';

export type { KeyedPath };
// The config's checks of its keyed paths are core's (config.ts runs them); the engine's door shows them too.
export * from '../../core/keyed-paths.js';
import type { ArchiveInfo, Manifest, ManifestEntry } from './manifest.js';
import { isUnder, safeEntryPath } from '../../core/entry-paths.js';

/** Bumped when the entry's content or layout changes meaning: an older entry is then another key. */
export const KEYED_FORMAT = 'keyed-1';
const ID_PREFIX = 'ci-recovery-keyed-';

/** A keyed entry a checkpoint takes files from, as its manifest records it. */
export interface KeyedRef {
  /** The keyed path, relative to the workspace: only files at or below it come from the entry. */
  path: string;
  /** The cache key the entry is kept under. */
  key: string;
  /** The entry's checkpoint id: the `from` of the files taken from it. */
  id: string;
  /** sha256 of the entry's manifest as read when this checkpoint was saved. */
  manifestSha256: string;
  /** The entry's archive: a restore refuses any other bytes. */
  archive: ArchiveInfo;
  /**
   * The most tar bytes that archive may hold (core/tar.ts tarBytesBound of the entry's manifest), recorded as
   * this checkpoint read it; absent in older checkpoints, whose restore reads the entry's manifest for it.
   */
  tarBytes?: number;
}

/** One file named by `hash-files`, with the sha256 of its content (a link: of its target). */
export interface KeyFile {
  path: string;
  sha256: string;
}

/** What the key of a keyed path is made of. */
export interface KeyInput {
  path: string;
  files: KeyFile[];
  /** process.platform and process.arch: node_modules holds native builds. */
  platform: string;
  arch: string;
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** A keyed entry's manifest digest, as a checkpoint records it (KeyedRef.manifestSha256) and a lookup checks it. */
export const keyedManifestDigest = (text: Buffer): string => sha256(text);

/**
 * The cache key: `ci-recovery-keyed-<os>-<arch>-<path>-<sha256>`, the digest over the format, the path
 * and every named file's path and content digest in path order (so renaming a lockfile changes it too).
 */
export function keyedCacheKey(k: KeyInput): string {
  const files = [...k.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const digest = sha256(JSON.stringify([KEYED_FORMAT, k.path, files.map((f) => [f.path, f.sha256])]));
  const name = k.path.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);
  return `${ID_PREFIX}${k.platform}-${k.arch}-${name}-${digest}`;
}

/** The entry's checkpoint id (a valid id and archive name whatever the key holds). */
export function keyedId(key: string): string {
  return `${ID_PREFIX}${sha256(key).slice(0, 40)}`;
}

/** Whether an archive id names a keyed entry rather than a checkpoint of the store. */
export function isKeyedId(id: string): boolean {
  return id.startsWith(ID_PREFIX);
}

/** The keyed paths a save of `roots` covers (at or below one of them); the others are not its concern. */
export function keyedPathsIn(keyed: readonly KeyedPath[], roots: readonly string[]): KeyedPath[] {
  return keyed.filter((k) => roots.some((r) => isUnder(k.path, r)));
}

/**
 * Checks a keyed entry's manifest read from the cache (already parsed, so its paths are safe): it must
 * be the full checkpoint of exactly `path` under the id its key gives. Throws a message saying what differs.
 */
export function checkKeyedManifest(m: Manifest, key: string, path: string): void {
  const id = keyedId(key);
  if (m.id !== id) throw new UserError(`keyed entry ${key} holds checkpoint '${m.id}', not '${id}'`);
  if (m.kind !== 'full' || m.parent !== undefined || m.keyed?.length)
    throw new UserError(`keyed entry ${key} is not a full checkpoint of its own`);
  if (m.paths.length !== 1 || m.paths[0] !== path)
    throw new UserError(`keyed entry ${key} holds ${m.paths.join(', ')}, not '${path}'`);
}

/** The entries of a keyed manifest at or below its path, by path (a nested path's ancestors are not its). */
function entriesUnder(m: Manifest, root: string): Map<string, ManifestEntry> {
  return new Map(m.entries.filter((e) => isUnder(e.path, root)).map((e) => [e.path, e]));
}

/** Two entries a stat scan cannot tell apart: same type, mode, size (files) and target (links). */
function sameOnDisk(a: ManifestEntry, b: ManifestEntry): boolean {
  if (a.type !== b.type || a.mode !== b.mode) return false;
  if (a.type === 'file') return a.size === b.size;
  if (a.type === 'symlink') return a.target === b.target;
  return true;
}

/**
 * The workspace's keyed path against a keyed entry, as the walk meets the path's entries: the files are
 * taken from the entry only when the whole path matches it (no entry more, none less, none different).
 * Compared by content, an entry is met in two steps: its stat as the walk meets it (`meet`), its content
 * once hashed (`content`); the difference named is always the first in walk order, however the hashes come.
 */
export class KeyedMatch {
  private want = new Map<string, ManifestEntry>();
  private met = 0;
  /** Entries met so far: an entry's place in the walk. */
  private seen = 0;
  private first: { at: number; text: string } | undefined;
  /** Why the entry, looked up but read only later (`read`), could not be: the path is packed. */
  unreadable: string | undefined;

  private load: (() => Manifest) | undefined;

  /**
   * `entry` is the entry's manifest, or a function that parses and checks it (throwing when it cannot),
   * called by `read` before the walk meets the path: a save whose keyed path is walked beside the stage's
   * command parses the entry then too, since only that walk needs it.
   */
  constructor(
    readonly ref: KeyedRef,
    entry: Manifest | (() => Manifest),
    /** Files' contents are compared too (KeyedPath.verify 'content'): `offer` then needs their sha256. */
    readonly byContent = false,
  ) {
    if (typeof entry === 'function') this.load = entry;
    else this.want = entriesUnder(entry, ref.path);
  }

  /**
   * Reads an entry not read yet; one that cannot be read differs (its reason is `unreadable`), so the path
   * is packed as the walk meets it. Its archive is the ref's from then on.
   */
  read(): void {
    const load = this.load;
    if (!load) return;
    this.load = undefined;
    try {
      const m = load();
      this.ref.archive = m.archive;
      this.want = entriesUnder(m, this.ref.path);
    } catch (error) {
      this.unreadable = errorMessage(error);
      this.differs(-1, `its keyed entry could not be read: ${this.unreadable}`);
    }
  }

  /** Whether the entry at `p` lies in the keyed path (and must wait for the verdict). */
  covers(p: string): boolean {
    return isUnder(p, this.ref.path);
  }

  /**
   * Compares `e` by what a stat tells, as the walk meets it. Returns its place in the walk when its
   * content is still to be compared (`content`), else undefined; nothing once the path already differs
   * earlier in the walk (a path that differs is packed whatever its files hold).
   */
  meet(e: ManifestEntry): number | undefined {
    const at = this.seen++;
    const w = this.want.get(e.path);
    if (!w) return void this.differs(at, `'${e.path}' is not in the keyed entry`);
    if (!sameOnDisk(w, e))
      return void this.differs(
        at,
        `'${e.path}' differs from the keyed entry (${describe(e)} vs ${describe(w)})`,
      );
    this.met++;
    return this.byContent && e.type === 'file' && !this.first ? at : undefined;
  }

  /** The content of `e`, met at `at`, against the entry's: `sha256` undefined (unreadable) differs. */
  content(e: ManifestEntry, at: number, sha256: string | undefined): void {
    if (sha256 === undefined || sha256 !== this.want.get(e.path)?.sha256)
      this.differs(at, `the content of '${e.path}' differs from the keyed entry's`);
  }

  /** Records a difference at walk place `at`: the verdict names the first one in walk order. */
  differs(at: number, text: string): void {
    if (!this.first || at < this.first.at) this.first = { at, text };
  }

  /** Once the walk is over: undefined when the path matches the entry, else the first difference. */
  verdict(): string | undefined {
    if (this.first) return this.first.text;
    if (this.met !== this.want.size) {
      const missing = this.want.size - this.met;
      return `${missing} entr${missing === 1 ? 'y' : 'ies'} of the keyed entry ${missing === 1 ? 'is' : 'are'} not in the workspace`;
    }
    return undefined;
  }

  /**
   * Takes a matching file's content from the entry: its digest and archive. Returns false for what has
   * none to take (a directory, a link: the manifest itself restores them).
   */
  take(e: ManifestEntry): boolean {
    const w = this.want.get(e.path);
    if (e.type !== 'file' || w?.type !== 'file' || !w.sha256) return false;
    e.sha256 = w.sha256;
    e.from = this.ref.id;
    return true;
  }
}

function describe(e: ManifestEntry): string {
  const mode = e.mode.toString(8);
  return e.type === 'file'
    ? `file ${mode} ${e.size} bytes`
    : e.type === 'symlink'
      ? `link to ${e.target}`
      : `dir ${mode}`;
}

/**
 * The keyed entries a new manifest records: those whose files it takes (`from`), from this save's refs
 * first, then the parent's (an incremental keeps taking files from the entries its parent used).
 */
export function keyedRefsUsed(
  entries: readonly ManifestEntry[],
  ...sources: (readonly KeyedRef[] | undefined)[]
): KeyedRef[] {
  const used = new Set<string>();
  for (const e of entries) if (e.from && isKeyedId(e.from)) used.add(e.from);
  const refs = new Map<string, KeyedRef>();
  for (const source of sources)
    for (const r of source ?? []) if (used.has(r.id) && !refs.has(r.id)) refs.set(r.id, r);
  return [...refs.values()];
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The `keyed` of a manifest read from a store (untrusted): each ref a safe path, a key and the id it gives,
 * the archive named after that id (its files are checked with takenFromKeyed). Throws a message naming the
 * first bad field.
 */
export function checkedKeyedRefs(
  value: unknown,
  archiveName: (id: string, compression: ArchiveInfo['compression']) => string,
): KeyedRef[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 20)
    throw new Error("'keyed' must be a list of at most 20 entries");
  const refs = value.map((v, i): KeyedRef => {
    const r = v as Partial<KeyedRef> | null;
    const at = `'keyed[${i}]`;
    if (typeof r?.path !== 'string' || safeEntryPath(r.path) !== r.path)
      throw new Error(`${at}.path' must be a normal relative path`);
    if (typeof r.key !== 'string' || r.key.length > 512 || r.key.includes(','))
      throw new Error(`${at}.key' must be a cache key`);
    if (r.id !== keyedId(r.key)) throw new Error(`${at}.id' must be '${keyedId(r.key)}'`);
    if (!SHA256.test(String(r.manifestSha256)))
      throw new Error(`${at}.manifestSha256' must be a sha256 hex digest`);
    const a = r.archive as Partial<ArchiveInfo> | undefined;
    if (a?.compression !== 'zstd' && a?.compression !== 'gzip')
      throw new Error(`${at}.archive.compression' must be zstd or gzip`);
    if (a.file !== archiveName(r.id, a.compression))
      throw new Error(`${at}.archive.file' must be '${archiveName(r.id, a.compression)}'`);
    if (!SHA256.test(String(a.sha256))) throw new Error(`${at}.archive.sha256' must be a sha256 hex digest`);
    if (!Number.isSafeInteger(a.size) || a.size! < 0 || !Number.isSafeInteger(a.entries) || a.entries! < 0)
      throw new Error(`${at}.archive' must give its size and entries as whole numbers`);
    if (r.tarBytes !== undefined && (!Number.isSafeInteger(r.tarBytes) || r.tarBytes < 0))
      throw new Error(`${at}.tarBytes' must be a whole number`);
    return {
      path: r.path,
      key: r.key,
      id: r.id,
      manifestSha256: r.manifestSha256!,
      archive: a as ArchiveInfo,
      ...(r.tarBytes !== undefined ? { tarBytes: r.tarBytes } : {}),
    };
  });
  return refs;
}

/**
 * A check of each file a manifest with `refs` takes from another checkpoint (`from`): one taken from a
 * keyed entry must lie at or below the path of a ref that records it. Throws a message naming the file.
 * Given a path and an id, not an entry: a parse checks its columns without making an object of each entry.
 */
export function takenFromKeyed(refs: readonly KeyedRef[]): (path: string, from: string) => void {
  const byId = new Map(refs.map((r) => [r.id, r]));
  return (path, from) => {
    if (!from || !isKeyedId(from)) return;
    const ref = byId.get(from);
    if (!ref)
      throw new Error(
        `entry '${path}' takes its content from keyed entry '${from}', which 'keyed' does not record`,
      );
    if (!isUnder(path, ref.path))
      throw new Error(`entry '${path}' lies outside the keyed path '${ref.path}' it takes its content from`);
  };
}
