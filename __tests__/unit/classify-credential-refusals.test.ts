/**
 * Credentials the job cannot use, in the tools' own words (config, never retried), where the classifier said
 * `unknown`, the build's or the command's kind before (issue 68 item 1): a container registry refusing a push or
 * a login (rule container-registry-auth-refused), a service's SDK built without its key (service-sdk-key-missing),
 * Xcode with no team, profile or certificate to sign with (xcode-signing-unavailable), Gradle's signing plugin
 * with no usable key (gradle-signatory-unusable), the repository's setting that keeps GITHUB_TOKEN from opening a
 * pull request (actions-pr-creation-refused), webfactory/ssh-agent given an empty key (ssh-key-unusable), and
 * Codecov, SonarQube, HCP Terraform or EAS refusing a job without its token (service-token-refused). None of these
 * lines is in the corpus. The SDKs' lines are theirs, run here with no key (resend 6.38.0, stripe 23.1.0,
 * @clerk/backend 3.25.0, firebase 13.2.0); the others are built from the tools' sources and tests, cited in each
 * rule's `why`.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe('a container registry refusing the push or the login (rule container-registry-auth-refused)', () => {
  const push = (line: string): string[] => [
    'The push refers to repository [ghcr.io/acme/app]',
    '5f70bf18a086: Preparing',
    'd9c568470cfa: Preparing',
    line,
  ];

  test.each([
    ['docker push ghcr.io/acme/app:1', push('denied: permission_denied: write_package')],
    [
      'docker push ghcr.io/acme/app:1',
      push('unauthorized: unauthenticated: User cannot be authenticated with the token provided.'),
    ],
    [
      'podman push ghcr.io/acme/app:1',
      [
        'Getting image source signatures',
        'Error: writing blob: initiating layer upload to /v2/acme/app/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package',
      ],
    ],
    [
      'docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1',
      [
        'The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]',
        'no basic auth credentials',
      ],
    ],
    [
      'echo "$TOKEN" | docker login -u acme --password-stdin',
      [
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      ],
    ],
  ])('%s refused is config, not retried', (run, lines) => {
    const result = classify({ log: failedRunLog(run, lines) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('container-registry-auth-refused');
    expect(result.evidence?.text).toBe(lines.at(-1));
    expect(retriedOnPr(result)).toBe(false);
  });

  test("buildx's failed push is config over the buildx command's kind", () => {
    const buildx = [
      '#12 exporting to image',
      '#12 pushing layers 0.3s done',
      '#12 ERROR: failed to push ghcr.io/acme/app:1: denied: permission_denied: write_package',
      '------',
      ' > exporting to image:',
      '------',
      'ERROR: failed to solve: failed to push ghcr.io/acme/app:1: denied: permission_denied: write_package',
    ];
    const result = classify({
      log: failedRunLog('docker buildx build --push -t ghcr.io/acme/app:1 .', buildx),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('container-registry-auth-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  // GHCR's token endpoint has answered it where other pushes of the same run, with the same token, succeeded
  // (different-ai/openwork PR #3886's logs): read as a refusal, it would never be retried; left to no rule.
  test("GHCR's bare `denied: denied` to a login is left to no rule: unknown, not config", () => {
    const denied = '##[error]Error response from daemon: Get "https://ghcr.io/v2/": denied: denied';
    expect(ruleFires(defaultRuleSet(), 'container-registry-auth-refused', denied)).toBe(false);
    const log = jobLog(actionsStep({ uses: 'docker/login-action@v3' }, ['Logging into ghcr.io...', denied]));
    const result = classify({ log });
    expect(result.rule).not.toBe('container-registry-auth-refused');
    expect(result.type).toBe('unknown');
  });

  test('a registry 5xx stays the network and is retried', () => {
    const result = classify({
      log: failedRunLog(
        'docker push ghcr.io/acme/app:1',
        push('received unexpected HTTP status: 503 Service Unavailable'),
      ),
    });
    expect(result.type).toBe('network');
    expect(retriedOnPr(result)).toBe(true);
  });

  test("a push under continue-on-error before the tests that failed the job is not the job's failure", () => {
    // GHCR's refusal to create an organisation's package is left out of the rule: a workflow pushes under
    // continue-on-error and runs its tests after it (the corpus holds such a job, labelled test).
    const lines = [
      ...actionsStep(
        { run: 'docker push ghcr.io/acme/app:1' },
        push('denied: installation not allowed to Write organization package'),
        1,
      ),
      ...actionsStep(
        { run: 'python -m pytest' },
        [
          'FAILED tests/test_app.py::test_parse - AssertionError: assert 1 == 2',
          '========================= 1 failed, 12 passed in 0.31s =========================',
        ],
        1,
      ),
    ];
    expect(classify({ log: jobLog(lines) }).type).toBe('test');
  });

  test("a pull warned about, a retry podman went on from, or a registry's bare 401 is not this rule", () => {
    const rules = defaultRuleSet();
    const compose =
      "judge-image Warning pull access denied for judge, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    const retrying =
      'time="2026-01-01T10:00:00Z" level=warning msg="failed, retrying in 1s ... (1/3). Error: writing blob: initiating layer upload to /v2/acme/app/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package"';
    // Docker Hub's bare 401 also answers public pulls now and then (classify-job-credentials-env.test.ts).
    for (const line of [
      compose,
      retrying,
      'denied: installation not allowed to Write organization package',
      'unauthorized: authentication required',
      'unauthorized: access to the requested resource is not authorized',
    ])
      expect(ruleFires(rules, 'container-registry-auth-refused', line)).toBe(false);
  });
});

describe("a service's SDK built without its key (rule service-sdk-key-missing)", () => {
  const nextBuild = (error: string): string[] => [
    '> app@0.1.0 build',
    '> next build',
    '   Collecting page data ...',
    error,
    '    at new Client (/home/runner/work/app/app/.next/server/chunks/123.js:1:2345)',
    '> Build error occurred',
    'Error: Failed to collect page data for /api/send',
  ];

  test.each([
    'Error: Missing API key. Pass it to the constructor `new Resend("re_123")`',
    'Error: Neither apiKey nor config.authenticator provided',
    'Error: @clerk/clerk-react: Missing publishableKey. You can get your key at https://dashboard.clerk.com/last-active?path=api-keys.',
    'Error: Missing Clerk Secret Key. Go to https://dashboard.clerk.com and get your key for your instance.',
    'FirebaseError: Firebase: Error (auth/invalid-api-key).',
  ])('next build is config, not a build failure: %s', (error) => {
    const result = classify({ log: failedRunLog('npm run build', nextBuild(error)) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('service-sdk-key-missing');
    expect(result.evidence?.text).toBe(error);
    expect(retriedOnPr(result)).toBe(false);
  });

  test("a test suite that fails to load on it stays the test's", () => {
    const jest = [
      'FAIL src/__tests__/email.test.ts',
      '  ● Test suite failed to run',
      '',
      '    Missing API key. Pass it to the constructor `new Resend("re_123")`',
      '',
      'Test Suites: 1 failed, 4 passed, 5 total',
      'Tests:       12 passed, 12 total',
    ];
    expect(classify({ log: failedRunLog('npx jest', jest) }).type).toBe('test');
  });

  test("a configure check for an optional key, or another client's message, is not this rule", () => {
    const rules = defaultRuleSet();
    for (const line of [
      'checking for the Google Location Service API key... no',
      'Error: Missing API key.',
      'FirebaseError: Firebase: Error (auth/network-request-failed).',
    ])
      expect(ruleFires(rules, 'service-sdk-key-missing', line)).toBe(false);
  });
});

describe('Xcode with no team, profile or certificate to sign with (rule xcode-signing-unavailable)', () => {
  test.each([
    [
      'xcodebuild -scheme App archive',
      "/Users/runner/work/app/app/App.xcodeproj: error: Signing for \"App\" requires a development team. Select a development team in the Signing & Capabilities editor. (in target 'App' from project 'App')",
      '** ARCHIVE FAILED **',
    ],
    [
      'xcodebuild -exportArchive -archivePath App.xcarchive -exportPath out -exportOptionsPlist opts.plist',
      'error: exportArchive: No signing certificate "iOS Distribution" found: No "iOS Distribution" signing certificate matching team ID "ABCDE12345" with a private key was found.',
      '** EXPORT FAILED **',
    ],
    [
      'flutter build ipa --release',
      "Error (Xcode): No profiles for 'com.acme.app' were found: Xcode couldn't find any iOS App Development provisioning profiles matching 'com.acme.app'. Automatic signing is disabled and unable to generate a profile. To enable automatic signing, pass -allowProvisioningUpdates to xcodebuild.",
      'Encountered error while archiving for device.',
    ],
    [
      'xcodebuild -scheme App archive',
      '/Users/runner/Library/Developer/Xcode/DerivedData/App/Build/Products/Release-iphoneos/App.app: errSecInternalComponent',
      '** ARCHIVE FAILED **',
    ],
  ])('%s is config', (run, cause, end) => {
    const result = classify({ log: failedRunLog(run, [cause, end], 65) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('xcode-signing-unavailable');
    expect(result.evidence?.text).toBe(cause);
    expect(retriedOnPr(result)).toBe(false);
  });

  test("Xcode's warning about a placeholder team and an ad-hoc codesign call are not this rule", () => {
    const rules = defaultRuleSet();
    for (const line of [
      "warning: Capabilities for App may not function correctly because its entitlements use a placeholder team ID. To resolve this, select a development team in the build settings editor. (in target 'App')",
      'codesign -s - --preserve-metadata=identifier,entitlements,flags,runtime -f build/venv/bin/python3',
    ])
      expect(ruleFires(rules, 'xcode-signing-unavailable', line)).toBe(false);
  });
});

describe("Gradle's signing plugin with no usable key (rule gradle-signatory-unusable)", () => {
  const gradle = (task: string, cause: string): string[] => [
    `> Task ${task} FAILED`,
    '',
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    `Execution failed for task '${task}'.`,
    `> ${cause}`,
    '',
    'BUILD FAILED in 3s',
  ];

  test.each([
    "Cannot perform signing task ':lib:signMavenPublication' because it has no configured signatory",
    'Could not read PGP secret key',
  ])('is config: %s', (cause) => {
    const result = classify({
      log: failedRunLog('./gradlew publish', gradle(':lib:signMavenPublication', cause)),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('gradle-signatory-unusable');
    expect(result.evidence?.text).toBe(`> ${cause}`);
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a signing task that ran or was skipped is not this rule', () => {
    const rules = defaultRuleSet();
    for (const line of ['> Task :app:signDebugBundle', '> Task :lib:signMavenPublication SKIPPED'])
      expect(ruleFires(rules, 'gradle-signatory-unusable', line)).toBe(false);
  });
});

describe('a service the job reports to or builds on refusing it for want of its token (rule service-token-refused)', () => {
  test.each([
    [
      'codecovcli upload-process',
      [
        'info - 2026-01-01 10:00:00,000 -- ci service found: github-actions',
        'error - 2026-01-01 10:00:01,000 -- Commit creating failed: {"message":"Token required because branch is protected"}',
      ],
    ],
    [
      'mvn -B verify sonar:sonar',
      [
        '[INFO] BUILD FAILURE',
        "[ERROR] Failed to execute goal org.sonarsource.scanner.maven:sonar-maven-plugin:4.0.0.4121:sonar (default-cli) on project app: Not authorized. Analyzing this project requires authentication. Please check the user token in the property 'sonar.token' or the credentials in the properties 'sonar.login' and 'sonar.password'. -> [Help 1]",
      ],
    ],
    [
      './gradlew sonar',
      [
        'FAILURE: Build failed with an exception.',
        '* What went wrong:',
        "Execution failed for task ':sonar'.",
        "> Not authorized. Please check the user token in the property 'sonar.token' or the credentials in the properties 'sonar.login' and 'sonar.password'.",
        'BUILD FAILED in 12s',
      ],
    ],
    [
      'terraform init',
      [
        'Initializing HCP Terraform...',
        '╷',
        '│ Error: Required token could not be found',
        '│ ',
        '│ Run the following command to generate a token for app.terraform.io:',
        '│     terraform login',
        '╵',
      ],
    ],
    [
      'eas build --platform android --non-interactive',
      [
        'An Expo user account is required to proceed.',
        '',
        "    Error: Either log in with eas login or set the EXPO_TOKEN environment variable if you're using EAS CLI on CI (Learn more: https://docs.expo.dev/accounts/programmatic-access/)",
      ],
    ],
  ])('%s refused is config, not retried', (run, lines) => {
    const result = classify({ log: failedRunLog(run, lines) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('service-token-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  test("codecov/codecov-action's refused upload is config, not the coverage tool's gate", () => {
    const lines = [
      'error - 2026-01-01 10:00:01,000 -- Commit creating failed: {"message":"Token required because branch is protected"}',
      "##[error]Codecov: Failed to properly create commit: The process '/home/runner/work/_actions/codecov/codecov-action/v4/dist/codecov' failed with exit code 1",
    ];
    const result = classify({ log: jobLog(actionsStep({ uses: 'codecov/codecov-action@v4' }, lines)) });
    expect(result.type).toBe('config');
    expect(result.evidence?.text).toBe(lines[0]);
  });

  // The uploader codecov-action@v3 runs (codecov/uploader 0.8.0, built from its source and run here against a server
  // answering each status), and the Codecov CLI of v4 and later around the same API answer.
  const uploader = (status: number, body: string): string =>
    `[2026-12-04T09:30:57.741Z] ['error'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: ${status} - ${body}`;
  const RATE_LIMITED =
    '{"message":"Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1234s."}';
  const codecovJob = (version: string, lines: string[]): string =>
    jobLog(
      actionsStep({ uses: `codecov/codecov-action@${version}` }, [
        ...lines,
        `##[error]Codecov: Failed to properly upload: The process '/home/runner/work/_actions/codecov/codecov-action/${version}/dist/codecov' failed with exit code 255`,
      ]),
    );

  test.each([
    ['the uploader, 429', 'v3', uploader(429, RATE_LIMITED)],
    ['the uploader, 503', 'v3', uploader(503, '{"message":"Service Unavailable"}')],
    [
      'the Codecov CLI, 429',
      'v4',
      `error - 2025-10-28 17:36:02,714 -- Upload queued for processing failed: ${RATE_LIMITED}`,
    ],
  ])(
    "codecov-action's upload throttled or answered 5xx (%s) is a network failure, retried, not the coverage tool's gate",
    (_what, version, line) => {
      const result = classify({ log: codecovJob(version, [line]) });
      expect(result.type).toBe('network');
      expect(result.rule).toBe('codecov-upload-throttled');
      // The uploader's own timestamp is read as one, as a CI's is.
      expect(result.evidence?.text).toBe(line.replace(/^\[[\d:.TZ-]+\] /, ''));
      expect(retriedOnPr(result)).toBe(true);
    },
  );

  test("codecov-action's upload refused by Codecov (400 Repository not found) is config, never retried", () => {
    const line = uploader(400, '{"message":"Repository not found"}');
    const result = classify({ log: codecovJob('v3', [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('codecov-upload-refused');
    expect(result.confidence).toBe('medium');
    expect(result.evidence?.text).toBe(line.replace(/^\[[\d:.TZ-]+\] /, ''));
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a PUT to the storage URL refused is not Codecov refusing the upload', () => {
    const rules = defaultRuleSet();
    const put = uploader(403, '<Error>Request has expired</Error>').replace('during POST', 'during PUT');
    expect(ruleFires(rules, 'codecov-upload-refused', put)).toBe(false);
    expect(ruleFires(rules, 'codecov-upload-throttled', put)).toBe(false);
  });

  test("an install of the uploader, or SonarQube's warning that a token will expire, is not this rule", () => {
    const rules = defaultRuleSet();
    for (const line of [
      'Collecting codecov',
      'WARN: The token used for this analysis will expire on: January 08, 2026',
      'WARN: Analysis executed with this token will fail after the expiration date.',
    ])
      expect(ruleFires(rules, 'service-token-refused', line)).toBe(false);
  });
});

describe('a token kept from opening pull requests, and an empty SSH key (rules actions-pr-creation-refused, ssh-key-unusable)', () => {
  test.each([
    [
      'gh pr create --fill',
      'pull request create failed: GraphQL: GitHub Actions is not permitted to create or approve pull requests (createPullRequest)',
    ],
  ])('%s refused by the repository setting is config', (run, line) => {
    const result = classify({ log: failedRunLog(run, [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('actions-pr-creation-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('peter-evans/create-pull-request refused is config', () => {
    const lines = [
      'Create or update the pull request',
      'Attempting creation of pull request',
      '##[error]GitHub Actions is not permitted to create or approve pull requests.',
    ];
    const result = classify({
      log: jobLog(actionsStep({ uses: 'peter-evans/create-pull-request@v7' }, lines)),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('actions-pr-creation-refused');
  });

  test("the setting's name in a script's message is not this rule", () => {
    const hint =
      'Enable "Allow GitHub Actions to create and approve pull requests" in the repository settings';
    expect(ruleFires(defaultRuleSet(), 'actions-pr-creation-refused', hint)).toBe(false);
  });

  test('webfactory/ssh-agent given an empty key is config', () => {
    const empty =
      '##[error]The ssh-private-key argument is empty. Maybe the secret has not been configured, or you are using a wrong secret name in your workflow file.';
    const result = classify({ log: jobLog(actionsStep({ uses: 'webfactory/ssh-agent@v0.9.0' }, [empty])) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('ssh-key-unusable');
    expect(retriedOnPr(result)).toBe(false);
  });
});
