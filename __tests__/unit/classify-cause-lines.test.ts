/**
 * A tool's own line that states one failure's cause (src/core/classify/cause-lines.ts), shown where the verdict
 * would show a command's echo or a summary (issue 68, item 4), and the judge's reading of such lines
 * (bench/evidence-line.ts). Each log is the tool's published output format.
 */
import { classify, compileRules, validateRuleFile } from '../../src/core/classify/index.js';
import type { RuleFile } from '../../src/core/classify/index.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import { causeOf, isCauseLine, isSummaryLine, withSaid } from '../../src/core/classify/cause-lines.js';
import { judgeShown } from '../../bench/evidence-line.js';
import { failedRunLog } from '../classify-logs.js';

/** The 1-based line of `text` in the job log `log`. */
const lineOf = (log: string, text: string): number => log.split('\n').findIndex((l) => l.endsWith(text)) + 1;

describe("a tool's own cause line, not the command's echo", () => {
  test("stylelint's `✖` line under its file header (its string formatter), not `stylelint` echoed", () => {
    const cause = ' 3:12  ✖  Unexpected invalid hex color "#ffz"   color-no-invalid-hex';
    const log = failedRunLog('npx stylelint "src/**/*.css"', ['', 'src/index.css', cause, '']);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^(?:command:tool:)?stylelint/);
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
    // Go's diagnostics (a position with its column), under setup-go's matcher too; go test's `t.Error` line has none,
    // nor a panic's frame.
    expect(isCauseLine('./main.go:5:15: fmt.Printf format %d has arg "x" of wrong type string')).toBe(true);
    expect(isCauseLine('##[error]pkg/a/a.go:3:2: undefined: missing')).toBe(true);
    expect(isCauseLine('    calc_test.go:9: got 2, want 3')).toBe(false);
    expect(isCauseLine('\t/usr/local/go/src/runtime/panic.go:770 +0x132')).toBe(false);
  });

  test("go vet's finding, not `go vet ./...` echoed (go 1.19 run here, x/tools passes/printf)", () => {
    const cause = './main.go:5:15: fmt.Printf format %d has arg "x" of wrong type string';
    const log = failedRunLog('go vet ./...', ['# example.com/app', cause], 1);
    const verdict = classify({ log });
    expect({ type: verdict.type, evidence: verdict.evidence }).toEqual({
      type: 'quality-gate',
      evidence: { line: lineOf(log, cause), text: cause },
    });
  });
});

