/**
 * The Gradle daemon running the build went away mid-build (issue 68: a process killed with no out-of-memory line;
 * rule gradle-daemon-disappeared). Gradle's client says so in its own words (DaemonDisappearedException's message,
 * after DaemonClient's `The message received from the daemon indicates that the daemon has disappeared.`). On a CI
 * runner nothing stops the daemon on purpose: the OOM killer did (resource), or its JVM crashed, and then
 * DaemonClient logs `JVM crash log found: <hs_err_pid….log>` first (findCrashLogFile): the rule speaks unless
 * that line came earlier in the step (unlessAfter), and the crash is the build's (gradle-daemon-jvm-crash, low,
 * never retried). Gradle is not installed here; the lines are its source's (older releases say `stopped, killed`,
 * later ones `killed`).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const GONE = 'Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)';
const GONE_OLD =
  'Gradle build daemon disappeared unexpectedly (it may have been stopped, killed or may have crashed)';

const failure = (cause: string): string[] => [
  'FAILURE: Build failed with an exception.',
  '',
  '* What went wrong:',
  cause,
  '',
  '* Try:',
  '> Run with --stacktrace option to get the stack trace.',
];

describe('the Gradle daemon gone mid-build (rule gradle-daemon-disappeared)', () => {
  const CRASH = 'JVM crash log found: file:///home/runner/work/app/app/hs_err_pid4242.log';
  const disappeared = [
    'The message received from the daemon indicates that the daemon has disappeared.',
    'Attempting to read last messages from the daemon log...',
  ];

  test("./gradlew build, no crash log: killed from outside, resource at medium, shown on the daemon's line", () => {
    const output = ['> Task :app:minifyReleaseWithR8', ...failure(GONE), 'BUILD FAILED in 6m 12s'];
    const v = classify({ log: failedRunLog('./gradlew build', output, 1) });
    expect(v.type).toBe('resource');
    expect(v.confidence).toBe('medium');
    expect(v.rule).toBe('gradle-daemon-disappeared');
    expect(v.evidence?.text).toBe(GONE);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("./gradlew test, no crash log: the task's word still decides, medium does not outweigh it", () => {
    // Gradle before findCrashLogFile, or a crash log written elsewhere (-XX:ErrorFile), says no crash line for a
    // crash: the rule is medium, not high, so a test run stays a test run, not retried.
    const output = [...disappeared, ...failure(GONE_OLD)];
    const v = classify({ log: failedRunLog('./gradlew test', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    ['./gradlew build', 'build'],
    ['./gradlew assembleRelease', 'build'],
    ['./gradlew test', 'test'],
  ])('%s after `JVM crash log found:`: not resource, not retried (%s)', (command, type) => {
    const output = [
      '> Task :app:minifyReleaseWithR8',
      ...disappeared,
      CRASH,
      ...failure(GONE),
      'BUILD FAILED in 6m 12s',
    ];
    const v = classify({ log: failedRunLog(command, output, 1) });
    expect(v.type).toBe(type);
    expect(v.rule).not.toBe('gradle-daemon-disappeared');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("./gradlew build after `JVM crash log found:`: the crash's line decides and is shown", () => {
    const v = classify({
      log: failedRunLog('./gradlew build', [...disappeared, CRASH, ...failure(GONE)], 1),
    });
    expect(v).toMatchObject({ type: 'build', confidence: 'low', rule: 'gradle-daemon-jvm-crash' });
    expect(v.evidence?.text).toBe(CRASH);
  });

  test("a crash log line in an earlier step does not keep this step's daemon from being resource", () => {
    const log = jobLog([
      ...actionsStep({ run: './gradlew help' }, [CRASH, 'BUILD SUCCESSFUL in 3s']),
      ...actionsStep({ run: './gradlew build' }, [...disappeared, ...failure(GONE)], 1),
    ]);
    const v = classify({ log });
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('gradle-daemon-disappeared');
  });

  test('tests that failed before the daemon went stay the failure', () => {
    const output = [
      '> Task :app:test',
      'AppTest > adds() FAILED',
      '    org.opentest4j.AssertionFailedError: expected: <3> but was: <4>',
      '2 tests completed, 1 failed',
      ...failure(GONE),
    ];
    const v = classify({ log: failedRunLog('./gradlew test', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("Gradle's other words about its daemon are not this", () => {
    const rules = defaultRuleSet();
    for (const line of [
      'Starting a Gradle Daemon (subsequent builds will be faster)',
      'The message received from the daemon indicates that the daemon has disappeared.',
    ]) {
      expect([line, ruleFires(rules, 'gradle-daemon-disappeared', line)]).toEqual([line, false]);
    }
  });
});
