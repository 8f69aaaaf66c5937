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
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest`: without a `done` line the
 * workspace goes back to exactly what it was; with one, only the staging directory is left to remove.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ancestors,
  hasStagingName,
  isNormalPath,
  STAGING_PREFIX,
  type ManifestEntry,
} from '../core/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { crashPoint } from './crash-points.js';
import { isDebris, ownerGone, ownerTag } from './owner.js';
import { fsProblem } from './restore-errors.js';

/**
 * Where journals and destination locks are kept off a runner: a private directory in the home directory
 * (a job passes its RUNNER_TEMP's instead: checkpoint/core/step.ts restoreJournals).
 */
export function defaultJournalDir(): string {
  return path.join(os.homedir(), '.local', 'state', 'ci-recovery', 'restores');
}

/** The way around a journal directory that cannot be used. */
const JOURNALS_ELSEWHERE = 'set RUNNER_TEMP (a job) or HOME (the CLI) to a writable directory';

/**
 * The journal directory, made private (0700) when missing. One that is a link, another user's, or
 * writable by others could be planted with journals, so it is refused.
 */
export function journalDirectory(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(
      `cannot make the directory for restore journals ${dir}: ${fsProblem(error, JOURNALS_ELSEWHERE) ?? `${errorMessage(error)}; make it writable, or ${JOURNALS_ELSEWHERE}`}`,
    );
  }
  const st = lstatSync(dir);
  // (Windows reports neither owners nor these mode bits: there only a link is refused.)
  const uid = process.getuid?.();
  const shared = uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0);
  if (!st.isDirectory() || shared)
    throw new UserError(
      `the directory for restore journals ${dir} is not a private directory of this user (a link, another user's, or writable by others): remove it, and it is made again`,
    );
  return dir;
}

/** The random id a staging directory and its journal share. */
const ID = /^[0-9a-f]{32}$/;

/** The journal's first line: whose restore, into where, staged where. */
interface JournalHeader {
  v: 1;
  /** The destination when the restore began (a repair may find it moved). */
  dest: string;
  /** The staging directory's name inside the destination. */
  staging: string;
  /** ownerTag() of the restoring process. */
  owner: string;
}

/** One step, as a journal line: [kind, ...]; every path is relative to the destination. */
type Step =
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
function undoSteps(steps: Step[], dest: string, staging: string): boolean {
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

/** A path a journal may name: relative to the destination, in normal form, never our own staging. */
function journalPath(v: unknown): v is string {
  return typeof v === 'string' && isNormalPath(v) && !hasStagingName(v);
}

/** A step as read back, or undefined for a line that is not one (the journal is then not acted on). */
function checkedStep(v: unknown): Step | undefined {
  if (!Array.isArray(v)) return undefined;
  const [kind, p, x] = v as unknown[];
  if (kind === 'done' && v.length === 1) return ['done'];
  if (!journalPath(p)) return undefined;
  if (kind === 'placed' || kind === 'made') return v.length === 2 ? [kind, p] : undefined;
  const count = typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  if (kind === 'moved' && count && v.length === 3) return ['moved', p, x];
  if (kind === 'chmod' && count && x <= 0o7777 && v.length === 3) return ['chmod', p, x];
  return undefined;
}

interface ReadJournal {
  header: JournalHeader;
  steps: Step[];
  /** A line that is no step of ours: nothing in this journal is acted on. */
  damaged: boolean;
}

/** A journal: its header and steps; a last line cut short by a crash was never acted on. */
function readJournal(file: string): ReadJournal | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // no journal, or unreadable: nothing to roll back
    return undefined;
  }
  // The last piece is '' after a whole line, or a line cut short by a crash: never acted on either way.
  const complete = text.split('\n').slice(0, -1);
  let header: JournalHeader;
  try {
    header = JSON.parse(complete[0] ?? '') as JournalHeader;
  } catch {
    // a torn header is a journal of nothing: its writer died before the first step
    return undefined;
  }
  if (header?.v !== 1 || typeof header.staging !== 'string' || typeof header.owner !== 'string')
    return undefined;
  const steps: Step[] = [];
  for (const line of complete.slice(1)) {
    let step: Step | undefined;
    try {
      step = checkedStep(JSON.parse(line));
    } catch {
      // a torn last line is a step never done
      step = undefined;
    }
    if (!step) return { header, steps, damaged: true };
    steps.push(step);
  }
  return { header, steps, damaged: false };
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
  /** Directories named like staging that no journal of ours vouches for: never read, never removed. */
  foreign: string[];
}

/**
 * Finishes what killed restores into `dest` left: each staging directory there that a journal in
 * `journals` vouches for, whose owner is gone (or that is older than the age guard), is undone from that
 * journal when it has no `done` line, then removed with its journal. Journals of this destination whose
 * staging directory is gone are removed too.
 */