describe('an unknown verdict', () => {
  test("shows the failed step's line in a tool's cause format where no rule knew the cause", () => {
    // A project's own check prints its verdict as a `❌` line (the marker xcpretty's formatter uses too).
    const cause = '❌ Version has not been bumped!';
    const log = failedRunLog('./scripts/check-version.sh', [
      'Comparing package.json with the base branch',
      '  base: 1.4.2',
      '  head: 1.4.2',
      cause,
    ]);
    const verdict = classify({ log });
    expect(verdict).toMatchObject({ type: 'unknown', rule: 'catch-all' });
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("shows no survived exception's line as its cause", () => {
    const log = failedRunLog('./scripts/check-version.sh', [
      'KeyError: cache miss, computing the base version',
      '  base: 1.4.2',
      '  head: 1.4.2',
    ]);
    expect(classify({ log }).evidence?.text ?? '').not.toMatch(/KeyError/);
  });
});

describe('a summary shows the cause lines its own tool printed', () => {
  test("GHC's `Failing due to -Werror.` shows the warning it made an error, not itself", () => {
    // GHC 7 and 8 (compiler/main/ErrUtils): the warning's header and text, then `<no location info>:` and the
    // -Werror verdict; cabal goes on to the next module's line.
    const warning = 'src/Text/Pandoc/Ipynb.hs:98:10: Warning:';
    const log = failedRunLog('cabal build --ghc-options=-Werror', [
      '[ 16 of 147] Compiling Text.Pandoc.Ipynb ( src/Text/Pandoc/Ipynb.hs, dist/build/Text/Pandoc/Ipynb.o )',
      '',
      warning,
      '    No explicit implementation for',
      '      \u2018mappend\u2019',
      '    In the instance declaration for \u2018Monoid (Notebook a)\u2019',
      '',
      '<no location info>: ',
      'Failing due to -Werror.',
      '[ 17 of 147] Compiling Text.Pandoc.Slides ( src/Text/Pandoc/Slides.hs, dist/build/Text/Pandoc/Slides.o )',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence).toEqual({ line: lineOf(log, warning), text: warning });
  });

  test('a compiler warning is no cause of any other summary or of an echo', () => {
    // the same warning above a test run's tally (tasty's): the failed test is shown, not the warning
    const failed = 'tables:                                                        FAIL (0.06s)';
    const log = failedRunLog('cabal test', [
      'src/Text/Pandoc/Ipynb.hs:98:10: warning: [-Wmissing-methods]',
      '    No explicit implementation for',
      'Running 1 test suites...',
      '  custom writer',
      '    basic:                                                         OK (0.19s)',
      `    ${failed}`,
      '      --- tables.custom',
      '1 out of 2 tests failed (0.25s)',
    ]);
    expect(classify({ log }).evidence?.text).toBe(failed);
    const echoed = [
      '$ runghc Setup.hs build',
      'src/X.hs:3:1: Warning: Top-level binding with no type signature',
      '$ ./check.sh',
      'The command "./check.sh" exited with 1.',
    ];
    expect(classify({ log: echoed.join('\n') }).evidence?.text).not.toMatch(/Warning/);
  });

  test("tasty's `N out of M tests failed` shows its first `FAIL` line, however long the tree above it", () => {
    // tasty core/Test/Tasty/Ingredients/ConsoleReporter.hs: `name: <padding>FAIL (0.06s)`, its description
    // indented below, then `1 out of 2042 tests failed (40.43s)` after the whole tree.
    const failed = 'document properties (core, custom):                          FAIL (0.06s)';
    const log = failedRunLog('stack test', [
      'Tests',
      '  Writers',
      '    Docx',
      ...Array.from(
        { length: 600 },
        (_, i) => `      case ${i}:                                             OK (0.05s)`,
      ),
      '      metadata',
      `        ${failed}`,
      '          Non-matching xml in docProps/core.xml:',
      '          -   7   <dc:subject>This is a subtitle</dc:subject>',
      ...Array.from(
        { length: 600 },
        (_, i) => `      more ${i}:                                             OK (0.05s)`,
      ),
      '',
      '1 out of 1202 tests failed (40.43s)',
      'Test suite test-pandoc: FAIL',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, failed), text: failed });
  });

  test("sbt's `Compilation failed` shows scalac's first error above it", () => {
    // sbt logs scalac's reporter (`path:line:col: message`, the code and the caret), the count, then the task.
    const error =
      '[error] /home/runner/work/akka/akka-bench-jmh/src/main/scala/akka/FileSourcesScaleBenchmark.scala:38:56: method + in class Int is deprecated (since 2.13.0)';
    const log = failedRunLog('sbt -Dakka.build.scalaVersion=2.13 compile', [
      '[info] Compiling 68 Scala sources and 1 Java source to /home/runner/work/akka/akka-bench-jmh/target/classes ...',
      error,
      '[error]       val f = Files.createTempFile(getClass.getName, i + ".bench.tmp")',
      '[error]                                                       ^',
      '[error] one error found',
      ...Array.from(
        { length: 40 },
        (_, i) => `[warn] Could not determine source for class com.example.Actor${i}`,
      ),
      '[info] Done compiling.',
      '[error] (akka-bench-jmh / Compile / compileIncremental) Compilation failed',
      '[error] Total time: 225 s, completed Jul 30, 2019 12:14:48 AM',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence).toEqual({ line: lineOf(log, error), text: error });
  });

  test("unittest's `FAILED (errors=N)` under nose shows the exception its traceback ended on", () => {
    // nose reports a module it could not import as the test `Failure` (nose/failure.py), through unittest's
    // runner (cpython Lib/unittest/runner.py): the header, the traceback, the run's count, then the verdict.
    const cause = "ImportError: No module named 'six'";
    const log = failedRunLog('nosetests', [
      'E',
      '======================================================================',
      "ERROR: Failure: ImportError (No module named 'six')",
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      '  File "/home/travis/virtualenv/python3.4.2/lib/python3.4/site-packages/nose/failure.py", line 39, in runTest',
      '    raise self.exc_val.with_traceback(self.tb)',
      '  File "/home/travis/build/x/pqdict/__init__.py", line 38, in <module>',
      '    from six.moves import range',
      cause,
      '',
      '----------------------------------------------------------------------',
      'Ran 1 test in 0.015s',
      '',
      'FAILED (errors=1)',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("PyTorch's `test_cuda 1/1 failed!` shows the exception in the test file's log it printed above", () => {
    // pytorch/pytorch test/run_test.py: the test file's log between PRINTING and FINISHED PRINTING, then the verdict.
    const cause = "AttributeError: module 'torch._C' has no attribute '_cuda_getAllocatorBackend'";
    const log = failedRunLog('.ci/pytorch/test.sh', [
      'Running test_cuda 1/1 ... [2026-07-29 20:03:27.204228]',
      'PRINTING LOG FILE of test_cuda 1/1 (test/test-reports/test_cuda_1.1_2d3796d4cc177c38_.log)',
      'Traceback (most recent call last):',
      '  File "/__w/pytorch/pytorch/test/test_cuda.py", line 204, in <module>',
      '    class TestCuda(TestCase):',
      cause,
      'Got exit code 1',
      'FINISHED PRINTING LOG FILE of test_cuda 1/1 (test/test-reports/test_cuda_1.1_2d3796d4cc177c38_.log)',
      '',
      'Finished test_cuda 1/1 ... [2026-07-29 20:03:32.728684], took 0.09min',
      'test_cuda 1/1 failed!',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("Vite's `✗ Build failed in 41.70s` shows the error printed below it", () => {
    // vite packages/vite/src/node/build.ts logs the verdict and rethrows; under SvelteKit's build the rejection
    // reaches Node, which prints it (lib/internal/process/promises.js) with the plugin's error.
    const cause = 'Error: To enable remote functions, add the following to your `svelte.config.js`:';
    const log = failedRunLog('npm run build', [
      'vite v6.2.0 building SSR bundle for production...',
      'transforming...',
      '✓ 5387 modules transformed.',
      '✗ Build failed in 41.70s',
      'node:internal/process/promises:394',
      '    triggerUncaughtException(err, true /* fromPromise */);',
      '    ^',
      '',
      '[plugin vite-plugin-sveltekit-guard]',
      cause,
      '',
      'kit: {',
    ]);
    const verdict = classify({ log });
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });

  test("cargo's failed build script shows what the script's own tool said under it (autoconf's `configure: error:`)", () => {
    // cargo src/cargo/core/compiler/custom_build.rs: the failure, `Caused by:`, the script's stdout and stderr.
    const cause = 'configure: error: C compiler cannot create executables';
    const log = failedRunLog('cargo build --release', [
      '   Compiling jemalloc-sys v0.3.0',
      'error: failed to run custom build command for `jemalloc-sys v0.3.0`',
      '',
      'Caused by:',
      "  process didn't exit successfully: `/home/runner/work/x/target/release/build/jemalloc-sys-1/build-script-build` (exit code: 101)",
      '--- stdout',
      'TARGET=x86_64-unknown-linux-gnu',
      ...Array.from({ length: 30 }, (_, i) => `checking for feature ${i}... yes`),
      'checking whether the C compiler works... no',
      '',
      '--- stderr',
      cause,
      "See `config.log' for more details",
      "thread 'main' panicked at 'command did not execute successfully', build.rs:320:5",
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence).toEqual({ line: lineOf(log, cause), text: cause });
  });
});

describe("a check that ends its step on the tree's difference", () => {
  // A script that formats the docs, then prints a banner and `git diff` and exits 2 (git's diff header:
  // Documentation/diff-generate-patch.txt), under Travis' echo of the script.
  const script = (after: string[]) =>
    [
      '$ ./ci/check-docs.sh',
      '======================================================================',
      'FORMATTING DOCUMENTATION:',
      '======================================================================',
      'Files to be formatted: ("/tmp/docs/layers/misc/README.org")',
      'Done.',
      '======================================================================',
      'PLEASE APPLY CHANGES BELOW:',
      '======================================================================',
      'diff --git a/layers/misc/README.org b/layers/misc/README.org',
      'index 44487bb..15cb914 100644',
      '--- a/layers/misc/README.org',
      '+++ b/layers/misc/README.org',
      '@@ -1,5 +1,13 @@',
      ' #+TITLE: copy-as-format layer',
      '+* Table of Contents                      :TOC_4_gh:noexport:',
      ...after,
      'The command "./ci/check-docs.sh" exited with 2.',
      '',
      'Done. Your build exited with 1.',
    ].join('\n');

  test('the diff header that ends the step is shown, not the echo of the script', () => {
    // Where the rule that reads a diff is not the one chosen (the corpus's held-out projects): the step's command
    // decides and its echo would be shown.
    const file = structuredClone(ruleFile) as RuleFile;
    file.rules = file.rules.filter((r) => r.id !== 'unified-diff');
    const verdict = classify({ log: script([]) }, compileRules(validateRuleFile(file)));
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence).toEqual({
      line: 10,
      text: 'diff --git a/layers/misc/README.org b/layers/misc/README.org',
    });
  });

  test("a diff the step printed before another tool's cause line is not its cause", () => {
    const echo = { line: 1, text: '$ ./ci/check.sh' };
    const diff = { line: 10, text: 'diff --git a/layers/misc/README.org b/layers/misc/README.org' };
    const problem = { line: 20, text: '3:12  ✖  Unexpected invalid hex color "#ffz"   color-no-invalid-hex' };
    expect(causeOf([diff], echo)).toEqual(diff);
    expect(causeOf([diff, problem], echo)).toEqual(problem);
    expect(withSaid([], [diff, problem])).toEqual([problem]);
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

  test("sbt's `Compilation failed` and GHC's `Failing due to -Werror.` sum up the compiler's lines above them", () => {
    const sbt = [
      '$ sbt compile',
      '[error] /home/travis/build/x/app/views/index.scala.html:38: illegal start of simple expression',
      '[error]   @for(x <- xs) {',
      '[error]   ^',
      '[error] one error found',
      '[info] Done compiling.',
      '[error] (compile:compileIncremental) Compilation failed',
      '[error] /home/travis/build/x/app/Later.scala:1: not found: value y',
    ];
    const label = '[error] (compile:compileIncremental) Compilation failed';
    expect(judgeShown(sbt, label, shown(sbt, 2, 'build'))).toBe('same');
    // an error after the task's verdict is another task's
    expect(
      judgeShown(
        [...sbt, '', '', '', '', sbt[7]!],
        label,
        shown([...sbt, '', '', '', '', sbt[7]!], 12, 'build'),
      ),
    ).toBe('elsewhere');
    const ghc = [
      'src/Text/Pandoc/Ipynb.hs:94:10: Warning:',
      '    No explicit implementation for',
      '      mappend',
      '    In the instance declaration for Monoid (Notebook a)',
      '',
      '<no location info>:',
      'Failing due to -Werror.',
    ];
    expect(judgeShown(ghc, 'Failing due to -Werror.', shown(ghc, 1, 'build'))).toBe('same');
    // a warning is no cause of another label
    expect(judgeShown(ghc, '<no location info>:', shown(ghc, 1, 'build'))).toBe('elsewhere');
  });
});
