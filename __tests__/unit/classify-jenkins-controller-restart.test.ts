/**
 * A Jenkins controller that went down mid-Pipeline and could not resume it (issue 68: Jenkins losing the build in
 * other wordings; rule jenkins-controller-restart-lost), in the Pipeline engine's own words
 * (jenkinsci/workflow-cps-plugin CpsFlowExecution.java @ e007b7ff217858d076756b06a9cc352a881fda4c: initializeStorage's
 * AbortException `Cannot resume build because FlowNode <id> for FlowHead <id> could not be loaded. ...`, and onLoad's
 * IOException `Cannot resume build -- was not cleanly saved when Jenkins shut down.`). Beside it: failed tests before
 * the restart stay the failure, a network failure before it does not hide it, and a project's own test that quotes
 * the message is a failed test.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { retriedOnPr, ruleFires } from '../classify-logs.js';

const start = [
  'Started by user admin',
  '[Pipeline] Start of Pipeline',
  '[Pipeline] node',
  'Running on linux-agent-3 in /home/jenkins/workspace/app',
  '[Pipeline] {',
  '[Pipeline] sh',
];
const restart = (line: string): string[] => [
  'Resuming build at Sun Nov 10 17:22:47 UTC 2024 after Jenkins restart',
  'Creating placeholder flownodes because failed loading originals.',
  line,
  'Finished: FAILURE',
];
const PERFORMANCE =
  'ERROR: Cannot resume build because FlowNode 42 for FlowHead 1 could not be loaded. This is expected to happen when using the PERFORMANCE_OPTIMIZED durability setting and Jenkins is not shut down cleanly. Consider investigating to understand if Jenkins was not shut down cleanly or switching to the MAX_SURVIVABILITY durability setting which should prevent this issue in most cases.';

describe('a Pipeline the restarted controller could not resume (rule jenkins-controller-restart-lost)', () => {
  test.each([
    ['PERFORMANCE_OPTIMIZED', PERFORMANCE],
    [
      'MAX_SURVIVABILITY, 2022-25',
      'ERROR: Cannot resume build because FlowNode 42 for FlowHead 1 could not be loaded.',
    ],
  ])('%s: infrastructure, retried', (_, line) => {
    const v = classify({ log: [...start, '+ make test', 'ok 1 - parses', ...restart(line)].join('\n') });
    expect([v.type, v.rule, retriedOnPr(v)]).toEqual([
      'infrastructure',
      'jenkins-controller-restart-lost',
      true,
    ]);
  });

  test('the engine\'s "not cleanly saved" trace fires; its look-alikes do not', () => {
    const rules = defaultRuleSet();
    const fires = (line: string): boolean => ruleFires(rules, 'jenkins-controller-restart-lost', line);
    expect(
      fires('java.io.IOException: Cannot resume build -- was not cleanly saved when Jenkins shut down.'),
    ).toBe(true);
    for (const line of [
      'Cannot resume build: the workspace is locked',
      'Resuming build at Sun Nov 10 17:22:47 UTC 2024 after Jenkins restart',
      'Cannot load build steps because FlowNode 42 for FlowHead 1 could not be loaded from storage in /var/jenkins: []',
    ]) {
      expect([line, fires(line)]).toEqual([line, false]);
    }
  });

  test('failed tests before the restart stay the failure; a network failure before it does not hide it', () => {
    const tests = [
      '+ python -m unittest',
      'FAIL: test_parse (tests.test_parser.ParserTest)',
      'AssertionError: 1 != 2',
      'Ran 12 tests in 0.5s',
      'FAILED (failures=1)',
      'ERROR: script returned exit code 1',
    ];
    const afterTests = classify({ log: [...start, ...tests, ...restart(PERFORMANCE)].join('\n') });
    expect([afterTests.type, retriedOnPr(afterTests)]).toEqual(['test', false]);
    const network = ['+ ./fetch.sh', 'curl: (6) Could not resolve host: downloads.example.org'];
    const afterNetwork = classify({ log: [...start, ...network, ...restart(PERFORMANCE)].join('\n') });
    expect(retriedOnPr(afterNetwork)).toBe(true);
  });

  test("a plugin's own test quoting the message is a failed test", () => {
    const quoted = [
      '+ ./gradlew test',
      'org.jenkinsci.plugins.workflow.cps.CpsFlowExecutionTest > cannotResume FAILED',
      '    java.lang.AssertionError: expected log to contain: Cannot resume build because FlowNode 3 for FlowHead 1 could not be loaded.',
      '12 tests completed, 1 failed',
      '[Pipeline] }',
      '[Pipeline] End of Pipeline',
      'ERROR: script returned exit code 1',
      'Finished: FAILURE',
    ];
    const v = classify({ log: [...start, ...quoted].join('\n') });
    expect([v.type, retriedOnPr(v)]).toEqual(['test', false]);
  });
});
