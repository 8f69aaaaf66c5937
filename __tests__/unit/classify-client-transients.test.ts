/**
 * Issue 68 (transients retried, look-alikes not): what real clients print when a server misbehaves, as a GitHub
 * Actions step shows it. Each row of fixtures/client-transients.json is one client (its version) run here against
 * stand/misbehaving-server.ts (a 5xx with a body, 429 with Retry-After, a reset mid-answer, a body shorter than
 * its Content-Length, an answer that never came), a closed port, a name in `.invalid`, a self-signed certificate the
 * client verifies, and a command killed by SIGKILL with no out-of-memory line; the loopback address is replaced by
 * the public host the client would have named (a rule reads the job's own machine as a service not up). Then each
 * rule written for a miss, on a look-alike it must not take: a 4xx, a refused credential, a test that asserts the
 * words.
 */
import { readFileSync } from 'node:fs';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, jobLog, actionsStep, retriedOnPr, ruleFires } from '../classify-logs.js';

interface Row {
  client: string;
  case: string;
  /** A `run:` step's script and status, or the action a `uses:` step ran (its annotation fails it). */
  run?: string;
  exit?: number;
  uses?: string;
  output: string[];
  /** `knownMiss`: what the row's client printed is a transient the classifier cannot yet tell from its look-alike;
   * the reason is the row's, and neither type nor retry is asserted (a fix that reads it must not fail here). */
  expect: { type?: string; retried?: boolean; knownMiss?: string };
}

const rows = (
  JSON.parse(readFileSync(new URL('../fixtures/client-transients.json', import.meta.url), 'utf8')) as {
    rows: Row[];
  }
).rows;
const ruleSet = defaultRuleSet();

describe('real clients against a misbehaving server', () => {
  test('the table holds every client run here', () => {
    const clients = new Set(rows.map((r) => r.client.split(' ')[0]));
    for (const c of [
      'curl',
      'GNU',
      'git',
      'npm',
      'pnpm',
      'pip',
      'cargo',
      'go',
      'Apache',
      '@actions/core',
      'pytest',
    ])
      expect(clients).toContain(c);
  });

  const logOf = (row: Row): string =>
    row.uses
      ? jobLog(actionsStep({ uses: row.uses }, row.output))
      : failedRunLog(row.run ?? '', row.output, row.exit);
  test.each(rows.map((r) => [`${r.client}: ${r.case} (\`${r.run ?? r.uses}\`)`, r] as const))(
    '%s',
    (_name, row) => {
      const v = classify({ log: logOf(row) });
      if (row.expect.type) expect(v.type).toBe(row.expect.type);
      if (row.expect.retried !== undefined) expect(retriedOnPr(v)).toBe(row.expect.retried);
    },
  );

  test('each row asserts whether it is retried, or says why it is a known miss (never both)', () => {
    for (const r of rows) {
      expect([r.client, r.case, r.expect.retried === undefined]).toEqual([
        r.client,
        r.case,
        r.expect.knownMiss !== undefined,
      ]);
      if (r.expect.knownMiss !== undefined) expect(r.expect.type).toBeUndefined();
    }
  });

  test('a certificate the client refuses is never retried (config: the same on every run)', () => {
    const tls = rows.filter((r) => r.case.startsWith('self-signed'));
    expect(tls.map((r) => r.client.split(' ')[0]).sort()).toEqual(['curl', 'git', 'npm', 'pip']);
    for (const r of tls) expect(r.expect.retried).toBe(false);
  });
});

