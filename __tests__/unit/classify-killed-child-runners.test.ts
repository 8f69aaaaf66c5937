/**
 * Two more parents that say, in their own words, that the command they ran died of SIGKILL (issue 68: "a process
 * killed with 137 and no out-of-memory line"; rule child-exit-137): GNU xargs (findutils xargs/xargs.c, `%s:
 * terminated by signal %d`, then xargs exits 125) and execa, which Node tools run their commands with
 * (sindresorhus/execa lib/error.js, `Command was killed with SIGKILL (Forced termination): <command>`). Both are run
 * here on a command that really dies of SIGKILL: the step's own status (125, 1) no longer says 137. Beside them the
 * same tools' other words (another signal, their own time limit), a test runner quoting the line, and each kill
 * line mixed with the step's true end: a time limit's 124 or the OOM killer's 137 after it, a network failure
 * before it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'killed-child-runners-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` as a step's bash does and returns its output lines and status. */
function runStep(script: string): { output: string[]; status: number } {
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { output, status: done.status ?? -1 };
}

const XARGS_KILLED = 'xargs: python: terminated by signal 9';
const EXECA_KILLED = 'Error: Command was killed with SIGKILL (Forced termination): node scripts/build.js';

describe('xargs and execa reporting a command SIGKILLed (rule child-exit-137)', () => {
  test("GNU xargs' `terminated by signal 9`, xargs itself exiting 125", () => {
    const { output, status } = runStep(`echo x | xargs sh -c 'kill -KILL $$'`);
    expect(status).toBe(125);
    expect(output).toContain('xargs: sh: terminated by signal 9');
    const v = classify({
      log: failedRunLog("git ls-files '*.py' | xargs python -m py_compile", output, status),
    });
    expect([v.type, v.rule, retriedOnPr(v)]).toEqual(['resource', 'child-exit-137', true]);
  });

  test("execa's `Command was killed with SIGKILL`, the Node script exiting 1", () => {
    const execa = fileURLToPath(new URL('../../node_modules/execa/index.js', import.meta.url));
    const script = join(dir, 'build.cjs');
    writeFileSync(
      script,
      `require(${JSON.stringify(execa)})('sh', ['-c', 'kill -KILL $$']).catch((e) => { console.error(e.shortMessage); process.exit(1); });\n`,
    );
    const { output, status } = runStep(`"${process.execPath}" "${script}"`);
    expect(status).toBe(1);
    expect(output).toContain('Command was killed with SIGKILL (Forced termination): sh -c kill -KILL $$');
    const v = classify({ log: failedRunLog('node scripts/build.cjs', output, status) });
    expect([v.type, v.rule, v.confidence, retriedOnPr(v)]).toEqual([
      'resource',
      'execa-child-sigkill',
      'low',
      true,
    ]);
  });

  test("execa's own kill() says the same of a child that ignores SIGTERM: low, retried once", () => {
    // execa 5.1.1 kill(): SIGTERM, then SIGKILL after forceKillAfterTimeout (5 s by default): a deterministic
    // hang the script itself ended, in the very words of a kill from outside (review r37, /tmp/rv37/ex.cjs).
    const execa = fileURLToPath(new URL('../../node_modules/execa/index.js', import.meta.url));
    const script = join(dir, 'serve.cjs');
    writeFileSync(
      script,
      `const p = require(${JSON.stringify(execa)})('sh', ['-c', 'trap "" TERM; exec sleep 30']);\n` +
        `setTimeout(() => p.kill('SIGTERM', { forceKillAfterTimeout: 300 }), 300);\n` +
        `p.catch((e) => { console.error(e.shortMessage); process.exit(1); });\n`,
    );
    const { output, status } = runStep(`"${process.execPath}" "${script}"`);
    expect(status).toBe(1);
    expect(output).toContain(
      'Command was killed with SIGKILL (Forced termination): sh -c trap "" TERM; exec sleep 30',
    );
    const v = classify({ log: failedRunLog('node scripts/serve.cjs', output, status) });
    expect([v.type, v.rule, v.confidence]).toEqual(['resource', 'execa-child-sigkill', 'low']);
    expect(ruleFires(defaultRuleSet(), 'child-exit-137', EXECA_KILLED)).toBe(false);
  });

  test("xargs running the user's own `timeout -s KILL`: the limit the step set, not the machine's", () => {
    const { output, status } = runStep('echo 5 | xargs timeout -s KILL 0.2 sleep');
    expect(status).toBe(125);
    expect(output).toContain('xargs: timeout: terminated by signal 9');
    expect(ruleFires(defaultRuleSet(), 'child-exit-137', 'xargs: timeout: terminated by signal 9')).toBe(
      false,
    );
    const v = classify({
      log: failedRunLog('ls tests/*.sh | xargs -n1 timeout -s KILL 300', output, status),
    });
    expect(v.type).not.toBe('resource');
  });

  test("the same tools' other words, and a test runner quoting the line, are not this", () => {
    const rules = defaultRuleSet();
    for (const line of [
      'xargs: shellcheck: terminated by signal 13',
      'xargs: sh: terminated by signal 15',
      'xargs: sh: exited with status 255; aborting',
      'Error: Command was killed with SIGTERM (Termination): node scripts/build.js',
      'Error: Command timed out after 1000 milliseconds: node scripts/build.js',
      'Error: Command was canceled: node scripts/build.js',
    ]) {
      expect([line, ruleFires(rules, 'child-exit-137', line)]).toEqual([line, false]);
    }
    const quoted = [
      'FAIL src/runner.test.ts',
      '  ● runner › reports a killed child',
      '    Command was killed with SIGKILL (Forced termination): node scripts/build.js',
      'Tests:       1 failed, 12 passed, 13 total',
    ];
    // The line is read without its indent: the failed tests outrank it (the rule's afterTests).
    const v = classify({ log: failedRunLog('npx jest', quoted, 1) });
    expect([v.type, retriedOnPr(v)]).toEqual(['test', false]);
  });

  test("the step's true end outweighs the kill's line: a time limit's 124 or the OOM killer after it", () => {
    const limited = classify({
      log: failedRunLog('timeout 600 ./ci/test-all.sh', [XARGS_KILLED, 'running the slow suite'], 124),
    });
    expect(limited.type).toBe('timeout');
    const oom = classify({
      log: failedRunLog(
        './ci/test-all.sh',
        [
          EXECA_KILLED,
          '[ 1234.5678] Out of memory: Killed process 4321 (node) total-vm:8000000kB, anon-rss:7000000kB',
        ],
        137,
      ),
    });
    expect([oom.type, oom.rule]).toEqual(['resource', 'oom-killed']);
  });

  test('a network failure before the kill stays the failure', () => {
    const cargo = [
      'warning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)',
      'error: failed to download from `https://static.crates.io/crates/serde/1.0.0/download`',
      '',
      'Caused by:',
      '  [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)',
      'xargs: cargo: terminated by signal 9',
    ];
    const v = classify({ log: failedRunLog('./ci/fetch-and-build.sh', cargo, 125) });
    expect([v.type, retriedOnPr(v)]).toEqual(['network', true]);
    const curl = ['curl: (6) Could not resolve host: downloads.example.org', EXECA_KILLED];
    expect(classify({ log: failedRunLog('./ci/fetch-and-build.sh', curl, 1) }).type).toBe('network');
  });
});
