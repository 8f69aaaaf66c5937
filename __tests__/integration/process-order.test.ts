/**
 * A command's output reaches the parsers in the order the command wrote it, however busy the reader is:
 * cargo names a test binary's target on stderr (`Running unittests src/lib.rs (…)`) and the binary names
 * its tests on stdout, so a pass read before the `Running` line that precedes it is tied to another target
 * (or none), and a re-run's verdict would depend on how loaded the runner was. Each test makes the reader
 * busy (it blocks in the live sink on the first chunk) until the command has written everything.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/adapters/process.js';
import { passedFromConsole } from '../../src/test-recovery/index.js';
import { describeIfRunner } from '../runners.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'proc-order-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A live sink that, on the first chunk, holds the event loop until `done` exists: everything the command
 * writes meanwhile waits in the kernel, on two pipes or one channel, for a reader that is busy.
 */
function busyUntil(done: string, limitMs: number): (chunk: Buffer) => void {
  let first = true;
  return () => {
    if (!first) return;
    first = false;
    const end = Date.now() + limitMs;
    while (!existsSync(done) && Date.now() < end);
  };
}

describe('runProcess keeps the order of stdout and stderr', () => {
  it('a cargo-like `Running` line on stderr stays before the test result on stdout written after it', async () => {
    const done = path.join(dir, 'done');
    // One binary's summary (stdout), cargo naming the next binary (stderr), that binary's test (stdout).
    const script = [
      "echo 'test result: ok. 0 passed; 0 failed'",
      "echo '     Running unittests src/lib.rs (target/debug/deps/demo-0123)' >&2",
      "echo 'test tests::flaky ... ok'",
      `touch '${done}'`,
    ].join('; ');
    const r = await runProcess({ file: 'bash', args: ['-c', script], onOutput: busyUntil(done, 20_000) });
    expect(existsSync(done)).toBe(true);
    expect(r.output).toBe(
      'test result: ok. 0 passed; 0 failed\n' +
        '     Running unittests src/lib.rs (target/debug/deps/demo-0123)\n' +
        'test tests::flaky ... ok\n',
    );
    expect(passedFromConsole(r.output, 'cargo')).toEqual([
      { runner: 'cargo', suite: 'src/lib.rs', name: 'tests::flaky' },
    ]);
  });
});

const CRATE = {
  'Cargo.toml': '[package]\nname = "twotargets"\nversion = "0.1.0"\nedition = "2021"\n',
  'src/lib.rs': '#[cfg(test)]\nmod tests {\n    #[test]\n    fn same() {}\n}\n',
  'tests/it.rs': 'mod tests {\n    #[test]\n    fn same() {}\n}\n',
};

describeIfRunner('cargo', 'real cargo, two targets with a test of the same name', () => {
  it("ties each target's pass to that target, the reader busy from cargo's first line to its last", async () => {
    const crate = path.join(dir, 'crate');
    for (const [file, text] of Object.entries(CRATE)) {
      mkdirSync(path.dirname(path.join(crate, file)), { recursive: true });
      writeFileSync(path.join(crate, file), text);
    }
    const done = path.join(dir, 'done');
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `cargo test --offline; rc=$?; touch '${done}'; exit $rc`],
      cwd: crate,
      env: { ...process.env, CARGO_TERM_COLOR: 'never', CARGO_TARGET_DIR: path.join(dir, 'target') },
      onOutput: busyUntil(done, 240_000),
    });
    expect(r.exitCode).toBe(0);
    const passed = passedFromConsole(r.output, 'cargo');
    // A same-named pass in one target must never stand for the other's.
    expect(passed).toEqual(
      expect.arrayContaining([
        { runner: 'cargo', suite: 'src/lib.rs', name: 'tests::same' },
        { runner: 'cargo', suite: 'tests/it.rs', name: 'tests::same' },
      ]),
    );
    expect(passed).toHaveLength(2);
  }, 300_000);
});
