/**
 * A command's output reaches the parsers in the order the command wrote it, however busy the reader is:
 * cargo names a test binary's target on stderr (`Running unittests src/lib.rs (…)`) and the binary names
 * its tests on stdout, so a pass read before the `Running` line that precedes it is tied to another target
 * (or none), and a re-run's verdict would depend on how loaded the runner was. Each test makes the reader
 * busy (it blocks in the live sink) until the command has written everything; the scripted commands write
 * their `Running` line only once it is busy, so two pipes are then read stdout first, every time (Linux's
 * epoll puts the stream it last reported back at the head of its ready list).
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runProcess } from '../../src/adapters/process.js';
import { processPort } from '../../src/adapters/run-step.js';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { runPhase } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { passedFromConsole } from '../../src/test-recovery/index.js';
import { MemoryTestFiles } from '../../src/test-recovery/ports/tests.js';
import { describeIfRunner } from '../runners.js';
import { runSettings } from '../run-settings.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'proc-order-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Holds the event loop, as a busy reader would, from the moment it is called: says so in `busy` (for the
 * command to write on only then, so that all it writes next waits in the kernel) and waits until `done`.
 */
function holdUntil(busy: string, done: string, limitMs: number): void {
  writeFileSync(busy, '');
  const end = Date.now() + limitMs;
  while (!existsSync(done) && Date.now() < end);
}

/** A live sink that holds the event loop on the first chunk (`holdUntil`). */
function busyUntil(busy: string, done: string, limitMs: number): (chunk: Buffer) => void {
  let first = true;
  return () => {
    if (!first) return;
    first = false;
    holdUntil(busy, done, limitMs);
  };
}

/** bash: wait until the reader is busy. */
const waitBusy = (busy: string): string => `while [ ! -f '${busy}' ]; do sleep 0.01; done`;

