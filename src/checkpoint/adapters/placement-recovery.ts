/**
 * Finishing what killed restores left (placement.ts): a staging directory is adopted only when a journal of
 * ours vouches for it, and every line of that journal is checked again as it is read back (a path relative
 * to the destination, in normal form, never our own staging), so a repair can never reach outside the
 * destination. Without a `done` line the steps are undone; with one, only the staging directory is removed.
 */
import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasStagingName, isNormalPath, STAGING_PREFIX } from '../core/index.js';
import { defaultJournalDir } from './journal-dir.js';
import { isDebris } from './owner.js';
import { undoSteps, type JournalHeader, type Step } from './placement.js';

/** The random id a staging directory and its journal share. */
const ID = /^[0-9a-f]{32}$/;

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
