/**
 * Downloads cut short, in the words of the client that gave up (issue 68: a truncated download; rules
 * wget-download-gave-up, pip-incomplete-download, urllib-content-too-short), and Gradle's own words that no
 * repository holds the module the build names (issue 68: Gradle's dependency resolution; rule
 * gradle-module-not-found). The wget, pip and urllib lines are real output captured on this machine against a
 * local server that sends 1000 of the 100000 bytes its Content-Length promises (GNU Wget 1.21.3, pip 26.2.1,
 * CPython 3.11.7), the go command's (rule go-module-download-cut) against a module proxy that closes the connection
 * halfway through a module's zip (go 1.19.8, the proxy on the machine's own non-loopback address); the Gradle lines are its format strings, filled in (rules/log-rules.json, `why`). The
 * look-alikes beside them are a try the client went on from, a download that finished, a test's own report,
 * and a repository that could not be reached.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const wgetGaveUp = [
  '--2026-11-28 09:54:18--  https://example.org/releases/tool-1.0.tar.gz',
  'HTTP request sent, awaiting response... 200 OK',
  'Length: 100000 (98K) [application/octet-stream]',
  '2026-11-28 09:54:18 (280 MB/s) - Connection closed at byte 1000. Retrying.',
  '',
  '--2026-11-28 09:54:18--  (try: 2)  https://example.org/releases/tool-1.0.tar.gz',
  '2026-11-28 09:54:18 (280 MB/s) - Connection closed at byte 1000. Giving up.',
];

const pipIncomplete = (message: string): string[] => [
  'Collecting numpy==2.1.0',
  '  Downloading numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl (16.0 MB)',
  '  WARNING: Connection interrupted while downloading.',
  'error: incomplete-download',
  '',
  message,
  '╰─> URL: https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl',
  '',
  'note: This is an issue with network connectivity, not pip.',
];

const urlretrieveCut = [
  'Traceback (most recent call last):',
  '  File "/home/runner/work/app/app/scripts/download_data.py", line 12, in <module>',
  '    urllib.request.urlretrieve(URL, path)',
  '  File "/opt/hostedtoolcache/Python/3.11.7/x64/lib/python3.11/urllib/request.py", line 280, in urlretrieve',
  '    raise ContentTooShortError(',
  'urllib.error.ContentTooShortError: <urlopen error retrieval incomplete: got only 1000 out of 100000 bytes>',
];

describe('a download the client gave up on after the connection cut it short is retried', () => {
  test.each([
    ['wget in a script', './scripts/fetch-tools.sh', wgetGaveUp, 'wget-download-gave-up'],
    [
      'wget, the connection reset',
      './scripts/fetch-tools.sh',
      [
        'Length: 100000 (98K) [application/octet-stream]',
        '2026-11-28 09:54:25 (225 MB/s) - Read error at byte 1000/100000 (Connection reset by peer). Giving up.',
      ],
      'wget-download-gave-up',
    ],
    [
      'pip after its resume attempts',
      'pip install -r requirements.txt',
      pipIncomplete(
        '× Download failed after 6 attempts because not enough bytes were received (1.0 MB/16.0 MB)',
      ),
      'pip-incomplete-download',
    ],
    [
      'pip without resume attempts',
      'pip install -r requirements.txt',
      pipIncomplete('× Download failed because not enough bytes were received (1.0 MB/16.0 MB)'),
      'pip-incomplete-download',
    ],
    ["a script's urlretrieve", 'python scripts/download_data.py', urlretrieveCut, 'urllib-content-too-short'],
  ])('%s: network, retried', (_name, command, output, rule) => {
    const v = classify({ log: failedRunLog(command, output) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe(rule);
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe('the same clients where nothing was cut short for good', () => {
  test("wget's try it went on from, before tests that failed, is no network failure", () => {
    const v = classify({
      log: failedRunLog('./ci.sh', [
        '2019-08-15 08:35:35 (9.84 MB/s) - Read error at byte 1886964/56182363 (Connection reset by peer). Retrying.',
        '2019-08-15 08:35:40 (12.1 MB/s) - ‘otp.tar.gz’ saved [56182363/56182363]',
        '============================= test session starts ==============================',
        'FAILED tests/test_app.py::test_total - assert 3 == 4',
        '========================= 1 failed, 12 passed in 0.52s =========================',
      ]),
    });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
  // wget's own line for a file it then saved whole (src/http.c, http_loop): the step went on past the cut.
  test.each([
    ["'saved'", "2026-11-28 09:54:20 (50 MB/s) - 'tool.tar.gz' saved [100000/100000]"],
    ["'saved', no length sent", '2026-11-28 09:54:20 (50 MB/s) - ‘tool.tar.gz’ saved [100000]'],
    ["'written to stdout'", '2026-11-28 09:54:20 (50 MB/s) - written to stdout [100000/100000]'],
  ])('a mirror wget gave up on, then another %s: the compile error after it, not retried', (_name, saved) => {
    const v = classify({
      log: failedRunLog('./ci.sh', [
        '+ wget -q https://mirror-a.example/tool.tar.gz || wget https://mirror-b.example/tool.tar.gz',
        '2026-11-28 09:54:18 (280 MB/s) - Connection closed at byte 1000. Giving up.',
        '--2026-11-28 09:54:19--  https://mirror-b.example/tool.tar.gz',
        saved,
        '+ make test',
        'cc -o build/main src/main.c',
        "src/main.c:10:5: error: implicit declaration of function 'foo' [-Werror=implicit-function-declaration]",
        'make: *** [Makefile:3: build/main] Error 1',
      ]),
    });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });
  // A test's own client (a mock raising it, a helper spawning pip) prints the same words: where the run's tests
  // failed, the cut download is theirs (`afterTests`), and a broken test is not retried.
  test.each([
    [
      "unittest's traceback of a mocked urlretrieve",
      'python -m unittest discover -v',
      [
        'test_download_retries (tests.test_fetch.FetchTest) ... ERROR',
        '',
        '======================================================================',
        'ERROR: test_download_retries (tests.test_fetch.FetchTest)',
        '----------------------------------------------------------------------',
        'Traceback (most recent call last):',
        '  File "/home/runner/work/proj/proj/tests/test_fetch.py", line 22, in test_download_retries',
        '    fetch.download(self.url, self.dest)',
        '  File "/usr/lib/python3.11/unittest/mock.py", line 1124, in __call__',
        '    raise effect',
        'urllib.error.ContentTooShortError: <urlopen error retrieval incomplete: got only 10 out of 100 bytes>',
        '',
        '----------------------------------------------------------------------',
        'Ran 1 test in 0.003s',
        '',
        'FAILED (errors=1)',
      ],
    ],
    [
      "pip's words in a failed pytest test's captured stderr",
      'pytest -q tests',
      [
        'F                                                                        [100%]',
        '=================================== FAILURES ===================================',
        '_______________________________ test_resume ___________________________________',
        'tests/test_download.py:31: in test_resume',
        '    assert run_download(server) == 0',
        '----------------------------- Captured stderr call -----------------------------',
        'error: incomplete-download',
        '',
        '× Download failed because not enough bytes were received (1000 bytes/100 kB)',
        '=========================== short test summary info ============================',
        'FAILED tests/test_download.py::test_resume - assert 1 == 0',
        '1 failed in 0.31s',
      ],
    ],
    [
      'wget giving up inside a failed test',
      'pytest -q tests',
      [
        '----------------------------- Captured stderr call -----------------------------',
        '2026-11-28 09:54:18 (280 MB/s) - Connection closed at byte 1000. Giving up.',
        '=========================== short test summary info ============================',
        'FAILED tests/test_fetch.py::test_gives_up - assert 4 == 0',
        '1 failed in 0.31s',
      ],
    ],
  ])('%s: the failed test, not retried', (_name, command, output) => {
    const v = classify({ log: failedRunLog(command, output) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
  test.each([
    ['wget-download-gave-up', 'ERROR:backoff:Giving up _get(...) after 30 tries (<Response [404]>)'],
    ['pip-incomplete-download', '  Downloading numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl (16.0 MB)'],
    ['pip-incomplete-download', 'note: This is an issue with network connectivity, not pip.'],
    // pytest's report of a test's exception: the test's client, perhaps its own server
    [
      'urllib-content-too-short',
      'E   urllib.error.ContentTooShortError: <urlopen error retrieval incomplete: got only 10 out of 20 bytes>',
    ],
    [
      'urllib-content-too-short',
      'FAILED tests/test_fetch.py::test_short - urllib.error.ContentTooShortError: <urlopen error retrieval incomplete: got only 10 out of 20 bytes>',
    ],
  ])('%s does not fire on: %s', (id, line) => expect(ruleFires(ruleSet, id, line)).toBe(false));
});

const gradleNotFound = (cause: string, trace: number): string[] => [
  '> Task :app:preBuild UP-TO-DATE',
  '> Task :app:compileDebugKotlin FAILED',
  '',
  'FAILURE: Build failed with an exception.',
  '',
  '* What went wrong:',
  "Execution failed for task ':app:compileDebugKotlin'.",
  "> Could not resolve all files for configuration ':app:debugCompileClasspath'.",
  cause,
  '     Searched in the following locations:',
  '       - https://dl.google.com/dl/android/maven2/com/squareup/okhttp3/okhttp/9.9.9/okhttp-9.9.9.pom',
  '     Required by:',
  '         project :app',
  '',
  '* Exception is:',
  "org.gradle.api.tasks.TaskExecutionException: Execution failed for task ':app:compileDebugKotlin'.",
  // --stacktrace: the failure's lines end up far before the step's end
  ...Array.from({ length: trace }, (_, i) => `\tat org.gradle.internal.Step${i}.execute(Step.java:${i + 1})`),
  '',
  'BUILD FAILED in 12s',
];

describe("Gradle's words that no repository holds the module: dependency, not retried", () => {
  test.each([
    '   > Could not find com.squareup.okhttp3:okhttp:9.9.9.',
    '   > Could not find any matches for com.acme:lib:2.+ as no versions of com.acme:lib are available.',
    '   > Could not find any version that matches com.acme:lib:[3.0,4.0).',
    '   > Could not find lwjgl-3.3.1-natives-linux.jar (org.lwjgl:lwjgl:3.3.1).',
  ])('%s', (cause) => {
    // Its cause line stands, far above the end, where the wrapper's line alone said little (low).
    const v = classify({
      log: failedRunLog('./gradlew assembleDebug --stacktrace', gradleNotFound(cause, 90)),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('gradle-module-not-found');
    expect(v.confidence).not.toBe('low');
    expect(retriedOnPr(v)).toBe(false);
  });
  test.each([
    // a repository that could not be reached, Maven's own words, another tool's "Could not find"
    '   > Could not resolve com.squareup.okhttp3:okhttp:4.12.0.',
    'Could not find artifact com.acme:lib:jar:1.0 in central (https://repo.maven.apache.org/maven2)',
    'warning: Could not find remote branch feature-x to clone.',
    'Could not find method implementation() for arguments [com.acme:lib:1.0] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
  ])('not this rule: %s', (line) => expect(ruleFires(ruleSet, 'gradle-module-not-found', line)).toBe(false));
  test("an unreachable repository under the same wrapper is the network's, and retried", () => {
    const v = classify({
      log: failedRunLog('./gradlew assembleDebug', [
        "> Could not resolve all files for configuration ':app:debugCompileClasspath'.",
        '   > Could not resolve com.squareup.okhttp3:okhttp:4.12.0.',
        "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'.",
        "         > Could not GET 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'. Received status code 503 from server: Service Unavailable",
        'BUILD FAILED in 12s',
      ]),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
});

describe("the go command's word that a module proxy's answer broke off (rule go-module-download-cut)", () => {
  const zip = 'example.com/lib@v1.0.0: read "http:/192.0.2.2:18765/@v/v1.0.0.zip": unexpected EOF';
  test.each([
    ['go mod download', [`go: ${zip}`]],
    ['go build ./...', ['go: downloading example.com/lib v1.0.0', `main.go:2:8: ${zip}`]],
  ])('%s: network, retried, shown on the line go printed', (run, output) => {
    const v = classify({ log: failedRunLog(run, output, 1) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('go-module-download-cut');
    expect(v.evidence?.text).toBe(output.at(-1));
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the proxy's answer that the version does not exist, and a proxy on the job's own machine, are not this", () => {
    for (const line of [
      'go: github.com/acme/lib@v9.9.9: reading https://proxy.golang.org/github.com/acme/lib/@v/v9.9.9.info: 404 Not Found',
      'go: example.com/lib@v1.0.0: read "http:/localhost:3000/@v/v1.0.0.zip": unexpected EOF',
      'go: example.com/lib@v1.0.0: read "http:/127.0.0.1:3000/@v/v1.0.0.zip": unexpected EOF',
    ]) {
      expect([line, ruleFires(ruleSet, 'go-module-download-cut', line)]).toEqual([line, false]);
      const v = classify({ log: failedRunLog('go mod download', [line], 1) });
      expect([line, retriedOnPr(v)]).toEqual([line, false]);
    }
  });
});
