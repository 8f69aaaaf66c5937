/**
 * Issue 68 item 1, config: a tool that refuses the job's set-up before it does any work, in the tool's own words
 * (each line from its source or printed here by the real program): `docker login` with an empty secret
 * (docker-login-no-tty), a cargo subcommand the runner lacks (rust-tool-not-installed), Bundler refusing the Ruby
 * the job runs (bundler-ruby-version-mismatch), a Gradle task or Maven phase the workflow names that does not exist
 * (build-task-unknown), and a .NET SDK that global.json pins and the runner lacks (dotnet-sdk-not-found). Each is
 * the job's set-up, not the project's code the command's name would suggest, and no retry mends it.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

type Case = { rule: string; run: string; output: string[]; exit: number; line: string };

const GRADLE_TRY = [
  '',
  '* Try:',
  '> Run gradlew tasks to get a list of available tasks.',
  '> Run with --stacktrace option to get the stack trace.',
  '',
  'BUILD FAILED in 3s',
];

/** twine's upload refused with 403, as it prints it before PyPI's reason (pypa/twine twine/__main__.py main()). */
const TWINE_403 = [
  'Uploading distributions to https://upload.pypi.org/legacy/',
  'Uploading app-1.2.0-py3-none-any.whl',
  'WARNING  Error during upload. Retry with the --verbose option for more details.',
  'ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/',
];

