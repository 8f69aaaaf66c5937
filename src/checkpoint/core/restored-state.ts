/**
 * What main's resume restored, in a compact form for the `run/` steps that skip a completed stage: each
 * directory of the checkpoint with its identity (device, inode) and change time (ctime) taken right after
 * the restore, and the entries no such directory holds (the roots). A directory whose ctime has not moved
 * has had no entry added, removed or renamed in it since (POSIX: link, unlink, rename and rmdir mark the
 * parent's change time), so when every directory still has the identity and ctime it had, and every root
 * is still there with its type, every entry the restore put there still is, with its type: what the full
 * check of the checkpoint's manifest (every entry, one lstat each) finds, for one lstat per directory.
 * Anything else (a directory changed, a file added, a record that does not parse) proves nothing, and the
 * full check decides. The record also says what the checkpoint holds (`checkpoint`), so that the first
 * stage that runs after the resume can tell whether that checkpoint already is the one it would save.
 */
import { fileTotals, type EntryType, type Manifest, type ManifestEntry } from './manifest.js';
import { isNormalPath } from '../../core/entry-paths.js';

export const RESTORED_STATE_FORMAT = 1;

/** A directory as lstat saw it: device and inode (decimal), and ctime in nanoseconds (decimal). */
export type DirIdentity = [dev: string, ino: string, ctimeNs: string];

export interface RestoredState {
  format: typeof RESTORED_STATE_FORMAT;
  /** The checkpoint restored. */
  id: string;
  /** The directory it was restored into (absolute). */
  workspace: string;
  /** Every directory entry of the checkpoint, with its identity right after the restore. */
  dirs: [path: string, ...identity: DirIdentity][];
  /** The entries whose parent is not one of `dirs` (the checkpoint's roots), with their types. */
  tops: [path: string, type: EntryType][];
  /** What the checkpoint records about itself (absent from records of older versions: the manifest tells). */
  checkpoint?: RestoredCheckpoint;
}

/**
 * The fields of the restored checkpoint's manifest that a stage's save compares with what it would record
 * (checkpoint/core/step.ts `sameCheckpoint`; a record is kept only of a checkpoint without roots), and the
 * count and total size of its files.
 */
export type RestoredCheckpoint = Pick<
  Manifest,
  'stage' | 'job' | 'runId' | 'paths' | 'exclude' | 'completedStages'
> & { files: number; bytes: number };

/** The manifest's own fields of a RestoredCheckpoint, and its files counted. */
export function restoredCheckpointOf(m: Manifest): RestoredCheckpoint {
  const { stage, job, runId, paths, exclude, completedStages } = m;
  return { stage, job, runId, paths, exclude, completedStages, ...fileTotals(m.entries) };
}

/** The parent of an entry's relative path ('' for a top-level one). */
function parentOf(rel: string): string {
  const at = rel.lastIndexOf('/');
  return at < 0 ? '' : rel.slice(0, at);
}

/** The entries that no directory entry of `entries` holds: each must be checked on its own. */
export function entriesOutsideDirs(entries: readonly ManifestEntry[]): ManifestEntry[] {
  const dirs = new Set(entries.filter((e) => e.type === 'dir').map((e) => e.path));
  return entries.filter((e) => !dirs.has(parentOf(e.path)));
}

const TYPES: readonly string[] = ['file', 'dir', 'symlink'];
const DECIMAL = /^\d{1,40}$/;

const isStringList = (x: unknown): boolean => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** A RestoredCheckpoint's shape: every field there, with its type. */
function isRestoredCheckpoint(x: unknown): x is RestoredCheckpoint {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<Record<keyof RestoredCheckpoint, unknown>>;
  return (
    [c.stage, c.job, c.runId].every((v) => typeof v === 'string') &&
    [c.paths, c.exclude, c.completedStages].every(isStringList) &&
    isCount(c.files) &&
    isCount(c.bytes)
  );
}

const isIdentity = (x: unknown[]): boolean =>
  x.length === 3 && x.every((v) => typeof v === 'string' && DECIMAL.test(v));

/** A relative entry path as a manifest holds one: never absolute, never climbing out with '..'. */
export function isEntryPath(p: unknown): p is string {
  return typeof p === 'string' && isNormalPath(p);
}

/**
 * The record in `text`, when it is one of checkpoint `id` restored into `workspace`; undefined for
 * anything else. It is this job's own file in RUNNER_TEMP, but is read as untrusted all the same: a record
 * that does not parse only sends the step to the full check.
 */
export function parseRestoredState(text: string, id: string, workspace: string): RestoredState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // a torn record is no record: the caller reads the manifest
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<Record<keyof RestoredState, unknown>>;
  if (r.format !== RESTORED_STATE_FORMAT || r.id !== id || r.workspace !== workspace) return undefined;
  if (!Array.isArray(r.dirs) || !Array.isArray(r.tops)) return undefined;
  const dirsOk = r.dirs.every(
    (d: unknown) => Array.isArray(d) && isEntryPath(d[0]) && isIdentity(d.slice(1)),
  );
  const topsOk = r.tops.every(
    (t: unknown) => Array.isArray(t) && t.length === 2 && isEntryPath(t[0]) && TYPES.includes(t[1] as string),
  );
  const checkpointOk = r.checkpoint === undefined || isRestoredCheckpoint(r.checkpoint);
  return dirsOk && topsOk && checkpointOk ? (value as RestoredState) : undefined;
}
