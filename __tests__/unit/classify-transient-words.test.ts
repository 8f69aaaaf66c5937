/**
 * Transient failures in the words of the machinery that failed, not of the job: Jenkins losing its agent
 * (jenkinsci/remoting, workflow-durable-task-step, durable-task: rule jenkins-agent-lost), an HTTP client's own
 * exception for a server error (urllib, requests, pip, npm-registry-fetch: rule http-client-server-error), and
 * reason phrases in the case a service prints them (generic-http-failure). Every line is a format string of
 * the source each rule's `why` names, filled in; the look-alikes beside them are deterministic (a 4xx, a test's
 * own server, a test's assertion, a shell that never started) and must not be retried.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

const jenkinsLines = [
  // jenkinsci/remoting SynchronousCommandTransport, RemoteInvocationHandler, Channel, PingThread
  'Caused: java.io.IOException: Unexpected termination of the channel',
  "java.io.IOException: Backing channel 'JNLP4-connect connection from 10.0.0.5/10.0.0.5:40512' is disconnected.",
  'hudson.remoting.ChannelClosedException: Channel "hudson.remoting.Channel@5b1f2f3c:agent-7": Remote call on agent-7 failed. The channel is closing down or has closed down',
  "java.util.concurrent.TimeoutException: Ping started at 1700000000000 hasn't completed by 1700000240000",
  'hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel',
  // workflow-durable-task-step ExecutorStepExecution, ExecutorStepDynamicContext, DurableTaskStep
  'Agent linux-agent-3 was deleted; cancelling node body',
  'Agent was removed',
  'Timeout waiting for agent to come back',
  'org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3',
  'Could not connect to linux-agent-3 to send interrupt signal to process',
  // jenkins core Slave.createLauncher, through TaskListener.error
  'ERROR: Issue with creating launcher for slave linux-agent-3.',
  'ERROR: Issue with creating launcher for agent linux-agent-3. Computer has been disconnected',
  // durable-task BourneShellScript
  'wrapper script does not seem to be touching the log file in /home/jenkins/workspace/app@tmp/durable-1a2b3c4d',
];

const jenkinsLookAlikes = [
  // durable-task: a container without a shell prints it on every run
  'process apparently never started in /home/jenkins/workspace/app@tmp/durable-1a2b3c4d',
  // a bare EOF or a closed stream is any Java program's
  'java.io.EOFException',
  'java.io.IOException: Stream closed',
  'Agent went online',
];

const httpLines = [
  'urllib.error.HTTPError: HTTP Error 503: Service Unavailable',
  'HTTP Error 429: Too Many Requests',
  'requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://api.github.com/repos/acme/app/releases/latest',
  'ERROR: Could not install packages due to an OSError: 503 Server Error: Service Unavailable for url: https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0.tar.gz',
  'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.github.com/rate_limit',
  'npm ERR! code E503',
  'npm error code E500',
  'npm error 502 Bad Gateway - GET https://registry.npmjs.org/react',
  'npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/@babel%2fcore',
  // pip's download, got (Yarn 2+), GitHub's CLI
  'ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl',
  '\u27a4 YN0001: \u2502 HTTPError: Response code 503 (Service Unavailable)',
  'HTTP 502: 502 Bad Gateway (https://api.github.com/repos/acme/app/pulls?per_page=100)',
  // .NET's WebClient, as Windows PowerShell reports it
  'Invoke-WebRequest : The remote server returned an error: (503) Server Unavailable.',
  'Exception calling "DownloadFile" with "2" argument(s): "The remote server returned an error: (502) Bad Gateway."',
];

const httpLookAlikes = [
  // refused credentials, a missing package or page: retrying cannot help
  'urllib.error.HTTPError: HTTP Error 404: Not Found',
  'urllib.error.HTTPError: HTTP Error 401: Unauthorized',
  'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.github.com/repos/acme/private',
  'requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://pypi.org/simple/no-such-package/',
  'npm ERR! code E404',
  'npm error code E401',
  'npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
  'npm error 403 Forbidden - PUT https://registry.npmjs.org/acme - You do not have permission to publish "acme".',
  // a test's own server, pytest's report of a test's exception, an assertion about a status
  'requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: http://localhost:8000/api/items',
  'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://127.0.0.1:5000/health',
  'E   requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1',
  "AssertionError: expected '503 Server Error: Service Unavailable for url: https://api.example.com/v1' to be None",
  'E   urllib.error.HTTPError: HTTP Error 503: Service Unavailable',
  'FAILED tests/test_client.py::test_fetch - requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1',
  'npm ERR! 503 Service Unavailable - GET http://localhost:4873/react',
  'ERROR: HTTP error 404 while getting https://files.pythonhosted.org/packages/ab/cd/nothing.whl',
  '\u27a4 YN0001: \u2502 HTTPError: Response code 404 (Not Found)',
  'HTTP 404: Not Found (https://api.github.com/repos/acme/gone)',
  'HTTP 403: Resource not accessible by integration (https://api.github.com/repos/acme/app/issues/1/comments)',
  'HTTP 502: 502 Bad Gateway (http://localhost:3000/api)',
  'Invoke-WebRequest : The remote server returned an error: (404) Not Found.',
  'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
];

const jvmLines = [
  // openjdk ThreadGroup.uncaughtException's prefix before the JDK's network exceptions
  'Exception in thread "main" java.net.UnknownHostException: services.gradle.org',
  'Exception in thread "main" java.net.SocketTimeoutException: Read timed out',
  'Exception in thread "main" javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake',
];

const jvmLookAlikes = [
  // a local service that is not up; a trust store that lacks the certificate: every run alike
  'Exception in thread "main" java.net.ConnectException: Connection refused',
  'Exception in thread "main" javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
  // a test's caught exception, not the program's end
  'Caused by: java.net.UnknownHostException: db.internal',
];

describe('rule jenkins-agent-lost', () => {
  test.each(jenkinsLines)('fires on: %s', (line) => expect(fires('jenkins-agent-lost', line)).toBe(true));
  test.each(jenkinsLookAlikes)('does not fire on: %s', (line) =>
    expect(fires('jenkins-agent-lost', line)).toBe(false),
  );
});

describe('rule http-client-server-error', () => {
  test.each(httpLines)('fires on: %s', (line) => expect(fires('http-client-server-error', line)).toBe(true));
  test.each(httpLookAlikes)('does not fire on: %s', (line) =>
    expect(fires('http-client-server-error', line)).toBe(false),
  );
});

describe('rule jvm-uncaught-network-error', () => {
  test.each(jvmLines)('fires on: %s', (line) => expect(fires('jvm-uncaught-network-error', line)).toBe(true));
  test.each(jvmLookAlikes)('does not fire on: %s', (line) =>
    expect(fires('jvm-uncaught-network-error', line)).toBe(false),
  );
});

describe('Maven behind Apache HttpClient (client-network-error)', () => {
  const line =
    '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connection timed out -> [Help 1]';
  test('a connection that timed out is the network, above the unresolved dependencies it caused', () => {
    expect(fires('client-network-error', line)).toBe(true);
    const v = classify({ log: line, command: 'mvn -B verify' });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
  test('a refused login through the same client is not', () => {
    const refused = line.replace(
      'Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connection timed out',
      'status code: 401, reason phrase: Unauthorized (401)',
    );
    expect(fires('client-network-error', refused)).toBe(false);
  });
});

describe("urllib3's retries ran out on server errors or on a cut TLS connection (client-network-error)", () => {
  // urllib3/urllib3 src/urllib3/exceptions.py @ 7b65c5b0: MaxRetryError 'Max retries exceeded with url: {url}
  // (Caused by {reason!r})', with ResponseError's 'too many {status_code} error responses' or CPython's
  // ssl.SSLEOFError as the reason; pip prints it after 'Could not install packages due to an OSError: '.
  const pool =
    "HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /p/a.whl";
  test.each([
    `requests.exceptions.RetryError: ${pool} (Caused by ResponseError('too many 503 error responses'))`,
    `ERROR: Could not install packages due to an OSError: ${pool} (Caused by SSLError(SSLEOFError(8, '[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)')))`,
  ])('retried: %s', (line) => {
    expect(fires('client-network-error', line)).toBe(true);
    const v = classify({ log: failedRunLog('pip install -r requirements.txt', ['Collecting a==1.0', line]) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
  test.each([
    // a client error the server will give again, and a certificate the runner does not trust
    `requests.exceptions.RetryError: ${pool} (Caused by ResponseError('too many 404 error responses'))`,
    `ERROR: Could not install packages due to an OSError: ${pool} (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))`,
  ])('not by this rule: %s', (line) => expect(fires('client-network-error', line)).toBe(false));
});

describe("Mix's and Playwright's downloads that the network or the server failed (registry-transient-error)", () => {
  // elixir-lang/elixir lib/mix/lib/mix/utils.ex @ f1f26d14: read_path's 'httpc request failed with: ...', raised as
  // '** (Mix) ...'; microsoft/playwright oopDownloadBrowserMain.ts @ 02c18b80: downloadFile's 'Download failed: ...'.
  const zip =
    'https://cdn.playwright.dev/dbazure/download/playwright/builds/chromium/1169/chromium-linux.zip';
  test.each([
    [
      'mix deps.get',
      '** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {~c"repo.hex.pm", 443}}, {:inet, [:inet], :timeout}]}',
    ],
    [
      'mix local.hex --force',
      "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'builds.hex.pm', 443}}, {:inet, [:inet], :nxdomain}]}",
    ],
    ['mix deps.get', '** (Mix) httpc request failed with: {:bad_status_code, 503}'],
    [
      'npx playwright install --with-deps',
      `Error: Download failed: server returned code 503 body 'Service Unavailable'. URL: ${zip}`,
    ],
    [
      'npx playwright install',
      `Error: Download failed: size mismatch, file size: 83886080, expected size: 167772160 URL: ${zip}`,
    ],
  ])('retried: %s, %s', (command, line) => {
    expect(fires('registry-transient-error', line)).toBe(true);
    const v = classify({ log: failedRunLog(command, [line]) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
  test.each([
    // a missing archive or build, a proxy that refuses, a TLS alert, a server on this machine
    '** (Mix) httpc request failed with: {:bad_status_code, 404}',
    '** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {~c"builds.hex.pm", 443}}, {:inet, [:inet], {:tls_alert, {:unsupported_certificate, ~c"TLS client: unsupported certificate"}}}]}',
    '** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {~c"localhost", 4000}}, {:inet, [:inet], :econnrefused}]}',
    `Error: Download failed: server returned code 404 body 'Not Found'. URL: ${zip}`,
    `Error: Download failed: server returned code 403 body 'Blocked by network policy'. URL: ${zip}`,
  ])('not retried: %s', (line) => {
    expect(fires('registry-transient-error', line)).toBe(false);
    expect(retriedOnPr(classify({ log: failedRunLog('mix deps.get', [line]) }))).toBe(false);
  });
});

describe("curl's documented exit codes for a cut-off transfer (generic-http-failure)", () => {
  test.each([
    'curl: (16) Error in the HTTP2 framing layer',
    'curl: (18) transfer closed with 1234 bytes remaining to read',
    'curl: (55) Failed sending data to the peer',
    'curl: (92) HTTP/2 stream 0 was not closed cleanly: PROTOCOL_ERROR (err 1)',
  ])('fires on: %s', (line) => expect(fires('generic-http-failure', line)).toBe(true));
  test.each([
    'curl: (3) URL using bad/illegal format or missing URL',
    'curl: (22) The requested URL returned error: 404',
  ])('does not fire on: %s', (line) => expect(fires('generic-http-failure', line)).toBe(false));
});

describe("Node's and apt's words for a dropped connection and a failed lookup (network)", () => {
  test.each([
    // nodejs/node lib/_http_client.js ConnResetException('socket hang up'), as got and Yarn 2+ report it
    '\u27a4 YN0001: \u2502 RequestError: socket hang up',
    'Error: socket hang up',
    // nodejs/node lib/_tls_wrap.js onConnectEnd, its TLS twin: a peer that closed before the handshake ended,
    // as Node 20's https.get printed it here against a server that closed the connection unanswered
    'Error: Client network socket disconnected before secure TLS connection was established',
    // Debian/apt methods/connect.cc, on the line after apt's 'Err:' progress line
    "  Temporary failure resolving 'archive.ubuntu.com'",
  ])('fires on: %s', (line) => expect(fires('network', line)).toBe(true));

  test.each([
    'Error: socket hang up',
    'Error: Client network socket disconnected before secure TLS connection was established',
  ])('a failed test whose request to its own server ended with %s stays a failed test', (cut) => {
    const log = failedRunLog('npx jest', [
      'FAIL test/api.test.js',
      '  \u25cf GET /items \u203a returns the list',
      `    ${cut}`,
      'Tests:       1 failed, 41 passed, 42 total',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('reason phrases in any case (generic-http-failure)', () => {
  test.each(['503 service unavailable', '504 GATEWAY TIMEOUT', 'HTTP/1.1 502 bad gateway'])(
    'fires on: %s',
    (line) => expect(fires('generic-http-failure', line)).toBe(true),
  );
  test.each(['404 not found', '401 Unauthorized', '403 FORBIDDEN'])('does not fire on: %s', (line) =>
    expect(fires('generic-http-failure', line)).toBe(false),
  );
});

/** A Jenkins Pipeline console log whose `sh` step ran `cmd`, printed `body`, and the build failed. */
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

