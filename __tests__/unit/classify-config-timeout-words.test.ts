/**
 * Misconfigured jobs and time limits in the words of the tools that print them (rules ci-credentials-missing,
 * tool-version-unsupported, job-setup-invalid, gha-step-time-limit, nextest-summary, gha-service-container-failed;
 * GNU timeout's status, evidence-pieces.ts exitPiece), as a user's failed GitHub Actions step prints them: each line
 * is a format string of the source the rule's `why` names, filled in. In a step whose command builds, tests or
 * deploys, the command's word would decide over a broad rule, so these are typed by the tool's own line. The
 * look-alikes (a test quoting such text, a test's own per-test limit, tests that failed before a time limit) must
 * keep their type.
 */
import { spawnSync } from 'node:child_process';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** A failed `uses:` step: the action's error annotation, no exit line (the runner prints none for an action). */
const failedActionLog = (uses: string, output: string[]): string => jobLog(actionsStep({ uses }, output));

describe('rule ci-credentials-missing', () => {
  test.each([
    '##[error]google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"! If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment.',
    'Error: Exactly one of "workload_identity_provider" or "credentials_json" must be provided',
    'gh: To use GitHub CLI in automation, set the GH_TOKEN environment variable.',
    ' ! [remote rejected] main -> main (refusing to allow a Personal Access Token to create or update workflow `.github/workflows/ci.yml` without `workflow` scope)',
    '  File "/usr/lib/python3.10/os.py", line 680, in __getitem__',
  ])('fires on: %s', (line) => expect(fires('ci-credentials-missing', line)).toBe(true));
  test.each([
    // a test quoting the words, another mapping's KeyError, pytorch's own upload warning
    "E       AssertionError: assert 'Unable to locate credentials' in ''",
    '  File "/home/runner/work/app/app/verktyg/datastructures.py", line 360, in __getitem__',
    'Failed to upload artifacts: Unable to locate credentials',
    '    upload_test.go:42: got "remote: Permission to acme/app.git denied to x.", want nil',
  ])('does not fire on: %s', (line) => expect(fires('ci-credentials-missing', line)).toBe(false));
});

describe('rule tool-version-unsupported', () => {
  test.each(['npm ERR! notsup Not compatible with your version of node/npm: vite@5.4.0'])(
    'fires on: %s',
    (line) => expect(fires('tool-version-unsupported', line)).toBe(true),
  );
  test.each([
    // yarn's info line under --ignore-engines, and the platform check (an optional dependency skipped)
    'info @google-cloud/functions-emulator@1.0.0-beta.5: The engine "node" is incompatible with this module. Expected version "~6".',
    'info fsevents@2.3.2: The platform "linux" is incompatible with this module.',
    'Looking for Version 3.14 with arch x64 not found in the cache, downloading',
  ])('does not fire on: %s', (line) => expect(fires('tool-version-unsupported', line)).toBe(false));
});

describe('rule job-setup-invalid', () => {
  test.each(['make[1]: *** [build] Error 127'])('fires on: %s', (line) =>
    expect(fires('job-setup-invalid', line)).toBe(true),
  );
  test.each([
    // a package's own file missing under node_modules is a broken install; another make status
    "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/node_modules/left-pad/package.json'",
    'make: *** [Makefile:3: test] Error 1',
    'make: *** [Makefile:3: test] Error 1270',
  ])('does not fire on: %s', (line) => expect(fires('job-setup-invalid', line)).toBe(false));
});

describe('rule gha-step-time-limit', () => {
  test.each([
    "Requesting stop of task ':block' as it has exceeded its configured timeout of 1h 30m.",
    '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.',
    '##[error]The job has exceeded the maximum execution time of 1h0m0s',
  ])('fires on: %s', (line) => expect(fires('gha-step-time-limit', line)).toBe(true));
  test.each([
    // a test's own limit, a service's log line
    '    thrown: "Exceeded timeout of 5000 ms for a test.',
    '     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called',
    'WARN Current transaction 42 has timed out after 500 ms in state OPEN',
  ])('does not fire on: %s', (line) => expect(fires('gha-step-time-limit', line)).toBe(false));
});

describe('rule nextest-summary', () => {
  test.each(['     Summary [   0.210s] 1 test run: 0 passed, 1 failed, 0 skipped'])('fires on: %s', (line) =>
    expect(fires('nextest-summary', line)).toBe(true),
  );
  test.each([
    // a zero count is no finding
    '     Summary [   2.000s] 5 tests run: 5 passed, 0 skipped',
    '     Summary [   0.100s] 0 tests run: 0 passed, 0 skipped',
  ])('does not fire on: %s', (line) => expect(fires('nextest-summary', line)).toBe(false));
});

