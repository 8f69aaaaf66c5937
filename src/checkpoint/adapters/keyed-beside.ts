/**
 * A keyed path walked beside the stage's command: the rest of the checkpoint is walked and packed first,
 * the stage starts, and only then is the keyed path (a `node_modules` of tens of thousands of entries)
 * walked, by `lstat` as always. What the walk meets must be what was there before the stage started, so
 * every entry is held to its ctime, which every change moves and no one can set back (`utimes` sets
 * mtime, not ctime):
 * - an entry whose ctime is at or after the stage's start was changed by the stage: the walk cannot say
 *   what was there before, so the save fails (a checkpoint that claimed it could restore the stage's file
 *   as the pre-stage one);
 * - a directory's ctime is checked again once everything under it was walked: still before the start,
 *   no entry was added, removed or renamed in it meanwhile, so its listing, and each name's lstat, were
 *   the pre-stage ones;
 * - a file read beside the stage (hashed, or packed because it differs) is lstat-ed again after the read:
 *   the same inode, size, mtime and ctime say nothing wrote it while it was read (the hash pool checks the
 *   same facts by fstat for the keyed comparison's files);
 * - the keyed path and each directory above it are lstat-ed before the stage and again once the path was
 *   walked: the same inode, and the path's ctime still before the start (the walk goes by path, so a
 *   parent swapped for another directory, whose tree has old ctimes, would be walked in its stead).
 * A save failed this way notes it in the job's directory, and the job's later checkpoints walk that path
 * before their stage starts, as before (a stage that writes into its keyed path would fail each one).
 */
import {
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ancestors, isUnder, type ManifestEntry, type ScannedEntry } from '../core/index.js';
import type { KeyedPlan } from './keyed.js';

/**
 * Taken off the stage's start: the kernel stamps ctime from a clock read at its tick (4 ms at 250 Hz, 10 ms
 * at 100 Hz), so a write just after the spawn can carry a ctime a tick before `Date.now()` said. 20 ms
 * covers either with room; an entry changed in those 20 ms before the start fails the save, never worse.
 */
export const CTIME_MARGIN_MS = 20;

/** The note in the job's directory that this keyed entry's path must be walked before the stage starts. */
export const walkFirstNote = (jobDir: string, refId: string): string =>
  path.join(jobDir, `${refId}.differed`);

/** Every keyed path of the save: those compared with an entry, and those carried from the parent. */
export const keyedRefs = (plan: KeyedPlan | undefined): KeyedPlan['carried'] =>
  plan ? [...plan.matches.map((m) => m.ref), ...plan.carried] : [];

/**
 * The keyed paths to walk beside the stage, outermost first in walk order; none (walk everything before
 * the stage, as before) without a stage to start (`onPacked`), without a job directory to note a failure
 * in, when a checkpoint of this job found one of them changed once its stage had started, or where the
 * filesystem's ctime is not this machine's clock (sameClock).
 */
export function pathsBesideStage(
  plan: KeyedPlan | undefined,
  onPacked: (() => unknown) | undefined,
  jobDir: string | undefined,
  workspace: string,
): string[] {
  if (!plan || onPacked === undefined || jobDir === undefined) return [];
  const refs = keyedRefs(plan);
  if (refs.some((r) => existsSync(walkFirstNote(jobDir, r.id)))) return [];
  if (!refs.every((r) => sameClock(jobDir, path.join(workspace, r.path)))) return [];
  return refs.map((r) => r.path);
}

/** How many probes sameClock takes before it says no. */
const PROBES = 3;

/**
 * Whether the filesystem of `dir` stamps ctime from this process's clock: a file made in `jobDir` on the
 * same filesystem has a ctime within half the margin of `Date.now()`. A network filesystem stamps with its
 * server's clock: one behind ours would date the stage's writes before its start, and the path is walked
 * before the stage instead. A probe that cannot be made says no.
 *
 * The probe is taken up to PROBES times: on a loaded virtual machine the kernel's coarse clock can lag a
 * stalled tick (17 ms once in 85,000 probes here, beside a checkpoint test suite), which says nothing
 * about the filesystem; a server's clock off by more than the margin is off in every probe.
 */
