/**
 * The tools' own output, as their documentation, their test data or the problem matchers of the setup-*
 * actions publish it, is typed by the rule written for that tool (rules/log-rules.json): a shape is proven on
 * the tool's published line here, and on real corpus lines by classify-rules.test.ts.
 */
import { classify, defaultRuleSet, normalizeLine } from '../../src/core/classify/index.js';

const ruleSet = defaultRuleSet();

interface Published {
  tool: string;
  /** Where the line is published (repository, path, commit or page). */
  from: string;
  log: string;
  type: string;
  rule: string;
}

const published: Published[] = [
  {
    tool: 'pytest -v',
    from: 'pytest-dev/pytest doc/en/how-to/output.rst (verbosity example)',
    log: 'test_verbosity_example.py::test_ok PASSED                            [ 25%]\ntest_verbosity_example.py::test_words_fail FAILED                    [ 50%]',
    type: 'test',
    rule: 'pytest-verbose-failed',
  },
  {
    tool: 'testthat 3 (ASCII headers)',
    from: 'r-lib/testthat tests/testthat/_snaps/reporter-progress.md @ e972acad',
    log: '[ FAIL 0 | WARN 0 | SKIP 0 | PASS 1 ]\n-- Failure (tests.R:12:3): Failure:1 -------------------------------------------\nFALSE is not TRUE',
    type: 'test',
    rule: 'testthat-failure',
  },
  {
    tool: 'testthat 3 (summary)',
    from: 'r-lib/testthat tests/testthat/_snaps/reporter-progress.md @ e972acad',
    log: '== Results =====================================================================\n[ FAIL 7 | WARN 1 | SKIP 0 | PASS 1 ]\n\nI believe in you!',
    type: 'test',
    rule: 'testthat-failure',
  },
  {
    tool: 'golangci-lint',
    from: 'reviewdog/errorformat fmts/testdata/golangci-lint.in @ ce396c6 (corpus/tools/golangci-lint.txt)',
    log: 'fmts/fmt_test.go:42:21: Error return value of `bufout.WriteString` is not checked (errcheck)\n\t\tbufout.WriteString(s.Entry().String() + "\\n")',
    type: 'quality-gate',
    rule: 'golangci-linter',
  },
  {
    tool: 'MSVC through MSBuild',
    from: 'actions/setup-dotnet .github/csc.json @ 353d872a (file(line): error CODE: message [project])',
    log: "C:\\src\\app\\main.cpp(12): error C2065: 'x': undeclared identifier [C:\\src\\app\\app.vcxproj]",
    type: 'build',
    rule: 'msvc-diagnostic',
  },
  {
    tool: 'dotnet test (vstest)',
    from: "microsoft/vstest src/vstest.console/Internal/ConsoleLogger.cs @ 0b289d54: 'Failed!' padded, then Resources.resx TestRunSummary '{0} - Failed: {1}, Passed: {2}, Skipped: {3}, Total: {4}, Duration: {5}' with counts padded to 5",
    log: 'Failed!  - Failed:     1, Passed:    10, Skipped:     0, Total:    11, Duration: 2 s - App.Tests.dll (net8.0)',
    type: 'test',
    rule: 'xunit-dotnet-failed',
  },
  {
    tool: 'xcodebuild test (XCTest, a failed assertion)',
    from: "cpisciotta/xcbeautify Sources/XcbeautifyLib/CaptureGroups.swift @ db45cacf (FailingTestCaptureGroup: '<file>:<line>: error: -[<suite> <test>] : <reason>'): a compiler's prefix, a test's failure",
    log: '/Users/runner/work/app/app/AppTests/AppTests.swift:12: error: -[AppTests.AppTests testAdds] : XCTAssertEqual failed: ("3") is not equal to ("4")',
    type: 'test',
    rule: 'xctest',
  },
  {
    tool: 'xcodebuild test (XCTest, a caught exception)',
    from: 'cpisciotta/xcbeautify CaptureGroups.swift @ db45cacf (FailingTestCaptureGroup, a reason with no XCTAssert)',
    log: '/Users/runner/work/app/app/AppTests/SyncTests.swift:40: error: -[AppTests.SyncTests testUpload] : failed: caught "NSInternalInconsistencyException", "upload queue is empty"',
    type: 'test',
    rule: 'xctest',
  },
  {
    tool: 'Boost.Test on macOS (a check, in Xcode form)',
    from: 'boostorg/test compiler_log_formatter.ipp @ ef88f846 (print_prefix under __APPLE_CC__: file:line) and plain_report_formatter.ipp @ 1753857f (the confirmation report)',
    log: '/Users/runner/work/app/app/test/math_test.cpp:12: error: in "math/adds": check add(1, 2) == 3 has failed [4 != 3]\n\n*** 1 failure is detected in the test module "Master Test Suite"',
    type: 'test',
    rule: 'boost-test-failed',
  },
  {
    tool: 'Boost.Test on Linux (a check)',
    from: 'boostorg/test compiler_log_formatter.ipp @ ef88f846 (print_prefix: file(line))',
    log: '/home/runner/work/app/app/test/math_test.cpp(12): error: in "math/adds": check add(1, 2) == 3 has failed [4 != 3]\n\n*** 1 failure is detected in the test module "Master Test Suite"',
    type: 'test',
    rule: 'boost-test-failed',
  },
  {
    tool: 'swift test on Linux (swift-corelibs-xctest)',
    from: 'swiftlang/swift-corelibs-xctest Tests/Functional/EqualityWithAccuracy/main.swift @ cc562f72 (its lit CHECK line, path filled in)',
    log: '/src/Tests/Functional/EqualityWithAccuracy/main.swift:69: error: EqualityWithAccuracyTests.test_equalWithAccuracy_fails : XCTAssertEqual failed: ("0.0") is not equal to ("0.2") +/- ("-0.1") - ',
    type: 'test',
    rule: 'xctest',
  },
];

test.each(published)(
  '$tool output is typed $type, and its own rule matches it ($from)',
  ({ log, type, rule }) => {
    expect(classify({ log }).type).toBe(type);
    const own = ruleSet.rules.find((r) => r.spec.id === rule);
    expect(own?.spec.type).toBe(type);
    expect(log.split('\n').some((line) => own?.re.test(normalizeLine(line)))).toBe(true);
  },
);

test("a Swift compile error keeps its type beside XCTest's failure shape", () => {
  const compile = "/Users/runner/work/app/app/App/ContentView.swift:10:9: error: cannot find 'foo' in scope";
  expect(classify({ log: compile }).type).toBe('build');
});

test('a pytest -v line of a test that passed, a testthat summary and a dotnet test summary with no failure claim nothing', () => {
  const passed =
    'test_verbosity_example.py::test_ok PASSED                            [ 25%]\n[ FAIL 0 | WARN 0 | SKIP 0 | PASS 7 ]\nPassed!  - Failed:     0, Passed:    11, Skipped:     0, Total:    11, Duration: 2 s - App.Tests.dll (net8.0)\n*** No errors detected';
  expect(classify({ log: passed }).type).toBe('unknown');
});
