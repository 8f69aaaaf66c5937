/**
 * Issue 68 items 1 and 4: a tool refusing the job's invocation or environment, in the tool's own published words,
 * where the classifier typed it by the failing command's word (a Maven goal's surefire read as tests,
 * `assembleDebug` as a build) or said nothing: picocli's and cobra's usage errors, Maven refusing a plugin's
 * configuration, the Android Gradle plugin refusing the Gradle or NDK it is given, CMake refusing a generator,
 * rustc's missing linker and openssl-sys' missing OpenSSL (companions not installed), Gradle's publication refused
 * for credentials, a pinned download answering 404 in .NET's words, gzip's missing input, and Poetry's failure to
 * install the project itself (its own packaging: build). Every tool line is the rule's published line
 * (rules/log-rules.json, each with its source). None is mended by running the job again; none outranks the step's
 * true end when the step went on past it (killed, 137; stopped by `timeout`, 124; a failed test after it).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { CLAP4_USAGE_ERROR, failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

type Case = { rule: string; type: string; run: string; output: string[]; exit: number; line: string };

const MOJO =
  "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project app: Unable to parse configuration of mojo org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test for parameter forkCount: Cannot convert 'x' to int -> [Help 1]";
const MAVEN_TAIL = [
  '[ERROR] ',
  '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
  '[ERROR] Re-run Maven using the -X switch to enable full debug logging.',
  '[ERROR] ',
  '[ERROR] For more information about the errors and possible solutions, please read the following articles:',
  '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/PluginConfigurationException',
];
const AGP_GRADLE =
  '   > Minimum supported Gradle version is 8.7. Current version is 8.2. If using the gradle wrapper, try editing the distributionUrl in /home/runner/work/app/app/gradle/wrapper/gradle-wrapper.properties to gradle-8.7-all.zip';
const AGP_NDK =
  '> No version of NDK matched the requested version 25.1.8937393. Versions available locally: 26.1.10909125';
const GRADLE_TAIL = [
  '',
  '* Try:',
  '> Run with --stacktrace option to get the stack trace.',
  '> Run with --info or --debug option to get more log output.',
  '',
  'BUILD FAILED in 4s',
];
const POETRY = 'Error: The current project could not be installed: No file/folder found for package my-app';
const OPENSSL = '  Could not find directory of OpenSSL installation, and this `-sys` crate cannot';
const GRADLE_PUT =
  "   > Could not PUT 'https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/com/example/lib/1.0/lib-1.0.jar'. Received status code 401 from server: Unauthorized";

const cases: Case[] = [
  {
    rule: 'picocli-usage-error',
    type: 'config',
    run: 'java -jar build/libs/tool.jar --dry-runn',
    output: ["Unknown option: '--dry-runn'", 'Usage: tool [-hV] [--dry-run] [--config=<config>]'],
    exit: 2,
    line: "Unknown option: '--dry-runn'",
  },
  {
    rule: 'picocli-usage-error',
    type: 'config',
    run: 'jreleaser full-release',
    output: [
      "Missing required option: '--config=<config>'",
      'Usage: jreleaser full-release --config=<config>',
    ],
    exit: 2,
    line: "Missing required option: '--config=<config>'",
  },
  {
    rule: 'picocli-usage-error',
    type: 'config',
    run: 'java -jar tool.jar chekcout',
    output: ["Unmatched argument at index 0: 'chekcout'", 'Did you mean: checkout or help or branch?'],
    exit: 2,
    line: "Unmatched argument at index 0: 'chekcout'",
  },
  {
    rule: 'cobra-args-refused',
    type: 'config',
    run: 'mycli get',
    output: [
      'Error: accepts 1 arg(s), received 0',
      'Usage:',
      '  mycli get NAME [flags]',
      '',
      'Flags:',
      '  -h, --help   help for get',
    ],
    exit: 1,
    line: 'Error: accepts 1 arg(s), received 0',
  },
  {
    // The goal's plugin is surefire, whose command word reads as tests: no test ran.
    rule: 'maven-mojo-config-invalid',
    type: 'config',
    run: 'mvn -B verify',
    output: ['[INFO] BUILD FAILURE', MOJO, ...MAVEN_TAIL],
    exit: 1,
    line: MOJO,
  },
  {
    rule: 'agp-build-environment-refused',
    type: 'config',
    run: './gradlew assembleDebug',
    output: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "An exception occurred applying plugin request [id: 'com.android.application']",
      "> Failed to apply plugin 'com.android.internal.application'.",
      AGP_GRADLE,
      ...GRADLE_TAIL,
    ],
    exit: 1,
    line: AGP_GRADLE.trim(),
  },
  {
    rule: 'agp-build-environment-refused',
    type: 'config',
    run: './gradlew assembleRelease',
    output: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':app:stripReleaseDebugSymbols'.",
      AGP_NDK,
      ...GRADLE_TAIL,
    ],
    exit: 1,
    line: AGP_NDK,
  },
  {
    rule: 'cmake-generator-unknown',
    type: 'config',
    run: 'cmake -S . -B build -G "Ninja2"',
    output: [
      'CMake Error: Could not create named generator Ninja2',
      '',
      'Generators',
      '* Unix Makefiles = Generates standard UNIX makefiles.',
    ],
    exit: 1,
    line: 'CMake Error: Could not create named generator Ninja2',
  },
  {
    rule: 'poetry-own-project-install-failed',
    type: 'build',
    run: 'poetry install',
    output: [
      'Installing dependencies from lock file',
      '',
      'Package operations: 2 installs, 0 updates, 0 removals',
      '',
      '  - Installing idna (3.7)',
      '  - Installing requests (2.32.3)',
      '',
      'Installing the current project: my-app (0.1.0)',
      POETRY,
      'If you do not want to install the current project use --no-root.',
    ],
    exit: 1,
    line: POETRY,
  },
  {
    rule: 'companion-tool-missing',
    type: 'config',
    run: 'cargo build --release',
    output: [
      '   Compiling app v0.1.0 (/home/runner/work/app/app)',
      'error: linker `cc` not found',
      '  |',
      '  = note: No such file or directory (os error 2)',
      '',
      'error: could not compile `app` (bin "app") due to 1 previous error',
    ],
    exit: 101,
    line: 'error: linker `cc` not found',
  },
  {
    rule: 'companion-tool-missing',
    type: 'config',
    run: 'cargo build',
    output: [
      'error: failed to run custom build command for `openssl-sys v0.9.103`',
      '',
      'Caused by:',
      "  process didn't exit successfully: `/home/runner/work/app/app/target/debug/build/openssl-sys-1a2b3c4d/build-script-main` (exit status: 101)",
      '  --- stderr',
      "  thread 'main' panicked at /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/openssl-sys-0.9.103/build/find_normal.rs:190:5:",
      '',
      OPENSSL,
      '  proceed without this knowledge. If OpenSSL is installed and this crate had',
      '  trouble finding it,  you can set the `OPENSSL_DIR` environment variable for the',
    ],
    exit: 101,
    line: OPENSSL.trim(),
  },
  {
    rule: 'gradle-repository-auth-refused',
    type: 'config',
    run: './gradlew publish',
    output: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':lib:publishMavenPublicationToOssrhRepository'.",
      "> Failed to publish publication 'maven' to repository 'ossrh'",
      GRADLE_PUT,
      ...GRADLE_TAIL,
    ],
    exit: 1,
    line: GRADLE_PUT.trim(),
  },
  {
    // a pinned download answering 404 (dependency), in .NET's words as PowerShell 7 prints them
    rule: 'dotnet-http-not-found',
    type: 'dependency',
    run: 'Invoke-WebRequest -Uri https://github.com/acme/tool/releases/download/v9.9.9/tool-win-x64.zip -OutFile tool.zip',
    output: ['Invoke-WebRequest: Response status code does not indicate success: 404 (Not Found).'],
    exit: 1,
    line: 'Invoke-WebRequest: Response status code does not indicate success: 404 (Not Found).',
  },
  {
    rule: 'path-operand-missing',
    type: 'config',
    run: 'gzip -d data.json.gz',
    output: ['gzip: data.json.gz: No such file or directory'],
    exit: 1,
    line: 'gzip: data.json.gz: No such file or directory',
  },
];

describe("a tool refusing the job's invocation or environment, in its own words", () => {
  test.each(cases)('$rule: $line', ({ rule, type, run, output, exit, line }) => {
    const v = classify({ log: failedRunLog(run, output, exit) });
    expect(v.type).toBe(type);
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text.trim()).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

/** What a step printed after a line it went on past: more lines than its decisive last block. */
const FILL = Array.from({ length: 80 }, (_, i) => `[INFO] Building module-${i} 1.0-SNAPSHOT`);

