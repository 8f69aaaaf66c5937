/**
 * What a restore says when the file system refuses it: which disk or path, and what to do about it.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { isInsideDir } from '../core/index.js';
import type { PlannedRestore } from './restore-plan.js';

/** Why staging failed; a full disk says which one filled and how much the restore needed. */
export function failureReason(error: unknown, r: PlannedRestore): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === 'EXDEV') return crossDevice(e, r.dest) ?? fsProblem(error) ?? errorMessage(error);
  if (e?.code !== 'ENOSPC' && e?.code !== 'EDQUOT') return fsProblem(error) ?? errorMessage(error);
  const need = r.plan.toWrite.reduce((n, t) => n + (t.size ?? 0), 0);
  const where =
    e.path !== undefined && isInsideDir(e.path, r.journals)
      ? `the disk of the restore journals (${r.journals}) is full`
      : `the disk of the destination ${r.dest} is full (files are staged there, in ${STAGING_NAME_HINT}, before they move into place; the store is only read)`;
  return `${where}: ${need} bytes are to be written; free space there and restore again (${errnoDetail(e)})`;
}

/**
 * A rename that met another file system inside the destination (a tmpfs or bind mount on one of its
 * directories): staging is on the destination's own, and nothing moves across by rename. The mount is what
 * the user can act on; the two paths of the rename name it only between the lines.
 */
function crossDevice(e: NodeJS.ErrnoException, dest: string): string | undefined {
  const destDev = lstatSync(dest, { throwIfNoEntry: false })?.dev;
  if (destDev === undefined) return undefined;
  for (const p of [e.path, (e as { dest?: unknown }).dest]) {
    if (typeof p !== 'string' || !isInsideDir(p, dest)) continue;
    // The outermost directory below `dest` on another device: where the other file system is mounted.
    let mount: string | undefined;
    for (let at = p; at !== dest && isInsideDir(at, dest); at = path.dirname(at)) {
      const dev = lstatSync(at, { throwIfNoEntry: false })?.dev;
      if (dev !== undefined && dev !== destDev) mount = at;
    }
    if (mount !== undefined)
      return `${mount} is a file system of its own mounted inside ${dest} (a tmpfs or a bind mount): a restore stages files on the destination's file system and renames them into place, which cannot cross into another; restore with it unmounted, or leave ${path.relative(dest, mount)} out of the restore (restore/'s paths, the CLI's --paths) (${errnoDetail(e)})`;
  }
  return undefined;
}

const STAGING_NAME_HINT = '.ci-recovery-staging-*';

/** What is wrong at the path, and the fix, for each error of the file system a restore can meet. */
const PROBLEMS: Record<string, (at: string, elsewhere: string, syscall: string) => string> = {
  ENOTDIR: (at, elsewhere) =>
    `${at} cannot be a directory: a file stands where it or a directory above it should be; move that file away or ${elsewhere}`,
  EACCES: (at, elsewhere) =>
    `this user lacks the permission for ${at} (to read it, or to write in its directory); give it access there (chmod, chown) or ${elsewhere}`,
  EPERM: (at, elsewhere) =>
    `this user may not change ${at} (operation not permitted: another owner, or an immutable or append-only file); give it the rights there or ${elsewhere}`,
  EROFS: (at, elsewhere) => `${at} is on a read-only file system; ${elsewhere} on a writable disk`,
  ENOSPC: (at) => `the disk of ${at} is full; free space there and restore again`,
  EDQUOT: (at) => `this user's disk quota for ${at} is used up; free space there and restore again`,
  EEXIST: (at) =>
    `${at} appeared while the restore was writing it: something else writes into the destination; stop it, then restore again`,
  ENOENT: (at, elsewhere, syscall) =>
    syscall === 'mkdir'
      ? `${at} cannot be made: the directory above it is gone, or takes no new directories (as under /proc or /sys); ${elsewhere}`
      : `${at} went missing while the restore was using it: something else changes the destination; stop it, then restore again`,
  ELOOP: (at, elsewhere) =>
    `${at} goes through a symbolic link that loops (or too many links in a row); remove or fix that link, or ${elsewhere}`,
  ENAMETOOLONG: (at, elsewhere) => `${at} is longer than the system allows; ${elsewhere} with a shorter path`,
  EISDIR: (at, elsewhere) =>
    `${at} is a directory where the restore must write a file; move it away or ${elsewhere}`,
  ENOTEMPTY: (at) =>
    `${at} is not empty where the restore must replace it: something else writes into the destination; stop it, then restore again`,
  EBUSY: (at, elsewhere) =>
    `${at} is in use (a mount point, or held open); unmount or close it, or ${elsewhere}`,
  EIO: (at, elsewhere) =>
    `the disk of ${at} reported an input/output error; check the disk, or ${elsewhere} on another disk`,
};

/**
 * An error of the file system as a sentence that names the path and the fix (`elsewhere`: the way around
 * it); undefined for anything else. Read from the error's fields, not its class: an error from another
 * realm (jest's) is no `Error` here, and its message alone names no fix.
 */
export function fsProblem(error: unknown, elsewhere = 'restore into another directory'): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  // Without a path it is no error of a file (a socket's ECONNRESET has a code and a syscall too).
  if (typeof e?.code !== 'string' || typeof e.syscall !== 'string' || typeof e.path !== 'string')
    return undefined;
  const from = e.path;
  const dest = (e as { dest?: unknown }).dest;
  const to = typeof dest === 'string' ? dest : undefined;
  const at = to === undefined ? from : `${from} (moving it to ${to})`;
  const say = PROBLEMS[e.code];
  return `${say ? say(at, elsewhere, e.syscall) : `the file system refused to ${e.syscall} ${at}; check that path, or ${elsewhere}`} (${errnoDetail(e)})`;
}

/** The system's own words for an error of the file system, whatever realm it came from. */
function errnoDetail(e: NodeJS.ErrnoException): string {
  const message = typeof e.message === 'string' ? e.message : '';
  return message.startsWith(e.code ?? '\0') ? message : [e.code, message].filter(Boolean).join(': ');
}
