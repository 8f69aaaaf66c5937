/**
 * A network error the step survived is no cause of the failure that came after it (issue 68: "a test runner's
 * own failure summary ... outranking noise lines earlier in the step (a network warning the step survived)").
 * The install says it was done after all: pip's `Successfully installed …` (pypa/pip
 * src/pip/_internal/commands/install.py) and npm's `added N packages in …` (npm/cli
 * lib/utils/reify-output.js). The lines below are real output captured on this machine: pip 23.2.1's urllib3
 * retry warnings against an index that refused or timed out, npm 11.19.1 against a registry that refused the
 * connection (host names filled in as a hosted runner sees them), pytest 9.0.3 and jest 30 on a failing test.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr } from '../classify-logs.js';

const pipRetry =
  "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/requests/";

const pytestFailed = [
  '.F                                                                       [100%]',
  '=================================== FAILURES ===================================',
  '___________________________________ test_bad ___________________________________',
  '    def test_bad():',
  '>       assert 1 + 1 == 3',
  'E       assert (1 + 1) == 3',
  'test_a.py:5: AssertionError',
  '=========================== short test summary info ============================',
  'FAILED test_a.py::test_bad - assert (1 + 1) == 3',
  '1 failed, 1 passed in 0.49s',
];

const npmRefused = [
  'npm error code ECONNREFUSED',
  'npm error syscall connect',
  'npm error errno ECONNREFUSED',
  'npm error FetchError: request to https://registry.npmjs.org/left-pad failed, reason: connect ECONNREFUSED 104.16.1.35:443',
  "npm error If you are behind a proxy, please make sure that the 'proxy' config is set properly.  See: 'npm help config'",
];

const jestFailed = [
  '> app@1.0.0 test',
  '> jest',
  'FAIL ./sum.test.js',
  '  ✕ adds (4 ms)',
  '  ● adds',
  '    expect(received).toBe(expected) // Object.is equality',
  '    Expected: 3',
  '    Received: 2',
  '      at Object.toBe (sum.test.js:1:36)',
  'Test Suites: 1 failed, 1 total',
  'Tests:       1 failed, 1 total',
];

describe('a network error the install survived, then failed tests', () => {
  test("pip retried, said 'Successfully installed', then pytest failed: test, not retried", () => {
    const log = failedRunLog('pip install -r requirements.txt && pytest', [
      'Collecting requests',
      pipRetry,
      '  Downloading requests-2.31.0-py3-none-any.whl (62 kB)',
      'Successfully installed requests-2.31.0',
      ...pytestFailed,
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("npm's first attempt refused, its second 'added 1 package in 455ms', then jest failed: test", () => {
    const log = failedRunLog('for i in 1 2 3; do npm ci && break; sleep 10; done; npm test', [
      ...npmRefused,
      'added 1 package in 455ms',
      ...jestFailed,
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("npm's summary with an audit ('added 412 packages, and audited 413 packages in 9s') says the same", () => {
    const log = failedRunLog('npm ci || npm ci; npm test', [
      ...npmRefused,
      'added 412 packages, and audited 413 packages in 9s',
      ...jestFailed,
    ]);
    expect(classify({ log }).type).toBe('test');
  });
});

describe('a network error the install did not survive stays the cause', () => {
  test('pip that ran out of retries and found no distribution: network, retried', () => {
    const log = failedRunLog('pip install -r requirements.txt && pytest', [
      'Collecting requests-xyz',
      pipRetry.replace('total=4', 'total=1'),
      pipRetry.replace('total=4', 'total=0'),
      'ERROR: Could not find a version that satisfies the requirement requests-xyz (from versions: none)',
      'ERROR: No matching distribution found for requests-xyz',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a network error after the install was done (a later command lost the registry) is still network', () => {
    const log = failedRunLog('npm ci && npm install --no-save left-pad', [
      'added 412 packages, and audited 413 packages in 9s',
      ...npmRefused,
    ]);
    const v = classify({ log });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("a test that prints 'Successfully installed' before its own network error is not the install's", () => {
    // The marker counts only where the network error came before it: a later error is weighed as before.
    const log = failedRunLog('pip install . && pytest', [
      'Successfully installed app-0.1.0',
      pipRetry,
      pipRetry.replace('total=4', 'total=3'),
      'ERROR: No matching distribution found for requests',
    ]);
    expect(classify({ log }).type).toBe('network');
  });
});

describe('apt-get update that went on without an index', () => {
  // apt 2.6 run here with a source whose host does not resolve (exit 0); its reason line in the EAI_AGAIN form
  // a hosted runner's DNS hiccup gives (Debian apt methods/connect.cc), the host set to Ubuntu's archive.
  const update = [
    'Ign:1 http://azure.archive.ubuntu.com/ubuntu jammy InRelease',
    'Err:1 http://azure.archive.ubuntu.com/ubuntu jammy InRelease',
    "  Temporary failure resolving 'azure.archive.ubuntu.com'",
    'Reading package lists...',
    "W: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Temporary failure resolving 'azure.archive.ubuntu.com'",
    'W: Some index files failed to download. They have been ignored, or old ones used instead.',
  ];

  test('then pytest failed: test, not retried', () => {
    const log = failedRunLog('sudo apt-get update && pytest', [...update, ...pytestFailed]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('its E: form (the update itself failed) stays network', () => {
    const failed = update.map((l) => (l.startsWith('W: Some index') ? `E${l.slice(1)}` : l));
    const v = classify({ log: failedRunLog('sudo apt-get update', failed, 100) });
    expect(v.type).toBe('network');
  });
});

/**
 * A network line a test printed (its own client's, or a fixture of npm's words) above its run's tally of failed
 * tests: the tests ran past it and failed, and the tally is the step's failure (TAXONOMY: a test that fails because
 * a service it calls is unreachable is still `test`). mocha prints a test's console output at column 0 with no
 * header (mocha 11 run here: classify-real-node's case), so no rule can tell it from npm's own; the tally after it
 * can (weigh.ts wentPast). Review of h/real-node: a mocha test printing npm's ETIMEDOUT was network and retried.
 */
