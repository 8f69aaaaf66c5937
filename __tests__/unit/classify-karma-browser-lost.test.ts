/**
 * karma losing a browser it had captured (rule karma-browser-lost), in karma's own words (karma-runner/karma
 * lib/browser.js onSocketDisconnect and disconnect, lib/reporters/base.js onBrowserError): the browser's socket
 * closed and no socket came back within browserDisconnectTimeout. The connection between karma and the browser
 * dropped, not a test's verdict: network, retried. Beside it: its no-activity watchdog (a time limit), the words
 * quoted in a test's own output, a spec of the run that failed (before or after the loss, in another browser), and
 * karma's restart of the browser (browserDisconnectTolerance) after which the run went on.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const fires = (line: string): boolean => ruleFires(defaultRuleSet(), 'karma-browser-lost', line);

const CHROME = 'Chrome Headless 120.0.0.0 (Linux x86_64)';
const FIREFOX = 'Firefox 121.0 (Linux x86_64)';
/** karma's logger line (log4js '%d{DATETIME}:%p [%c]: %m', lib/constants.js) at a given second. */
const logged = (second: number, level: string, category: string, message: string): string =>
  `29 11 2026 09:00:${String(second).padStart(2, '0')}.123:${level} [${category}]: ${message}`;

/** The lines karma 6 prints when it loses `browser` during the run (warning, the reporter's error, its tally). */
const lost = (browser: string, second: number): string[] => [
  logged(
    second,
    'WARN',
    browser,
    'Disconnected (0 times) reconnect failed before timeout of 2000ms (ping timeout)',
  ),
  `${browser} ERROR`,
  '  Disconnected reconnect failed before timeout of 2000ms (ping timeout)',
  `${browser}: Executed 50 of 220 DISCONNECTED (33.106 secs / 1.059 secs)`,
];

const karmaRun = (output: string[]): ReturnType<typeof classify> =>
  classify({ log: failedRunLog('npx karma start --single-run', output, 1) });

describe("karma's own lines for a lost browser", () => {
  test.each([
    '  Disconnected reconnect failed before timeout of 2000ms (ping timeout)',
    // karma 5 and older: no space after 'Disconnected' (lib/browser.js before 1c9c2de5).
    '  Disconnectedreconnect failed before timeout of 2000ms (ping timeout)',
    '  Disconnectedreconnect failed before timeout of 10000ms (transport close)',
    '  Disconnected Client disconnected from CONNECTED state (transport close)',
    '  Disconnectedclient disconnected from CONNECTED state (transport error)',
    logged(
      1,
      'WARN',
      CHROME,
      'Disconnected (0 times) reconnect failed before timeout of 2000ms (ping timeout)',
    ),
    logged(
      1,
      'WARN',
      CHROME,
      'Disconnected (1 times)reconnect failed before timeout of 2000ms (transport close)',
    ),
  ])('fires on: %s', (line) => expect(fires(line)).toBe(true));

  test.each([
    // The no-activity watchdog: a time limit, rule no-activity-watchdog.
    '  Disconnected , because no message in 30000 ms.',
    // The words quoted by a test of karma's own behaviour, or a sentence about them.
    `expect(error).toBe('Disconnected reconnect failed before timeout of 2000ms (ping timeout)')`,
    'Error: Expected "Disconnectedreconnect failed before timeout of 2000ms (ping timeout)" to be undefined',
    logged(1, 'INFO', CHROME, 'Disconnected browser returned on socket abc with id 123.'),
    logged(1, 'DEBUG', CHROME, 'Disconnected during run, waiting 2000ms for reconnecting.'),
  ])('does not fire on: %s', (line) => expect(fires(line)).toBe(false));
});

