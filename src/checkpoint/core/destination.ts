/**
 * Where a restore may write. A restore deletes what its checkpoint does not have below the roots it
 * restores, so a destination that holds more than the workspace (`..`, `/`, the home directory) would
 * delete sibling projects and the store itself. Pure: the adapter gathers the facts (real paths, what is
 * there) and this decides.
 */
import path from 'node:path';
import { foldedName, hasStagingName, HFS_IGNORED, isGitDirName } from '../../core/entry-paths.js';

export interface DestinationFacts {
  /** The destination as the user gave it, for messages. */
  given: string;
  /** Its real path (links resolved; for a missing one, its nearest existing ancestor's real path + the rest). */
  dest: string;
  /** What is there now. */
  state: 'missing' | 'empty-dir' | 'dir' | 'not-dir';
  /** For 'not-dir' below the destination: the file that stands where a directory above it should be. */
  blocker?: string;
  /** The workspace's real path: the destination is confined to it. */
  workspace: string;
  /** The home directory's real path, when known. */
  home?: string;
  /** Real path of the checkpoint store, when it is a local directory. */
  storeDir?: string;
}

export interface DestinationRule {
  /** How the user names the destination: "--dest", "input 'dest'". */
  input: string;
  /** How the user allows a destination outside the workspace: "--dest-outside-workspace". */
  optIn: string;
  allowOutside: boolean;
}

/** True when `p` is `dir` or lies below it. */
export function isInsideDir(p: string, dir: string): boolean {
  if (p === dir) return true;
  const rel = path.relative(dir, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Why restoring into the destination is refused, or undefined when it may go ahead. */
export function destinationProblem(f: DestinationFacts, rule: DestinationRule): string | undefined {
  const named = `${rule.input} '${f.given}'${f.given === f.dest ? '' : ` (${f.dest})`}`;
  const inside = `Name a directory inside the workspace (${f.workspace}); a missing one is created`;
  if (f.state === 'not-dir' && f.blocker !== undefined)
    return `${named} cannot be made: ${f.blocker} is a file, where a directory above the destination is needed. Move that file away, or name another directory to restore into.`;
  if (f.state === 'not-dir')
    return `${named} is a file, not a directory: name the directory to restore into (a missing one is created).`;
  if (path.parse(f.dest).root === f.dest)
    return `${named} is the root of the filesystem: a restore there would delete everything the checkpoint does not have. ${inside}.`;
  if (f.dest !== f.workspace && isInsideDir(f.workspace, f.dest))
    return `${named} contains the workspace ${f.workspace}: a restore there would delete everything beside the workspace (other projects, the store). ${inside}.`;
  if (f.home && isInsideDir(f.home, f.dest))
    return `${named} is the home directory${f.home === f.dest ? '' : ` or above it (${f.home})`}: a restore there would delete everything the checkpoint does not have. ${inside}.`;
  if (f.storeDir && isInsideDir(f.dest, f.storeDir))
    return `${named} lies inside the checkpoint store ${f.storeDir}: a restore there would mix files into the store. ${inside}.`;
  if (!rule.allowOutside && f.state === 'dir' && !isInsideDir(f.dest, f.workspace))
    return `${named} is outside the workspace ${f.workspace} and not empty: a restore deletes what the checkpoint does not have there. ${inside}, or set ${rule.optIn} to restore there anyway.`;
  return undefined;
}

/** Never touched by a restore, whatever its checkpoint says: git's own data and ci-recovery's own names. */
export const LEFT_ALONE_GLOBS = ['.git', '**/.git', '.ci-recovery'];

/** Paths that may hold such a name: the slow check runs only for these (a restore tests every entry). */
const MAYBE_OWN = new RegExp(`git|ci-recovery|${HFS_IGNORED.source}`, 'i');

/**
 * Whether a restore leaves the path `p` (relative to its destination) alone: git's own directory at any
 * depth (by any name a file system reads as `.git`, isGitDirName), `.ci-recovery`, a staging directory, and
 * the directories in `inside` (the store, the journals, the manifest cache where they lie in the
 * destination). Decided by the restoring side: a manifest's `exclude` can only add to it.
 */
export function leftAloneBy(inside: string[]): (p: string) => boolean {
  const ownName = (p: string): boolean => {
    if (!MAYBE_OWN.test(p)) return false;
    const parts = p.split('/');
    if (foldedName(parts[0]!) === '.ci-recovery') return true;
    return parts.some((s) => isGitDirName(s) || hasStagingName(foldedName(s)));
  };
  return (p) => ownName(p) || inside.some((r) => p === r || p.startsWith(r + '/'));
}

/** A literal path as a glob that matches only it. */
export function literalGlob(p: string): string {
  return p.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}
