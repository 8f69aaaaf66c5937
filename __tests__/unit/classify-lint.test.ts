/**
 * Quality gates written from the checkers' own sources (rules/log-rules.json examples.published): a tool's
 * failing report is typed quality-gate even when the step's command does not name the tool, and its passing
 * report, built from the same sources, claims nothing.
 */
import { classify, defaultLexicon, resolveCommandText } from '../../src/core/classify/index.js';
import { actionsStep, jobLog } from '../classify-logs.js';

/** A GitHub Actions step that runs an opaque script and fails with exit code 1. */
const step = (lines: string[]): string => jobLog(actionsStep({ run: './scripts/ci-check.sh' }, lines, 1));

const failing: [string, string[]][] = [
  [
    'pre-commit (pre_commit/commands/run.py)',
    [
      'check yaml...............................................................Passed',
      'trim trailing whitespace.................................................Failed',
      '- hook id: trailing-whitespace',
      '- exit code: 1',
      '- files were modified by this hook',
    ],
  ],
  [
    'ruff format --check < 0.16',
    ['Would reformat: src/app/main.py', '1 file would be reformatted, 12 files already formatted'],
  ],
  [
    'black --check',
    [
      'would reformat src/app/main.py',
      '',
      'Oh no! 💥 💔 💥',
      '1 file would be reformatted, 3 files would be left unchanged.',
    ],
  ],
  [
    'pylint',
    [
      '************* Module app.main',
      'src/app/main.py:1:0: C0114: Missing module docstring (missing-module-docstring)',
      'Your code has been rated at 7.50/10',
    ],
  ],
  ['mypy', ['Found 2 errors in 1 file (checked 3 source files)']],
  [
    'pyright',
    [
      '  /w/app/src/main.py:12:8 - error: Import "requests" could not be resolved (reportMissingImports)',
      '1 error, 0 warnings, 0 informations',
    ],
  ],
  [
    'commitlint',
    [
      '⧗   input: foo',
      '✖   subject may not be empty [subject-empty]',
      '',
      '✖   found 1 problems, 0 warnings',
    ],
  ],
  [
    'rustfmt --check',
    ['Diff in /w/app/src/main.rs:12:', ' fn main() {', '-    println!("hi" );', '+    println!("hi");'],
  ],
  [
    'shellcheck',
    [
      'In scripts/deploy.sh line 3:',
      'echo $1',
      '     ^-- SC2086 (info): Double quote to prevent globbing and word splitting.',
    ],
  ],
  ['hadolint', ['Dockerfile:3 DL3008 warning: Pin versions in apt get install.']],
  ['typos', ['error: `teh` should be `the`', '  --> ./README.md:12:5']],
  ['codespell', ['./README.md:12: teh ==> the']],
  ['detekt', ['Analysis failed with 3 issues.']],
  [
    'biome ci',
    [
      'file.js:1:8 lint/correctness/noUnusedImports  FIXABLE  ━━━━━━━━━━',
      '',
      '  ! This import is unused.',
      '',
      '  × Some errors were emitted while running checks.',
      'Found 1 error.',
    ],
  ],
  [
    'ktlint',
    [
      'src/main/kotlin/App.kt:12:1: Unexpected blank line(s) before "}" (standard:no-blank-line-before-rbrace)',
    ],
  ],
  [
    'checkstyle',
    [
      'Starting audit...',
      '[ERROR] /w/app/src/main/java/App.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]',
      'Audit done.',
      'Checkstyle ends with 1 errors.',
    ],
  ],
  [
    'maven-checkstyle-plugin (its violation is not a compile error)',
    [
      '[ERROR] src/main/java/App.java:[12,5] (javadoc) MissingJavadocMethod: Missing a Javadoc comment.',
      '[INFO] BUILD FAILURE',
    ],
  ],
  ['golangci-lint v2 stats', ['3 issues:', '* errcheck: 2', '* govet: 1']],
  [
    'pytest-cov --cov-fail-under (the tests passed)',
    [
      'FAIL Required test coverage of 90% not reached. Total coverage: 85.00%',
      '============================= 120 passed in 3.21s ==============================',
    ],
  ],
  [
    'swiftformat --lint (its error is not a compile error)',
    [
      '/w/app/Sources/App/View.swift:12:1: error: (indent) Indent code in accordance with the scope level.',
      '1/42 files require formatting.',
    ],
  ],
  [
    // realm/SwiftLint XcodeReporter.swift @ fae3dc0f (a serious violation in the compiler's format) and
    // LintOrAnalyzeCommand's summary
    'swiftlint --strict (its error is not a compile error)',
    [
      '/w/app/Sources/App/View.swift:10:1: error: Line Length Violation: Line should be 120 characters or less; currently it has 130 characters (line_length)',
      'Done linting! Found 1 violation, 1 serious in 12 files.',
    ],
  ],
  ['golangci-lint-action', ['##[error]issues found']],
  [
    'flutter analyze',
    [
      "  error • Undefined name 'foo' • lib/main.dart:3:5 • undefined_identifier",
      '',
      '1 issue found. (ran in 2.3s)',
    ],
  ],
  ['markdownlint-cli2', ['Summary: 3 issues in 2 files']],
  [
    'cspell',
    ['README.md:12:5 - Unknown word (teh)', 'CSpell: Files checked: 42, Issues found: 1 in 1 file.'],
  ],
  [
    'clang-format --dry-run --Werror (its error is not a compile error)',
    [
      'src/main.cpp:86:40: error: code should be clang-formatted [-Wclang-format-violations]',
      '    for (i = 0; i < n; i++) { a[i] = i; }',
    ],
  ],
  [
    'dotnet format --verify-no-changes (its error is not a compile error)',
    [
      "/w/app/src/Program.cs(15,2): error WHITESPACE: Fix whitespace formatting. Insert '\\t'. [/w/app/src/App.csproj]",
    ],
  ],
  [
    'phpcs',
    [
      'FILE: /w/app/src/App.php',
      '-----',
      'FOUND 1 ERROR AFFECTING 1 LINE',
      '-----',
      ' 12 | ERROR | [x] Expected 1 space after IF keyword; 0 found',
    ],
  ],
];

