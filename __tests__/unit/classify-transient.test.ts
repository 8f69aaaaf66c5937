/**
 * The transient shapes of rules/log-rules.json written from the tools' and platforms' own sources (each rule's
 * `why` names the repository, path and commit): every line below is built from the format string that source
 * prints, and must be found by its rule through the scanner; the deterministic look-alikes next to them (a 401,
 * a version that was never published, a test's own server refusing on localhost, a warning apt survived) must
 * not be. The corpus lines each rule cites are proven in classify-rules.test.ts.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

const sourceLines: Record<string, string[]> = {
  'client-network-error': [
    // npm/cli lib/utils/error-message.js: the code, then the 'network' detail lines (npm 6 'ERR!', npm 10 'error')
    'npm ERR! code ECONNRESET',
    'npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: read ECONNRESET',
    'npm error network This is a problem related to network connectivity.',
    'npm ERR! code ERR_SOCKET_TIMEOUT',
    // urllib3 connectionpool.py / response.py, as pip and requests print them
    "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.",
    "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/ (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to pypi.org timed out. (connect timeout=15)'))",
    "pip._vendor.requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/six/ (Caused by NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
    "urllib3.exceptions.ProtocolError: ('Connection broken: IncompleteRead(0 bytes read, 512 more expected)', IncompleteRead(0 bytes read, 512 more expected))",
    // maven-resolver ArtifactTransferException with a network cause
    '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0: Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]',
    'Could not transfer artifact org.apache.maven.plugins:maven-resources-plugin:pom:3.4.0 from/to central (https://repo.maven.apache.org/maven2): status code: 429, reason phrase: Too Many Requests (429)',
    // Go net/url Error ('%s %q: %s') with the net errors argo-workflows util/errors treats as transient
    'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.mod": dial tcp 142.250.72.113:443: i/o timeout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    'verifying module: Get "https://sum.golang.org/lookup/golang.org/x/net@v0.17.0": read tcp 10.1.0.4:53412->142.251.32.17:443: read: connection reset by peer',
    'Error response from daemon: Get "https://ghcr.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    // distribution errcode TOOMANYREQUESTS (printed lower-case), containerd remotes/errors and httpreadseeker
    'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    'failed to resolve reference "docker.io/library/alpine:3.19": unexpected status from HEAD request to https://registry-1.docker.io/v2/library/alpine/manifests/3.19: 503 Service Unavailable',
    'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/aa/blob": read tcp 172.17.0.2:41234->104.16.101.207:443: read: connection reset by peer',
    // curl lib/strerror.c texts after '[code]', as cargo prints them
    '  [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 bytes received)',
    "Caused by:  [6] Couldn't resolve host name (Could not resolve host: index.crates.io)",
    // git remote-curl.c, fetch-pack.c
    'error: RPC failed; curl 56 GnuTLS recv error (-9): A TLS packet with unexpected length was received.',
    'fatal: early EOF',
    'fatal: index-pack failed',
    // actions/toolkit: the artifact service's twirp client, tool-cache downloads (setup-* actions)
    'Error: Failed to CreateArtifact: Failed to make request after 5 attempts: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
    'Error: Unexpected HTTP response: 503',
    // Gradle HttpErrorStatusCodeException, Composer CurlDownloader, Bundler fetcher
    "> Could not GET 'https://repo.maven.apache.org/maven2/com/google/guava/guava/32.1.2-jre/guava-32.1.2-jre.pom'. Received status code 502 from server: Bad Gateway",
    'curl error 28 while downloading https://repo.packagist.org/packages.json: Operation timed out after 10001 milliseconds with 0 out of 0 bytes received',
    'Could not fetch specs from https://rubygems.org/ due to underlying error <Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/specs.4.8.gz)>',
    // Emacs url-http.el, package.el
    'Could not create connection to melpa.org:443',
    'Failed to download \u2018gnu\u2019 archive.',
    // GNU wget host.c
    'Resolving deb.debian.org (deb.debian.org)... failed: Temporary failure in name resolution.',
    'wget: unable to resolve host address \u2018github.com\u2019',
    // apt methods/connect.cc on the fatal line
    "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.81.0-1ubuntu1_amd64.deb  Temporary failure resolving 'archive.ubuntu.com'",
    'E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/dists/jammy/main/binary-amd64/by-hash/SHA256/0a1b  Hash Sum mismatch',
  ],
  'ci-pod-lost': [
    // actions/runner-container-hooks prepare-job.ts; moby client/errors.go
    '[runner-container-hooks] FATAL: Error: pod failed to come online with error: Error: Pod runner-abc-workflow is unhealthy with phase status Failed',
    'docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.',
  ],
  'no-activity-watchdog': [
    // CircleCI no_output_timeout, karma lib/browser.js
    'Too long with no output (exceeded 10m0s): context deadline exceeded',
    '  Disconnected , because no message in 30000 ms.',
  ],
};

/** Deterministic failures that look like the network: retrying them cannot help. */
const lookAlikes: string[] = [
  'Could not transfer artifact com.example:private:pom:1.0 from/to internal (https://nexus.example.com/repository/maven-releases/): status code: 401, reason phrase: Unauthorized (401)',
  'Could not transfer artifact my.test:dep:pom:1.0 from/to maven-default-http-blocker (http://0.0.0.0/): Blocked mirror for repositories: [blocked-repository-id (http://repo.example.com, default, releases+snapshots)]',
  'Could not transfer artifact clojure-complete:clojure-complete:jar:0.2.4 from/to clojars (https://repo.clojars.org/): Received fatal alert: protocol_version',
  'Get "http://localhost:8080/health": dial tcp 127.0.0.1:8080: connect: connection refused',
  'Get "http://127.0.0.1:9000/api": EOF',
  'npm ERR! code E404',
  'Error: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
  'Error: Unexpected HTTP response: 404',
  "> Could not GET 'https://maven.pkg.github.com/acme/lib/com/acme/lib/1.0/lib-1.0.pom'. Received status code 401 from server: Unauthorized",
  'Retrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ due to underlying error <timeout>',
  "E   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='3.web.nginx-proxy.tld', port=443): Max retries exceeded with url: /port (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
  "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f>, 'Connection to localhost timed out. (connect timeout=1)'))",
  'npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
  "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=5000): Read timed out.",
  'W: Failed to fetch http://repo.mongodb.org/apt/ubuntu/dists/trusty/mongodb-org/3.2/InRelease  Could not connect to repo.mongodb.org:80 (13.33.167.9), connection timed out',
  'E: Failed to fetch http://dl.hhvm.com/ubuntu/dists/trusty/main/binary-i386/Packages  404  Not Found [IP: 13.33.164.241 80]',
  '#7 ERROR: failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:df93 (application/vnd.docker.image.rootfs.diff.tar.gzip) from remote: not found',
  'error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403',
  'Disconnected (0 times)reconnect failed before timeout of 2000ms (ping timeout)',
];

