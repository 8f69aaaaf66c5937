/**
 * Older Jenkins consoles losing the agent (rule jenkins-agent-lost), in Jenkins' and remoting's own words: core's
 * freestyle build step on a closed channel (AbstractBuild.reportBrokenChannel: "Agent went offline during the
 * build", "Slave went offline during the build" before 2016, then the node's offline cause, "ERROR: Connection was
 * broken[: <cause>]"), remoting's ChannelClosedException with its default message "channel is already closed" as
 * Run.handleFatalBuildProblem prints it ("FATAL: <message>", then the trace, outer exception first), and core's
 * FilePath.act wrapping it before 2018 ("remote file operation failed: <path> at <channel>: <exception>"). Beside
 * them, the look-alikes a Java project's own tests print: java.util.logging's trace (a bare outer line, then
 * "Caused by:") of a test's agent disconnected at teardown, and the JDK's message-less ClosedChannelException.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const fires = (line: string): boolean => ruleFires(defaultRuleSet(), 'jenkins-agent-lost', line);

/** A freestyle build's console as Jenkins writes it, its shell step printing `body`. */
const freestyle = (body: string[], end: string[] = []): string =>
  [
    'Started by an SCM change',
    'Building remotely on linux-agent-3 (docker) in workspace /home/jenkins/workspace/app',
    '[app] $ /bin/sh -xe /tmp/jenkins5121844406468913214.sh',
    '+ make test',
    ...body,
    "Build step 'Execute shell' marked build as failure",
    ...end,
    'Finished: FAILURE',
  ].join('\n');

const remotingFrames = [
  '\tat hudson.remoting.Channel.send(Channel.java:579)',
  '\tat hudson.remoting.Request.call(Request.java:130)',
  '\tat hudson.remoting.Channel.call(Channel.java:780)',
];

