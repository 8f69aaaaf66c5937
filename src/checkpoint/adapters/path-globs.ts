/**
 * Checkpoint paths as users write them for actions/cache and upload-artifact: plain paths, globs
 * (`dist/**\/*.js`, `packages/*\/node_modules`) and exclusions (`!**\/*.log`). Globs are matched with
 * picomatch, the matcher the config's lane globs already use, over a walk from each glob's static base;
 * the walk uses lstat only (links are matched, never followed) and leaves out what a checkpoint never
 * holds (`.git`, the local store).
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ancestors, outermost } from '../core/index.js';
import { DEFAULT_EXCLUDE, excluder, HIDDEN_EXCLUDE, SECRET_DOTFILES } from './scan.js';
import { posixPattern } from '../../runner/adapters/platform.js';
import { UserError } from '../../core/errors.js';
import type { ResolvedPaths } from '../ports/workspace.js';
export type { ResolvedPaths } from '../ports/workspace.js';

/**
 * Refuses a path or glob that reaches outside the workspace (absolute, or with a '..' segment): it would
 * otherwise be looked up inside the workspace and reported as matching nothing.
 */
function checkInside(raw: string, p: string): void {
  const bare = p.startsWith('!') ? p.slice(1) : p;
  const absolute = bare.startsWith('/') || /^[A-Za-z]:\//.test(bare);
  if (absolute || bare.split('/').includes('..'))
    throw new UserError(
      `Checkpoint path '${raw}' ${absolute ? 'is absolute' : "contains '..'"}: paths are relative to the workspace and stay inside it, so absolute paths and '..' are refused (write it relative to the workspace).`,
    );
}

/** Splits `!pattern` exclusions from the paths and globs to include. */
export function splitPatterns(patterns: string[]): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  // './x' is 'x', and './' alone is the workspace.
  const plain = (p: string): string => p.replace(/^\.\/+/, '') || '.';
  for (const raw of patterns) {
    const p = posixPattern(raw.trim());
    checkInside(raw, p);
    if (p.startsWith('!')) exclude.push(plain(p.slice(1)));
    else if (p) include.push(plain(p));
  }
  return { include, exclude };
}

const exists = (abs: string): boolean => lstatSync(abs, { throwIfNoEntry: false }) !== undefined;

/** Whether every directory above `rel` (and `rel` itself with `self`) is a real directory, not a link. */
function reachable(workspace: string, rel: string, self = false): boolean {
  const dirs = [...ancestors(rel), ...(self && rel !== '.' ? [rel] : [])];
  return dirs.every((d) => lstatSync(path.join(workspace, d), { throwIfNoEntry: false })?.isDirectory());
}

/** Every path under `base` (relative to `workspace`) that `isMatch` accepts; a matched directory is kept whole. */
function matchUnder(
  workspace: string,
  base: string,
  isMatch: (p: string) => boolean,
  skip: (p: string) => boolean,
): string[] {
  const found: string[] = [];
  const stack = [base];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(path.join(workspace, dir));
    } catch {
      continue; // not a directory, or unreadable: nothing below it to match
    }
    for (const name of names.sort().reverse()) {
      const rel = dir === '.' ? name : `${dir}/${name}`;
      if (skip(rel)) continue;
      if (isMatch(rel)) found.push(rel);
      else if (lstatSync(path.join(workspace, rel), { throwIfNoEntry: false })?.isDirectory())
        stack.push(rel);
    }
  }
  return found.sort();
}

/**
 * Resolves the `paths` of a checkpoint against the workspace: plain paths are kept as written (a missing
 * one is reported as unmatched), globs become the paths they match now, and `!` patterns become exclusions.
 */
export function resolveCheckpointPaths(
  workspace: string,
  patterns: string[],
  { includeHidden = false }: { includeHidden?: boolean } = {},
): ResolvedPaths {
  const { include, exclude } = splitPatterns(patterns);
  // A glob never reaches into `.git` or a credentials file, nor, unless asked, into hidden names (a plain
  // path is taken as named).
  const skip = excluder([
    ...DEFAULT_EXCLUDE,
    ...(includeHidden ? SECRET_DOTFILES : HIDDEN_EXCLUDE),
    ...exclude,
  ]);
  const roots: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of include) {
    const scan = picomatch.scan(pattern);
    // Nothing is found through a link: a directory link would list names from outside the workspace.
    if (!scan.isGlob) {
      if (reachable(workspace, pattern) && exists(path.join(workspace, pattern))) roots.push(pattern);
      else unmatched.push(pattern);
      continue;
    }
    const base = scan.base || '.';
    const isMatch = picomatch(pattern, { dot: true });
    const matched = reachable(workspace, base, true) ? matchUnder(workspace, base, isMatch, skip) : [];
    if (matched.length) roots.push(...matched);
    else unmatched.push(pattern);
  }
  return { roots: outermost([...new Set(roots)]), exclude, unmatched };
}