test.each(failing)('%s: its failing report is typed quality-gate', (_tool, lines) => {
  expect(classify({ log: step(lines) }).type).toBe('quality-gate');
});

/** Clean runs, from the same sources: nothing here may claim a failure type. */
const passing: [string, string[]][] = [
  [
    'pre-commit',
    [
      'check yaml...............................................................Passed',
      'flake8...............................................(no files to check)Skipped',
    ],
  ],
  ['ruff check', ['All checks passed!']],
  ['ruff format --check', ['12 files already formatted']],
  ['black --check', ['All done! ✨ 🍰 ✨', '12 files would be left unchanged.']],
  ['pylint', ['Your code has been rated at 10.00/10 (previous run: 9.50/10, +0.50)']],
  ['mypy', ['Success: no issues found in 3 source files']],
  ['pyright', ['0 errors, 0 warnings, 0 informations']],
  [
    'commitlint with warnings only',
    ['⚠   body must have leading blank line [body-leading-blank]', '', '⚠   found 0 problems, 1 warnings'],
  ],
  ['prettier --check', ['Checking formatting...', 'All matched files use Prettier code style!']],
  ['detekt', ['BUILD SUCCESSFUL in 12s']],
  ['golangci-lint v2', ['0 issues.']],
  ['flutter analyze', ['Analyzing app...', 'No issues found! (ran in 2.1s)']],
  ['pytest-cov', ['Required test coverage of 80% reached. Total coverage: 92.00%']],
  ['cspell', ['CSpell: Files checked: 42, Issues found: 0 in 0 files.']],
  ['markdownlint-cli2', ['Summary: 0 issues in 0 files']],
  ['biome', ['Checked 12 files in 3ms. No fixes applied.']],
];

test.each(passing)('%s: its clean report claims nothing', (_tool, lines) => {
  expect(classify({ log: lines.join('\n') }).type).toBe('unknown');
});

test.each([
  ['a C++ compile error', "src/main.cpp:128:26: error: no matching function for call to 'f'"],
  ['a Swift compile error', "/w/app/Sources/App/View.swift:134:2: error: use of unresolved identifier 'x'"],
  [
    'a C# compile error',
    "/w/app/src/Program.cs(19,104): error CS0618: 'X' is obsolete [/w/app/src/App.csproj]",
  ],
])('%s is still typed build', (_what, line) => {
  expect(classify({ log: line }).type).toBe('build');
});

test('a javac error through Maven is still a compile error', () => {
  const line = '[ERROR] /w/app/src/main/java/App.java:[63,29] cannot find symbol';
  expect(classify({ log: line }).type).toBe('build');
});

test('a rustc lint denied by -D warnings in a build is not a clippy lint', () => {
  const line = '   = note: `-D unused-imports` implied by `-D warnings`';
  expect(classify({ log: line }).type).not.toBe('quality-gate');
});

test.each([
  ['npm run type-check', 'task:type-check'],
  ['yarn link-check', 'task:link-check'],
  ['pnpm run check-types', 'task:check-types'],
])('a hyphenated task word of the lexicon is one word: %s', (command, entry) => {
  expect(resolveCommandText(command, defaultLexicon())).toEqual([entry, 'quality-gate']);
});
