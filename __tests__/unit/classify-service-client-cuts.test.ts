/**
 * Transients in the words of the client that met them, which no rule read before (issue 68: "HTTP 5xx in a service
 * client's own words", "a truncated download", "a process killed with 137 and no out-of-memory line"):
 * google-api-core's 5xx exceptions (rule google-api-core-server-error), axios' rejection of a 5xx answer
 * (axios-server-error) and Faraday's (faraday-server-error), rustup's checksum of a download that did not match
 * (rustup-checksum-failed), urllib3's chunked response that ended before its last chunk as requests and pip raise it
 * (urllib3-chunked-response-cut), and clang's driver reporting that the compiler it ran was SIGKILLed
 * (clang-driver-killed). The lines are the libraries' format strings filled in, and
 * requests 2.34.2 over urllib3 2.7.0 run here against a local server that closed a chunked response early
 * (rules/log-rules.json, `why`). Beside each, the look-alikes a retry does not mend: a 4xx or a quota, a test whose
 * client raised the same words, a size line the server garbled, a compiler that crashed, tests that failed.
 */
import { classify } from '../../src/core/classify/index.js';
import { decide } from '../../src/core/policy.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

function verdict(
  run: string,
  lines: string[],
  exitCode = 1,
): { type: string; retried: boolean; rule: string } {
  const v = classify({ log: failedRunLog(run, lines, exitCode) });
  return { type: v.type, retried: retriedOnPr(v), rule: v.rule };
}

/** A script's uncaught exception, as Python prints it: the traceback, then the exception's line. */
const traceback = (script: string, call: string, last: string): string[] => [
  'Traceback (most recent call last):',
  `  File "/home/runner/work/app/app/${script}", line 9, in <module>`,
  `    ${call}`,
  last,
];

/** pytest's report of a test whose own client raised `exception` (its `E   ` line and the summary). */
const pytestFailed = (exception: string): string[] => [
  '=================================== FAILURES ===================================',
  '_____________________________ test_upload_retries ______________________________',
  '    def test_upload_retries():',
  '>       upload("dist/app.tar.gz")',
  `E       ${exception}`,
  'tests/test_upload.py:12: Exception',
  '=========================== short test summary info ============================',
  `FAILED tests/test_upload.py::test_upload_retries - ${exception}`,
  '========================= 1 failed, 3 passed in 0.52s ==========================',
];

describe("google-api-core's server errors (google-api-core-server-error)", () => {
  const upload = (last: string): string[] =>
    traceback('upload.py', 'blob.upload_from_filename("dist/app.tar.gz")', last);
  const gcs =
    'POST https://storage.googleapis.com/upload/storage/v1/b/acme-artifacts/o?uploadType=multipart: We encountered an internal error. Please try again. []';

  test.each([
    `google.api_core.exceptions.ServiceUnavailable: 503 ${gcs}`,
    `google.api_core.exceptions.InternalServerError: 500 ${gcs}`,
    `google.api_core.exceptions.BadGateway: 502 ${gcs}`,
    'google.api_core.exceptions.GatewayTimeout: 504 Gateway Timeout []',
    'google.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded []',
  ])('a 5xx a script did not catch is network, retried: %s', (last) => {
    expect(verdict('python upload.py', upload(last))).toEqual({
      type: 'network',
      retried: true,
      rule: 'google-api-core-server-error',
    });
  });

  test.each([
    'google.api_core.exceptions.NotFound: 404 GET https://storage.googleapis.com/storage/v1/b/acme-gone?projection=noAcl&prettyPrint=false: The specified bucket does not exist. []',
    "google.api_core.exceptions.Forbidden: 403 POST https://storage.googleapis.com/upload/storage/v1/b/acme-artifacts/o?uploadType=multipart: ci@acme.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist). []",
    'google.api_core.exceptions.Unauthorized: 401 POST https://bigquery.googleapis.com/bigquery/v2/projects/acme/jobs?prettyPrint=false: Request had invalid authentication credentials. []',
    "google.api_core.exceptions.TooManyRequests: 429 Quota exceeded for quota metric 'Write requests' and limit 'Write requests per day' []",
    "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Generate requests' []",
    // gRPC UNKNOWN and DATA_LOSS map to no HTTP code: the exception prints `None`.
    'google.api_core.exceptions.Unknown: None Stream removed []',
  ])('a refusal, a quota or no status is not retried: %s', (last) => {
    const v = verdict('python upload.py', upload(last));
    expect(v.rule).not.toBe('google-api-core-server-error');
    expect(v.retried).toBe(false);
  });

  test("an emulator on the job's own host (localhost) answering 500 is not retried", () => {
    const v = verdict(
      'python scripts/seed_firestore.py',
      traceback(
        'scripts/seed_firestore.py',
        'batch.commit()',
        'google.api_core.exceptions.InternalServerError: 500 POST http://localhost:8080/v1/projects/demo/databases/(default)/documents:commit: boom',
      ),
    );
    expect(v.rule).not.toBe('google-api-core-server-error');
    expect(v.retried).toBe(false);
  });

  test("a test whose own client raised the 503 is the test's failure", () => {
    const v = verdict(
      'pytest',
      pytestFailed(
        'google.api_core.exceptions.ServiceUnavailable: 503 The service is currently unavailable. []',
      ),
    );
    expect(v.type).toBe('test');
    expect(v.retried).toBe(false);
  });

  test('a 503 a script raised after its tests failed is not what failed the run', () => {
    const lines = [
      ...pytestFailed('assert 200 == 201'),
      ...upload(`google.api_core.exceptions.ServiceUnavailable: 503 ${gcs}`),
    ];
    expect(verdict('pytest && python upload.py', lines).type).toBe('test');
  });
});

