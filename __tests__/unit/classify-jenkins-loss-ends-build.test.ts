/**
 * Jenkins losing the agent (rule jenkins-agent-lost) in the two wordings that were read anywhere in a line,
 * Pipeline's AgentOfflineException (`Unable to create live FilePath for <node>`) and core's Slave.createLauncher
 * (`Issue with creating launcher for agent <node>.`): now only as Jenkins' console prints them, at the line's
 * start after its `ERROR:`/`FATAL:`/`Caused:`/`Also:` and exception classes, not quoted in a test's assertion or
 * logged by a plugin's tests. And the loss, a structural line that decides before anything else, decides only
 * where it ended the build: where a failure a retry does not cure comes after it (Pipeline's retry step took the
 * work to another agent, whose tests failed), that failure is the verdict.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const fires = (line: string): boolean => ruleFires(defaultRuleSet(), 'jenkins-agent-lost', line);

describe("the agent's loss in Pipeline's and core's words, as the console prints them", () => {
  test.each([
    // workflow-durable-task-step-plugin ExecutorStepDynamicContext.java:180 (AgentOfflineException), as
    // Functions.printStackTrace prints it: its outer line, or a `Caused: ` link, or `Also: ` (a suppressed one).
    'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3; linux-agent-3 was marked offline: Connection was broken',
    'Caused: org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3; linux-agent-3 was marked offline: Connection was broken',
    'Also:   org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3',
    // core Slave.createLauncher through listener.error (`ERROR: `), 'slave' before the renaming.
    'ERROR: Issue with creating launcher for slave linux-agent-3.',
    'ERROR: Issue with creating launcher for agent linux-agent-3. The agent has not been fully initialized yet',
  ])('fires on: %s', (line) => expect(fires(line)).toBe(true));

  test.each([
    // A test's assertion quoting the words, a logger's line in a plugin's own tests, a sentence.
    '[ERROR] offlineAgent(org.example.NodeTest)  expected "Unable to create live FilePath for agent-1" but was "ok"',
    'java.lang.AssertionError: Expected: a string containing "Issue with creating launcher for agent slave0." but: was ""',
    'WARNING: Issue with creating launcher for agent slave0. The agent has not been fully initialized yet',
    'INFO: node body failed: Unable to create live FilePath for slave0, as the test expects',
    'assertThat(log).contains("ERROR: Issue with creating launcher for agent slave0.")',
  ])('does not fire on: %s', (line) => expect(fires(line)).toBe(false));

  test("a plugin's test run quoting the words, then its failed test: test, not retried", () => {
    const output = [
      '[INFO] Running org.example.NodeTest',
      '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 3.1 s <<< FAILURE! - in org.example.NodeTest',
      '[ERROR] offlineAgent(org.example.NodeTest)  Time elapsed: 0.4 s  <<< FAILURE!',
      'java.lang.AssertionError: Expected: a string containing "Issue with creating launcher for agent slave0." but: was ""',
      '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0',
      '[ERROR] BUILD FAILURE',
    ];
    const v = classify({ log: failedRunLog('mvn -B verify', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

const surefireFailed = [
  '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 9.1 s <<< FAILURE! - in org.example.AppTest',
  '[ERROR] parses(org.example.AppTest)  Time elapsed: 0.4 s  <<< FAILURE!',
  'java.lang.AssertionError: expected:<2> but was:<1>',
  '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
  '[ERROR] BUILD FAILURE',
];

/** A freestyle build's console, its shell step printing `body`. */
const freestyle = (body: string[]): string =>
  [
    'Started by an SCM change',
    'Building remotely on linux-agent-3 (docker) in workspace /home/jenkins/workspace/app',
    '[app] $ /bin/sh -xe /tmp/jenkins5121844406468913214.sh',
    '+ mvn -B verify',
    ...body,
    "Build step 'Execute shell' marked build as failure",
    'Finished: FAILURE',
  ].join('\n');

describe('the loss decides where it ended the build', () => {
  test('tests failed, then the agent was lost and the build ended: the loss, retried', () => {
    const v = classify({
      log: freestyle([
        ...surefireFailed,
        'Agent went offline during the build',
        'ERROR: Connection was broken',
      ]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(v.evidence?.text).toBe('ERROR: Connection was broken');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("Pipeline's retry took the work to another agent, whose tests failed: test, not retried", () => {
    // workflow-basic-steps RetryStepExecution: l.error("Execution failed") with the trace, then "Retrying".
    const log = [
      'Started by an SCM change',
      '[Pipeline] Start of Pipeline',
      '[Pipeline] retry',
      '[Pipeline] {',
      '[Pipeline] node',
      'Running on linux-agent-3 in /home/jenkins/workspace/app',
      '[Pipeline] {',
      '[Pipeline] sh',
      '+ mvn -B verify',
      'ERROR: Execution failed',
      'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3; linux-agent-3 was marked offline: Connection was broken',
      '\tat org.jenkinsci.plugins.workflow.support.steps.ExecutorStepDynamicContext$FilePathTranslator.get(ExecutorStepDynamicContext.java:180)',
      'Retrying',
      '[Pipeline] {',
      '[Pipeline] node',
      'Running on linux-agent-4 in /home/jenkins/workspace/app',
      '[Pipeline] {',
      '[Pipeline] sh',
      '+ mvn -B verify',
      ...surefireFailed,
      '[Pipeline] }',
      '[Pipeline] // node',
      '[Pipeline] }',
      '[Pipeline] // retry',
      '[Pipeline] End of Pipeline',
      'ERROR: script returned exit code 1',
      'Finished: FAILURE',
    ].join('\n');
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toMatch(/FAILURE!|AssertionError|Tests run/);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('lost again on the agent the retry took it to: the loss, retried', () => {
    const v = classify({
      log: freestyle([
        'ERROR: Execution failed',
        'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3',
        'Retrying',
        ...surefireFailed,
        'FATAL: channel is already closed',
      ]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe('a loss no build outlives decides wherever it is', () => {
  test("GitHub's runner lost mid-tests, then an always() step reports the failed tests it read: the loss, retried", () => {
    // The runner's shutdown signal ends the job; an `if: always()` step after it still prints what it read.
    const log = jobLog([
      ...actionsStep({ run: 'mvn -B verify' }, [
        '[INFO] Running org.example.AppTest',
        '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
      ]),
      ...actionsStep({ run: 'cat target/surefire-reports/*.txt' }, surefireFailed, 1),
    ]);
    const v = classify({ log });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'runner-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });
});
