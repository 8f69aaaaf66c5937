/**
 * Checks that Gradle's `build` and `check` run besides the compiler (rules android-lint-aborted,
 * spotless-format-violations): Android Lint's abort and Spotless's format diff, as a user's failed GitHub Actions
 * step prints them. Each line is the tool's own message (the rules' `why` names the sources) behind Gradle's
 * `> `, `Caused by:` or Maven's goal prefix. `./gradlew build` names a build, so the tool's line must decide; a
 * lint report's path, the task's name and a compile failure must not fire.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

describe('rules android-lint-aborted and spotless-format-violations', () => {
  test.each([
    '> Lint found errors in the project; aborting build.',
    'Lint found errors in the project; aborting build.',
    'Caused by: java.lang.RuntimeException: Lint found errors in the project; aborting build.',
  ])('android-lint-aborted fires on: %s', (line) => expect(fires('android-lint-aborted', line)).toBe(true));

  test.each([
    '> The following files had format violations:',
    'Caused by: org.gradle.api.GradleException: The following files had format violations:',
    '[ERROR] Failed to execute goal com.diffplug.spotless:spotless-maven-plugin:2.43.0:check (default-cli) on project app: The following files had format violations:',
  ])('spotless-format-violations fires on: %s', (line) =>
    expect(fires('spotless-format-violations', line)).toBe(true),
  );

  test.each([
    // the tasks and reports of a lint or format check that passed
    '> Task :app:lintVitalAnalyzeRelease',
    '> Task :spotlessKotlinCheck',
    'Wrote HTML report to file:///home/runner/work/app/app/app/build/reports/lint-results-debug.html',
    'Lint found 0 errors and 3 warnings',
    // prose and a test's expectation quoting the words
    '# If you see "Lint found errors in the project; aborting build." set abortOnError false',
    '    assertThat(output).contains("The following files had format violations:")',
    // the failure line of another task
    "Execution failed for task ':app:compileDebugKotlin'.",
  ])('neither fires on: %s', (line) => {
    expect(fires('android-lint-aborted', line)).toBe(false);
    expect(fires('spotless-format-violations', line)).toBe(false);
  });
});

/** Gradle's failure summary for `task` with the exception's message `message`. */
function gradleFailure(task: string, message: string[]): string[] {
  return [
    `> Task ${task} FAILED`,
    '',
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    `Execution failed for task '${task}'.`,
    ...message,
    '',
    '* Try:',
    '> Run with --stacktrace option to get the stack trace.',
    '',
    'BUILD FAILED in 1m 12s',
  ];
}

describe('the verdict of ./gradlew build failed by a check', () => {
  test.each([
    [
      'android-lint-aborted',
      gradleFailure(':app:lintDebug', [
        '> Lint found errors in the project; aborting build.',
        '  ',
        '  Fix the issues identified by lint, or create a baseline to see only new errors.',
      ]),
    ],
    [
      'spotless-format-violations',
      gradleFailure(':spotlessJavaCheck', [
        '> The following files had format violations:',
        '      src/main/java/com/example/App.java',
        '          @@ -3,7 +3,7 @@',
        '          -public class App {',
        '          +public class App{',
        "  Run './gradlew :spotlessApply' to fix all violations.",
      ]),
    ],
  ] as [string, string[]][])(
    "%s: quality-gate by the tool's own line, above low, not retried",
    (rule, output) => {
      const v = classify({ log: failedRunLog('./gradlew build', output) });
      expect(v.type).toBe('quality-gate');
      expect(v.rule).toBe(rule);
      expect(v.confidence).not.toBe('low');
      // the line that states the cause, not the task's name
      expect(v.evidence?.text).toBe(output[6]);
      expect(retriedOnPr(v)).toBe(false);
    },
  );
});
