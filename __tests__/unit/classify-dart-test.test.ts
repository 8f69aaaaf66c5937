/**
 * `dart test` and `flutter test` report through package:test's expanded reporter when their output is no
 * terminal (dart-lang/test pkgs/test_core/lib/src/runner/reporter/expanded.dart): a progress line per event,
 * `mm:ss +passed ~skipped -failed: message`, the failed test's line with the suffix ` [E]`, and
 * `Some tests failed.` at the end. Where the step's command does not name the runner (a make target, melos, a
 * script), those lines are the only word that tests failed (issue 68: a test runner's own failure summary).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

const failedRun = [
  'Running "flutter pub get" in app...',
  '00:01 +0: loading /home/runner/work/app/app/test/widget_test.dart',
  '00:02 +10 ~1: test/widget_test.dart: Counter starts at zero',
  '00:02 +10 ~1 -1: test/widget_test.dart: Counter increments smoke test [E]',
  '  Expected: exactly one matching candidate',
  '    Actual: _TextWidgetFinder:<Found 0 widgets with text "1": []>',
  '00:03 +11 ~1 -1: Some tests failed.',
];

describe("package:test's progress lines", () => {
  test.each(['make test', 'melos run test', './tool/ci.sh'])(
    'under %s: test, not retried, shown on the failed test',
    (run) => {
      const v = classify({ log: failedRunLog(run, failedRun) });
      expect(v.type).toBe('test');
      expect(retriedOnPr(v)).toBe(false);
      expect(v.evidence?.text).toContain('[E]');
    },
  );

  test('a run whose tests all passed says nothing of a test failure', () => {
    const v = classify({
      log: failedRunLog(
        './tool/ci.sh',
        [
          '00:02 +10 ~1: test/widget_test.dart: Counter starts at zero',
          '00:03 +11 ~1: All tests passed!',
          './tool/ci.sh: line 9: lcov: command not found',
        ],
        127,
      ),
    });
    expect(v.type).not.toBe('test');
  });
});
