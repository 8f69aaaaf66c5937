/**
 * Test frameworks no other battery runs (issue 68), for classify-real-test-runners.test.ts: bats and shUnit2 (shell),
 * Catch2, GoogleTest and Boost.Test (C++), Check, cmocka and Criterion (C), each test binary built and run by the
 * step as its README shows, automake's `make check`, busted (Lua), and EUnit and Common Test (Erlang, plain and under
 * rebar3), all Debian's. Each case is a `run:` step in a temporary project (`real-env-run.ts`
 * runEnvCase, `bash -e {0}`), offline. `type` is TAXONOMY.md's label; `cause` matches the line that states the
 * failure (the failed assertion or the test's failure line), never the echo, a framework's tally (`test cases: 2 | 1
 * passed | 1 failed`, `[  FAILED  ] 1 test, listed below:`, `*** 1 failure is detected`, automake's `# FAIL:  1`,
 * EUnit's `Failed: 1.`) or make's `*** [...] Error 1`. `passes` marks a look-alike: the step succeeds while printing
 * failure-like words (a test named for the error it checks, a tally of zero failures).
 *
 * Decisions (TAXONOMY.md):
 * - A failing assertion, an uncaught exception or a crash inside a test: `test`, never retried, whatever the code
 *   under test printed (a refused connection printed by the program a bats test runs is the test's finding).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BatteryCase } from './real-battery.js';

/** EUnit's macros (Debian's erlang-dev), under the installed eunit's versioned directory. */
function eunitHeader(): string {
  const lib = '/usr/lib/erlang/lib';
  const eunit = existsSync(lib) ? readdirSync(lib).find((d) => d.startsWith('eunit-')) : undefined;
  return path.join(lib, eunit ?? 'eunit', 'include/eunit.hrl');
}

const CATCH2 = ['g++', '/usr/include/catch2/catch.hpp'];
const GTEST = ['g++', '/usr/include/gtest/gtest.h', '/usr/lib/x86_64-linux-gnu/libgtest_main.a'];
const BOOST_TEST = ['g++', '/usr/include/boost/test/included/unit_test.hpp'];
const EUNIT = ['erlc', 'erl', eunitHeader()];
const AUTOMAKE = ['autoreconf', 'automake', 'gcc', 'make'];
const CHECK = ['gcc', 'pkg-config', '/usr/include/check.h'];
const CMOCKA = ['gcc', '/usr/include/cmocka.h'];
const CRITERION = ['gcc', '/usr/include/criterion/criterion.h'];

const BATS_CALC =
  'add() { echo $(( $1 + $2 )); }\n' +
  '@test "adds two numbers" {\n  result="$(add 1 1)"\n  [ "$result" -eq 2 ]\n}\n';

const CATCH2_MAIN =
  '#define CATCH_CONFIG_MAIN\n#include <catch2/catch.hpp>\nint add(int a, int b) { return a + b; }\n';
const GTEST_MAIN =
  '#include <gtest/gtest.h>\n#include <stdexcept>\nint add(int a, int b) { return a + b; }\n';
const BOOST_MAIN =
  '#define BOOST_TEST_MODULE calc\n#include <boost/test/included/unit_test.hpp>\nint add(int a, int b) { return a + b; }\n';
const BUSTED_SPEC = (body: string): string =>
  `local function add(a, b) return a + b end\ndescribe("calc", function()\n${body}end)\n`;
/** busted's spec of calc: one test passing, one failing at line 4. */
const BUSTED_CALC = BUSTED_SPEC(
  '  it("adds two numbers", function() assert.are.equal(2, add(1, 1)) end)\n' +
    '  it("subtracts two numbers", function() assert.are.equal(3, add(1, 1)) end)\n',
);
const EUNIT_MODULE = (tests: string): string =>
  '-module(calc).\n-export([add/2]).\n-include_lib("eunit/include/eunit.hrl").\nadd(A, B) -> A + B.\n' +
  tests;
