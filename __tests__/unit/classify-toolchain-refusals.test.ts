/**
 * A job whose runner lacks what the project's tools ask of it, in the tools' own words (config, never retried),
 * where the classifier read a generic line, the resolver's failure or the command's kind before (issue 68 item 1):
 * tox and nox finding no interpreter for a Python the matrix names (rule python-interpreter-missing), a Gradle
 * plugin that needs a newer JVM or Gradle than the job runs (rule gradle-runtime-too-old-for-plugin), and a Maven
 * repository refusing the job's credentials (rule maven-repository-auth-refused). None of these lines is in the
 * corpus. tox's and nox's lines are theirs, run here (tox 4.64.4, nox 2026.8.17, with no python3.8 on PATH);
 * Maven 3.8.7's were printed here against a repository answering 401 and 403, the URL filled in; Maven 3.9's and
 * Gradle's are built from their sources' formats (maven-resolver HttpTransporter, Gradle's failure describers).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe('tox and nox with no interpreter for the Python they are asked to test (rule python-interpreter-missing)', () => {
  test("tox 4's environment that failed its setup is config, not retried", () => {
    const missing = 'py38: failed with could not find python interpreter matching any of the specs py38';
    const tox = [missing, '  py38: FAIL code 1 (1.83 seconds)', '  evaluation failed :( (1.87 seconds)'];
    const result = classify({ log: failedRunLog('tox -e py38', tox) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('python-interpreter-missing');
    expect(result.evidence?.text).toBe(missing);
    expect(retriedOnPr(result)).toBe(false);
  });

  test("tox 3's summary of an environment it could not create is config", () => {
    const tox = [
      'py38 create: /home/runner/work/r/r/.tox/py38',
      'ERROR: InterpreterNotFound: python3.8',
      '___________________________________ summary ____________________________________',
      'ERROR:  py38: InterpreterNotFound: python3.8',
    ];
    const result = classify({ log: failedRunLog('tox -e py38', tox) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('python-interpreter-missing');
  });

  test("nox's session that failed for want of its interpreter is config, over the session's name", () => {
    const missing = 'nox > Session tests-3.8 failed: Python interpreter 3.8 not found (took a second).';
    const nox = ['nox > Running session tests-3.8', 'nox > uv binary not found.', missing];
    const result = classify({ log: failedRunLog('nox -s tests', nox) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('python-interpreter-missing');
    expect(result.evidence?.text).toBe(missing);
  });

  test('a skipped interpreter is not the failure: the session that failed after it is', () => {
    const rules = defaultRuleSet();
    const skipped = [
      'py38: skipped because could not find python interpreter with spec(s): py38',
      'nox > Session tests-3.8 skipped: Python interpreter 3.8 not found (took a second).',
      'SKIPPED:  py38: InterpreterNotFound: python3.8',
    ];
    for (const line of skipped) expect(ruleFires(rules, 'python-interpreter-missing', line)).toBe(false);
    const nox = [
      'nox > Running session tests-3.8',
      'nox > Missing interpreters will error by default on CI systems.',
      skipped[1]!,
      'nox > Running session tests-3.11',
      'nox > python -m pytest',
      'FAILED tests/test_app.py::test_parse - AssertionError: assert 1 == 2',
      '========================= 1 failed, 12 passed in 0.31s =========================',
      'nox > Command python -m pytest failed with exit code 1',
      'nox > Session tests-3.11 failed.',
    ];
    expect(classify({ log: failedRunLog('nox -s tests', nox) }).type).toBe('test');
  });
});

describe('a Gradle plugin that needs a newer JVM or Gradle than the job gives it (rule gradle-runtime-too-old-for-plugin)', () => {
  const gradle = (cause: string): string[] => [
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    "A problem occurred configuring root project 'app'.",
    "> Could not resolve all artifacts for configuration ':classpath'.",
    '   > Could not resolve org.springframework.boot:spring-boot-gradle-plugin:3.3.5.',
    '     Required by:',
    '         project : > org.springframework.boot:org.springframework.boot.gradle.plugin:3.3.5',
    `      > ${cause}`,
    '',
    'BUILD FAILED in 4s',
  ];

  test.each([
    'Dependency requires at least JVM runtime version 17. This build uses a Java 11 JVM.',
    'Plugin com.example:producer:1.0 requires at least Gradle 1000.0. This build uses Gradle 8.14.3.',
  ])('is config over the resolver failure it caused: %s', (cause) => {
    const result = classify({ log: failedRunLog('./gradlew build', gradle(cause)) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('gradle-runtime-too-old-for-plugin');
    expect(result.evidence?.text).toBe(`> ${cause}`);
    expect(retriedOnPr(result)).toBe(false);
  });

  test("a library too new for the project's own JVM target is not this rule", () => {
    const library =
      "Dependency resolution is looking for a library compatible with JVM runtime version 11, but 'com.acme:lib:2.0' is only compatible with JVM runtime version 17 or newer.";
    expect(ruleFires(defaultRuleSet(), 'gradle-runtime-too-old-for-plugin', library)).toBe(false);
  });
});

describe("a Maven repository refusing the job's credentials (rule maven-repository-auth-refused)", () => {
  const goal =
    '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Failed to collect dependencies at com.acme:lib:jar:1.2.0: Failed to read artifact descriptor for com.acme:lib:jar:1.2.0: ';
  const transfer = (repo: string, cause: string): string =>
    `${goal}Could not transfer artifact com.acme:lib:pom:1.2.0 from/to ${repo}: ${cause} -> [Help 1]`;
  const github = 'github (https://maven.pkg.github.com/acme/lib)';
  const pom = 'https://maven.pkg.github.com/acme/lib/com/acme/lib/1.2.0/lib-1.2.0.pom';

  test.each([
    `authentication failed for ${pom}, status: 401 Unauthorized`,
    `authorization failed for ${pom}, status: 403 Forbidden`,
    'status code: 401, reason phrase: Unauthorized (401)',
  ])('is config, not the dependency the resolver names: %s', (cause) => {
    const line = transfer(github, cause);
    const result = classify({ log: failedRunLog('mvn -B package', [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('maven-repository-auth-refused');
    expect(result.evidence?.text).toBe(line);
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a deploy refused is config', () => {
    const deploy =
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.2:deploy (default-deploy) on project app: Failed to deploy artifacts: Could not transfer artifact com.acme:app:jar:1.0 from/to github (https://maven.pkg.github.com/acme/lib): status code: 403, reason phrase: Forbidden (403) -> [Help 1]';
    const result = classify({ log: failedRunLog('mvn -B deploy', [deploy]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('maven-repository-auth-refused');
  });

  test("a 5xx stays the network's and is retried; a 404 and Maven Central's 403 are not this rule", () => {
    const gateway = transfer(github, `transfer failed for ${pom}, status: 502 Bad Gateway`);
    const result = classify({ log: failedRunLog('mvn -B package', [gateway]) });
    expect(result.type).toBe('network');
    expect(retriedOnPr(result)).toBe(true);
    const rules = defaultRuleSet();
    expect(ruleFires(rules, 'maven-repository-auth-refused', gateway)).toBe(false);
    const absent = transfer(github, 'status code: 404, reason phrase: Not Found (404)');
    expect(ruleFires(rules, 'maven-repository-auth-refused', absent)).toBe(false);
    const central = transfer(
      'central (https://repo.maven.apache.org/maven2)',
      'status code: 403, reason phrase: Forbidden (403)',
    );
    expect(ruleFires(rules, 'maven-repository-auth-refused', central)).toBe(false);
  });
});

describe('an install with no project or no lockfile where the job ran it (rule project-manifest-missing)', () => {
  // Each run here: pip 23.2.1 in an empty directory; pnpm 9.15.9 and Yarn 4.18.1 with CI=true beside a
  // package.json and no lockfile.
  test.each([
    [
      'pip install .',
      "ERROR: Directory '.' is not installable. Neither 'setup.py' nor 'pyproject.toml' found.",
    ],
    [
      'pnpm install --frozen-lockfile',
      ' ERR_PNPM_NO_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent',
    ],
    [
      'yarn install --immutable',
      '➤ YN0028: · The lockfile would have been created by this install, which is explicitly forbidden.',
    ],
  ])('%s is config, not a dependency that failed', (run, line) => {
    const result = classify({ log: failedRunLog(run, [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('project-manifest-missing');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a lockfile out of sync with the manifest stays dependency', () => {
    const modified = [
      '➤ YN0000: ┌ Resolution step',
      '➤ YN0028: │ -left-pad@npm:^1.0.0',
      '➤ YN0028: │ +left-pad@npm:^1.3.0',
      '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
      '➤ YN0000: └ Completed in 0s 245ms',
    ];
    const outdated =
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json';
    expect(classify({ log: failedRunLog('yarn install --immutable', modified) }).type).toBe('dependency');
    expect(classify({ log: failedRunLog('pnpm install --frozen-lockfile', [outdated]) }).type).toBe(
      'dependency',
    );
    const rules = defaultRuleSet();
    expect(ruleFires(rules, 'project-manifest-missing', modified[3]!)).toBe(false);
    expect(ruleFires(rules, 'project-manifest-missing', outdated)).toBe(false);
  });
});

describe("Next.js and the Angular CLI refusing the job's Node.js before they build (rule tool-minimum-version)", () => {
  test('next build under too old a Node.js is config, not a build failure', () => {
    const check = 'You are using Node.js 18.17.0. For Next.js, Node.js version ">=20.9.0" is required.';
    const next = ['', '> app@0.1.0 build', '> next build', '', check];
    const result = classify({ log: failedRunLog('npm run build', next) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('tool-minimum-version');
    expect(result.evidence?.text).toBe(check);
  });

  test('ng build under too old a Node.js is config (@angular/cli 22.2.7 run here under Node.js 20.20.2)', () => {
    const check = 'The Angular CLI requires a minimum Node.js version of v22.22.3 or v24.15.0 or v26.0.0.';
    const ng = [
      'Node.js version v20.20.2 detected.',
      check,
      '',
      'Please update your Node.js version or visit https://nodejs.org/ for additional instructions.',
    ];
    const result = classify({ log: failedRunLog('npx ng build', ng, 3) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('tool-minimum-version');
    expect(result.evidence?.text).toBe(check);
  });

  test("the Angular CLI's notice about an odd-numbered Node.js, which goes on, is not this rule", () => {
    const odd =
      'Prior to version 27, odd numbered Node.js versions will not enter LTS status and should not be used for production. For more information, please see https://nodejs.org/en/about/previous-releases/.';
    expect(ruleFires(defaultRuleSet(), 'tool-minimum-version', odd)).toBe(false);
    expect(ruleFires(defaultRuleSet(), 'tool-minimum-version', 'Node.js version v23.1.0 detected.')).toBe(
      false,
    );
  });
});

describe("the shell refusing the step's script (rule shell-script-syntax-error)", () => {
  // bash 5.2.15 and dash 0.5.12, run here on scripts cut short.
  test.each([
    ['./scripts/release.sh', './scripts/release.sh: line 40: unexpected EOF while looking for matching `"\''],
    ['sh ./ci.sh', './ci.sh: 3: Syntax error: end of file unexpected (expecting "fi")'],
    ['sh ./ci.sh', './ci.sh: 1: Syntax error: "fi" unexpected'],
    ['sh ./ci.sh', './ci.sh: 3: Syntax error: Unterminated quoted string'],
  ])('%s: %s is config', (run, line) => {
    const result = classify({ log: failedRunLog(run, ['Preparing release...', line], 2) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('shell-script-syntax-error');
    expect(result.evidence?.text).toBe(line);
  });

  test("a helper script's syntax error the step got past is not the failure: the compile error after it is", () => {
    const log = failedRunLog('./ci.sh', [
      './fix-debug-dirs.sh: line 58: unexpected EOF while looking for matching `"\'',
      'Validating manifests...',
      '> Task :app:compileDebugJavaWithJavac FAILED',
      '/home/runner/work/app/app/app/src/main/java/com/acme/MainActivity.java:12: error: cannot find symbol',
      '1 error',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      'BUILD FAILED in 40s',
    ]);
    expect(classify({ log }).type).toBe('build');
  });

  test("an eval's error inside Travis's own functions and a language's SyntaxError are not the shell's", () => {
    const rules = defaultRuleSet();
    const travis =
      '/home/travis/.travis/functions: eval: line 12: unexpected EOF while looking for matching `"\'';
    expect(ruleFires(rules, 'shell-script-syntax-error', travis)).toBe(false);
    expect(ruleFires(rules, 'shell-script-syntax-error', 'SyntaxError: Unexpected end of JSON input')).toBe(
      false,
    );
  });
});

describe("a test report step whose path matches no file (rule gha-action-input-missing, dorny/test-reporter's words)", () => {
  const report = [
    "Using test report parser 'java-junit'",
    '##[warning]No file matches path **/target/surefire-reports/*.xml',
    '##[error]No test report files were found',
  ];

  test('after tests that passed, it is config', () => {
    const tests = actionsStep({ run: 'mvn -B verify' }, ['[INFO] BUILD SUCCESS']);
    const result = classify({
      log: jobLog([...tests, ...actionsStep({ uses: 'dorny/test-reporter@v1' }, report)]),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('gha-action-input-missing');
    expect(result.evidence?.text).toBe('##[error]No test report files were found');
  });

  test('after tests that failed, the failed tests decide', () => {
    const tests = actionsStep(
      { run: 'mvn -B verify' },
      [
        '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.1 s <<< FAILURE! -- in com.acme.AppTest',
        '[ERROR] com.acme.AppTest.parses -- Time elapsed: 0.01 s <<< FAILURE!',
        '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0',
        '[INFO] BUILD FAILURE',
      ],
      1,
    );
    const log = jobLog([...tests, ...actionsStep({ uses: 'dorny/test-reporter@v1' }, report)]);
    expect(classify({ log }).type).toBe('test');
  });

  test("Jenkins' JUnit publisher after the build's own failure is not this rule", () => {
    const jenkins =
      'ERROR: Step \u2018Publish JUnit test result report\u2019 failed: No test report files were found. Configuration error?';
    expect(ruleFires(defaultRuleSet(), 'gha-action-input-missing', jenkins)).toBe(false);
  });
});

describe("a registry refusing to publish for want of the job's credentials (rule package-publish-auth-refused)", () => {
  test('npm publish answered 404 on its PUT is config (npm 11.19.1 run here, a placeholder token)', () => {
    const put = 'npm error 404 Not Found - PUT https://registry.npmjs.org/@acme%2fpkg - Not found';
    const npm = [
      'npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access',
      'npm error code E404',
      put,
      'npm error 404',
      "npm error 404  The requested resource '@acme/pkg@1.0.0' could not be found or you do not have permission to access it.",
    ];
    const result = classify({ log: failedRunLog('npm publish --access public', npm) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('package-publish-auth-refused');
    expect(result.evidence?.text).toBe(put);
    expect(retriedOnPr(result)).toBe(false);
  });

  test('cargo publish with no token is config (cargo 1.95.0 run here)', () => {
    const cargo = [
      '    Updating `local` index',
      'error: no token found for `local`, please run `cargo login --registry local`',
      'or use environment variable CARGO_REGISTRIES_LOCAL_TOKEN',
    ];
    const result = classify({ log: failedRunLog('cargo publish --registry local', cargo, 101) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('package-publish-auth-refused');
  });

  test("PyPI's trusted publishing refused is config, its server errors are not this rule", () => {
    const refused = [
      '##[error]Trusted publishing exchange failure: ',
      'Token request failed: the server refused the request for the following reasons:',
      '',
      '* `invalid-publisher`: valid token, but no corresponding publisher (Publisher with matching claims was not found)',
    ];
    const result = classify({
      log: jobLog(actionsStep({ uses: 'pypa/gh-action-pypi-publish@release/v1' }, refused)),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('package-publish-auth-refused');
    const rules = defaultRuleSet();
    expect(
      ruleFires(
        rules,
        'package-publish-auth-refused',
        'Token request failed: the index produced an unexpected',
      ),
    ).toBe(false);
  });

  test("PyPI's trusted publishing with no OIDC permission is config; GitHub's token service failing is not", () => {
    // di/id's detect_github: the permission cause (the job lacks `id-token: write`, or a fork's pull request).
    const unset =
      'OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset';
    const fork = [
      '',
      'The workflow context indicates that this action was called from a',
      'pull request on a fork.',
    ];
    for (const output of [[unset], [unset, ...fork]]) {
      const lines = ['##[error]Trusted publishing exchange failure: ', ...output];
      const v = classify({
        log: jobLog(actionsStep({ uses: 'pypa/gh-action-pypi-publish@release/v1' }, lines)),
      });
      expect(v.type).toBe('config');
      expect(v.rule).toBe('package-publish-auth-refused');
      expect(retriedOnPr(v)).toBe(false);
    }
    // The same line with di/id's other GitHub causes: the token request timed out or GitHub answered a 5xx.
    const rules = defaultRuleSet();
    const timedOut = 'OpenID Connect token retrieval failed: GitHub: OIDC token request timed out';
    const gateway =
      "OpenID Connect token retrieval failed: GitHub: OIDC token request failed (code=504, body='<html><body><h1>504 Gateway Time-out</h1></body></html>')";
    const uses = 'pypa/gh-action-pypi-publish@release/v1';
    for (const [annotation, line] of [
      ['##[error]Trusted publishing exchange failure: ', gateway],
      ['##[error]Attestation generation failure: ', timedOut],
    ] as const) {
      expect([line, ruleFires(rules, 'package-publish-auth-refused', line)]).toEqual([line, false]);
      const v = classify({
        log: jobLog(
          actionsStep({ uses }, [
            annotation,
            line,
            '',
            'This generally indicates a workflow configuration error, such as insufficient',
          ]),
        ),
      });
      expect([line, v.type]).not.toEqual([line, 'config']);
    }
  });

  test("npm's 404 on a GET is a missing package, not this rule", () => {
    const get = 'npm error 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found';
    expect(ruleFires(defaultRuleSet(), 'package-publish-auth-refused', get)).toBe(false);
    expect(classify({ log: failedRunLog('npm ci', ['npm error code E404', get]) }).type).toBe('dependency');
  });
});

describe("Gradle 7.0-8.7 finding no variant of a plugin for the job's JVM or Gradle (rule gradle-plugin-variant-incompatible)", () => {
  const noVariant =
    "No matching variant of com.android.tools.build:gradle:8.2.0 was found. The consumer was configured to find a library for use during runtime, compatible with Java 11, packaged as a jar, and its dependencies declared externally, as well as attribute 'org.gradle.plugin.api-version' with value '8.2' but:";

  test('is config over the classpath resolution failure it caused', () => {
    const gradle = [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "A problem occurred configuring root project 'app'.",
      "> Could not resolve all files for configuration ':classpath'.",
      '   > Could not resolve com.android.tools.build:gradle:8.2.0.',
      '     Required by:',
      '         project : > com.android.application:com.android.application.gradle.plugin:8.2.0',
      `      > ${noVariant}`,
      "          - Variant 'apiElements' capability com.android.tools.build:gradle:8.2.0 declares a library, packaged as a jar, and its dependencies declared externally:",
      '              - Incompatible because this component declares a component for use during compile-time, compatible with Java 17 and the consumer needed a component for use during runtime, compatible with Java 11',
      '',
      'BUILD FAILED in 3s',
    ];
    const result = classify({ log: failedRunLog('./gradlew build', gradle) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('gradle-plugin-variant-incompatible');
    expect(result.evidence?.text).toBe(`> ${noVariant}`);
  });

  test("a library's no-matching-variant, the project's own JVM target, is not this rule", () => {
    const library =
      'No matching variant of org.junit.jupiter:junit-jupiter:6.0.0 was found. The consumer was configured to find a library for use during compile-time, compatible with Java 11, preferably in the form of class files, preferably optimized for standard JVMs, and its dependencies declared externally but:';
    expect(ruleFires(defaultRuleSet(), 'gradle-plugin-variant-incompatible', library)).toBe(false);
  });
});