describe('a karma run that lost its browser', () => {
  test('is network, shown on the first line that says so, and retried', () => {
    const v = karmaRun([
      '> karma start --single-run',
      logged(0, 'INFO', 'karma-server', 'Karma v6.4.3 server started at http://localhost:9876/'),
      ...lost(CHROME, 33),
    ]);
    expect(v).toMatchObject({ type: 'network', rule: 'karma-browser-lost' });
    expect(v.evidence?.text).toMatch(/Disconnected \(0 times\) reconnect failed before timeout/);
    expect(retriedOnPr(v)).toBe(true);
  });

  test('lost again after karma restarted it: still network', () => {
    const v = karmaRun([
      ...lost(FIREFOX, 33),
      logged(34, 'INFO', 'karma-server', `Restarting ${FIREFOX} (1 of 1 attempts)`),
      ...lost(FIREFOX, 59),
    ]);
    expect(v).toMatchObject({ type: 'network', rule: 'karma-browser-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });

  // karma's restart names the browser (lib/server.js:331-332): it says nothing of another browser's loss, which
  // karma did not restart (its tolerance spent, or none set for it) and which failed the run.
  test('lost for good, then karma restarted another browser: still network', () => {
    const v = karmaRun([
      ...lost(CHROME, 33),
      ...lost(FIREFOX, 35),
      logged(36, 'INFO', 'karma-server', `Restarting ${FIREFOX} (1 of 2 attempts)`),
      `${FIREFOX}: Executed 220 of 220 SUCCESS (1.4 secs / 1.2 secs)`,
    ]);
    expect(v).toMatchObject({ type: 'network', rule: 'karma-browser-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test("lost for good, then another restarted, in karma's colours (its default): still network", () => {
    // log4js's coloured layout (lib/constants.js COLOR_PATTERN '%[%d{DATETIME}:%p [%c]: %]%m')
    const coloured = (line: string): string => line.replace(/^(.*?\]: )/, '\u001b[33m$1\u001b[39m');
    const v = karmaRun(
      [
        ...lost(CHROME, 33),
        ...lost(FIREFOX, 35),
        logged(36, 'INFO', 'karma-server', `Restarting ${FIREFOX} (1 of 2 attempts)`),
        `${FIREFOX}: Executed 220 of 220 SUCCESS (1.4 secs / 1.2 secs)`,
      ].map(coloured),
    );
    expect(v).toMatchObject({ type: 'network', rule: 'karma-browser-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('each lost browser restarted, the run then failing for nothing karma said: not network', () => {
    const v = karmaRun([
      ...lost(CHROME, 33),
      ...lost(FIREFOX, 35),
      logged(36, 'INFO', 'karma-server', `Restarting ${CHROME} (1 of 2 attempts)`),
      logged(37, 'INFO', 'karma-server', `Restarting ${FIREFOX} (1 of 2 attempts)`),
      `${CHROME}: Executed 220 of 220 SUCCESS (1.4 secs / 1.2 secs)`,
      `${FIREFOX}: Executed 220 of 220 SUCCESS (1.4 secs / 1.2 secs)`,
    ]);
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('where a spec failed, the failed spec is what a person fixes: test, not retried', () => {
  test('a spec failed in another browser before the browser was lost', () => {
    const v = karmaRun([
      `${CHROME} Calculator adds two numbers FAILED`,
      '\tExpected 3 to be 4.',
      ...lost(FIREFOX, 33),
      `${CHROME}: Executed 220 of 220 (1 FAILED) (1.2 secs / 1.1 secs)`,
    ]);
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a spec failed in another browser after the browser was lost', () => {
    const v = karmaRun([
      ...lost(FIREFOX, 33),
      `${CHROME} Calculator adds two numbers FAILED`,
      '\tExpected 3 to be 4.',
      `${CHROME}: Executed 220 of 220 (1 FAILED) (1.2 secs / 1.1 secs)`,
    ]);
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('karma restarted the lost browser (browserDisconnectTolerance) and a spec failed in the run after', () => {
    const v = karmaRun([
      ...lost(FIREFOX, 33),
      logged(34, 'INFO', 'karma-server', `Restarting ${FIREFOX} (1 of 2 attempts)`),
      `${FIREFOX} Calculator adds two numbers FAILED`,
      '\tExpected 3 to be 4.',
      `${FIREFOX}: Executed 220 of 220 (1 FAILED) (1.4 secs / 1.2 secs)`,
    ]);
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});
