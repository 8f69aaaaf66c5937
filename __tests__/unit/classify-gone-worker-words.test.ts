/**
 * Transients in the words of the machinery that failed: Pipeline giving up its wait for an agent that was removed
 * or went offline (workflow-durable-task-step DurableTaskStep.java:411, ExecutorStepDynamicContext.java:113: rule
 * jenkins-agent-lost), Gradle's own test JVM ended by SIGKILL (DefaultExecHandle's "Process '%s' finished with
 * non-zero exit value %d" for the worker ForkingTestClassProcessor names 'Gradle Test Executor': rule
 * gradle-test-executor-killed), and a Helm chart repository answering a server error (pkg/getter/httpgetter.go
 * 'failed to fetch %s : %s' with the status line: rule http-client-server-error). Each line is the source's format
 * string filled in; beside each, the deterministic look-alike the rule must not take.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

const shellStepGaveUp =
  'linux-agent-3 has been removed or offline for 5 min 0 sec; assuming it is not coming back, and terminating shell step';
const nodeStepGaveUp =
  'linux-agent-3 has been removed for 5 min 0 sec; assuming it is not coming back, and terminating node step';
/** Printed first, when the wait begins: an agent that comes back online survives it. */
const waitBegins =
  'linux-agent-3 seems to be removed or offline (hudson.remoting.ChannelClosedException); will wait for 5 min 0 sec for it to come back online';
/** The same with no exception to show (`x` null). */
const waitBeginsBare =
  'linux-agent-3 seems to be removed or offline ; will wait for 5 min 0 sec for it to come back online';

const pipelineLog = (cmd: string, body: string[]): string =>
  [
    'Started by user admin',
    '[Pipeline] Start of Pipeline',
    '[Pipeline] node',
    'Running on linux-agent-3 in /home/jenkins/workspace/app',
    '[Pipeline] {',
    '[Pipeline] sh',
    `+ ${cmd}`,
    ...body,
    '[Pipeline] }',
    '[Pipeline] // node',
    '[Pipeline] End of Pipeline',
    'Finished: FAILURE',
  ].join('\n');

describe('Pipeline gives up on an agent that went away (jenkins-agent-lost)', () => {
  test.each([shellStepGaveUp, nodeStepGaveUp])('fires on: %s', (line) =>
    expect(fires('jenkins-agent-lost', line)).toBe(true),
  );

  test('not on the line that starts the wait, nor on the agent coming back', () => {
    expect(fires('jenkins-agent-lost', waitBegins)).toBe(false);
    expect(fires('jenkins-agent-lost', waitBeginsBare)).toBe(false);
    expect(fires('jenkins-agent-lost', 'linux-agent-3 is back online')).toBe(false);
  });

  test('a Gradle build cut off by the lost agent is infrastructure and retried, not the build it stopped', () => {
    const v = classify({
      log: pipelineLog('./gradlew build', ['> Task :compileJava', waitBeginsBare, shellStepGaveUp]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(v.evidence?.text).toBe(shellStepGaveUp);
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a node step that never got its agent back is infrastructure and retried', () => {
    const v = classify({
      log: pipelineLog('make test', [
        'Waiting for reconnection of linux-agent-3 before proceeding with build',
        nodeStepGaveUp,
      ]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });
});

const gradleFailure = (processLine: string, tests: string[] = []): string =>
  failedRunLog('./gradlew test', [
    '> Task :compileJava',
    ...tests,
    '> Task :test FAILED',
    '',
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    "Execution failed for task ':test'.",
    `> ${processLine}`,
    '  This problem might be caused by incorrect test process configuration.',
    '',
    'BUILD FAILED in 2m 3s',
  ]);

describe("Gradle's test JVM killed (gradle-test-executor-killed)", () => {
  const killed = "Process 'Gradle Test Executor 3' finished with non-zero exit value 137";

  test.each([
    `> ${killed}`,
    "Caused by: org.gradle.process.internal.ExecException: Process 'Gradle Test Executor 12' finished with non-zero exit value 137",
  ])('fires on: %s', (line) => expect(fires('gradle-test-executor-killed', line)).toBe(true));

  test.each([
    // the tests' own System.exit, and another process's kill (child-exit-137's, below the command's word)
    "> Process 'Gradle Test Executor 3' finished with non-zero exit value 1",
    "> Process 'command 'node'' finished with non-zero exit value 137",
    "> Process 'Gradle Test Executor 3' finished with non-zero exit value 1370",
  ])('does not fire on: %s', (line) => expect(fires('gradle-test-executor-killed', line)).toBe(false));

  test('`./gradlew test` whose test JVM the kernel killed is resource and retried, not failed tests', () => {
    const v = classify({ log: gradleFailure(killed) });
    expect(v).toMatchObject({ type: 'resource', rule: 'gradle-test-executor-killed' });
    expect(v.evidence?.text).toBe(`> ${killed}`);
    expect(retriedOnPr(v)).toBe(true);
  });

  test('the same end with exit value 1 stays a test failure and is not retried', () => {
    const v = classify({
      log: gradleFailure("Process 'Gradle Test Executor 3' finished with non-zero exit value 1"),
    });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('tests that failed before the kill decide: they are what a person fixes first', () => {
    const v = classify({
      log: gradleFailure(killed, [
        'AppTest > parsesConfig() FAILED',
        '    org.opentest4j.AssertionFailedError: expected: <1> but was: <2>',
        '1 test completed, 1 failed',
      ]),
    });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

const helmRepoAdd = (status: string): string =>
  failedRunLog('helm repo add bitnami https://charts.bitnami.com/bitnami', [
    `Error: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: failed to fetch https://charts.bitnami.com/bitnami/index.yaml : ${status}`,
  ]);

describe('Helm fetching from a chart repository (http-client-server-error)', () => {
  test.each([
    'Error: failed to fetch https://charts.example.com/stable/redis-17.3.7.tgz : 502 Bad Gateway',
    'Error: Failed to fetch https://kubernetes-charts.storage.googleapis.com/index.yaml : 503 Service Unavailable',
    'Error: failed to fetch https://charts.example.com/index.yaml : 429 Too Many Requests',
  ])('fires on: %s', (line) => expect(fires('http-client-server-error', line)).toBe(true));

  test.each([
    // a wrong URL or chart version, refused credentials, a test's own chart server
    'Error: failed to fetch https://charts.example.com/stable/redis-99.0.0.tgz : 404 Not Found',
    'Error: failed to fetch https://charts.example.com/index.yaml : 401 Unauthorized',
    'Error: failed to fetch http://localhost:8879/charts/index.yaml : 503 Service Unavailable',
  ])('does not fire on: %s', (line) => expect(fires('http-client-server-error', line)).toBe(false));

  test("`helm repo add` refused by a 503 is network and retried, not the tool's set-up", () => {
    const v = classify({ log: helmRepoAdd('503 Service Unavailable') });
    expect(v).toMatchObject({ type: 'network', rule: 'http-client-server-error' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('the same with 404 is not retried', () => {
    const v = classify({ log: helmRepoAdd('404 Not Found') });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});