describe.each(Object.entries(sourceLines))('rule %s on the lines its sources print', (id, lines) => {
  test.each(lines)('fires on: %s', (line) => {
    expect(fires(id, line)).toBe(true);
  });
});

test.each(lookAlikes)('no transient rule fires on the look-alike: %s', (line) => {
  for (const id of Object.keys(sourceLines)) expect(fires(id, line)).toBe(false);
});

describe('the verdict on a failed command', () => {
  test('npm ci cut off by a reset is network and retried, not a dependency failure', () => {
    const log = [
      'npm ERR! code ECONNRESET',
      'npm ERR! network request to https://registry.npmjs.org/react failed, reason: read ECONNRESET',
      'npm ERR! network This is a problem related to network connectivity.',
      'npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/debug-0.log',
    ].join('\n');
    const verdict = classify({ log, command: 'npm ci' });
    expect(verdict).toMatchObject({ type: 'network', retryable: true, rule: 'client-network-error' });
  });

  test('a Maven download refused with 401 is not called the network', () => {
    const log =
      '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0: ' +
      'Could not transfer artifact com.example:private:pom:1.0 from/to internal (https://nexus.example.com/repository/maven-releases/): ' +
      'status code: 401, reason phrase: Unauthorized (401) -> [Help 1]';
    expect(classify({ log, command: 'mvn -B verify' }).type).not.toBe('network');
  });

  // Bundler 2.3.15 (Debian) run here with BUNDLE_RETRY=0 against a source answering 404 and 503: its message is
  // word-wrapped at 80 columns (friendly_errors.rb `:wrap => true`), so the status is on the line below.
  test.each([
    ['404', 'Not Found', 'dependency', false],
    ['503', 'Service Unavailable', 'network', true],
  ])(
    "bundle install whose source answered %s (Bundler's wrapped error) is not retried unless a 5xx",
    (code, reason, type, retried) => {
      const log = [
        'Fetching source index from https://gems.example.org/',
        '',
        'Could not fetch specs from https://gems.example.org/ due to underlying error <bad',
        `response ${reason} ${code} (https://gems.example.org/specs.4.8.gz)>`,
      ].join('\n');
      const verdict = classify({ log, command: 'bundle install' });
      expect({ type: verdict.type, retryable: verdict.retryable === true }).toEqual({
        type,
        retryable: retried,
      });
    },
  );

  test('a Go module download that timed out is network, above the build that reports it', () => {
    const log = [
      'go: downloading github.com/pkg/errors v0.9.1',
      'main.go:5:2: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip": dial tcp 142.250.72.113:443: i/o timeout',
    ].join('\n');
    expect(classify({ log, command: 'go build ./...' })).toMatchObject({
      type: 'network',
      retryable: true,
      rule: 'client-network-error',
    });
  });
});