describe('an older console losing its agent is infrastructure, and retried', () => {
  test.each([
    ['Agent went offline during the build', 'ERROR: Connection was broken'],
    [
      'Slave went offline during the build',
      'ERROR: Connection was broken: java.nio.channels.ClosedChannelException',
    ],
  ])('a shell step cut off: %s / %s', (offline, cause) => {
    const v = classify({
      log: freestyle([
        'cc -c -o obj/parse.o src/parse.c',
        offline,
        cause,
        '\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:154)',
      ]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect([offline, cause]).toContain(v.evidence?.text);
    expect(retriedOnPr(v)).toBe(true);
  });

  test('remoting refusing a closed channel, as Run prints a fatal problem: FATAL line, outer exception', () => {
    const v = classify({
      log: freestyle(
        ['ok 1 - parses'],
        [
          'FATAL: channel is already closed',
          'hudson.remoting.ChannelClosedException: channel is already closed',
          ...remotingFrames,
          'Caused by: java.nio.channels.ClosedChannelException',
          '\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:154)',
        ],
      ),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    'FATAL: channel is already closed',
    'ERROR: Channel "unknown": channel is already closed',
    'Caused: hudson.remoting.ChannelClosedException: Channel "hudson.remoting.Channel@5b1f2f3c:linux-agent-3": channel is already closed',
    'FATAL: remote file operation failed: /home/jenkins/workspace/app at hudson.remoting.Channel@5b1f2f3c:linux-agent-3: hudson.remoting.ChannelClosedException: channel is already closed',
  ])('fires on: %s', (line) => expect(fires(line)).toBe(true));
});

describe("a project's own tests printing the same exceptions are the tests' failure", () => {
  test.each([
    // java.util.logging prints a trace as the JVM does: its outer line bare, its causes after 'Caused by:'.
    'hudson.remoting.ChannelClosedException: channel is already closed',
    'Caused by: hudson.remoting.ChannelClosedException: channel is already closed',
    'java.nio.channels.ClosedChannelException',
    'Caused by: java.nio.channels.ClosedChannelException',
    'channel is already closed',
    'com.rabbitmq.client.AlreadyClosedException: channel is already closed due to clean channel shutdown; protocol method: #method<channel.close>(reply-code=200, reply-text=OK, class-id=0, method-id=0)',
    'Agent went offline during the build: see the log',
    'ERROR: Connection was broken by the peer',
  ])('does not fire on: %s', (line) => expect(fires(line)).toBe(false));

  test("a plugin's test suite whose agent was disconnected at teardown, then a failed test: not retried", () => {
    const output = [
      '[INFO] Running org.example.AgentTest',
      'Nov 29, 2026 6:00:01 AM hudson.slaves.ChannelPinger$1 onDead',
      'WARNING: Ping failed. Terminating the channel slave0.',
      'hudson.remoting.ChannelClosedException: channel is already closed',
      ...remotingFrames,
      'Caused by: java.nio.channels.ClosedChannelException',
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 9.1 s <<< FAILURE! - in org.example.AgentTest',
      '[ERROR] org.example.AgentTest.reconnects  Time elapsed: 0.4 s  <<< FAILURE!',
      'java.lang.AssertionError: expected:<2> but was:<1>',
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
      '[ERROR] BUILD FAILURE',
    ];
    const v = classify({ log: failedRunLog('mvn -B verify', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("remoting's own exceptions: Jenkins' console forms fire, a test's trace or a sentence does not", () => {
  // Each published form of jenkinsci/remoting's messages (unit/classify-transient-words), as the console prints it.
  test.each([
    'Caused: java.io.IOException: Unexpected termination of the channel',
    "java.io.IOException: Backing channel 'JNLP4-connect connection from 10.0.0.5/10.0.0.5:40512' is disconnected.",
    'hudson.remoting.ChannelClosedException: Channel "hudson.remoting.Channel@5b1f2f3c:agent-7": Remote call on agent-7 failed. The channel is closing down or has closed down',
    "java.util.concurrent.TimeoutException: Ping started at 1700000000000 hasn't completed by 1700000240000",
    'hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel',
    'Caused: hudson.remoting.RequestAbortedException',
    'FATAL: Unexpected termination of the channel',
    "Also:   java.io.IOException: Backing channel 'agent-7' is disconnected.",
  ])('fires on: %s', (line) => expect(fires(line)).toBe(true));

  // Java's own trace ('Caused by:'), a logger's line or an assertion holding the words: a project's tests.
  test.each([
    'Caused by: java.io.IOException: Unexpected termination of the channel',
    'Caused by: hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel',
    "Caused by: java.io.IOException: Backing channel 'slave0' is disconnected.",
    "Caused by: java.util.concurrent.TimeoutException: Ping started at 1700000000000 hasn't completed by 1700000240000",
    'WARNING: Computer.threadPoolForRemoting [#3] hudson.remoting.RequestAbortedException thrown while closing',
    '[ERROR] reconnects(org.example.AgentTest)  expected "Unexpected termination of the channel" but was "ok"',
    'INFO: Remote call on slave0 failed. The channel is closing down or has closed down, as the test expects',
  ])('does not fire on: %s', (line) => expect(fires(line)).toBe(false));

  test("a plugin's test suite printing remoting's trace with Java's 'Caused by:', then a failed test: not retried", () => {
    const output = [
      '[INFO] Running org.example.ChannelTest',
      'hudson.remoting.ChannelClosedException: closing',
      ...remotingFrames,
      'Caused by: hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel',
      'Caused by: java.io.IOException: Unexpected termination of the channel',
      '[ERROR] org.example.ChannelTest.survivesRestart  Time elapsed: 0.4 s  <<< FAILURE!',
      'java.lang.AssertionError: expected:<2> but was:<1>',
      '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0',
      '[ERROR] BUILD FAILURE',
    ];
    const v = classify({ log: failedRunLog('mvn -B verify', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

test("FilePath.act's wording costs a line no more than a plain one: a long line with many ' at ' is not searched pairwise", () => {
  // The rule's keyword, and ' at ' many times, but not the line: the pattern's two `.+` tried every ' at ' against every ':'.
  const crafted = `remote file operation failed: ${' at x'.repeat(380)} channel is already closed!`;
  const plain = `remote file operation: ${'y'.repeat(crafted.length - 23)}`;
  const cpuMs = (line: string): number => {
    const log = failedRunLog('make test', Array<string>(1000).fill(line), 1);
    const [, median] = [0, 1, 2]
      .map(() => {
        const start = process.cpuUsage();
        classify({ log });
        const used = process.cpuUsage(start);
        return (used.user + used.system) / 1000;
      })
      .sort((a, b) => a - b);
    return median ?? 0;
  };
  expect(crafted.length).toBeLessThan(2000); // within the scanner's line limit: all of it is searched
  expect(fires(crafted)).toBe(false);
  // Measured here: about 850 ms for the crafted log before, a few ms for either log with a linear pattern.
  expect(cpuMs(crafted)).toBeLessThan(Math.max(200, 10 * cpuMs(plain)));
});
