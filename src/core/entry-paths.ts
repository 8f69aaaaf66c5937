/**
 * Path safety for checkpoint entries. Every path that comes out of an archive or a manifest goes through
 * these checks before anything touches the disk: a checkpoint is untrusted input. In core, below the
 * checkpoint engine, since the config's keyed paths are checked by them too (keyed-paths.ts).
 */

/** Why a path or link was refused; the message names the entry. */
export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

/**
 * Normalizes a relative, forward-slash entry path ('./a//b/' -> 'a/b') and refuses absolute paths, '..'
 * segments, NUL bytes and the empty path. Returns '.' only when `allowRoot` is set.
 */
export function safeEntryPath(raw: string, { allowRoot = false }: { allowRoot?: boolean } = {}): string {
  if (isNormalPath(raw)) return raw;
  if (raw.includes('\0'))
    throw new UnsafePathError(`entry '${raw.replace(/\0/g, '\\0')}' contains a NUL byte`);
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw) || raw.startsWith('\\')) {
    throw new UnsafePathError(`entry '${raw}' is an absolute path`);
  }
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) throw new UnsafePathError(`entry '${raw}' contains '..'`);
  if (WINDOWS_DOTDOT.test(raw))
    throw new UnsafePathError(
      `entry '${raw}' contains '..' as Windows reads it (through a backslash, or with trailing dots or spaces)`,
    );
  if (parts.length === 0) {
    if (allowRoot) return '.';
    throw new UnsafePathError(`entry '${raw}' is empty`);
  }
  return parts.join('/');
}

/** 'a/b' with no empty, '.' or '..' segment, no NUL, not absolute: a path already safe as it is. */
const NORMAL_PATH = /^(?![A-Za-z]:[\\/]|\\)(?!\.\.?(?:\/|$))[^/\0]+(?:\/(?!\.\.?(?:\/|$))[^/\0]+)*$/;

/**
 * A segment Windows reads as '..': split at '\\' too (path.win32.join('D:\\ws', 'a\\..\\..\\x') is 'D:\\x'),
 * and with the trailing dots and spaces it drops ('.. ', '...'). A Windows runner would climb out with it.
 */
const WINDOWS_DOTDOT = /(?:^|[\\/])\.\.[. ]*(?=[\\/]|$)/;

/** One regular-expression test, for the hot paths (tens of thousands of entries per manifest or archive). */
export function isNormalPath(p: string): boolean {
  return NORMAL_PATH.test(p) && !readsAsDotDot(p);
}

/** Whether a path, as any runner's file system reads it, has a '..' segment (see WINDOWS_DOTDOT). */
export function readsAsDotDot(p: string): boolean {
  return p.includes('..') && WINDOWS_DOTDOT.test(p);
}

/** Longer targets than this are no link a file system would hold (Linux PATH_MAX). */
const MAX_LINK_TARGET = 4096;

/**
 * Refuses a symlink whose target no file system would hold: empty, with a NUL byte, or longer than
 * PATH_MAX. A target outside the workspace (a Python venv's `bin/python3 -> /usr/bin/python3.12`) is
 * kept as it is, like git keeps it: links are placed as links and nothing is ever written through one
 * (no entry may lie below a link, and a restore makes every ancestor a real directory), so where a link
 * points decides nothing about where a restore writes.
 */
export function checkLinkTarget(linkPath: string, target: string): void {
  if (target === '' || target.includes('\0') || target.length > MAX_LINK_TARGET)
    throw new UnsafePathError(`symlink '${linkPath}' has an empty or invalid target`);
}

/** True when `p` is `root` or lies below it ('.' covers everything). */
export function isUnder(p: string, root: string): boolean {
  return root === '.' || p === root || p.startsWith(root + '/');
}

/**
 * isUnder against any of `roots`, as a test made once for many paths: each root's prefix is built once,
 * not once per path (a manifest's parse asks it for every one of 45,000 entries).
 */
