import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) of the processes this one has started and reaped, and of what they reaped in
 * turn: cutime + cstime of Linux's /proc/self/stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux
 * whatever the kernel's HZ). A job's steps are such children of the bench (the stand spawns each stage and
 * waits for it), so the difference across a job is what its processes cost the machine's CPUs, which load
 * from other processes does not inflate as it does their wall time. NaN where there is no /proc (not Linux).
 */
export function reapedChildrenCpu(stat = '/proc/self/stat'): number {
  try {
    // After the command's name, which may hold spaces, in parentheses: field 3 (state) is the first.
    const fields = readFileSync(stat, 'utf8').split(') ').at(-1)!.split(' ');
    const [cutime, cstime] = [Number(fields[13]), Number(fields[14])];
    return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) / 100 : NaN;
  } catch {
    return NaN;
  }
}