describe('each rule written here, on its line and not on a look-alike', () => {
  test.each([
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET https://registry.npmjs.org/left-pad: request to https://registry.npmjs.org/left-pad failed, reason: Socket timeout',
    ],
    [
      'go-dial-lookup-failed',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving',
    ],
    ['curl-http-throttled', 'curl: (22) The requested URL returned error: 429'],
  ])('%s takes %s', (id, line) => {
    expect(ruleFires(ruleSet, id, line)).toBe(true);
  });

  test.each([
    // A registry on the job's own machine, a body that is no JSON, a missing package.
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET http://localhost:4873/left-pad: request to http://localhost:4873/left-pad failed, reason: connect ECONNREFUSED 127.0.0.1:4873',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_BROKEN_METADATA_JSON\u2009 Unexpected token < in JSON at position 0',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_FETCH_404\u2009 GET https://registry.npmjs.org/nope: Not Found - 404',
    ],
    // A compose service's single-label name, a reserved TLD a test uses, a Kubernetes-internal name.
    ['go-dial-lookup-failed', 'dial tcp: lookup db on 127.0.0.11:53: no such host'],
    // A service container's name and a private, loopback-less or unspecified address the job's own network holds.
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET http://verdaccio:4873/left-pad: request to http://verdaccio:4873/left-pad failed, reason: connect ECONNREFUSED 172.18.0.2:4873',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET https://registry.npmjs.org/left-pad: request to https://registry.npmjs.org/left-pad failed, reason: connect ECONNREFUSED 0.0.0.0:443',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET https://npm.corp.example.org/left-pad: request to https://npm.corp.example.org/left-pad failed, reason: connect ECONNREFUSED 10.0.4.12:443',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET https://npm.corp.example.org/left-pad: request to https://npm.corp.example.org/left-pad failed, reason: connect ECONNREFUSED 192.168.1.20:443',
    ],
    [
      'pnpm-fetch-failed',
      '\u2009ERR_PNPM_BROKEN_METADATA_JSON\u2009 Invalid response body while trying to fetch http://verdaccio:4873/left-pad: aborted',
    ],
    // A name that does not exist (NXDOMAIN) fails the same way on every run: a misspelt module path, a placeholder.
    [
      'go-dial-lookup-failed',
      'go: gitlab.exmaple.com/acme/lib@v1.2.0: unrecognized import path "gitlab.exmaple.com/acme/lib": https fetch: Get "https://gitlab.exmaple.com/acme/lib?go-get=1": dial tcp: lookup gitlab.exmaple.com on 127.0.0.53:53: no such host',
    ],
    [
      'go-dial-lookup-failed',
      'Error: Get "https://api.example.com/v1/health": dial tcp: lookup api.example.com on 127.0.0.53:53: no such host',
    ],
    [
      'go-dial-lookup-failed',
      '    client_test.go:40: Get "http://api.invalid/v1": dial tcp: lookup api.invalid: no such host',
    ],
    [
      'go-dial-lookup-failed',
      'dial tcp: lookup redis.default.svc.cluster.local on 10.96.0.10:53: no such host',
    ],
    // Refused credentials and a missing asset.
    ['curl-http-throttled', 'curl: (22) The requested URL returned error: 404'],
    ['curl-http-throttled', 'curl: (22) The requested URL returned error: 403'],
  ])('%s leaves %s', (id, line) => {
    expect(ruleFires(ruleSet, id, line)).toBe(false);
  });

  test.each([
    [
      'a misspelt module path',
      'go build ./...',
      'go: gitlab.exmaple.com/acme/lib@v1.2.0: unrecognized import path "gitlab.exmaple.com/acme/lib": https fetch: Get "https://gitlab.exmaple.com/acme/lib?go-get=1": dial tcp: lookup gitlab.exmaple.com on 127.0.0.53:53: no such host',
    ],
    [
      'a typo in a registry host',
      'terraform init',
      '\u2502 Error: Failed to query available provider packages: could not connect to registry.terrafrom.io: failed to request discovery document: Get "https://registry.terrafrom.io/.well-known/terraform.json": dial tcp: lookup registry.terrafrom.io on 127.0.0.53:53: no such host',
    ],
    [
      'a placeholder host',
      './bin/smoke',
      'Error: Get "https://api.example.com/v1/health": dial tcp: lookup api.example.com on 127.0.0.53:53: no such host',
    ],
  ])("go's resolver finding no such host (%s) is no transient: not retried", (_name, run, line) => {
    const v = classify({ log: failedRunLog(run, [line]) });
    expect(v.rule).not.toBe('go-dial-lookup-failed');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    ['a service container by name', 'http://verdaccio:4873', '172.18.0.2:4873'],
    ['an unspecified address', 'https://registry.npmjs.org', '0.0.0.0:443'],
  ])("pnpm refused by a registry on the job's own network (%s): not retried", (_name, base, addr) => {
    const v = classify({
      log: failedRunLog('pnpm install', [
        `\u2009ERR_PNPM_META_FETCH_FAIL\u2009 GET ${base}/left-pad: request to ${base}/left-pad failed, reason: connect ECONNREFUSED ${addr}`,
      ]),
    });
    expect(v.rule).not.toBe('pnpm-fetch-failed');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a test that fails on a lookup it made is the test, not the resolver (afterTests)', () => {
    const v = classify({
      log: failedRunLog('go test ./...', [
        '--- FAIL: TestFetch (0.01s)',
        '    fetch_test.go:21: Get "https://api.github.com/repos/x": dial tcp: lookup api.github.com on 127.0.0.53:53: no such host',
        'FAIL',
        'FAIL\texample.com/app\t0.012s',
      ]),
    });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  const httpClientError = (status: number): string[] => [
    `HttpClientError: Failed request: (${status})`,
    '    at HttpClient.<anonymous> (file:///home/runner/work/app/app/node_modules/@actions/http-client/lib/index.js:684:33)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:104:5) {',
    `  statusCode: ${status},`,
    '  result: null',
    '}',
    '',
    'Node.js v24.21.0',
  ];
  test.each([
    [503, true],
    [401, false],
    [404, false],
  ])("@actions/http-client's HttpClientError with status %d: retried %s", (status, retried) => {
    const v = classify({ log: failedRunLog('node scripts/fetch-release.mjs', httpClientError(status)) });
    expect(retriedOnPr(v)).toBe(retried);
    if (retried) expect(v.rule).toBe('actions-http-client-status');
  });

  test('a status line with no HttpClientError above it is some other object (after)', () => {
    const v = classify({
      log: failedRunLog('node scripts/check.mjs', [
        'Error: unexpected answer',
        '{',
        '  statusCode: 503,',
        '}',
      ]),
    });
    expect(v.rule).not.toBe('actions-http-client-status');
  });

  test("a bare 'aborted' with no retry helper's line above it is not a download cut short (after)", () => {
    const v = classify({
      log: failedRunLog('./scripts/migrate.sh', ['Migration 0042 failed, rolling back', 'aborted']),
    });
    expect(v.rule).not.toBe('toolkit-download-aborted');
    expect(retriedOnPr(v)).toBe(false);
  });

  const oidc = (code: string, message: string): string =>
    jobLog(
      actionsStep({ uses: 'aws-actions/configure-aws-credentials@v4' }, [
        '##[error]Error message: Failed to get ID Token. ',
        ' ',
        `        Error Code : ${code}`,
        ' ',
        `        Error Message: ${message}`,
      ]),
    );
  test('the OIDC token service answering 503 with an empty body: retried, on the code line', () => {
    const v = classify({ log: oidc('503', '') });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('oidc-token-server-error');
    expect(retriedOnPr(v)).toBe(true);
  });
  test.each([
    ['401', 'Unauthorized'],
    ['403', 'Forbidden'],
  ])('the OIDC token service refusing the request (%s): not retried', (code, message) => {
    const v = classify({ log: oidc(code, message) });
    expect(v.rule).not.toBe('oidc-token-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });
  test("an 'Error Code : 503' with no ID token request above it is not this rule (after)", () => {
    const v = classify({ log: failedRunLog('./deploy.sh', ['Upload failed.', '  Error Code : 503']) });
    expect(v.rule).not.toBe('oidc-token-server-error');
  });
});
