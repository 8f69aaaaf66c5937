/**
 * Look-alikes of the kills, limits and cuts rules that a real log holds: a deterministic failure
 * must not be retried on their words, and a transient must not be read into another tool's lines.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

describe('go test: a package killed, another package failing after it (packages run in path order)', () => {
  // go prints each package's output in the order of its arguments: ./... sorts them, so a killed `api` comes
  // before a deterministic failure in `store`.
  const output = [
    'signal: killed',
    'FAIL\texample.com/app/api\t0.412s',
    '--- FAIL: TestSave (0.00s)',
    '    store_test.go:14: got 3 rows, want 4',
    'FAIL',
    'FAIL\texample.com/app/store\t0.003s',
    'FAIL',
  ];
  test('the later failed test is what a person fixes: not retried', () => {
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("go test: a test's own stdout printing a child's ExitError", () => {
  // fmt.Println(cmd.Wait()) in a test goes to stdout as it runs, above the `--- FAIL:` go prints at the test's end.
  test('the failed test after it is the failure: not retried', () => {
    const output = [
      'signal: killed',
      '--- FAIL: TestSupervisorRestartsChild (0.21s)',
      '    supervisor_test.go:40: child restarted 0 times, want 1',
      'FAIL',
      'FAIL\texample.com/app/supervisor\t0.214s',
      'FAIL',
    ];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('timeout -s KILL: the status is 137 whether the limit or the OOM killer sent the KILL', () => {
  // coreutils src/timeout.c: a child killed by a signal while not timed out makes timeout raise that signal on
  // itself, so an OOM kill under `timeout -s KILL 30m` ends the step with 137 too, and bash's `Killed` report
  // reads the same (run here: both cases print it). Only the kernel's own line tells them apart.
  test('an OOM line in the step is the kill, not the limit', () => {
    const output = ['Out of memory: Killed process 4242 (node) total-vm:8123456kB', 'Killed'];
    const v = classify({ log: failedRunLog('timeout -s KILL 30m npm test', output, 137) });
    expect(v.type).toBe('resource');
  });
});

describe("Jenkins' channel words inside a test's output", () => {
  test("a plugin's test asserting on remoting's exception is the test's failure", () => {
    const output = [
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.1 s <<< FAILURE! - in org.example.AgentTest',
      '[ERROR] org.example.AgentTest.reconnects  Time elapsed: 0.4 s  <<< FAILURE!',
      'java.lang.AssertionError: expected:<ok> but was:<java.io.IOException: Unexpected reader termination>',
      'Caused by: java.io.IOException: Unexpected reader termination',
      '[ERROR] Failures: ',
      '[ERROR]   AgentTest.reconnects:41 expected:<ok> but was:<java.io.IOException: Unexpected reader termination>',
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
      '[ERROR] BUILD FAILURE',
    ];
    const v = classify({ log: failedRunLog('mvn -B verify', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("Python's IncompleteRead in a unittest traceback", () => {
  test("unittest's report of a test's own IncompleteRead is the test's", () => {
    const output = [
      'test_download (tests.test_client.ClientTest.test_download) ... ERROR',
      '======================================================================',
      'ERROR: test_download (tests.test_client.ClientTest.test_download)',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      '  File "/home/runner/work/app/app/tests/test_client.py", line 12, in test_download',
      '    body = fetch(self.url)',
      'http.client.IncompleteRead: IncompleteRead(5 bytes read, 10 more expected)',
      '----------------------------------------------------------------------',
      'Ran 4 tests in 0.012s',
      'FAILED (errors=1)',
    ];
    const v = classify({ log: failedRunLog('python -m unittest', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("npm: the project's own install script", () => {
  test('a later `npm run lint` failing on npm 8, behind the install banner, stays the linter', () => {
    const output = [
      '> app@1.0.0 prepare',
      '> husky install',
      'added 312 packages in 9s',
      '> app@1.0.0 lint',
      '> eslint src',
      '/home/runner/work/app/app/src/index.js',
      "  3:7  error  'x' is assigned a value but never used  no-unused-vars",
      '✖ 1 problem (1 error, 0 warnings)',
      'npm ERR! code 1',
      'npm ERR! path /home/runner/work/app/app',
      'npm ERR! command failed',
      'npm ERR! command sh -c eslint src',
    ];
    const v = classify({ log: failedRunLog('npm ci && npm run lint', output, 1) });
    expect(v.rule).not.toBe('npm-own-install-script-failed');
  });
  test('a later `npm run typecheck` with tsc errors, behind the install banner, is not the install script', () => {
    const output = [
      '> app@1.0.0 postinstall',
      '> patch-package',
      'added 312 packages in 9s',
      '> app@1.0.0 typecheck',
      '> tsc --noEmit',
      "src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      'npm ERR! code 2',
      'npm ERR! path /home/runner/work/app/app',
      'npm ERR! command failed',
      'npm ERR! command sh -c tsc --noEmit',
    ];
    const v = classify({ log: failedRunLog('npm ci && npm run typecheck', output, 2) });
    expect(v.rule).not.toBe('npm-own-install-script-failed');
  });
});