const cases: Case[] = [
  {
    rule: 'docker-login-no-tty',
    run: 'echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USERNAME" --password-stdin',
    output: ['Error: Cannot perform an interactive login from a non TTY device'],
    exit: 1,
    line: 'Error: Cannot perform an interactive login from a non TTY device',
  },
  {
    rule: 'rust-tool-not-installed',
    run: 'cargo fmt --all -- --check',
    output: [
      "error: 'cargo-fmt' is not installed for the toolchain 'stable-x86_64-unknown-linux-gnu'.",
      'help: run `rustup component add rustfmt` to install it',
    ],
    exit: 1,
    line: "error: 'cargo-fmt' is not installed for the toolchain 'stable-x86_64-unknown-linux-gnu'.",
  },
  {
    rule: 'rust-tool-not-installed',
    run: 'cargo nextest run --workspace',
    output: [
      'error: no such command: `nextest`',
      '',
      'help: view all installed commands with `cargo --list`',
      'help: find a package to install `nextest` with `cargo search cargo-nextest`',
    ],
    exit: 101,
    line: 'error: no such command: `nextest`',
  },
  {
    rule: 'bundler-ruby-version-mismatch',
    run: 'bundle install --jobs 4',
    output: ['Your Ruby version is 3.0.6, but your Gemfile specified 3.2.2'],
    exit: 18,
    line: 'Your Ruby version is 3.0.6, but your Gemfile specified 3.2.2',
  },
  {
    rule: 'build-task-unknown',
    run: './gradlew assembleProdRelease',
    output: [
      'Starting a Gradle Daemon (subsequent builds will be faster)',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Task 'assembleProdRelease' not found in root project 'app'.",
      ...GRADLE_TRY,
    ],
    exit: 1,
    line: "Task 'assembleProdRelease' not found in root project 'app'.",
  },
  {
    rule: 'build-task-unknown',
    run: './gradlew :app:testDebugUnitTest',
    output: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Cannot locate tasks that match ':app:testDebugUnitTest' as task 'testDebugUnitTest' is ambiguous in project ':app'. Candidates are: 'testFreeDebugUnitTest', 'testProDebugUnitTest'.",
      ...GRADLE_TRY,
    ],
    exit: 1,
    line: "Cannot locate tasks that match ':app:testDebugUnitTest' as task 'testDebugUnitTest' is ambiguous in project ':app'. Candidates are: 'testFreeDebugUnitTest', 'testProDebugUnitTest'.",
  },
  {
    rule: 'build-task-unknown',
    run: 'mvn -B instal',
    output: [
      '[INFO] Scanning for projects...',
      '[INFO] BUILD FAILURE',
      '[INFO] ------------------------------------------------------------------------',
      '[ERROR] Unknown lifecycle phase "instal". You must specify a valid lifecycle phase or a goal in the format <plugin-prefix>:<goal> or <plugin-group-id>:<plugin-artifact-id>[:<plugin-version>]:<goal>. Available lifecycle phases are: validate, compile, test, package, install, deploy. -> [Help 1]',
      '[ERROR] ',
      '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
      '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/LifecyclePhaseNotFoundException',
    ],
    exit: 1,
    line: '[ERROR] Unknown lifecycle phase "instal". You must specify a valid lifecycle phase or a goal in the format <plugin-prefix>:<goal> or <plugin-group-id>:<plugin-artifact-id>[:<plugin-version>]:<goal>. Available lifecycle phases are: validate, compile, test, package, install, deploy. -> [Help 1]',
  },
  {
    rule: 'dotnet-sdk-not-found',
    run: 'dotnet build --configuration Release',
    output: [
      'A compatible .NET SDK was not found.',
      '',
      'Requested SDK version: 8.0.100',
      'global.json file: /home/runner/work/app/app/global.json',
      '',
      'Installed SDKs:',
      '6.0.428 [/usr/share/dotnet/sdk]',
      '',
      'Install the [8.0.100] .NET SDK or update [/home/runner/work/app/app/global.json] to match an installed SDK.',
    ],
    exit: 145,
    line: 'A compatible .NET SDK was not found.',
  },
  {
    rule: 'cloud-cli-not-logged-in',
    run: 'gcloud run deploy api --source . --region europe-west1',
    output: [
      'ERROR: (gcloud.run.deploy) You do not currently have an active account selected.',
      'Please run:',
      '',
      '  $ gcloud auth login',
      '',
      'to obtain new credentials.',
    ],
    exit: 1,
    line: 'ERROR: (gcloud.run.deploy) You do not currently have an active account selected.',
  },
  {
    rule: 'cloud-cli-not-logged-in',
    run: 'echo "$GCP_SA_KEY" > key.json && gcloud auth activate-service-account --key-file=key.json',
    output: [
      'ERROR: (gcloud.auth.activate-service-account) Could not read json file key.json: Expecting value: line 1 column 1 (char 0)',
    ],
    exit: 1,
    line: 'ERROR: (gcloud.auth.activate-service-account) Could not read json file key.json: Expecting value: line 1 column 1 (char 0)',
  },
  {
    rule: 'cloud-cli-not-logged-in',
    run: 'az webapp deploy --resource-group rg --name app --src-path app.zip',
    output: ["ERROR: Please run 'az login' to setup account."],
    exit: 1,
    line: "ERROR: Please run 'az login' to setup account.",
  },
  {
    rule: 'cloud-cli-not-logged-in',
    run: 'npx vercel deploy --prod --token="$VERCEL_TOKEN"',
    output: [
      'Vercel CLI 50.17.1',
      'Error: No existing credentials found. Please run `vercel login` or pass "--token"',
      'Learn More: https://err.sh/vercel/no-credentials-found',
    ],
    exit: 1,
    line: 'Error: No existing credentials found. Please run `vercel login` or pass "--token"',
  },
  {
    rule: 'cargo-registry-refused',
    run: 'cargo publish --token "$CARGO_REGISTRY_TOKEN"',
    output: [
      '    Uploading widget v0.3.1 (/home/runner/work/widget/widget)',
      'error: failed to publish to registry at https://crates.io',
      '',
      'Caused by:',
      "  the remote server responded with an error (status 403 Forbidden): this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing.",
    ],
    exit: 101,
    line: "the remote server responded with an error (status 403 Forbidden): this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing.",
  },
  {
    rule: 'aws-credentials-invalid',
    run: 'aws s3 sync ./site s3://example-bucket --delete',
    output: [
      'upload failed: site/index.html to s3://example-bucket/index.html An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
      'An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
    ],
    exit: 1,
    line: 'An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
  },
  {
    rule: 'aws-credentials-invalid',
    run: 'python scripts/deploy.py',
    output: [
      'Traceback (most recent call last):',
      '  File "/home/runner/work/app/app/scripts/deploy.py", line 12, in <module>',
      '    sts.get_caller_identity()',
      'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    ],
    exit: 1,
    line: 'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  },
  {
    rule: 'pypi-upload-auth-invalid',
    run: 'twine upload dist/*',
    output: [
      'Uploading distributions to https://upload.pypi.org/legacy/',
      'Uploading app-1.2.0-py3-none-any.whl',
      '100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 12.3/12.3 kB • 00:00 • ?',
      'WARNING  Error during upload. Retry with the --verbose option for more details.',
      'ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/',
      '         Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
    ],
    exit: 1,
    // The line shown is trimmed of twine's indentation under its `ERROR` column.
    line: 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
  },
  {
    // The same refusal with rich's 80 columns wrapping the reason (a console with no width): twine's own line
    // (pypa/twine twine/__main__.py main(): `{class}: {status} {phrase} from {url}`) is what states it whole.
    rule: 'pypi-upload-auth-invalid',
    run: 'twine upload dist/*',
    output: [
      ...TWINE_403,
      '         Invalid or non-existent authentication information. See',
      '         https://pypi.org/help/#invalid-auth for more information.',
    ],
    exit: 1,
    line: 'ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/',
  },
  {
    // PyPI's answer to a password (a TWINE_USERNAME that is the account's name, not __token__), as uv's publish
    // tests record it (astral-sh/uv crates/uv/tests/it/publish.rs), under twine's ERROR column.
    rule: 'pypi-upload-auth-invalid',
    run: 'twine upload dist/*',
    output: [
      ...TWINE_403,
      '         Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers',
    ],
    exit: 1,
    line: 'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers',
  },
  {
    rule: 'clipanion-syntax-error',
    run: 'yarn install --frozen-lockfile',
    output: [
      'Unknown Syntax Error: Unsupported option name ("--frozen-lockfile").',
      '',
      '$ yarn install [--json] [--immutable] [--immutable-cache] [--refresh-lockfile] [--check-cache] ...',
    ],
    exit: 1,
    line: 'Unknown Syntax Error: Unsupported option name ("--frozen-lockfile").',
  },
];

describe("a tool refusing the job's set-up, in its own words", () => {
  test.each(cases)('$run: config by $rule, on its line, not retried', ({ rule, run, output, exit, line }) => {
    const v = classify({ log: failedRunLog(run, output, exit) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("the step's sh script naming a path that is not there (dash, `shell: sh`)", () => {
  const script = '/home/runner/work/_temp/6f1c0a52-8a3e-4c1e-9d1a-0b6a1f1e2c3d.sh';
  const shStep = (run: string, output: string[], exit: number): string =>
    jobLog([
      `##[group]Run ${run}`,
      run,
      'shell: /usr/bin/sh -e {0}',
      '##[endgroup]',
      ...output,
      `##[error]Process completed with exit code ${exit}.`,
    ]);

  test.each([
    ['cd android && ./gradlew assembleRelease', `${script}: 1: cd: can't cd to android`],
    ['. ./ci/env.sh && npm run build', `${script}: 1: .: cannot open ./ci/env.sh: No such file`],
    ['echo "$SHA" > out/meta/sha.txt', `${script}: 1: cannot create out/meta/sha.txt: Directory nonexistent`],
  ])("%s: config, on the shell's line", (run, line) => {
    const v = classify({ log: shStep(run, [line], 2) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('sh-script-path-missing');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a script that went on past the line (no -e) for more than the last 60 lines is not judged by it', () => {
    const output = [
      `${script}: 2: cd: can't cd to optional-dir`,
      ...Array.from({ length: 80 }, (_, i) => `packing module ${i}`),
      'packing done, 3 modules skipped',
    ];
    const v = classify({ log: shStep('sh ./scripts/pack.sh', output, 1) });
    expect(v.rule).not.toBe('sh-script-path-missing');
  });
});

describe('lines that only look like them', () => {
  test.each([
    // A test or a program quoting the words inside its own line.
    [
      'docker-login-no-tty',
      '    assert "Cannot perform an interactive login from a non TTY device" in result.stderr',
    ],
    [
      'docker-login-no-tty',
      'WARNING: Error: Cannot perform an interactive login from a non TTY device (retrying with --password-stdin)',
    ],
    [
      'rust-tool-not-installed',
      "info: component 'rustfmt' for target 'x86_64-unknown-linux-gnu' is up to date",
    ],
    ['rust-tool-not-installed', '    assert_eq!(stderr, "error: no such command: `frobnicate`");'],
    [
      'rust-tool-not-installed',
      "error: toolchain 'nightly-2024-01-01-x86_64-unknown-linux-gnu' is not installed",
    ],
    [
      'bundler-ruby-version-mismatch',
      '       expected "Your Ruby version is 2.7.0, but your Gemfile specified 3.0.0" to include "Gemfile"',
    ],
    ['bundler-ruby-version-mismatch', 'Using ruby 3.2.2 as specified in your Gemfile'],
    ['build-task-unknown', '> Task :app:assembleRelease FAILED'],
    ['build-task-unknown', "Execution failed for task ':app:compileReleaseKotlin'."],
    ['build-task-unknown', "    Expected: Task 'foo' not found in root project 'x'."],
    [
      'build-task-unknown',
      "Project ':lib' not found in root project 'app' (a warning the build printed and went on)",
    ],
    [
      'build-task-unknown',
      "[ERROR] No plugin found for prefix 'spotless' in the current project and in the plugin groups [org.apache.maven.plugins, org.codehaus.mojo]",
    ],
    [
      'dotnet-sdk-not-found',
      'A compatible .NET SDK was not found. Falling back to the installed 8.0.404 (rollForward: latestMajor)',
    ],
    ['dotnet-sdk-not-found', 'Requested SDK version: 8.0.100'],
    // A program's own log line that quotes AWS's refusal, pytest's report of one, a policy's refusal.
    [
      'aws-credentials-invalid',
      'Failed to upload json test reports: An error occurred (InvalidClientTokenId) when calling the PutObject operation: denied',
    ],
    [
      'aws-credentials-invalid',
      'E   botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x',
    ],
    [
      'aws-credentials-invalid',
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ],
    [
      'aws-credentials-invalid',
      'An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.',
    ],
    [
      'cloud-cli-not-logged-in',
      'ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission denied on resource project acme.',
    ],
    ['cloud-cli-not-logged-in', '    assert "Please run \'az login\' to setup account." in result.output'],
    ['cloud-cli-not-logged-in', 'Error: No existing credentials found. Please run signup test first.'],
    [
      'cargo-registry-refused',
      '  the remote server responded with an error (status 400 Bad Request): crate version `0.3.1` is already uploaded',
    ],
    [
      'pypi-upload-auth-invalid',
      'E   requests.exceptions.HTTPError: 403 Client Error: Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information. for url: x',
    ],
    ['pypi-upload-auth-invalid', 'ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/'],
    // A make recipe's /bin/sh (no script file), a test's name that quotes dash, bash's own form.
    ['sh-script-path-missing', "/bin/sh: 1: cd: can't cd to build"],
    [
      'sh-script-path-missing',
      "tests/rules/test_path_from_history.py::test_match[cd project-can't cd to project] PASSED [ 78%]",
    ],
    ['sh-script-path-missing', 'run.sh: 3: cannot open VERSION: Permission denied'],
    ['clipanion-syntax-error', '  ✕ reports Unknown Syntax Error: Unsupported option name ("--x") (3 ms)'],
    ['clipanion-syntax-error', 'Usage Error: Couldn\'t find a script named "lint".'],
  ])('%s does not fire on: %s', (rule, line) => {
    expect(ruleFires(ruleSet, rule, line)).toBe(false);
  });

  test("a step that printed the line and passed does not decide: the later step's failed tests do", () => {
    const log = jobLog([
      ...actionsStep(
        {
          run: 'docker login -u bot example.org || echo "$TOKEN" | docker login -u bot --password-stdin example.org',
        },
        ['Error: Cannot perform an interactive login from a non TTY device', 'Login Succeeded'],
      ),
      ...actionsStep(
        { run: 'npm test' },
        [
          '> app@1.0.0 test',
          '> jest',
          'FAIL src/sum.test.js',
          '  ● sum › adds two numbers',
          'Tests:       1 failed, 3 passed, 4 total',
        ],
        1,
      ),
    ]);
    const v = classify({ log });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('docker-login-no-tty');
  });
});