describe('a network line above a tally of failed tests is the tests’ output', () => {
  const npmTimedOut = [
    'npm error code ETIMEDOUT',
    'npm error network request to https://registry.npmjs.org/x failed, reason: connect ETIMEDOUT 104.16.0.35:443',
  ];
  const mochaFailed = (title: string, failing: number): string[] => [
    `  1) ${title}`,
    '',
    '  0 passing (4ms)',
    `  ${failing} failing`,
    '',
    `  1) ${title}:`,
    '      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
    '      at Context.<anonymous> (test/fetch.test.js:5:10)',
  ];

  test("mocha: a test printing npm's ETIMEDOUT, then `1 failing`: test, not retried", () => {
    const log = failedRunLog('npx mocha', ['', ...npmTimedOut, ...mochaFailed('fetches the index', 1)]);
    const v = classify({ log });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'test', retried: false });
    expect(v.evidence?.text).not.toMatch(/ETIMEDOUT/);
  });

  test("pytest: a test's client printing npm's ECONNRESET, then `2 failed, 3 passed`: test", () => {
    const log = failedRunLog('pytest -s', [
      'tests/test_install.py npm ERR! code ECONNRESET',
      'npm ERR! network aborted',
      'F.F..',
      ...pytestFailed.slice(1, -1),
      '2 failed, 3 passed in 0.81s',
    ]);
    const v = classify({ log });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'test', retried: false });
  });

  test('npm ci that lost the registry, and nothing after it: network, retried', () => {
    const v = classify({ log: failedRunLog('npm ci\nnpx mocha', npmTimedOut) });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'network', retried: true });
  });

  test('a tally of failed tests before the network line (a later command lost the registry): network', () => {
    const log = failedRunLog('npx mocha || true\nnpm ci --prefix e2e', [
      ...mochaFailed('adds', 1),
      ...npmTimedOut,
    ]);
    expect(classify({ log }).type).toBe('network');
  });

  test("jest's suites-only tally (no test ran: `Tests: 0 total`) does not take the network line for a test's", () => {
    const log = failedRunLog('npx jest', [
      ...npmRefused,
      'FAIL ./setup.test.js',
      '  ● Test suite failed to run',
      'Test Suites: 1 failed, 1 total',
      'Tests:       0 total',
    ]);
    expect(classify({ log }).type).toBe('network');
  });
});

/**
 * client-network-error's unlessAfter (a test runner's console header: jest's `console.log`, vitest's `stdout | file >
 * test`) holds within its step only (scan-lines.ts conditionHolds: each step keeps its own seenAt): a passing jest
 * step's console output does not hide npm's own network failure in a later step of the job.
 */
test("a passing jest step's `console.log` header, then npm ci losing the registry in a later step: network, retried", () => {
  const jestPassed = [
    ' PASS  src/a.test.js',
    '  console.log',
    '    hello from a test',
    '',
    'Test Suites: 1 passed, 1 total',
    'Tests:       1 passed, 1 total',
  ];
  const npmReset = ['npm error code ECONNRESET', 'npm error network aborted'];
  const log = jobLog([
    ...actionsStep({ run: 'npx jest' }, jestPassed),
    ...actionsStep({ run: 'npm ci --prefix e2e' }, npmReset, 1),
  ]);
  const v = classify({ log });
  expect({ type: v.type, confidence: v.confidence, retried: retriedOnPr(v) }).toEqual({
    type: 'network',
    confidence: 'high',
    retried: true,
  });
});

/**
 * Lines of the Node battery's new rules printed by a program under test (review of h/real-node): rollup's CLI error
 * is its last word before it exits (rollup 4.68.8 cli/logging.ts handleError, then process.exit(1): lastWord), so a
 * test printing it and then failing is the test's; pnpm's socket error heading after vitest's `stdout | file > test`
 * header is a test's output, as client-network-error's (unlessAfter), never a passing step's failure.
 */
describe("the Node battery's rules on a test's own output", () => {
  const mocha = (printed: string): string[] => [
    '',
    printed,
    '  1) bundles the fixture',
    '',
    '  0 passing (4ms)',
    '  1 failing',
    '',
    '  1) bundles the fixture:',
    '      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
    '      at Context.<anonymous> (test/build.test.js:5:10)',
  ];

  test("a mocha test printing rollup's `[!] RollupError: …`, then failing: test", () => {
    const log = failedRunLog('npx mocha', mocha('[!] RollupError: src/main.js (1:35): Expression expected'));
    expect(classify({ log }).type).toBe('test');
  });

  test("a passing vitest test printing pnpm's ` ECONNRESET  aborted` is claimed at low at most", () => {
    const log = jobLog(
      actionsStep({ run: 'npx vitest run' }, [
        ' RUN  v3.2.7 /home/runner/work/app/app',
        'stdout | retry.test.js > retries a reset download',
        ' ECONNRESET  aborted',
        '',
        ' ✓ retry.test.js (1 test) 3ms',
        ' Test Files  1 passed (1)',
        '      Tests  1 passed (1)',
      ]),
    );
    const v = classify({ log });
    expect({ claimed: v.type !== 'unknown' && v.confidence !== 'low' }).toEqual({ claimed: false });
  });
});
