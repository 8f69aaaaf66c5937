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
import { UserError } from '../../core/errors.js';

export type { KeyedPath };
import { isGitDirName } from './destination.js';
import type { ArchiveInfo, Manifest, ManifestEntry } from './manifest.js';
import { isSecretName, isUnder, safeEntryPath, STAGING_PREFIX } from './paths.js';

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

/** A problem of one keyed path of the config: which one, which field, and what to do. */
export interface KeyedPathProblem {
  index: number;
  field: 'path' | 'hash-files';
  /** The problem with the entry named: `checkpoint.keyed[0] ('node_modules'): …`. */
  message: string;
  /** The same without naming the entry, for a caller that names it its own way (the CLI's `--keyed`). */
  detail: string;
}

const GLOB = /[*?[\]{}!]/;

/**
 * Problems of the config's keyed paths, each naming the path and the fix: not a plain relative path, a
 * glob, not among (or below) the checkpoint's `paths`, named twice or inside another keyed path.
 */
export function keyedPathProblems(keyed: readonly KeyedPath[], paths: readonly string[]): KeyedPathProblem[] {
  const problems: KeyedPathProblem[] = [];
  const seen: string[] = [];
  // Globs in `paths` are matched when a checkpoint is taken: only plain paths can be checked here.
  const plainPaths = paths.some((r) => GLOB.test(r))
    ? []
    : paths.map((r) => r.replace(/^\.\/+|\/+$/g, '') || '.');
  for (const [index, k] of keyed.entries()) {
    const say = (message: string, field: KeyedPathProblem['field'] = 'path'): void =>
      void problems.push({
        index,
        field,
        message: `checkpoint.keyed[${index}] ('${k.path}'): ${message}`,
        detail: message,
      });
    const p = normalPath(k.path);
    if (p === undefined || GLOB.test(p)) {
      say(
        "a keyed path is one directory relative to the workspace, without '..' or globs; name it exactly (e.g. 'node_modules')",
      );
      continue;
    }
    const kept = keptOut(p, plainPaths);
    if (kept) {
      say(kept);
      continue;
    }
    if (plainPaths.length > 0 && !plainPaths.some((r) => isUnder(p, r)))
      say(
        `it is not among checkpoint.paths (${paths.join(', ')}), so no checkpoint holds it; add '${p}' to checkpoint.paths`,
      );
    const other = seen.find((s) => isUnder(p, s) || isUnder(s, p));
    if (other)
      say(
        `it ${other === p ? 'is named twice' : `overlaps the keyed path '${other}'`}; keep one entry per directory`,
      );
    if (k.hashFiles.some((f) => f.startsWith('/') || f.split('/').includes('..')))
      say(
        "hash-files are relative to the workspace, without '..' (e.g. 'package-lock.json' or '**/package-lock.json')",
        'hash-files',
      );
    seen.push(p);
  }
  return problems;
}

/**
 * Why a keyed path would publish what every checkpoint keeps out, if it would: `.git` (its `config` holds
 * checkout's token) or the local store anywhere in it, a credentials file (SECRET_NAMES), or a hidden name a
 * checkpoint path does not name itself (hidden names are left out; a node_modules tree's own are kept). A
 * keyed entry is a cache entry any job of the repository can read: it never holds these.
 */
function keptOut(p: string, plainPaths: readonly string[]): string | undefined {
  const parts = p.split('/');
  const fix = 'key the directory that holds what you need instead (e.g. node_modules)';
  // By any name a file system reads as .git too (.GIT on macOS, git~1 on Windows).
  if (parts.some(isGitDirName))
    return `a keyed entry is a cache entry every job of the repository can read, and .git holds checkout's token in .git/config: .git is never keyed; ${fix}`;
  if (parts.some((n) => n === '.ci-recovery' || n.startsWith(STAGING_PREFIX)))
    return `'${p}' is ci-recovery's own store; ${fix}`;
  const secret = parts.find((n) => isSecretName(n) || isSecretName(n.toLowerCase()));
  if (secret)
    return `'${secret}' holds credentials, which no checkpoint saves and no keyed entry publishes; ${fix}`;
  const hidden = parts.findIndex((n, i) => n.startsWith('.') && !parts.slice(0, i).includes('node_modules'));
  const upTo = parts.slice(0, hidden + 1).join('/');
  if (hidden >= 0 && !plainPaths.some((r) => isUnder(r, upTo) && isUnder(p, r)))
    return `hidden names such as '${parts[hidden]}' are left out of checkpoints, so a keyed entry would publish what the checkpoint keeps out; name '${upTo}' in checkpoint.paths to save it as named, or ${fix}`;
  return undefined;
}

function normalPath(raw: string): string | undefined {
  try {
    return safeEntryPath(raw.replace(/^\.\/+/, '').replace(/\/+$/, ''));
  } catch {
    // not a safe relative path: the caller refuses it
    return undefined;
  }
}

/** The keyed paths in normal form (keyedPathProblems found none). */
export function normalKeyedPaths(keyed: readonly KeyedPath[]): KeyedPath[] {
  return keyed.map((k) => ({ ...k, path: normalPath(k.path) ?? k.path }));
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
 */
export class KeyedMatch {
  private readonly want: Map<string, ManifestEntry>;
  private met = 0;
  private difference: string | undefined;

  constructor(
    readonly ref: KeyedRef,
    entry: Manifest,
    /** Files' contents are compared too (KeyedPath.verify 'content'): `offer` then needs their sha256. */
    readonly byContent = false,
  ) {
    this.want = entriesUnder(entry, ref.path);
  }

  /** Whether the entry at `p` lies in the keyed path (and must wait for the verdict). */
  covers(p: string): boolean {
    return isUnder(p, this.ref.path);
  }

  /**
   * Compares `e`, an entry of the keyed path, with the entry's; `sha256` is the file's content digest,
   * needed by a match by content (without it, a file of the right size counts as the entry's).
   */
  offer(e: ManifestEntry, sha256?: string): void {
    const w = this.want.get(e.path);
    if (!w) this.difference ??= `'${e.path}' is not in the keyed entry`;
    else if (!sameOnDisk(w, e))
      this.difference ??= `'${e.path}' differs from the keyed entry (${describe(e)} vs ${describe(w)})`;
    else if (this.byContent && e.type === 'file' && sha256 !== w.sha256)
      this.difference ??= `the content of '${e.path}' differs from the keyed entry's`;
    else this.met++;
  }

  /** Once the walk is over: undefined when the path matches the entry, else the first difference. */
  verdict(): string | undefined {
    if (this.difference) return this.difference;
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
 * the archive named after that id; every file taken from an entry lies at or below the entry's path.
 * Throws a message naming the first bad field.
 */
export function checkedKeyedRefs(
  value: unknown,
  entries: readonly ManifestEntry[],
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
    return {
      path: r.path,
      key: r.key,
      id: r.id,
      manifestSha256: r.manifestSha256!,
      archive: a as ArchiveInfo,
    };
  });
  const byId = new Map(refs.map((r) => [r.id, r]));
  for (const e of entries) {
    if (!e.from || !isKeyedId(e.from)) continue;
    const ref = byId.get(e.from);
    if (!ref)
      throw new Error(
        `entry '${e.path}' takes its content from keyed entry '${e.from}', which 'keyed' does not record`,
      );
    if (!isUnder(e.path, ref.path))
      throw new Error(
        `entry '${e.path}' lies outside the keyed path '${ref.path}' it takes its content from`,
      );
  }
  return refs;
}
