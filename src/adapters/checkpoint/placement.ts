/**
 * Putting verified entries into the workspace so that no instant, not even a kill -9, leaves it a mix of
 * old and new. Every change is a rename, mkdir or chmod, recorded in a journal on disk before it is made
 * (write-ahead: one line per step, `journal` in the restore's staging directory); what a step replaced
 * or removed is moved into the staging directory, never deleted. The journal ends with a `done` line.
 *
 * Undoing reads the disk, not only the journal, so that it is right whether the last recorded step was
 * made or not, and whether an earlier undo was cut short: a step counts as made only when the disk shows
 * it (its source gone). A restore interrupted by a crash is undone by the next restore into the same
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest`: without a `done` line the
 * workspace goes back to exactly what it was; with one, only the staging directory is left to remove.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ancestors, type ManifestEntry } from '../../core/checkpoint/index.js';
import { crashPoint } from './crash-points.js';
import { isDebris, ownerTag } from './owner.js';
import { STAGING_PREFIX } from './scan.js';

export const JOURNAL = 'journal';

/** One step, as a journal line: [kind, ...paths]. */
type Step =
  /** `from` (in the workspace) moved to `to` (in staging). */
  | ['moved', string, string]
  /** `staged` moved to `at`. */
  | ['placed', string, string]
  /** `at` made as an empty directory. */
  | ['made', string]
  /** `at` had mode `mode` before its chmod. */
  | ['chmod', string, number]
  | ['done'];

/** The name prefix of this process's staging directories (its owner in the name: owner.ts). */
export function stagingPrefix(): string {
  return `${STAGING_PREFIX}${ownerTag()}-`;
}

/** Applies staged entries, journal first; `undo` reverses everything done so far. */
export class Applier {
  private readonly steps: Step[] = [];
  private fd: number | undefined;
  private n = 0;
  /** Directories known to exist as real directories (created or checked). */
  private readonly dirs = new Set<string>();
  private readonly backup: string;
  constructor(
    private readonly dest: string,
    private readonly staging: string,
  ) {
    this.backup = path.join(staging, 'replaced');
    mkdirSync(this.backup, { recursive: true });
  }

  /** Records a step before it is made. The journal file is created with the first one. */
  private record(step: Step): void {
    crashPoint();
    this.fd ??= openSync(path.join(this.staging, JOURNAL), 'a', 0o600);
    const line = Buffer.from(JSON.stringify(step) + '\n');
    for (let off = 0; off < line.length;) off += writeSync(this.fd, line, off);
    this.steps.push(step);
    crashPoint();
  }

  private moveAway(abs: string): void {
    const to = path.join(this.backup, String(this.n++));
    this.record(['moved', abs, to]);
    renameSync(abs, to);
  }

  private makeDir(abs: string, mode: number): void {
    this.record(['made', abs]);
    mkdirSync(abs, { mode });
  }

  private put(staged: string, abs: string): void {
    this.record(['placed', staged, abs]);
    renameSync(staged, abs);
  }

  /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
  private ensureParents(rel: string): void {
    for (const a of ancestors(rel)) {
      if (this.dirs.has(a)) continue;
      const abs = path.join(this.dest, a);
      const st = lstatSync(abs, { throwIfNoEntry: false });
      if (!st?.isDirectory()) {
        if (st) this.moveAway(abs);
        this.makeDir(abs, 0o755);
      }
      this.dirs.add(a);
    }
  }

  /**
   * Puts one entry in place. `subtree` is a staged directory holding the entry's whole new subtree (an
   * added directory): it moves with one rename. Files and symlinks are staged at their own path.
   * Synchronous, like the extraction of small files: one rename per file, no thread-pool round trips.
   */
  place(entry: ManifestEntry, staged: string | undefined, subtree: boolean): void {
    this.ensureParents(entry.path);
    const abs = path.join(this.dest, entry.path);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (entry.type === 'dir') {
      this.dirs.add(entry.path);
      if (st?.isDirectory()) return; // mode fixed in finishModes
      if (st) this.moveAway(abs);
      if (subtree) this.put(staged!, abs);
      else this.makeDir(abs, 0o700);
      return;
    }
    if (st) this.moveAway(abs);
    this.put(staged!, abs);
  }