describe('the verdict of a misconfigured step', () => {
  test.each([
    [
      'git push origin HEAD:main',
      [
        'To https://github.com/acme/app',
        ' ! [remote rejected] HEAD -> main (refusing to allow a GitHub App to create or update workflow `.github/workflows/ci.yml` without `workflows` permission)',
        "error: failed to push some refs to 'https://github.com/acme/app'",
      ],
    ],
    [
      'gh release create v1.0.0',
      [
        'gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:',
        '  env:',
        '    GH_TOKEN: ${{ github.token }}',
      ],
    ],
    [
      'npm test',
      [
        'npm ERR! code ENOENT',
        'npm ERR! syscall open',
        'npm ERR! path /home/runner/work/app/app/package.json',
        "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/package.json'",
        'npm ERR! enoent This is related to npm not being able to find a file.',
      ],
    ],
    ['make test', ['make: mvn: No such file or directory', 'make: *** [Makefile:3: test] Error 127']],
    [
      'yarn install --frozen-lockfile',
      [
        '[1/4] Resolving packages...',
        'error vite@5.4.0: The engine "node" is incompatible with this module. Expected version "^18.0.0 || >=20.0.0". Got "16.20.2"',
        'error Found incompatible module.',
        'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
      ],
    ],
    [
      'docker build -t ghcr.io/Acme/App:latest .',
      ['ERROR: invalid tag "ghcr.io/Acme/App:latest": repository name must be lowercase'],
    ],
    [
      'docker push acme/app:1.0',
      [
        'The push refers to repository [docker.io/acme/app]',
        '5f70bf18a086: Preparing',
        'denied: requested access to the resource is denied',
      ],
    ],
    [
      'terraform plan -input=false',
      [
        'Planning failed. Terraform encountered an error while generating this plan.',
        '\u2577',
        '\u2502 Error: No valid credential sources found',
        '\u2502 ',
        '\u2502   with provider["registry.terraform.io/hashicorp/aws"],',
        '\u2575',
      ],
    ],
    [
      './gradlew build',
      [
        'FAILURE: Build failed with an exception.',
        '* What went wrong:',
        "Could not open settings generic class cache for settings file '/home/runner/work/app/app/settings.gradle' (/home/runner/.gradle/caches/7.4/scripts/abc).",
        "> BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_' Unsupported class file major version 65",
      ],
    ],
    [
      'mvn -B verify',
      [
        '[ERROR] Rule 0: org.apache.maven.enforcer.rules.version.RequireJavaVersion failed with message:',
        '[ERROR] Detected JDK version 11.0.21 (JAVA_HOME=/usr/lib/jvm/temurin-11-jdk-amd64) is not in the allowed range [17,).',
        '[INFO] BUILD FAILURE',
        '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.4.1:enforce (enforce-java) on project app: ',
        '[ERROR] -> [Help 1]',
      ],
    ],
    [
      'mvn -B -ntp verify',
      [
        '[ERROR] Rule 0: org.apache.maven.enforcer.rules.version.RequireJavaVersion failed with message:',
        '[ERROR] Detected JDK /usr/lib/jvm/temurin-11-jdk-amd64 is version 11.0.21 which is not in the allowed range [17,).',
        '[INFO] BUILD FAILURE',
        '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.6.1:enforce (enforce-java) on project app: ',
        '[ERROR] -> [Help 1]',
      ],
    ],
    [
      'python deploy.py',
      [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/deploy.py", line 4, in <module>',
        "    token = os.environ['DEPLOY_TOKEN']",
        '  File "<frozen os>", line 714, in __getitem__',
        "KeyError: 'DEPLOY_TOKEN'",
      ],
    ],
  ] as [string, string[]][])('%s is config and not retried', (run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).toBe('config');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    [
      'google-github-actions/auth@v2',
      '##[error]google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"! If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment. By default, secrets are not passed to workflows triggered from forks, including Dependabot.',
    ],
    ['actions/setup-python@v4', '##[error]Version 3.14 with arch x64 not found'],
  ])('the action %s is config', (uses, line) => {
    expect(classify({ log: failedActionLog(uses, [line]) }).type).toBe('config');
  });
});

