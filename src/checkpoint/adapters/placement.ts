/**
 * Putting verified entries into the workspace so that no instant, not even a kill -9, leaves it a mix of
 * old and new. Every change is a rename, mkdir or chmod, recorded in a journal before it is made
 * (write-ahead: one line per step); what a step replaced or removed is moved into the restore's staging
 * directory, never deleted. The journal ends with a `done` line.
 *
 * The staging directory lies inside the destination (same filesystem: moves are renames), but nothing in
 * it is ever read as an instruction: a tree (a checkpoint, a pull request's files) can hold a directory of
 * any name. The journal lives outside every tree, in a private directory of this machine or job
 * (`journals`: RUNNER_TEMP in a job, else the home directory), named after a random id that the staging
 * directory's name carries. A staging directory is adopted only when such a journal vouches for it, and
 * a journal names paths relative to its destination only (checked again when read), so a repair works
 * after the workspace moved and can never reach outside it.
 *
 * Undoing reads the disk, not only the journal, so that it is right whether the last recorded step was
 * made or not, and whether an earlier undo was cut short: a step counts as made only when the disk shows
 * it (its source gone). A restore interrupted by a crash is undone by the next restore into the same
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest` (placement-recovery.ts): without a
 * `done` line the workspace goes back to exactly what it was; with one, only the staging directory is left
 * to remove. The journals' directory is journal-dir.ts's, and one restore at a time is destination-lock.ts's.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ancestors, STAGING_PREFIX, type ManifestEntry } from '../core/index.js';
import { printablePath } from '../../core/text.js';
import { crashPoint } from './crash-points.js';
import { ownerTag } from './owner.js';

/** The journal's first line: whose restore, into where, staged where. */
export interface JournalHeader {
  v: 1;
  /** The destination when the restore began (a repair may find it moved). */
  dest: string;
  /** The staging directory's name inside the destination. */
  staging: string;
  /** ownerTag() of the restoring process. */
  owner: string;
}

/** One step, as a journal line: [kind, ...]; every path is relative to the destination. */
export type Step =
  /** `rel` moved to `replaced/<n>` in staging. */
  | ['moved', string, number]
  /** `tree/<rel>` in staging moved to `rel`. */
  | ['placed', string]
  /** `rel` made as an empty directory. */
  | ['made', string]
  /** `rel` had mode `mode` before its chmod. */
  | ['chmod', string, number]
  | ['done'];

/**
 * A restore's journal and staging directory: the journal is made first (outside the tree), then the
 * staging directory its header names, so every staging directory of ours has a journal.
 */
export class Journal {
  readonly staging: string;
  readonly file: string;
  private fd: number | undefined;
  constructor(
    readonly dest: string,
    journals: string,
  ) {
    const id = randomBytes(16).toString('hex');
    const name = `${STAGING_PREFIX}${id}`;
    this.staging = path.join(dest, name);
    this.file = path.join(journals, `${id}.journal`);
    this.fd = openSync(this.file, 'wx', 0o600);
    const header: JournalHeader = { v: 1, dest, staging: name, owner: ownerTag() };
    this.write(JSON.stringify(header));
    crashPoint();
    try {
      mkdirSync(this.staging, { mode: 0o700 });
    } catch (error) {
      this.remove();
      throw error;
    }
  }

  private write(line: string): void {
    const bytes = Buffer.from(line + '\n');
    try {
      for (let off = 0; off < bytes.length;) off += writeSync(this.fd!, bytes, off);
    } catch (error) {
      // (A write by descriptor names no file: say which one, so a full disk is told apart.)
      throw Object.assign(error as Error, { path: this.file });
    }
  }

  /** Records a step before it is made. */
  record(step: Step): void {
    crashPoint();
    this.write(JSON.stringify(step));
    crashPoint();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** After the staging directory is gone: the journal has nothing left to vouch for. */
  remove(): void {
    this.close();
    rmSync(this.file, { force: true });
  }
}

/** Applies staged entries, journal first; `undo` reverses everything done so far. */
export class Applier {
  private readonly steps: Step[] = [];
  private n = 0;
  /** Directories known to exist as real directories (created or checked). */
  private readonly dirs = new Set<string>();
  private readonly dest: string;
  private readonly staging: string;
  constructor(private readonly journal: Journal) {
    this.dest = journal.dest;
    this.staging = journal.staging;
    mkdirSync(path.join(this.staging, 'replaced'), { recursive: true });
  }

  private record(step: Step): void {
    this.journal.record(step);
    this.steps.push(step);
  }

  private moveAway(rel: string): void {
    const n = this.n++;
    this.record(['moved', rel, n]);
    renameSync(path.join(this.dest, rel), path.join(this.staging, 'replaced', String(n)));
  }

