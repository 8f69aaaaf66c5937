/**
 * Walks the checkpointed roots with lstat only: symlinks are recorded, never followed. Synchronous on
 * purpose: tens of thousands of lstat calls through the thread pool cost a round trip each, while the
 * calls themselves take microseconds (the same reason tar walks trees with plain syscalls).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { ancestors, outermost, readsAsDotDot, SECRET_NAMES, type ScannedEntry } from '../core/index.js';
import { errorMessage } from '../../core/errors.js';
import type { ExcludeAudit } from './exclude-audit.js';

/**
 * Never part of a checkpoint unless a root names it: git's own store (any repository's: `.git` holds the
 * checkout's token header in `config`), and the CLI's default local store. A user's `exclude` adds to these.
 */
export const DEFAULT_EXCLUDE = ['**/.git', '.ci-recovery'];
export const STAGING_PREFIX = '.ci-recovery-staging-';

/**
 * Hidden names anywhere (as upload-artifact leaves them out without `include-hidden-files`: `.env`,
 * `.npmrc`, `.aws`), except in a `node_modules` tree at any depth, whose dotfiles are the packages' own and
 * a restore without them is broken (`.bin`, `.pnpm`, `.package-lock.json`, ts-jest's `.ts-jest-digest`,
 * which it reads at start-up; a monorepo's `packages/a/node_modules/.bin`). `+(!(node_modules)/)` is "one
 * or more directories, none of them node_modules" (picomatch reads a name that merely starts with
 * `node_modules`, like `node_modules.bak`, as one too: its dotfiles are kept).
 */
const HIDDEN_BELOW = '+(!(node_modules)/).*';
/**
 * The dotfiles that hold credentials (core SECRET_NAMES), at any depth: inside a node_modules tree too, and
 * with `include-hidden-files` too (attack rounds found tokens saved through both).
 */
export const SECRET_DOTFILES = [...SECRET_NAMES, '.env.*'].map((name) => `**/${name}`);
export const HIDDEN_EXCLUDE = ['.*', HIDDEN_BELOW, ...SECRET_DOTFILES];

/** A path as a glob that matches only itself. */
const literal = (p: string): string => p.replace(/[\\*?[\]{}()!+@|,]/g, '\\$&');

/** Whether a root is a `node_modules` tree or lies inside one: its dotfiles are kept. */
const inNodeModules = (root: string): boolean => root.split('/').includes('node_modules');

/**
 * HIDDEN_EXCLUDE below each of `roots` only, so that a root named as a plain path (`.venv`, `.next/cache`)
 * is taken as named, while hidden names below it are left out; nothing is left out of a `node_modules` root.
 */
export function hiddenBelow(roots: string[]): string[] {
  if (roots.includes('.')) return HIDDEN_EXCLUDE;
  const group = (rs: string[]): string =>
    rs.length === 1 ? literal(rs[0]!) : `{${rs.map(literal).join(',')}}`;
  const others = roots.filter((r) => !inNodeModules(r));
  const below = others.length ? [`${group(others)}/.*`, `${group(others)}/${HIDDEN_BELOW}`] : [];
  return [...below, ...secretsBelow(roots)];
}

/**
 * SECRET_DOTFILES for a save of `roots`, hidden files asked for or not: a root that names a secret file
 * itself (`--paths .npmrc`) is saved as named, one by one, while the glob still holds below the other roots.
 */
export function secretsBelow(roots: string[]): string[] {
  return SECRET_DOTFILES.flatMap((glob) => {
    const isSecret = picomatch(glob, { dot: true });
    if (roots.includes('.') || !roots.some((r) => isSecret(r))) return [glob];
    return roots.filter((r) => !isSecret(r)).map((r) => `${literal(r)}/${glob}`);
  });
}

/**
 * What a save of `roots` leaves out: the defaults (less those a root is inside: `.git` named as a path is
 * saved), hidden names below the roots unless asked for, and the user's own globs on top.
 */
export function saveExclusions(roots: string[], given: string[], includeHidden: boolean): string[] {
  // A blank glob means nothing (and picomatch refuses it with an unclear error).
  const user = given.map((g) => g.trim()).filter((g) => g !== '');
  const named = DEFAULT_EXCLUDE.filter((g) => roots.some((r) => excluder([g])(r)));
  return [
    ...DEFAULT_EXCLUDE.filter((g) => !named.includes(g)),
    ...(includeHidden ? secretsBelow(roots) : hiddenBelow(roots)),
    ...user.filter((g) => !DEFAULT_EXCLUDE.includes(g)),
  ];
}

export type Matcher = (relPath: string) => boolean;

/** Characters that make a glob's last segment more than a literal name with `*` and `?` in it. */
const GROUPING = /[{}()[\]|,!+@\\]/;