export function recoverInterrupted(dest: string, journals = defaultJournalDir(), now = Date.now()): Recovery {
  const r: Recovery = { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
  let names: string[];
  try {
    names = readdirSync(dest);
  } catch {
    // a destination that cannot be listed has no leftovers to find
    return r;
  }
  for (const name of names.sort()) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const staging = path.join(dest, name);
    if (!statSync(staging, { throwIfNoEntry: false })?.isDirectory()) continue;
    const id = name.slice(STAGING_PREFIX.length);
    const file = path.join(journals, `${id}.journal`);
    const journal = ID.test(id) ? readJournal(file) : undefined;
    if (!journal || journal.header.staging !== name || journal.damaged) {
      r.foreign.push(name);
      continue;
    }
    if (!isDebris(journal.header.owner, statSync(file).mtimeMs, now)) {
      r.inProgress.push(name);
      continue;
    }
    const finished = journal.steps.at(-1)?.[0] === 'done';
    if (!finished && journal.steps.length > 0) {
      if (!undoSteps(journal.steps, dest, staging)) {
        r.stuck.push(name);
        continue;
      }
      r.rolledBack.push(name);
    } else r.removed.push(name);
    rmSync(staging, { recursive: true, force: true });
    rmSync(file, { force: true });
  }
  forgetOrphanJournals(dest, journals, now);
  return r;
}

/** Removes the journals of restores into `dest` that died before their staging directory was made. */
function forgetOrphanJournals(dest: string, journals: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(journals);
  } catch {
    // no journals directory: no restore was interrupted
    return;
  }
  for (const name of names) {
    if (!name.endsWith('.journal')) continue;
    const file = path.join(journals, name);
    const j = readJournal(file);
    if (!j || j.header.dest !== dest) continue;
    if (lstatSync(path.join(dest, j.header.staging), { throwIfNoEntry: false })) continue;
    if (isDebris(j.header.owner, statSync(file).mtimeMs, now)) rmSync(file, { force: true });
  }
}

/** What a destination lock file holds. */
interface LockHolder {
  owner: string;
  token: string;
  dest: string;
  since: string;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    // a lock file gone or torn has no holder to name
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Locks `dest` for one restore (or repair) at a time: a lock file in `journals`, named after the
 * destination, holding its owner. A lock whose owner is gone is taken over; a live one is waited for up
 * to `waitMs`, then refused with who holds it. Resolves with the release.
 */
export async function lockDestination(
  dest: string,
  journals: string,
  waitMs: number,
  onWait?: (holder: string) => void,
): Promise<() => void> {
  const file = path.join(journals, `${createHash('sha256').update(dest).digest('hex').slice(0, 32)}.lock`);
  const token = randomBytes(16).toString('hex');
  const mine: LockHolder = { owner: ownerTag(), token, dest, since: new Date().toISOString() };
  forgetDeadDrafts(journals);
  const draft = `${file}.${ownerTag()}-${token}`;
  writeLockDraft(draft, mine, journals);
  const deadline = Date.now() + waitMs;
  let told = false;
  try {
    for (;;) {
      if (takeLock(draft, file, mine)) break;
      const holder = readHolder(file);
      if (!holder && !lstatSync(file, { throwIfNoEntry: false })) continue;
      if (holder && ownerGone(holder.owner)) {
        takeOver(file, holder.token);
        continue;
      }
      const who = holder
        ? `${holder.owner.slice(1).replace('~', ', pid ')}, since ${holder.since}`
        : 'unknown';
      if (Date.now() >= deadline)
        throw new UserError(
          `another restore (${who}) is writing into ${dest}: run this one after it ends. If no such process runs, remove ${file}`,
        );
      if (!told) onWait?.(who);
      told = true;
      await sleep(Math.min(100, Math.max(1, deadline - Date.now())));
    }
  } finally {
    rmSync(draft, { force: true });
  }
  return () => {
    if (readHolder(file)?.token === token) rmSync(file, { force: true });
  };
}

/** Writes the lock's draft; a full disk there is named as the journals' (a write names no file). */
function writeLockDraft(draft: string, mine: LockHolder, journals: string): void {
  try {
    writeFileSync(draft, JSON.stringify(mine), { mode: 0o600 });
  } catch (error) {
    rmSync(draft, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT') {
      const problem = fsProblem(error, JOURNALS_ELSEWHERE);
      if (problem === undefined) throw error;
      throw new UserError(
        `the restore's lock could not be written in ${journals}: ${problem}. Nothing was changed`,
      );
    }
    throw new UserError(
      `the disk of the restore journals (${journals}) is full: the restore's lock could not be written there (${errorMessage(error)}); free space there and restore again. Nothing was changed`,
    );
  }
}

/**
 * Creates the lock file, or returns false when it exists. A hard link appears whole or not at all, so no
 * reader sees a half-written lock; where the file system has no hard links (EPERM, ENOTSUP), an exclusive
 * create does, and a reader that meets it still empty waits as for any holder it cannot name.
 */
function takeLock(draft: string, file: string, mine: LockHolder): boolean {
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(code ?? '')) throw error;
  }
  try {
    writeFileSync(file, JSON.stringify(mine), { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes the lock drafts of waiters that were killed (their owner is in the name). */
function forgetDeadDrafts(journals: string): void {
  for (const name of readdirSync(journals))
    if (/\.lock\.@/.test(name) && ownerGone(name)) rmSync(path.join(journals, name), { force: true });
}

/** Removes a dead owner's lock, unless another process took it over meanwhile (then it is put back). */
function takeOver(file: string, staleToken: string): void {
  const aside = `${file}.${ownerTag()}-stale-${randomBytes(8).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    // the file is gone (another clean-up took it): nothing to put aside
    return;
  }
  if (readHolder(aside)?.token !== staleToken)
    try {
      linkSync(aside, file);
    } catch {
      // Someone holds it again: theirs stands.
    }
  unlinkSync(aside);
}
