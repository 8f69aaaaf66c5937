/**
 * Issue 68, transients missed and dependency failures in the resolver's own words, each read from the tool's own
 * source: cargo's network retries ending in a failed fetch of a git source (git2-rs prints a libgit2 error with
 * `; class=Net (12)`, and cargo retries the Net and Zlib classes as spurious: rule cargo-git-network), Maven's model
 * builder and resolver saying no repository has a POM or an artifact (rule maven-pom-unresolvable), and Gradle's
 * cause chain ending in the JVM HTTP client's dropped connection (rule jvm-http-transient). Each with the look-alikes
 * a retry does not cure: a host that does not exist, credentials, a certificate, a local file, a 4xx, and the
 * retry's own warning after which the tool went on.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

// OP-TEE/optee_os issue 5531: cargo 1.44 fetching the index from GitHub, as the CI log shows it.
const SPURIOUS = 'warning: spurious network error (2 tries remaining): bad packet length; class=Net (12)';
const cargoFetch = (cause: string): string[] => [
  '    Updating crates.io index',
  SPURIOUS,
  'warning: spurious network error (1 tries remaining): bad packet length; class=Net (12)',
  'error: failed to fetch `https://github.com/rust-lang/crates.io-index`',
  '',
  'Caused by:',
  cause,
];
// Gradle's `* What went wrong:` chain under a download (gradle/gradle issue 22743, lenskit/lenskit-hello issue 8).
const gradleChain = (cause: string): string[] => [
  'FAILURE: Build failed with an exception.',
  '',
  '* What went wrong:',
  "Execution failed for task ':app:compileJava'.",
  "> Could not resolve all files for configuration ':app:compileClasspath'.",
  '   > Could not resolve org.lenskit:lenskit-all:3.0-M2.',
  '     Required by:',
  '         project :app',
  "      > Could not get resource 'https://repo1.maven.org/maven2/org/lenskit/lenskit-all/3.0-M2/lenskit-all-3.0-M2.pom'.",
  "         > Could not GET 'https://repo1.maven.org/maven2/org/lenskit/lenskit-all/3.0-M2/lenskit-all-3.0-M2.pom'.",
  cause,
  '',
  'BUILD FAILED in 41s',
];
const POMS = '[ERROR] [ERROR] Some problems were encountered while processing the POMs:';
const PARENT = (cause: string): string =>
  `[FATAL] Non-resolvable parent POM for com.example:app:1.0: ${cause} @ line 5, column 11`;
const ABSENT =
  'The following artifacts could not be resolved: com.example:parent:pom:9 (absent): com.example:parent:pom:9 was not found in https://repo.maven.apache.org/maven2 during a previous attempt. This failure was cached in the local repository and resolution is not reattempted until the update interval of central has elapsed or updates are forced';

describe('transients a retry cures, in the tool’s own words', () => {
  const cases: [name: string, run: string, output: string[], line: string][] = [
    [
      'cargo: the retries spent on a dropped transfer (class=Net)',
      'cargo build --locked',
      cargoFetch('  bad packet length; class=Net (12)'),
      '  bad packet length; class=Net (12)',
    ],
    [
      'cargo: a garbled pack (class=Zlib)',
      'cargo install xargo',
      cargoFetch('  error reading from the zlib stream; class=Zlib (5)'),
      '  error reading from the zlib stream; class=Zlib (5)',
    ],
    [
      'Gradle: the server closed without answering',
      './gradlew build',
      gradleChain('            > repo1.maven.org:443 failed to respond'),
      '            > repo1.maven.org:443 failed to respond',
    ],
    [
      'Gradle: the read timed out',
      './gradlew build',
      gradleChain(
        '            > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.40.215] failed: Read timed out',
      ),
      '            > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.40.215] failed: Read timed out',
    ],
    [
      "Maven: a parent POM whose transfer was reset (the network rule on the model builder's line)",
      'mvn -B verify',
      [
        POMS,
        PARENT(
          'Could not transfer artifact com.example:parent:pom:9 from/to central (https://repo.maven.apache.org/maven2): Connection reset',
        ),
      ],
      PARENT(
        'Could not transfer artifact com.example:parent:pom:9 from/to central (https://repo.maven.apache.org/maven2): Connection reset',
      ),
    ],
  ];
  test.each(cases)('%s', (_name, run, output, line) => {
    const v = classify({ log: failedRunLog(run, output, 1) });
    expect(v.type).toBe('network');
    expect(v.evidence?.text.trim()).toBe(line.trim());
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe('a resolver saying no repository has it: dependency, not retried', () => {
  test.each([
    ['a parent POM cached as absent', [POMS, PARENT(ABSENT)], PARENT(ABSENT)],
    [
      'an import POM not found',
      [
        POMS,
        '[ERROR]     Non-resolvable import POM: Could not find artifact com.example:bom:pom:9.9 in central (https://repo.maven.apache.org/maven2) @ line 20, column 19',
      ],
      '[ERROR]     Non-resolvable import POM: Could not find artifact com.example:bom:pom:9.9 in central (https://repo.maven.apache.org/maven2) @ line 20, column 19',
    ],
  ])('%s', (_name, output, line) => {
    const v = classify({ log: failedRunLog('mvn -B verify', output, 1) });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('look-alikes a retry does not cure', () => {
  test.each([
    [
      'cargo: a host that does not exist',
      'cargo build',
      cargoFetch('  failed to resolve address for githb.com: Name or service not known; class=Net (12)'),
    ],
    [
      'cargo: credentials',
      'cargo build',
      cargoFetch('  remote authentication required but no callback set; class=Http (34); code=Auth (-16)'),
    ],
    [
      'cargo: a certificate',
      'cargo build',
      cargoFetch('  the SSL certificate is invalid; class=Net (12); code=Certificate (-17)'),
    ],
    [
      'cargo: a local directory (class=Os)',
      'cargo build',
      cargoFetch("  failed to make directory '/home/runner/.cargo/git/db': Permission denied; class=Os (2)"),
    ],
    [
      'cargo: a git dependency that is not there',
      'cargo build',
      cargoFetch('  unexpected http status code: 404; class=Http (34)'),
    ],
    // git2-curl, cargo's git transport where an HTTP proxy or a CA is configured, turns an answer into class Net
    // (rust-lang/git2-rs git2-curl/src/lib.rs CurlSubtransport::execute): a private repository, one not there.
    [
      'cargo: credentials refused through git2-curl',
      'cargo build',
      cargoFetch('  failed to receive HTTP 200 response: got 401; class=Net (12)'),
    ],
    [
      'cargo: a git dependency that is not there, through git2-curl',
      'cargo build',
      cargoFetch('  failed to receive HTTP 200 response: got 404; class=Net (12)'),
    ],
    [
      'cargo: a web page where a git repository was expected, through git2-curl',
      'cargo build',
      cargoFetch(
        '  expected a Content-Type header with `application/x-git-upload-pack-advertisement` but found `text/html; charset=utf-8`; class=Net (12)',
      ),
    ],
    [
      'cargo: a transport libgit2 lacks',
      'cargo build',
      cargoFetch('  unsupported URL protocol; class=Net (12)'),
    ],
    [
      'Gradle: a repository on the job’s machine that failed to respond',
      './gradlew build',
      gradleChain('            > localhost:8081 failed to respond'),
    ],
    [
      'Gradle: a host that does not exist',
      './gradlew build',
      gradleChain('            > repo1.maven.org: Name or service not known'),
    ],
  ])('%s', (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output, 101) });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('cargo went on past its retry: the compile error after it decides', () => {
    const output = [
      '    Updating crates.io index',
      SPURIOUS,
      '   Compiling app v0.1.0 (/home/runner/work/app/app)',
      'error[E0308]: mismatched types',
      ' --> src/main.rs:2:18',
      'error: could not compile `app` (bin "app") due to 1 previous error',
    ];
    const v = classify({ log: failedRunLog('cargo build', output, 101) });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the rules' own lines: the retry's warning, a repository on the job's machine, a cached transfer failure", () => {
    expect(ruleFires(ruleSet, 'cargo-git-network', SPURIOUS)).toBe(false);
    expect(ruleFires(ruleSet, 'cargo-git-network', '  bad packet length; class=Net (12)')).toBe(true);
    expect(
      ruleFires(
        ruleSet,
        'cargo-git-network',
        '  failed to receive HTTP 200 response: got 503; class=Net (12)',
      ),
    ).toBe(true);
    expect(
      ruleFires(
        ruleSet,
        'cargo-git-network',
        '  failed to receive HTTP 200 response: got 403; class=Net (12)',
      ),
    ).toBe(false);
    expect(ruleFires(ruleSet, 'jvm-http-transient', '            > 127.0.0.1:8081 failed to respond')).toBe(
      false,
    );
    expect(
      ruleFires(
        ruleSet,
        'jvm-http-transient',
        '   > Connect to localhost:8081 [localhost/127.0.0.1] failed: Read timed out',
      ),
    ).toBe(false);
    expect(
      ruleFires(
        ruleSet,
        'maven-pom-unresolvable',
        '[WARNING] org.codehaus.mojo/maven-metadata.xml failed to transfer from http://0.0.0.0/ during a previous attempt.',
      ),
    ).toBe(false);
  });
});
