/**
 * One restore (or repair) into a destination at a time: a lock file in the journals' directory
 * (journal-dir.ts), named after the destination and holding its owner, taken over when that owner is gone.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { errorMessage, UserError } from '../../core/errors.js';
import { JOURNALS_ELSEWHERE } from './journal-dir.js';
import { ownerGone, ownerTag } from './owner.js';
import { fsProblem } from './restore-errors.js';

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
