/**
 * The line a verdict shows is the first that states the cause (issue 68, item 4): not the command's echo
 * (`./gradlew assembleDebug`) where the tool said what went wrong, and a rule that fired more than once shows
 * where it first did. bench/evidence-line.ts measures it on the corpus's labelled lines (npm run eval:classify).
 */
import { classify, validateRuleFile } from '../../src/core/classify/index.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import { judgeShown, labelledLines, strippedLines, testNames } from '../../bench/evidence-line.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { failedRunLog } from '../classify-logs.js';

describe('the line shown', () => {
  test("a verdict the command's word decided shows what the tool said, not the command's echo", () => {
    // Gradle's own wording when a signing config names a keystore that is not there (no rule knows it).
    const keystore = 'Keystore file /home/runner/work/app/release.jks not found for signing config release.';
    const log = failedRunLog('./gradlew assembleDebug', [
      '> Configure project :app',
      keystore,
      'FAILURE: Build failed with an exception.',
      'BUILD FAILED in 12s',
    ]);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence?.text).toBe(keystore);
  });

  test("on Travis, a verdict its step's command decided shows what the tool printed before the step's end", () => {
    // Travis names the step's command at its end (`The command "x" exited with 1.`, travis-build); what x
    // printed lies between its echo and that line. The same Gradle wording as above, which no rule knows.
    const keystore = 'Keystore file /home/travis/build/app/release.jks not found for signing config release.';
    const log = [
      '$ ./gradlew dependencies',
      'BUILD SUCCESSFUL in 20s',
      'The command "./gradlew dependencies" exited with 0.',
      '',
      '$ ./gradlew assembleDebug',
      '> Configure project :app',
      keystore,
      'FAILURE: Build failed with an exception.',
      'BUILD FAILED in 12s',
      'The command "./gradlew assembleDebug" exited with 1.',
      '',
      'Done. Your build exited with 1.',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence?.text).toBe(keystore);
  });

  test("on Travis, an unknown verdict shows the failed step's end, right below what its script said last", () => {
    // A project's own check script (git-extras' check_integrity.sh) prints its finding in no error words.
    const log = [
      '$ ./check_integrity.sh git-rename-remote',
      "Run 'make docs' to create man/git-rename-remote.1 and man/git-rename-remote.html",
      'The command "./check_integrity.sh git-rename-remote" exited with 1.',
      '',
      'Done. Your build exited with 1.',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.rule).toBe('catch-all');
    expect(verdict.evidence).toEqual({
      line: 3,
      text: 'The command "./check_integrity.sh git-rename-remote" exited with 1.',
    });
  });

  test("on Travis, an unknown verdict shows the step's error-shaped line before its end, where it has one", () => {
    // R CMD check's own report (R's src/library/tools/R/check.R: `checking whether package ... can be
    // installed ... ERROR`, then `Installation failed.`).
    const failed = '* checking whether package ‘AnomalyDetection’ can be installed ... ERROR';
    const log = [
      '$ ./travis-tool.sh run_tests',
      '* checking for portable file names ... OK',
      failed,
      'Installation failed.',
      'The command "./travis-tool.sh run_tests" exited with 1.',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.rule).toBe('catch-all');
    expect(verdict.evidence).toEqual({ line: 3, text: failed });
  });

  test("on Travis, an unknown verdict shows what the script said before its end, not Maven's empty `[ERROR]`", () => {
    // Maven's logger prints an empty error message as `[ERROR] ` (its blank lines between error paragraphs); a
    // project's script (no tool or task word in its name) printing through it, in words no rule knows.
    const said = '[ERROR] Snapshot dependencies are not allowed in a release: org.acme:lib:jar:2.1-SNAPSHOT';
    const log = ['$ ./ci/check.sh', '[ERROR] ', said, 'The command "./ci/check.sh" exited with 1.'].join(
      '\n',
    );
    const verdict = classify({ log });
    expect(verdict.rule).toBe('catch-all');
    expect(verdict.evidence).toEqual({ line: 3, text: said });
  });

  test("above a runner's failure word, the last block of Maven's errors starts at its goal, not `[INFO] BUILD FAILURE`", () => {
    // `mvn test` on Travis where javac itself crashed (its own message and stack trace, no `[ERROR]` of its own):
    // Maven's reactor summary, `BUILD FAILURE`, then its `[ERROR]` footer (maven-core's
    // DefaultExceptionHandler and MavenCli: the goal, blank `[ERROR] ` lines, the advice, `-rf :module`).
    const goal =
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.3:compile (default-compile) on project benchmarks: Compilation failure -> [Help 1]';
    const log = [
      '$ mvn test -B',
      '[INFO] --- maven-compiler-plugin:3.3:compile (default-compile) @ benchmarks ---',
      '[INFO] Compiling 32 source files to /home/travis/build/acme/app/benchmarks/target/classes',
      'An exception has occurred in the compiler (1.8.0_151). Please file a bug against the Java compiler via the Java bug reporting page.',
      'java.lang.IllegalStateException: endPosTable already set',
      ...Array.from(
        { length: 40 },
        (_, i) => `\tat com.sun.tools.javac.main.JavaCompiler.compile(JavaCompiler.java:${800 + i})`,
      ),
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] Reactor Summary:',
      '[INFO] ',
      '[INFO] App (Parent) ....................................... SUCCESS [  0.402 s]',
      '[INFO] App Core ........................................... SUCCESS [01:52 min]',
      '[INFO] App Benchmarks ..................................... FAILURE [  0.913 s]',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] BUILD FAILURE',
      '[INFO] ------------------------------------------------------------------------',
      '[INFO] Total time: 01:54 min',
      '[INFO] Finished at: 2026-01-01T10:00:00+00:00',
      '[INFO] Final Memory: 31M/512M',
      '[INFO] ------------------------------------------------------------------------',
      goal,
      '[ERROR] ',
      '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
      '[ERROR] ',
      '[ERROR] For more information about the errors and possible solutions, please read the following articles:',
      '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException',
      '[ERROR] ',
      '[ERROR] After correcting the problems, you can resume the build with the command',
      '[ERROR]   mvn <goals> -rf :benchmarks',
      '',
      'The command "mvn test -B" exited with 1.',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(goal);
  });

  test("Gradle's `* What went wrong:` shows the cause under its task's failure, not `BUILD FAILED`", () => {
    // Gradle's BuildExceptionReporter (gradle/gradle): the failure, then its cause as `> ...`; the Android
    // Gradle plugin's AAR metadata check (CheckAarMetadataTask) in its own words, which no rule knows.
    const cause =
      "> 1 issue was found when checking AAR metadata: Dependency 'androidx.core:core:1.13.0' requires libraries and applications that depend on it to compile against version 34 or later of the Android APIs.";
    const log = failedRunLog('./gradlew assembleRelease', [
      '> Task :app:checkReleaseAarMetadata FAILED',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':app:checkReleaseAarMetadata'.",
      cause,
      ':app is currently compiled against android-33.',
      '',
      '* Try:',
      '> Run with --stacktrace option to get the stack trace.',
      '',
      'BUILD FAILED in 31s',
    ]);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence?.text).toBe(cause);
  });

  test("Sphinx's `Warning, treated as error:` shows the warning -W aborted on, printed under it", () => {
    // sphinx-doc/sphinx v7.4.0 sphinx/cmd/build.py handle_exception: the SphinxWarning's category and a colon,
    // then its text, `location:message` (sphinx/util/logging.py WarningIsErrorFilter), with no WARNING word.
    const warning = "/home/runner/work/lib/lib/docs/usage.rst:40:undefined label: 'setup'";
    const log = failedRunLog('make html SPHINXOPTS="-W"', [
      'Running Sphinx v7.4.7',
      'reading sources... [100%] usage',
      '',
      'Warning, treated as error:',
      warning,
      'make: *** [Makefile:20: html] Error 2',
    ]);
    const verdict = classify({ log });
    expect([verdict.type, verdict.rule]).toEqual(['build', 'sphinx-warnings-as-errors']);
    expect(verdict.evidence?.text).toBe(warning);
  });

  test("MkDocs 1.5+'s --strict shows the warning it counted, in its level's new padding, not the abort", () => {
    // mkdocs/mkdocs 1.6.1 mkdocs/__main__.py ColorFormatter: f'{record.levelname:<8}-  ' (1.4 had a space
    // before the dash); mkdocs/commands/build.py build raises the abort after the warnings it counted.
    const warning =
      "WARNING -  Doc file 'index.md' contains a link 'setup.md', but the target is not found among documentation files.";
    const log = failedRunLog('mkdocs build --strict', [
      'INFO    -  Cleaning site directory',
      warning,
      '',
      'Aborted with 1 warnings in strict mode!',
    ]);
    const verdict = classify({ log });
    expect([verdict.type, verdict.rule]).toEqual(['build', 'mkdocs-strict-aborted']);
    expect(verdict.evidence?.text).toBe(warning);
  });

  test("an error a tool printed before Gradle's `* What went wrong:` is shown first: the cause, not the task that ran it", () => {
    // flutter_tools' asset check (`Error detected in pubspec.yaml:`, then the asset it lacks), run by Gradle's
    // compileFlutterBuildDebug task, whose failure Gradle then reports.
    const flutter = 'Error detected in pubspec.yaml:';
    const log = failedRunLog('flutter build apk', [
      flutter,
      'No file or variants found for asset: assets/agconnect-services.json.',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':app:compileFlutterBuildDebug'.",
      "> Process 'command '/opt/flutter/bin/flutter'' finished with non-zero exit value 1",
      '',
      'BUILD FAILED in 40s',
    ]);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence?.text).toBe(flutter);
    // A line far above, of an earlier task (a download whose address holds `error`), is not what Gradle reports.
    const download =
      'Download https://jcenter.bintray.com/org/apache/maven/maven-error-diagnostics/2.2.1/maven-error-diagnostics-2.2.1.pom';
    const cause = '> com.android.builder.testing.api.DeviceException: No connected devices!';
    const far = failedRunLog('./gradlew build connectedCheck', [
      download,
      ...Array.from({ length: 20 }, (_, i) => `> Task :app:step${i}`),
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':app:connectedDebugAndroidTest'.",
      cause,
      'BUILD FAILED in 2m',
    ]);
    expect(classify({ log: far }).evidence?.text).toBe(cause);
  });

  test("Gradle's `* What went wrong:` under a script's evaluation shows its `> cause`; a first line that wraps nothing is shown itself", () => {
    // A script's evaluation failing (Gradle's `A problem occurred evaluating ...` and its `> ...` cause).
    const cause = "> Could not get unknown property 'signingKey' for object of type SigningExtension.";
    const evaluating = failedRunLog('./gradlew assembleRelease', [
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "A problem occurred evaluating project ':app'.",
      cause,
      'BUILD FAILED in 2s',
    ]);
    expect(classify({ log: evaluating }).evidence?.text).toBe(cause);
    const plain = failedRunLog('./gradlew assembleRelease', [
      '* What went wrong:',
      'Gradle could not start your build.',
      'BUILD FAILED in 2s',
    ]);
    expect(classify({ log: plain }).evidence?.text).toBe('Gradle could not start your build.');
  });

  test("mocha's `N failing` shows the message of the first failure its list holds, not the tally", () => {
    // mocha's spec reporter (mochajs/mocha lib/reporters/base.js): the tally, then `1) suite`, the test's
    // title ending in `:`, then the error's message and its stack.
    // The message a schema validator (joi) threw, in words no rule knows.
    const message = 'ValidationError: "forumTopicId" is not allowed';
    const log = failedRunLog('npx mocha', [
      '  api',
      '    1) returns the user',
      '',
      '  0 passing (40ms)',
      '  1 failing',
      '',
      '  1) api',
      '       returns the user:',
      '',
      `      ${message}`,
      '      at Context.<anonymous> (test/api.test.js:12:30)',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence?.text).toBe(message);
    // A tally with no list under it (a reporter that prints none) stays shown.
    const bare = failedRunLog('npx mocha', ['  0 passing (40ms)', '  1 failing']);
    expect(classify({ log: bare }).evidence?.text).toBe('1 failing');
  });

  test('a rule that fired on several lines shows the first: the first error, not the last', () => {
    // tsc's diagnostic format (microsoft/TypeScript src/compiler/program.ts formatDiagnostic).
    const first = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    const log = failedRunLog('npx tsc -p .', [
      first,
      "src/b.ts(9,1): error TS2304: Cannot find name 'foo'.",
      'Found 2 errors in 2 files.',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(first);
  });

  test("npm's `command failed` under a script it ran shows what the script said, not npm's block", () => {
    // npm 11.19.1 run here: `npm install` whose root postinstall throws (@npmcli/run-script's banner, Node's
    // uncaught exception report, then lib/utils/error-message.js getError's block).
    const thrown = 'Error: binding.gyp: the native addon needs libleftpad 2.1 headers';
    const log = failedRunLog('npm install', [
      '',
      '> app@1.0.0 postinstall',
      '> node build-native.js',
      '',
      '/home/runner/work/app/app/build-native.js:1',
      "throw new Error('binding.gyp: the native addon needs libleftpad 2.1 headers');",
      '^',
      '',
      thrown,
      '    at Object.<anonymous> (/home/runner/work/app/app/build-native.js:1:7)',
      '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
      '',
      'Node.js v20.20.2',
      'npm error code 1',
      'npm error path /home/runner/work/app/app',
      'npm error command failed',
      'npm error command sh -c node build-native.js',
      'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-02T06_52_46_175Z-debug-0.log',
    ]);
    const verdict = classify({ log });
    expect({ type: verdict.type, rule: verdict.rule, text: verdict.evidence?.text }).toEqual({
      type: 'build',
      rule: 'npm-own-install-script-failed',
      text: thrown,
    });
  });

  test("npm's `command failed` after two packages' script output shows the failed script's own line, the latest", () => {
    // `npm ci --foreground-scripts` prints each package's install script output as it runs it (npm/cli
    // lib/commands/ci.js, @npmcli/run-script): a dependency's install script reported an error it recovered from
    // (its prebuilt binary missing, a JavaScript fallback instead) and exited 0, then the project's own postinstall
    // threw, which failed the step. npm's block sums up the script that failed, the last one it ran.
    const thrown = 'Error: binding.gyp: the native addon needs libleftpad 2.1 headers';
    const log = failedRunLog('npm ci --foreground-scripts', [
      '',
      '> fsnotify-native@2.0.1 install',
      '> node install/check.js',
      '',
      'Error: prebuilt binary for linux-x64 not found at https://example.org/fsnotify-native-v2.0.1-linux-x64.tar.gz',
      '    at check (/home/runner/work/app/app/node_modules/fsnotify-native/install/check.js:12:11)',
      'fsnotify-native: using the JavaScript fallback',
      '',
      '> app@1.0.0 postinstall',
      '> node build-native.js',
      '',
      '/home/runner/work/app/app/build-native.js:1',
      "throw new Error('binding.gyp: the native addon needs libleftpad 2.1 headers');",
      '^',
      '',
      thrown,
      '    at Object.<anonymous> (/home/runner/work/app/app/build-native.js:1:7)',
      '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
      '',
      'Node.js v20.20.2',
      'npm error code 1',
      'npm error path /home/runner/work/app/app',
      'npm error command failed',
      'npm error command sh -c node build-native.js',
      'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-02T06_52_46_175Z-debug-0.log',
    ]);
    const verdict = classify({ log });
    expect({ rule: verdict.rule, text: verdict.evidence?.text }).toEqual({
      rule: 'npm-own-install-script-failed',
      text: thrown,
    });
  });

  test("rustc's note that `-D warnings` made a lint an error shows the lint's own header above it", () => {
    // clippy 0.1.95 run here, `cargo clippy -- -D warnings` (rustc_errors emitter.rs: the header, `-->`, the
    // code window, then the child notes drawn `= note:`; rustc_middle lint.rs explain_lint_level_source).
    const header = 'error: unneeded `return` statement';
    const lint = (note: string): string[] => [
      '    Checking app v0.1.0 (/home/runner/work/app/app)',
      header,
      ' --> src/lib.rs:2:5',
      '  |',
      '2 |     return x + 1;',
      '  |     ^^^^^^^^^^^^',
      '  |',
      '  = help: for further information visit https://rust-lang.github.io/rust-clippy/rust-1.95.0/index.html#needless_return',
      note,
      'help: remove `return`',
      '  |',
      '2 -     return x + 1;',
      '2 +     x + 1',
      '  |',
      '',
      'error: could not compile `app` (lib) due to 1 previous error',
    ];
    for (const note of [
      '  = note: `-D clippy::needless-return` implied by `-D warnings`',
      '  = note: `#[deny(clippy::needless_return)]` on by default',
    ]) {
      const verdict = classify({ log: failedRunLog('cargo clippy -- -D warnings', lint(note)) });
      expect({ note, type: verdict.type, text: verdict.evidence?.text }).toEqual({
        note,
        type: 'quality-gate',
        text: header,
      });
    }
  });
});

describe('the first line that states the cause, not a summary (RuleSpec evidence, weigh.ts causeLine)', () => {
  test("a command's verdict shows the line a rule of its type stated, not the first error-shaped line after it", () => {
    // pre-commit/pre-commit pre_commit/commands/run.py @ a9bba55a (_start_msg padded with dots, `Failed`, the hook's
    // lines; --show-diff-on-failure's 'All changes made by hooks:' then git diff's output). The command's word
    // (pre-commit, a check) decides; the hook's `....Failed` line states what failed, the diff only what it changed.
    const log = failedRunLog('pre-commit run --all-files --show-diff-on-failure', [
      'trim trailing whitespace.................................................Failed',
      '- hook id: trailing-whitespace',
      '- exit code: 1',
      '- files were modified by this hook',
      '',
      'Fixing app.py',
      '',
      'pre-commit hook(s) made changes.',
      'All changes made by hooks:',
      'diff --git a/app.py b/app.py',
      'index 3b18e51..a5c1966 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -1,2 +1,2 @@',
      '-import sys ',
      '+import sys',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('quality-gate');
    expect(verdict.evidence?.text).toBe(
      'trim trailing whitespace.................................................Failed',
    );
  });

  test('an unknown verdict shows the cause Gradle stated under its header, not an earlier bare error line', () => {
    // generic-error claims nothing; the step went on past its `ERROR:` line into Gradle, whose failure report
    // (gradle/gradle BuildExceptionReporter: `* What went wrong:`, TaskExecutionException's "Execution failed for
    // task ':x'." and the cause under it) says what ended the step.
    const cause =
      '> Cannot invoke "org.gradle.api.provider.Provider.isPresent()" because "this.release" is null';
    const log = failedRunLog('./ci/publish.sh', [
      'ERROR: release notes are empty',
      '> Task :fullPublication FAILED',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':fullPublication'.",
      cause,
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('unknown');
    expect(verdict.evidence?.text).toBe(cause);
  });

  test('awesome_bot: the `Issues :-(` list, not the status of the first link it checked', () => {
    // awesome_bot's output (dkhamsing/awesome_bot lib/awesome_bot/cli.rb): every link's status, the white-listed
    // ones (a 404 among them is allowed), then `Issues :-(` and the links that failed.
    const log = failedRunLog('awesome_bot README.md --allow-dupe --white-list example.org', [
      '> Checking links in README.md',
      'Links to check: 3',
      'Checking URLs: ✓✓x',
      '> White listed:',
      '  1. [L0043] 200 https://example.org/ok.png',
      '  2. [L1020] 404 https://example.org/gone.png',
      '',
      'Issues :-( ',
      '> Links ',
      '  1. [L1581] 404 https://github.com/o/r/raw/master/img/preview.gif',
      'Wrote results to ab-results.json',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('quality-gate');
    expect(verdict.evidence?.text).toBe('Issues :-(');
  });

  test("Gradle's `Compilation error. See log for more details` shows the Kotlin compiler's error above it", () => {
    // The Kotlin Gradle plugin's summary and the compiler's `e: file:///...:L:C message` (JetBrains/kotlin
    // MessageRenderer), both rules of type build: the earlier line states the cause.
    const error =
      "e: file:///home/runner/work/app/app/src/main/java/a/Main.kt:104:41 Unresolved reference 'foo'.";
    const log = failedRunLog('./gradlew assembleDebug', [
      '> Task :app:compileDebugKotlin FAILED',
      error,
      '',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':app:compileDebugKotlin'.",
      '> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction',
      '   > Compilation error. See log for more details',
      'BUILD FAILED in 31s',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(error);
  });

  test("R CMD check's `Running the tests in ... failed.` above it is no cause: testthat's failure stays shown (a guard: the earliest line of its type is shown now)", () => {
    // R's tools/R/check.R and testthat's reporter (r-lib/testthat R/reporter-check.R).
    const failure = '── 1. Failure: parses the header (@test-read.R#12)  ──────────────────────────';
    const log = failedRunLog('R CMD check pkg_1.0.tar.gz', [
      '* checking tests ...',
      "  Running 'testthat.R'",
      ' ERROR',
      "Running the tests in 'tests/testthat.R' failed.",
      'Last 13 lines of output:',
      failure,
      'x not equal to 2.',
      'Status: 1 ERROR',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence?.text).toBe(failure);
  });

  test("a chain of causes shows its deepest link a rule saw: uv's DNS failure, not the download it broke", () => {
    // uv's error chain (anyhow-style, astral-sh/uv crates/uv/src/main.rs: each cause on a `Caused by:` line).
    const root =
      'Caused by: failed to lookup address information: nodename nor servname provided, or not known';
    const log = failedRunLog(
      'uv python find 3.13',
      [
        "error: Error while fetching remote python downloads json from 'https://example.org/download-metadata.json'",
        '  Caused by: Failed to download https://example.org/download-metadata.json',
        '  Caused by: error sending request for url (https://example.org/download-metadata.json)',
        '  Caused by: client error (Connect)',
        '  Caused by: dns error',
        `  ${root}`,
      ],
      2,
    );
    const verdict = classify({ log });
    expect(verdict.type).toBe('network');
    expect(verdict.evidence?.text).toBe(root);
  });

  test('a rule whose evidence pattern is no RegExp is refused when the rules load', () => {
    const broken = structuredClone<typeof ruleFile>(ruleFile);
    (broken.rules[0] as { evidence?: string }).evidence = '([';
    expect(() => validateRuleFile(broken)).toThrow(/evidence must be a RegExp/);
  });
});

test('a success line between the first and the last hit does not lower the verdict: it stands on the last', () => {
  const a = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
  const b = "src/b.ts(9,1): error TS2304: Cannot find name 'foo'.";
  const plain = classify({ log: [a, b].join('\n') });
  const between = classify({ log: [a, 'BUILD SUCCESSFUL in 3s', b].join('\n') });
  expect(between).toMatchObject({ type: plain.type, confidence: plain.confidence });
  expect(between.confidence).not.toBe('low');
  expect(between.evidence?.text).toBe(a);
});

describe('judging a shown line against the labelled one (bench/evidence-line.ts)', () => {
  const lines = [
    'Run ./gradlew assembleDebug',
    '> Configure project :app',
    'E: Failed to fetch http://example.org/Packages  404  Not Found [IP: 10.0.0.1 80]',
    'FAILURE: Build failed with an exception.',
    'a',
    'b',
    'c',
    'BUILD FAILED in 12s',
  ];
  const label = 'E: Failed to fetch http://example.org/Packages  404  Not Found [IP: 10.0.0.2 80]';

  test('the labelled text is found whatever its numbers, and a line near it is of the same cause', () => {
    expect(labelledLines(lines, 'FAILURE: Build failed')).toEqual([4]);
    expect(judgeShown(lines, 'FAILURE: Build failed', { evidence: { line: 4, text: lines[3]! } })).toBe(
      'labelled',
    );
    expect(judgeShown(lines, label, { evidence: { line: 3, text: lines[2]! } })).toBe('labelled');
    expect(judgeShown(lines, 'FAILURE: Build failed', { evidence: { line: 2, text: lines[1]! } })).toBe(
      'near',
    );
  });

  test("the command's echo far from the cause, or no line, is elsewhere; a label not in the log is not judged", () => {
    expect(judgeShown(lines, 'BUILD FAILED in', { evidence: { line: 1, text: lines[0]! } })).toBe(
      'elsewhere',
    );
    expect(judgeShown(lines, 'BUILD FAILED in', {})).toBe('elsewhere');
    expect(judgeShown(lines, 'not in this log', { evidence: { line: 1, text: 'x' } })).toBeUndefined();
  });
});

describe('the new judge: a line of the same cause farther than 3 lines (bench/evidence-line.ts sameCause)', () => {
  // pytest's report: the failure's `E` line, its traceback, then the run's tally (pytest src/_pytest/terminal.py).
  const pytest = [
    '$ pip install -e .',
    'ERROR: Could not find a version that satisfies the requirement wheel-x (from versions: none)',
    '$ pytest tests',
    '=================================== FAILURES ===================================',
    '________________________________ test_addition _________________________________',
    '    def test_addition():',
    '>       assert add(1, 1) == 3',
    'E       assert 2 == 3',
    'WARNING: the tests ran without a display',
    'tests/test_math.py:4: AssertionError',
    '',
    '=========================== short test summary info ============================',
    'FAILED tests/test_math.py::test_addition - assert 2 == 3',
    '============================== 1 failed in 0.12s ===============================',
  ];
  const tally = '1 failed in 0.12s';
  const at = (line: number, type = 'test') => ({ type, evidence: { line, text: pytest[line - 1]! } });

  test('the labelled tally accepts a failure of its run shown before it', () => {
    expect(judgeShown(pytest, tally, at(8))).toBe('same');
    expect(judgeShown(pytest, tally, at(8))).not.toBe('near');
  });

  test('it refuses an earlier command, a line that states no failure, another type, and a shown tally', () => {
    // the install's error, before the test command's echo: another command's failure
    expect(judgeShown(pytest, tally, at(2))).toBe('elsewhere');
    // a warning and a plain code line state no failure
    expect(judgeShown(pytest, tally, at(9))).toBe('elsewhere');
    expect(judgeShown(pytest, tally, at(6))).toBe('elsewhere');
    // a tally of failed tests counts no build error
    expect(judgeShown(pytest, tally, at(8, 'build'))).toBe('elsewhere');
    // a summary shown where the label states the cause
    expect(judgeShown(pytest, 'E       assert 2 == 3', at(14))).toBe('elsewhere');
  });

  test("a tally accepts no failure after it, except mocha's and rspec's, which head their list of failures", () => {
    const lines = [
      '  1 failing',
      '',
      '  1) parser',
      '       rejects bad input:',
      '',
      '     AssertionError: expected 1 to equal 2',
      '      at Context.<anonymous> (test/p.js:9:5)',
    ];
    expect(judgeShown(lines, '1 failing', { type: 'test', evidence: { line: 6, text: lines[5]! } })).toBe(
      'same',
    );
    // rspec's tally heads `Failed examples:` (rspec-core lib/rspec/core/formatters/base_text_formatter.rb).
    const rspec = [
      '3 examples, 1 failure',
      '',
      'Failed examples:',
      '',
      '',
      'rspec ./spec/a_spec.rb:12 # A parses',
    ];
    expect(
      judgeShown(rspec, '3 examples, 1 failure', { type: 'test', evidence: { line: 6, text: rspec[5]! } }),
    ).toBe('same');
    const jest = [
      'Tests:       1 failed, 3 passed, 4 total',
      'Time:        1.2 s',
      '',
      '',
      'Error: Process exited',
      'TypeError: x is not a function',
    ];
    expect(judgeShown(jest, 'Tests: 1 failed', { type: 'test', evidence: { line: 6, text: jest[5]! } })).toBe(
      'elsewhere',
    );
  });

  test("a failed test's header accepts its own error below it, not another test's", () => {
    // unittest's report (cpython Lib/unittest/runner.py printErrorList): FAIL: header, traceback, the error.
    const lines = [
      'FAIL: test_one (tests.test_a.A)',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      '  File "tests/test_a.py", line 5, in test_one',
      '    self.assertTrue(x)',
      'AssertionError: False is not true',
      '======================================================================',
      'FAIL: test_two (tests.test_a.A)',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      '  File "tests/test_a.py", line 9, in test_two',
      'AssertionError: 1 != 2',
    ];
    const shown = (line: number) => ({ type: 'test', evidence: { line, text: lines[line - 1]! } });
    expect(judgeShown(lines, 'FAIL: test_one (tests.test_a.A)', shown(6))).toBe('same');
    expect(judgeShown(lines, 'FAIL: test_one (tests.test_a.A)', shown(12))).toBe('elsewhere');
  });

  test("the same message nested in a chain is the same cause; a message that only shares a chain's prefix is not", () => {
    // Gradle's `* What went wrong:` nests the cause under `> `; the stack trace below repeats it as `Caused by:`.
    const lines = [
      "Execution failed for task ':app:packageRelease'.",
      '   > com.android.ide.common.signing.KeytoolException: Failed to read key release from store "/r.jks": Invalid keystore format',
      ...Array.from({ length: 10 }, (_, i) => `\tat org.gradle.Frame${i}.run(Frame.java:${i})`),
      'Caused by: com.android.ide.common.signing.KeytoolException: Failed to read key release from store "/r.jks": Invalid keystore format',
      'Caused by: java.io.IOException: Invalid keystore format',
    ];
    const label = lines[12]!;
    const shown = (line: number) => ({ type: 'config', evidence: { line, text: lines[line - 1]! } });
    expect(judgeShown(lines, label, shown(2))).toBe('same');
    expect(judgeShown(lines, label, shown(5))).toBe('elsewhere');
  });

  test('the same test named on both lines is the same cause; a shared tool word or file is not', () => {
    const lines = [
      '--- FAIL: TestAlpha (0.02s)',
      'a',
      'b',
      'c',
      'd',
      '    FAIL: TestAlpha/Meetups (0.00s)',
      'FAIL: TestBeta (0.01s)',
    ];
    const shown = (line: number) => ({ type: 'test', evidence: { line, text: lines[line - 1]! } });
    expect(judgeShown(lines, 'FAIL: TestAlpha/Meetups (0.00s)', shown(1))).toBe('same');
    expect(judgeShown(lines, 'FAIL: TestBeta (0.01s)', shown(1))).toBe('elsewhere');
    expect(testNames('pytest failed in tests/test_math.py: unittest')).toEqual(new Set());
    expect(testNames('DirtyFlagTest.testIsDirty:45 expected')).toEqual(
      new Set(['DirtyFlagTest', 'testIsDirty']),
    );
  });

  const judged = (lines: string[], label: string, line: number, type = 'test') =>
    judgeShown(lines, label, { type, evidence: { line, text: lines[line - 1]! } });

  test("Travis' end of a failed command sums up an error that command printed, not another command's", () => {
    // travis-build ends each command with `The command "x" exited with N.`; perlcritic's default format
    // (Perl::Critic::Violation, verbosity 4: `%m at line %l, column %c.  %e.  (Severity: %s)`) above it.
    const violation = (line: number) =>
      `Use IO::Interactive::is_interactive() instead of -t at line ${line}, column 28.  See page 218 of PBP.  (Severity: 5)`;
    const lines = [
      '$ cpanm --quiet --notest Perl::Critic',
      "! Couldn't find module or a distribution Perl::Critic::Nonexistent",
      '$ perlcritic mysqltuner.pl',
      violation(69),
      ...[203, 512, 870, 1204, 1350].map(violation),
      'The command "perlcritic mysqltuner.pl" exited with 2.',
      '',
      'travis_fold:start:cache.2',
      'store build cache',
      'travis_fold:end:cache.2',
      'Error: Done. Your build exited with 1.',
    ];
    const label = 'The command "perlcritic mysqltuner.pl" exited with 2.';
    expect(judged(lines, label, 4, 'quality-gate')).toBe('same');
    // what the command before printed, and the build's end after it, are not what perlcritic said
    expect(judged(lines, label, 2, 'quality-gate')).toBe('elsewhere');
    expect(judged(lines, label, 15, 'quality-gate')).toBe('elsewhere');
    // a command's end whose echo the log does not hold sums up nothing the judge can place
    expect(judged(lines.slice(3), label, 1, 'quality-gate')).toBe('elsewhere');
  });

  test("an assertion's diff (`- 1`, `+ 0`) and PowerShell's error record are no shell trace; a trace still is", () => {
    // vitest's report (packages/vitest/src/node/reporters): the error, its diff under the legend, the tallies.
    const vitest = [
      'FAIL  test/store.test.ts > store > keeps one entry',
      'AssertionError: expected [] to have a length of 1 but got +0',
      '',
      '- Expected',
      '+ Received',
      '',
      '- 1',
      '+ 0',
      '',
      '❯ test/store.test.ts:12:25',
      'Test Files  1 failed | 3 passed (4)',
      'Tests  1 failed | 9 passed (10)',
    ];
    const tally = 'Tests  1 failed | 9 passed (10)';
    expect(judged(vitest, tally, 2)).toBe('same');
    // a set -x trace between the error and the tally is another command (bash's PS4 `+ `)
    const traced = [...vitest.slice(0, 9), '+ npm run coverage', ...vitest.slice(9)];
    expect(judged(traced, tally, 2)).toBe('elsewhere');
    // cmake's `-- ...` status is no diff's removed line: the trace under it is still a trace
    const cmake = [
      ...vitest.slice(0, 9),
      '-- Build files have been written to: /x/build',
      '+ make check',
      ...vitest.slice(9),
    ];
    expect(judged(cmake, tally, 2)).toBe('elsewhere');
    // PowerShell's error record (NormalView) under a Pester failure; Pester 4's summary counts it
    const pester = [
      '[-] Exports the report 45ms',
      "PropertyNotFoundException: The property 'Count' cannot be found on this object.",
      'at <ScriptBlock>, /home/travis/build/x/Report.Tests.ps1: line 12',
      "The property 'Value' cannot be found on this object. Verify that the property exists.",
      '+ CategoryInfo          : NotSpecified: (:) [], PropertyNotFoundException',
      '+ FullyQualifiedErrorId : PropertyNotFoundStrict',
      '[+] Failed teardown does not let exception propagate outside of the scope in which it failed 6.89s',
      'Tests completed in 207s',
      'Tests Passed: 996, Failed: 9, Skipped: 2, Pending: 0, Inconclusive: 0',
    ];
    const summary = 'Tests Passed: 996, Failed: 9, Skipped: 2, Pending: 0, Inconclusive: 0';
    expect(judged(pester, summary, 1)).toBe('same');
    // a passed test's time is no count; another run's tally between still closes it
    const twoRuns = [
      ...pester.slice(0, 2),
      'failed 2 and passed 10 tests in 1.2 seconds',
      ...pester.slice(2),
    ];
    expect(judged(twoRuns, summary, 1)).toBe('elsewhere');
  });

  test("awesome_bot's `Issues :-(` counts the links listed under it, not the white-listed ones above", () => {
    // dkhamsing/awesome_bot lib/awesome_bot/cli.rb and output.rb: the white list, then the issues' heading,
    // `> Links` and one `  NN. [Lnnnn] status url` line each (no status where the request failed), `> Dupes`.
    const lines = [
      '> Checking links in README.md',
      'Checking URLs: ✓✓x✓→',
      'Checking white listed URLs: x',
      '',
      '> White listed:',
      '1. [L0012] 404 https://white.example.org/gone',
      '2. [L0020] 200 https://white.example.org/a',
      '3. [L0023] 200 https://white.example.org/b',
      '',
      'Issues :-(',
      '> Links',
      '1. [L0191] 301 https://github.com/a/b  → https://github.com/c/b',
      '2. [L0239] 522 http://www.example.com/x.jpg',
      '3. [L1170] 301 https://github.com/a/c  → https://github.com/c/c',
      '4. [L1674]  http://simplecv.org/ Connection refused - connect(2) for "simplecv.org" port 80',
      '> Dupes',
      'None ✓',
    ];
    expect(judged(lines, 'Issues :-(', 15, 'quality-gate')).toBe('same');
    expect(judged(lines, 'Issues :-(', 6, 'quality-gate')).toBe('elsewhere');
    expect(judged(lines, 'Issues :-(', 2, 'quality-gate')).toBe('elsewhere');
  });

  test("an exception's message is the same message a report repeats without the exception's class", () => {
    const far = (first: string, last: string) => [
      first,
      ...Array.from({ length: 8 }, (_, i) => `line ${i}`),
      last,
    ];
    // surefire's summary line (`Class.test:84 expected...`) and opentest4j's exception it reports
    const surefire = far(
      'org.opentest4j.AssertionFailedError: expected: <true> but was: <false>',
      '[ERROR] DurationUtilsTest.testOfConsumer:84->lambda$testOfConsumer$1:84 expected: <true> but was: <false>',
    );
    expect(judged(surefire, surefire[9]!, 1)).toBe('same');
    // another assertion's message is not
    const other = ['org.opentest4j.AssertionFailedError: expected: <1> but was: <2>', ...surefire.slice(1)];
    expect(judged(other, surefire[9]!, 1)).toBe('elsewhere');
    // sbt's failed task repeats the exception's message after the task (`[error] (x / task) message`)
    const sbt = far(
      '[error] java.lang.RuntimeException: akka-cluster: Binary compatibility check failed!',
      '[error] (akka-cluster / mimaReportBinaryIssues) akka-cluster: Binary compatibility check failed!',
    );
    expect(judged(sbt, sbt[9]!, 1, 'quality-gate')).toBe('same');
    // Gradle's `> message` (no error word of its own) and the `Caused by:` link of its stack trace
    const gradle = far(
      '> Cannot invoke "org.gradle.api.provider.Provider.isPresent()" because "this.immutableRelease" is null',
      'Caused by: java.lang.NullPointerException: Cannot invoke "org.gradle.api.provider.Provider.isPresent()" because "this.immutableRelease" is null',
    );
    expect(judged(gradle, gradle[9]!, 1, 'build')).toBe('same');
    // BuildKit's step `#6 ERROR: x` (a step's number, no count of errors) and buildx's `error: failed to solve: ... x`
    const copy =
      'failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:df9b93';
    const buildkit = far(`#6 ERROR: ${copy}`, `error: failed to solve: failed to compute cache key: ${copy}`);
    expect(judged(buildkit, buildkit[9]!, 1, 'network')).toBe('same');
    const otherBlob = [`#7 ERROR: ${copy.replace('df9b93', '0a1b2c')} (other layer)x`, ...buildkit.slice(1)];
    expect(judged(otherBlob, buildkit[9]!, 1, 'network')).toBe('elsewhere');
  });

  test("a traceback's indented `+` source line is no shell trace; bash's trace at the line's start is", () => {
    // pytest prints the failing function's source in its traceback (indented); the runner's timestamp goes.
    const corpus = mkdtempSync(path.join(tmpdir(), 'evidence-line-'));
    try {
      mkdirSync(path.join(corpus, 'dev/logs'), { recursive: true });
      const raw = [
        'E           ValueError: width must be a strictly positive scalar',
        '    def test_map():',
        '        data = (',
        '            (i + 1) * 10 * np.meshgrid(dec, ra)[0]',
        '            + 10 * np.meshgrid(dec, ra)[1]',
        '        )',
        '===== 1 failed, 1062 passed in 48.40s =====',
      ].map((l) => `2025-01-07T10:00:00.0000000Z ${l}`);
      writeFileSync(path.join(corpus, 'dev/logs/x1.log'), raw.join('\n'));
      const lines = strippedLines(corpus, 'x1');
      expect(judged(lines, '1 failed, 1062 passed in 48.40s', 1)).toBe('same');
      // the same line printed by bash's xtrace, at the line's start, is another command
      const traced = raw.map((l) => l.replace('Z             + 10', 'Z + 10'));
      writeFileSync(path.join(corpus, 'dev/logs/x2.log'), traced.join('\n'));
      expect(judged(strippedLines(corpus, 'x2'), '1 failed, 1062 passed in 48.40s', 1)).toBe('elsewhere');
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  test("cargo's `could not compile x (lib test) due to N previous errors` counts rustc's errors, not failed tests", () => {
    const lines = [
      'error: expected expression, found `let` statement',
      ...Array.from({ length: 6 }, (_, i) => ` --> src/read.rs:${i + 10}:9`),
      'error: could not compile `zip` (lib test) due to 265 previous errors',
    ];
    const label = 'error: could not compile `zip` (lib test) due to 265 previous errors';
    expect(judged(lines, label, 1, 'build')).toBe('same');
    // a tally of failed tests still counts no build error
    const tests = [...lines.slice(0, 7), 'test result: FAILED. 3 passed; 2 failed; 0 ignored'];
    expect(judged(tests, 'test result: FAILED. 3 passed; 2 failed; 0 ignored', 1, 'build')).toBe('elsewhere');
  });

  test("Gradle's `> Task :test FAILED` and Next.js' export summary sum up the failures printed above them", () => {
    // Gradle: the test task's failures and tally, then the task's verdict (ConsoleRenderer's task header).
    const gradle = [
      'DownloadTest > downloadsFile() FAILED',
      '    java.net.SocketTimeoutException at DownloadTest.java:42',
      '',
      '597 tests completed, 3 failed, 9 skipped',
      '',
      'There were failing tests. See the report at: file:///home/runner/work/app/build/reports/tests/test/index.html',
      '',
      '',
      '> Task :test FAILED',
    ];
    expect(judged(gradle, '> Task :test FAILED', 4)).toBe('same');
    // an error printed after the task's verdict is another task's
    const after = [...gradle, '', '', '', '> Task :app:compileKotlin FAILED', 'e: Unresolved reference: x'];
    expect(judged(after, '> Task :test FAILED', 14)).toBe('elsewhere');
    // Next.js (packages/next/src/export): each page's prerender error, then the pages that failed
    const next = [
      'Error occurred prerendering page "/api/events". Read more: https://nextjs.org/docs/messages/prerender-error',
      "TypeError: Cannot read properties of null (reading 'from')",
      '    at /home/runner/work/app/.next/server/app/api/events/route.js:1:2345',
      '',
      '',
      '> Export encountered errors on following paths:',
      '/api/events/route: /api/events',
    ];
    const label = '> Export encountered errors on following paths:';
    expect(judged(next, label, 1, 'build')).toBe('same');
    // a page path listed under it states no failure of its own
    expect(judged([...next, '', '', '', '/about: /about'], label, 11, 'build')).toBe('elsewhere');
  });

  test("xUnit's `[FAIL]` line and dotnet test's `Failed` line name one test; another test of the class does not", () => {
    // xunit's console runner (`[xUnit.net 00:00:05.82]     Ns.ClassTests.Method [FAIL]`), then dotnet test's
    // logger (`Failed Ns.ClassTests.Method [12 ms]`) with the assertion between.
    const lines = [
      '[xUnit.net 00:00:05.82]     Exporter.Tests.ProgramTests.JsonToTerraform_ValidArgs_CallsHandler [FAIL]',
      ...Array.from(
        { length: 6 },
        (_, i) => `    at Exporter.Program.Run() in /src/Program.cs:line ${i + 10}`,
      ),
      '  Failed Exporter.Tests.ProgramTests.JsonToTerraform_ValidArgs_CallsHandler [12 ms]',
      '  Failed Exporter.Tests.ParserTests.Parse_Empty [3 ms]',
    ];
    expect(judged(lines, lines[7]!, 1)).toBe('same');
    expect(judged(lines, lines[8]!, 1)).toBe('elsewhere');
  });

  test('a message a CLI quoted as a JSON member is the message it printed', () => {
    // firebase-tools' debug output (`"error": "..."` with its colour codes escaped), then its `Error: ...` line.
    const lines = [
      '"error": "Failed to authenticate, have you run \\u001b[1mfirebase login\\u001b[22m?"',
      ...Array.from({ length: 6 }, (_, i) => `[debug] request ${i}`),
      'Error: Failed to authenticate, have you run firebase login?',
    ];
    expect(judged(lines, lines[7]!, 1, 'config')).toBe('same');
    const other = ['"error": "HTTP Error: 404, Project not found"', ...lines.slice(1)];
    expect(judged(other, lines[7]!, 1, 'config')).toBe('elsewhere');
  });

  test("bun's `N tests failed:` list and its ` N fail` summary count the same failures", () => {
    // bun test (src/cli/test_command.zig): each `(fail)` test, the list of failed tests again, then the summary.
    const lines = [
      '(fail) CLI run command > inline Python execution with -e [342.00ms]',
      '',
      '2 tests failed:',
      '(fail) CLI run command > inline Python execution with -e [342.00ms]',
      '(fail) CLI run command > inline bash execution [325.00ms]',
      '',
      '129 pass',
      '2 fail',
      '395 expect() calls',
      'Ran 131 tests across 8 files. [24.10s]',
    ];
    expect(judged(lines, '2 fail', 3)).toBe('same');
    // a passing run's summary counts nothing
    const passing = lines.map((l) => (l === '2 fail' ? '0 fail' : l));
    expect(judged(passing, '0 fail', 3)).toBe('elsewhere');
  });

  test("surefire's `Tests in error:` counts the class result that reported its error, not another run's", () => {
    // maven-surefire 2.x: each class's result (`<<< FAILURE!` when it had any), then `Results :` and the lists.
    const lines = [
      'Running com.example.XmlValidatorTest',
      'Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 3.364 sec <<< FAILURE!',
      'validate(com.example.XmlValidatorTest)  Time elapsed: 0.02 sec  <<< ERROR!',
      'Running com.example.ParserTest',
      'Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.1 sec',
      '',
      'Results :',
      '',
      'Tests in error: ',
      "  validate(com.example.XmlValidatorTest): cvc-enumeration-valid: Value '999.9999' is not facet-valid",
      '',
      'Tests run: 6, Failures: 0, Errors: 1, Skipped: 0',
    ];
    expect(judged(lines, 'Tests in error:', 2)).toBe('same');
    // a failing class of an earlier module's run (its own tally between) is another run's
    const modules = [
      'Tests run: 3, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 1 sec <<< FAILURE!',
      '',
      'Tests run: 3, Failures: 2, Errors: 0, Skipped: 0',
      ...lines,
    ];
    expect(judged(modules, 'Tests in error:', 1)).toBe('elsewhere');
  });
});
