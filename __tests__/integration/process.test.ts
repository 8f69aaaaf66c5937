import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { groupMembers, runProcess, TailBuffer } from '../../src/adapters/process.js';

/** Running = exists and is not a zombie (PID 1 of this container does not reap orphans). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '');
  } catch {
    return false;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'proc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const quiet = (): void => undefined;

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

  it('on timeout kills the whole process tree, grandchildren included', async () => {
    const pids = path.join(dir, 'pids');
    // A child and a grandchild (in a subshell) both sleeping; the command itself waits for them.
    const script = `sleep 300 & echo $! >> '${pids}'; ( sleep 300 & echo $! >> '${pids}'; wait ) & echo $! >> '${pids}'; echo started; wait`;
    const r = await runProcess({
      file: 'bash',
      args: ['-c', script],
      timeoutMs: 500,
      killGraceMs: 2000,
      onOutput: quiet,
    });
    expect(r.timedOut).toBe(true);
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
  ])('on timeout kills %s too', async (_, daemon) => {
    const pidFile = path.join(dir, 'daemon');
    const r = await runProcess({
      file: 'bash',
      args: [
        '-c',
        `${daemon(`'${pidFile}'`)}\nwhile [ ! -s '${pidFile}' ]; do sleep 0.05; done; echo started; sleep 300`,
      ],
      timeoutMs: 1000,
      killGraceMs: 500,
      onOutput: quiet,
    });
    expect(r.timedOut).toBe(true);
    const daemonPid = Number(readFileSync(pidFile, 'utf8'));
    // It really left the command's process group: the group kill alone does not reach it.
    expect(daemonPid).toBeGreaterThan(0);
    expect(running(daemonPid)).toBe(false);
    expect(r.survivors).toBeUndefined();
  });

  it('escalates to SIGKILL when the tree ignores SIGTERM', async () => {
    const pids = path.join(dir, 'pids');
    // An ignored signal stays ignored across fork and exec: the sleep ignores SIGTERM too.
    const script = `trap '' TERM; sleep 300 & echo $! >> '${pids}'; echo started; wait`;
    const r = await runProcess({
      file: 'bash',
      args: ['-c', script],
      timeoutMs: 500,
      killGraceMs: 300,
      onOutput: quiet,
    });
    expect(r).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
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

  it('rejects when the program does not exist', async () => {
    await expect(runProcess({ file: path.join(dir, 'nope'), args: [], onOutput: quiet })).rejects.toThrow(
      /ENOENT/,
    );
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