describe("axios' rejection of a server error (axios-server-error)", () => {
  /** Node's report of a rejection nobody caught: the error, then its stack. */
  const release = (first: string): string[] => [
    'Publishing release notes to https://api.acme.io/v1/releases',
    first,
    '    at settle (/home/runner/work/app/app/node_modules/axios/dist/node/axios.cjs:2031:12)',
    '    at IncomingMessage.handleStreamEnd (/home/runner/work/app/app/node_modules/axios/dist/node/axios.cjs:3148:11)',
    'Node.js v20.19.4',
  ];

  test.each([
    'AxiosError: Request failed with status code 503',
    'AxiosError [ERR_BAD_RESPONSE]: Request failed with status code 502',
    // axios 0.x: a plain Error, as old Node's console.log printed it with its properties.
    '{ Error: Request failed with status code 502',
    'AxiosError: Request failed with status code 504',
    // An AxiosError is no native Error: Node 15+ reports one nobody caught so (axios 0.27.2 run here, Node 20).
    'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "AxiosError: Request failed with status code 503".',
    // console.error of a caught one, before process.exit(1).
    '[AxiosError: Request failed with status code 503] {',
  ])('a 5xx is network, retried: %s', (first) => {
    expect(verdict('node scripts/release.js', release(first))).toEqual({
      type: 'network',
      retried: true,
      rule: 'axios-server-error',
    });
  });

  test.each([
    'AxiosError: Request failed with status code 404',
    'AxiosError: Request failed with status code 401',
    'AxiosError [ERR_BAD_REQUEST]: Request failed with status code 403',
    'AxiosError: Request failed with status code 501',
    // Most often the job's own server under test, or one request it refuses every time.
    'AxiosError: Request failed with status code 500',
  ])('a refusal, a call the server does not implement or a 500 is not retried: %s', (first) => {
    const v = verdict('node scripts/release.js', release(first));
    expect(v.rule).not.toBe('axios-server-error');
    expect(v.retried).toBe(false);
  });

  test("a test asserting on a 503, whose own axios call printed it, is the test's failure", () => {
    const lines = [
      'FAIL src/client.test.ts',
      '  ● client › retries a 503',
      '',
      '    AxiosError: Request failed with status code 503',
      '',
      '      at settle (node_modules/axios/lib/core/settle.js:19:12)',
      '',
      'Tests:       1 failed, 4 passed, 5 total',
    ];
    const v = verdict('npx jest', lines);
    expect(v.type).toBe('test');
    expect(v.retried).toBe(false);
  });

  test("a 500 printed by a step that carried on, then a deterministic failure, is not retried (bundlesize's shape)", () => {
    const lines = [
      '> bundlesize',
      '',
      '{ Error: Request failed with status code 500',
      '    at createError (/home/runner/work/b/b/node_modules/axios/lib/core/createError.js:16:15)',
      '    at settle (/home/runner/work/b/b/node_modules/axios/lib/core/settle.js:17:12)',
      ' PASS  ./dist/css/bootstrap.min.css: 22.3KB < maxSize 23KB (gzip)',
      '',
      '> dist-check',
      'dist/ is out of date: bootstrap.css differs',
    ];
    const v = verdict('npm run bundlesize && npm run dist-check', lines);
    expect(v.rule).not.toBe('axios-server-error');
    expect(v.retried).toBe(false);
  });

  test("axios' words inside another program's line (a warning it went on past) are not retried", () => {
    const lines = [
      'warning: size report skipped: Error: Request failed with status code 503',
      'Checking generated files...',
      'generated files differ from the committed ones',
    ];
    const v = verdict('./ci.sh', lines);
    expect(v.rule).not.toBe('axios-server-error');
    expect(v.retried).toBe(false);
  });

  test.each(['npm run test:e2e', 'node scripts/smoke.js'])(
    "the job's own server answering 500 to its e2e or smoke run is not retried: %s",
    (run) => {
      const lines = [
        'Starting server on http://localhost:3000',
        'AxiosError: Request failed with status code 500',
        '    at settle (/home/runner/work/app/app/node_modules/axios/dist/node/axios.cjs:2031:12)',
        'Node.js v20.19.4',
      ];
      const v = verdict(run, lines);
      expect(v.rule).not.toBe('axios-server-error');
      expect(v.retried).toBe(false);
    },
  );
});

