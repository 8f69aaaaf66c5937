/**
 * Clients that say in their own words that they gave up on a remote service (issue 68: HTTP 5xx and time-outs in a
 * service client's own words): uv's line that it retried a request and the last try failed too (rule
 * uv-retries-exhausted), Node's fetch that could not connect in time (undici-connect-timeout), kubectl that could not
 * reach the API server (kubectl-server-unreachable), transformers that could not reach the Hub (hf-hub-unreachable),
 * and Jenkins' remoting transports losing the connection under an agent's channel (jenkins-agent-lost). The lines are
 * the tools' own format strings and test snapshots,
 * filled in (rules/log-rules.json, `why`), inside a GitHub Actions step as the runner writes it. Beside each, the
 * look-alikes a retry would not cure: a 4xx uv did not retry, a service on the job's own machine, a test that quotes
 * the words or whose client printed them, a refused connection or an unknown host.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

/** uv's chain above an IO error no other rule reads (crates/uv/tests/it/network.rs, simple_io_err). */
const uvIoError = (first: string): string[] => [
  'Resolved 42 packages in 10ms',
  first,
  '  Caused by: Failed to fetch: `https://files.pythonhosted.org/packages/torch-2.5.1-cp311-cp311-linux_x86_64.whl`',
  '  Caused by: error sending request for url (https://files.pythonhosted.org/packages/torch-2.5.1-cp311-cp311-linux_x86_64.whl)',
  '  Caused by: client error (SendRequest)',
  '  Caused by: connection closed before message completed',
];

/** An uncaught `fetch failed` of a script, as Node prints it with its cause. */
const fetchFailed = (cause: string): string[] => [
  'node:internal/deps/undici/undici:13502',
  '      Error.captureStackTrace(err);',
  '            ^',
  '',
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:13502:13',
  '    at async file:///home/runner/work/app/app/scripts/fetch-schema.mjs:3:13 {',
  `  [cause]: ${cause}`,
  '      at onConnectTimeout (node:internal/deps/undici/undici:2602:28)',
  "    code: 'UND_ERR_CONNECT_TIMEOUT'",
  '  }',
  '}',
  '',
  'Node.js v22.11.0',
];

