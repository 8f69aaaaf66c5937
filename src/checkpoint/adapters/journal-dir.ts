/**
 * Where restores keep their journals and destination locks (placement.ts, destination-lock.ts): a private
 * directory of this machine or job, outside every tree a restore writes into.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, UserError } from '../../core/errors.js';
import { fsProblem } from './restore-errors.js';

/**
 * Where journals and destination locks are kept off a runner: a private directory in the home directory
 * (a job passes its RUNNER_TEMP's instead: checkpoint/core/step.ts restoreJournals).
 */
export function defaultJournalDir(): string {
  return path.join(os.homedir(), '.local', 'state', 'ci-recovery', 'restores');
}

/** The way around a journal directory that cannot be used. */
export const JOURNALS_ELSEWHERE = 'set RUNNER_TEMP (a job) or HOME (the CLI) to a writable directory';

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