describe("Faraday's server error (faraday-server-error) and rustup's failed checksum (rustup-checksum-failed)", () => {
  test.each([
    [
      'bundle exec rake release',
      ['rake aborted!', 'Faraday::ServerError: the server responded with status 503'],
    ],
    [
      'ruby scripts/release.rb',
      [
        "/home/runner/work/app/app/scripts/release.rb:14:in 'Faraday::Response::RaiseError#on_complete': the server responded with status 502 for POST https://api.acme.io/v1/releases (Faraday::ServerError)",
      ],
    ],
  ] as [string, string[]][])("Faraday's 5xx is network, retried: %s", (run, lines) => {
    expect(verdict(run, lines)).toEqual({ type: 'network', retried: true, rule: 'faraday-server-error' });
  });

  test.each([
    'Faraday::ResourceNotFound: the server responded with status 404',
    'Faraday::UnauthorizedError: the server responded with status 401',
    'Faraday::ServerError: the server responded with status 501',
  ])("Faraday's refusal, or a call the server does not implement, is not retried: %s", (line) => {
    const v = verdict('bundle exec rake release', ['rake aborted!', line]);
    expect(v.rule).not.toBe('faraday-server-error');
    expect(v.retried).toBe(false);
  });

  test("Faraday's 500 from the job's own app (localhost) under a smoke task is not retried", () => {
    const v = verdict('bundle exec rake release:smoke', [
      'rake aborted!',
      'Faraday::ServerError: the server responded with status 500 for GET http://localhost:3000/health',
    ]);
    expect(v.rule).not.toBe('faraday-server-error');
    expect(v.retried).toBe(false);
  });

  const rustup = (host: string): string[] => [
    "info: downloading component 'rustc'",
    `error: checksum failed for '${host}/dist/2024-09-05/rustc-1.81.0-x86_64-unknown-linux-gnu.tar.xz', expected: '6e7a8e1f0fd0fc4e', calculated: '0b1f2e3d4c5b6a79'`,
  ];

  test("rustup's download from its own dist server that did not match is network, retried", () => {
    expect(verdict('rustup toolchain install stable', rustup('https://static.rust-lang.org'))).toEqual({
      type: 'network',
      retried: true,
      rule: 'rustup-checksum-failed',
    });
  });

  test('the same from a mirror the job set (RUSTUP_DIST_SERVER), which may serve stale files every time, is not', () => {
    const v = verdict('rustup toolchain install stable', rustup('https://mirror.acme.io/rustup'));
    expect(v.rule).not.toBe('rustup-checksum-failed');
    expect(v.retried).toBe(false);
  });
});

