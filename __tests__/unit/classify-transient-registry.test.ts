/**
 * Transient failures in the words of registry and download clients (rule registry-transient-error, and Go's
 * url.Error forms in client-network-error), as a user's failed GitHub Actions step prints them: each line is a
 * format string of the source the rule's `why` names, filled in. In a step whose command installs or builds,
 * the broad `network` rule loses to the command's word, so these must be typed by the tool's own line. The
 * look-alikes are deterministic (a 4xx, the job's own machine refusing, a go.sum mismatch, a test's own client)
 * and must not be retried; so must a certificate the client will not trust, which TAXONOMY types network (TLS
 * errors) and its rule says is not retryable (tls-certificate-unverified).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

const registryLines = [
  // pnpm packages/error FetchError, resolving/npm-resolver META_FETCH_FAIL around node-fetch's message
  ' ERR_PNPM_FETCH_503\u2009 GET https://registry.npmjs.org/typescript: Service Unavailable - 503',
  ' ERR_PNPM_FETCH_429\u2009 GET https://registry.npmjs.org/typescript: Too Many Requests - 429',
  ' ERR_PNPM_META_FETCH_FAIL\u2009 GET https://registry.npmjs.org/typescript: request to https://registry.npmjs.org/typescript failed, reason: connect ETIMEDOUT 104.16.3.35:443',
  ' ERR_PNPM_META_FETCH_FAIL\u2009 GET https://registry.npmjs.org/react: request to https://registry.npmjs.org/react failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
  // pnpm 11's reporter (cli/default-reporter reportError.ts formatErrorSummary)
  '[ERR_PNPM_FETCH_502] GET https://registry.npmjs.org/typescript: Bad Gateway - 502',
  // got's errors as Yarn 2+ reports them
  "\u27a4 YN0001: \u2502 RequestError: Timeout awaiting 'request' for 60000ms",
  '\u27a4 YN0001: \u2502 RequestError: read ECONNRESET',
  '\u27a4 YN0001: \u2502 RequestError: getaddrinfo ENOTFOUND registry.yarnpkg.com',
  // cargo HttpNotSuccessful, and its context for a git2 network error
  '  failed to get successful HTTP response from `https://static.crates.io/crates/serde/1.0.193/download` (18.154.0.1), got 503',
  'error: failed to get successful HTTP response from `https://index.crates.io/config.json`, got 429',
  '  network failure seems to have happened',
  // the go command's HTTPError
  'go: github.com/pkg/errors@v0.9.1: reading https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip: 500 Internal Server Error',
  'verifying github.com/pkg/errors@v0.9.1/go.mod: github.com/pkg/errors@v0.9.1/go.mod: reading https://sum.golang.org/tile/8/0/x089/123.p/45: 503 Service Unavailable',
  // conda's CondaHTTPError and its help text
  'CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>',
  'CondaHTTPError: HTTP 502 Bad Gateway for url <https://conda.anaconda.org/conda-forge/noarch/repodata.json>',
  'HTTP errors are often intermittent, and a simple retry will get you on your way.',
  // RubyGems' FetchError, Bundler's download error
  'Gem::RemoteFetcher::FetchError: Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/gems/rake-13.1.0.gem)',
  '    Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/specs.4.8.gz)',
  'Bundler::HTTPError: Could not download gem from https://rubygems.org/ due to underlying error <Net::ReadTimeout with #<TCPSocket:(closed)> (https://rubygems.org/gems/rake-13.1.0.gem)>',
  // CocoaPods' CDN source once its retries ran out
  "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_a_7_5.txt Response: 503",
  "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/CocoaPods-version.yml, error: Failed to open TCP connection to cdn.cocoapods.org:443",
  // NuGet against nuget.org, apt's mirror in the middle of a sync
  '/home/runner/work/app/app/App.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.',
  'E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl-dev_3.0.2_amd64.deb  File has unexpected size (1234 != 5678). Mirror sync in progress? [IP: 52.252.75.106 80]',
  // NuGet's own timeouts (any feed) and nuget.org's package metadata; .NET's socket errors with host and port
  "/home/runner/work/app/app/App.csproj : error NU1301: Failed to retrieve information about 'Newtonsoft.Json' from remote source 'https://api.nuget.org/v3-flatcontainer/newtonsoft.json/index.json'.",
  "  The HTTP request to 'GET https://api.nuget.org/v3/index.json' has timed out after 100000ms.",
  "  The download of 'https://api.nuget.org/v3-flatcontainer/newtonsoft.json/13.0.3/newtonsoft.json.13.0.3.nupkg' timed out because no data was received for 60000ms.",
  '/usr/share/dotnet/sdk/8.0.404/NuGet.targets(174,5): error :   Resource temporarily unavailable (api.nuget.org:443) [/home/runner/work/app/app/App.csproj]',
  // the curl tool's error line (curl lib/strerror.c), as Homebrew and install scripts print it
  'curl: (56) Failure when receiving data from the peer',
  'curl: (28) Operation timed out after 30001 milliseconds with 0 out of 0 bytes received',
  'curl: (6) Could not resolve host: github.com',
  // the Actions toolkit's artifact, cache and HTTP clients; pnpm's truncated tarball
  'Error: Unable to download artifact(s): Unable to download and extract artifact: Artifact download failed after 5 retries.',
  'Error: reserveCache failed: Cache service responded with 503',
  'Error: Request timeout: /actions/python-versions/main/versions-manifest.json',
  "[ERR_PNPM_BAD_TARBALL_SIZE] Actual size (1048576) of tarball (https://registry.npmjs.org/typescript/-/typescript-5.6.3.tgz) did not match the one specified in 'Content-Length' header (22876543)",
  // Dart's pub and PHP's Composer
  'Got socket error trying to find package path at https://pub.dev.',
  '503 Service Unavailable trying to find package http at https://pub.dev.',
  'The "https://repo.packagist.org/p2/symfony/console.json" file could not be downloaded (HTTP/2 502 )',
  // the Docker daemon's pull once its retries ran out; rustup's download status
  'error pulling image configuration: download failed after attempts=6: unexpected EOF',
  "error: could not download file from 'https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256' to '/home/runner/.rustup/tmp/abc_file': http request returned an unsuccessful status code: 503",
  // Apache HttpCore under Maven and Gradle, Gradle's cause lines, the JDK's HttpURLConnection
  '            > Premature end of Content-Length delimited message body (expected: 3,041,591; received: 1,048,576)',
  '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not transfer artifact org.slf4j:slf4j-parent:pom:2.0.9 from/to central (https://repo.maven.apache.org/maven2): Premature end of chunk coded message body: closing chunk expected -> [Help 1]',
  '               > Connection reset',
  '               > Remote host terminated the handshake',
  '               > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connect timed out',
  'Exception in thread "main" java.io.IOException: Server returned HTTP response code: 503 for URL: https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.6/apache-maven-3.9.6-bin.zip',
  // reqwest as uv prints a cause; urllib3's last retry as pip logs it; GitHub's secondary rate limit
  '  Caused by: HTTP status server error (503 Service Unavailable) for url (https://pypi.org/simple/numpy/)',
  '  Caused by: HTTP status client error (429 Too Many Requests) for url (https://pypi.org/simple/numpy/)',
  "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/numpy/",
  'HttpError: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678:ABCD.',
];

const registryLookAlikes = [
  // a package that is not there, or refused credentials
  ' ERR_PNPM_FETCH_404\u2009 GET https://registry.npmjs.org/left-padd: Not Found - 404',
  ' ERR_PNPM_FETCH_401\u2009 GET https://npm.pkg.github.com/@acme%2fui: Unauthorized - 401',
  // pnpm's own bug on an old Node, not the network
  ' ERR_PNPM_META_FETCH_FAIL\u2009 GET https://registry.npmjs.org/react: Value of "this" must be of type URLSearchParams',
  '\u27a4 YN0001: \u2502 HTTPError: Response code 404 (Not Found)',
  '  failed to get successful HTTP response from `https://static.crates.io/crates/serde/1.0.999/download` (18.154.0.1), got 403',
  'go: github.com/acme/nope@v0.9.1: reading https://proxy.golang.org/github.com/acme/nope/@v/v0.9.1.mod: 404 Not Found',
  'go: github.com/acme/app@v1.0.0: reading http://127.0.0.1:3000/github.com/acme/app/@v/v1.0.0.mod: 502 Bad Gateway',
  'CondaHTTPError: HTTP 404 NOT FOUND for url <https://conda.anaconda.org/nosuchchannel/linux-64/repodata.json>',
  'Gem::RemoteFetcher::FetchError: bad response Not Found 404 (https://rubygems.org/gems/nosuch-9.9.gem)',
  "CDN: trunk Relative path couldn't be downloaded: all_pods_versions_0_0_0.txt Response: 404",
  '/home/runner/work/app/app/App.csproj : error NU1301: Unable to load the service index for source https://nuget.pkg.github.com/acme/index.json.',
  "/home/runner/work/app/app/App.csproj : error NU1301: The local source '/home/runner/packages' doesn't exist.",
  "/home/runner/work/app/app/App.csproj : error NU1301: Failed to retrieve information about 'Acme.Lib' from remote source 'https://nuget.pkg.github.com/acme/download/acme.lib/index.json'.",
  // a do-not-retry error stops the daemon's pull at the first attempt; a toolchain that does not exist
  'error pulling image configuration: download failed after attempts=1: unauthorized: authentication required',
  "error: could not download file from 'https://static.rust-lang.org/dist/channel-rust-1.99.toml.sha256' to '/home/runner/.rustup/tmp/abc_file': http request returned an unsuccessful status code: 404",
  '   System.Net.Http.HttpRequestException : Connection refused (localhost:5000)',
  // a package or file that is not there
  'The "https://repo.packagist.org/p2/acme/nope.json" file could not be downloaded (HTTP/2 404 )',
  'Got TLS error trying to find package path at https://pub.internal.acme.',
  // the cache service refusing a request, not failing it
  'Error: reserveCache failed: Cache service responded with 409',
  // curl against the job's own machine (a readiness check), a status curl does not call a transfer failure
  'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused',
  'curl: (28) Failed to connect to 127.0.0.1 port 3000 after 5001 ms: Timeout was reached',
  'curl: (22) The requested URL returned error: 503',
  'curl: (3) URL using bad/illegal format or missing URL',
  '   System.Net.Http.HttpRequestException : Connection timed out (localhost:5000)',
  // a test's own server; a cause line that is a test's, not Gradle's
  'java.io.IOException: Server returned HTTP response code: 500 for URL: http://localhost:8888/foo/hello/',
  '               > Connect to localhost:8080 [localhost/127.0.0.1] failed: Connect timed out',
  '  Caused by: HTTP status client error (404 Not Found) for url (https://pypi.org/simple/nosuchpkg/)',
  // a retry urllib3 still had in hand, and a certificate pip will not trust on any retry
  "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable')': /simple/numpy/",
  "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))': /simple/numpy/",
  'API rate limit exceeded for installation ID 12345.',
];

describe('rule registry-transient-error', () => {
  test.each(registryLines)('fires on: %s', (line) =>
    expect(fires('registry-transient-error', line)).toBe(true),
  );
  test.each(registryLookAlikes)('does not fire on: %s', (line) =>
    expect(fires('registry-transient-error', line)).toBe(false),
  );
});

describe("Go's url.Error where the go command, BuildKit or the Docker daemon made the request (client-network-error)", () => {
  test.each([
    'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip": EOF',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded',
    'Error response from daemon: Head "https://registry-1.docker.io/v2/library/node/manifests/20": net/http: timeout awaiting response headers',
    'ERROR: failed to solve: node:20: failed to resolve source metadata for docker.io/library/node:20: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20": EOF',
    'E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl-dev_3.0.2_amd64.deb  500  Internal Server Error [IP: 52.252.75.106 80]',
    'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip": stream error: stream ID 3; INTERNAL_ERROR; received from peer',
  ])('fires on: %s', (line) => expect(fires('client-network-error', line)).toBe(true));
  test.each([
    // a test's own client, a local registry
    '    client_test.go:42: unexpected error: Get "https://api.example.com/items": EOF',
    'Error response from daemon: Get "http://localhost:5000/v2/": EOF',
    'E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl-dev_3.0.2_amd64.deb  404  Not Found [IP: 52.252.75.106 80]',
  ])('does not fire on: %s', (line) => expect(fires('client-network-error', line)).toBe(false));
});

describe("urllib3's read time-out as Python prints it uncaught, not as a program that caught it (client-network-error)", () => {
  // urllib3 src/urllib3/connectionpool.py's message; traceback's `<class>: <message>` and requests' wrapper.
  test.each([
    "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='huggingface.co', port=443): Read timed out. (read timeout=10)",
    `requests.exceptions.ReadTimeout: (ReadTimeoutError("HTTPSConnectionPool(host='huggingface.co', port=443): Read timed out. (read timeout=10)"), '(Request ID: f75e)')`,
    "HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)",
  ])('fires on: %s', (line) => expect(fires('client-network-error', line)).toBe(true));
  test.each([
    // a program's own line after catching it (a passing job's step printed this and went on)
    "[QUOTA] Error checking gemma-3-12b-it: HTTPSConnectionPool(host='generativelanguage.googleapis.com', port=443): Read timed out. (read timeout=10)",
    "    Failed to fetch https://t.co/x: HTTPSConnectionPool(host='www.example.com', port=443): Read timed out. (read timeout=10)",
  ])('does not fire on: %s', (line) => expect(fires('client-network-error', line)).toBe(false));
});

describe('the verdict of a failed step', () => {
  test.each([
    [
      'brew install openssl@3',
      [
        'curl: (56) Failure when receiving data from the peer',
        'Error: openssl@3: Failed to download resource "openssl@3"',
        'Download failed: https://ghcr.io/v2/homebrew/core/openssl/3/blobs/sha256:abc',
      ],
    ],
    [
      'pnpm install --frozen-lockfile',
      [' ERR_PNPM_FETCH_502\u2009 GET https://registry.npmjs.org/typescript: Bad Gateway - 502'],
    ],
    [
      'yarn install --immutable',
      ['\u27a4 YN0001: \u2502 RequestError: read ECONNRESET', '\u27a4 YN0000: \u2514 Completed in 1m 2s'],
    ],
    [
      'pip install -r requirements.txt',
      [
        "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/numpy/",
        'ERROR: Could not find a version that satisfies the requirement numpy==2.1.0 (from versions: none)',
        'ERROR: No matching distribution found for numpy==2.1.0',
      ],
    ],
    [
      'cargo build --locked',
      [
        'error: failed to download from `https://static.crates.io/crates/serde/1.0.193/download`',
        '',
        'Caused by:',
        '  failed to get successful HTTP response from `https://static.crates.io/crates/serde/1.0.193/download` (18.154.0.1), got 503',
      ],
    ],
    [
      './gradlew build',
      [
        "Execution failed for task ':app:compileJava'.",
        "> Could not resolve all files for configuration ':app:compileClasspath'.",
        "         > Could not get resource 'https://repo.maven.apache.org/maven2/com/google/guava/guava/32.1.2-jre/guava-32.1.2-jre.pom'.",
        "            > Could not GET 'https://repo.maven.apache.org/maven2/com/google/guava/guava/32.1.2-jre/guava-32.1.2-jre.pom'.",
        '               > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connect timed out',
      ],
    ],
    [
      'go mod download',
      [
        'go: github.com/pkg/errors@v0.9.1: Get "https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip": EOF',
      ],
    ],
    [
      'bundle install',
      [
        'Gem::RemoteFetcher::FetchError: Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/gems/rake-13.1.0.gem)',
      ],
    ],
    [
      'dotnet restore',
      [
        '/home/runner/work/app/app/App.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.',
      ],
    ],
  ] as [string, string[]][])('%s cut off by the network is network and retried', (run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    [
      'psql -h localhost -c "select 1"',
      ['psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'],
    ],
    [
      'curl -fsS http://localhost:8080/health',
      ['curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused'],
    ],
    [
      'git clone https://github.com/acme/gone.git',
      ["fatal: unable to access 'https://github.com/acme/gone.git/': The requested URL returned error: 404"],
    ],
    [
      'mvn -B deploy',
      [
        '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project app: Failed to deploy artifacts: Could not transfer artifact com.acme:app:jar:1.0 from/to github (https://maven.pkg.github.com/acme/app): status code: 401, reason phrase: Unauthorized (401) -> [Help 1]',
      ],
    ],
    [
      'go build ./...',
      [
        'verifying github.com/pkg/errors@v0.9.1: checksum mismatch',
        '\tdownloaded: h1:abc=',
        '\tgo.sum:     h1:def=',
        '',
        'SECURITY ERROR',
      ],
    ],
    ['pnpm install', [' ERR_PNPM_FETCH_404\u2009 GET https://registry.npmjs.org/left-padd: Not Found - 404']],
  ] as [string, string[]][])('%s: a deterministic look-alike is not retried', (run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  // TAXONOMY lists TLS errors under network; a certificate the client will not trust is there on every retry, so
  // its rule says not retryable and the policy keeps it from a retry (network-not-transient).
  test.each([
    [
      'python scripts/sync.py',
      [
        "requests.exceptions.SSLError: HTTPSConnectionPool(host='internal.acme.corp', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)')))",
      ],
    ],
    [
      'git clone https://github.com/acme/app.git',
      [
        "fatal: unable to access 'https://github.com/acme/app.git/': SSL certificate problem: self-signed certificate in certificate chain",
      ],
    ],
  ] as [string, string[]][])(
    '%s: a certificate the client will not trust is network, and not retried',
    (run, output) => {
      const v = classify({ log: failedRunLog(run, output) });
      expect(v).toMatchObject({ type: 'network', rule: 'tls-certificate-unverified', retryable: false });
      expect(retriedOnPr(v)).toBe(false);
    },
  );
});
