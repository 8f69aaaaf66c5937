/**
 * A command's process tree on Linux, as `runProcess` (process.ts) marks, watches and kills it: the cookie
 * in every process's environment, the lock-limit mark `env -i` does not clear, the child-subreaper
 * launcher, /proc scans that tell who is still the tree's, and the kill (SIGTERM, a grace period, SIGKILL).
 */
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Subreaper } from '../core/job-env.js';
import { onPath } from '../runner/adapters/program-path.js';

/**
 * The environment variable that marks every process a command starts, however far it strays (setsid,
 * double fork, reparenting): children inherit it. The runner finds a job's leftover processes by its
 * RUNNER_TRACKING_ID the same way, and Jenkins by BUILD_ID.
 */
export const PROCESS_COOKIE_ENV = 'CI_RECOVERY_PROCESS_COOKIE';

export interface TreeProcess {
  pid: number;
  /** The program's name (/proc/<pid>/stat's comm). */
  command: string;
}

interface ProcStat extends TreeProcess {
  state: string;
  ppid: number;
  pgrp: number;
  /** Clock ticks since boot at the process's start: with the pid, who it is (pids are reused). */
  started: number;
}

/** Every process of /proc; undefined where /proc is not available. */
function readProc(): ProcStat[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    // no /proc (not Linux): the process tree is unknown
    return undefined;
  }
  const stats: ProcStat[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ... starttime(22nd) ...": comm may contain spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    stats.push({
      pid: Number(entry),
      command: stat.slice(stat.indexOf('(') + 1, close),
      state: fields[0] ?? '',
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      started: Number(fields[19]),
    });
  }
  return stats;
}

/** Zombies count as gone: they run nothing, and under a PID 1 that never reaps (some containers) they stay. */
const isLive = (p: ProcStat): boolean => p.state !== 'Z' && p.state !== 'X';

/**
 * Does the process carry the cookie? Undefined when its environment reads empty: a process in the middle of
 * an exec shows none until the new program's is in place, so the answer is not known yet.
 */
