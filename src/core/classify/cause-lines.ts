/**
 * Lines where a tool states one failure's cause in its own report format, often in words no rule's keyword
 * selects (stylelint's `✖` line, size-limit's verdict). The scanner keeps the first line of each block of them
 * per step (FailedStep.said); the line a verdict shows moves to one where it would show a command's echo or a
 * summary (index.ts). They decide nothing: no rule, weight or fallback reads them. Pure.
 */
import type { Evidence } from '../types.js';

/** A runner's `##[error]` annotation in front of a tool's own line (a problem matcher re-printed it). */
const ANNOTATED = /^(?:##\[error\])?/.source;

/** tasty's failed test (FORMATS). */
const TASTY_FAIL = /\s*\S.*:\s+FAIL \(\d+(?:\.\d+)?s\)$/;
/** A compiler's warning that only -Werror made a cause (FORMATS). */
const WARNING = /\s*\S+\.l?hs:\d+:\d+(?:-\d+)?: [Ww]arning:/;
const WARNING_LINE = new RegExp(`${/^(?:##\[error\])?/.source}${WARNING.source}`);

/** Surefire's forked test JVM that ended without reporting (FORMATS, HEADS). */
const FORKED_VM = /\[ERROR\] The forked VM terminated without (?:properly )?saying goodbye\b/;

/** git's diff header (FORMATS). */
const DIFF_HEADER = /diff --git a\/\S+ b\/\S/;

/** Each tool's line, read from its own formatter. */
const FORMATS: readonly RegExp[] = [
  // stylelint's string formatter (lib/formatters/stringFormatter.js): `  105:12  ✖  Expected newline after ","
  // selector-list-comma-newline-after`; log-symbols prints `×` on consoles without Unicode.
  /\s*\d+:\d+\s+[✖×]\s+\S/,
  // ESLint's stylish formatter (lib/cli-engine/formatters/stylish.js): `  3:8  error  'x' is defined but never
  // used  no-unused-vars` (its `⚠`/`warning` lines are no cause).
  /\s*\d+:\d+\s+error\s+\S/,
  // size-limit's reporter: `Package size limit has exceeded by 49 B` (before 1.0), `Size limit has exceeded by`.
  /\s*(?:Package size|Size) limit has exceeded by\b/,
  // Jest's failed test or suite (jest-message-util): `● describe › name`, `● Test suite failed to run`; not
  // its `● Console` block, which quotes what the tests logged.
  /\s*● (?!Console$)\S/,
  // testthat's reporters: `── 1. Failure (test-x.R:29:3): name ──`, `1. Failure (at test-x.R#29): name`,
  // `── Error (test-x.R:4:1): name`, and the 2.x summary's `1. Error: name (@test-x.R#12)`.
  /\s*(?:── )?(?:\d+\. )?(?:Failure|Error) (?:\(|\S.*\(@)/,
  // scala/partest's failed test: `!!  753 - neg/t742.scala   [compilation failed]`.
  /\s*!!\s+\d+ - \S/,
  // ExUnit's formatter (ExUnit.Formatter.format_test_failure): `  1) test parses input (MyApp.ParserTest)`,
  // and an Elixir exception's report: `** (ExUnit.TimeoutError) test timed out after 60000ms`.
  /\s*\d+\) test .+ \([\w.]+\)$/,
  /\s*\*\* \([\w.]+\) \S/,
  // xcpretty's failed test (`✗ testName, reason`) and its error (`❌  error: ...`, formatter.rb FAIL and ERROR).
  /\s*✗ \S.*, \S/,
  /\s*❌ /,
  // RuboCop's offense line (its progress, clang and emacs formatters): `app/x.rb:1:1: C: Style/FrozenStringLiteralComment:
  // Missing frozen string literal comment.` (C convention, W warning, E error, F fatal).
  /\S+:\d+:\d+: [CWEF]: \S/,
  // Android Lint's text report (TextReporter): `app/src/main/AndroidManifest.xml:8: Error: Permission ... [Id]`.
  /\S+:\d+: Error: \S/,
  // tasty's console reporter (core/Test/Tasty/Ingredients/ConsoleReporter.hs runSingleTest: `%s%s: %s` name and
  // padding, the short description, ` (%.2fs)`): `      tables:                  FAIL (0.06s)`.
  TASTY_FAIL,
  // scalac's error as sbt logs it (`[error] /abs/File.scala:38:56: message`; Scala 2.11: `File.scala:37: message`).
  /\[error\] \/\S+\.(?:scala|java|sc|html):\d+(?::\d+)?: \S/,
  // autoconf's AC_MSG_ERROR (`$as_me: error: ...` on stderr): `configure: error: C compiler cannot create executables`.
  /\s*configure: error: \S/,
  // Maven Surefire's word that the test JVM it forked ended without reporting (apache/maven-surefire
  // maven-surefire-common ForkStarter.java @ 0c2434393ddaccfca6813dcd019dd047c561d95f: `The forked VM terminated
  // without properly saying goodbye. VM crash or System.exit called?`), after Maven's `[ERROR] `.
  FORKED_VM,
  // cucumber-ruby's list of the scenarios that failed, under `Failing Scenarios:` (lib/cucumber/formatter/
  // console_issues.rb @ 6ba33de031d1d91f03e93a54b491a838db3a8ae6 scenario_listing: `cucumber <profiles><location>`,
  // then ` # Scenario: name` where it prints sources): `cucumber features/calc.feature:2 # Scenario: Adds two numbers`.
  /cucumber (?:-p \S+ )*\S+\.feature:\d+(?::\d+)*(?: # \S|$)/,
  // git's diff header (Documentation/diff-generate-patch.txt: `diff --git a/file1 b/file2`): a check that ends its
  // step printing the tree's difference (`git diff --exit-code` after a formatter) names the file; only as the
  // step's last cause lines (lastDiffs).
  DIFF_HEADER,
  // Go's diagnostics: a position as go/token's Position.String prints it (`file:line:column`), then `: ` and the
  // message (golang/go src/cmd/compile/internal/base/print.go, go/analysis/unitchecker's `%s: %s`): the compiler's
  // `./main.go:3:2: undefined: x`, vet's, staticcheck's and golangci-lint's findings (`./main.go:5:15: fmt.Printf
  // format %d has arg "x" of wrong type string`). `go test`'s own `t.Error` lines name no column (`calc_test.go:9:`).
  /\s*\S+\.go:\d+:\d+: \S/,
  // GHC's warning header (`src/X.hs:98:10: Warning:`, 8.0 on `src/X.hs:98:10: warning: [-Wmissing-methods]`):
  // a cause only under GHC's `Failing due to -Werror.` (WERROR).
  WARNING,
];

/**
 * An exception's own line: Python's last traceback line (`TypeError: x`, `pluggy.PluginValidationError: x`),
 * Node's (`AssertionError [ERR_ASSERTION]: x`), Java's (`java.lang.IllegalStateException: x`). Tests and
 * loggers print exceptions that were survived, so such a line is shown only where no other line said anything.
 */
const EXCEPTION = /\s*(?:[A-Za-z_]\w*(?:\.|::))*(?:[A-Z]\w*)?(?:Error|Exception)(?: \[\w+\])?: \S/;

const CAUSE_LINE = new RegExp(`${ANNOTATED}(?:${[...FORMATS, EXCEPTION].map((f) => f.source).join('|')})`);
const EXCEPTION_LINE = new RegExp(`${ANNOTATED}${EXCEPTION.source}`);

/** An exception's own line (EXCEPTION). */
export function isExceptionLine(text: string): boolean {
  return EXCEPTION_LINE.test(text);
}

/** A line of one of FORMATS (a stripped line, as the rules see it). */
export function isCauseLine(text: string): boolean {
  return CAUSE_LINE.test(text);
}

/** The keywords that make the scanner read such a line (lower case; non-ASCII as its UTF-8 bytes, as the automaton reads them). */
export const CAUSE_LINE_KEYWORDS: readonly string[] = [
  // Narrow on purpose: each keyword costs a regular expression on every line that holds it.
  '✖',
  '×',
  'error: ',
  'exception: ',
  'error  ',
  'error (',
  'failure (',
  'limit has exceeded',
  '●',
  '!!',
  ') test ',
  '** (',
  '✗',
  '❌',
  ': c: ',
  ': w: ',
  ': e: ',
  ': f: ',
  'fail (',
  '[error] /',
  '.hs:',
  'diff --git a/',
  '.feature:',
  '.go:',
  'saying goodbye',
].map((k) => String.fromCharCode(...new TextEncoder().encode(k)));

/** Lines kept per step: the first line of each block, the last SAID_LINES blocks. */
export const SAID_LINES = 8;
/** Lines within which a cause line continues the block of the one before it (a formatter's list). */
const BLOCK_GAP = 3;

/** Keeps `hit` when it begins a new block of cause lines; `last` is the step's latest cause line seen. */
export function keepSaid(said: Evidence[], hit: Evidence, last: number | undefined): void {
  if (last !== undefined && hit.line - last <= BLOCK_GAP) return;
  said.push(hit);
  if (said.length > SAID_LINES) said.shift();
}

/** testthat's tally (r-lib/testthat R/reporter-check.R): a summary that also heads its failures (HEADS). */
const TESTTHAT_TALLY = /^\[ FAIL [1-9]\d* \| WARN \d+ \| SKIP \d+ \| PASS \d+ \]/;

/**
 * A line that only sums up what failed, where the lines stating the cause come before it: a test run's tally
 * (`Test Suites: 1 failed`, `9 doctests, 592 tests, 1 failure`, `# 1014/1015 passed, 1 failed in neg`,
 * `2048 runs, 4644 assertions, 0 failures, 1 errors`, testthat's `[ FAIL 1 | WARN 0 | SKIP 0 | PASS 3 ]`, Cucumber's
 * `1 scenario (1 failed)` and `3 steps (1 failed, 2 passed)`), R CMD check's `Running the tests in 'x' failed.`,
 * Playwright Test's `  1 failed` (under each test's `Error: ...`), ESLint's `✖ 21 problems`, a build tool's `✗ Build failed in
 * 41.70s`, xcodebuild's `** TEST FAILED **`, Android Lint's `> Lint found errors in the project; aborting build.`
 * under Gradle's `* What went wrong:`.
 */
const SUMMARY = new RegExp(
  `${/^> Lint found (?:fatal )?errors\b|^(?:Test Suites|Tests|Test Files):\s.*\bfailed\b|^\d+ (?:doctests?|properties|tests?|runs)\b.*\b[1-9]\d* (?:failures?|errors?)\b|^# \d+\/\d+ passed, [1-9]\d* failed\b|^Running the tests in .+ failed\.$|^✖ [1-9]\d* problems? \(|^✗ Build failed\b|^\*\* [A-Z ]+ FAILED \*\*$|^Executed \d+ tests?, with [1-9]\d* failures?|^\d+ (?:scenarios?|steps?) \((?:\d+ \w+, )*[1-9]\d* failed\b|^[1-9]\d* failed$/.source}|${TESTTHAT_TALLY.source}`,
);

/**
 * Summaries read with their own cause lines or lead (unittest's and run_test.py's below): GHC's `<no location info>: error:` then `Failing due to
 * -Werror.` (its warnings above are the cause); tasty's `1 out of 2042 tests failed (40.43s)` (ConsoleReporter.hs
 * reportStatistics) under the whole test tree it ran, its `FAIL` lines; sbt's failed task, `[error] (akka-stream /
 * Compile / compileIncremental) Compilation failed`, under scalac's errors.
 */
const SUMS: readonly { re: RegExp; lead: number; cause?: RegExp; latest?: boolean }[] = [
  { re: /^Failing due to -Werror\.$/, lead: 400, cause: WARNING_LINE },
  { re: /^[1-9]\d* out of \d+ tests failed\b/, lead: Infinity, cause: new RegExp(`^${TASTY_FAIL.source}`) },
  { re: /^\[error\] \(.+\) Compilation failed$/, lead: 400 },
  // unittest's verdict (cpython Lib/unittest/runner.py: `FAILED (failures=1, errors=2)`) under the tracebacks it
  // printed; PyTorch's run_test.py `test_cuda 1/1 failed!` under the test file's log it printed.
  { re: /^FAILED \((?:[^)]*, )?(?:failures|errors)=[1-9]/, lead: 400 },
  { re: /^\S*test\S* \d+\/\d+ failed!$/, lead: 400 },
  // pip's failure of one package's build (exceptions MetadataGenerationFailed, operations/build/wheel.py) under
  // the build backend's output it printed, whose last traceback line says why (`ModuleNotFoundError: No module
  // named 'x'`). The latest: pip prints each failed package's output before its own failure line.
  {
    re: /^(?:error: metadata-generation-failed|ERROR: Failed building (?:wheel|editable) for \S+)$/,
    lead: 60,
    latest: true,
  },
  // npm's error block for a script it ran that exited non-zero (npm/cli @ 780afc50e3a345feb1871a28e33fa48235bc3bd5
  // lib/utils/error-message.js getError: `code`, `path`, then `command failed` and `command sh -c <script>`) under
  // the script's own output, which says why (a postinstall's thrown `Error: ...`, a compiler's error). The latest,
  // as pip's: npm prints each script's output as it runs it (`--foreground-scripts`: a dependency's script that
  // printed an error and exited 0 comes before), and the block sums up the last one, the script that failed.
  { re: /^npm (?:ERR!|error) command failed$/, lead: 400, latest: true },
];

export function isSummaryLine(text: string): boolean {
  return SUMMARY.test(text) || SUMS.some((sum) => sum.re.test(text));
}

/** Lines above a summary within which its run's cause lines are read. */
export const SUMMARY_LEAD = 400;
/**
 * Summaries that head what they sum up, and the lines under them within which its cause is read: R CMD check's
 * `Running the tests in 'tests/testthat.R' failed.`, then `Last 13 lines of output:` and the test output's end
 * (tools:::.runPackageTests); cargo's `error: failed to run custom build command for `x``, then `Caused by:` and
 * the build script's `--- stdout` and `--- stderr` (cargo src/cargo/core/compiler/custom_build.rs), where the
 * script's tool said what failed (autoconf's `configure: error: ...`).
 */
const HEADS: readonly { re: RegExp; lines: number; cause?: RegExp }[] = [
  { re: /^Running the tests in .+ failed\.$/, lines: 20 },
  // Maven's word that Surefire's or Failsafe's run failed (`Failed to execute goal ...maven-surefire-plugin:...:test
  // (default-test) on project app: There are test failures.`), where a forked test JVM ended without reporting: its
  // goodbye line below (FORKED_VM) says why; only that line, not the stack trace Maven prints under it.
  {
    re: /Failed to execute goal \S*maven-(?:surefire|failsafe)-plugin:\S+ \([^)]*\) on project \S+: There (?:are|were) test failures\.$/,
    lines: 20,
    cause: new RegExp(`^${FORKED_VM.source}`),
  },
  // testthat's tally, which its check reporter prints before the failures it counts and again after them
  // (testthat R/reporter-check.R: R CMD check's `Last 13 lines of output` often start at the first).
  { re: TESTTHAT_TALLY, lines: 20 },
  { re: /^error: failed to run custom build command for `/, lines: 400 },
  // Vite's build (packages/vite/src/node/build.ts: `x Build failed in 41.70s`, then the error rethrown, which its
  // CLI or Node prints below).
  { re: /^[✗x] Build failed in /, lines: 40 },
];

/** A shell's echo of the command it runs next (Travis' `$ x`): what ran, not what went wrong. */
const ECHO = /^\$ \S/;
/** Lines under an echo within which what its command said is read. */
const ECHO_LINES = 400;

/**
 * The step's cause lines but diff headers a cause line follows: a diff printed before the step failed on
 * something else is no cause, one that ends the step is its check's finding.
 */
function lastDiffs(said: readonly Evidence[]): readonly Evidence[] {
  const other = said.findLastIndex((s) => !DIFF_HEADER.test(s.text));
  return said.filter((s, i) => i > other || !DIFF_HEADER.test(s.text));
}

/** A compiler's warning only a summary of -Werror makes a cause (WARNING). */
const isWarningLine = (text: string): boolean => WARNING_LINE.test(text);

/**
 * The cause line of `said` (one step's) for a summary or an echo shown at `line`: under a summary that heads
 * its output, the first within its lines below it (none there: as under any summary); under an echo, the first
 * within ECHO_LINES below it; else the earliest within the summary's lead above it, of its own cause format where
 * it names one. An exception's line only where no other is; a warning only under -Werror's summary.
 */
export function causeOf(said: readonly Evidence[] | undefined, shown: Evidence): Evidence | undefined {
  const { line, text } = shown;
  if (!said) return undefined;
  const head = HEADS.find((h) => h.re.test(text));
  const sum = SUMS.find((s) => s.re.test(text));
  const pick = (within: (s: Evidence) => boolean): Evidence | undefined => {
    const found = lastDiffs(said).filter(
      (s) => within(s) && (sum?.cause !== undefined || !isWarningLine(s.text)),
    );
    if (sum?.latest) return found.findLast((s) => !isExceptionLine(s.text)) ?? found.at(-1);
    return found.find((s) => !isExceptionLine(s.text)) ?? found[0];
  };
  const below = (lines: number) => (s: Evidence) => s.line > line && s.line - line <= lines;
  if (ECHO.test(text)) return pick(below(ECHO_LINES));
  // A summary that heads its output is read below it, then (nothing there) above it as any summary.
  const under = head ? pick((s) => below(head.lines)(s) && (head.cause?.test(s.text) ?? true)) : undefined;
  if (under || !(sum || SUMMARY.test(text))) return under;
  const lead = sum?.lead ?? SUMMARY_LEAD;
  return pick((s) => s.line < line && line - s.line <= lead && (sum?.cause?.test(s.text) ?? true));
}

/** A step's error-shaped last lines and its cause lines (but exceptions' and warnings' lines), in the log's order. */
export function withSaid(
  tail: readonly Evidence[] | undefined,
  said: readonly Evidence[] | undefined,
): Evidence[] | undefined {
  const own = lastDiffs(said ?? []).filter(
    (line) => !isExceptionLine(line.text) && !isWarningLine(line.text),
  );
  if (own.length === 0) return tail ? [...tail] : undefined;
  const lines = new Map<number, Evidence>();
  for (const line of [...(tail ?? []), ...own]) lines.set(line.line, line);
  return [...lines.values()].sort((a, b) => a.line - b.line);
}