describe('the verdict of a step stopped by a time limit', () => {
  test.each([
    ['pytest', ['tests/test_a.py ....', "##[error]The action 'Run tests' has timed out after 10 minutes."]],
    [
      'npm test',
      [
        '> app@1.0.0 test',
        '> jest',
        '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.',
        '##[error]The operation was canceled.',
      ],
    ],
    [
      './gradlew test',
      [
        '> Task :app:test',
        "Requesting stop of task ':app:test' as it has exceeded its configured timeout of 30m.",
        '> Task :app:test FAILED',
        'FAILURE: Build failed with an exception.',
        '* What went wrong:',
        "Execution failed for task ':app:test'.",
        '> Timeout has been exceeded',
      ],
    ],
    // Playwright Test's web server did not come up in time (webServerPlugin.ts _waitForProcess): no test ran.
    [
      'npx playwright test',
      ['[WebServer] > next start', 'Error: Timed out waiting 60000ms from config.webServer.'],
    ],
  ] as [string, string[]][])('%s is timeout', (run, output) => {
    expect(classify({ log: failedRunLog(run, output) }).type).toBe('timeout');
  });

  test.each([
    [
      'npx jest',
      [
        '  \u25cf api \u203a fetches users',
        '    thrown: "Exceeded timeout of 5000 ms for a test.',
        'Tests:       1 failed, 12 passed, 13 total',
      ],
    ],
    [
      'pytest',
      [
        'tests/test_api.py::test_slow FAILED',
        'E       Failed: Timeout >300.0s',
        'FAILED tests/test_api.py::test_slow - Failed: Timeout >300.0s',
        '========================= 1 failed, 20 passed in 310.11s =========================',
      ],
    ],
    [
      'npm test',
      [
        '> app@1.0.0 test',
        '> jest',
        '  \u25cf db \u203a connects',
        '    expect(received).toBe(expected)',
        'Tests:       1 failed, 12 passed, 13 total',
        "##[error]The action 'Run tests' has timed out after 30 minutes.",
      ],
    ],
    [
      'pytest',
      [
        'tests/test_fs.py::test_readonly FAILED',
        "E       AssertionError: assert 'permission denied' in 'ok'",
        "FAILED tests/test_fs.py::test_readonly - AssertionError: assert 'permission denied' in 'ok'",
        '========================= 1 failed, 20 passed in 3.11s =========================',
      ],
    ],
    [
      // nextest's per-test slow-timeout: one test's own limit, reported by the runner
      'cargo nextest run',
      [
        '        PASS [   0.010s] app tests::fast',
        '     TIMEOUT [  60.003s] app tests::slow',
        '------------',
        '     Summary [  60.021s] 2 tests run: 1 passed, 1 timed out, 0 skipped',
        '     TIMEOUT [  60.003s] app tests::slow',
        'error: test run failed',
      ],
    ],
    [
      'go test ./...',
      [
        '--- FAIL: TestUpload (0.01s)',
        '    upload_test.go:42: got "Resource not accessible by integration", want nil',
        'FAIL',
        'FAIL\tgithub.com/acme/app\t0.120s',
      ],
    ],
  ] as [string, string[]][])('%s: a test look-alike stays test', (run, output) => {
    expect(classify({ log: failedRunLog(run, output) }).type).toBe('test');
  });
});