function carriesCookie(pid: number, cookie: string): boolean | undefined {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`);
    if (environ.length === 0) return undefined;
    return environ.includes(`${PROCESS_COOKIE_ENV}=${cookie}\0`);
  } catch {
    return false; // gone, or another user's
  }
}

/**
 * The second mark, which `env -i` does not clear: a soft limit of file locks (RLIMIT_LOCKS, which Linux
 * has not enforced since 2.4.25, so it changes nothing), set by `prlimit` before it execs the command.
 * Limits pass through fork and exec, and /proc/<pid>/limits is readable like stat, whoever the parent.
 */
function carriesLockMark(pid: number, mark: number): boolean {
  try {
    return new RegExp(`^Max file locks\\s+${mark}\\s`, 'm').test(readFileSync(`/proc/${pid}/limits`, 'utf8'));
  } catch {
    // the process is gone or its limits unreadable: no lock limit to tell
    return false;
  }
}

const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'];

/** Is `file` a program spawn would find? (Only then is it wrapped: spawn's own ENOENT stays its error.) */
function findable(file: string, env: NodeJS.ProcessEnv): boolean {
  if (file.includes('/')) return existsSync(file);
  return onPath(file, env.PATH);
}

const PR_SET_CHILD_SUBREAPER = 36;
/** prctl's syscall number on the CPUs perl is used on (arm64 has the generic table's). */
const PRCTL_SYSCALL: Partial<Record<string, number>> = { x64: 157, arm64: 167 };

/**
 * perl: the environment that its own start-up reads is set for it and put back before the exec, so the
 * command sees the one it was given: PERL5OPT could load a module (or fail to), and an unknown locale makes
 * perl warn on stderr unless PERL_BADLANG=0. Each is passed as one argument: `=value`, or `-` when unset.
 */
const PERL_ENV = ['PERL5OPT', 'PERL_BADLANG'] as const;
const perlLauncher = (nr: number): string =>
  [
    `for my $n (${PERL_ENV.map((n) => `"${n}"`).join(', ')}) { my $v = shift; if ($v =~ s/^=//s) { $ENV{$n} = $v } else { delete $ENV{$n} } }`,
    `syscall(${nr}, ${PR_SET_CHILD_SUBREAPER}, 1, 0, 0, 0);`,
    'exec { $ARGV[0] } @ARGV;',
    'print STDERR "$ARGV[0]: $!\\n"; exit($! == 2 ? 127 : 126);',
  ].join(' ');

/**
 * python3: -I reads no PYTHON* variable and no user site, -S no site. Python ignores SIGPIPE and SIGXFSZ,
 * which would stay ignored in the command: they are set back to the default spawn gave. Python sets
 * LC_CTYPE in its own environment when the locale is C (PEP 538): the command gets the environment this
 * process started with (/proc/self/environ), not os.environ. A python3 without ctypes still runs the command.
 */
const PYTHON_LAUNCHER = [
  'import os, signal, sys',
  'signal.signal(signal.SIGPIPE, signal.SIG_DFL)',
  'signal.signal(signal.SIGXFSZ, signal.SIG_DFL)',
  'try:',
  '    import ctypes',
  `    ctypes.CDLL(None).prctl(${PR_SET_CHILD_SUBREAPER}, ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))`,
  'except Exception:',
  '    pass',
  'try:',
  '    with open("/proc/self/environ", "rb") as f:',
  '        env = dict(e.split(b"=", 1) for e in f.read().split(b"\\0") if b"=" in e)',
  'except OSError:',
  '    env = os.environ',
  'try:',
  '    os.execvpe(sys.argv[1], sys.argv[1:], env)',
  'except OSError as e:',
  '    sys.stderr.write(sys.argv[1] + ": " + e.strerror + "\\n")',
  '    os._exit(127 if e.errno == 2 else 126)',
].join('\n');

const PERL = ['/usr/bin/perl', '/bin/perl'];
const PYTHON3 = ['/usr/bin/python3', '/bin/python3', '/usr/local/bin/python3'];

/**
 * The program that makes the command's process a child subreaper here (`choice`, else the first found), if
 * any: it calls `prctl(PR_SET_CHILD_SUBREAPER, 1)` and execs the command in the same process, which keeps
 * the flag (the command's children do not inherit it). While the command runs, every orphan of its tree is
 * reparented to it instead of to init. Node cannot call prctl. perl (`perl-base` is in every Debian and
 * Ubuntu image) adds ~2 ms to a spawn but reaches prctl only by its syscall number, known here for x64 and
 * arm64; python3 (ctypes) works on any CPU, for ~10 ms. `off`, or neither found: no subreaper, as before.
 */
export function subreaperLauncher(choice?: Subreaper): string | undefined {
  if (process.platform !== 'linux' || choice === 'off') return undefined;
  const perl = choice !== 'python3' && PRCTL_SYSCALL[process.arch] !== undefined;
  return (
    (perl ? PERL.find((p) => existsSync(p)) : undefined) ??
    (choice !== 'perl' ? PYTHON3.find((p) => existsSync(p)) : undefined)
  );
}

/** The subreaper's launcher: the program and its arguments before the command's, and its environment. */
function launcher(
  choice: Subreaper | undefined,
  env: NodeJS.ProcessEnv,
): { args: string[]; env: NodeJS.ProcessEnv } | undefined {
  const program = subreaperLauncher(choice);
  if (!program) return undefined;
  if (PYTHON3.includes(program)) return { args: [program, '-I', '-S', '-c', PYTHON_LAUNCHER], env };
  const launcherEnv: NodeJS.ProcessEnv = { ...env, PERL_BADLANG: '0' };
  delete launcherEnv.PERL5OPT;
  const saved = PERL_ENV.map((n) => (env[n] === undefined ? '-' : `=${env[n]}`));
  return {
    args: [program, '-e', perlLauncher(PRCTL_SYSCALL[process.arch]!), '--', ...saved],
    env: launcherEnv,
  };
}

/**
 * The command as spawned: under `prlimit`, which sets the lock mark and execs it (same pid), and the
 * subreaper's launcher, which execs it too, on Linux where they are installed; else as given, marked by
 * the cookie alone.
 */
export function markedCommand(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  subreaper: Subreaper | undefined,
): { file: string; args: string[]; env: NodeJS.ProcessEnv; lockMark?: number } {
  if (process.platform !== 'linux' || !findable(file, env)) return { file, args, env };
  const reaper = launcher(subreaper, env);
  const command = [...(reaper?.args ?? []), file, ...args];
  const prlimit = PRLIMIT.find((p) => existsSync(p));
  const spawnEnv = reaper?.env ?? env;
  if (!prlimit) return { file: command[0]!, args: command.slice(1), env: spawnEnv };
  const lockMark = 2 ** 40 + randomInt(2 ** 40);
  return { file: prlimit, args: [`--locks=${lockMark}:`, '--', ...command], env: spawnEnv, lockMark };
}

const identity = (p: ProcStat): string => `${p.pid}@${p.started}`;

/**
 * The start time of the process `pgid` while it leads its own group, as a command's process does from its
 * spawn (detached) until it is reaped; else undefined (gone, or not a leader: no floor is known).
 */
function leaderStarted(pgid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pgid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[2]) === pgid ? Number(fields[19]) : undefined;
  } catch {
    // no /proc, or the process is gone: every process's marks are read
    return undefined;
  }
}

/** How long an environment may read empty before it is taken as truly empty: an exec takes far less. */
const EMPTY_ENVIRONMENT_MS = 1000;

/**
 * The processes of one command's tree, remembered while it runs. A member is in the command's process
 * group, carries its cookie or lock mark, or descends from a member. While the command's process is a
 * child subreaper and alive, everything it started descends from it, whatever it shed. A daemon that calls
 * `setsid env -i` loses the group and the cookie, and once its parent dies its parentage too: to init
 * when there is no subreaper, and once the command's process has died (the kill signals it first). So the
 * tree is watched while the command runs, and read once more before any signal, and whoever was a member
 * stays one (by pid and start time, so a reused pid is not mistaken for it).
 */