export function underAny(roots: readonly string[]): (p: string) => boolean {
  if (roots.includes('.')) return () => true;
  const prefixes = roots.map((r) => `${r}/`);
  return (p) => roots.includes(p) || prefixes.some((prefix) => p.startsWith(prefix));
}

/** The proper ancestors of an entry path, nearest last: 'a/b/c' -> ['a', 'a/b']. */
export function ancestors(p: string): string[] {
  const parts = p.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

/**
 * The paths of a list that no other path of it lies above, each once, in their order: the tops of whole
 * subtrees ('a', 'a/b', 'c' -> 'a', 'c'; '.' covers everything). Lists can hold every entry of a
 * checkpoint (a restore's 'added' names them all), so each path's ancestors are looked up in a set of the
 * list as prefixes up to each '/', with no sort and no array of ancestors per path: for the 46,734 paths
 * of the bench's workspace, 9 ms instead of 24 (12 instead of 42 on a first call, as a CLI makes it).
 */
export function outermost(paths: string[]): string[] {
  const listed = new Set(paths);
  if (listed.has('.')) return ['.'];
  const seen = new Set<string>();
  return paths.filter((p) => {
    if (seen.has(p)) return false;
    seen.add(p);
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
      if (listed.has(p.slice(0, i))) return false;
    return true;
  });
}

/**
 * The name prefix of a restore's staging directory. It is ci-recovery's own: no manifest may name it, and
 * a directory of that name found in a tree is only adopted when a journal outside the tree vouches for it.
 */
export const STAGING_PREFIX = '.ci-recovery-staging-';

/** Whether a segment of `p` carries ci-recovery's own staging name. */
export function hasStagingName(p: string): boolean {
  return p.startsWith(STAGING_PREFIX) || p.includes('/' + STAGING_PREFIX);
}

/** Mode bits a restore sets unless asked for more: no setuid, setgid or sticky bit, nothing world-writable. */
export const RESTORED_MODE_BITS = 0o775;

/**
 * The names of files that hold credentials: left out of every checkpoint, `include-hidden-files` or not,
 * inside a node_modules tree too (npm never publishes an `.npmrc`, and no package needs a `.env` or a
 * `.netrc` to run), unless a path names one itself. `.env.*` too (`.env.local`).
 */
export const SECRET_NAMES = ['.npmrc', '.env', '.netrc', '.git-credentials', '.pypirc'] as const;

/** Whether a file name is one SECRET_NAMES keeps out. */
export const isSecretName = (name: string): boolean =>
  (SECRET_NAMES as readonly string[]).includes(name) || name.startsWith('.env.');

/**
 * Code points HFS+ ignores in a name (zero-width joiners, direction marks, the byte-order mark): on macOS
 * `.g\u200cit` opens `.git`. The list git itself strips (utf8.c, is_hfs_dotgit).
 */
export const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * A name as a case-insensitive, NTFS or HFS+ file system reads it: lower case, without what HFS+ ignores,
 * without an NTFS stream (`.git::$INDEX_ALLOCATION`) and without the trailing dots and spaces NTFS drops.
 */
export function foldedName(segment: string): string {
  const s = segment.replace(HFS_IGNORED, '').toLowerCase();
  const stream = s.indexOf(':');
  return (stream < 0 ? s : s.slice(0, stream)).replace(/[. ]+$/, '');
}

/**
 * Whether a name opens git's own directory on some file system: `.git`, and as macOS or Windows also read
 * it, `.GIT`, `.git.`, `.git `, `git~1` (the NTFS short name), `.g\u200cit`. Git refuses each of them in
 * a tree on every system (verify_path); a hook written there runs on the next git command.
 */
export function isGitDirName(segment: string): boolean {
  if (segment === '.git') return true;
  const folded = foldedName(segment);
  return folded === '.git' || folded === 'git~1';
}
