import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, constants, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  groupMembers,
  PROCESS_COOKIE_ENV,
  runProcess,
  type ProcessResult,
  type RunProcessOptions,
  subreaperLauncher,
  TailBuffer,
  treeMembers,
} from '../../src/adapters/process.js';
import { ProcessTree } from '../../src/adapters/process-tree.js';
import type { Subreaper } from '../../src/core/job-env.js';

/** Running = exists and is not a zombie (PID 1 of this container does not reap orphans). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '');
  } catch {
    return false;
  }
}

/** /proc/<pid>/stat's fields from the state on: state, ppid, pgrp, session, ... */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The program a process runs now (/proc/<pid>/comm), or '' once it is gone. */
function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Waits for a condition another process makes true (each test's own timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

/** The launchers of the subreaper, each tested where it is installed. */
const LAUNCHERS: Subreaper[] = ['perl', 'python3'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'proc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const quiet = (): void => undefined;

/**
 * Kills the command through a cancel once it says it started: its tree is up by then. The kill is the one a time
 * limit makes (watchLimits), but a limit counted from the spawn can fire before a slow start has made the tree
 * (at a load of 9 the Python daemon's 1 s limit failed here; with bash held 0.7 s or python3 1.2 s, the
 * daemon's pid file was never written).
 */
function killOnceStarted(): Pick<RunProcessOptions, 'abortSignal' | 'onOutput'> {
  const cancel = new AbortController();
  return {
    abortSignal: cancel.signal,
    onOutput: (chunk) => {
      if (chunk.toString().includes('started')) cancel.abort();
    },
  };
}

describe('runProcess', () => {
  it('reports exit code and keeps the output', async () => {
    const r = await runProcess({
      file: 'bash',
      args: ['-c', 'echo out; echo err >&2; exit 3'],
      onOutput: quiet,
    });
    expect(r).toMatchObject({ exitCode: 3, timedOut: false, truncated: false });
    expect(r.output.split('\n').sort()).toEqual(['', 'err', 'out']);
  });

  it('streams output while the command runs', async () => {
    // The command waits for a file that the test creates only after it has seen the first line: without
    // live streaming it would never finish, and the time limit would end it.
    const flag = path.join(dir, 'go');
    const seen: string[] = [];
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `echo ready; while [ ! -f '${flag}' ]; do sleep 0.05; done; echo done`],
      timeoutMs: 30_000,
      killGraceMs: 100,
      onOutput: (chunk) => {
        seen.push(chunk.toString());
        if (seen.join('').includes('ready') && !existsSync(flag)) writeFileSync(flag, '');
      },
    });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false });
    expect(seen.join('')).toBe('ready\ndone\n');
  });

  it('keeps only the tail of a long output, starting at a whole line', async () => {
    const r = await runProcess({
      file: 'bash',
      args: ['-c', 'for i in $(seq 1 20000); do echo "line $i"; done'],
      maxBufferBytes: 1000,
      onOutput: quiet,
    });
    expect(r.truncated).toBe(true);
    expect(Buffer.byteLength(r.output)).toBeLessThanOrEqual(1000);
    const lines = r.output.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('line 20000');
    expect(lines[0]).toMatch(/^line \d+$/);
    expect(Number(lines[0]!.slice(5)) + lines.length - 1).toBe(20000);
  });

  it('a kill ends the whole process tree, grandchildren included', async () => {
    const pids = path.join(dir, 'pids');
    // A child and a grandchild (in a subshell) both sleeping; the command itself waits for them. Started once
    // the subshell has written its child's pid: it runs beside the command's own lines.
    const script = `sleep 300 & echo $! >> '${pids}'; ( sleep 300 & echo $! >> '${pids}'; wait ) & echo $! >> '${pids}'; while [ $(wc -l < '${pids}') -lt 3 ]; do sleep 0.02; done; echo started; wait`;
    const r = await runProcess({
      file: 'bash',
      args: ['-c', script],
      killGraceMs: 2000,
      ...killOnceStarted(),
    });
    expect(r.aborted).toBe(true);
    expect(r.signal).toBe('SIGTERM');
    expect(r.output).toContain('started');
    const spawned = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(spawned).toHaveLength(3);
    expect(spawned.filter(running)).toEqual([]);
    expect(groupMembers(r.pid)).toEqual([]);
  });

  it.each([
    ['a daemon that called setsid', (f: string) => `setsid sh -c 'echo $$ > ${f}; exec sleep 300' &`],
    [
      'a double-forked setsid daemon, reparented away from the command',
      (f: string) =>
        `( setsid sh -c 'echo $$ > ${f}; exec sleep 300' & ) ; while [ ! -s ${f} ]; do sleep 0.05; done`,
    ],
    [
      'a daemon that called setsid and cleared its environment (setsid env -i)',
      (f: string) => `setsid env -i sh -c 'echo $$ > ${f}; exec sleep 300' &`,
    ],
    [
      'a Python double fork into a new session with an empty environment, its parent gone at once',
      (f: string) =>
        `python3 -c 'import subprocess, sys; subprocess.Popen(["sh", "-c", "echo $$ > " + sys.argv[1] + "; exec sleep 300"], env={}, start_new_session=True)' ${f}`,
    ],
    [
      'a setsid daemon that ignores SIGTERM',
      (f: string) => `setsid sh -c 'trap "" TERM; echo $$ > ${f}; exec sleep 300' &`,
    ],
  ])('a kill ends %s too', async (_, daemon) => {
    const pidFile = path.join(dir, 'daemon');
    const r = await runProcess({
      file: 'bash',
      args: [
        '-c',
        `${daemon(`'${pidFile}'`)}\nwhile [ ! -s '${pidFile}' ]; do sleep 0.05; done; echo started; sleep 300`,
      ],
      killGraceMs: 500,
      ...killOnceStarted(),
    });
    expect(r.aborted).toBe(true);
    const daemonPid = Number(readFileSync(pidFile, 'utf8'));
    // It really left the command's process group: the group kill alone does not reach it.
    expect(daemonPid).toBeGreaterThan(0);
    expect(running(daemonPid)).toBe(false);
    expect(r.survivors).toBeUndefined();
  });

  // The daemon sheds every mark a member is found by, before any read of the tree could see it: its parent
  // exits at once (a double fork), it leaves the session and group (setsid), clears its environment (no
  // cookie) and resets the file-locks limit (no lock mark). Only its parentage is left: the command's
  // process is a child subreaper, so the daemon is reparented to it and not to init.
  const shedding: [string, (f: string) => string][] = [
    [
      'in a shell: ( setsid env -i sh -c "prlimit --pid $$ --locks=unlimited; ..." & )',
      (f) =>
        `( setsid env -i /bin/sh -c 'prlimit --pid $$ --locks=unlimited; echo $$ > ${f}; exec sleep 300' & )`,
    ],
    [
      'in one Python process, within a millisecond: fork, setsid, setrlimit, fork, exec with env={}',
      (f) =>
        `python3 -c '${[
          'import os, resource, sys',
          'if os.fork() == 0:',
          '    os.setsid()',
          '    locks = getattr(resource, "RLIMIT_LOCKS", 10)',
          '    resource.setrlimit(locks, (resource.RLIM_INFINITY, resource.getrlimit(locks)[1]))',
          '    if os.fork() == 0:',
          '        os.execve("/bin/sh", ["sh", "-c", "echo $$ > " + sys.argv[1] + "; exec sleep 300"], {})',
          '    os._exit(0)',
        ].join('\n')}' ${f}`,
    ],
  ];
  describe.each(LAUNCHERS)('with the subreaper launched by %s', (subreaper) => {
    const present = subreaperLauncher(subreaper) !== undefined;
    (present ? it.each(shedding) : it.skip.each(shedding))(
      `a kill ends a daemon that shed group, cookie, lock mark and parent, %s${present ? '' : ` (skipped: no ${subreaper} here)`}`,
      async (_, daemon) => {
        const pidFile = path.join(dir, 'daemon');
        let shape: { session: boolean; cookie: boolean; lockMark: string; parent: boolean } | undefined;
        const cancel = new AbortController();
        const r = await runProcess({
          file: 'bash',
          args: [
            '-c',
            // Reported once the daemon is reparented: the process between them may still be exiting when the
            // daemon writes its pid (under load, CI saw the intermediate as its parent).
            `${daemon(`'${pidFile}'`)}\nwhile [ ! -s '${pidFile}' ] || [ "$(cut -d' ' -f4 /proc/$(cat '${pidFile}')/stat)" != $$ ]; do sleep 0.05; done; echo started $$; sleep 300`,
          ],
          // Killed once started (see killOnceStarted): a limit of 3 s passed before a slow python3 had started.
          abortSignal: cancel.signal,
          killGraceMs: 500,
          subreaper,
          onOutput: (chunk) => {
            const started = /started (\d+)/.exec(chunk.toString());
            if (!started) return;
            // What the daemon looks like while the command runs: none of the marks is left on it, and its
            // parent is the command's process, to which it was reparented.
            const [pid, command] = [Number(readFileSync(pidFile, 'utf8')), Number(started[1])];
            const [ppid, pgrp, sid] = statFields(pid).slice(1, 4).map(Number);
            shape = {
              session: sid !== command && pgrp !== command,
              cookie: readFileSync(`/proc/${pid}/environ`).includes(PROCESS_COOKIE_ENV),
              lockMark:
                /^Max file locks\s+(\S+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1] ?? '',
              parent: ppid === command,
            };
            cancel.abort();
          },
        });
        const daemonPid = Number(readFileSync(pidFile, 'utf8'));
        try {
          expect(r.aborted).toBe(true);
          expect(running(daemonPid)).toBe(false);
          expect(r.survivors).toBeUndefined();
          expect(shape).toEqual({ session: true, cookie: false, lockMark: 'unlimited', parent: true });
        } finally {
          if (running(daemonPid)) process.kill(daemonPid, 'SIGKILL'); // an escaped daemon: not left behind
        }
      },
    );
  });

  // The launcher execs the command in its own process: the step sees the command's exit, signal, output,
  // directory and environment as without it. 'off' is the fallback (macOS, no perl or python3).
  describe.each([...LAUNCHERS, 'off' as const])('launched with the subreaper %s', (subreaper) => {
    const maybe = subreaper === 'off' || subreaperLauncher(subreaper) !== undefined ? it : it.skip;
    const run = (
      file: string,
      args: string[],
      more: Partial<RunProcessOptions> = {},
    ): Promise<ProcessResult> => runProcess({ file, args, onOutput: quiet, subreaper, ...more });

    maybe("reports the command's exit code, signal, output and working directory", async () => {
      expect(await run('bash', ['-c', 'pwd; echo err >&2; exit 3'], { cwd: dir })).toMatchObject({
        exitCode: 3,
        output: expect.stringMatching(new RegExp(`^(${dir}\\nerr|err\\n${dir})\\n$`)) as unknown,
      });
      const killed = await run('bash', ['-c', 'kill -USR1 $$']);
      expect([killed.exitCode, killed.signal]).toEqual([undefined, 'SIGUSR1']);
      const r = await run('bash', ['-c', 'exit 143']);
      expect([r.exitCode, r.signal]).toEqual([143, undefined]);
    });

    maybe(
      'gives the command exactly the environment it was given, and writes nothing of its own',
      async () => {
        // LANG=C: Python would add LC_CTYPE (PEP 538); PERL5OPT would load a module into perl; an unknown
        // locale makes perl warn on stderr.
        const env = {
          PATH: process.env.PATH,
          LANG: 'C',
          LC_ALL: 'xx_YY.UTF-8',
          PERL5OPT: '-MNo::Such::Module',
        };
        const r = await run('env', [], { env });
        expect(r.exitCode).toBe(0);
        const seen = r.output.trimEnd().split('\n').sort();
        expect(seen.filter((l) => !l.startsWith(`${PROCESS_COOKIE_ENV}=`))).toEqual(
          Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .sort(),
        );
        const unset = await run('env', [], { env: { PATH: process.env.PATH, LANG: 'C' } });
        expect(unset.output).not.toMatch(/^(PERL|LC_CTYPE)/m);
      },
    );

    maybe('starts the command with no signal ignored or blocked, as spawn does', async () => {
      // Python ignores SIGPIPE and SIGXFSZ for itself, and an ignored signal stays ignored across exec:
      // `yes | head -1` would then fail on EPIPE instead of ending quietly.
      const r = await run('grep', ['-E', '^Sig(Ign|Blk)', '/proc/self/status']);
      expect(r.output).toBe('SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n');
    });

    maybe('a program that cannot be executed exits 126 with the reason, as under prlimit', async () => {
      const script = path.join(dir, 'not-executable');
      writeFileSync(script, 'echo hi\n', { mode: 0o644 });
      const r = await run(script, []);
      expect(r.exitCode).toBe(126);
      expect(r.output).toMatch(/Permission denied/);
    });

    maybe(
      `reparents an orphan of the tree to the command's process${subreaper === 'off' ? ' only with a subreaper' : ''}`,
      async () => {
        const pidFile = path.join(dir, 'orphan');
        // The subshell exits at once: its sleep is orphaned before the next line reads its parent.
        const r = await run('bash', [
          '-c',
          `( sleep 30 & echo $! > '${pidFile}' ); read -r ppid < <(cut -d' ' -f4 /proc/$(cat '${pidFile}')/stat); echo "$ppid $$"; kill $(cat '${pidFile}')`,
        ]);
        const [parent, command] = r.output.trim().split(' ');
        expect(parent === command).toBe(subreaper !== 'off');
      },
    );
  });

  it('escalates to SIGKILL when the tree ignores SIGTERM', async () => {
    const pids = path.join(dir, 'pids');
    // An ignored signal stays ignored across fork and exec: the sleep ignores SIGTERM too.
    const script = `trap '' TERM; sleep 300 & echo $! >> '${pids}'; echo started; wait`;
    const r = await runProcess({
      file: 'bash',
      args: ['-c', script],
      killGraceMs: 300,
      ...killOnceStarted(),
    });
    expect(r).toMatchObject({ aborted: true, signal: 'SIGKILL' });
    const [sleeper] = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(running(sleeper!)).toBe(false);
    expect(groupMembers(r.pid)).toEqual([]);
  });

  it('an abort (the step was cancelled) kills the tree like a timeout', async () => {
    const pids = path.join(dir, 'pids');
    const controller = new AbortController();
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `sleep 300 & echo $! >> '${pids}'; echo started; wait`],
      killGraceMs: 2000,
      abortSignal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.toString().includes('started')) controller.abort();
      },
    });
    expect(r).toMatchObject({ aborted: true, timedOut: false, signal: 'SIGTERM' });
    expect(running(Number(readFileSync(pids, 'utf8').trim()))).toBe(false);
    expect(groupMembers(r.pid)).toEqual([]);
  });

  it('does not hang on a background process that keeps the pipes open after the command exits', async () => {
    const pidFile = path.join(dir, 'bg');
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `sleep 30 & echo $! > '${pidFile}'; echo main done`],
      onOutput: quiet,
    });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false });
    expect(r.output).toContain('main done');
    // Cleanup of what the command left behind (a real runner kills it at the end of the job).
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
  });

  it('rejects when the program does not exist, and never says it started', async () => {
    let started = 0;
    await expect(
      runProcess({ file: path.join(dir, 'nope'), args: [], onOutput: quiet, onStarted: () => started++ }),
    ).rejects.toThrow(/ENOENT/);
    expect(started).toBe(0);
  });

  it('says once that the command started, while it runs (a checkpoint waits for that)', async () => {
    // The command waits for a file written only when told it started: told late or never, the limit ends it.
    const flag = path.join(dir, 'started');
    let started = 0;
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `while [ ! -f '${flag}' ]; do sleep 0.02; done; echo seen`],
      timeoutMs: 20_000,
      killGraceMs: 100,
      onOutput: quiet,
      onStarted: () => (started++, writeFileSync(flag, '')),
    });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false });
    expect(r.output).toBe('seen\n');
    expect(started).toBe(1);
  });
});