export class ProcessTree {
  private readonly known = new Set<string>();
  /** Processes already checked for the cookie, by identity: environ is read once per process. */
  private readonly checked = new Map<string, boolean>();
  /** When a process's environment first read empty, by identity (see marked). */
  private readonly emptySince = new Map<string, number>();
  /** When the command's process started (its group leader's start time), when it could be read. */
  private readonly since: number | undefined;
  constructor(
    private readonly pgid: number,
    private readonly cookie?: string,
    private readonly lockMark?: number,
  ) {
    this.since = leaderStarted(pgid);
  }

  private marked(p: ProcStat): boolean {
    if (this.cookie === undefined && this.lockMark === undefined) return false;
    // A process older than the command was not started with its cookie or under its mark: not read. On a
    // busy machine the environ and limits of every process cost a command's first scan ~70 ms of CPU.
    if (this.since !== undefined && p.started < this.since) return false;
    const id = identity(p);
    const known = this.checked.get(id);
    if (known !== undefined) return known;
    const cookie = this.cookie === undefined ? false : carriesCookie(p.pid, this.cookie);
    const has = cookie === true || (this.lockMark !== undefined && carriesLockMark(p.pid, this.lockMark));
    if (has || cookie !== undefined) this.checked.set(id, has);
    else this.readEmpty(id);
    return has;
  }

  /**
   * An environment read mid-exec is empty: asked again at later scans, not remembered as unmarked. One still
   * empty a second later is truly empty (`env -i`), remembered so that it is not read at every scan.
   */
  private readEmpty(id: string): void {
    const now = Date.now();
    const since = this.emptySince.get(id);
    if (since === undefined) this.emptySince.set(id, now);
    else if (now - since >= EMPTY_ENVIRONMENT_MS) {
      this.checked.set(id, false);
      this.emptySince.delete(id);
    }
  }

  /** Reads /proc, remembers the members it finds, and returns the live ones; undefined without /proc. */
  scan(): TreeProcess[] | undefined {
    const live = readProc()?.filter((p) => isLive(p) && p.pid !== process.pid);
    if (!live) return undefined;
    const members = new Map(
      live
        .filter((p) => this.known.has(identity(p)) || p.pgrp === this.pgid || this.marked(p))
        .map((p) => [p.pid, p]),
    );
    for (let grew = true; grew;) {
      grew = false;
      for (const p of live) {
        if (!members.has(p.pid) && members.has(p.ppid)) {
          members.set(p.pid, p);
          grew = true;
        }
      }
    }
    for (const p of members.values()) this.known.add(identity(p));
    return [...members.values()].map(({ pid, command }) => ({ pid, command }));
  }
}

/**
 * Live processes of a command's tree, from /proc: its process group, every process carrying its cookie,
 * and the descendants of those. Undefined where /proc is not available.
 */
export function treeMembers(pgid: number, cookie?: string): TreeProcess[] | undefined {
  return new ProcessTree(pgid, cookie).scan();
}

/** Live (non-zombie) processes of a process group; undefined where /proc is not available. */
export function groupMembers(pgid: number): number[] | undefined {
  return readProc()
    ?.filter((p) => isLive(p) && p.pgrp === pgid)
    .map((p) => p.pid);
}

/** Is any process of the tree still running? */
function treeAlive(pgid: number, tree: ProcessTree): boolean {
  const members = tree.scan();
  if (members) return members.length > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Signals the leader, then the members read before, then the group: the group's signal orphans what the
 * read must still see. The leader goes first so that it dies of the signal: signalled after its children, a
 * shell waiting on them could see them die and exit with 128+N of its own, and the step would report no
 * signal.
 */
function signalTree(pgid: number, signal: NodeJS.Signals, tree: ProcessTree): void {
  const send = (pid: number): void => {
    try {
      process.kill(pid, signal);
    } catch {
      // ESRCH: already gone; EPERM: not ours to kill (it is reported if it stays).
    }
  };
  const members = tree.scan() ?? [];
  send(pgid);
  for (const { pid } of members) if (pid !== pgid) send(pid);
  send(-pgid);
}

/**
 * SIGTERM the tree, wait up to `graceMs` for it to go, then SIGKILL what is left. Resolves when none is
 * left, or with the processes that outlived SIGKILL by 5 s (not ours to kill, or stuck in the kernel).
 * `tree` carries what was seen of the tree while the command ran.
 */
export async function killTree(
  pgid: number,
  graceMs: number,
  cookie?: string,
  tree = new ProcessTree(pgid, cookie),
): Promise<TreeProcess[]> {
  signalTree(pgid, 'SIGTERM', tree);
  const deadline = Date.now() + graceMs;
  while (treeAlive(pgid, tree) && Date.now() < deadline) await sleep(50);
  if (!treeAlive(pgid, tree)) return [];
  const hardDeadline = Date.now() + 5000;
  do {
    // Again each round: a process forked between two rounds is caught by the next.
    signalTree(pgid, 'SIGKILL', tree);
    await sleep(20);
  } while (treeAlive(pgid, tree) && Date.now() < hardDeadline);
  return tree.scan() ?? (treeAlive(pgid, tree) ? [{ pid: pgid, command: '(process group)' }] : []);
}
