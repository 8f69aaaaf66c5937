/**
 * The Gradle daemon running the build went away mid-build (issue 68: a process killed with no out-of-memory line;
 * rule gradle-daemon-disappeared). Gradle's client says so in its own words (DaemonDisappearedException's message,
 * after DaemonClient's `The message received from the daemon indicates that the daemon has disappeared.`), and on a
 * CI runner nothing stops the daemon on purpose: the OOM killer or a JVM crash did, and a crash may repeat, so the
 * rule is low. Gradle is not installed here; the lines are its source's (older releases say `stopped, killed`, later
 * ones `killed`).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

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
  // The daemon's line says killed or crashed, and a JVM crash (DaemonClient's `JVM crash log found:
  // …hs_err_pid….log` before it) may come back on every run; the rules cannot condition on that earlier line,
  // so the rule is low: it decides only where the command's word says nothing stronger, and then retries once.
  test("./gradlew build: resource at low, retried once, shown on the daemon's line", () => {
    const output = ['> Task :app:minifyReleaseWithR8', ...failure(GONE), 'BUILD FAILED in 6m 12s'];
    const v = classify({ log: failedRunLog('./gradlew build', output, 1) });
    expect(v.type).toBe('resource');
    expect(v.confidence).toBe('low');
    expect(v.rule).toBe('gradle-daemon-disappeared');
    expect(v.evidence?.text).toBe(GONE);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("./gradlew test: the task's word decides, the daemon's low line does not outweigh it", () => {
    const output = [
      'The message received from the daemon indicates that the daemon has disappeared.',
      'Attempting to read last messages from the daemon log...',
      ...failure(GONE_OLD),
    ];
    const v = classify({ log: failedRunLog('./gradlew test', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("under assembleRelease the task's word decides over the daemon's low line, a JVM crash's run too (no rule reads the crash log line)", () => {
    const output = [
      '> Task :app:minifyReleaseWithR8',
      'The message received from the daemon indicates that the daemon has disappeared.',
      'JVM crash log found: file:///home/runner/work/app/app/hs_err_pid4242.log',
      ...failure(GONE),
      'BUILD FAILED in 6m 12s',
    ];
    const v = classify({ log: failedRunLog('./gradlew assembleRelease', output, 1) });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
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
