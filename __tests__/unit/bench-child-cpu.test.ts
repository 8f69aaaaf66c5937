/**
 * bench/child-cpu.ts: the CPU of a job's processes, as the bench reads it from /proc/self/stat after the
 * stand has reaped them: a real child that burns a known CPU time, directly and under a shell.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reapedChildrenCpu } from '../../bench/child-cpu.js';

// Burns 400 ms of its own CPU (not wall time: a loaded machine only makes it take longer).
const BURN = `const t=process.cpuUsage();for(;;){const u=process.cpuUsage(t);if(u.user+u.system>=400000)break}`;

describe('the CPU of reaped children', () => {
  it('counts a child once it is reaped, in seconds', () => {
    const before = reapedChildrenCpu();
    spawnSync(process.execPath, ['-e', BURN], { stdio: 'ignore' });
    const spent = reapedChildrenCpu() - before;
    expect(spent).toBeGreaterThanOrEqual(0.35);
    expect(spent).toBeLessThan(5);
  });

  it("counts a grandchild its shell reaped, as a step's test runner under bash", () => {
    const before = reapedChildrenCpu();
    spawnSync('bash', ['-c', `"${process.execPath}" -e '${BURN}'; true`], { stdio: 'ignore' });
    expect(reapedChildrenCpu() - before).toBeGreaterThanOrEqual(0.35);
  });
});

describe('reading the stat line', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'child-cpu-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads cutime and cstime after a command name holding ") "', () => {
    const file = path.join(dir, 'stat');
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    writeFileSync(file, '42 (a) b) S 1 42 42 0 -1 4194304 10 20 0 0 7 3 150 25 20 0 1 0\n');
    expect(reapedChildrenCpu(file)).toBeCloseTo(1.75, 5);
  });

  it('is NaN where there is no such file', () => {
    expect(reapedChildrenCpu(path.join(dir, 'missing'))).toBeNaN();
  });
});
