/**
 * The config's keyed checkpoint paths, checked where the config is read (config.ts) and where the CLI
 * takes `--keyed`: each one plain directory, relative, among the checkpoint's paths, never `.git`, the
 * store, a credentials file or a hidden name the checkpoint leaves out. The checkpoint engine keeps and
 * looks up the entries (checkpoint/core/keyed.ts); its door shows these checks too. Pure.
 */
import type { KeyedPath } from './config-defaults.js';
import { isGitDirName, isSecretName, isUnder, safeEntryPath, STAGING_PREFIX } from './entry-paths.js';

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