describe("urllib3's chunked response cut short (urllib3-chunked-response-cut)", () => {
  const fetch = (last: string): string[] => traceback('fetch.py', 'requests.get(url).content', last);

  test.each([
    // requests 2.34.2 over urllib3 2.7.0, run here: the server sent a chunked response's headers and closed.
    'requests.exceptions.ChunkedEncodingError: Response ended prematurely',
    'urllib3.exceptions.ProtocolError: Response ended prematurely',
    // urllib3 1.26's words for the same cut, through requests and through pip's vendored copy.
    "requests.exceptions.ChunkedEncodingError: (\"Connection broken: InvalidChunkLength(got length b'', 0 bytes read)\", InvalidChunkLength(got length b'', 0 bytes read))",
    "pip._vendor.urllib3.exceptions.ProtocolError: (\"Connection broken: InvalidChunkLength(got length b'', 0 bytes read)\", InvalidChunkLength(got length b'', 0 bytes read))",
  ])('a download that ended early is network, retried: %s', (last) => {
    expect(verdict('python fetch.py', fetch(last))).toEqual({
      type: 'network',
      retried: true,
      rule: 'urllib3-chunked-response-cut',
    });
  });

  test("a size line the server garbled is the server's bug, not a cut: not this rule, not retried", () => {
    // requests 2.34.2 over urllib3 2.7.0, run here: the server sent `zz` where a chunk's size belongs.
    const v = verdict(
      'python fetch.py',
      fetch(
        "requests.exceptions.ChunkedEncodingError: (\"Connection broken: InvalidChunkLength(got length b'zz\\\\r\\\\n', 0 bytes read)\", InvalidChunkLength(got length b'zz\\r\\n', 0 bytes read))",
      ),
    );
    expect(v.rule).not.toBe('urllib3-chunked-response-cut');
    expect(v.retried).toBe(false);
  });

  test("a test whose own client met the cut is the test's failure", () => {
    const v = verdict(
      'pytest',
      pytestFailed('requests.exceptions.ChunkedEncodingError: Response ended prematurely'),
    );
    expect(v.type).toBe('test');
    expect(v.retried).toBe(false);
  });
});

describe("clang's driver on a compiler the kernel killed (clang-driver-killed)", () => {
  const build = (driverLine: string): string[] => [
    '[ 42%] Building CXX object src/CMakeFiles/app.dir/parser.cpp.o',
    driverLine,
    'clang++: error: clang frontend command failed due to signal (use -v to see invocation)',
    'gmake[2]: *** [src/CMakeFiles/app.dir/build.make:76: src/CMakeFiles/app.dir/parser.cpp.o] Error 1',
    'gmake[1]: *** [CMakeFiles/Makefile2:98: src/CMakeFiles/app.dir/all] Error 2',
    'gmake: *** [Makefile:136: all] Error 2',
  ];

  test.each([
    'clang++: error: unable to execute command: Killed',
    'clang-17: error: unable to execute command: Killed: 9',
  ])('a SIGKILL with no out-of-memory line is resource, retried once: %s', (line) => {
    const v = classify({ log: failedRunLog('cmake --build build -j4', build(line), 2) });
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('clang-driver-killed');
    expect(retriedOnPr(v)).toBe(true);
    // Once: the second attempt that fails the same way is not retried again.
    const again = decide({
      type: v.type,
      lane: 'STANDARD',
      branchKind: 'pr',
      attempt: 2,
      confidence: v.confidence,
      ...(v.retryable === undefined ? {} : { retryable: v.retryable }),
    });
    expect(again.strategy).not.toBe('retry');
  });

  test("a compiler that crashed on its own is the build's failure, not retried", () => {
    const v = verdict(
      'cmake --build build -j4',
      build('clang++: error: unable to execute command: Segmentation fault (core dumped)'),
      2,
    );
    expect(v.rule).not.toBe('clang-driver-killed');
    expect(v.retried).toBe(false);
  });

  test("a test named for a kill is a failed test, and tests that failed before the kill's line decide", () => {
    const ctestFailed = [
      'The following tests FAILED:',
      '\t  3 - worker_restarts_after_Killed (Failed)',
      'Errors while running CTest',
    ];
    expect(verdict('ctest --output-on-failure', ctestFailed, 8).type).toBe('test');
    const v = verdict(
      // make -k goes on to its other goals after the test goal failed.
      'make -k check docs',
      [...ctestFailed, ...build('clang++: error: unable to execute command: Killed')],
      2,
    );
    expect(v.type).toBe('test');
    expect(v.retried).toBe(false);
  });
});
