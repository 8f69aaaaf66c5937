/**
 * Makes a directory and its missing parents one level at a time. Node's `mkdir(…, { recursive: true })`
 * never returns for a path under /proc (it spins between ENOENT and EEXIST at full CPU), which hung a save
 * and a `restore --dest /proc/x` for good; one level at a time, such a path fails with ENOENT.
 */
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';

export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  // a path that cannot be lstat'ed is one to create
  for (let d = path.resolve(dir); !(await lstat(d).catch(() => undefined)); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing)
    await mkdir(d).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
}
