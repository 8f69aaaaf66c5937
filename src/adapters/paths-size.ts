/**
 * The size of a stage's checkpoint paths, for core/checkpoint-pays.ts's estimate when no checkpoint of the
 * job was timed yet: one lstat per entry, without loading the checkpoint engine, and no further than the
 * budget (once the estimate passes what the checkpoint may cost, it cannot pay: the walk stops there), its
 * cap of entries, or its time (MAX_WALK_MS).
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { estimateCostMs, type PathsSize } from '../core/checkpoint-pays.js';

/** Characters that make a checkpoint path a glob: its size is not walked (the engine resolves globs). */
const GLOB = /[*?[\]{}!]/;

/** An entry to walk: its path, and its kind as its directory's listing gave it (none for a root). */
interface Walked {
  abs: string;
  kind?: 'directory' | 'file' | 'other';
}

/** Checks the budget and the clock every this many entries: an lstat is microseconds. */
const CHECK_EVERY = 512;

/**
 * Entries walked at most: a 1 GB node_modules walked whole cost its job 1.5 s on a loaded machine
 * (bench/recovery-profile.ts), as much as the checkpoint itself. Past this the size is only "at least".
 */
export const MAX_WALKED = 10_000;

/**
 * Milliseconds the walk may take, whatever the entries: the estimate is on the job's path before the stage's
 * command, and a loaded machine stretched its 10,000 entries to 1.4 s before a build (bench/recovery-profile.ts,
 * load 9), more than the checkpoint it judged. A quiet one walks them in ~0.1 s. Past it, as past the cap of
 * entries, the size is only "at least".
 */
export const MAX_WALK_MS = 150;

/** How far the walk may go: entries, milliseconds, and the clock they are read on. */
export interface WalkLimits {
  entries: number;
  ms: number;
  now: () => number;
}

const WALK_LIMITS: WalkLimits = { entries: MAX_WALKED, ms: MAX_WALK_MS, now: () => performance.now() };

/**
 * Walks `paths` (relative to `workspace`; those missing count nothing, as the stage makes them later) and
 * adds up files and bytes, those under `keyed` apart. Never follows a link; never throws.
 */
export function pathsSize(
  workspace: string,
  paths: readonly string[],
  keyed: readonly string[],
  budgetMs: number,
  limits: Partial<WalkLimits> = {},
): PathsSize {
  const { entries: maxWalked, ms: maxMs, now } = { ...WALK_LIMITS, ...limits };
  const started = now();
  const glob = paths.find((p) => GLOB.test(p));
  if (glob !== undefined)
    return { bytes: 0, keyedBytes: 0, files: 0, unknown: `the path '${glob}' is a glob` };
  const size = { bytes: 0, keyedBytes: 0, files: 0 };
  const keyedRoots = keyed.map((k) => path.resolve(workspace, k));
  const isKeyed = (abs: string): boolean => keyedRoots.some((k) => abs === k || abs.startsWith(k + path.sep));
  // Each entry with what its directory's listing said it is: a directory is walked without an lstat of its
  // own, and a link or another kind counts nothing without one; a root or a file is asked (its size).
  const stack: Walked[] = paths.map((p) => ({ abs: path.resolve(workspace, p) }));
  let seen = 0;
  while (stack.length > 0) {
    const { abs, kind } = stack.pop()!;
    if (++seen % CHECK_EVERY === 0) {
      if (estimateCostMs(size) > budgetMs) return { ...size, partial: true };
      if (now() - started > maxMs) return { ...size, partial: true, capped: true };
    }
    if (seen > maxWalked) return { ...size, partial: true, capped: true };
    if (kind === 'other') continue;
    let directory = kind === 'directory';
    if (!directory) {
      // gone or unreadable since its directory was read: it adds nothing to the estimate
      const stat = lstatSync(abs, { throwIfNoEntry: false });
      if (!stat) continue;
      directory = stat.isDirectory();
      if (stat.isFile()) {
        size.files++;
        size.bytes += stat.size;
        if (isKeyed(abs)) size.keyedBytes += stat.size;
      }
    }
    if (!directory) continue;
    let names: Dirent[];
    try {
      names = readdirSync(abs, { withFileTypes: true });
    } catch {
      continue; // An unreadable directory (or one gone): the save will say so.
    }
    // The listing's names hold no separator and `abs` is resolved already: no path.join normalising each.
    for (const d of names)
      stack.push({
        abs: abs + path.sep + d.name,
        kind: d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other',
      });
  }
  return size;
}