/**
 * Whether every path `glob` matches (as picomatch reads it, dot: true) ends in a name that starts with
 * '.': a glob that is not negated and whose last segment is a literal '.' and then names, `*` and `?` only
 * (none of which matches a '/'; a '/' inside a group would leave its closing character in that segment),
 * or HIDDEN_BELOW, whose group ends in a '/' before its `.*`. Anything else says no.
 */
export function onlyDotNames(glob: string): boolean {
  if (glob.startsWith('!')) return false;
  if (glob === HIDDEN_BELOW || glob.endsWith(`/${HIDDEN_BELOW}`)) return true;
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  return last.startsWith('.') && !GROUPING.test(last);
}

/** Whether the last name of `p` (a trailing '/' aside) starts with '.'. */
function nameStartsWithDot(p: string): boolean {
  const end = p.endsWith('/') ? p.length - 1 : p.length;
  return p.charCodeAt(p.lastIndexOf('/', end - 1) + 1) === 46;
}

/**
 * Matches one path against the globs (callers check ancestors themselves, once per directory). The test
 * is picomatch's own (the path equal to a glob, or its regular expression matching), without its matcher,
 * which makes three objects per glob for each of the tens of thousands of paths a save walks.
 */
function globMatcher(globs: string[]): Matcher {
  const any = (list: string[]): Matcher => {
    const res = list.map((g) => picomatch.makeRe(g, { dot: true }));
    return (p) => {
      for (let i = 0; i < list.length; i++) if (p === list[i] || res[i]!.test(p)) return true;
      return false;
    };
  };
  // The hidden-name and secret globs only ever match a name that starts with '.': most of a tree's paths
  // skip their expressions, which took ~25 ms of an incremental save of 20,000 entries (profiled).
  const dotGlobs = globs.filter(onlyDotNames);
  const dotted = any(dotGlobs);
  const literal = new Set(dotGlobs);
  const others = any(globs.filter((g) => !onlyDotNames(g)));
  const match = (p: string): boolean =>
    others(p) || (nameStartsWithDot(p) ? dotted(p) : literal.size > 0 && literal.has(p));
  const staging = (p: string): boolean =>
    p.endsWith('/')
      ? path.posix.basename(p).startsWith(STAGING_PREFIX)
      : p.startsWith(STAGING_PREFIX, p.lastIndexOf('/') + 1);
  return (p) => staging(p) || match(p);
}

/** An entry is excluded when it, or any directory above it, matches one of the globs. */
export function excluder(globs: string[]): Matcher {
  return withAncestors(globMatcher(globs));
}

/**
 * `excluder`'s answers for the many paths of one tree, each directory's kept: a path costs a test of its
 * own and a lookup of its parent's, where `excluder` tests every directory above every path again (~0.2 s
 * of a restore's plan of 23,000 entries of node_modules, profiled). It keeps an answer per directory it has
 * seen: make one for a tree and let it go with it.
 */
export function treeExcluder(globs: string[]): Matcher {
  const one = globMatcher(globs);
  const dirs = new Map<string, boolean>();
  return (p: string): boolean => {
    // Up to the nearest directory answered, then down, in a loop: a forged manifest may name one entry
    // thousands of levels deep with none of its directories listed (a recursion ran out of stack).
    const unanswered: string[] = [];
    let hit = false;
    for (let cut = p.lastIndexOf('/'); cut >= 0; cut = cut > 0 ? p.lastIndexOf('/', cut - 1) : -1) {
      const dir = p.slice(0, cut);
      const known = dirs.get(dir);
      if (known !== undefined) {
        hit = known;
        break;
      }
      unanswered.push(dir);
    }
    for (let i = unanswered.length - 1; i >= 0; i--) {
      const dir = unanswered[i]!;
      hit = hit || one(dir);
      dirs.set(dir, hit);
    }
    return hit || one(p);
  };
}

