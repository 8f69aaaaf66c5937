/**
 * Issue 68 item 1, transients and their look-alikes: a TLS client that refused the server's certificate, in each
 * client's own words (libcurl's OpenSSL and GnuTLS backends as git and the curl tool print them, CPython's ssl
 * module as pip and urllib quote it, the JDK's PKIX validator under Gradle and Maven, npm's code, Go's crypto/x509).
 * TAXONOMY's network (TLS errors; a network error while downloading a dependency is network), above the resolver
 * or package manager that reports it, and never retried: a missing CA, an intercepting proxy or an expired
 * certificate is there on the next attempt. The curl tool's own line is low: a script's curl is often survived.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

type Case = { run: string; output: string[]; exit: number; rule: string; line: string };

const cases: Case[] = [
  {
    run: 'git clone https://git.example.org/group/project.git',
    output: [
      "Cloning into 'project'...",
      "fatal: unable to access 'https://git.example.org/group/project.git/': server certificate verification failed. CAfile: /etc/ssl/certs/ca-certificates.crt CRLfile: none",
    ],
    exit: 128,
    rule: 'tls-certificate-unverified',
    line: "fatal: unable to access 'https://git.example.org/group/project.git/': server certificate verification failed. CAfile: /etc/ssl/certs/ca-certificates.crt CRLfile: none",
  },
  {
    run: 'git fetch origin',
    output: [
      "fatal: unable to access 'https://github.com/o/r.git/': SSL certificate problem: self-signed certificate in certificate chain",
    ],
    exit: 128,
    rule: 'tls-certificate-unverified',
    line: "fatal: unable to access 'https://github.com/o/r.git/': SSL certificate problem: self-signed certificate in certificate chain",
  },
  {
    // Gradle's resolver reports the download's failure; the JDK's line under it says why.
    run: './gradlew build',
    output: [
      "> Could not resolve all files for configuration ':compileClasspath'.",
      '   > Could not resolve org.example:lib:1.0.',
      "      > Could not get resource 'https://repo.example.org/org/example/lib/1.0/lib-1.0.pom'.",
      "         > Could not GET 'https://repo.example.org/org/example/lib/1.0/lib-1.0.pom'.",
      '            > PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
      '',
      'FAILURE: Build failed with an exception.',
    ],
    exit: 1,
    rule: 'tls-certificate-unverified',
    line: '> PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
  },
  {
    run: 'npm ci',
    output: [
      'npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'npm error errno UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'npm error request to https://registry.npmjs.org/react failed, reason: unable to get local issuer certificate',
    ],
    exit: 1,
    rule: 'tls-certificate-unverified',
    line: 'npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  },
  {
    // pip retries, then reports the requirement it could not find: the certificate is why.
    run: 'pip install requests',
    output: [
      "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))': /simple/requests/",
      "Could not fetch URL https://pypi.org/simple/requests/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/requests/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))) - skipping",
      'ERROR: Could not find a version that satisfies the requirement requests (from versions: none)',
      'ERROR: No matching distribution found for requests',
    ],
    exit: 1,
    rule: 'tls-certificate-unverified',
    line: "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))': /simple/requests/",
  },
  {
    run: 'go mod download',
    output: [
      'go: github.com/x/y@v1.2.3: Get "https://proxy.golang.org/github.com/x/y/@v/v1.2.3.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ],
    exit: 1,
    rule: 'tls-certificate-unverified',
    line: 'go: github.com/x/y@v1.2.3: Get "https://proxy.golang.org/github.com/x/y/@v/v1.2.3.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  },
  {
    run: 'curl -fsSL https://example.org/install.sh | bash',
    output: [
      'curl: (60) SSL certificate problem: unable to get local issuer certificate',
      'More details here: https://curl.se/docs/sslcerts.html',
    ],
    exit: 60,
    rule: 'curl-certificate-unverified',
    line: 'curl: (60) SSL certificate problem: unable to get local issuer certificate',
  },
];

describe('a certificate the TLS client refused', () => {
  test.each(cases)(
    '$run: network by $rule, on its line, not retried',
    ({ run, output, exit, rule, line }) => {
      const v = classify({ log: failedRunLog(run, output, exit) });
      expect(v).toMatchObject({ type: 'network', rule, retryable: false });
      expect(v.evidence?.text).toBe(line);
      expect(retriedOnPr(v)).toBe(false);
    },
  );

  test("the curl tool's line is low: a script's curl is often survived", () => {
    const v = classify({
      log: failedRunLog(
        'curl -fsSLO https://example.org/a.tgz',
        ['curl: (60) SSL certificate problem: certificate has expired'],
        60,
      ),
    });
    expect(v).toMatchObject({ type: 'network', confidence: 'low', rule: 'curl-certificate-unverified' });
  });
});

describe('what stays what it was', () => {
  test("a Go test's own line quoting x509 is the test's", () => {
    const v = classify({
      log: failedRunLog('go test ./...', [
        '--- FAIL: TestFetch (0.01s)',
        '    fetch_test.go:22: Get "https://127.0.0.1:8443": x509: certificate signed by unknown authority',
        'FAIL',
        'FAIL\tgithub.com/o/r/fetch\t0.020s',
        'FAIL',
      ]),
    });
    expect(v.type).toBe('test');
  });

  test('a failed test whose message quotes the ssl error is a failed test', () => {
    const v = classify({
      log: failedRunLog('pytest', [
        "FAILED tests/test_api.py::test_fetch - requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))",
        '========================= 1 failed, 12 passed in 2.31s =========================',
      ]),
    });
    expect(v.type).toBe('test');
  });

  test("a script's curl that failed verification and was survived does not decide the tests that failed after it", () => {
    const v = classify({
      log: failedRunLog('./ci.sh', [
        'curl: (60) SSL certificate problem: certificate has expired',
        'falling back to cached copy',
        '============================= test session starts ==============================',
        'FAILED tests/test_x.py::test_y - AssertionError: assert 1 == 2',
        '========================= 1 failed, 3 passed in 0.31s =========================',
      ]),
    });
    expect(v.type).toBe('test');
  });

  test("awesome_bot's list of links, one of which failed verification, is not a download of the job's", () => {
    const v = classify({
      log: failedRunLog('awesome_bot README.md', [
        '> White listed:',
        '  01. [L0225]  https://douban.fm/ SSL_connect returned=1 errno=0 state=SSLv3 read server certificate B: certificate verify failed ',
      ]),
    });
    expect(v.rule).not.toMatch(/certificate-unverified/);
  });
});
