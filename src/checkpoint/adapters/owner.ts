/**
 * Which process a piece of unfinished work belongs to (a `.partial` file, a save's claim on a name, a
 * restore's staging directory), written into its name as `@<host>~<pid>`, so that cleanup and a later
 * restore can tell the debris of a killed process from work still in progress without a lock server.
 */
import os from 'node:os';

/** Anything unfinished and older than this is debris, whoever wrote it (a host we cannot ask, a reused pid). */
export const DEBRIS_MAX_AGE_MS = 24 * 3_600_000;

const HOST = os.hostname().replace(/[^A-Za-z0-9.-]+/g, '-') || 'host';

/** This process, as it is written into names. */
export function ownerTag(pid = process.pid): string {
  return `@${HOST}~${pid}`;
}

const TAG = /@([A-Za-z0-9.-]+)~(\d+)/;

/**
 * True when the name carries an owner that is certainly gone: a process of this host that no longer
 * runs. A live pid, another host or no tag at all: not known to be gone (the age guard decides).
 */
export function ownerGone(name: string): boolean {
  const m = TAG.exec(name);
  if (!m || m[1] !== HOST) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Whether unfinished work named `name`, last changed at `mtimeMs`, can be removed now. */
export function isDebris(name: string, mtimeMs: number, now = Date.now()): boolean {
  return ownerGone(name) || now - mtimeMs > DEBRIS_MAX_AGE_MS;
}
