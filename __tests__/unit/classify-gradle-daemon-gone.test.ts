/**
 * The Gradle daemon running the build went away mid-build (issue 68: a process killed with no out-of-memory line;
 * rule gradle-daemon-disappeared). Gradle's client says so in its own words (DaemonDisappearedException's message,
 * after DaemonClient's `The message received from the daemon indicates that the daemon has disappeared.`), and on a
 * CI runner nothing stops the daemon on purpose: the OOM killer or a JVM crash did. Gradle is not installed here;
 * the lines are its source's (older releases say `stopped, killed`, later ones `killed`).
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
  test.each([
    [
      './gradlew assembleRelease',
      ['> Task :app:minifyReleaseWithR8', ...failure(GONE), 'BUILD FAILED in 6m 12s'],
    ],
    [
      './gradlew test',
      [
        'The message received from the daemon indicates that the daemon has disappeared.',
        'Attempting to read last messages from the daemon log...',
        ...failure(GONE_OLD),
      ],
    ],
  ])('%s: resource, retried, over the task that was running', (run, output) => {
    const v = classify({ log: failedRunLog(run, output, 1) });
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('gradle-daemon-disappeared');
    expect(retriedOnPr(v)).toBe(true);
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
