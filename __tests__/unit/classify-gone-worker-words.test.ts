/**
 * A worker the job depends on went away, in the words of the machinery that lost it: Pipeline giving up its wait
 * for an agent that was removed or went offline (workflow-durable-task-step DurableTaskStep.java:411,
 * ExecutorStepDynamicContext.java:113: rule jenkins-agent-lost). Each line is the source's format string filled
 * in; beside each, the look-alike the rule must not take.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { retriedOnPr, ruleFires } from '../classify-logs.js';

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
