/**
 * The line a verdict shows, against the decisive line the labeller recorded (labels.csv `evidence`: the
 * line's text, as the log shows it once CI prefixes are stripped). Two judges, both printed:
 *
 * - The old judge (issue 68's measure): the shown line is `labelled` when it holds the labelled text (or the
 *   labelled text holds it; numbers aside: the same message about another address or count states the same
 *   cause), `near` when it is within NEAR lines of a line
 *   that holds the labelled text (a compiler's error and its location line, a test's name and its assertion).
 * - The new judge adds `same`: a line of the same cause farther away, in exactly these five relations
 *   (sameCause), each read from the runners' own report formats:
 *   1. the same test: both lines name one test (a shared identifier that says test: `TestAlpha` in go's
 *      `--- FAIL: TestAlpha` and its subtest's `FAIL: TestAlpha/x`, `DirtyFlagTest.testIsDirty`);
 *   2. the tally and a failure it counts: the labelled line is a test run's tally of failures (`12 failed,
 *      1464 passed`, `FAILED (failures=6)`, `42 tests completed, 3 failed`, `Tests  9 failed`), and the shown
 *      line states a failure (an error-shaped line, fallback.ts isErrorShaped) of that run: before the tally
 *      (after it only for mocha's and rspec's, which head the list of the failures they count), with no step boundary and no
 *      other tally between them (but those of the same summary block, within NEAR lines of the labelled one);
 *   3. a failed test's header and its error: the labelled line names one failed test (`FAIL: test_x (...)`,
 *      `--- FAIL: TestX`, `name FAILED`, `1) name`), the shown line is an error-shaped line of its report, at
 *      most HEADER_BLOCK lines after it, with no other test's header or step boundary between.
 *   4. the same message twice: one of them a link of a chain or a nested cause (`Caused by: X`, Gradle's `> X`),
 *      the other the message itself, at least 20 characters of it.
 *   5. a command's end and what it printed: the labelled line is Travis' `The command "x" exited with 2.`, the
 *      shown line states a failure x printed (below x's echo `$ x`, no boundary between).
 *   A shell trace (`+ cmd`) is a boundary, a diff's `+` line or PowerShell's `+ CategoryInfo` record is not.
 *   It refuses everything else: a line of another step, a warning or any line that states no failure, a line
 *   after a tally that closes its run, another test's error, a summary or echo where the label is a cause.
 * Only failures whose labelled text is found in their log are measured.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isErrorShaped } from '../src/core/classify/fallback.js';
import { stripLine, stripLineIndented } from '../src/core/classify/normalize.js';
import { defaultRuleSet } from '../src/core/classify/rules.js';
import type { Classification, Evidence } from '../src/core/types.js';
import type { Label } from './lopo.js';
import { logPath } from './lopo.js';

/** Lines around a labelled one that state the same cause (the issue's measure: within 3 lines). */
export const NEAR = 3;

