/**
 * The record of what main's resume restored (checkpoint/core/restored-state.ts): written once by main,
 * beside the checkpoint's local manifest, and checked by each `run/` step that would skip a completed
 * stage: one lstat per directory instead of parsing the whole manifest and one lstat per entry. Loaded
 * on its own, without the checkpoint code, so that a skipped stage stays small.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  entriesOutsideDirs,
  isEntryPath,
  parseRestoredState,
  restoredCheckpointOf,
  RESTORED_STATE_FORMAT,
  type DirIdentity,
  type RestoredCheckpoint,
  type RestoredState,
} from '../core/restored-state.js';
import type { EntryType, Manifest } from '../core/manifest.js';

/** The record of checkpoint `id` restored into `workspace`, kept per directory like its local manifest. */
function restoredStateFile(cacheDir: string, id: string, workspace: string): string {
  const key = createHash('sha256').update(path.resolve(workspace)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `${id}.${key}.restored.json`);
}

/** The directory at `abs` as lstat sees it now; undefined when it is not a directory (or not there). */
function dirIdentity(abs: string): DirIdentity | undefined {
  const st = lstatSync(abs, { bigint: true, throwIfNoEntry: false });
  return st?.isDirectory() ? [String(st.dev), String(st.ino), String(st.ctimeNs)] : undefined;
}

function typeAt(abs: string): EntryType | undefined {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return undefined;
  return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : undefined;
}

/**
 * The record of checkpoint `m`, restored into `workspace`, as its entries are now; undefined when one of
 * its directories is not one, or when a path is not a plain relative one (the full check then decides).
 * Call it before checking that every entry is there: a change made after that check must move the
 * ctime this records.
 */
export function restoredStateOf(m: Manifest, workspace: string): RestoredState | undefined {
  const base = path.resolve(workspace);
  const dirs: RestoredState['dirs'] = [];
  for (const e of m.entries) {
    if (!isEntryPath(e.path)) return undefined;
    if (e.type !== 'dir') continue;
    const identity = dirIdentity(path.join(base, e.path));
    if (!identity) return undefined;
    dirs.push([e.path, ...identity]);
  }
  const tops = entriesOutsideDirs(m.entries).map((e): [string, EntryType] => [e.path, e.type]);
  return {
    format: RESTORED_STATE_FORMAT,
    id: m.id,
    workspace: base,
    dirs,
    tops,
    checkpoint: restoredCheckpointOf(m),
  };
}

/**
 * How far a change time may stay behind the clock: kernels without fine-grained timestamps stamp a change
 * with the time of the last tick (up to 10 ms at HZ=100), so a change within a tick of a recorded ctime
 * could carry the same one.
 */
const TICK_MARGIN_MS = 20;

/**
 * Writes `state` (atomically: a reader sees the whole record or none), once the clock is past every
 * recorded ctime by more than a tick: any change made after this returns then moves a ctime it records.
 */
export async function keepRestoredState(cacheDir: string, state: RestoredState): Promise<void> {
  const newest = state.dirs.reduce((max, d) => (BigInt(d[3]) > max ? BigInt(d[3]) : max), 0n);
  const wait = Number(newest / 1_000_000n) + TICK_MARGIN_MS - Date.now();
  // A ctime ahead of the clock (the clock was set back) is not one a short wait gets past: no record.
  if (wait > TICK_MARGIN_MS) return;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await mkdir(cacheDir, { recursive: true });
  const file = restoredStateFile(cacheDir, state.id, state.workspace);
  const tmp = `${file}.partial-${process.pid}`;
  try {
    await writeFile(tmp, JSON.stringify(state));
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The record of checkpoint `id` restored into `workspace`, when there is one that parses. */
async function readRestoredState(
  cacheDir: string,
  id: string,
  base: string,
): Promise<RestoredState | undefined> {
  // no record of the restore: the caller reads the checkpoint's manifest
  const text = await readFile(restoredStateFile(cacheDir, id, base), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseRestoredState(text, id, base);
}

/**
 * What checkpoint `id` holds, as main recorded it once it had restored it into `workspace` and found every
 * entry there; undefined without such a record (the checkpoint's manifest then tells).
 */
export async function restoredCheckpoint(
  cacheDir: string,
  id: string,
  workspace: string,
): Promise<RestoredCheckpoint | undefined> {
  return (await readRestoredState(cacheDir, id, path.resolve(workspace)))?.checkpoint;
}

/**
 * Whether everything main restored from checkpoint `id` into `workspace` is still there: its record
 * exists, every directory has the identity and ctime it had right after the restore, and every root is
 * there with its type. False proves nothing (a file added, a record missing): the full check decides.
 */
export async function restoredStateHolds(cacheDir: string, id: string, workspace: string): Promise<boolean> {
  const base = path.resolve(workspace);
  const state = await readRestoredState(cacheDir, id, base);
  if (!state) return false;
  for (const [rel, type] of state.tops) if (typeAt(path.join(base, rel)) !== type) return false;
  for (const [rel, ...was] of state.dirs) {
    const now = dirIdentity(path.join(base, rel));
    if (!now || now[0] !== was[0] || now[1] !== was[1] || now[2] !== was[2]) return false;
  }
  return true;
}