describe('treeMembers', () => {
  it("finds a stray process of the command's by its cookie, not an older one carrying it", async () => {
    const cookie = randomUUID();
    const env = { ...process.env, [PROCESS_COOKIE_ENV]: cookie };
    const pidFile = path.join(dir, 'stray');
    // Started before the command, with the same cookie: it cannot be the command's, so its environ is not
    // read (reading every process's environ and limits cost a command's first scan ~70 ms of CPU).
    const older = spawn('sleep', ['30'], { env, detached: true, stdio: 'ignore' });
    // Start times are counted in clock ticks (10 ms): the command starts ticks later.
    await new Promise((r) => setTimeout(r, 100));
    // The command leaves a daemon in a session of its own, reparented away: only the cookie marks it.
    const command = spawn(
      'sh',
      ['-c', `( setsid sh -c 'echo $$ > ${pidFile}; exec sleep 30' & ); sleep 30`],
      {
        env,
        detached: true,
        stdio: 'ignore',
      },
    );
    try {
      await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '');
      const stray = Number(readFileSync(pidFile, 'utf8'));
      // Scanned once its exec is done: mid-exec its environment reads empty (the next test).
      await until(() => comm(stray) === 'sleep');
      const members = (treeMembers(command.pid!, cookie) ?? []).map((p) => p.pid);
      expect(members).toEqual(expect.arrayContaining([command.pid, stray]));
      expect(members).not.toContain(older.pid);
      process.kill(stray, 'SIGKILL');
    } finally {
      process.kill(-command.pid!, 'SIGKILL');
      older.kill('SIGKILL');
    }
  });

  /**
   * A daemon of the command's, its own session, reparented away: first with an empty environment, as a process
   * reads while it execs; the gate opened, it execs into a program that carries the cookie.
   */
  async function gatedDaemon(): Promise<{
    command: ChildProcess;
    stray: number;
    cookie: string;
    open: () => void;
  }> {
    const cookie = randomUUID();
    const pidFile = path.join(dir, 'stray');
    const gate = path.join(dir, 'gate');
    execFileSync('mkfifo', [gate]);
    const inner = `echo $$ > ${pidFile}; read x < ${gate}; exec /usr/bin/env ${PROCESS_COOKIE_ENV}=${cookie} sleep 30`;
    const command = spawn('sh', ['-c', `( setsid env -i /bin/sh -c '${inner}' & ); sleep 30`], {
      env: { ...process.env, [PROCESS_COOKIE_ENV]: cookie },
      detached: true,
      stdio: 'ignore',
    });
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '');
    const stray = Number(readFileSync(pidFile, 'utf8'));
    // Reparented away: its parent, the subshell, has left the command's group.
    await until(() => !(groupMembers(command.pid!) ?? []).includes(Number(statFields(stray)[1])));
    // Opened without blocking: a daemon gone before its read fails here (ENXIO) instead of hanging the test.
    const open = (): void => {
      const fd = openSync(gate, constants.O_WRONLY | constants.O_NONBLOCK);
      writeSync(fd, 'go\n');
      closeSync(fd);
    };
    return { command, stray, cookie, open };
  }

  it('asks again about a process whose environment read empty (as mid-exec), not remembering it unmarked', async () => {
    const { command, stray, cookie, open } = await gatedDaemon();
    try {
      const tree = new ProcessTree(command.pid!, cookie);
      expect((tree.scan() ?? []).map((p) => p.pid)).not.toContain(stray);
      open();
      await until(() => comm(stray) === 'sleep');
      expect((tree.scan() ?? []).map((p) => p.pid)).toContain(stray);
    } finally {
      process.kill(stray, 'SIGKILL');
      process.kill(-command.pid!, 'SIGKILL');
    }
  });

  it('remembers an environment still empty a second later as truly empty: not read at every scan', async () => {
    const { command, stray, cookie, open } = await gatedDaemon();
    try {
      const tree = new ProcessTree(command.pid!, cookie);
      tree.scan();
      await new Promise((r) => setTimeout(r, 1100));
      tree.scan();
      open();
      await until(() => comm(stray) === 'sleep');
      // Remembered unmarked: what it became is not read again (the price of not reading it at every scan).
      expect((tree.scan() ?? []).map((p) => p.pid)).not.toContain(stray);
      expect((new ProcessTree(command.pid!, cookie).scan() ?? []).map((p) => p.pid)).toContain(stray);
    } finally {
      process.kill(stray, 'SIGKILL');
      process.kill(-command.pid!, 'SIGKILL');
    }
  });
});

describe('TailBuffer', () => {
  it('keeps the last bytes across chunk boundaries', () => {
    const t = new TailBuffer(10);
    for (const s of ['abc\n', 'defgh\n', 'ijklmnop\n']) t.push(Buffer.from(s));
    expect(t.truncated).toBe(true);
    expect(t.text()).toBe('ijklmnop\n');
    const small = new TailBuffer(100);
    small.push(Buffer.from('x\ny\n'));
    expect([small.truncated, small.text()]).toEqual([false, 'x\ny\n']);
  });
});