/**
 * Time limits, lost machines and exhausted memory, from the platforms' and tools' own text (each rule's
 * `why` and `examples.published` name the source). The look-alikes are built from the sources too: a test's
 * own per-test limit is a failed test (TAXONOMY.md), a test named after OutOfMemoryError is not the runner
 * running out of memory, a shell's report of a child it killed is survived by scripts.
 */
const limitLookAlikes: Record<string, string[]> = {
  'tool-time-limit': [
    // ExUnit's per-test limit, pytest-timeout's per-test failure, jest's per-test limit: failed tests
    '     ** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:',
    'E   Failed: Timeout >300.0s',
    '  thrown: "Exceeded timeout of 5000 ms for a test.',
    // a test's own helper: not the testing package's alarm
    '    helper_test.go:42: test timed out after 5s waiting for the server',
  ],
  'ci-platform-time-limit': [
    'Timeout set to expire in 30 min',
    'Operation timeout has been exceeded',
    'System.Threading.Tasks.TaskCanceledException: Operation timeout has been exceeded',
  ],
  'runner-os-shutdown': [
    '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
    'Shutting down the operating system is not supported in this container',
  ],
  'oom-runtime': [
    '[ERROR] testOutOfMemoryError(com.acme.AppTest)  Time elapsed: 0.01 s  <<< FAILURE!',
    '        panic!("Out of memory");',
    'E   MemoryError',
    'warning: the heap is nearly out of memory',
  ],
  'oom-killed': [
    // bash's report of a child killed in a script that goes on (set +e): survived, not decisive
    '/usr/bin/compile-shellcheck: line 9:    15 Killed                  cabal build Paths_ShellCheck',
    "  process didn't exit successfully: `target/debug/deps/app-1a2b` (signal: 11, SIGSEGV: invalid memory reference)",
    'collect2: error: ld returned 1 exit status',
  ],
  'yarn-network-error': [
    'error An unexpected error occurred: "https://registry.yarnpkg.com/left-padd: Request failed \\"404 Not Found\\"".',
    'error An unexpected error occurred: "https://npm.pkg.github.com/@acme%2flib: Request failed \\"401 Unauthorized\\"".',
    'error An unexpected error occurred: "http://localhost:4873/react: connect ECONNREFUSED 127.0.0.1:4873".',
    'info There appears to be trouble with your network connection. Retrying...',
  ],
  'registry-unexpected-status': [
    'Error response from daemon: received unexpected HTTP status: 403 Forbidden',
    'Error response from daemon: received unexpected HTTP status: 401 Unauthorized',
  ],
  'container-killed-137': [
    "The command '/bin/sh -c cabal update' returned a non-zero code: 1",
    'ERROR: failed to solve: process "/bin/sh -c npm test" did not complete successfully: exit code: 1',
    'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 1370',
  ],
  'pod-deadline-exceeded': [
    'context deadline exceeded',
    'Error: failed to create containerd task: context deadline exceeded',
    'the build step exceeded its deadline budget in the last run (warning only)',
  ],
  'k8s-evicted': [
    '- requests in a long-lived application, or you are likely to run out of memory, unless care is taken',
    'Warning: the node was low on disk last week',
  ],
  'http-status-server-error': [
    '##[error]Response status code does not indicate success: 401 (Unauthorized).',
    '##[error]Response status code does not indicate success: 404 (Not Found).',
    'Response status code does not indicate success: 403 (Forbidden).',
  ],
};