/** `one` on a path or any directory above it. */
function withAncestors(one: Matcher): Matcher {
  return (p) => {
    const parts = p.split('/');
    for (let i = 1; i <= parts.length; i++) if (one(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/** The scanned entry at `abs` (lstat: links are entries, never followed); undefined where nothing is. */
export function entryOf(abs: string, rel: string): ScannedEntry | undefined {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  return st && entryOfStat(abs, rel, st);
}

/** The entry `st` describes; undefined for what a checkpoint cannot hold (sockets, FIFOs, devices). */
function entryOfStat(abs: string, rel: string, st: Stats): ScannedEntry | undefined {
  const mode = st.mode & 0o7777;
  const mtimeMs = st.mtimeMs;
  // ctime too, as git's index: a rewrite whose mtime was put back (`cp -p`, `rsync -t`) moves it.
  const stat = { mtimeMs, ino: st.ino, dev: st.dev, ctimeMs: st.ctimeMs };
  // Files are made with every field a manifest entry adds (the planner turns them into entries), so
  // setting those fields later changes no object's shape.
  if (st.isFile())
    return {
      path: rel,
      type: 'file',
      mode,
      stat,
      size: st.size,
      mtimeMs,
      sha256: undefined,
      from: undefined,
      link: undefined,
    };
  if (st.isDirectory()) return { path: rel, type: 'dir', mode, stat, mtimeMs };
  if (st.isSymbolicLink())
    return { path: rel, type: 'symlink', mode, stat, mtimeMs, target: readlinkSync(abs) };
  return undefined; // sockets, fifos, devices: not workspace content
}

/** An entry a checkpoint leaves out, and why (shown to the user: every one is reported). */
export interface LeftOut {
  path: string;
  why: string;
}

/** Roots that were not there and entries that could not be read, filled in while walking. */
export interface WalkReport {
  missingRoots: string[];
  skipped: LeftOut[];
  /** Files with more than one name (each a copy where `inodes` is not given). */
  hardLinks?: ScannedEntry[];
  /**
   * Given (a save's walk): the first file met of each inode with more than one name, so that a later
   * name of it is recorded as a hard link to that file (its `link`), not read and packed again.
   */
  inodes?: Map<string, ScannedEntry>;
  /** The hard links found: each entry with its `link`, and the file it names (filled in with `inodes`). */
  linked?: [ScannedEntry, ScannedEntry][];
  /** Given (a restore's scan): gets every path the globs left out, which a directory's removal must spare. */
  excluded?: string[];
  /** Told what the user's exclude globs left out and what was taken (a save's walk). */
  audit?: ExcludeAudit;
}

/** Why an entry of this kind is no checkpoint content. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'of an unknown file type';
}

/** What an error reading `rel` says to the user. */
function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENAMETOOLONG') return 'its path is longer than the system allows (ENAMETOOLONG)';
  if (code === 'EACCES' || code === 'EPERM') return `it cannot be read (${code}: permission denied)`;
  return `it cannot be read (${code ?? errorMessage(error)})`;
}

/**
 * The entry at `abs` as the walk takes it; undefined, with the reason in `report`, for one a checkpoint
 * cannot hold. A name that is not valid UTF-8 reads back with U+FFFD and is then not found.
 */
function walkEntry(abs: string, rel: string, report: WalkReport): ScannedEntry | undefined {
  if (readsAsDotDot(rel)) {
    report.skipped.push({ path: rel, why: DOTDOT_NAME });
    return undefined;
  }
  let st: Stats | undefined;
  let e: ScannedEntry | undefined;
  try {
    st = lstatSync(abs, { throwIfNoEntry: false });
    e = st && entryOfStat(abs, rel, st);
  } catch (error) {
    report.skipped.push({ path: rel, why: whyUnreadable(error) });
    return undefined;
  }
  if (!st) {
    // (else it went away while the tree was walked: it is not part of the tree any more)
    if (rel.includes('\uFFFD')) report.skipped.push({ path: rel, why: NOT_UTF8 });
    return undefined;
  }
  if (!e) report.skipped.push({ path: rel, why: kindOf(st) });
  else if (st.nlink > 1 && e.type === 'file') {
    (report.hardLinks ??= []).push(e);
    if (report.inodes) linkToFirst(e, st, report);
  }
  return e;
}

/** Makes `e` a hard link to the first file of its inode the walk met, or that file itself. */
function linkToFirst(e: ScannedEntry, st: Stats, report: WalkReport): void {
  const key = `${st.dev}:${st.ino}`;
  const first = report.inodes!.get(key);
  if (!first) {
    report.inodes!.set(key, e);
    return;
  }
  e.link = first.path;
  (report.linked ??= []).push([e, first]);
}

/** A restore refuses such a name everywhere: on a Windows runner it would climb out of the destination. */
const DOTDOT_NAME =
  "its name reads as '..' on Windows (a '\\..' or trailing dots or spaces), which a restore refuses: rename it";

const NOT_UTF8 = 'its name is not valid UTF-8 (checkpoints hold UTF-8 names only): rename it';

/** What a walk that leaves some paths for later (a keyed path walked beside the stage) is told. */
export interface WalkHooks {
  /** Paths neither yielded nor listed: walked later by a walk of their own. */
  defer?: ReadonlySet<string>;
  /** Told each path of `defer` at the place the walk would have yielded it. */
  deferred?: (rel: string) => void;
  /** Told each directory once everything under it was walked, or its listing failed. */
  left?: (rel: string, abs: string) => void;
}

/** A directory being listed: its children still to visit. */
interface Frame {
  rel: string;
  abs: string;
  names: string[];
  next: number;
}

/** Yields the ancestors of `root` not in `done` yet (adding them); returns false at one that is no directory. */
function* ancestorsOf(base: string, root: string, done: Set<string>): Generator<ScannedEntry, boolean> {
  for (const anc of ancestors(root)) {
    if (done.has(anc)) continue;
    const e = entryOf(path.join(base, anc), anc);
    if (e?.type !== 'dir') return false;
    done.add(anc);
    yield e;
  }
  return true;
}

/**
 * Yields every entry under `roots` (relative to `base`), parents before children, siblings sorted, so
 * archives and manifests are deterministic for the same tree. A generator, so that the saver can pack
 * each entry while the rest of the tree is still being walked; one generator with its own stack rather
 * than one per directory, since every value a nested generator yields is passed up through each level.
 */
export function* walkTree(
  base: string,
  roots: string[],
  exclude: string[],
  report: WalkReport,
  hooks: WalkHooks = {},
): Generator<ScannedEntry> {
  // One compile of the globs for both (a restore's scan of its destination pays it before the first file).
  const excludedHere = globMatcher(exclude);
  const isExcluded = withAncestors(excludedHere);
  const stack: Frame[] = [];
  const list = (rel: string, abs: string): void => {
    try {
      stack.push({ rel, abs, names: readdirSync(abs).sort(), next: 0 });
    } catch (error) {
      report.skipped.push({ path: rel, why: `its contents ${whyUnreadable(error).replace(/^it /, '')}` });
      hooks.left?.(rel, abs);
    }
  };
  const deferred = (rel: string): boolean => hooks.defer?.has(rel) === true && (hooks.deferred?.(rel), true);
  const ancestorsDone = new Set<string>();

  // A nested root is walked with its outer one.
  for (const root of outermost(roots)) {
    if (root === '.') {
      if (lstatSync(base, { throwIfNoEntry: false })?.isDirectory()) list('.', base);
      else report.missingRoots.push(root);
    } else {
      if (isExcluded(root)) {
        report.audit?.leftOut(root);
        report.excluded?.push(root);
        continue;
      }
      // Ancestors of a nested root are recorded as dirs so modes survive, without their other children.
      // A root below a symlink (or a file) is not there: walking it would follow the link out of `base`.
      const reachable = yield* ancestorsOf(base, root, ancestorsDone);
      if (!reachable) {
        report.missingRoots.push(root);
        continue;
      }
      if (deferred(root)) continue;
      const abs = path.join(base, root);
      const skippedBefore = report.skipped.length;
      const e = walkEntry(abs, root, report);
      if (!e) {
        if (report.skipped.length === skippedBefore) report.missingRoots.push(root);
        continue;
      }
      report.audit?.taken(root);
      yield e;
      if (e.type === 'dir') list(root, abs);
    }
    while (stack.length > 0) {
      const dir = stack[stack.length - 1]!;
      if (dir.next === dir.names.length) {
        stack.pop();
        hooks.left?.(dir.rel, dir.abs);
        continue;
      }
      const name = dir.names[dir.next++]!;
      const rel = dir.rel === '.' ? name : `${dir.rel}/${name}`;
      if (excludedHere(rel)) {
        report.audit?.leftOut(rel);
        report.excluded?.push(rel);
        continue;
      }
      if (deferred(rel)) continue;
      const abs = `${dir.abs}/${name}`;
      const e = walkEntry(abs, rel, report);
      if (!e) continue;
      report.audit?.taken(rel);
      yield e;
      if (e.type === 'dir') list(rel, abs);
    }
  }
}

export interface ScanResult extends WalkReport {
  entries: ScannedEntry[];
}

/** Every entry under `roots` at once (see walkTree). */
export function scanTree(base: string, roots: string[], exclude: string[]): Promise<ScanResult> {
  const report: WalkReport = { missingRoots: [], skipped: [], excluded: [] };
  const entries = [...walkTree(base, roots, exclude, report)];
  return Promise.resolve({ entries, ...report });
}

/**
 * One sha256 over a whole tree: every path, type, mode, symlink target and file content, nothing
 * excluded. Tests and scenarios use it to prove that a refused restore left a workspace exactly as it was.
 */
export async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  async function walk(abs: string, rel: string): Promise<void> {
    for (const name of (await readdir(abs)).sort()) {
      const p = path.join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(p);
      hash.update(`${r}\0${st.mode.toString(8)}\0`);
      if (st.isSymbolicLink()) hash.update(`-> ${await readlink(p)}\0`);
      else if (st.isFile())
        hash.update(
          createHash('sha256')
            .update(await readFile(p))
            .digest('hex') + '\0',
        );
      else if (st.isDirectory()) await walk(p, r);
    }
  }
  // a directory gone or unreadable hashes as empty
  if ((await lstat(dir).catch(() => undefined))?.isDirectory()) await walk(dir, '');
  return hash.digest('hex');
}