export interface ShownLine {
  id: string;
  source: string;
  /** as labelled (holds the text), near it, of the same cause farther away (new judge only), or elsewhere */
  shown: 'labelled' | 'near' | 'same' | 'elsewhere';
  text: string;
  label: string;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** The same message with other numbers (an address, a count, a line number) states the same cause. */
const shape = (text: string): string => squash(text).replace(/\d+/g, '#');

/** The 1-based lines of `log` that hold the labelled text (numbers aside). */
export function labelledLines(lines: readonly string[], evidence: string): number[] {
  const want = shape(evidence);
  const out: number[] = [];
  if (want.length === 0) return out;
  lines.forEach((line, i) => {
    if (shape(line).includes(want)) out.push(i + 1);
  });
  return out;
}

/** How one verdict's shown line stands to the labelled one; undefined when the label's text is not in the log. */
export function judgeShown(
  lines: readonly string[],
  evidence: string,
  verdict: Pick<Classification, 'evidence'> & { type?: string },
): ShownLine['shown'] | undefined {
  const at = labelledLines(lines, evidence);
  if (at.length === 0) return undefined;
  const shown = verdict.evidence;
  if (!shown || shown.line <= 0) return 'elsewhere';
  const text = shape(shown.text);
  const want = shape(evidence);
  if (at.includes(shown.line) || (text.length >= 8 && (text.includes(want) || want.includes(text))))
    return 'labelled';
  if (at.some((l) => Math.abs(l - shown.line) <= NEAR)) return 'near';
  return at.some((l) => sameCause(lines, l, shown, verdict.type)) ? 'same' : 'elsewhere';
}

/**
 * Prefixes that nest a message in a chain or a report: `Caused by:`, Jenkins' `Caused:`, Gradle's `>`, `##[error]`,
 * sbt's and Maven's `[error]`, BuildKit's step `#6 ERROR:`.
 */
const NESTING = /^(?:\s*(?:Caused by:|Caused:|>|##\[error\]|\[error\]|#\d+ ERROR:)\s*)+/i;
/**
 * An exception's class in front of its message (`java.lang.RuntimeException: x`, opentest4j's
 * `AssertionFailedError: expected: <true> but was: <false>`): the message is what a report of it repeats
 * (surefire's `Class.test:84 expected: <true> but was: <false>`, sbt's `[error] (x / task) x`).
 */
/**
 * A message quoted as a JSON member (a CLI's `--json` or debug output: firebase-tools' `"error": "Failed to
 * authenticate, have you run \u001b[1mfirebase login\u001b[22m?"`), its escaped colour codes dropped.
 */
const unquoted = (line: string): string =>
  line.replace(/^"\w+": "(.*)",?$/, '$1').replace(/\\u001b\[[\d;]*m/g, '');
const EXCEPTION_CLASS = /^(?:[a-z_$][\w$]*\.)*[A-Z][\w$]*(?:Error|Exception)\w*: /;

/** Lines after a failed test's header that may report it (relation 3). */
export const HEADER_BLOCK = 30;

/**
 * A run's tally of failures: a count of failed tests, failures or errors that is not zero; go test's package
 * line (`FAIL	example.com/pkg	0.029s`, after its `--- FAIL:` tests); cargo's `could not compile x due to 3
 * previous errors`; sbt's failed compile task (`[error] (x / Compile / compileIncremental) Compilation failed`, under
 * scalac's `[error] /path/X.scala:38:56: message` lines) and GHC's `Failing due to -Werror.` (under the warnings it
 * made errors); a task's or goal's failure under its errors: Gradle's `> Task :test FAILED` (under its tests' tally
 * and failures), Next.js' `> Export encountered errors on following paths:` (under each page's prerender error);
 * bun test's summary (` 129 pass`, ` 30 fail`, src/cli/test_command.zig); surefire 2's `Results :` lists
 * (`Failed tests:`, `Tests in error:`, each failed test under it, DefaultReporterFactory); awesome_bot's `Issues :-(`
 * (dkhamsing/awesome_bot lib/awesome_bot/cli.rb: printed when a link check failed, above `> Links` and `> Dupes`
 * listing each issue). A location's column before a severity (ESLint's
 * `  325:13  error  message`) counts nothing, nor BuildKit's step number (`#6 ERROR: x`), nor a passed test's
 * time after a title ending in `failed` (Pester's `[+] ... in which it failed 6.89s`).
 */
export const TALLY =
  /(?<![:#\d])\b[1-9]\d*\s+(?:tests?\s+)?(?:failed|failing|failures?|errors?)\b|\b(?:failures|errors|failed)=[1-9]|\b(?:Failures|Errors|Failed):\s*[1-9]|\bfailed [1-9]\d*\b(?![.,]\d|\s*m?s\b)|\b[1-9]\d* out of \d+ tests? failed|\bFound [1-9]\d* (?:violations?|issues?|offenses?|problems?)\b|^FAIL\s+\S+\s+\d+(?:\.\d+)?s$|\bdue to [1-9]\d* previous errors?\b|^Issues :-\($|^\[error\] \(.+\) Compilation failed$|^Failing due to -Werror\.$|^> Task \S+ FAILED$|^> Export encountered errors on following paths:$|^[1-9]\d* fail$|^(?:Failed tests|Tests in error):/i;
/**
 * cargo's tally of rustc's errors, whose target kind may be a test's (cargo src/cargo/core/compiler/mod.rs:
 * `could not compile `zip` (lib test) due to 265 previous errors`): it counts no failed test.
 */
const COMPILE_TALLY = /\bdue to [1-9]\d* previous errors?\b/;
/** A tally that counts failed tests (not a compiler's `98 errors`). */
const TESTS_COUNTED = /\b(?:tests?|examples?|scenarios?|specs?|failures?)\b|\d+ fail(?:ed|ing)/i;
/**
 * Tallies that head the list of the failures they count: mocha's (`2 failing`, then `1) suite test:` and the
 * error), rspec's (`3 examples, 1 failure`, then `Failed examples:` and an `rspec ./spec/x_spec.rb:12` line each)
 * and awesome_bot's (`Issues :-(`, then `> Links` and a `  07. [L0239] 522 https://...` line each).
 */
const TALLY_BEFORE_LIST = /^\s*[1-9]\d* failing$|^\d+ examples?, [1-9]\d* failures?|^Issues :-\($/;
/**
 * awesome_bot's heading and a link its list names as an issue (lib/awesome_bot/output.rb: `  45. [L0123] 404
 * https://x.org/a `, the status left out where the request failed: `  45. http://x.org/ Connection refused ...`).
 */
const LINK_ISSUES = /^Issues :-\($/;
/** GHC's -Werror summary and a warning it made an error (`src/X.hs:98:10: Warning:`, 8.0 on `warning: [-Wx]`). */
const WERROR = /^Failing due to -Werror\.$/;
const GHC_WARNING = /^\S+\.l?hs:\d+:\d+(?:-\d+)?: [Ww]arning:/;
const LINK_ISSUE = /^\d+\. (?:\[L\d+\] )?(?:\d{3} )?[a-z]+:\/\/\S+/;
/** A line naming one failed test: go's, unittest's, pytest's, xunit's, mocha's and jest's report headers. */
const TEST_HEADER =
  /^(?:---\s+)?FAIL(?:ED)?:?\s+\S|^ERROR:\s+test\w*|\S\s+FAILED(?:\s+\[[^\]]*\])?$|\s\[FAIL\]$|^\s*\d+\) \S|^\s*● \S/;
/** Jest's block of what a test logged (`● Console`): a header that names no failed test. */
const JEST_CONSOLE = /^\s*● Console$/;
const ruleSet = defaultRuleSet();
/**
 * A line stating a failure: error-shaped, a line a specific rule of the classifier matches (pester's `[-] name`),
 * an exception's or assertion's name, pytest's `E   ` error line, or a failed test's own header (jest's `● name`).
 */
const statesFailure = (text: string): boolean =>
  isErrorShaped(text) ||
  (TEST_HEADER.test(text) && !JEST_CONSOLE.test(text)) ||
  /(?:Error|Exception|Failure)\b|\bassert|^E {3}/i.test(text) ||
  ruleSet.rules.some((r) => r.spec.tier !== 'generic' && r.re.test(text));

/**
 * A line where another step or command begins or ends: the project's own step-end and command-echo shapes.
 * `i` is its 0-based index in `lines`: a `+ x` line is read with the lines above it (a diff's, or a trace).
 */
function isBoundary(lines: readonly string[], i: number): boolean {
  const text = lines[i] ?? '';
  if (/^##\[(?:group|endgroup)\]/.test(text)) return true;
  // A code frame's marked line (@babel/code-frame, in jest's and vitest's reports: `> 56 |   expect(x)`) and
  // jest-diff's legend (`- Expected  - 1`, `+ Received  + 2`) echo no command.
  if (CODE_FRAME.test(text) || DIFF_LEGEND.test(text) || LINK_SECTION.test(text)) return false;
  if (text.startsWith('+') && (POWERSHELL_RECORD.test(text) || inDiff(lines, i))) return false;
  if (ruleSet.stepEnds.some((e) => e.re.test(text))) return true;
  return ruleSet.commands.some((c) => c.spec.role !== 'failed' && c.re.test(text));
}

const CODE_FRAME = /^>\s*\d+\s*\|/;
const DIFF_LEGEND = /^[+-] (?:Expected|Received)\b/;
/** awesome_bot's sections under `Issues :-(` (lib/awesome_bot/cli.rb `> Links `, `> Dupes `): no npm script's echo. */
const LINK_SECTION = /^> (?:Links|Dupes)\s*$/;
/**
 * PowerShell's error record under a failed command (its NormalView: `+ CategoryInfo          : ...`,
 * `+ FullyQualifiedErrorId : ...`, `+     ~~~~` under the failing position): no shell trace.
 */
const POWERSHELL_RECORD = /^\+ (?:CategoryInfo|FullyQualifiedErrorId)\s*: |^\+\s+~+$/;
/**
 * A diff's added line: the `+` lines above it begin right under a removed line or a hunk header (`- 1` then
 * `+ 0` in jest's and vitest's assertion diffs, `--- Expected` then `+++ Actual` in PHPUnit's, a unified diff's
 * `@@`). A shell trace (`+ cmd`, bash's PS4) follows output or another trace, not a removed line; cmake's
 * `-- Configuring done` is no removed line, nor jest's legend `- Expected  - 1` (its `+` line is the legend's).
 */
function inDiff(lines: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && lines[j]!.startsWith('+')) j--;
  return j >= 0 && /^-(?!- )|^@@ /.test(lines[j]!) && !DIFF_LEGEND.test(lines[j]!);
}

/** Whether a line strictly between two line numbers (1-based) is a boundary (isBoundary). */
function boundaryBetween(lines: readonly string[], a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b) - 1; i++) if (isBoundary(lines, i)) return true;
  return false;
}

/** Lines strictly between two line numbers (1-based), in order. */
function between(lines: readonly string[], a: number, b: number): string[] {
  return lines.slice(Math.min(a, b), Math.max(a, b) - 1);
}

/**
 * Travis' end of a command that failed (travis-build: `The command "x" exited with 2.`) sums up what x printed:
 * an error x printed (between x's echo `$ x` and that end) states its cause (perlcritic's policy violation under
 * `The command "perlcritic x.pl" exited with 2.`). A line before x's echo is another command's.
 */
const COMMAND_EXITED = /^The command "(.+)" exited with [1-9]\d*\.$/;
function printedBy(lines: readonly string[], at: number, shown: number): boolean {
  const command = COMMAND_EXITED.exec(lines[at - 1] ?? '')?.[1];
  if (command === undefined || shown >= at) return false;
  const echo = lines.lastIndexOf(`$ ${command}`, at - 2) + 1;
  return echo > 0 && echo < shown;
}

/** Parts of a line's identifiers that name a test (`TestAlpha`, `testIsDirty`, `DirtyFlagTest`), file names aside. */
export function testNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.match(/[A-Za-z_$][\w$]*(?:(?:[.#]|::)[\w$]+)*/g) ?? []) {
    const parts = token.split(/[.#]|::/);
    parts.forEach((part, i) => {
      if (/^(?:py|js|ts|rb|go|java|kt|scala|rs|php|ex|exs|cs|swift)$/.test(parts[i + 1] ?? '')) return;
      if (
        part.length >= 6 &&
        /^test_?[A-Za-z0-9]{3}|[A-Za-z0-9]{3}_?Tests?$/i.test(part) &&
        !TOOL_WORDS.has(part.toLowerCase())
      )
        out.add(part);
    });
  }
  return out;
}
/** Words with `test` in them that name a tool or a kind of thing, not one test. */
const TOOL_WORDS = new Set([
  'pytest',
  'unittest',
  'testthat',
  'testing',
  'testcase',
  'testsuite',
  'latest',
  'greatest',
  'fastest',
  'contest',
  'protest',
  'attest',
  'testrunner',
  'testframework',
]);

/**
 * The new judge's three relations (see the header): the same test, the tally and a failure it counts, a failed
 * test's header and its error. `at` is a line holding the labelled text.
 */
export function sameCause(lines: readonly string[], at: number, shown: Evidence, type?: string): boolean {
  const label = lines[at - 1] ?? '';
  const text = lines[shown.line - 1] ?? shown.text;
  // A tally shown where the label states the cause is the summary, not the cause.
  // awesome_bot lists its issues under its heading; the white-listed links above it are none.
  const links = LINK_ISSUES.test(label);
  if (links && shown.line < at) return false;
  const failure =
    statesFailure(text) || (links && LINK_ISSUE.test(text)) || (WERROR.test(label) && GHC_WARNING.test(text));
  if (TALLY.test(text) && !TALLY.test(label)) return false;
  // 4. The same message printed twice, once as a link of a chain or a nested cause (`Caused by: X`, Gradle's `> X`).
  const message = (line: string): string =>
    shape(unquoted(line).replace(NESTING, '').replace(EXCEPTION_CLASS, ''));
  const said = message(text);
  if (said.length >= 20 && (message(label).includes(said) || said.includes(message(label)))) return true;
  if (!failure) return false;
  if (boundaryBetween(lines, at, shown.line)) return false;
  if (printedBy(lines, at, shown.line)) return true;
  const gap = between(lines, at, shown.line);
  const shared = testNames(label);
  if ([...testNames(text)].some((name) => shared.has(name))) return true;
  if (TALLY.test(label)) {
    // A tally of failed tests counts only a test's failure: another kind of error in its step is another cause.
    if (TESTS_COUNTED.test(label) && !COMPILE_TALLY.test(label) && type !== undefined && type !== 'test')
      return false;
    const after = shown.line > at;
    if (after && !TALLY_BEFORE_LIST.test(label)) return false;
    // Another tally between closes another run, unless it is of this run's summary block (jest's `Test Suites:`
    // line above its `Tests:` line, vitest's `Test Files` above `Tests`).
    const from = Math.min(at, shown.line);
    return !gap.some((line, i) => TALLY.test(line) && Math.abs(from + 1 + i - at) > NEAR);
  }
  if (TEST_HEADER.test(label))
    return shown.line > at && shown.line - at <= HEADER_BLOCK && !gap.some((line) => TEST_HEADER.test(line));
  return false;
}

/** The corpus log's lines, stripped as the rules read them. */
export function strippedLines(corpus: string, id: string): string[] {
  const file = logPath(corpus, id);
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  // A `+` line keeps its indentation: bash's trace (PS4) begins its line, a traceback's or a diff's `+` does not.
  return text.split('\n').map((raw) => {
    const line = stripLine(raw);
    return line.startsWith('+') ? stripLineIndented(raw) : line;
  });
}

/** Every labelled failure's shown line, judged (failures whose labelled text the log holds). */
export function shownLines(
  corpus: string,
  outcomes: readonly { label: Label; lopo: Classification }[],
): ShownLine[] {
  const out: ShownLine[] = [];
  for (const { label, lopo } of outcomes) {
    if (label.type === 'pass' || label.type === 'unknown' || label.evidence.trim() === '') continue;
    const shown = judgeShown(strippedLines(corpus, label.id), label.evidence, lopo);
    if (shown === undefined) continue;
    out.push({
      id: label.id,
      source: label.source,
      shown,
      text: lopo.evidence?.text ?? '',
      label: label.evidence,
    });
  }
  return out;
}

/** The figure's lines under the old judge and the new, all sources then by source (GitHub Actions first); `errors` lists each line shown elsewhere. */
export function shownReport(rows: readonly ShownLine[], errors: boolean): string[] {
  const figure = (name: string, sel: readonly ShownLine[]): string => {
    const labelled = sel.filter((r) => r.shown === 'labelled').length;
    const near = sel.filter((r) => r.shown === 'near').length;
    const same = sel.filter((r) => r.shown === 'same').length;
    const pct = (n: number): string =>
      `${n}/${sel.length} = ${((100 * n) / Math.max(1, sel.length)).toFixed(1)}%`;
    return `  ${name.padEnd(28)} old ${pct(labelled + near)}  new ${pct(labelled + near + same)} (as labelled ${labelled}, within ${NEAR} lines ${near}, same cause ${same})`;
  };
  const sources = [...new Set(rows.map((r) => r.source))].sort((a, b) =>
    a === 'gha-committed' ? -1 : b === 'gha-committed' ? 1 : a.localeCompare(b),
  );
  const out = [
    `The line shown (LOPO verdicts) against the labelled decisive line, failures whose labelled text is in the log (target >= 90%; old judge: as labelled or within ${NEAR} lines; new: or a line of the same cause, evidence-line.ts):`,
    figure('all sources', rows),
    ...sources.map((source) =>
      figure(
        source,
        rows.filter((r) => r.source === source),
      ),
    ),
  ];
  if (errors)
    for (const r of rows.filter((row) => row.shown === 'elsewhere'))
      out.push(`    ${r.id} shown: ${r.text.slice(0, 110)}\n          label: ${r.label.slice(0, 110)}`);
  return out;
}