describe.each(Object.entries(limitLookAlikes))(
  'rule %s on look-alikes built from the sources',
  (id, lines) => {
    test.each(lines)('does not fire on: %s', (line) => {
      expect(fires(id, line)).toBe(false);
    });
  },
);

/** A GitHub Actions job log whose failed step ran `cmd` and printed `body`. */
const actionsLog = (cmd: string, body: string[], exitCode?: number): string =>
  jobLog(actionsStep({ run: cmd }, body, exitCode));

describe('the verdict on a failed step, from the sources', () => {
  test("go test's -timeout alarm is a time limit, above the FAIL line it causes", () => {
    const log = actionsLog(
      'go test ./...',
      [
        '=== RUN   TestSlow',
        'panic: test timed out after 10m0s',
        'running tests:',
        '\tTestSlow (10m0s)',
        'FAIL\tgithub.com/acme/app\t600.123s',
        'FAIL',
      ],
      1,
    );
    expect(classify({ log })).toMatchObject({ type: 'timeout', retryable: true, rule: 'tool-time-limit' });
  });

  test("pytest-timeout's per-test failure stays a failed test", () => {
    const log = actionsLog(
      'pytest',
      [
        'E   Failed: Timeout >300.0s',
        'FAILED tests/test_a.py::test_slow - Failed: Timeout >300.0s',
        '========================= 1 failed, 10 passed in 301.20s =========================',
      ],
      1,
    );
    expect(classify({ log }).type).toBe('test');
  });

  test("Node's heap exhaustion during a build is resource, not the build", () => {
    const log = actionsLog(
      'npm run build',
      [
        '> app@1.0.0 build',
        '> webpack --mode production',
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
        'Aborted (core dumped)',
      ],
      134,
    );
    expect(classify({ log })).toMatchObject({ type: 'resource', rule: 'oom-runtime' });
  });

  test('a compiler SIGKILLed by the OOM killer is resource, above the make errors it causes', () => {
    const log = actionsLog(
      'make -j4',
      [
        'c++: fatal error: Killed signal terminated program cc1plus',
        'compilation terminated.',
        'make[2]: *** [src/CMakeFiles/app.dir/build.make:76: src/CMakeFiles/app.dir/big.cpp.o] Error 1',
        'make: *** [Makefile:91: all] Error 2',
      ],
      2,
    );
    expect(classify({ log })).toMatchObject({ type: 'resource', rule: 'oom-killed' });
  });

  test('rustc SIGKILLed is resource, above cargo\'s "could not compile"', () => {
    const log = actionsLog(
      'cargo build --release',
      [
        'error: could not compile `big` (lib)',
        'Caused by:',
        "  process didn't exit successfully: `rustc --crate-name big` (signal: 9, SIGKILL: kill)",
      ],
      101,
    );
    expect(classify({ log })).toMatchObject({ type: 'resource', rule: 'oom-killed' });
  });

  test('a test named after OutOfMemoryError is a failed test', () => {
    const log = actionsLog(
      'mvn -B test',
      [
        '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
        '[ERROR] testOutOfMemoryError(com.acme.AppTest)  Time elapsed: 0.01 s  <<< FAILURE!',
      ],
      1,
    );
    expect(classify({ log }).type).toBe('test');
  });

  test('yarn 1 giving up on a timed-out download is network and retried; its 404 is not', () => {
    const timedOut = actionsLog(
      'yarn install --frozen-lockfile',
      [
        'info There appears to be trouble with your network connection. Retrying...',
        'error An unexpected error occurred: "https://registry.yarnpkg.com/react/-/react-18.2.0.tgz: ESOCKETTIMEDOUT".',
      ],
      1,
    );
    expect(classify({ log: timedOut })).toMatchObject({ type: 'network', retryable: true });
    const missing = actionsLog(
      'yarn install',
      [
        'error An unexpected error occurred: "https://registry.yarnpkg.com/left-padd: Request failed \\"404 Not Found\\"".',
      ],
      1,
    );
    expect(classify({ log: missing }).retryable).toBe(false);
  });

  test("Jenkins' timeout step is a time limit, not a cancellation", () => {
    const log = [
      '[Pipeline] { (Test)',
      '[Pipeline] timeout',
      'Timeout set to expire in 30 min',
      '[Pipeline] sh',
      '+ make test',
      'Cancelling nested steps due to timeout',
      'Sending interrupt signal to process',
      'script returned exit code 143',
      '[Pipeline] }',
      'Timeout has been exceeded',
      'Finished: ABORTED',
    ].join('\n');
    expect(classify({ log })).toMatchObject({ type: 'timeout', retryable: true });
  });

  test('a plain cancellation stays cancelled and is not retried', () => {
    const log = actionsLog('make test', ['running', '##[error]The operation was canceled.']);
    expect(classify({ log })).toMatchObject({ type: 'cancelled', retryable: false });
  });

  test("the runner's machine shutting down is infrastructure", () => {
    const log = actionsLog('make test', [
      'running',
      "##[error]Operating system is shutting down for computer 'fv-az1234-567'",
    ]);
    expect(classify({ log })).toMatchObject({
      type: 'infrastructure',
      retryable: true,
      rule: 'runner-os-shutdown',
    });
  });
});

