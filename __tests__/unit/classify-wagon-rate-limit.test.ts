/**
 * The review of h/real-transient: Maven Wagon's transfer failures are network only in Maven's final word (the
 * `[ERROR]` of a resolution that failed), not in the `[WARNING]` of a repository it went past nor in a test's
 * output; a repository on the job's own machine or a service container's (a single-label host) is not the
 * network; and GitHub's API rate limit, which a 403 reports in curl's or wget's words, is retried.
 */
import { classify } from '../../src/core/classify/index.js';
import type { Classification } from '../../src/core/types.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

const verdict = (run: string, lines: string[], exit = 1): { type: string; retried: boolean } => {
  const v: Classification = classify({ log: jobLog(actionsStep({ run }, lines, exit)) });
  return { type: v.type, retried: retriedOnPr(v) };
};

const wagonWarning = (tail: string): string =>
  `[WARNING] Could not transfer artifact org.acme:lib:pom:1.2 from/to snapshots (https://oss.example.org/snapshots/): transfer failed for https://oss.example.org/snapshots/org/acme/lib/1.2/lib-1.2.pom${tail}`;
const resolutionError = (url: string, tail: string): string =>
  `[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project org.example:app:jar:1.0.0: Could not transfer artifact org.example:lib:jar:2.1.0 from/to central (${url}): transfer failed for ${url}org/example/lib/2.1.0/lib-2.1.0.jar${tail} -> [Help 1]`;
const COMPILE_ERROR = [
  '[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ app ---',
  '[ERROR] COMPILATION ERROR : ',
  '[ERROR] /home/runner/work/app/src/main/java/App.java:[3,8] cannot find symbol',
  '  symbol:   class Foo',
  '[INFO] BUILD FAILURE',
  '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Compilation failure',
  '[ERROR] /home/runner/work/app/src/main/java/App.java:[3,8] cannot find symbol',
];
const TEST_FAILURE = [
  '[INFO] Running org.example.AppTest',
  '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.1 s <<< FAILURE! - in org.example.AppTest',
  '[ERROR] org.example.AppTest.adds  Time elapsed: 0.01 s  <<< FAILURE!',
  'org.opentest4j.AssertionFailedError: expected: <3> but was: <4>',
  '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
  '[INFO] BUILD FAILURE',
  '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0:test (default-test) on project app: There are test failures.',
];

describe('maven-wagon-transfer-failed reads only the final error of a failed resolution', () => {
  test.each([
    [
      'a 500 warning, then a compile error',
      wagonWarning(', status: 500 Internal Server Error'),
      COMPILE_ERROR,
      'build',
    ],
    [
      'a refused warning, then a compile error',
      wagonWarning(
        ': Connect to oss.example.org:443 [oss.example.org/203.0.113.9] failed: Connection refused',
      ),
      COMPILE_ERROR,
      'build',
    ],
    [
      'an unknown-host warning, then surefire failures',
      wagonWarning(': Unknown host oss.example.org: Name or service not known'),
      TEST_FAILURE,
      'test',
    ],
    [
      "a test's own output with a 500, then the test fails",
      'Could not transfer artifact org.acme:lib:jar:1.0 from/to test (http://10.1.0.5:8080/repo/): transfer failed for http://10.1.0.5:8080/repo/org/acme/lib/1.0/lib-1.0.jar, status: 500 Internal Server Error',
      TEST_FAILURE,
      'test',
    ],
  ])('%s: not retried', (_name, early, later, type) => {
    expect(verdict('mvn -B verify', ['[INFO] Scanning for projects...', early, ...later])).toEqual({
      type,
      retried: false,
    });
  });

  test.each([
    ['a 500', ', status: 500 Internal Server Error'],
    ['a 429', ', status: 429 Too Many Requests'],
    [
      'a refusal',
      ': Connect to repo.example.org:443 [repo.example.org/203.0.113.7] failed: Connection refused',
    ],
    ['an unknown host', ': Unknown host repo.example.org: Temporary failure in name resolution'],
  ])("Maven's final error after %s is network, retried", (_name, tail) => {
    expect(verdict('mvn -B compile', [resolutionError('https://repo.example.org/maven2/', tail)])).toEqual({
      type: 'network',
      retried: true,
    });
  });

  test.each([
    ['localhost', 'http://localhost:8081/repo/'],
    ['LOCALHOST', 'http://LOCALHOST:8081/repo/'],
    ['127.0.1.1', 'http://127.0.1.1:8081/repo/'],
    ['0.0.0.0', 'http://0.0.0.0:8081/repo/'],
    ['[::]', 'http://[::]:8081/repo/'],
    ['[::1]', 'http://[::1]:8081/repo/'],
    ['a service container (nexus)', 'http://nexus:8081/repository/maven-public/'],
  ])('a repository on %s refusing is not the network', (_name, url) => {
    const host = new URL(url).host;
    const v = verdict('mvn -B compile', [
      resolutionError(url, `: Connect to ${host} [/127.0.0.1] failed: Connection refused`),
    ]);
    expect(v.type).not.toBe('network');
    expect(v.retried).toBe(false);
  });
});

