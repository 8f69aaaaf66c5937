/**
 * The verdict and the line it shows on what real test runners print when a test run fails (issue 68, items 1
 * and 4): each output below was printed by the runner named, run here on a small project that fails the way
 * projects do (paths rewritten to a runner's checkout), inside a GitHub Actions `run:` step.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

/** The 1-based line of the first line of `log` that ends with `text`. */
const lineOf = (log: string, text: string): number => log.split('\n').findIndex((l) => l.endsWith(text)) + 1;

describe("a runner's first line that states the cause, not its tally", () => {
  test("go 1.19.8 `go test`: vet's finding above `FAIL <pkg> [build failed]`", () => {
    const cause = './config_test.go:10:2: fmt.Printf format %d has arg "none" of wrong type string';
    const log = failedRunLog(
      'go test -v ./...',
      [
        '# example.com/widget',
        './config_test.go:10:2: fmt.Printf format %d has arg "none" of wrong type string',
        'FAIL\texample.com/widget [build failed]',
        'FAIL',
      ],
      2,
    );
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("cargo 1.95 `cargo test`: the first failed test's panic, which names its thread's id, not `test result: FAILED`", () => {
    const cause = "thread 'tests::merge_user_options' (30080) panicked at src/lib.rs:9:31:";
    const log = failedRunLog(
      'cargo test',
      [
        '   Compiling widget v0.1.0 (/home/runner/work/widget/widget)',
        '    Finished `test` profile [unoptimized + debuginfo] target(s) in 2.15s',
        '     Running unittests src/lib.rs (target/debug/deps/widget-5b2cf619a4000fbe)',
        '',
        'running 3 tests',
        'test tests::defaults ... ok',
        'test tests::merge_user_options ... FAILED',
        'test tests::parse_port ... FAILED',
        '',
        'failures:',
        '',
        '---- tests::merge_user_options stdout ----',
        '',
        "thread 'tests::merge_user_options' (30080) panicked at src/lib.rs:9:31:",
        'assertion `left == right` failed: retries should come from the user',
        '  left: 2',
        ' right: 3',
        'stack backtrace:',
        '   0: __rustc::rust_begin_unwind',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs:689:5',
        '   1: core::panicking::panic_fmt',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:80:14',
        '   2: core::panicking::assert_failed_inner',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:434:23',
        '   3: core::panicking::assert_failed::<u32, u32>',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:394:5',
        '   4: widget::tests::merge_user_options',
        '             at ./src/lib.rs:9:31',
        '   5: widget::tests::merge_user_options::{{closure}}',
        '             at ./src/lib.rs:9:28',
        '   6: core::ops::function::FnOnce::call_once',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/function.rs:250:5',
        '   7: <fn() -> core::result::Result<(), alloc::string::String> as core::ops::function::FnOnce<()>>::call_once',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/function.rs:250:5',
        'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.',
        '',
        '---- tests::parse_port stdout ----',
        '',
        "thread 'tests::parse_port' (30081) panicked at src/lib.rs:11:50:",
        'called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }',
        'stack backtrace:',
        '   0: __rustc::rust_begin_unwind',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs:689:5',
        '   1: core::panicking::panic_fmt',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:80:14',
        '   2: core::result::unwrap_failed',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/result.rs:1867:5',
        '   3: core::result::Result<T,E>::unwrap',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/result.rs:1233:23',
        '   4: widget::tests::parse_port',
        '             at ./src/lib.rs:11:50',
        '   5: widget::tests::parse_port::{{closure}}',
        '             at ./src/lib.rs:11:20',
        '   6: core::ops::function::FnOnce::call_once',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/function.rs:250:5',
        '   7: <fn() -> core::result::Result<(), alloc::string::String> as core::ops::function::FnOnce<()>>::call_once',
        '             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/function.rs:250:5',
        'note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.',
        '',
        '',
        'failures:',
        '    tests::merge_user_options',
        '    tests::parse_port',
        '',
        'test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.54s',
        '',
        'error: test failed, to rerun pass `--lib`',
      ],
      101,
    );
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("maven-surefire 3.2.5 with JUnit 5: the first failed test's own line, not the second test's assertion", () => {
    const cause = '[ERROR] com.acme.ConfigTest.parsesPort -- Time elapsed: 0.046 s <<< ERROR!';
    const log = failedRunLog('mvn -B test', [
      '[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ widget ---',
      '[WARNING] The POM for org.apache.maven:maven-core:jar:3.2.5 is missing, no dependency information available',
      '[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider',
      '[INFO] ',
      '[INFO] -------------------------------------------------------',
      '[INFO]  T E S T S',
      '[INFO] -------------------------------------------------------',
      '[INFO] Running com.acme.ConfigTest',
      '[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0, Time elapsed: 0.132 s <<< FAILURE! -- in com.acme.ConfigTest',
      '[ERROR] com.acme.ConfigTest.parsesPort -- Time elapsed: 0.046 s <<< ERROR!',
      'java.lang.NumberFormatException: For input string: "80a"',
      '\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)',
      '\tat java.base/java.lang.Integer.parseInt(Integer.java:668)',
      '\tat java.base/java.lang.Integer.parseInt(Integer.java:786)',
      '\tat com.acme.ConfigTest.parsesPort(ConfigTest.java:6)',
      '\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)',
      '\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)',
      '\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)',
      '',
      '[ERROR] com.acme.ConfigTest.defaults -- Time elapsed: 0.014 s <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: default retries ==> expected: <3> but was: <2>',
      '\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)',
      '\tat org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)',
      '\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)',
      '\tat org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:150)',
      '\tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:563)',
      '\tat com.acme.ConfigTest.defaults(ConfigTest.java:5)',
      '\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)',
      '\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)',
      '\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)',
      '',
      '[INFO] ',
      '[INFO] Results:',
      '[INFO] ',
      '[ERROR] Failures: ',
      '[ERROR]   ConfigTest.defaults:5 default retries ==> expected: <3> but was: <2>',
      '[ERROR] Errors: ',
      '[ERROR]   ConfigTest.parsesPort:6 » NumberFormat For input string: "80a"',
      '[INFO] ',
      '[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0',
      '[INFO] ',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] BUILD FAILURE',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] Total time:  7.071 s',
      '[INFO] Finished at: 2026-11-28T22:37:06Z',
      '[INFO] ------------------------------------------------------------------------',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project widget: There are test failures.',
      '[ERROR] ',
      '[ERROR] Please refer to /home/runner/work/widget/widget/target/surefire-reports for the individual test results.',
      '[ERROR] Please refer to dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.',
      '[ERROR] -> [Help 1]',
      '[ERROR] ',
      '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
      '[ERROR] ',
      '[ERROR] For more information about the errors and possible solutions, please read the following articles:',
      '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException',
      '',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("vitest 3.2.7: an unhandled rejection after every test passed, in vitest's words, not a stack frame", () => {
    const cause = 'Vitest caught 1 unhandled error during the test run.';
    const log = failedRunLog('npm test', [
      '',
      '> widget@1.2.0 test',
      '> vitest run',
      '',
      '',
      ' RUN  v3.2.7 /home/runner/work/widget/widget',
      '',
      ' ✓ u.test.js (2 tests) 56ms',
      '⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯',
      '',
      'Vitest caught 1 unhandled error during the test run.',
      'This might cause false positive tests. Resolve unhandled errors to make sure your tests are not affected.',
      '',
      '⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯',
      'Error: ECONNREFUSED 127.0.0.1:5432',
      ' ❯ Timeout._onTimeout u.test.js:2:67',
      "      1| import { test, expect } from 'vitest';",
      "      2| test('starts the server', () => { setTimeout(() => Promise.reject(new …",
      '       |                                                                   ^',
      "      3| test('waits', async () => { await new Promise(r => setTimeout(r, 50));…",
      '      4| ',
      ' ❯ listOnTimeout node:internal/timers:685:17',
      ' ❯ processTimers node:internal/timers:618:7',
      '',
      'This error originated in "u.test.js" test file. It doesn\'t mean the error was thrown inside the file itself, but while it was running.',
      'The latest test that might\'ve caused the error is "waits". It might mean one of the following:',
      '- The error was thrown, while Vitest was running this test.',
      '- If the error occurred after the test had been completed, this was the last documented test before it was thrown.',
      '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯',
      '',
      '',
      ' Test Files  1 passed (1)',
      '      Tests  2 passed (2)',
      '     Errors  1 error',
      '   Start at  22:34:37',
      '   Duration  1.51s (transform 51ms, setup 0ms, collect 26ms, tests 56ms, environment 0ms, prepare 273ms)',
      '',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.rule).toBe('vitest-unhandled-errors');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("ctest 3.25: the failed test's own `***Failed` line, not the heading of the list of failed tests", () => {
    const cause = '2/2 Test #2: merge_user_options ...............***Failed    0.03 sec';
    const log = failedRunLog(
      'ctest --test-dir build --output-on-failure',
      [
        'Internal ctest changing into directory: /home/runner/work/widget/widget/build',
        'Test project /home/runner/work/widget/widget/build',
        '    Start 1: merge_defaults',
        '1/2 Test #1: merge_defaults ...................   Passed    0.02 sec',
        '    Start 2: merge_user_options',
        '2/2 Test #2: merge_user_options ...............***Failed    0.03 sec',
        'test_merge.c:8: merge(2, 0) = 2, expected 3',
        '',
        '',
        '50% tests passed, 1 tests failed out of 2',
        '',
        'Total Test time (real) =   0.08 sec',
        '',
        'The following tests FAILED:',
        '\t  2 - merge_user_options (Failed)',
        'Errors while running CTest',
      ],
      8,
    );
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test('vitest 3.2.7 `vitest run --coverage` without its coverage provider installed: a missing dependency', () => {
    const cause = "MISSING DEPENDENCY  Cannot find dependency '@vitest/coverage-v8'";
    const log = failedRunLog('npm test', [
      '',
      '> widget@1.2.0 test',
      '> vitest run --coverage',
      '',
      " MISSING DEPENDENCY  Cannot find dependency '@vitest/coverage-v8'",
      '',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('dependency');
    expect(verdict.rule).toBe('vitest-dependency-missing');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });
});

describe("an uncaught exception's own line, not the throwing statement its runtime quotes above it", () => {
  test('node 24: a script that throws shows `Error: ...`, not the quoted `throw new Error(...)`', () => {
    const cause = 'Error: config.json: apiUrl is required';
    const log = failedRunLog('node build.js', [
      '/home/runner/work/widget/widget.js:5',
      "  if (!cfg.apiUrl) throw new Error('config.json: apiUrl is required');",
      '                   ^',
      '',
      'Error: config.json: apiUrl is required',
      '    at loadConfig (/home/runner/work/widget/widget.js:5:26)',
      '    at Object.<anonymous> (/home/runner/work/widget/widget.js:8:1)',
      '    at Module._compile (node:internal/modules/cjs/loader:1929:14)',
      '    at Object..js (node:internal/modules/cjs/loader:2060:10)',
      '    at Module.load (node:internal/modules/cjs/loader:1651:32)',
      '    at Module._load (node:internal/modules/cjs/loader:1443:12)',
      '    at wrapModuleLoad (node:internal/modules/cjs/loader:261:19)',
      '    at Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:154:5)',
      '    at node:internal/main/run_main_module:33:47',
      '',
      'Node.js v24.21.0',
    ]);
    const verdict = classify({ log });
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test('jest 29.7 run in band, killed by a rejection no test awaited: the rejection, not `Promise.reject(...)`', () => {
    const cause = 'Error: ECONNREFUSED 127.0.0.1:5432';
    const log = failedRunLog('npm test', [
      '',
      '> widget@1.2.0 test',
      '> jest --ci',
      '',
      '/home/runner/work/widget/widget/u.test.js:2',
      "  Promise.reject(new Error('ECONNREFUSED 127.0.0.1:5432'));",
      '                 ^',
      '',
      'Error: ECONNREFUSED 127.0.0.1:5432',
      '    at Object.<anonymous> (/home/runner/work/widget/widget/u.test.js:2:18)',
      '    at Promise.then.completed (/home/runner/work/widget/widget/node_modules/jest-circus/build/utils.js:298:28)',
      '    at new Promise (<anonymous>)',
      '    at callAsyncCircusFn (/home/runner/work/widget/widget/node_modules/jest-circus/build/utils.js:231:10)',
      '    at _callCircusTest (/home/runner/work/widget/widget/node_modules/jest-circus/build/run.js:316:40)',
      '    at _runTest (/home/runner/work/widget/widget/node_modules/jest-circus/build/run.js:252:3)',
      '    at _runTestsForDescribeBlock (/home/runner/work/widget/widget/node_modules/jest-circus/build/run.js:126:9)',
      '    at run (/home/runner/work/widget/widget/node_modules/jest-circus/build/run.js:71:3)',
      '    at runAndTransformResultsToJestFormat (/home/runner/work/widget/widget/node_modules/jest-circus/build/legacy-code-todo-rewrite/jestAdapterInit.js:122:21)',
      '    at jestAdapter (/home/runner/work/widget/widget/node_modules/jest-circus/build/legacy-code-todo-rewrite/jestAdapter.js:79:19)',
      '    at runTestInternal (/home/runner/work/widget/widget/node_modules/jest-runner/build/runTest.js:367:16)',
      '    at runTest (/home/runner/work/widget/widget/node_modules/jest-runner/build/runTest.js:444:34)',
      '',
      'Node.js v24.21.0',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });
});
