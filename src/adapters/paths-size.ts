/**
 * The size of a stage's checkpoint paths, for core/checkpoint-pays.ts's estimate when no checkpoint of the
 * job was timed yet: one lstat per entry, without loading the checkpoint engine, and no further than the
 * budget (once the estimate passes what the checkpoint may cost, it cannot pay: the walk stops there).
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { estimateCostMs, type PathsSize } from '../core/checkpoint-pays.js';

/** Characters that make a checkpoint path a glob: its size is not walked (the engine resolves globs). */
const GLOB = /[*?[\]{}!]/;

/** Checks the budget every this many entries: an lstat is microseconds. */
const CHECK_EVERY = 512;

/**
 * Entries walked at most: a 1 GB node_modules walked whole cost its job 1.5 s on a loaded machine
 * (bench/recovery-profile.ts), as much as the checkpoint itself. Past this the size is only "at least".
 */
export const MAX_WALKED = 10_000;

/**
 * Walks `paths` (relative to `workspace`; those missing count nothing, as the stage makes them later) and
 * adds up files and bytes, those under `keyed` apart. Never follows a link; never throws.
 */
export function pathsSize(
  workspace: string,
  paths: readonly string[],
  keyed: readonly string[],
  budgetMs: number,
  maxWalked = MAX_WALKED,
): PathsSize {
  const glob = paths.find((p) => GLOB.test(p));
  if (glob !== undefined)
    return { bytes: 0, keyedBytes: 0, files: 0, unknown: `the path '${glob}' is a glob` };
  const size = { bytes: 0, keyedBytes: 0, files: 0 };
  const keyedRoots = keyed.map((k) => path.resolve(workspace, k));
  const isKeyed = (abs: string): boolean => keyedRoots.some((k) => abs === k || abs.startsWith(k + path.sep));
  const stack = paths.map((p) => path.resolve(workspace, p));
  let seen = 0;
  while (stack.length > 0) {
    const abs = stack.pop()!;
    if (++seen % CHECK_EVERY === 0 && estimateCostMs(size) > budgetMs) return { ...size, partial: true };
    if (seen > maxWalked) return { ...size, partial: true, capped: true };
    let stat;
    try {
      stat = lstatSync(abs);
    } catch {
      // gone or unreadable since its directory was read: it adds nothing to the estimate
      continue;
    }
    if (stat.isDirectory()) {
      try {
        for (const name of readdirSync(abs)) stack.push(path.join(abs, name));
      } catch {
        // An unreadable directory: the save will say so.
      }
    } else if (stat.isFile()) {
      size.files++;
      size.bytes += stat.size;
      if (isKeyed(abs)) size.keyedBytes += stat.size;
    }
  }
  return size;
}