describe('the verdict', () => {
  test('a Pipeline whose agent went away mid-test is infrastructure and retried, not the tests it cut off', () => {
    const log = pipelineLog('mvn -B test', [
      '[INFO] Running com.acme.AppTest',
      'Cannot contact linux-agent-3: java.lang.InterruptedException',
      'Agent linux-agent-3 was deleted; cancelling node body',
      'Could not connect to linux-agent-3 to send interrupt signal to process',
      "java.io.IOException: Backing channel 'JNLP4-connect connection from 10.0.0.5/10.0.0.5:40512' is disconnected.",
      '\tat hudson.remoting.RemoteInvocationHandler.channelOrFail(RemoteInvocationHandler.java:227)',
    ]);
    const v = classify({ log });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'jenkins-agent-lost' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('durable-task losing the shell wrapper heartbeat is infrastructure', () => {
    const log = pipelineLog('./gradlew build', [
      '> Task :compileJava',
      'wrapper script does not seem to be touching the log file in /home/jenkins/workspace/app@tmp/durable-1a2b3c4d',
      '(JENKINS-48300: if on an extremely laggy filesystem, consider -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.HEARTBEAT_CHECK_INTERVAL=86400)',
      'ERROR: script returned exit code -1',
    ]);
    expect(classify({ log }).type).toBe('infrastructure');
  });

  test('pip refused by a 503 from the index is network and retried, not the dependency it could not fetch', () => {
    const log = failedRunLog('pip install -r requirements.txt', [
      'Collecting numpy==2.1.0',
      '  Downloading numpy-2.1.0.tar.gz (18.9 MB)',
      'ERROR: Could not install packages due to an OSError: 503 Server Error: Service Unavailable for url: https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0.tar.gz',
    ]);
    const v = classify({ log });
    expect(v).toMatchObject({ type: 'network', rule: 'http-client-server-error' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('npm install cut off by a 502 from the registry is network and retried', () => {
    const log = failedRunLog('npm ci', [
      'npm error code E502',
      'npm error 502 Bad Gateway - GET https://registry.npmjs.org/react',
      'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/debug-0.log',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a failed test whose exception is a 503 from a service stays a failed test (TAXONOMY.md)', () => {
    const log = failedRunLog('pytest', [
      '    def test_fetch():',
      '>       client.fetch()',
      'E   requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1',
      'FAILED tests/test_client.py::test_fetch - requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1',
      '========================= 1 failed, 12 passed in 3.20s =========================',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('npm refused a package with 404 is a dependency failure, never retried', () => {
    const log = failedRunLog('npm ci', [
      'npm error code E404',
      'npm error 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
    ]);
    const v = classify({ log });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a DNS lookup that failed for now, EAI_AGAIN (client-network-error)', () => {
  // Debian/apt methods/connect.cc @ 654881fb ('Temporary failure resolving '%s'' on EAI_AGAIN, under apt's Err
  // line); nodejs/node lib/internal/errors.js @ d9214a7a (DNSException: '<syscall> <code> <hostname>').
  test('apt-get update that could not resolve its mirror: network, above the package it then could not find', () => {
    const log = failedRunLog('sudo apt-get update && sudo apt-get install -y build-essential', [
      'Err:1 http://archive.ubuntu.com/ubuntu noble InRelease',
      "  Temporary failure resolving 'archive.ubuntu.com'",
      "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/noble/InRelease  Temporary failure resolving 'archive.ubuntu.com'",
      'E: Unable to locate package build-essential',
    ]);
    const v = classify({ log });
    expect(v).toMatchObject({ type: 'network', rule: 'client-network-error' });
    expect(retriedOnPr(v)).toBe(true);
  });
  test("Playwright's browser download that could not resolve its CDN: network, not the install step's failure", () => {
    const log = failedRunLog('npx playwright install --with-deps', [
      'Downloading Chromium 131.0.6778.33 (playwright build v1148) from https://playwright.azureedge.net/builds/chromium/1148/chromium-linux.zip',
      'Error: getaddrinfo EAI_AGAIN playwright.azureedge.net',
      'Failed to install browsers',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
  test.each([
    // a host that does not exist (EAI_NONAME/ENOTFOUND) is no temporary failure; a link checker's report names it
    'Error: getaddrinfo ENOTFOUND registry.example.invalid',
    '  11. [L3303]  https://example.org/ Failed to open TCP connection to example.org:443 (getaddrinfo: Temporary failure in name resolution)',
  ])('not by this rule: %s', (line) => expect(fires('client-network-error', line)).toBe(false));
});

test("an action archive the runner could not unpack is the runner's infrastructure error, retried", () => {
  // actions/runner src/Runner.Worker/ActionManager.cs @ 258d6c85: InvalidActionArchiveException, reported by
  // PrepareActionsAsync through InfrastructureError before any step ran.
  const line =
    "##[error]Can't use 'tar -xzf' extract archive file: /home/runner/work/_actions/_temp_6f1c/6f1c.tar.gz (SHA256 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', size '0' bytes, tar outputs 'STDERR: gzip: stdin: unexpected end of file'). Action being checked out: actions/setup-node@v4. return code: 2.";
  const v = classify({
    log: `2026-01-22T04:16:13.2733293Z Prepare all required actions\n2026-01-22T04:16:14.2733293Z ${line}`,
  });
  expect(v).toMatchObject({ type: 'infrastructure', rule: 'gha-action-archive-invalid' });
  expect(retriedOnPr(v)).toBe(true);
  // tar's own complaint in a step that unpacks the project's archive is not the runner's
  expect(fires('gha-action-archive-invalid', 'tar: Unexpected EOF in archive')).toBe(false);
});

describe("a client's own words for a connection that failed, in Ruby, gh, Yarn 2+ and Python", () => {
  // ruby/net-http lib/net/http.rb @ 69f6f6d; cli/cli internal/ghcmd/cmd.go @ 44ee17760; yarnpkg/berry
  // packages/yarnpkg-core/sources/httpUtils.ts @ 0f52a7df; python/cpython Lib/http/client.py @ 93e48c14.
  test.each<[string, string, string[]]>([
    [
      'bundle install',
      'registry-transient-error',
      [
        'Fetching gem metadata from https://rubygems.org/',
        'Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired)',
      ],
    ],
    [
      'gem install bundler',
      'registry-transient-error',
      [
        "ERROR:  Could not find a valid gem 'bundler' (>= 0), here is why:",
        '          Unable to download data from https://rubygems.org/ - Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/specs.4.8.gz)',
      ],
    ],
    [
      'gh api repos/o/r',
      'registry-transient-error',
      ['error connecting to api.github.com', 'check your internet connection or https://githubstatus.com'],
    ],
    [
      'yarn install --immutable',
      'registry-transient-error',
      [
        '➤ YN0035: │ @x/y@npm:1.0.0: The remote server failed to provide the requested resource',
        '➤ YN0035: │   Response Code: 503 (Service Unavailable)',
        '➤ YN0035: │   Request Method: GET',
        '➤ YN0000: Failed with errors in 5s',
      ],
    ],
    [
      'yarn install --immutable',
      'registry-transient-error',
      [
        '➤ YN0001: │ RequestError: socket hang up',
        '➤ YN0000: └ Completed in 32s',
        '➤ YN0000: Failed with errors in 33s',
      ],
    ],
    [
      'python scripts/publish.py',
      'network',
      [
        'Traceback (most recent call last):',
        '  File "scripts/publish.py", line 3, in <module>',
        'http.client.RemoteDisconnected: Remote end closed connection without response',
      ],
    ],
  ])('%s: network (%s), retried', (run, rule, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v).toMatchObject({ type: 'network', rule });
    expect(retriedOnPr(v)).toBe(true);
  });
  test("a package the registry lacks or refuses is not the network's: Yarn's 404 stays a dependency failure", () => {
    const v = classify({
      log: failedRunLog('yarn install --immutable', [
        '➤ YN0035: │ @x/private@npm:1.0.0: The remote server failed to provide the requested resource',
        '➤ YN0035: │   Response Code: 404 (Not Found)',
        '➤ YN0000: Failed with errors in 5s',
      ]),
    });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
  test.each([
    // a link checker names no exception class; a refusal by this machine is a local service that is not up
    '  11. [L3303]  https://example.org/ Failed to open TCP connection to example.org:443 (getaddrinfo: Temporary failure in name resolution)',
    'Errno::ECONNREFUSED: Failed to open TCP connection to localhost:3000 (Connection refused - connect(2) for "localhost" port 3000)',
    'SocketError: Failed to open TCP connection to rubygems.example:443 (getaddrinfo: Name or service not known)',
    '➤ YN0035: │   Response Code: 403 (Forbidden)',
  ])('not by registry-transient-error: %s', (line) =>
    expect(fires('registry-transient-error', line)).toBe(false),
  );
});
