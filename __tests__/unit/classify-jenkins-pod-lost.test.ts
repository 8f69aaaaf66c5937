/**
 * Issue 68, Jenkins' agent lost in other wordings: a build's Kubernetes agent pod taken from under it, as the
 * kubernetes plugin prints it into the build's log (jenkinsci/kubernetes-plugin pod/retention/Reaper.java: `Pod
 * <ns>/<pod> was just deleted`, `<ns>/<pod> Pod just failed. Reason: <reason>, Message: <message>.`, `... Pod was
 * evicted by the Kubernetes Eviction API.`): infrastructure, retried (rule jenkins-k8s-agent-pod-lost). Beside
 * them, what the same listener prints for the build's own doing: the kubelet evicting a pod for its use of a node's
 * disk, a container ending on its own.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { retriedOnPr, ruleFires } from '../classify-logs.js';

/** A Pipeline's console on a Kubernetes agent, its `sh` step printing `body`, then the plugin's `lost` lines. */
const pipeline = (body: string[], lost: string[]): string =>
  [
    'Started by user admin',
    '[Pipeline] Start of Pipeline',
    '[Pipeline] podTemplate',
    '[Pipeline] {',
    '[Pipeline] node',
    'Created Pod: kubernetes ci/build-m5g2b-x7kq2',
    'Agent build-m5g2b-x7kq2 is provisioned from template build-m5g2b',
    'Running on build-m5g2b-x7kq2 in /home/jenkins/agent/workspace/app',
    '[Pipeline] {',
    '[Pipeline] sh',
    '+ mvn -B verify',
    ...body,
    ...lost,
    '[Pipeline] }',
    '[Pipeline] // node',
    '[Pipeline] End of Pipeline',
    'Finished: FAILURE',
  ].join('\n');

const BUILDING = [
  '[INFO] Building app 1.0',
  '[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ app ---',
];
const EVICTED_API =
  'ci/build-m5g2b-x7kq2 Containers jnlp,maven were terminated. Pod was evicted by the Kubernetes Eviction API.';
const DELETED = 'Pod ci/build-m5g2b-x7kq2 was just deleted';
const SHUTDOWN =
  'ci/build-m5g2b-x7kq2 Pod just failed. Reason: Terminated, Message: Pod was terminated in response to imminent node shutdown..';

describe("the agent's pod taken away: infrastructure, retried", () => {
  test.each([
    ['drained (the Eviction API)', EVICTED_API],
    ['deleted', DELETED],
    ['its node shut down', SHUTDOWN],
  ])('%s', (_name, line) => {
    const v = classify({
      log: pipeline(BUILDING, [line, '- jnlp -- terminated (143)', '-----Logs-------------']),
    });
    expect(v.type).toBe('infrastructure');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe("the build's own doing, printed by the same listener: not this rule's", () => {
  const ruleSet = defaultRuleSet();
  test.each([
    'ci/build-m5g2b-x7kq2 Pod just failed. Reason: Evicted, Message: The node was low on resource: ephemeral-storage. Container maven was using 2719916Ki, request is 0, has larger consumption of ephemeral-storage. .',
    'ci/build-m5g2b-x7kq2 Container maven was terminated. Reason: Error.',
    'ci/build-m5g2b-x7kq2 Container maven was terminated. Reason: OOMKilled.',
    'echo "Pod ci/x was just deleted by the cleanup job"',
  ])('%s', (line) => {
    expect(ruleFires(ruleSet, 'jenkins-k8s-agent-pod-lost', line)).toBe(false);
  });
});
