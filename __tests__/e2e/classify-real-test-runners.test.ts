/**
 * Issue 68: test frameworks no other battery runs, failing for real (`real-test-runner-cases.ts`): bats, shUnit2,
 * Catch2, GoogleTest, Boost.Test, Check, cmocka, Criterion, automake's `make check`, busted, EUnit and rebar3 (eunit,
 * ct) from Debian, run as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e {0}`) and
 * classified as one GitHub Actions step. Each failing
 * case asserts the type `test`, that the default policy does not retry it, and that the line shown is the failed
 * assertion or the test's failure line, never a tally or make's error line. A look-alike passes inside a job whose
 * later step fails saying nothing: it must not be typed. `REAL_TESTRUNNERS_TABLE=1` prints each verdict,
 * `REAL_TESTRUNNERS_LOGS=<dir>` writes each case's job log there. Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing
 * tool fails the file; elsewhere its cases skip, saying which.
 *
 * What main (1df56212) got wrong here, 11 of 25 failing cases, none retried: the type of 6, build by the step's
 * first command (`g++`, `gcc`, `erlc`) where a test failed: Check's failure, Catch2's exception and SIGSEGV,
 * EUnit's failure and time limit, and a GoogleTest binary that crashed (bash's `Segmentation fault ./calc_tests`
 * named the command, no rule read it); the line of 5, a tally over the failure it counts (shUnit2's `FAILED
 * (failures=2)`, Catch2's `assertions: 2 | 1 passed | 1 failed`, busted's `1 success / 1 failure / ...`,
 * Cucumber's `3 steps (1 failed, 2 passed)`).
 * Mended in rules/log-rules.json: catch2-failed, shunit2-assert, busted-failure, eunit-failed, check-test-failed,
 * and the command shell-job-crashed, whose line states the crash (`states`, index.ts toldLine); cause-lines.ts reads
 * Cucumber's failing scenarios' list as cause lines and its tallies as summaries.
 *
 * Time (2026-12-03, 2 shared cores, `CI_RECOVERY_REQUIRE_RUNNERS=1 npx jest` this file): 15-40 s at load 1-7.
 */
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import { TEST_RUNNER_CASES } from './real-test-runner-cases.js';

/** No colour (shUnit2 and Boost.Test colour their output unless told), the compilers Debian installs. */
const env = (): Record<string, string> => ({
  NO_COLOR: '1',
  SHUNIT_COLOR: 'none',
  BOOST_TEST_COLOR_OUTPUT: 'no',
  CC: 'gcc',
  CXX: 'g++',
});

realBattery({
  title: 'Test frameworks of shell, C, C++, Lua and Erlang projects, classified as a GitHub Actions step',
  cases: TEST_RUNNER_CASES,
  run: (c) => runEnvCase(c, env),
  name: 'TESTRUNNERS',
  hookMs: 720_000,
  // Two at a time: the machine is shared, and Catch2's and Boost.Test's single headers take seconds to compile.
  width: 2,
  // The runner's lines and each framework's tallies and closing words: shUnit2's, Catch2's, GoogleTest's and cmocka's,
  // Boost.Test's, Check's, Criterion's, automake's, busted's, EUnit's and rebar3's, behave's and Cucumber's; make's.
  notShown: new RegExp(
    [
      /^##\[(?:group\]|error\]Process completed with exit code)|^shell: /,
      /^FAILED \((?:failures|errors)=\d+/,
      /^(?:test cases|assertions): \d+ \|/,
      /^\[ {2}(?:FAILED|PASSED) {2}\] \d+ tests?(?:\(s\))?[,.]|^ \d+ FAILED TESTS?(?:\(S\))?$/,
      /\*\*\* \d+ failures? (?:is|are) detected/,
      /^\d+%: Checks: \d+, Failures: \d+, Errors: \d+/,
      /^\[====\] Synthesis: /,
      /^# (?:TOTAL|PASS|FAIL|ERROR): +\d+$/,
      /^\d+ success(?:es)? \/ \d+ failures? \//,
      /Failed: \d+\. +Skipped:|^One or more tests were cancelled\.$/,
      /^\d+ tests, \d+ failures|===> (?:Error running tests|Failures occurred running tests)|^Failed \d+ tests?\. Passed/,
      /^\d+ (?:features?|scenarios?|steps?) (?:passed, \d+ failed|\()/,
      /\*\*\* \[.*\] Error \d+$/,
    ]
      .map((r) => r.source)
      .join('|'),
  ),
  installedBy:
    '.ci/run installs bats, shunit2, catch2, libgtest-dev, libboost-test-dev, check, libcmocka-dev, libcriterion-dev, lua-busted, erlang-dev, rebar3, erlang-common-test, python3-behave, cucumber and automake from Debian',
});