describe('runProcess keeps the order of stdout and stderr', () => {
  it('a cargo-like `Running` line on stderr stays before the test result on stdout written after it', async () => {
    const [busy, done] = [path.join(dir, 'busy'), path.join(dir, 'done')];
    // One binary's summary (stdout), cargo naming the next binary (stderr), that binary's test (stdout).
    const script = [
      "echo 'test result: ok. 0 passed; 0 failed'",
      waitBusy(busy),
      "echo '     Running unittests src/lib.rs (target/debug/deps/demo-0123456789abcdef)' >&2",
      "echo 'test tests::flaky ... ok'",
      `touch '${done}'`,
    ].join('; ');
    const r = await runProcess({
      file: 'bash',
      args: ['-c', script],
      onOutput: busyUntil(busy, done, 20_000),
    });
    expect(existsSync(done)).toBe(true);
    expect(r.output).toBe(
      'test result: ok. 0 passed; 0 failed\n' +
        '     Running unittests src/lib.rs (target/debug/deps/demo-0123456789abcdef)\n' +
        'test tests::flaky ... ok\n',
    );
    expect(passedFromConsole(r.output, 'cargo')).toEqual([
      { runner: 'cargo', suite: 'src/lib.rs', params: 'demo', name: 'tests::flaky' },
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
    const [busy, done] = [path.join(dir, 'busy'), path.join(dir, 'done')];
    const r = await runProcess({
      file: 'bash',
      args: ['-c', `cargo test --offline; rc=$?; touch '${done}'; exit $rc`],
      cwd: crate,
      env: { ...process.env, CARGO_TERM_COLOR: 'never', CARGO_TARGET_DIR: path.join(dir, 'target') },
      onOutput: busyUntil(busy, done, 240_000),
    });
    expect(r.exitCode).toBe(0);
    const passed = passedFromConsole(r.output, 'cargo');
    // A same-named pass in one target must never stand for the other's.
    expect(passed).toEqual(
      expect.arrayContaining([
        { runner: 'cargo', suite: 'src/lib.rs', params: 'twotargets', name: 'tests::same' },
        { runner: 'cargo', suite: 'tests/it.rs', params: 'it', name: 'tests::same' },
      ]),
    );
    expect(passed).toHaveLength(2);
  }, 300_000);
});

/**
 * cargo as the step sees it, scripted: on its first run `tests::flaky` fails; on its re-run it passes, after
 * a line on stdout (a test-less binary's summary) that the live sink below takes as its cue to turn busy.
 * Nothing comes before that cue on the re-run: a line of stderr read with it would let two pipes' order
 * right itself by chance.
 */
const FAKE_CARGO = `#!/bin/bash
if [ ! -f .ran-once ]; then
  touch .ran-once
  echo '    Finished \`test\` profile [unoptimized + debuginfo] target(s) in 0.01s' >&2
  echo '     Running unittests src/lib.rs (target/debug/deps/demo-0123456789abcdef)' >&2
  printf '\nrunning 1 test\ntest tests::flaky ... FAILED\n\nfailures:\n    tests::flaky\n\n'
  echo 'test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s'
  echo "error: test failed, to rerun pass \\\`--lib\\\`" >&2
  exit 101
fi
echo 'test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s'
while [ ! -f "$BUSY" ]; do sleep 0.01; done
echo '     Running unittests src/lib.rs (target/debug/deps/demo-0123456789abcdef)' >&2
printf '\nrunning 1 test\ntest tests::flaky ... ok\n\n'
echo 'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s'
touch "$DONE"
`;

describe("a cargo re-run's verdict does not depend on how busy the reader is", () => {
  it('the flaky test passes on its re-run, read while the reader was busy: green, named flaky', async () => {
    const bin = path.join(dir, 'bin');
    const workspace = path.join(dir, 'ws');
    mkdirSync(bin);
    mkdirSync(workspace);
    writeFileSync(path.join(bin, 'cargo'), FAKE_CARGO);
    chmodSync(path.join(bin, 'cargo'), 0o755);
    const [busy, done] = [path.join(dir, 'busy'), path.join(dir, 'done')];
    // Busy from the re-run's first stdout line until the re-run has written all it will.
    const sink = (chunk: Buffer): void => {
      if (chunk.toString().includes('test result: ok. 0 passed')) holdUntil(busy, done, 20_000);
    };
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME, BUSY: busy, DONE: done };
    const runner = new RecordingRunner();
    const ports = {
      runner,
      process: processPort({ tempDir: path.join(dir, 'tmp'), env, onOutput: sink }),
      checkpoint: new RecordingStageCheckpoint(),
      records: new RecordingRecords(),
      classify: () => ({
        type: 'test' as const,
        confidence: 'high' as const,
        retryable: false,
        rule: 'stub:test',
      }),
      clock: new FakeClock(),
      tests: new MemoryTestFiles(),
    };
    const job = parseJobEnv(
      { ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: dir },
      { cwd: workspace, tmpdir: dir },
    );
    const settings = runSettings({
      run: 'cargo test',
      stage: 'tests',
      tests: { report: '', rerunCommand: '', retries: 1, maxFailed: 10, failOnPassedAfterRetry: false },
    });
    const ctx = {
      lane: 'STANDARD' as const,
      branchKind: 'pr' as const,
      config: DEFAULT_CONFIG,
      windows: false,
    };
    const result = await runPhase(settings, job, ctx, ports);
    expect(existsSync(done)).toBe(true);
    expect(Object.fromEntries(runner.outputs)).toMatchObject({
      'flaky-tests': 'cargo:src/lib.rs::tests::flaky[demo]',
      'failed-tests': '',
    });
    expect(result.success).toBe(true);
  });
});

describe('where the channel cannot be made', () => {
  it('under a temp dir too deep for a socket path: the two pipes, and the process lives on', async () => {
    // A Unix socket's path holds at most 107 bytes: under a deeper temp dir, Node 24's listen fails (EINVAL)
    // and Node 20's makes the socket at a cut address, outside the private directory. Run in a node of its
    // own: a rejection left unhandled there ends that process, as it would end the action.
    const deep = path.join(dir, 'd'.repeat(100));
    mkdirSync(deep);
    const script = `
      const { runProcess } = await import(${JSON.stringify(path.resolve('src/adapters/process.ts'))});
      const r = await runProcess({ file: 'bash', args: ['-c', 'echo out; echo err >&2'], onOutput: () => undefined });
      await new Promise((resolve) => setTimeout(resolve, 50));
      process.stdout.write(JSON.stringify({ exitCode: r.exitCode, output: r.output }));`;
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '', TMPDIR: deep };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { env },
    );
    const r = JSON.parse(stdout) as { exitCode: number; output: string };
    expect(r.exitCode).toBe(0);
    expect(r.output.split('\n').sort()).toEqual(['', 'err', 'out']);
    // Nothing left there (but tsx's cache): no private directory, no socket at a cut address.
    expect(readdirSync(deep).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  });
});
