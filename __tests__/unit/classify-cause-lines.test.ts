/**
 * A tool's own line that states one failure's cause (src/core/classify/cause-lines.ts), shown where the verdict
 * would show a command's echo or a summary (issue 68, item 4), and the judge's reading of such lines
 * (bench/evidence-line.ts). Each log is the tool's published output format.
 */
import { classify } from '../../src/core/classify/index.js';
import { isCauseLine, isSummaryLine } from '../../src/core/classify/cause-lines.js';
import { judgeShown } from '../../bench/evidence-line.js';
import { failedRunLog } from '../classify-logs.js';

/** The 1-based line of `text` in the job log `log`. */
const lineOf = (log: string, text: string): number => log.split('\n').findIndex((l) => l.endsWith(text)) + 1;

describe("a tool's own cause line, not the command's echo", () => {
  test("stylelint's `✖` line under its file header (its string formatter), not `stylelint` echoed", () => {
    const cause = ' 3:12  ✖  Unexpected invalid hex color "#ffz"   color-no-invalid-hex';
    const log = failedRunLog('npx stylelint "src/**/*.css"', ['', 'src/index.css', cause, '']);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:tool:stylelint/);
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause.trim() });
  });

  test("size-limit's verdict, not the command that ran it", () => {
    // size-limit's reporter: the limit exceeded, then the size and the limit.
    const cause = 'Package size limit has exceeded by 49 B';
    const log = failedRunLog('npx size-limit', [
      `  ${cause}`,
      '  Package size: 104.05 KB',
      '  Size limit:   104 KB',
    ]);
    const verdict = classify({ log });
    expect(verdict.evidence?.text).toBe(cause);
  });

  test("make's `*** [target] Error` shows the last block its target printed above it, not the target's name", () => {
    // vis' test/vis harness prints one `name   FAIL` line per failed test before make's own line.
    const earlier = 'warning: could not fetch the fixtures, using the cached ones';
    const cause = 'text-objects/indentation                          FAIL';
    const log = failedRunLog('make -C test', [
      `error: ${earlier}`,
      ...Array.from({ length: 20 }, (_, i) => `text-objects/case-${i}                          PASS`),
      cause,
      'text-objects/line                                 FAIL',
      'Tests ok 42/44',
      'make: *** [test] Error 1',
    ]);
    const verdict = classify({ log });
    expect(verdict.rule).toBe('command:task:test');
    expect(verdict.evidence?.text).toBe(cause);
  });

  test("an exception's own line is shown where nothing else was said; an earlier error line stays first", () => {
    // Python's traceback ends on the exception's line (cpython Lib/traceback.py format_exception_only).
    const exception = 'TypeError: Expected maxsize to be an integer or None';
    const traceback = [
      'Traceback (most recent call last):',
      '  File "runtests.py", line 3, in <module>',
      exception,
    ];
    const alone = failedRunLog('python runtests.py', traceback);
    expect(classify({ log: alone }).evidence?.text).toBe(exception);
    // A line the step said before in error words is shown first: a survived exception is common.
    const said = 'ERROR: could not open fixture tests/data.json: no such file';
    const log = failedRunLog('python runtests.py', [said, ...traceback]);
    expect(classify({ log }).evidence?.text).toBe(said);
  });
});

