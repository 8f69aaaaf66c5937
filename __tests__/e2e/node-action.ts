/**
 * Runs a `dist/<entry>.js` bundle as the runner runs a node action, for the e2e tests that point it at
 * services which never answer: a runner-like environment with fresh file-command files, every input of the
 * entry's action.yml at its default (the runner's `${{ }}` defaults read as empty here), then the step's own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionInputDefaults } from '../../stand/runner/action-defaults.js';
import { repoRoot } from '../../stand/services/paths.js';
import { unsignedJwt } from '../../stand/services/stand.js';

export interface Ran {
  code: number | null;
  /** stdout and stderr, interleaved. */
  stdout: string;
  ms: number;
  /**
   * The longest silence once it began to print, its end included, in wall time: a wait shows as one, and so
   * does a stretch of work on a loaded machine, where other processes take the CPU.
   */
  longestSilenceMs: number;
  /**
   * The longest time its main thread slept within one silence: the silence less the time it ran and the time
   * it waited for a CPU (Linux's /proc/<pid>/schedstat). A wait (a timer, a call, a socket that keeps it
   * alive) shows here as on a quiet machine; other processes taking the CPU do not. Undefined without
   * schedstat (not Linux).
   */
  longestSleepMs: number | undefined;
  /**
   * The time its main thread waited for a CPU (schedstat, up to the last reading): what a loaded machine
   * added to `ms` in that thread. Undefined without schedstat (not Linux).
   */
  cpuWaitMs: number | undefined;
  /** What the step wrote to GITHUB_OUTPUT. */
  outputs: string;
}

export interface NodeActionRun {
  /** The bundle: `main` and `post` are the root action's, others are sub-actions (`checkpoint`, `supervise`…). */
  entry: string;
  /** GITHUB_WORKSPACE, where the process runs. */
  ws: string;
  /** A scratch directory; the run's file-command files and RUNNER_TEMP go in a fresh one inside it. */
  tmp: string;
  inputs: Record<string, string>;
  /** The services' addresses and any other variable, on top of the runner's. */
  env: Record<string, string>;
  /** A process a silent service keeps alive is killed after this long, and the test fails on its time. */
  killAfterMs: number;
  /** Ends the process early (SIGKILL) when it aborts: a run that is only timed up to some request. */
  stop?: AbortSignal;
}

export async function runNodeAction(o: NodeActionRun): Promise<Ran> {
  const dir = mkdtempSync(path.join(o.tmp, `${o.entry}-`));
  const file = (name: string): string => {
    writeFileSync(path.join(dir, name), '');
    return path.join(dir, name);
  };
  const now = Math.floor(Date.now() / 1000);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.ws,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '91',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('summary'),
    ACTIONS_RUNTIME_TOKEN: unsignedJwt({
      scp: 'Actions.Results:11111111-1111-1111-1111-111111111111:22222222-2222-2222-2222-222222222222',
      iat: now,
      exp: now + 3600,
    }),
    ...o.env,
  };
  Object.assign(env, actionInputDefaults(o.entry === 'main' || o.entry === 'post' ? '.' : o.entry));
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', `${o.entry}.js`)], {
    cwd: o.ws,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let lastOutput: number | undefined;
  let longestSilenceMs = 0;
  const silence = (now: number): void => {
    if (lastOutput !== undefined) longestSilenceMs = Math.max(longestSilenceMs, now - lastOutput);
  };
  const sleeps = sleepWatch(child.pid);
  const take = (d: Buffer): void => {
    stdout += d.toString();
    const now = Date.now();
    silence(now);
    lastOutput = now;
    sleeps.line();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const killer = setTimeout(() => child.kill('SIGKILL'), o.killAfterMs);
  o.stop?.addEventListener('abort', () => child.kill('SIGKILL'), { once: true });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  const ended = Date.now();
  silence(ended);
  return {
    code,
    stdout,
    ms: ended - started,
    longestSilenceMs,
    ...sleeps.end(),
    outputs: readFileSync(path.join(dir, 'output'), 'utf8'),
  };
}

/** A thread's clock at one moment: wall time, time on a CPU, time waiting for one (ns). */
interface Clock {
  wall: number;
  ran: number;
  queued: number;
}

/** The main thread's clock, from the first two fields of /proc/<pid>/schedstat; undefined once it is gone. */
function clockOf(pid: number): Clock | undefined {
  try {
    const [ran, queued] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    if (!Number.isFinite(ran) || !Number.isFinite(queued)) return undefined;
    return { wall: Number(process.hrtime.bigint()), ran: ran!, queued: queued! };
  } catch {
    // gone (or no schedstat here): the watch keeps what it read before
    return undefined;
  }
}

/**
 * How long the process slept within each silence between its lines (sleepWatch(pid).line() at each line):
 * its clock is read at each line and every 100 ms, so the last silence, which ends with the process, is
 * measured up to the last reading before it ended.
 */
function sleepWatch(pid: number | undefined): {
  line(): void;
  end(): { longestSleepMs: number | undefined; cpuWaitMs: number | undefined };
} {
  const first = pid === undefined ? undefined : clockOf(pid);
  const none = { longestSleepMs: undefined, cpuWaitMs: undefined };
  if (pid === undefined || !first) return { line: () => undefined, end: () => none };
  let since: Clock | undefined; // the clock at the last line
  let last = first;
  let longest = 0;
  const read = (): void => {
    const now = clockOf(pid);
    if (!now) return;
    last = now;
    if (since) {
      const slept = now.wall - since.wall - (now.ran - since.ran) - (now.queued - since.queued);
      longest = Math.max(longest, slept / 1e6);
    }
  };
  const poll = setInterval(read, 100);
  return {
    line: () => {
      read();
      since = last;
    },
    end: () => {
      clearInterval(poll);
      return {
        longestSleepMs: Math.round(longest),
        cpuWaitMs: Math.round((last.queued - first.queued) / 1e6),
      };
    },
  };
}
