/* global process */
/**
 * Jest's node environment, where a test file's end is its process's end for the code it loaded. Each test
 * file gets a copy of `process` whose 'exit' never fires, so what that code registered on
 * `process.once('exit')` never ran in a test worker: the RUNNER_TEMP the stand's runner makes outside a
 * stand (stand/runner/job.ts, ~14 `runner-temp-*` left in the OS temp directory per `npm test`), an
 * Azurite a stand started and did not stop (stand/services/azurite.ts, a child process that kept its
 * worker alive when a beforeAll threw). Here 'exit' is emitted when the file's tests are done.
 *
 * With CI_RECOVERY_TEST_CPU_FILE set, each file's CPU time is appended there as a JSON line: the worker's
 * own and its reaped children's (the bundles, git, tar, the real runners), which wall time under load hides.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { TestEnvironment } from 'jest-environment-node';

// The run's compile cache (global-setup.js) for the processes the tests start, not for this one: Node reads
// the variable at its start, so set now it reaches the children alone.
if (process.env.CI_RECOVERY_TEST_COMPILE_CACHE && !process.env.NODE_COMPILE_CACHE)
  process.env.NODE_COMPILE_CACHE = process.env.CI_RECOVERY_TEST_COMPILE_CACHE;

// A worker (a child process) with nothing left to run exits at once: left to end by itself, Node tore its heap
// down page by page (800 pages after a supervisor file), 150-475 ms of the 500 ms jest gives it on a loaded
// machine, at times more ("A worker process has failed to exit gracefully"). Its loop is empty, so nothing is
// cut short; a handle left open still keeps it from getting here, and is still reported.
if (process.send) process.once('beforeExit', () => process.exit());

/** utime, stime, cutime, cstime of this process in clock ticks (fields 14-17 of /proc/self/stat). */
function cpuTicks() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { self: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined; // not Linux: the CPU record is a measurement aid, the tests run without it
  }
}

export default class ExitingNodeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.cpuFile = process.env.CI_RECOVERY_TEST_CPU_FILE;
  }

  async setup() {
    await super.setup();
    if (this.cpuFile) this.cpuStart = cpuTicks();
  }

  async teardown() {
    try {
      this.global?.process?.emit('exit', 0);
    } finally {
      await super.teardown();
      this.recordCpu();
    }
  }

  recordCpu() {
    const end = this.cpuFile && this.cpuStart && cpuTicks();
    if (!end) return;
    // Clock ticks are 100 a second on Linux (sysconf(_SC_CLK_TCK)).
    const s = (ticks) => Math.round(ticks) / 100;
    const line = {
      file: this.testPath,
      self: s(end.self - this.cpuStart.self),
      children: s(end.children - this.cpuStart.children),
    };
    appendFileSync(this.cpuFile, `${JSON.stringify(line)}\n`);
  }
}