describe("a GitHub API rate limit reported as curl's or wget's 403 is retried", () => {
  const RATE_LIMIT =
    '{"message":"API rate limit exceeded for 20.1.2.3. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}';

  test("wget's 403 naming the rate limit is network, retried", () => {
    expect(
      verdict(
        'wget https://api.github.com/repos/x/y/releases/latest',
        [
          'HTTP request sent, awaiting response... 403 rate limit exceeded',
          '2026-01-01 10:00:00 ERROR 403: rate limit exceeded.',
        ],
        8,
      ),
    ).toEqual({ type: 'network', retried: true });
  });

  test("wget's plain 403 Forbidden stays config", () => {
    expect(
      verdict(
        'wget https://example.org/x',
        [
          'HTTP request sent, awaiting response... 403 Forbidden',
          '2026-01-01 10:00:00 ERROR 403: Forbidden.',
        ],
        8,
      ),
    ).toEqual({ type: 'config', retried: false });
  });

  test.each([
    ['an unauthenticated caller', RATE_LIMIT],
    ['a GitHub App installation', '  "message": "API rate limit exceeded for installation ID 12345678.",'],
  ])("the rate limit's body for %s, then curl's 403, is network, retried", (_name, body) => {
    expect(
      verdict('bash scripts/install-tool.sh', [body, 'curl: (22) The requested URL returned error: 403'], 22),
    ).toEqual({ type: 'network', retried: true });
  });

  test.each([
    [
      'a C compile error',
      'gcc -c src/a.c',
      ["src/a.c:3:5: error: unknown type name 'foo'", '    3 | foo x;'],
    ],
    [
      'a tsc error',
      'npx tsc -p .',
      ["src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."],
    ],
  ])(
    "the rate limit's body, then %s the step went on to: that error decides, not retried",
    (_name, run, error) => {
      // Re-review (high): a rule of its own for the body outweighed the later error and retried it.
      const v = verdict(run, [RATE_LIMIT, ...error], 2);
      expect(v.retried).toBe(false);
      expect(v.type).not.toBe('network');
    },
  );

  test("curl's 403 alone stays config", () => {
    expect(
      verdict(
        'curl -fsSL https://example.org/x -o x',
        ['curl: (22) The requested URL returned error: 403'],
        22,
      ),
    ).toEqual({ type: 'config', retried: false });
  });

  test("a rate limit in a failing test's output is the test's", () => {
    expect(
      verdict('npx jest', [
        'FAIL src/release.test.ts',
        '  ● release › reads the latest release',
        '',
        '    expect(received).toBe(expected)',
        '',
        '    Expected: 200',
        '    Received: 403',
        '',
        '  console.log',
        `    ${RATE_LIMIT}`,
        '',
        'Tests:       1 failed, 4 passed, 5 total',
        'Test Suites: 1 failed, 1 total',
      ]),
    ).toEqual({ type: 'test', retried: false });
  });
});