describe('a client that gave up on a remote service is network, retried', () => {
  test.each([
    [
      'uv, the retries in seconds',
      'uv sync --locked',
      uvIoError('error: Request failed after 3 retries in 1.4s'),
      'uv-retries-exhausted',
    ],
    [
      'uv before the duration, under its download',
      'uv pip install -r requirements.txt',
      [
        'error: Failed to download `torch==2.5.1`',
        ...uvIoError('  Caused by: Request failed after 3 retries').slice(1),
      ],
      'uv-retries-exhausted',
    ],
    [
      "uv's tree of causes",
      'uv add dipy',
      [
        '  × Failed to download `dipy==1.11.0`',
        '  ├─▶ Request failed after 1 retry',
        '  ├─▶ error decoding response body',
        '  ╰─▶ connection reset',
      ],
      'uv-retries-exhausted',
    ],
    [
      'a script whose fetch could not connect',
      'node scripts/fetch-schema.mjs',
      fetchFailed(
        'ConnectTimeoutError: Connect Timeout Error (attempted address: schemas.example.org:443, timeout: 10000ms)',
      ),
      'undici-connect-timeout',
    ],
    [
      'the same with both address families tried',
      'npm run generate',
      fetchFailed(
        'ConnectTimeoutError: Connect Timeout Error (attempted addresses: 104.16.0.35:443, 2606:4700::6810:23:443, timeout: 10000ms)',
      ),
      'undici-connect-timeout',
    ],
    [
      'kubectl, a TLS handshake that timed out',
      'kubectl apply -f k8s/',
      ['Unable to connect to the server: net/http: TLS handshake timeout'],
      'kubectl-server-unreachable',
    ],
    [
      "kubectl, the client's time limit",
      'kubectl rollout status deploy/app',
      [
        'Unable to connect to the server: net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
      ],
      'kubectl-server-unreachable',
    ],
  ])('%s', (_name, run, output, rule) => {
    const v = classify({ log: failedRunLog(run, output, run.startsWith('uv') ? 2 : 1) });
    expect({ type: v.type, rule: v.rule }).toEqual({ type: 'network', rule });
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe('the look-alikes are not retried', () => {
  test.each([
    [
      'a 404 uv did not retry',
      'uv sync --locked',
      [
        'error: Failed to fetch: `https://pypi.example.com/simple/acme-lib/`',
        '  Caused by: HTTP status client error (404 Not Found) for url (https://pypi.example.com/simple/acme-lib/)',
      ],
    ],
    [
      'a test that quotes the words',
      'npm test',
      [
        ' FAIL  src/retry.test.ts',
        '  ● retry › reports exhaustion',
        '',
        '    Expected: "Request failed after 3 retries"',
        '    Received: "ok"',
        '',
        'Tests:       1 failed, 3 passed, 4 total',
      ],
    ],
    [
      // pytest prints a failed test's captured stderr raw, so uv's own line stands at a line's start there
      'uv’s words in the captured stderr of a failed pytest test',
      'pytest',
      [
        '>       assert result.returncode == 2',
        'E       assert 1 == 2',
        '',
        'tests/test_cli.py:12: AssertionError',
        '----------------------------- Captured stderr call -----------------------------',
        'error: Request failed after 3 retries in 1.4s',
        '  Caused by: Failed to fetch: `https://pypi.example.com/simple/requests/`',
        '  Caused by: connection closed before message completed',
        '=========================== short test summary info ============================',
        'FAILED tests/test_cli.py::test_bad_index - assert 1 == 2',
        '========================= 1 failed, 20 passed in 3.21s =========================',
      ],
    ],
    [
      'a server on the job’s own machine that was not up',
      'node scripts/smoke.mjs',
      fetchFailed(
        'ConnectTimeoutError: Connect Timeout Error (attempted address: localhost:3000, timeout: 10000ms)',
      ),
    ],
    [
      'a failed test whose own client printed the cause (vitest’s tally)',
      'npx vitest run',
      [
        ' FAIL  test/api.test.ts > api > loads the schema',
        'TypeError: fetch failed',
        '  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.example.com:443, timeout: 10000ms)',
        '',
        ' Test Files  1 failed (1)',
        '      Tests  1 failed | 8 passed (9)',
      ],
    ],
    [
      'kubectl refused by the host it was pointed at',
      'kubectl apply -f k8s/',
      ['The connection to the server localhost:8080 was refused - did you specify the right host or port?'],
    ],
    [
      'kubectl pointed at a host that does not exist',
      'kubectl apply -f k8s/',
      [
        'Unable to connect to the server: dial tcp: lookup my-cluster.example.internal on 127.0.0.53:53: no such host',
      ],
    ],
  ])('%s', (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  // TAXONOMY lists TLS errors under network; a server the client will not trust stays untrusted on a retry, so the
  // rule says not retryable and the policy keeps it from a retry (network-not-transient).
  test('kubectl that does not trust the server: network, not retried', () => {
    const v = classify({
      log: failedRunLog('kubectl apply -f k8s/', [
        'Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority',
      ]),
    });
    expect(v).toMatchObject({ type: 'network', rule: 'tls-certificate-unverified', retryable: false });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('none of the three rules reads a line it was not written for', () => {
    for (const [id, line] of [
      ['uv-retries-exhausted', 'registry.terraform.io/hashicorp/google: the request failed after 2'],
      ['uv-retries-exhausted', '    Expected: "Request failed after 3 retries"'],
      [
        'undici-connect-timeout',
        '  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: 127.0.0.1:8080, timeout: 10000ms)',
      ],
      [
        'undici-connect-timeout',
        '  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: 10.20.0.5:8080, timeout: 10000ms)',
      ],
      [
        'undici-connect-timeout',
        '  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted addresses: 192.168.1.20:443, timeout: 10000ms)',
      ],
      [
        'undici-connect-timeout',
        '  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: 172.31.4.7:443, timeout: 10000ms)',
      ],
      ['kubectl-server-unreachable', 'Unable to connect to the server: dial tcp 10.0.0.1:443: i/o timeout'],
      ['kubectl-server-unreachable', '        net/http: TLS handshake timeout'],
    ] as const)
      expect([id, line, ruleFires(ruleSet, id, line)]).toEqual([id, line, false]);
  });
});

/** A Pipeline's console as Jenkins writes it, its `sh` step printing `body`. */
const pipeline = (body: string[]): string =>
  [
    'Started by an SCM change',
    '[Pipeline] Start of Pipeline',
    '[Pipeline] node',
    'Running on linux-agent-3 in /home/jenkins/workspace/app',
    '[Pipeline] {',
    '[Pipeline] stage',
    '[Pipeline] { (Build)',
    '[Pipeline] sh',
    '+ ./gradlew build',
    '> Task :app:compileJava',
    ...body,
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] }',
    '[Pipeline] // node',
    '[Pipeline] End of Pipeline',
    'Finished: FAILURE',
  ].join('\n');

describe("Jenkins' remoting transports losing the connection under the channel are infrastructure, retried", () => {
  test.each([
    // NioChannelHub.java:213, chained as Jenkins' console prints a cause.
    'Caused: java.io.IOException: Connection aborted: org.jenkinsci.remoting.nio.NioChannelHub$MonoNioTransport@5a1c0b2e[name=linux-agent-3]',
    // ChannelApplicationLayer.java:334 and :339, with no channel known.
    'hudson.remoting.ChannelClosedException: Channel "unknown": Protocol stack cannot write data anymore. ChannelApplicationLayer reports that the NIO Channel is closed',
    'FATAL: Channel "unknown": Protocol stack cannot write data anymore. It is not open for write',
  ])('%s', (line) => {
    const v = classify({
      log: pipeline([
        line,
        '\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:154)',
      ]),
    });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("not inside a line, nor after a JVM's 'Caused by:', as a plugin's own tests print it", () => {
    for (const line of [
      'Caused by: java.io.IOException: Connection aborted: org.jenkinsci.remoting.nio.NioChannelHub$MonoNioTransport@5a1c0b2e[name=agent]',
      '    assertThat(log).contains("Protocol stack cannot write data anymore. It is not open for write")',
      'java.io.IOException: Connection aborted: org.apache.http.impl.conn.DefaultManagedHttpClientConnection@5a1c0b2e',
    ])
      expect([line, ruleFires(ruleSet, 'jenkins-agent-lost', line)]).toEqual([line, false]);
  });
});

/** A script's traceback as Python prints transformers' cached_file failing (utils/hub.py). */
const hubTraceback = (last: string): string[] => [
  'Traceback (most recent call last):',
  '  File "/home/runner/work/app/app/scripts/download_models.py", line 4, in <module>',
  '    AutoTokenizer.from_pretrained("bert-base-uncased")',
  '  File "/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages/transformers/utils/hub.py", line 452, in cached_file',
  '    raise EnvironmentError(',
  last,
  "Checkout your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'.",
];

describe('transformers that could not reach the Hub, nothing cached, is network, retried; not in a test, not a missing model', () => {
  const unreachable =
    "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.";

  test('a script that loads a model', () => {
    const v = classify({ log: failedRunLog('python scripts/download_models.py', hubTraceback(unreachable)) });
    expect(v).toMatchObject({ type: 'network', rule: 'hf-hub-unreachable' });
    expect(v.evidence?.text).toBe(unreachable);
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    [
      'a model id that does not exist',
      'python scripts/download_models.py',
      hubTraceback(
        "OSError: acme/nope is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'",
      ),
    ],
    [
      "pytest's report of a test that met it",
      'pytest -q',
      [
        '    def test_tokenizer():',
        '>       AutoTokenizer.from_pretrained("bert-base-uncased")',
        `E       ${unreachable}`,
        '=========================== short test summary info ============================',
        `FAILED tests/test_model.py::test_tokenizer - ${unreachable}`,
        '1 failed, 20 passed in 3.2s',
      ],
    ],
  ])('%s', (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});

/** Robot Framework's console at a run's end (robotframework atest/robot/cli/console/console_resource.robot @ 2756f4a8:
 * `2 tests, 1 passed, 1 failed`, `1 test, 1 passed, 0 failed`), a tally only the generic shape reads. */
const robotRun = (status: 'FAIL' | 'PASS', tally: string): string[] => [
  '==============================================================================',
  `Tests                                                                 | ${status} |`,
  tally,
  '==============================================================================',
];

describe('a tally a runner printed before the step went on does not claim what came after it (issue 68 item 4)', () => {
  const cut =
    '2026-01-01 10:00:14 (1.2 MB/s) - Read error at byte 4194304/25165824 (Connection reset by peer). Giving up.';

  test("robot's re-run of its failed tests passed; the download after it was cut: network, retried", () => {
    // The user guide's re-run (`--rerunfailed`): the first run's tally says 1 failed, the re-run's says 0.
    const run =
      'robot --output original.xml tests || robot --rerunfailed original.xml --output rerun.xml tests; wget --tries=1 https://example.com/allure.tgz';
    const output = [
      ...robotRun('FAIL', '2 tests, 1 passed, 1 failed'),
      ...robotRun('PASS', '1 test, 1 passed, 0 failed'),
      "Saving to: 'allure.tgz'",
      cut,
    ];
    const v = classify({ log: failedRunLog(run, output, 4) });
    expect({ type: v.type, rule: v.rule, text: v.evidence?.text }).toEqual({
      type: 'network',
      rule: 'wget-download-gave-up',
      text: cut,
    });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a cut download above the tally of the run whose tests failed stays theirs', () => {
    const output = [
      ' FAIL  test/fetch.test.ts > downloads the fixture',
      cut,
      '',
      '      Tests  1 failed | 8 passed (9)',
    ];
    const v = classify({ log: failedRunLog('npx vitest run', output) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('transformers run offline on purpose with nothing cached is not network (issue 68 item 4)', () => {
  // huggingface/huggingface_hub @ f7c9b7dfd5e5ee0eff8d936e17459771a578e47b src/huggingface_hub/file_download.py
  // _raise_on_head_call_error: with local_files_only (transformers forces it under HF_HUB_OFFLINE=1) the cache miss
  // is LocalEntryNotFoundError, which transformers' cached_file turns into the same 'We couldn't connect' OSError
  // (`from e`: Python prints the cause first). A retry meets the same empty cache.
  const offline = [
    'Traceback (most recent call last):',
    '  File "/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/site-packages/huggingface_hub/file_download.py", line 1533, in _raise_on_head_call_error',
    '    raise LocalEntryNotFoundError(',
    "huggingface_hub.errors.LocalEntryNotFoundError: Cannot find the requested files in the disk cache and outgoing traffic has been disabled. To enable hf.co look-ups and downloads online, set 'local_files_only' to False.",
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    ...hubTraceback(
      "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.",
    ),
  ];

  test('local_files_only with a cold cache is not retried', () => {
    const v = classify({ log: failedRunLog('HF_HUB_OFFLINE=1 python scripts/download_models.py', offline) });
    expect(v.rule).not.toBe('hf-hub-unreachable');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the Hub's session refusing under HF_HUB_OFFLINE is not retried either", () => {
    const refused = offline.map((l) =>
      l.startsWith('huggingface_hub.errors.LocalEntryNotFoundError')
        ? 'huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/bert-base-uncased/revision/main: offline mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment variable.'
        : l,
    );
    const v = classify({ log: failedRunLog('python scripts/download_models.py', refused) });
    expect(v.rule).not.toBe('hf-hub-unreachable');
    expect(retriedOnPr(v)).toBe(false);
  });
});