describe("a refusal from the job's own machine is not the network", () => {
  // Node's net.js exceptionWithHostPort: 'connect ECONNREFUSED <address>:<port>'
  test.each([
    'Error: connect ECONNREFUSED 127.0.0.1:5432',
    'Error: connect ECONNREFUSED ::1:3000',
    'connect ECONNREFUSED localhost',
  ])('the network rule does not fire on: %s', (line) => {
    expect(fires('network', line)).toBe(false);
  });

  test('a remote refusal still is', () => {
    expect(fires('network', 'Error: connect ECONNREFUSED 104.16.24.35:443')).toBe(true);
  });

  test("a migration against the job's own database that is not up is not retried", () => {
    const log = actionsLog(
      'npm run migrate',
      ['> app@1.0.0 migrate', '> knex migrate:latest', 'Error: connect ECONNREFUSED 127.0.0.1:5432'],
      1,
    );
    expect(classify({ log }).retryable).toBe(false);
  });
});

describe("GitLab Runner's own verdict on the job (gitlab-runner common/build.go)", () => {
  const E = '\x1b[0K';
  /** A GitLab job trace: the script's section, the runner's cleanup, then its verdict line. */
  const trace = (body: string[], verdict: string): string =>
    [
      '\x1b[0KRunning with gitlab-runner 16.5.0 (853330f9)\x1b[0;m',
      `section_start:1700000002:step_script\r${E}Executing "step_script" stage of the job script`,
      '$ make test',
      ...body,
      `section_end:1700003602:step_script\r${E}`,
      `section_start:1700003602:cleanup_file_variables\r${E}Cleaning up project directory and file based variables`,
      `section_end:1700003603:cleanup_file_variables\r${E}`,
      `\x1b[31;1m${verdict}\x1b[0;m`,
    ].join('\n');

  test('its time limit is timeout and retried', () => {
    const log = trace(
      ['running the slow suite...'],
      'ERROR: Job failed: execution took longer than 1h0m0s seconds',
    );
    expect(classify({ log })).toMatchObject({ type: 'timeout', retryable: true, rule: 'gitlab-job-timeout' });
  });

  test('its own failure is infrastructure', () => {
    const log = trace(
      ['running'],
      'ERROR: Job failed (system failure): Error response from daemon: no such container',
    );
    expect(classify({ log })).toMatchObject({ type: 'infrastructure', rule: 'gitlab-system-failure' });
  });

  test("the script's exit status leaves the verdict to the script's output", () => {
    const log = trace(
      ['FAIL src/a.test.js', 'Tests:       1 failed, 4 passed, 5 total'],
      'ERROR: Job failed: exit code 1',
    );
    expect(classify({ log })).toMatchObject({ type: 'test', retryable: false });
  });
});
