/**
 * The Windows path of runProcess, run on this Linux machine (issue 45: 4): no process group of its own (a
 * detached child gets a new console on Windows), no /proc marks, and the tree ended through the injected
 * tree kill (`taskkill /T /F /PID` on a runner; here a stand-in that ends the pid and its descendants, as
 * /T does, and records what it saw). The old code had no such path: a Windows run/ step ran once, unlimited.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { runProcess } from '../../src/adapters/process.js';
import { RecordingTreeKill } from '../../src/ports/process.js';

function stat(pid: number): { ppid: number; pgrp: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return f[0] === 'Z' ? undefined : { ppid: Number(f[1]), pgrp: Number(f[2]) };
  } catch {
    return undefined;
  }
}

/** The pid and every live process below it, as taskkill /T finds them (by parent process id). */
function tree(pid: number): number[] {
  const all = readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .map((p) => ({ p, s: stat(p) }))
    .filter((x) => x.s);
  const found = [pid];
  for (let grew = true; grew;) {
    grew = false;
    for (const { p, s } of all)
      if (!found.includes(p) && found.includes(s!.ppid)) {
        found.push(p);
        grew = true;
      }
  }
  return found;
}

/** The stand-in for taskkill /T /F: what it saw of each tree, then SIGKILL to all of it. */
function standIn() {
  const seen: { pid: number; pgrp?: number; argv: string[]; members: number[] }[] = [];
  const port = new RecordingTreeKill((pid) => {
    const members = tree(pid);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    seen.push({ pid, pgrp: stat(pid)?.pgrp, argv, members });
    for (const p of members) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
  });
  return { port, seen };
}

const alive = (pid: number): boolean => stat(pid) !== undefined;
/**
 * Whether the pid has ended within `ms`. SIGKILL is queued, not awaited: a grandchild whose parent the
 * kill ended first can still be running its last instructions when the direct child's exit is seen, on
 * a loaded machine (CI once saw it alive). A sleeper the kill missed lives 30 s, far past this wait.
 */
async function endsWithin(pid: number, ms = 5000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20)))
    if (!alive(pid)) return true;
  return !alive(pid);
}
const ownGroup = stat(process.pid)!.pgrp;
/** A shell that starts a sleeping child and waits on it. */
const SLEEPER = { file: 'sh', args: ['-c', 'sleep 30 & wait'] };

describe('runProcess on a Windows runner, here', () => {
  it('a time limit ends the whole tree through the tree kill, once; the command shares our group', async () => {
    // The limit is counted from the spawn: a start slowed by load can reach it before the shell forks its sleep,
    // leaving no tree to end. Such a run is tried again with a longer limit; the last one must have its tree.
    let run: { r: Awaited<ReturnType<typeof runProcess>> } & ReturnType<typeof standIn>;
    for (const timeoutMs of [300, 1500, 6000]) {
      const { port, seen } = standIn();
      const r = await runProcess({ ...SLEEPER, argv0: '"sh"', timeoutMs, windows: true, treeKill: port });
      run = { r, port, seen };
      if ((seen[0]?.members.length ?? 0) >= 2) break;
    }
    const { r, port, seen } = run!;
    expect(r.timedOut).toBe(true);
    expect(port.killed).toEqual([r.pid]);
    expect(seen[0]?.pgrp).toBe(ownGroup); // not detached: no group of its own
    expect(seen[0]?.argv).toEqual(['"sh"', '-c', 'sleep 30 & wait']); // argv0 as given, no prlimit/perl
    expect(seen[0]?.members.length).toBeGreaterThanOrEqual(2); // the shell and its sleep
    for (const p of seen[0]!.members) expect(await endsWithin(p)).toBe(true);
  });

  it('a cancel ends the tree the same way', async () => {
    const { port, seen } = standIn();
    const cancel = new AbortController();
    // Cancelled once the shell has forked its sleep (it says so), not at a time a loaded start can outlast.
    const r = await runProcess({
      file: 'sh',
      args: ['-c', 'sleep 30 & echo started; wait'],
      abortSignal: cancel.signal,
      windows: true,
      treeKill: port,
      onOutput: (chunk) => {
        if (chunk.toString().includes('started')) cancel.abort();
      },
    });
    expect(r.aborted).toBe(true);
    expect(port.killed).toEqual([r.pid]);
    expect(seen[0]?.members.length).toBeGreaterThanOrEqual(2); // the shell and its sleep
    for (const p of seen[0]!.members) expect(await endsWithin(p)).toBe(true);
  });

  it('a command that ends in time is never killed', async () => {
    const { port } = standIn();
    const r = await runProcess({
      file: 'sh',
      args: ['-c', 'exit 3'],
      timeoutMs: 5000,
      windows: true,
      treeKill: port,
    });
    expect(r).toMatchObject({ exitCode: 3, timedOut: false });
    expect(port.killed).toEqual([]);
  });
});