describe("GNU timeout's status 124 in a step that runs timeout", () => {
  // coreutils doc/coreutils.texi (timeout invocation): 'If the command times out, and --preserve-status is not
  // set, then exit with status 124'. What the step printed before the limit stopped it is the test run's.
  const running = ['> app@1.0.0 test', '> jest', '', 'PASS src/a.test.ts'];

  test.each([
    'timeout 10m npm test',
    'timeout -k 30s --signal=TERM 600 npm test',
    'sudo timeout 5m make check',
  ])('%s ending with 124 is a time limit, retried', (run) => {
    const v = classify({ log: failedRunLog(run, running, 124) });
    expect(v).toMatchObject({ type: 'timeout', rule: 'exit:124@timeout' });
    expect(v.confidence).not.toBe('low');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('124 from a step that runs no timeout, or keeps the command status, stays a weak hint', () => {
    for (const run of ['npm test', 'timeout --preserve-status 10m npm test']) {
      const v = classify({ log: failedRunLog(run, running, 124) });
      expect(v.rule).not.toBe('exit:124@timeout');
    }
  });
});

describe('a pipe broken under pipefail: status 141', () => {
  // The status real bash gives such a step, run as the runner runs `shell: bash` (shell-command.ts), and what
  // it printed: the reader's one line, nothing from the writer SIGPIPE ended.
  const run = 'seq 1 1000000 | head -1';
  const ran = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
    encoding: 'utf8',
  });

  test('the step ends with 141 and a config verdict, not retried', () => {
    expect(ran.status).toBe(141);
    const v = classify({ log: failedRunLog(run, ran.stdout.trim().split('\n'), ran.status!) });
    expect(v).toMatchObject({ type: 'config', rule: 'exit:141' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the runner's status alone says the same, weakly", () => {
    expect(classify({ exitCode: 141 })).toMatchObject({
      type: 'config',
      confidence: 'low',
      rule: 'signal:exit-141',
    });
  });

  test('a cause the log states still decides', () => {
    const output = ['FAIL src/a.test.ts', '  ● a › adds', '', 'Tests:       1 failed, 3 passed, 4 total'];
    expect(classify({ log: failedRunLog('npx jest | tee jest.log', output, 141) }).type).toBe('test');
  });
});

describe('a service container the runner could not start (rule gha-service-container-failed)', () => {
  // actions/runner src/Runner.Worker/ContainerOperationProvider.cs @ 258d6c85 (RunContainersHealthcheck), as the
  // runner prints it while it initializes the job's containers; alias and image filled in.
  const initialize = [
    '##[group]Initialize containers',
    '##[group]Waiting for all services to be ready',
    'postgres service is starting, waiting 2 seconds before checking again.',
    '##[endgroup]',
    '##[group]Service container postgres failed.',
    'FATAL:  password authentication failed for user "postgres"',
    '##[error]Failed to initialize container postgres:16',
    '##[endgroup]',
    '##[error]One or more containers failed to start.',
  ];

  test('is the CI machinery failing (infrastructure), retried', () => {
    for (const line of [initialize[4]!, initialize[6]!, initialize[8]!])
      expect(fires('gha-service-container-failed', line)).toBe(true);
    const v = classify({ log: jobLog(initialize) });
    expect(v).toMatchObject({ type: 'infrastructure', rule: 'gha-service-container-failed' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a healthy service and a user script that prints the same words are not', () => {
    expect(fires('gha-service-container-failed', 'postgres service is healthy.')).toBe(false);
    expect(fires('gha-service-container-failed', 'echo "One or more containers failed to start."')).toBe(
      false,
    );
  });
});

describe('the job set up the wrong SDK, a workflow that does not parse, a release with no token', () => {
  test.each([
    [
      // dotnet/docs sdk-errors/index.md @ 38c085b6 (NETSDK1045), as MSBuild prints an error with its code
      'dotnet build -c Release',
      '/usr/share/dotnet/sdk/8.0.404/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. [/home/runner/work/app/app/App.csproj]',
      'tool-version-unsupported',
    ],
    [
      // elixir-lang/elixir lib/mix/lib/mix/exceptions.ex @ 63a7a054 (Mix.ElixirVersionError), as Mix prints it;
      // `mix deps.get`'s word is a dependency tool's
      'mix deps.get',
      "** (Mix) You're trying to run :app on Elixir v1.14.0 but it has declared in its mix.exs file it supports only Elixir ~> 1.15",
      'tool-version-unsupported',
    ],
    [
      // actions/runner WorkflowStrings.resx @ 258d6c85 (WorkflowNotValidWithErrors)
      'echo called',
      "##[error]The workflow is not valid. .github/workflows/ci.yml (Line: 12, Col: 9): Unexpected value 'runs-on'",
      'gha-expression-invalid',
    ],
    [
      // semantic-release/github lib/definitions/errors.js @ 34c0afde (ENOGHTOKEN), as semantic-release logs it
      'npx semantic-release',
      '[7:33:01 AM] [semantic-release] › ✘  ENOGHTOKEN No GitHub token specified.',
      'ci-credentials-missing',
    ],
  ])('%s: config, not retried', (run, line, rule) => {
    expect(fires(rule, line)).toBe(true);
    const v = classify({ log: failedRunLog(run, [line]) });
    expect(v).toMatchObject({ type: 'config', rule });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a build that targets a framework the SDK has is not told it lacks one', () => {
    const line =
      "/home/runner/work/app/app/Program.cs(3,5): error CS0103: The name 'x' does not exist in the current context [/home/runner/work/app/app/App.csproj]";
    expect(fires('tool-version-unsupported', line)).toBe(false);
    expect(classify({ log: failedRunLog('dotnet build', [line]) }).type).toBe('build');
  });
});

describe('a Pages deployment in a repository without Pages for Actions (rule job-setup-invalid)', () => {
  // actions/configure-pages src/api-client.js @ 7781abd3 (findOrCreatePagesSite, enablement off), through core.error
  test('is a repository setting, config, not retried', () => {
    const line =
      '##[error]Get Pages site failed. Please verify that the repository has Pages enabled and configured to build using GitHub Actions, or consider exploring the `enablement` parameter for this action. Error: Not Found';
    const v = classify({ log: failedActionLog('actions/configure-pages@v5', [line]) });
    expect(v).toMatchObject({ type: 'config', rule: 'job-setup-invalid' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a cloud login with no secrets, a checkout of a ref that is not there, a command pwsh cannot find', () => {
  test.each([
    [
      // Azure/login src/common/LoginConfig.ts @ 5a9898a0 validate(), failed by src/main.ts
      'azure/login@v2',
      "##[error]Login failed with Error: Using auth-type: SERVICE_PRINCIPAL. Not all values are present. Ensure 'client-id' and 'tenant-id' are supplied.. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.",
      'ci-credentials-missing',
      'config',
    ],
    [
      // actions/checkout src/ref-helper.ts @ d86d1a43 getCheckoutInfo()
      'actions/checkout@v4',
      "##[error]A branch or tag with the name 'release-9' could not be found",
      'git-ref-missing',
      'git',
    ],
  ])('%s: %s is %s', (uses, line, rule, type) => {
    expect(fires(rule, line)).toBe(true);
    const v = classify({ log: failedActionLog(uses, [line]) });
    expect(v).toMatchObject({ type, rule });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("pwsh -c's one-line error (ConciseView with no script position) is a command not found", () => {
    // PowerShell/PowerShell PowerShellCore_format_ps1xml.cs @ 79b4b5c3: '${reason}: ${message}'
    const line =
      "pnpm: The term 'pnpm' is not recognized as a name of a cmdlet, function, script file, or executable program.";
    expect(fires('pwsh-command-not-found', line)).toBe(true);
    const v = classify({ log: failedRunLog('pwsh -c "pnpm install --frozen-lockfile"', [line]) });
    expect(v).toMatchObject({ type: 'config', rule: 'pwsh-command-not-found' });
  });

  test('an exception named before the same words (a test framework reporting it) is not the shell', () => {
    const line =
      "CommandNotFoundException: The term 'Export-Report' is not recognized as a name of a cmdlet, function, script file, or executable program.";
    expect(fires('pwsh-command-not-found', line)).toBe(false);
  });
});

describe('a job the runner or GitHub cannot start as written (rules job-setup-invalid, gha-action-missing)', () => {
  test.each([
    [
      // GitHub's service message at set-up, linking the notice github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions
      'GitHub refusing a retired action version',
      '##[error]This request has been automatically failed because it uses a deprecated version of `actions/upload-artifact: v3`. Learn more: https://github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions/',
    ],
    [
      // actions/runner src/Runner.Worker/ActionManager.cs @ 258d6c85: `Missing download info for {Name}@{Ref}`
      'the runner given no download for a retired action version',
      '##[error]Missing download info for actions/cache@v2',
    ],
  ])('%s fails the set-up: config, not retried', (_, line) => {
    expect(fires('gha-action-missing', line)).toBe(true);
    const v = classify({
      log: jobLog([
        "Current runner version: '2.321.0'",
        'Prepare workflow directory',
        'Prepare all required actions',
        'Getting action download info',
        "Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)",
        line,
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'gha-action-missing' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    // dotnet/runtime System.Diagnostics.Process Strings.resx @ b0a15cc5 (ErrorStartingProcess) with ENOENT's text:
    // a working-directory the checkout does not have
    "##[error]An error occurred trying to start process '/usr/bin/bash' with working directory '/home/runner/work/app/app/frontend'. No such file or directory",
    // actions/runner ContainerActionHandler.cs @ 258d6c85: a Docker action on a macOS or Windows runner
    '##[error]Container action is only supported on Linux',
  ])('%s: config', (line) => {
    expect(fires('job-setup-invalid', line)).toBe(true);
    const v = classify({ log: failedActionLog('./.github/actions/lint', [line]) });
    expect(v).toMatchObject({ type: 'config', rule: 'job-setup-invalid' });
  });

  test("a test's own process that could not start in a directory is not the step's shell", () => {
    // the same .NET message inside a test's output, indented under the failed test
    const line =
      "      An error occurred trying to start process 'dotnet' with working directory '/tmp/x'. No such file or directory";
    expect(fires('job-setup-invalid', line)).toBe(false);
  });
});

test('the Android Gradle plugin on an older JDK than it needs is config (rule tool-version-unsupported)', () => {
  // AGP's JDK check, as flutter/flutter flutter_tools' gradle_errors_test.dart quotes it under Gradle's report
  const line = '   > Android Gradle plugin requires Java 17 to run. You are currently using Java 11.';
  expect(fires('tool-version-unsupported', line)).toBe(true);
  const v = classify({
    log: failedRunLog('./gradlew assembleRelease', [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "An exception occurred applying plugin request [id: 'com.android.application']",
      "> Failed to apply plugin 'com.android.internal.application'.",
      line,
      '      Your current JDK is located in /usr/lib/jvm/temurin-11-jdk-amd64',
    ]),
  });
  expect(v).toMatchObject({ type: 'config', rule: 'tool-version-unsupported' });
  expect(retriedOnPr(v)).toBe(false);
});

test("uv could not start the command it was given: the project's environment lacks the tool (config)", () => {
  // astral-sh/uv crates/uv/src/commands/project/run.rs @ 21c122e8: 'Failed to spawn: `{}`' as uv prints it
  const log = failedRunLog(
    'uv run pytest',
    ['error: Failed to spawn: `pytest`', '  Caused by: No such file or directory (os error 2)'],
    2,
  );
  expect(classify({ log })).toMatchObject({ type: 'config', rule: 'command-not-installed' });
});

describe("golangci-lint-action's run that could not judge the code", () => {
  // golangci/golangci-lint @ 6fb5dee3: pkg/commands/run.go setupExitCode (its --timeout) and pkg/goutil/version.go
  // CheckGoVersion; golangci/golangci-lint-action's run.ts fails the step with 'golangci-lint exit with code N'.
  const action = (output: string[]): string =>
    jobLog(actionsStep({ uses: 'golangci/golangci-lint-action@v6' }, output));
  test('its own --timeout ended the run: timeout, retried, though it printed no issue', () => {
    const v = classify({
      log: action([
        '0 issues.',
        'level=error msg="Timeout exceeded: try increasing it by passing --timeout option"',
        '##[error]golangci-lint exit with code 4',
        'Ran golangci-lint in 3069974ms',
      ]),
    });
    expect(v).toMatchObject({ type: 'timeout', rule: 'tool-time-limit' });
    expect(retriedOnPr(v)).toBe(true);
  });
  test('a linter built with an older Go than go.mod targets: config, not its findings', () => {
    const v = classify({
      log: action([
        "Error: can't load config: the Go language version (go1.24) used to build golangci-lint is lower than the targeted Go version (1.25.0)",
        '##[error]golangci-lint exit with code 3',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'tool-version-unsupported' });
  });
});

describe('TypeScript refusing the compiler options it was given is config (rule tsconfig-invalid)', () => {
  // typescript 5.9.3 from npm, run here on a one-file project: the lines are its own.
  test.each([
    "tsconfig.json(1,21): error TS5023: Unknown compiler option 'foo'.",
    "tsconfig.json(1,60): error TS5095: Option 'bundler' can only be used when 'module' is set to 'preserve' or to 'es2015' or later.",
    "tsconfig.json(1,40): error TS6046: Argument for '--moduleResolution' option must be: 'node10', 'classic', 'node16', 'nodenext', 'bundler'.",
    "tsconfig.json(1,30): error TS5108: Option 'target=ES3' has been removed. Please remove it from your configuration.",
    "error TS5083: Cannot read file '/home/runner/work/app/app/tsconfig.base.json'.",
  ])('%s', (line) => {
    for (const run of ['npx tsc -p . --noEmit', 'npx tsc -b']) {
      expect(classify({ log: failedRunLog(run, [line], 2) })).toMatchObject({
        type: 'config',
        rule: 'tsconfig-invalid',
      });
    }
  });
  test('errors in the code stay the compiler’s, among them the 5xxx ones about code', () => {
    expect(
      classify({
        log: failedRunLog(
          'npx tsc -b',
          ["src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."],
          2,
        ),
      }),
    ).toMatchObject({ type: 'build', rule: 'compiler-error' });
    const importPath =
      "src/a.ts(1,19): error TS5097: An import path can only end with a '.ts' extension when 'allowImportingTsExtensions' is enabled.";
    expect(fires('tsconfig-invalid', importPath)).toBe(false);
    expect(fires('compiler-error', importPath)).toBe(true);
  });
});