/** How a Makefile-less Erlang project runs EUnit in a step: the exit status from eunit:test's answer. */
/** A rebar3 library with no dependencies (nothing to fetch): `calc:add/2` and the given test files. */
const rebar3Project = (tests: Record<string, string>): Record<string, string> => ({
  'rebar.config': '{erl_opts, [debug_info]}.\n{deps, []}.\n',
  'src/calc.app.src':
    '{application, calc, [{description, "calc"}, {vsn, "0.1.0"}, {registered, []}, {applications, [kernel, stdlib]}, {env, []}, {modules, []}]}.\n',
  'src/calc.erl': '-module(calc).\n-export([add/2]).\nadd(A, B) -> A + B.\n',
  ...tests,
});
const REBAR3 = ['rebar3', 'erlc', 'erl'];
/** A Gherkin feature whose last step fails: 1 + 1 is not 3. */
const FEATURE =
  'Feature: Calculator\n  Scenario: Adds two numbers\n    Given the numbers 1 and 1\n    When I add them\n    Then the result is 3\n';
const EUNIT_RUN =
  "erlc calc.erl\nerl -noshell -eval 'case eunit:test(calc, [verbose]) of ok -> halt(0); _ -> halt(1) end.'";

/** automake's test harness (`TESTS`): two C programs, one of them failing with its own message. */
const automake = (sub: string): Record<string, string> => ({
  'configure.ac':
    'AC_INIT([calc], [1.0])\nAM_INIT_AUTOMAKE([foreign])\nAC_PROG_CC\nAC_CONFIG_FILES([Makefile])\nAC_OUTPUT\n',
  'Makefile.am': 'check_PROGRAMS = test_add test_sub\nTESTS = $(check_PROGRAMS)\n',
  'test_add.c': 'int main(void) { return 1 + 1 == 2 ? 0 : 1; }\n',
  'test_sub.c': sub,
});
const FAILING_SUB =
  '#include <stdio.h>\nint main(void) {\n  int got = 1 + 1;\n  if (got != 3) {\n    fprintf(stderr, "test_sub.c:5: expected 3, got %d\\n", got);\n    return 1;\n  }\n  return 0;\n}\n';