describe('a summary is not shown where the tool stated the cause above it', () => {
  test("jest's tally shows the failed test's `●` header, not `Tests: 1 failed`", () => {
    // jest's default reporter: each failure under `●`, then the run's summary (jest-reporters SummaryReporter).
    const header = '● parser › rejects bad input';
    const log = failedRunLog('npx jest', [
      'FAIL test/parser.test.js',
      '  ● Console',
      '',
      '    console.log',
      '      parsing',
      '',
      `  ${header}`,
      '',
      '    expect(received).toBe(expected) // Object.is equality',
      '',
      'Test Suites: 1 failed, 1 total',
      'Tests:       1 failed, 3 passed, 4 total',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence?.text).toBe(header);
  });

  test("R CMD check's `Running the tests in ... failed.` shows testthat's failure it quotes below it", () => {
    // R's tools:::.runPackageTests: the summary, `Last 13 lines of output:`, then the output's end.
    const failure = '1. Failure (at test-ts.R#29): counts each unique timestamp';
    const log = failedRunLog('R CMD check pkg.tar.gz', [
      '* checking tests ...',
      "  Running 'testthat.R'",
      ' ERROR',
      "Running the tests in 'tests/testthat.R' failed.",
      'Last 13 lines of output:',
      `  ${failure}`,
      '  `x` not equal to `y`.',
      '* DONE',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence?.text).toBe(failure);
  });

  test("a shell's echo matched by a rule shows what was printed under it, where no failed step is shown", () => {
    // A plain log (no step markers): the echo a lint rule matches, then ESLint's stylish output.
    const problem = "3:8  error  'showModal' is defined but never used  no-unused-vars";
    const log = [
      "$ node_modules/.bin/prettier --list-different 'app/assets/**/*.scss'",
      '',
      '/home/travis/build/app/app/assets/javascripts/admin/routes/x.js',
      `  ${problem}`,
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.type).toBe('quality-gate');
    expect(verdict.evidence).toEqual({ line: 4, text: problem });
  });

  test('the formats: cause lines and summaries, and lines that are neither', () => {
    expect(isCauseLine('##[error]  232:1  error  Delete `⏎⏎`  prettier/prettier')).toBe(true);
    expect(isCauseLine('  3:8  warning  Unexpected console statement  no-console')).toBe(false);
    expect(isCauseLine('  ● Console')).toBe(false);
    expect(isCauseLine('!!  753 - neg/t742.scala                            [compilation failed]')).toBe(
      true,
    );
    expect(isCauseLine('Error handling is described in docs/errors.md')).toBe(false);
    expect(isSummaryLine('✖ 21 problems (21 errors, 0 warnings)')).toBe(true);
    expect(isSummaryLine('✖ 0 problems')).toBe(false);
    expect(isSummaryLine('9 doctests, 592 tests, 1 failure')).toBe(true);
    expect(isSummaryLine('9 doctests, 592 tests, 0 failures')).toBe(false);
    expect(isCauseLine('  ✗ testGETRequest, Test crashed')).toBe(true);
    expect(isCauseLine("❌  error: Build input file cannot be found: 'Info.plist'")).toBe(true);
    expect(isCauseLine('** (ExUnit.TimeoutError) test timed out after 60000ms')).toBe(true);
    expect(isCauseLine('ActionView::Template::Error: undefined method `x`')).toBe(true);
    expect(
      isCauseLine('app/src/main/AndroidManifest.xml:8: Error: Permission exists [ProtectedPermissions]'),
    ).toBe(true);
    expect(isCauseLine('app/x.rb:1:1: X: unknown severity')).toBe(false);
    // ExUnit's failure header (ExUnit.Formatter), RuboCop's offense (its clang formatter)
    expect(isCauseLine('  1) test parses input (MyApp.ParserTest)')).toBe(true);
    expect(isCauseLine('app/models/user.rb:1:1: C: Style/FrozenStringLiteralComment: Missing comment.')).toBe(
      true,
    );
  });
});

describe("the judge: a tool's cause lines and the tally that counts them (bench/evidence-line.ts)", () => {
  // ESLint's stylish formatter: the file, its problems (`line:col  severity  message  rule`), the tally.
  const eslint = [
    'Run npx eslint src',
    '/home/runner/work/app/src/a.ts',
    ...Array.from(
      { length: 8 },
      (_, i) => `  ${i + 10}:13  error  Unexpected any value in conditional  strict`,
    ),
    '',
    '✖ 8 problems (8 errors, 0 warnings)',
  ];
  const tally = '✖ 8 problems (8 errors, 0 warnings)';
  const shown = (lines: string[], line: number, type = 'quality-gate') => ({
    type,
    evidence: { line, text: lines[line - 1]! },
  });

  test("ESLint's first problem is of the cause its tally counts: a location's column is no other tally", () => {
    expect(judgeShown(eslint, tally, shown(eslint, 3))).toBe('same');
  });

  test('a problem of another step, or a warning, is not', () => {
    const other = [
      'Run npx eslint lib',
      '  4:2  error  Missing semicolon  semi',
      '##[group]Run npx eslint src',
      ...eslint.slice(1),
    ];
    expect(judgeShown(other, tally, shown(other, 2))).toBe('elsewhere');
    const warned = [...eslint];
    warned[2] = '  10:13  warning  Unexpected console statement  no-console';
    expect(judgeShown(warned, tally, shown(warned, 3))).toBe('elsewhere');
  });

  test("go test's package line counts its `--- FAIL:` tests above it, not another package's", () => {
    // go test's output (cmd/go test.go): each failed test, then `FAIL`, then the package's line.
    const go = [
      'Run go test ./...',
      '--- FAIL: TestParse (0.00s)',
      '    parse_test.go:12: got 1, want 2',
      'FAIL',
      'FAIL\texample.com/app/parse\t0.012s',
      '--- FAIL: TestLogin (0.00s)',
      '    login_test.go:30: status 500',
      '    login_test.go:31: body empty',
      '    login_test.go:32: no cookie',
      'FAIL',
      'FAIL\texample.com/app/login\t0.029s',
    ];
    const label = 'FAIL\texample.com/app/login\t0.029s';
    expect(judgeShown(go, label, shown(go, 6, 'test'))).toBe('same');
    expect(judgeShown(go, label, shown(go, 2, 'test'))).toBe('elsewhere');
  });

  test("cargo's `could not compile x due to N previous errors` counts rustc's errors above it", () => {
    const cargo = [
      'Run cargo build',
      'error: expected expression, found `let` statement',
      ' --> src/lib.rs:3:8',
      '  |',
      '3 |     if let x = y && z {}',
      '  |        ^^^',
      '',
      'error: could not compile `zip` (lib) due to 1 previous error',
    ];
    const label = 'error: could not compile `zip` (lib) due to 1 previous error';
    expect(judgeShown(cargo, label, shown(cargo, 2, 'build'))).toBe('same');
    // a warning above it is not what it counts
    const warned = [...cargo];
    warned[1] = 'warning: unused variable: `x` in this long enough line';
    expect(judgeShown(warned, label, shown(warned, 2, 'build'))).toBe('elsewhere');
  });

  test("jest's `●` header of a failed test is a failure its tally counts; its `● Console` block is not", () => {
    const jest = [
      'Run npx jest',
      '  ● Console',
      '',
      '    console.log',
      '      parsing',
      '',
      '  ● parser › rejects bad input',
      '',
      '    expect(received).toBe(expected)',
      '',
      '- Expected  - 1',
      '+ Received  + 1',
      '',
      "> 9 |   expect(parse('x')).toBe(1)",
      '        |                      ^',
      '',
      'Test Suites: 1 failed, 1 total',
      'Tests:       1 failed, 3 passed, 4 total',
    ];
    const label = 'Tests:       1 failed, 3 passed, 4 total';
    expect(judgeShown(jest, label, shown(jest, 7, 'test'))).toBe('same');
    expect(judgeShown(jest, label, shown(jest, 2, 'test'))).toBe('elsewhere');
    // a shell's trace of another command between them is a boundary; the diff's legend was not
    const traced = jest.map((l) => (l.startsWith('+ Received') ? '+ ./scripts/other-suite.sh' : l));
    expect(judgeShown(traced, label, shown(traced, 7, 'test'))).toBe('elsewhere');
  });
});
