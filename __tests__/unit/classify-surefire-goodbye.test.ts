/**
 * Maven's `There are test failures.` where Surefire's forked test JVM ended without reporting (a test calling
 * System.exit): the line shown is Surefire's goodbye line under it, which says why, not Maven's summary (cause-lines.ts
 * HEADS, FORKED_VM). Where tests simply failed, nothing under the summary says more, and it stays. The lines are
 * Maven 3.8.7's with Debian's Surefire 2.22.3 (e2e/classify-real-jvm.test.ts runs the real one where Maven is here).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const FAILED_GOAL =
  '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.3:test (default-test) on project app: There are test failures.';
const GOODBYE =
  '[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?';
const REFER = [
  '[ERROR] ',
  '[ERROR] Please refer to /home/runner/work/app/app/target/surefire-reports for the individual test results.',
  '[ERROR] Please refer to dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.',
];
const CLOSING = [
  '[INFO] ------------------------------------------------------------------------',
  '[INFO] BUILD FAILURE',
  '[INFO] ------------------------------------------------------------------------',
];

describe("Surefire's forked JVM that ended without reporting", () => {
  test('the goodbye line under Maven’s summary is shown', () => {
    const v = classify({
      log: failedRunLog('mvn -B test', [
        '[INFO] Running a.NetTest',
        '[INFO] Tests run: 0, Failures: 0, Errors: 0, Skipped: 0',
        ...CLOSING,
        FAILED_GOAL,
        ...REFER,
        GOODBYE,
        "[ERROR] Command was /bin/sh -c cd '/home/runner/work/app/app' && '/usr/lib/jvm/java-17-openjdk-amd64/bin/java' '-jar' 'target/surefire/surefirebooter1.jar'",
        '[ERROR] Error occurred in starting fork, check output in log',
        '[ERROR] Process Exit Code: 3',
        '[ERROR] Crashed tests:',
        '[ERROR] a.NetTest',
        `[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: ${GOODBYE.slice('[ERROR] '.length)}`,
      ]),
    });
    expect({ type: v.type, shown: v.evidence?.text }).toEqual({ type: 'test', shown: GOODBYE });
  });

  test('a test that failed keeps its own line, and no stack trace under the summary is shown', () => {
    const v = classify({
      log: failedRunLog('mvn -B -e test', [
        '[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.02 s <<< FAILURE! - in a.NetTest',
        '[ERROR] fetchesConfig(a.NetTest)  Time elapsed: 0.01 s  <<< FAILURE!',
        'java.lang.AssertionError: expected config value expected:<3> but was:<2>',
        ...CLOSING,
        FAILED_GOAL,
        'org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.3:test (default-test) on project app: There are test failures.',
        ...REFER,
      ]),
    });
    expect({ type: v.type, shown: v.evidence?.text }).toEqual({
      type: 'test',
      shown: '[ERROR] fetchesConfig(a.NetTest)  Time elapsed: 0.01 s  <<< FAILURE!',
    });
  });

  test("Maven's own stack trace under the summary (-e) is not shown for it", () => {
    const v = classify({
      log: failedRunLog('mvn -B -e test', [
        '[INFO] Tests run: 0, Failures: 0, Errors: 0, Skipped: 0',
        ...CLOSING,
        FAILED_GOAL,
        'org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.3:test (default-test) on project app: There are test failures.',
        '    at org.apache.maven.lifecycle.internal.MojoExecutor.doExecute2 (MojoExecutor.java:375)',
        ...REFER,
      ]),
    });
    expect(v.evidence?.text).not.toMatch(/^org\.apache\.maven\.lifecycle\.LifecycleExecutionException/);
  });
});