describe("a refusal the step went on past does not outrank the step's true end", () => {
  const refusals: [string, string][] = [
    ['maven-mojo-config-invalid', MOJO],
    ['agp-build-environment-refused', AGP_GRADLE],
    ['cmake-generator-unknown', 'CMake Error: Could not create named generator Ninja2'],
    ['poetry-own-project-install-failed', POETRY],
    ['cobra-args-refused', 'Error: accepts 1 arg(s), received 0'],
    ['picocli-usage-error', "Unknown option: '--dry-runn'"],
    [
      'dotnet-http-not-found',
      'Invoke-WebRequest: Response status code does not indicate success: 404 (Not Found).',
    ],
  ];

  test.each(refusals)('%s, then the step killed (137): resource', (rule, line) => {
    const v = classify({ log: failedRunLog('./ci/build.sh', [line, ...FILL, 'Killed'], 137) });
    expect(v.type).toBe('resource');
    expect(v.rule).not.toBe(rule);
  });

  test.each(refusals)('%s, then GNU timeout stopped the step (124): timeout', (rule, line) => {
    const v = classify({ log: failedRunLog('timeout 20m ./ci/build.sh', [line, ...FILL], 124) });
    expect(v.type).toBe('timeout');
    expect(v.rule).not.toBe(rule);
  });

  test.each(refusals)('%s, then a failed test: test', (rule, line) => {
    const v = classify({
      log: failedRunLog(
        'mvn -B verify || ./gradlew test',
        [
          line,
          ...FILL,
          '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! -- in com.example.AppTest',
          '[ERROR] com.example.AppTest.adds -- Time elapsed: 0.01 s <<< FAILURE!',
        ],
        1,
      ),
    });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe(rule);
  });

  // Nothing between the refusal and the kill: the refusal is the last line before the step's status, and only
  // that status (137 is 128 + SIGKILL, 124 `timeout`'s limit; a refusing program exits 1 or 2) says the step
  // went on past it into a command that was killed.
  const lastWords: [string, string[]][] = [
    ...refusals
      .filter(([rule]) => rule !== 'dotnet-http-not-found')
      .map(([rule, line]): [string, string[]] => [rule, [line]]),
    ['gradle-repository-auth-refused', [GRADLE_PUT]],
    ['clap-usage-error', CLAP4_USAGE_ERROR],
  ];

  test.each(lastWords)("%s, bash's `Killed` right after it (137): resource, retried", (rule, lines) => {
    const v = classify({ log: failedRunLog('./ci/build.sh', [...lines, 'Killed'], 137) });
    expect(v.type).toBe('resource');
    expect(v.rule).not.toBe(rule);
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each(lastWords)('%s, then a bare exit 137: resource, retried', (rule, lines) => {
    const v = classify({ log: failedRunLog('./ci/build.sh', lines, 137) });
    expect(v.type).toBe('resource');
    expect(v.rule).not.toBe(rule);
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each(lastWords)('%s, then `timeout` ended the step right after it (124): timeout', (rule, lines) => {
    const v = classify({ log: failedRunLog('timeout 20m ./ci/build.sh', lines, 124) });
    expect(v.type).toBe('timeout');
    expect(v.rule).not.toBe(rule);
  });

  // A tolerated `poetry install || true` (Poetry 2's refusal exits 1, the `||` goes on) and then a failing test
  // run: the test failure is the step's end, not the project's packaging that was gone past.
  test.each([
    [
      'pytest',
      [
        'FAILED tests/test_app.py::test_adds - assert 1 == 2',
        '========================= 1 failed, 3 passed in 0.12s =========================',
      ],
    ],
    [
      'npx jest',
      ['FAIL src/app.test.js', '  ● adds › sums two numbers', '', 'Tests:       1 failed, 3 passed, 4 total'],
    ],
  ])('Poetry refusing the project, tolerated, then a failing %s run: test', (runner, report) => {
    const v = classify({ log: failedRunLog(`poetry install || true; ${runner}`, [POETRY, ...report], 1) });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('poetry-own-project-install-failed');
  });

  // The earliest hard failure (TAXONOMY tie-breaks): a download that failed just before the refusal left the
  // older tool or file it names. Not by the failing command's word (Maven's surefire above, a test's causes).
  test.each([
    ['agp-build-environment-refused', AGP_GRADLE, './gradlew assembleDebug'],
    ['agp-build-environment-refused', AGP_NDK, './ci/build.sh'],
    ['cmake-generator-unknown', 'CMake Error: Could not create named generator Ninja2', './ci/build.sh'],
    ['gradle-repository-auth-refused', GRADLE_PUT, './gradlew publish'],
  ])('a network failure right before %s stays network', (rule, line, run) => {
    const v = classify({
      log: failedRunLog(run, ['curl: (6) Could not resolve host: services.gradle.org', line], 1),
    });
    expect(v.type).toBe('network');
    expect(v.rule).not.toBe(rule);
  });

  test('a network failure that stopped the Maven build before its goal ran stays network', () => {
    const v = classify({
      log: failedRunLog('mvn -B verify', ['curl: (6) Could not resolve host: repo.example.org', MOJO], 1),
    });
    expect(v.type).toBe('network');
  });
});

describe('lines that only look like them', () => {
  test.each([
    // a test asserting on picocli's words quotes them
    ['picocli-usage-error', `    assertTrue(output.contains("Unmatched argument at index 1: 'az'"))`],
    // Perl's Getopt::Long names an unknown option without picocli's quotes, and goes on
    ['picocli-usage-error', 'Unknown option: verbose'],
    ['cobra-args-refused', '\t\t\treturn fmt.Errorf("accepts %d arg(s), received %d", n, len(args))'],
    // Poetry 1.8 printed the same words as a warning and went on ('In a future version of Poetry this warning will
    // become an error!'); Poetry 2 prints them as an `Error:` and exits 1
    [
      'poetry-own-project-install-failed',
      'Warning: The current project could not be installed: No file/folder found for package my-app',
    ],
    ['cmake-generator-unknown', 'CMake Error at CMakeLists.txt:3 (project):'],
    [
      'agp-build-environment-refused',
      'Starting with Kotlin 1.7.0, the minimum supported Gradle version is 6.7.1.',
    ],
    [
      'maven-mojo-config-invalid',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project app: There are test failures.',
    ],
    // gzip's warning about its environment, and the 5xx form of .NET's message (http-status-server-error's)
    [
      'path-operand-missing',
      'gzip: warning: GZIP environment variable is deprecated; use an alias or script',
    ],
    ['dotnet-http-not-found', 'Response status code does not indicate success: 503 (Service Unavailable).'],
    // NuGet's own report of a feed's 404 under `dotnet restore`: the same .NET message, without PowerShell's prefix
    ['dotnet-http-not-found', '  Response status code does not indicate success: 404 (Not Found).'],
    // compiler-error's `error:` shape of the project's own code, not the linker's absence
    ['companion-tool-missing', 'error: linking with `cc` failed: exit status: 1'],
  ])('%s does not fire on %j', (rule, line) => {
    expect(ruleFires(ruleSet, rule, line)).toBe(false);
  });
});

/**
 * NuGet (NuGet/NuGet.Client, HttpRetryHandler: `Retrying '{0}' for source '{1}'.` and then the exception's message)
 * prints the same .NET 404 under `dotnet restore`: a feed's answer, which the restore rules and the command read
 * as before, not PowerShell's failed download of a pinned file.
 */
test("NuGet's 404 under `dotnet restore` is not PowerShell's pinned download", () => {
  const v = classify({
    log: failedRunLog(
      'dotnet restore',
      [
        "  Retrying 'FindPackagesByIdAsyncCore' for source 'https://pkgs.dev.azure.com/org/_packaging/feed/nuget/v3/flat2/mylib/index.json'.",
        '  Response status code does not indicate success: 404 (Not Found).',
      ],
      1,
    ),
  });
  expect(v.rule).not.toBe('dotnet-http-not-found');
  expect(v.type).toBe('dependency');
  expect(v.confidence).toBe('low');
});

test("PowerShell's concise view of a script line that failed on a 404: dotnet-http-not-found", () => {
  const v = classify({
    log: failedRunLog(
      'pwsh ./scripts/get-tool.ps1',
      [
        'Invoke-WebRequest: /home/runner/work/_temp/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e.ps1:2',
        'Line |',
        '   2 |  Invoke-WebRequest -Uri $url -OutFile tool.zip',
        '     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '     | Response status code does not indicate success: 404 (Not Found).',
      ],
      1,
    ),
  });
  expect(v.rule).toBe('dotnet-http-not-found');
  expect(v.type).toBe('dependency');
});