export const TEST_RUNNER_CASES: readonly BatteryCase[] = [
  // shell
  {
    name: 'bats, a failing test (TAP, as bats prints without a terminal)',
    type: 'test',
    cause: /^not ok 2 subtracts two numbers|`\[ "\$result" -eq 3 \]' failed/,
    needs: ['bats'],
    files: {
      'test/calc.bats': `${BATS_CALC}@test "subtracts two numbers" {\n  result="$(add 1 1)"\n  [ "$result" -eq 3 ]\n}\n`,
    },
    run: 'bats test',
  },
  {
    name: "bats, a test whose program prints curl's refused connection, then its status check fails",
    type: 'test',
    cause: /^not ok 1 fetches the status page|`\[ "\$status" -eq 0 \]' failed/,
    needs: ['bats', 'curl'],
    files: {
      'test/fetch.bats':
        '@test "fetches the status page" {\n  run curl -sS --max-time 5 http://127.0.0.1:9/status\n' +
        '  echo "$output"\n  [ "$status" -eq 0 ]\n}\n',
    },
    run: 'bats --print-output-on-failure test',
  },
  {
    name: 'shUnit2, a failing assertEquals',
    type: 'test',
    cause: /ASSERT:one plus one expected:<3> but was:<2>/,
    needs: ['bash', 'shunit2'],
    files: {
      'test_calc.sh':
        'add() { echo $(( $1 + $2 )); }\ntestAdds() { assertEquals 2 "$(add 1 1)"; }\n' +
        'testSubtracts() { assertEquals "one plus one" 3 "$(add 1 1)"; }\n. shunit2\n',
    },
    run: 'bash test_calc.sh',
  },
  // C++
  {
    name: 'Catch2, a failing CHECK',
    type: 'test',
    cause: /^t\.cpp:5: FAILED:|CHECK\( add\(1, 1\) == 3 \)/,
    needs: CATCH2,
    files: {
      't.cpp': `${CATCH2_MAIN}TEST_CASE("adds two numbers") { REQUIRE(add(1, 1) == 2); }\nTEST_CASE("subtracts two numbers") { CHECK(add(1, 1) == 3); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp\n./calc_tests',
    limitMs: 120_000,
  },
  {
    name: 'GoogleTest, a failing EXPECT_EQ',
    type: 'test',
    cause: /^t\.cpp:5: Failure|\[ {2}FAILED {2}\] Calc\.Subtracts \(/,
    needs: GTEST,
    files: {
      't.cpp': `${GTEST_MAIN}TEST(Calc, Adds) { EXPECT_EQ(add(1, 1), 2); }\nTEST(Calc, Subtracts) { EXPECT_EQ(add(1, 1), 3); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp -lgtest -lgtest_main -pthread\n./calc_tests',
  },
  {
    name: 'GoogleTest, an exception thrown in the test body',
    type: 'test',
    cause:
      /C\+\+ exception with description "connection refused" thrown in the test body|\[ {2}FAILED {2}\] Calc\.Throws \(/,
    needs: GTEST,
    files: {
      't.cpp': `${GTEST_MAIN}TEST(Calc, Throws) { throw std::runtime_error("connection refused"); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp -lgtest -lgtest_main -pthread\n./calc_tests',
  },
  {
    name: 'Boost.Test, a failing BOOST_TEST',
    type: 'test',
    cause: /error: in "subtracts": check add\(1, 1\) == 3 has failed/,
    needs: BOOST_TEST,
    files: {
      't.cpp': `${BOOST_MAIN}BOOST_AUTO_TEST_CASE(adds) { BOOST_TEST(add(1, 1) == 2); }\nBOOST_AUTO_TEST_CASE(subtracts) { BOOST_TEST(add(1, 1) == 3); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp\n./calc_tests',
    limitMs: 120_000,
  },
  {
    name: 'Check (libcheck), a failing ck_assert_int_eq',
    type: 'test',
    cause: /^check_calc\.c:6:F:core:test_sub:0: Assertion 'add\(1, 1\) == 3' failed/,
    needs: CHECK,
    files: {
      'check_calc.c':
        '#include <check.h>\n#include <stdlib.h>\nstatic int add(int a, int b) { return a + b; }\n' +
        'START_TEST(test_add) { ck_assert_int_eq(add(1, 1), 2); }\nEND_TEST\n' +
        'START_TEST(test_sub) { ck_assert_int_eq(add(1, 1), 3); }\nEND_TEST\n' +
        'int main(void) {\n  Suite *s = suite_create("calc");\n  TCase *tc = tcase_create("core");\n' +
        '  tcase_add_test(tc, test_add);\n  tcase_add_test(tc, test_sub);\n  suite_add_tcase(s, tc);\n' +
        '  SRunner *sr = srunner_create(s);\n  srunner_run_all(sr, CK_NORMAL);\n' +
        '  int failed = srunner_ntests_failed(sr);\n  srunner_free(sr);\n  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;\n}\n',
    },
    run: 'gcc -o check_calc check_calc.c $(pkg-config --cflags --libs check)\n./check_calc',
  },
  {
    name: 'cmocka, a failing assert_int_equal',
    type: 'test',
    cause:
      /^\[ {3}LINE {3}\] --- cm\.c:8: error: Failure!|^\[ {2}ERROR {3}\] --- 0x2 != 0x3|^\[ {2}FAILED {2}\] test_sub$/,
    needs: CMOCKA,
    files: {
      'cm.c':
        '#include <stdarg.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <setjmp.h>\n#include <cmocka.h>\n' +
        'static int add(int a, int b) { return a + b; }\n' +
        'static void test_add(void **state) { (void) state; assert_int_equal(add(1, 1), 2); }\n' +
        'static void test_sub(void **state) { (void) state; assert_int_equal(add(1, 1), 3); }\n' +
        'int main(void) {\n  const struct CMUnitTest tests[] = { cmocka_unit_test(test_add), cmocka_unit_test(test_sub) };\n' +
        '  return cmocka_run_group_tests(tests, NULL, NULL);\n}\n',
    },
    run: 'gcc -o calc_tests cm.c -lcmocka\n./calc_tests',
  },
  {
    name: 'Criterion, a failing cr_assert_eq',
    type: 'test',
    cause: /^\[----\] cr\.c:4: Assertion Failed|^\[FAIL\] calc::sub: /,
    needs: CRITERION,
    files: {
      'cr.c':
        '#include <criterion/criterion.h>\nstatic int add(int a, int b) { return a + b; }\n' +
        'Test(calc, add) { cr_assert_eq(add(1, 1), 2); }\nTest(calc, sub) { cr_assert_eq(add(1, 1), 3, "one plus one"); }\n',
    },
    run: 'gcc -o calc_tests cr.c -lcriterion\n./calc_tests --ascii',
  },
  {
    name: "automake's make check, a failing test program",
    type: 'test',
    cause: /^FAIL: test_sub$|test_sub\.c:5: expected 3, got 2/,
    needs: AUTOMAKE,
    files: automake(FAILING_SUB),
    run: 'autoreconf -i\n./configure\nmake check',
  },
  {
    name: "automake's make check, the test-suite.log printed after it fails",
    type: 'test',
    cause: /^FAIL: test_sub$|test_sub\.c:5: expected 3, got 2|^FAIL test_sub \(exit status: 1\)/,
    needs: AUTOMAKE,
    files: automake(FAILING_SUB),
    run: 'autoreconf -i\n./configure\nmake check || { cat test-suite.log; exit 1; }',
  },
  {
    name: 'Catch2, an exception thrown in a test case',
    type: 'test',
    cause: /^t\.cpp:\d+: FAILED:|due to unexpected exception with message:/,
    needs: CATCH2,
    files: {
      't.cpp': `${CATCH2_MAIN}#include <stdexcept>\nTEST_CASE("connects") { throw std::runtime_error("Connection refused"); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp\n./calc_tests',
    limitMs: 120_000,
  },
  {
    name: 'Catch2, a test case that dereferences null (SIGSEGV)',
    type: 'test',
    cause: /^t\.cpp:4: FAILED:|due to a fatal error condition:|SIGSEGV - Segmentation violation signal/,
    needs: CATCH2,
    files: {
      't.cpp': `${CATCH2_MAIN}TEST_CASE("reads the config") { volatile int *p = nullptr; REQUIRE(*p == 1); }\n`,
    },
    run: 'g++ -o calc_tests t.cpp\n./calc_tests',
    limitMs: 120_000,
  },
  {
    name: 'GoogleTest, a test binary that segfaults (bash reports it)',
    type: 'test',
    cause: /Segmentation fault +\.\/calc_tests|Segmentation fault.*calc_tests|\[ RUN {6}\] Calc\.Crashes/,
    needs: GTEST,
    files: { 't.cpp': `${GTEST_MAIN}TEST(Calc, Crashes) { volatile int *p = nullptr; EXPECT_EQ(*p, 1); }\n` },
    run: 'g++ -o calc_tests t.cpp -lgtest -lgtest_main -pthread\n./calc_tests',
  },
  {
    name: "automake's make check, a test program's hard error (exit 99)",
    type: 'test',
    cause: /^ERROR: test_sub$|test_sub\.c:5: cannot open fixture/,
    needs: AUTOMAKE,
    files: automake(
      '#include <stdio.h>\nint main(void) {\n  if (!fopen("fixtures/input.txt", "r")) {\n    fprintf(stderr, "test_sub.c:5: cannot open fixture\\n");\n    return 99;\n  }\n  return 0;\n}\n',
    ),
    run: 'autoreconf -i\n./configure\nmake check',
  },
  // Lua, Erlang
  {
    name: 'busted, a failing assert.are.equal',
    type: 'test',
    cause: /^Failure -> spec\/calc_spec\.lua @ 4|spec\/calc_spec\.lua:4: Expected objects to be equal\./,
    needs: ['busted'],
    files: {
      'spec/calc_spec.lua': BUSTED_CALC,
    },
    run: 'busted',
  },
  {
    name: 'busted -o TAP, a failing assert.are.equal',
    type: 'test',
    cause:
      /^not ok 2 - calc subtracts two numbers|Failure message: spec\/calc_spec\.lua:4: Expected objects to be equal\./,
    needs: ['busted'],
    files: {
      'spec/calc_spec.lua': BUSTED_CALC,
    },
    run: 'busted -o TAP',
  },
  {
    name: 'EUnit, a failing ?assertEqual',
    type: 'test',
    cause: /calc: subtracts_test\.\.\.\*failed\*|\*\*error:\{assertEqual,/,
    needs: EUNIT,
    files: {
      'calc.erl': EUNIT_MODULE(
        'adds_test() -> ?assertEqual(2, add(1, 1)).\nsubtracts_test() -> ?assertEqual(3, add(1, 1)).\n',
      ),
    },
    run: EUNIT_RUN,
  },
  {
    name: 'busted, a test erroring (arithmetic on nil)',
    type: 'test',
    cause: /^Error -> spec\/calc_spec\.lua @ 3|attempt to perform arithmetic on a nil value/,
    needs: ['busted'],
    files: {
      'spec/calc_spec.lua': BUSTED_SPEC(
        '  it("adds nil", function() assert.are.equal(2, add(nil, 1)) end)\n',
      ),
    },
    run: 'busted',
  },
  {
    name: "EUnit, a test past EUnit's 5 s limit (*timed out*)",
    type: 'test',
    cause: /slow_test_.*\.\.\.\*timed out\*/,
    needs: EUNIT,
    files: { 'calc.erl': EUNIT_MODULE('slow_test_() -> {timeout, 1, fun() -> timer:sleep(3000) end}.\n') },
    run: EUNIT_RUN,
  },
  {
    name: 'rebar3 eunit, a failing ?assertEqual',
    type: 'test',
    cause:
      /^ {2}1\) calc_tests:subtracts_test\/0$|Failure\/Error: \?assertEqual\(3, calc : add \( 1 , 1 \)\)/,
    needs: [...REBAR3, eunitHeader()],
    files: rebar3Project({
      'test/calc_tests.erl':
        '-module(calc_tests).\n-include_lib("eunit/include/eunit.hrl").\n' +
        'adds_test() -> ?assertEqual(2, calc:add(1, 1)).\nsubtracts_test() -> ?assertEqual(3, calc:add(1, 1)).\n',
    }),
    run: 'rebar3 eunit',
    limitMs: 120_000,
  },
  {
    name: 'rebar3 ct, a failing Common Test case',
    type: 'test',
    // rebar3 colours its words even without a terminal (`\S*`: the colour code); the verdict reads them without.
    cause: /%%% calc_SUITE ==> subtracts: \S*FAILED|%%% calc_SUITE ==> \S*\{\{badmatch,2\}/,
    needs: [...REBAR3, '/usr/lib/erlang/bin/ct_run'],
    files: rebar3Project({
      'test/calc_SUITE.erl':
        '-module(calc_SUITE).\n-export([all/0, adds/1, subtracts/1]).\nall() -> [adds, subtracts].\n' +
        'adds(_Config) -> 2 = calc:add(1, 1).\nsubtracts(_Config) -> 3 = calc:add(1, 1).\n',
    }),
    run: 'rebar3 ct',
    limitMs: 180_000,
  },
  // Gherkin (BDD)
  {
    name: 'behave, a failing Then step',
    type: 'test',
    cause: /Assertion Failed: expected 3, got 2|^ {2}features\/calc\.feature:2 {2}Adds two numbers$/,
    needs: ['behave'],
    files: {
      'features/calc.feature': FEATURE,
      'features/steps/calc.py':
        "from behave import given, when, then\n\n@given('the numbers {a:d} and {b:d}')\ndef numbers(context, a, b):\n" +
        "    context.a, context.b = a, b\n\n@when('I add them')\ndef add(context):\n    context.result = context.a + context.b\n\n" +
        "@then('the result is {r:d}')\ndef result(context, r):\n    assert context.result == r, f'expected {r}, got {context.result}'\n",
    },
    run: 'behave --no-color',
  },
  {
    name: 'cucumber (Ruby), a failing Then step',
    type: 'test',
    cause:
      /expected 3, got 2 \(RuntimeError\)|^cucumber features\/calc\.feature:2 # Scenario: Adds two numbers$/,
    needs: ['cucumber'],
    files: {
      'features/calc.feature': FEATURE,
      'features/step_definitions/calc_steps.rb':
        'Given(/^the numbers (\\d+) and (\\d+)$/) { |a, b| @a, @b = a.to_i, b.to_i }\n' +
        'When(/^I add them$/) { @result = @a + @b }\n' +
        'Then(/^the result is (\\d+)$/) { |r| raise "expected #{r}, got #{@result}" unless @result == r.to_i }\n',
    },
    run: 'cucumber --no-color',
  },
  // passing look-alikes
  {
    name: 'bats, a passing test named for the refused connection it checks',
    type: 'unknown',
    passes: true,
    cause: /^ok 1 reports Connection refused when the server is down/,
    needs: ['bats'],
    files: {
      'test/errors.bats':
        '@test "reports Connection refused when the server is down" {\n  msg="error: Connection refused"\n  [ -n "$msg" ]\n}\n',
    },
    run: 'bats test',
  },
  {
    name: 'GoogleTest, a passing test named for a failure it checks',
    type: 'unknown',
    passes: true,
    cause: /\[ {7}OK \] Calc\.FailsOnOverflow/,
    needs: GTEST,
    files: { 't.cpp': `${GTEST_MAIN}TEST(Calc, FailsOnOverflow) { EXPECT_EQ(add(1, 1), 2); }\n` },
    run: 'g++ -o calc_tests t.cpp -lgtest -lgtest_main -pthread\n./calc_tests',
  },
  {
    name: "automake's make check, every test passing (# FAIL:  0, # ERROR: 0)",
    type: 'unknown',
    passes: true,
    cause: /^# FAIL: +0$/,
    needs: AUTOMAKE,
    files: automake('int main(void) { return 0; }\n'),
    run: 'autoreconf -i\n./configure\nmake check',
  },
  {
    name: 'busted, every test passing (0 failures / 0 errors)',
    type: 'unknown',
    passes: true,
    cause: /1 success \/ 0 failures \/ 0 errors/,
    needs: ['busted'],
    files: {
      'spec/calc_spec.lua': BUSTED_SPEC(
        '  it("errors on nil", function() assert.has_error(function() add(nil, 1) end) end)\n',
      ),
    },
    run: 'busted',
  },
  {
    name: 'EUnit, every test passing',
    type: 'unknown',
    passes: true,
    cause: /All 1 tests passed|Test passed\./,
    needs: EUNIT,
    files: { 'calc.erl': EUNIT_MODULE('fails_on_bad_input_test() -> ?assertError(badarith, add(a, 1)).\n') },
    run: EUNIT_RUN,
  },
];
