/**
 * Transients in wordings fresh logs showed and the rules did not read (issue 68: "Jenkins' agent channel lost in
 * other wordings", "HTTP 5xx in a service client's own words", "cargo's network retries ending in a failed fetch",
 * "a truncated download"). Each line is the client's own output: the cargo chain was printed by cargo run here
 * against a local sparse registry whose response closed short (only its host rewritten), the others are the
 * format strings the rules' `why` names, filled in. The look-alikes are the same words where a retry cannot help
 * (a corrupt file on disk, a 4xx, a script's own "Cannot contact"), or a network line in a step the job survived.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr } from '../classify-logs.js';

// cargo 1.x's own chain when the registry's answer ended early (curl error 18 through curl-rust).
const cargoPartial = [
  '    Updating crates.io index',
  'warning: spurious network error (1 try remaining): [18] Transferred a partial file (end of response with 4985 bytes missing)',
  'error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`',
  '',
  'Caused by:',
  '  download of config.json failed',
  '',
  'Caused by:',
  '  failed to download from `https://index.crates.io/config.json`',
  '',
  'Caused by:',
  '  [18] Transferred a partial file (end of response with 4985 bytes missing)',
];

describe('a transfer cut short or an agent lost, in the client own words, is retried', () => {
  test.each([
    ['cargo build --locked', cargoPartial, 101],
    [
      'yarn install --frozen-lockfile',
      [
        'error https://registry.yarnpkg.com/react/-/react-18.2.0.tgz: Extracting tar content of undefined failed, the file appears to be corrupt: "Unexpected end of data"',
        'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
      ],
      1,
    ],
    [
      './gradlew assembleDebug',
      [
        'Downloading https://services.gradle.org/distributions/gradle-8.5-bin.zip',
        '.........10%..........20%',
        'Exception in thread "main" java.io.IOException: Downloading from https://services.gradle.org/distributions/gradle-8.5-bin.zip failed: timeout (10000ms)',
        '\tat org.gradle.wrapper.Download.downloadInternal(Download.java:110)',
        '\tat org.gradle.wrapper.Download.download(Download.java:67)',
      ],
      1,
    ],
    [
      'docker push ghcr.io/acme/app:1',
      [
        'The push refers to repository [ghcr.io/acme/app]',
        'error parsing HTTP 503 response body: unexpected end of JSON input: ""',
      ],
      1,
    ],
    [
      './ci/build.sh',
      ['Cannot contact linux-agent-3: java.lang.InterruptedException', 'script returned exit code -1'],
      1,
    ],
    ['./ci/build.sh', ['Agent linux-agent-3 was deleted, but do not have a node body to cancel'], 1],
    ['./ci/build.sh', ['java.lang.IllegalStateException: linux-agent-3 is offline'], 1],
  ] as [string, string[], number][])('%s', (run, output, code) => {
    const v = classify({ log: failedRunLog(run, output, code) });
    expect(['network', 'infrastructure']).toContain(v.type);
    expect(retriedOnPr(v)).toBe(true);
  });
});

test("the artifact client's own network error, as upload-artifact fails on it, is retried", () => {
  // @actions/artifact NetworkError ('Unable to make request: ${code}' and its self-hosted runner advice).
  const log = jobLog(
    actionsStep({ uses: 'actions/upload-artifact@v4' }, [
      'With the provided path, there will be 1 file uploaded',
      '##[error]Failed to CreateArtifact: Unable to make request: ENOTFOUND',
      'If you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#communication-between-self-hosted-runners-and-github',
    ]),
  );
  const v = classify({ log });
  expect(v.type).toBe('network');
  expect(retriedOnPr(v)).toBe(true);
});

describe('the same words where a retry cannot help are not retried', () => {
  test.each([
    // An offline mirror's file that is corrupt stays corrupt on the next run.
    [
      'yarn install --offline',
      [
        'error /home/runner/work/app/app/npm-packages-offline-cache/react-18.2.0.tgz: Extracting tar content of /home/runner/work/app/app/npm-packages-offline-cache/react-18.2.0.tgz failed, the file appears to be corrupt: "TAR_BAD_ARCHIVE: Unrecognized archive format"',
      ],
    ],
    // A registry's 404 in distribution's unparsed-body form is a missing image.
    [
      'docker pull ghcr.io/acme/gone:1',
      [
        'Error response from daemon: error parsing HTTP 404 response body: invalid character \'p\' after top-level value: "404 page not found\\n"',
      ],
    ],
    // A test's own client that cannot reach its server is the test's failure.
    [
      'mvn -B test',
      [
        'Cannot contact db-test: java.net.ConnectException: Connection refused (Connection refused)',
        '[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.1 s <<< FAILURE! - in com.acme.DbTest',
        '[ERROR] Failures: ',
        '[ERROR]   DbTest.connects:41 expected: <true> but was: <false>',
      ],
    ],
  ] as [string, string[]][])('%s', (run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(['network', 'infrastructure']).not.toContain(v.type);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("cargo's partial transfer in a step the job survived does not decide the failed tests after it", () => {
    const log = jobLog([
      ...actionsStep({ run: 'cargo fetch' }, [
        'warning: spurious network error (2 tries remaining): [18] Transferred a partial file (end of response with 4985 bytes missing)',
        '  Downloaded serde v1.0.193',
      ]),
      ...actionsStep(
        { run: 'cargo test' },
        [
          'test parse::rejects_empty ... FAILED',
          '',
          'failures:',
          '',
          '---- parse::rejects_empty stdout ----',
          "thread 'parse::rejects_empty' panicked at src/parse.rs:42:9:",
          'assertion failed: result.is_err()',
          '',
          'test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s',
          '',
          "error: test failed, to rerun pass '--lib'",
        ],
        101,
      ),
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});