  private makeDir(rel: string, mode: number): void {
    this.record(['made', rel]);
    mkdirSync(path.join(this.dest, rel), { mode });
  }

  private put(rel: string): void {
    this.record(['placed', rel]);
    renameSync(path.join(this.staging, 'tree', rel), path.join(this.dest, rel));
  }

  /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
  private ensureParents(rel: string): void {
    for (const a of ancestors(rel)) {
      if (this.dirs.has(a)) continue;
      const st = lstatSync(path.join(this.dest, a), { throwIfNoEntry: false });
      if (!st?.isDirectory()) {
        if (st) this.moveAway(a);
        this.makeDir(a, 0o755);
      }
      this.dirs.add(a);
    }
  }

  /**
   * Puts one entry in place, staged at `tree/<path>` in staging. `subtree`: a staged directory holding
   * the entry's whole new subtree (an added directory), moved with one rename. Synchronous, like the
   * extraction of small files: one rename per file, no thread-pool round trips.
   */
  place(entry: ManifestEntry, subtree: boolean): void {
    this.ensureParents(entry.path);
    const st = lstatSync(path.join(this.dest, entry.path), { throwIfNoEntry: false });
    if (entry.type === 'dir') {
      this.dirs.add(entry.path);
      // A directory planned as new, whose subtree is staged whole, found there: the plan never saw it (a
      // manifest's exclude hid it, or it was made since), and keeping it would leave its subtree unplaced.
      if (st?.isDirectory() && subtree)
        throw new Error(
          `'${printablePath(entry.path)}' is already a directory, which the restore's plan did not see (the checkpoint's exclude leaves it out, or it was made during the restore)`,
        );
      if (st?.isDirectory()) return; // mode fixed in finishModes
      if (st) this.moveAway(entry.path);
      if (subtree) this.put(entry.path);
      else this.makeDir(entry.path, 0o700);
      return;
    }
    if (st) this.moveAway(entry.path);
    this.put(entry.path);
  }

  remove(rel: string): void {
    if (lstatSync(path.join(this.dest, rel), { throwIfNoEntry: false })) this.moveAway(rel);
  }

  /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
  finishModes(dirs: ManifestEntry[]): void {
    for (const d of [...dirs].reverse()) {
      const abs = path.join(this.dest, d.path);
      const mode = lstatSync(abs).mode & 0o7777;
      if (mode === d.mode) continue;
      this.record(['chmod', d.path, mode]);
      chmodSync(abs, d.mode);
    }
  }

  /** Marks the restore complete: from here on a crash leaves the new state, and staging is only debris. */
  commit(): void {
    this.record(['done']);
    this.journal.close();
  }

  /** Undoes every step; false when something could not be put back (it is still in staging). */
  undo(): boolean {
    this.journal.close();
    return undoSteps(this.steps, this.dest, this.staging);
  }
}

/** Whether every ancestor of `rel` in `dest` is a real directory (nothing is put back through a link). */
function parentsAreDirs(dest: string, rel: string): boolean {
  return ancestors(rel).every((a) => lstatSync(path.join(dest, a), { throwIfNoEntry: false })?.isDirectory());
}

/**
 * Reverses `steps`, last first, each only as far as the disk shows it was made, so that running it again
 * (after a crash during an undo) does no harm. False when something moved away could not go back.
 */
export function undoSteps(steps: Step[], dest: string, staging: string): boolean {
  let complete = true;
  for (const s of [...steps].reverse()) {
    if (s[0] === 'done') continue;
    const at = path.join(dest, s[1]);
    try {
      if (s[0] === 'chmod') {
        if (lstatSync(at, { throwIfNoEntry: false })?.isDirectory()) chmodSync(at, s[2]);
      } else if (s[0] === 'made') {
        if (lstatSync(at, { throwIfNoEntry: false })?.isDirectory()) rmdirSync(at);
      } else if (s[0] === 'placed') {
        // Made when the staged name is gone; moved back there, which also marks it undone.
        const staged = path.join(staging, 'tree', s[1]);
        if (!lstatSync(staged, { throwIfNoEntry: false }) && lstatSync(at, { throwIfNoEntry: false }))
          renameSync(at, staged);
      } else {
        const kept = path.join(staging, 'replaced', String(s[2]));
        if (!lstatSync(kept, { throwIfNoEntry: false })) continue;
        if (!parentsAreDirs(dest, s[1])) throw new Error(`a parent of '${s[1]}' is not a directory`);
        renameSync(kept, at);
      }
    } catch {
      // Keep undoing the rest; what was moved away stays in staging.
      if (s[0] === 'moved') complete = false;
    }
  }
  return complete;
}
