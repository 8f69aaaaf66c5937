/**
 * Issue 68 item 1 (transients, build) and item 4 (the line shown), in the tools' own words: an HTTP library's
 * exception for a server error (httpx, aiohttp, Guzzle, the Google API client, Azure's SDK: http-library-server-error,
 * each line from the library's format string; not Ruby's Net::HTTP, whose message names no URL, so a Minitest test
 * raising on its own stubbed 503 stays a failed test; Azure's message names no host either, so only the Azure CLI's
 * report of it is read, never a pytest or dotnet test failure block), Go's type checker on code that does not
 * compile (go-compile-error: lines go1.19.8 printed here), and prettier's check, run here for real, whose echoed
 * command is no line that states the cause (lint-js `evidence`), and Gradle's code-quality plugins failing the
 * build (gradle-code-quality-failed: the plugins' GradleException as Gradle renders a task's cause), and pub's
 * solve failure that an SDK constraint deeper in the graph caused (weigh.ts CAUSES: config above dependency), and
 * the Android Gradle plugin refusing the job's SDK set-up (android-sdk-setup-missing); a line whose only word is
 * its level (Maven's empty `[ERROR]`) is never the line shown (shown-line.ts SAYS_NOTHING).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

describe("an HTTP library's own exception for a server error", () => {
  const traceback = (last: string): string[] => [
    'Traceback (most recent call last):',
    '  File "/home/runner/work/app/app/scripts/sync.py", line 40, in <module>',
    '    main()',
    last,
  ];

  test.each([
    "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://pypi.org/simple/requests/'",
    "httpx.HTTPStatusError: Client error '429 Too Many Requests' for url 'https://api.github.com/repos/acme/app/releases'",
    "aiohttp.client_exceptions.ClientResponseError: 502, message='Bad Gateway', url='https://huggingface.co/api/models/acme/model'",
    "aiohttp.client_exceptions.ClientResponseError: 503, message='Service Unavailable', url=URL('https://registry.example.org/v2/')",
    'googleapiclient.errors.HttpError: <HttpError 503 when requesting https://sheets.googleapis.com/v4/spreadsheets/abc/values/A1?alt=json returned "The service is currently unavailable.">',
  ])('%s: network, retried, on that line', (line) => {
    const v = classify({ log: failedRunLog('python scripts/sync.py', traceback(line)) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('http-library-server-error');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    'PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ServerException: Server error: `GET https://repo.packagist.org/p2/acme/lib.json` resulted in a `503 Service Unavailable` response:',
    "ERROR: Operation returned an invalid status 'Service Unavailable'",
    "ERROR: Operation returned an invalid status code 'Bad Gateway'",
  ])('%s: network, retried', (line) => {
    const v = classify({ log: failedRunLog('./scripts/deploy.sh', [line]) });
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    // A refusal or a missing resource is no outage.
    "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://pypi.org/simple/nope/'",
    "httpx.HTTPStatusError: Client error '403 Forbidden' for url 'https://api.github.com/repos/acme/app/releases'",
    "aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url='https://api.example.com/v1/items'",
    'GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.github.com/repos/acme/lib` resulted in a `404 Not Found` response:',
    '/app/fetch.rb:12:in \'Net::HTTPResponse#value\': 404 "Not Found" (Net::HTTPClientException)',
    'googleapiclient.errors.HttpError: <HttpError 403 when requesting https://sheets.googleapis.com/v4/spreadsheets/abc?alt=json returned "The caller does not have permission">',
    "ERROR: Operation returned an invalid status 'Forbidden'",
    // The job's own server under test, and a test that asserts a status.
    "httpx.HTTPStatusError: Server error '500 Internal Server Error' for url 'http://localhost:8000/api/items'",
    "aiohttp.client_exceptions.ClientResponseError: 500, message='Internal Server Error', url='http://127.0.0.1:8080/health'",
    "E   httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://api.example.com/v1'",
    "    assert str(err) == \"Server error '503 Service Unavailable' for url 'https://api.example.com/v1'\"",
    // Ruby's Net::HTTP names no URL: an outage and a test's stubbed 503 read alike.
    '/home/runner/work/app/app/script/fetch.rb:12:in \'Net::HTTPResponse#value\': 503 "Service Unavailable" (Net::HTTPFatalError)',
    'Net::HTTPFatalError: 503 "Service Unavailable"',
    // Azure's message names no host: only the Azure CLI's own report of it is read, never a traceback's last
    // line, a test runner's failure block or a program's log line, nor a line that names the job's own machine.
    "azure.core.exceptions.HttpResponseError: Operation returned an invalid status 'Service Unavailable'",
    "msrest.exceptions.HttpOperationError: Operation returned an invalid status code 'Service Unavailable'",
    "   Microsoft.Rest.HttpOperationException : Operation returned an invalid status code 'ServiceUnavailable'",
    "ERROR    app.sync:sync.py:40 upload to http://127.0.0.1:10000/devstoreaccount1/releases failed: Operation returned an invalid status 'Service Unavailable'",
    "ERROR: upload to http://localhost:10000/devstoreaccount1/releases failed: Operation returned an invalid status 'Service Unavailable'",
  ])('%s: no server error', (line) => {
    expect(ruleFires(ruleSet, 'http-library-server-error', line)).toBe(false);
  });

  test("Minitest: the test's own client raising on a stubbed 503 is a failed test, not retried", () => {
    // Minitest's report of an error raised in a test (its label, the test, then the exception's class: message
    // and backtrace), the app's client calling Net::HTTPResponse#value on the stub's 503.
    const v = classify({
      log: failedRunLog('bin/rails test', [
        'Run options: --seed 4242',
        '# Running:',
        '.E.',
        'Finished in 0.41s, 7.3 runs/s, 4.8 assertions/s.',
        '  1) Error:',
        'PaymentsClientTest#test_raises_on_gateway_outage:',
        'Net::HTTPFatalError: 503 "Service Unavailable"',
        "    app/clients/payments_client.rb:18:in `charge'",
        "    test/clients/payments_client_test.rb:12:in `block in <class:PaymentsClientTest>'",
        '3 runs, 2 assertions, 0 failures, 1 errors, 0 skips',
      ]),
    });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('http-library-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("pytest --tb=native: a test's Azure client raising on a stubbed 503 is a failed test, not retried", () => {
    // What pytest 9.0.3 printed, run here with --tb=native on a test whose client raised azure-core's
    // HttpResponseError with its default message (pytest's own frames left out).
    const v = classify({
      log: failedRunLog('python -m pytest --tb=native tests', [
        '============================= test session starts ==============================',
        'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
        'rootdir: /home/runner/work/app/app',
        'collected 1 item',
        '',
        'tests/test_blob.py F                                                     [100%]',
        '',
        '=================================== FAILURES ===================================',
        '_________________________ test_upload_survives_outage __________________________',
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/tests/test_blob.py", line 7, in test_upload_survives_outage',
        "    upload('Service Unavailable')",
        '  File "/home/runner/work/app/app/tests/test_blob.py", line 4, in upload',
        '    raise HttpResponseError(reason)',
        "azure.core.exceptions.HttpResponseError: Operation returned an invalid status 'Service Unavailable'",
        '=========================== short test summary info ============================',
        'FAILED tests/test_blob.py::test_upload_survives_outage - azure.core.exception...',
        '============================== 1 failed in 0.71s ===============================',
      ]),
    });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('http-library-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("dotnet test (xUnit.net): an AutoRest client's 503 inside a test is a failed test, not retried", () => {
    // vstest's console logger on a failed xUnit.net test (the test, its error message as xUnit.net formats an
    // exception, `Type : message`, its stack trace, the assembly's summary); the generated client's
    // HttpOperationException, 'Operation returned an invalid status code '{0}'' with the HttpStatusCode's name.
    const v = classify({
      log: failedRunLog('dotnet test --no-build', [
        'Starting test execution, please wait...',
        'A total of 1 test files matched the specified pattern.',
        '[xUnit.net 00:00:01.12]     BlobStore.Tests.UploadTests.Upload_SurvivesOutage [FAIL]',
        '  Failed BlobStore.Tests.UploadTests.Upload_SurvivesOutage [87 ms]',
        '  Error Message:',
        "   Microsoft.Rest.HttpOperationException : Operation returned an invalid status code 'ServiceUnavailable'",
        '  Stack Trace:',
        '     at BlobStore.Client.UploadAsync(String name) in /home/runner/work/app/app/src/BlobStore/Client.cs:line 42',
        '     at BlobStore.Tests.UploadTests.Upload_SurvivesOutage() in /home/runner/work/app/app/tests/UploadTests.cs:line 18',
        '--- End of stack trace from previous location ---',
        '',
        'Failed!  - Failed:     1, Passed:    11, Skipped:     0, Total:    12, Duration: 1 s - BlobStore.Tests.dll (net8.0)',
      ]),
    });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('http-library-server-error');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("Go's type checker on code that does not compile (go1.19.8 run here)", () => {
  // go test ./... on a package whose files redeclare a name, miss a return, mismatch an assignment, call with
  // the wrong arguments and mix types: what go1.19.8 printed, in its order.
  const goTest = [
    '# example.com/m/p [example.com/m/p.test]',
    'p/b.go:3:5: DefaultLanguage redeclared in this block',
    '\tp/a.go:3:7: other declaration of DefaultLanguage',
    'p/a.go:6:10: assignment mismatch: 2 variables but 1 value',
    'p/a.go:11:1: missing return',
    'p/a.go:15:14: too many arguments in call to h',
    '\thave (number, number)',
    '\twant (int)',
    'p/a.go:16:9: not enough arguments in call to h',
    '\thave ()',
    '\twant (int)',
    'p/a.go:18:16: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)',
    'FAIL\texample.com/m/p [build failed]',
    'FAIL',
  ];

  test('go test on a package that does not build: build, on the first message', () => {
    const v = classify({ log: failedRunLog('go test -race ./...', goTest) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('p/b.go:3:5: DefaultLanguage redeclared in this block');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each(goTest.filter((l) => /^p\/\w\.go/.test(l)))('%s: a compile error', (line) => {
    expect(ruleFires(ruleSet, 'go-compile-error', line)).toBe(true);
  });

  test.each([
    '\tp/a.go:3:7: other declaration of DefaultLanguage',
    'internal/x.go:12:2: missing return (typecheck)',
    'pkg/a.go:9:1: invalid operation: x == y (mismatched types A and B) (compile)',
    'main_test.go:40: got "too many arguments in call to f", want nil',
  ])('%s: no compile error of the build', (line) => {
    expect(ruleFires(ruleSet, 'go-compile-error', line)).toBe(false);
  });
});

describe("prettier's check (prettier run here): the line shown is prettier's, never the echoed command", () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-prettier-'));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), 'const  a =  1\n');
    writeFileSync(path.join(dir, '.prettierrc'), '{}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('npm run format:check running prettier --check: quality-gate, shown on its summary', () => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    const run = spawnSync(path.resolve('node_modules/.bin/prettier'), ['--check', 'src'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(1);
    const out = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l !== '');
    const summary = out.find((l) => l.includes('Code style issues found'));
    expect(summary).toBeDefined();
    const v = classify({
      log: failedRunLog('npm run format:check', [
        '',
        '> app@1.0.0 format:check',
        '> prettier --check src',
        '',
        ...out,
      ]),
    });
    expect(v.type).toBe('quality-gate');
    expect(v.evidence?.text).toBe(summary);
  });
});

describe("Gradle's code-quality plugins failing the build on their findings", () => {
  const violation =
    "[ant:checkstyle] [ERROR] /home/runner/work/app/app/src/main/java/org/app/Util.java:4:1: Name 'class1' must match pattern '^[A-Z][a-zA-Z0-9]*$'. [TypeName]";
  const failure = (cause: string[]): string[] => [
    '> Task :checkstyleMain',
    violation,
    '',
    '> Task :checkstyleMain FAILED',
    '',
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    "Execution failed for task ':checkstyleMain'.",
    ...cause,
    '',
    '* Try:',
    '> Run with --stacktrace option to get the stack trace.',
    '',
    'BUILD FAILED in 12s',
  ];
  const report = 'See the report at: file:///home/runner/work/app/app/build/reports/checkstyle/main.html';

  test.each([
    [[`> Checkstyle rule violations were found. ${report}`]],
    [
      [
        '> A failure occurred while executing org.gradle.api.plugins.quality.internal.CheckstyleAction',
        `   > Checkstyle rule violations were found. ${report}`,
      ],
    ],
  ])('./gradlew check failing on Checkstyle: quality-gate, shown on the first violation (%#)', (cause) => {
    const v = classify({ log: failedRunLog('./gradlew check', failure(cause)) });
    expect(v.type).toBe('quality-gate');
    expect(v.confidence).not.toBe('low');
    expect(v.evidence?.text).toBe(violation.replace('[ant:checkstyle] ', ''));
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    [
      'pmdMain',
      '> 2 PMD rule violations were found. See the report at: file:///home/runner/work/app/app/build/reports/pmd/main.html',
    ],
    ['staticAnalysis', `> Checkstyle rule violations were found. ${report}`],
  ])('./gradlew build whose task :%s failed on its findings: quality-gate, not build', (task, cause) => {
    // A task the project named itself (a convention plugin's aggregate) says nothing; the plugin's cause does.
    const log = failedRunLog('./gradlew build', [
      `> Task :app:${task} FAILED`,
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      `Execution failed for task ':app:${task}'.`,
      cause,
      '',
      'BUILD FAILED in 20s',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('quality-gate');
    expect(v.rule).toBe('gradle-code-quality-failed');
    expect(v.evidence?.text).toBe(cause);
  });

  test.each([
    // ignoreFailures: the plugin only logs the sentence and the build goes on.
    `Checkstyle rule violations were found. ${report}`,
    '> There were failing tests. See the report at: file:///home/runner/work/app/app/build/reports/tests/test/index.html',
  ])('%s: no failed check', (line) => {
    expect(ruleFires(ruleSet, 'gradle-code-quality-failed', line)).toBe(false);
  });
});

describe("pub's version solving that failed on the SDK the job set up, deeper in the graph", () => {
  // dart-lang/pub lib/src/solver/failure.dart _Writer.write: an incompatibility cause's notice ('The current
  // Dart SDK version is X.', only when an SDK constraint is part of the failure), a blank line, the derivation.
  const sdkDeep = [
    'Resolving dependencies...',
    'The current Dart SDK version is 2.19.6.',
    '',
    'Because json_serializable >=6.8.0 depends on analyzer ^6.5.0 which requires SDK version >=3.0.0 <4.0.0, json_serializable >=6.8.0 is forbidden.',
    'So, because app depends on json_serializable ^6.8.0, version solving failed.',
  ];

  test('the SDK notice above the derivation: config, shown on the notice, not retried', () => {
    const v = classify({ log: failedRunLog('flutter pub get', sdkDeep) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe('The current Dart SDK version is 2.19.6.');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a conflict between two packages, no SDK in it: dependency', () => {
    const v = classify({
      log: failedRunLog('dart pub get', [
        'Resolving dependencies...',
        'Because every version of flutter_test from sdk depends on collection 1.17.0 and app depends on collection ^1.18.0, flutter_test from sdk is forbidden.',
        'So, because app depends on flutter_test from sdk, version solving failed.',
      ]),
    });
    expect(v.type).toBe('dependency');
  });
});

describe("the Android Gradle plugin refusing the job's SDK set-up", () => {
  test.each([
    '> Failed to install the following Android SDK packages as some licences have not been accepted.',
    "> The SDK directory '/usr/local/lib/android/sdk-old' does not exist.",
    'No sdk.dir property defined in local.properties file.',
  ])('./gradlew assembleRelease stopped by "%s": config, not retried', (cause) => {
    const log = failedRunLog('./gradlew assembleRelease', [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Could not determine the dependencies of task ':app:compileReleaseJavaWithJavac'.",
      cause,
      '',
      'BUILD FAILED in 9s',
    ]);
    const v = classify({ log });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('android-sdk-setup-missing');
    expect(v.evidence?.text).toBe(cause);
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    'Accepting the Android SDK licences: all SDK package licenses accepted.',
    "Warning: The SDK directory '/opt/sdk' does not exist, using ANDROID_HOME instead",
  ])('%s: no refusal', (line) => {
    expect(ruleFires(ruleSet, 'android-sdk-setup-missing', line)).toBe(false);
  });
});

describe('a line whose only word is its level is never the line shown', () => {
  test('javadoc failing under Maven: the first [ERROR] that says something, not the empty one', () => {
    const said =
      '[ERROR] Exit code: 1 - /home/runner/work/app/app/src/main/java/org/app/Text.java:33: error: self-closing element not allowed';
    const v = classify({
      log: failedRunLog('javadoc -d target/apidocs @packages', [
        '[INFO] BUILD FAILURE',
        '[ERROR]',
        said,
        '[ERROR] * <p/>',
        '[ERROR] ^',
        '[ERROR]',
        '[ERROR] Command line was: /usr/lib/jvm/java-8/jre/../bin/javadoc @options @packages',
      ]),
    });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe(said);
  });
});
