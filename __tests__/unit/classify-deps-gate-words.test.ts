/**
 * Dependency failures and quality gates in the words of the tools that print them (rules pkg-manager-resolve's
 * Bundler and SwiftPM lines, gradle-compile-failed, cargo-build, cargo-could-not-compile), as a user's failed
 * GitHub Actions step prints them: each line is a format string or documented output of the source the rule's
 * `why` names, filled in. The failing command's word (`swift build`, `./gradlew build`, `cargo clippy`) would
 * type these steps as builds, so the tool's own line must decide. The look-alikes (a test quoting the words, a
 * compile error under clippy or Gradle, a linker failure, zero counts) must keep their type.
 */
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { failedRunLog, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** The ids of the rules of `types` that fire on `line`. */
const firing = (line: string, types: readonly string[]): string[] => {
  const { first } = scanText(line, ruleSet);
  return ruleSet.rules
    .filter((r) => first[r.index] !== undefined && types.includes(r.spec.type))
    .map((r) => r.spec.id);
};

describe('rule pkg-manager-resolve: Bundler and SwiftPM', () => {
  test.each([
    "/opt/hostedtoolcache/Ruby/3.3.0/x64/lib/ruby/3.3.0/bundler/definition.rb:686:in 'materialize': Could not find rake-13.1.0 in locally installed gems (Bundler::GemNotFound)",
  ])('fires on: %s', (line) => expect(fires('pkg-manager-resolve', line)).toBe(true));
  test.each([
    // a test's expectation quoting the words, prose about them
    '            got: "Could not find rake-13.1.0 in locally installed gems"',
    '# Could not find rake in locally installed gems: run bundle install first',
    'Resolving dependencies... could not be resolved because of a typo',
  ])('does not fire on: %s', (line) => expect(fires('pkg-manager-resolve', line)).toBe(false));
});

describe('rules gradle-compile-failed, cargo-build and cargo-could-not-compile: the cause, not the wrapper', () => {
  test.each([
    '> Compilation failed; see the compiler error output for details.',
    '   > Compilation error. See log for more details',
  ])('gradle-compile-failed fires on: %s', (line) => expect(fires('gradle-compile-failed', line)).toBe(true));
  test.each([
    // TaskExecutionException's wrapper: a compile task whose classpath did not resolve fails with it too
    "Execution failed for task ':app:compileJava'.",
    "Execution failed for task ':app:compileReleaseKotlin'.",
  ])('gradle-compile-failed does not fire on: %s', (line) =>
    expect(fires('gradle-compile-failed', line)).toBe(false),
  );
  test.each([
    'error: could not compile `app` due to 2 previous errors',
    'error: could not compile `app` due to 1 previous error; 1 warning emitted',
  ])('cargo-could-not-compile fires on: %s (and cargo-build does not)', (line) => {
    expect(fires('cargo-could-not-compile', line)).toBe(true);
    expect(fires('cargo-build', line)).toBe(false);
  });
});

describe('the verdict of a dependency step in the tool words', () => {
  test.each([
    [
      './gradlew build',
      [
        'FAILURE: Build failed with an exception.',
        '',
        '* What went wrong:',
        "Execution failed for task ':app:compileJava'.",
        "> Could not resolve all files for configuration ':app:compileClasspath'.",
        '   > Could not find com.example:foo:1.0.',
        '     Required by:',
        '         project :app',
      ],
    ],
    [
      './gradlew build',
      [
        'FAILURE: Build failed with an exception.',
        '',
        '* What went wrong:',
        "Could not determine the dependencies of task ':app:compileJava'.",
        "> Could not resolve all task dependencies for configuration ':app:compileClasspath'.",
        '   > Could not find com.example:foo:1.0.',
      ],
    ],
    [
      'swift build',
      [
        'Fetching https://github.com/acme/pkgb.git',
        "error: Dependencies could not be resolved because root depends on 'pkgb' 0.1.0.",
        "'pkgb' 0.1.0 cannot be used because 'pkgb' 0.1.0 depends on 'pkga' 0.3.0 and root depends on 'pkga' 0.4.0.",
      ],
    ],
    [
      'bundle exec rake',
      [
        'Could not find rake-13.1.0 in locally installed gems',
        'Run `bundle install` to install missing gems.',
      ],
    ],
  ] as [string, string[]][])('%s is dependency', (run, output) => {
    expect(classify({ log: failedRunLog(run, output) }).type).toBe('dependency');
  });
});

describe('the verdict of a clippy lint denial', () => {
  test('cargo clippy -- -D warnings that denies a lint is quality-gate', () => {
    const output = [
      '    Checking app v0.1.0 (/home/runner/work/app/app)',
      'error: this `if` has identical blocks',
      ' --> src/main.rs:3:5',
      '  |',
      '  = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else',
      '  = note: `-D clippy::if-same-then-else` implied by `-D warnings`',
      'error: could not compile `app` due to 1 previous error',
    ];
    expect(classify({ log: failedRunLog('cargo clippy --all-targets -- -D warnings', output) }).type).toBe(
      'quality-gate',
    );
  });
});

describe('look-alikes keep their type', () => {
  test.each([
    [
      // a plain compile error under clippy is a build
      'cargo clippy --all-targets -- -D warnings',
      'build',
      [
        'error[E0425]: cannot find value `x` in this scope',
        ' --> src/main.rs:3:5',
        'error: could not compile `app` due to 1 previous error',
      ],
    ],
    [
      'cargo build --release',
      'build',
      [
        'error: linking with `cc` failed: exit status: 1',
        '  = note: /usr/bin/ld: cannot find -lssl',
        'error: could not compile `app` due to 1 previous error',
      ],
    ],
    [
      './gradlew build',
      'build',
      [
        '/home/runner/work/app/app/src/main/java/App.java:3: error: cannot find symbol',
        'FAILURE: Build failed with an exception.',
        '* What went wrong:',
        "Execution failed for task ':app:compileJava'.",
        '> Compilation failed; see the compiler error output for details.',
      ],
    ],
    [
      './gradlew assembleRelease',
      'build',
      [
        'e: file:///home/runner/work/app/app/src/Main.kt:3:5 Unresolved reference: foo',
        'FAILURE: Build failed with an exception.',
        '* What went wrong:',
        "Execution failed for task ':app:compileReleaseKotlin'.",
        '> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction',
        '   > Compilation error. See log for more details',
      ],
    ],
    [
      'bundle exec rspec',
      'test',
      [
        'Failures:',
        '  1) Bundler setup reports missing gems',
        '     Failure/Error: expect(out).to eq("")',
        '       expected: ""',
        '            got: "Could not find rake-13.1.0 in locally installed gems"',
        'Finished in 0.1 seconds (files took 0.2 seconds to load)',
        '3 examples, 1 failure',
      ],
    ],
  ] as [string, string, string[]][])('%s stays %s', (run, type, output) => {
    expect(classify({ log: failedRunLog(run, output) }).type).toBe(type);
  });

  test.each([
    // a zero count is no finding
    'Found 0 errors.',
    '0 errors, 0 warnings, 0 informations ',
    '\u2716 3 problems (0 errors, 3 warnings)',
    'Success: no issues found in 12 source files',
    '     Summary [   2.000s] 5 tests run: 5 passed, 0 skipped',
  ])('no quality-gate or dependency rule fires on: %s', (line) => {
    expect(firing(line, ['quality-gate', 'dependency'])).toEqual([]);
  });
});

describe("the line shown under Gradle's resolve wrapper (issue 68 item 4)", () => {
  test.each([
    "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.",
    "> Could not resolve all dependencies for configuration ':app:debugRuntimeClasspath'.",
  ])('under %s it is the module Gradle could not find', (wrapper) => {
    // gradle/gradle TypedResolveException's wrapper above ModuleVersionNotFoundException's cause.
    const output = [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':app:checkDebugAarMetadata'.",
      wrapper,
      '   > Could not find com.example.nonexist:lib:9.9.9.',
      '     Searched in the following locations:',
      '       - https://repo.maven.apache.org/maven2/com/example/nonexist/lib/9.9.9/lib-9.9.9.pom',
      '     Required by:',
      '         project :app',
    ];
    const verdict = classify({ log: failedRunLog('./gradlew assembleDebug', output) });
    expect(verdict.type).toBe('dependency');
    expect(verdict.evidence?.text.trim()).toBe('> Could not find com.example.nonexist:lib:9.9.9.');
  });
});