  remove(rel: string): void {
    const abs = path.join(this.dest, rel);
    if (lstatSync(abs, { throwIfNoEntry: false })) this.moveAway(abs);
  }

  /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
  finishModes(dirs: ManifestEntry[]): void {
    for (const d of [...dirs].reverse()) {
      const abs = path.join(this.dest, d.path);
      const mode = lstatSync(abs).mode & 0o7777;
      if (mode === d.mode) continue;
      this.record(['chmod', abs, mode]);
      chmodSync(abs, d.mode);
    }
  }

  /** Marks the restore complete: from here on a crash leaves the new state, and staging is only debris. */
  commit(): void {
    if (this.fd !== undefined) this.record(['done']);
    this.close();
  }

  /** Undoes every step; false when something could not be put back (it is still in staging). */
  undo(): boolean {
    this.close();
    return undoSteps(this.steps);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * Reverses `steps`, last first, each only as far as the disk shows it was made, so that running it again
 * (after a crash during an undo) does no harm. False when something moved away could not go back.
 */
function undoSteps(steps: Step[]): boolean {
  let complete = true;
  for (const s of [...steps].reverse()) {
    try {
      if (s[0] === 'chmod') chmodSync(s[1], s[2]);
      else if (s[0] === 'made') {
        if (lstatSync(s[1], { throwIfNoEntry: false })?.isDirectory()) rmdirSync(s[1]);
      } else if (s[0] === 'placed') {
        // Made when the staged name is gone; moved back there, which also marks it undone.
        if (!lstatSync(s[1], { throwIfNoEntry: false }) && lstatSync(s[2], { throwIfNoEntry: false }))
          renameSync(s[2], s[1]);
      } else if (s[0] === 'moved') {
        if (lstatSync(s[2], { throwIfNoEntry: false })) renameSync(s[2], s[1]);
      }
    } catch {
      // Keep undoing the rest; what was moved away stays in staging.
      if (s[0] === 'moved') complete = false;
    }
  }
  return complete;
}

/** The steps of a journal; a last line cut short by a crash was never acted on. */
function readJournal(file: string): Step[] {
  const steps: Step[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return steps;
  }
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      steps.push(JSON.parse(line) as Step);
    } catch {
      break;
    }
  }
  return steps;
}

export interface Recovery {
  /** Staging directories of interrupted restores whose changes were undone. */
  rolledBack: string[];
  /** Staging directories kept because something in them could not be put back (see their journal). */
  stuck: string[];
  /** Staging directories removed with nothing to undo (a restore that died before or after placing). */
  removed: string[];
  /** Staging directories of restores still running (left alone). */
  inProgress: string[];
}

/**
 * Finishes what killed restores into `dest` left: each staging directory whose owner is gone (or that is
 * older than the age guard) is undone from its journal when that has no `done` line, then removed.
 */
export function recoverInterrupted(dest: string, now = Date.now()): Recovery {
  const r: Recovery = { rolledBack: [], stuck: [], removed: [], inProgress: [] };
  let names: string[];
  try {
    names = readdirSync(dest);
  } catch {
    return r;
  }
  for (const name of names.sort()) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const staging = path.join(dest, name);
    const st = statSync(staging, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    if (!isDebris(name, st.mtimeMs, now)) {
      r.inProgress.push(name);
      continue;
    }
    const steps = readJournal(path.join(staging, JOURNAL));
    const finished = steps.at(-1)?.[0] === 'done';
    if (!finished && steps.length > 0) {
      if (!undoSteps(steps)) {
        r.stuck.push(name);
        continue;
      }
      r.rolledBack.push(name);
    } else r.removed.push(name);
    rmSync(staging, { recursive: true, force: true });
  }
  return r;
}