export function sameClock(jobDir: string, dir: string, now: () => number = Date.now): boolean {
  try {
    mkdirSync(jobDir, { recursive: true });
    const dev = lstatSync(dir).dev;
    for (let i = 0; i < PROBES; i++) {
      const probe = probeFile(jobDir, now);
      // Another filesystem than the keyed path's: probing again cannot change that.
      if (probe.dev !== dev) return false;
      if (probe.inMargin) return true;
    }
    return false;
  } catch {
    // no probe, no proof: the path is walked before the stage, as it always was
    return false;
  }
}

/** One probe file made in `jobDir`: its device, and whether its ctime is within half the margin of `now`. */
function probeFile(jobDir: string, now: () => number): { dev: number; inMargin: boolean } {
  const probe = path.join(jobDir, `.ctime-probe-${process.pid}`);
  const before = now();
  const fd = openSync(probe, 'w');
  const st = fstatSync(fd);
  closeSync(fd);
  rmSync(probe, { force: true });
  const after = now();
  return {
    dev: st.dev,
    inMargin: st.ctimeMs >= before - CTIME_MARGIN_MS / 2 && st.ctimeMs <= after + CTIME_MARGIN_MS / 2,
  };
}

/** The walk of the keyed paths once the stage has started: every check above, and the note on failure. */
export class BesideStage {
  /** Entries changed at or after this (ms, the ctime clock's) were changed by the stage. */
  readonly since: number;

  constructor(
    private readonly base: string,
    private readonly jobDir: string,
    private readonly refIds: readonly string[],
    now = Date.now(),
  ) {
    this.since = now - CTIME_MARGIN_MS;
  }

  /** Each deferred root and the directories above it (dev:ino), as they were before the stage started. */
  private readonly held = new Map<string, string>();

  /** Before the stage starts: `root` and the directories above it, which no check below looks at. */
  hold(root: string): void {
    for (const p of [...ancestors(root), root]) this.held.set(p, this.identity(p));
  }

  /**
   * Once `root` was walked: it and the directories above it are still the ones held. The walk goes by path:
   * a directory above the root swapped for another (whose tree has old ctimes) would be walked instead.
   */
  stillThere(root: string): void {
    for (const [p, was] of this.held)
      if ((p === root || isUnder(root, p)) && this.identity(p) !== was)
        this.fail(p, 'it was moved, replaced or removed');
    const st = lstatSync(this.base + root, { throwIfNoEntry: false });
    if (st && st.ctimeMs >= this.since) this.fail(root, 'it was moved or changed');
  }

  private identity(p: string): string {
    const st = lstatSync(this.base + p, { throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}` : 'none';
  }

  /** An entry as the walk met it. */
  met(e: ScannedEntry): void {
    if (e.stat !== undefined && e.stat.ctimeMs !== undefined && e.stat.ctimeMs < this.since) return;
    this.fail(e.path, 'its ctime is after the stage started');
  }

  /** A directory once everything under it was walked (or its listing failed). */
  left(rel: string, abs: string): void {
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!st) this.fail(rel, 'it was removed');
    else if (st.ctimeMs >= this.since) this.fail(rel, 'an entry was added, removed or renamed in it');
  }

  /** A file read beside the stage: still the one the walk met. */
  read(e: ManifestEntry): void {
    if (e.type !== 'file') return;
    const st = lstatSync(this.base + e.path, { throwIfNoEntry: false });
    const s = e.stat;
    const same =
      st !== undefined &&
      s !== undefined &&
      st.ino === s.ino &&
      st.size === e.size &&
      st.mtimeMs === s.mtimeMs &&
      st.ctimeMs === s.ctimeMs;
    if (!same) this.fail(e.path, 'it was written while it was read');
  }

  private fail(rel: string, why: string): never {
    try {
      mkdirSync(this.jobDir, { recursive: true });
      for (const id of this.refIds) writeFileSync(walkFirstNote(this.jobDir, id), '');
    } catch {
      // without the note the job's next checkpoint walks beside its stage again, and fails alike: no worse
    }
    throw new Error(
      `'${rel}' changed once the stage had started, while its keyed path was walked beside the stage's command (${why}): this checkpoint is not saved, and the job's later checkpoints walk the path before their stage starts`,
    );
  }
}
