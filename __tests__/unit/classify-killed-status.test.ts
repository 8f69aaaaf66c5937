/**
 * A step whose command was killed with SIGKILL and left no out-of-memory line (issue 68: "a process killed with
 * 137 and no OOM line"). bash reports a command that died of signal N as 128 + N (bash's manual, Exit Status), so
 * the runner's `Process completed with exit code 137.` is the kill, and the failing command's word (`npm test`,
 * `cargo build`) only says what was running. Each status here is real bash's, for a command that really died of
 * SIGKILL, run as the runner runs a step (`bash --noprofile --norc -eo pipefail`).
 */
import { spawnSync } from 'node:child_process';
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

/** Runs `script` as a step does and returns its output lines and bash's status. */
function runStep(script: string): { output: string[]; status: number } {
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    encoding: 'utf8',
  });
  const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { output, status: done.status ?? -1 };
}

// The step's command prints its progress, then dies of SIGKILL as the OOM killer ends it: no line says why.
const killedAfter = (lines: string[]): string =>
  `${lines.map((l) => `echo '${l}'`).join('; ')}; sh -c 'kill -KILL $$'; echo never`;

describe('a command killed with SIGKILL (status 137) and no line saying why', () => {
  test.each([
    ['npm test', ['> app@1.0.0 test', '> jest', 'PASS src/a.test.ts']],
    [
      'cargo build --release',
      ['   Compiling serde v1.0.193', '   Compiling app v0.1.0 (/home/runner/work/app/app)'],
    ],
    ['pytest -n 4', ['collected 812 items', 'tests/test_a.py .................... [ 10%]']],
  ])('%s: resource at medium, retried, over the command word', (run, lines) => {
    const { output, status } = runStep(killedAfter(lines));
    expect(status).toBe(137);
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('resource');
    expect(v.confidence).toBe('medium');
    expect(v.rule).toBe('exit:137');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('tests that failed before the kill stay the failure', () => {
    const { output, status } = runStep(
      killedAfter([
        'FAIL src/a.test.ts',
        '  ● adds',
        '    expect(received).toBe(expected)',
        'Tests:       1 failed, 3 passed, 4 total',
      ]),
    );
    expect(status).toBe(137);
    const v = classify({ log: failedRunLog('npm test', output, status) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a status of the command's own keeps its word", () => {
    const { output, status } = runStep(`echo 'PASS src/a.test.ts'; exit 1`);
    expect(status).toBe(1);
    const v = classify({ log: failedRunLog('npm test', output, status) });
    expect(v.type).toBe('test');
  });
});
