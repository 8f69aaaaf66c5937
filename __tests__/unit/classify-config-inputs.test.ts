/**
 * Issue 68 item 1, config: the job's own inputs or invocation that the tool refuses, in each tool's own words
 * (every line taken from the tool's source or printed here by the real program): a report tool whose input the
 * job never wrote (report-input-missing: the Codecov CLI, coverage.py, action-junit-report, upload-sarif), an action's boolean
 * input that is no boolean (gha-action-input-missing), apksigner unable to load its signer's key
 * (signing-key-unusable), clap's other usage errors (clap-usage-error) and the project's own build backend failing
 * while pip asks it for its build requirements (pip-own-package-build, build); credentials a build-time SDK or a
 * release tool cannot use: Supabase's server client without its URL or key (supabase-client-config-missing),
 * sentry-cli without or with a refused token (sentry-cli-auth-missing), npm publish refused (npm-publish-forbidden).
 * None is mended by a retry.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

/** A job: a checkout that passed, the given steps, the runner's post-job lines. */
function job(...steps: string[][]): string {
  const checkout = actionsStep({ uses: 'actions/checkout@v4' }, ['Syncing repository: owner/app']);
  return jobLog([...checkout, ...steps.flat(), 'Post job cleanup.', 'Cleaning up orphan processes']);
}

const CODECOV = '/home/runner/work/_actions/codecov/codecov-action/v5/dist/codecov';
const codecovStep = (annotation: 'error' | 'warning'): string[] =>
  actionsStep({ uses: 'codecov/codecov-action@v5' }, [
    `[command]${CODECOV} -v upload-coverage --git-service github --fail-on-error --file ./coverage.xml`,
    'info - 2026-01-01 10:00:01,000 -- ci service found: github-actions',
    'info - 2026-01-01 10:00:01,448 -- Found 0 coverage files to report',
    "Error: No coverage reports found. Please make sure you're generating reports successfully.",
    `##[${annotation}]Codecov: Failed to properly upload report: The process '${CODECOV}' failed with exit code 1`,
  ]);

/** pip 23.2.1's own output (`pip install --no-index ./proj`), its in-tree backend importing what it never declared. */
const pipGetRequires = (header: string): string[] => [
  header,
  '  Getting requirements to build wheel: started',
  "  Getting requirements to build wheel: finished with status 'error'",
  '  error: subprocess-exited-with-error',
  '  ',
  '  × Getting requirements to build wheel did not run successfully.',
  '  │ exit code: 1',
  '  ╰─> [3 lines of output]',
  '      Traceback (most recent call last):',
  "      ModuleNotFoundError: No module named 'numpy'",
  '      [end of output]',
  '  ',
  '  note: This error originates from a subprocess, and is likely not a problem with pip.',
  'error: subprocess-exited-with-error',
  '',
  '× Getting requirements to build wheel did not run successfully.',
  '│ exit code: 1',
  '╰─> See above for output.',
  '',
  'note: This error originates from a subprocess, and is likely not a problem with pip.',
];

/**
 * `near`: the action's own name types the step too (a JUnit report a test run; codecov, an uploader, types nothing) and its
 * weight stands within 0.1 of the rule's, so the verdict is right at low confidence (weigh.ts).
 */
type Case = { what: string; rule: string; type?: string; log: string; line: string; near?: true };

const cases: Case[] = [
  {
    what: 'codecov-action with fail_ci_if_error, no coverage file matched',
    rule: 'report-input-missing',
    log: job(codecovStep('error')),
    line: "Error: No coverage reports found. Please make sure you're generating reports successfully.",
  },
  {
    what: "coverage.py's report with no data file",
    rule: 'report-input-missing',
    log: failedRunLog('coverage xml -o coverage.xml', ['No data to report.'], 1),
    line: 'No data to report.',
  },
  {
    what: 'action-junit-report requiring tests where its paths matched none',
    rule: 'report-input-missing',
    log: job(
      actionsStep({ uses: 'mikepenz/action-junit-report@v5' }, [
        'Preparing 0 report as configured.',
        '##[error]❌ No test results found for JUnit Test Report',
      ]),
    ),
    line: '##[error]❌ No test results found for JUnit Test Report',
    near: true,
  },
  {
    what: 'upload-sarif given a SARIF path the analysis did not write',
    rule: 'report-input-missing',
    log: job(
      actionsStep({ uses: 'github/codeql-action/upload-sarif@v3' }, [
        '##[error]Path does not exist: results.sarif',
      ]),
    ),
    line: '##[error]Path does not exist: results.sarif',
  },
  {
    what: 'upload-sarif given a directory with no SARIF file in it',
    rule: 'report-input-missing',
    log: job(
      actionsStep({ uses: 'github/codeql-action/upload-sarif@v3' }, [
        '##[error]No SARIF files found to upload in "reports/".',
      ]),
    ),
    line: '##[error]No SARIF files found to upload in "reports/".',
  },
  {
    what: 'an action reading a boolean input that holds none',
    rule: 'gha-action-input-missing',
    log: job(
      actionsStep({ uses: 'actions/cache/restore@v4' }, [
        '##[error]Input does not meet YAML 1.2 "Core Schema" specification: fail-on-cache-miss',
        'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
      ]),
    ),
    line: '##[error]Input does not meet YAML 1.2 "Core Schema" specification: fail-on-cache-miss',
  },
  {
    what: 'apksigner unable to read the key from the keystore the secret decoded',
    rule: 'signing-key-unusable',
    log: failedRunLog(
      'apksigner sign --ks release.jks --ks-pass env:KS_PASS app-release-unsigned.apk',
      [
        'Failed to load signer "signer #1"',
        'java.io.IOException: Failed to obtain key with alias "upload" from release.jks. Wrong password?',
        '\tat com.android.apksigner.SignerParams.loadKeyFromKeyStore(SignerParams.java:351)',
        '\tat com.android.apksigner.ApkSignerTool.getSignerConfig(ApkSignerTool.java:437)',
      ],
      2,
    ),
    line: 'Failed to load signer "signer #1"',
  },
  {
    what: "a clap program given no required argument, which a release path's word must not outrank",
    rule: 'clap-usage-error',
    log: failedRunLog(
      './target/release/widget',
      [
        'error: the following required arguments were not provided:',
        '  <INPUT>',
        '',
        'Usage: widget <INPUT>',
        '',
        "For more information, try '--help'.",
      ],
      2,
    ),
    line: 'error: the following required arguments were not provided:',
  },
  {
    what: "the project's own backend failing for its build requirements inside pip install",
    rule: 'pip-own-package-build',
    type: 'build',
    log: failedRunLog('pip install .', pipGetRequires('Processing /home/runner/work/app/app'), 1),
    line: '× Getting requirements to build wheel did not run successfully.',
  },
  {
    what: "Supabase's server client built at build time without its URL or key",
    rule: 'supabase-client-config-missing',
    log: failedRunLog(
      'npm run build',
      [
        '> web@0.1.0 build',
        '> next build',
        '   Collecting page data ...',
        "Error: Your project's URL and Key are required to create a Supabase client!",
        '',
        "Check your Supabase project's API settings to find these values",
        '',
        'https://supabase.com/dashboard/project/_/settings/api',
        '    at createServerClient (/home/runner/work/web/web/.next/server/chunks/11.js:1:1)',
        '',
        '> Build error occurred',
        "[Error: Failed to collect page data for /] { type: 'Error' }",
      ],
      1,
    ),
    line: "Error: Your project's URL and Key are required to create a Supabase client!",
  },
  {
    what: 'sentry-cli without its auth token',
    rule: 'sentry-cli-auth-missing',
    log: failedRunLog(
      'npx @sentry/cli releases new "$GITHUB_SHA"',
      [
        'error: Auth token is required for this request. Please run `sentry-cli login` and try again!',
        '',
        'Add --log-level=[info|debug] or export SENTRY_LOG_LEVEL=[info|debug] to see more output.',
        'Please attach the full debug log to all bug reports.',
      ],
      1,
    ),
    line: 'error: Auth token is required for this request. Please run `sentry-cli login` and try again!',
  },
  {
    what: 'sentry-cli whose token Sentry refuses',
    rule: 'sentry-cli-auth-missing',
    log: failedRunLog(
      'npx @sentry/cli sourcemaps upload --release "$GITHUB_SHA" dist',
      [
        'error: API request failed',
        '',
        'Caused by:',
        '    sentry reported an error: Invalid token (http status: 401)',
      ],
      1,
    ),
    line: 'sentry reported an error: Invalid token (http status: 401)',
  },
  {
    what: 'npm publish that the registry refuses',
    rule: 'npm-publish-forbidden',
    log: failedRunLog(
      'npm publish --access public',
      [
        'npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access',
        'npm error code E403',
        'npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fwidget - You do not have permission to publish "@acme/widget". Are you logged in as the correct user?',
        'npm error 403 In most cases, you or one of your dependencies are requesting',
        'npm error 403 a package version that is forbidden by your security policy, or',
        'npm error 403 on a server you do not have access to.',
      ],
      1,
    ),
    line: 'npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fwidget - You do not have permission to publish "@acme/widget". Are you logged in as the correct user?',
  },
  {
    // maxim-lobanov/setup-xcode src/setup-xcode.ts @ 7f352e61: a version the runner's image no longer has.
    what: 'setup-xcode asked for an Xcode the macOS image does not have',
    rule: 'setup-action-version-missing',
    log: job(
      actionsStep({ uses: 'maxim-lobanov/setup-xcode@v1' }, [
        'Available versions:',
        "##[error]Could not find Xcode version that satisfied version spec: '15.0'",
      ]),
    ),
    line: "##[error]Could not find Xcode version that satisfied version spec: '15.0'",
  },
  {
    // gradle/actions sources/src/actions/wrapper-validation/main.ts @ 889dc537: a jar Gradle never published.
    what: "gradle/actions' wrapper validation failing on an unknown gradle-wrapper.jar",
    rule: 'gradle-wrapper-validation-failed',
    type: 'quality-gate',
    log: job(
      actionsStep({ uses: 'gradle/actions/wrapper-validation@v4' }, [
        '##[error]At least one Gradle Wrapper Jar failed validation!',
        '  See https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md#validation-failures',
        '✗ Found unknown Gradle Wrapper JAR files:',
        '  3f1e2d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e gradle/wrapper/gradle-wrapper.jar',
      ]),
    ),
    line: '##[error]At least one Gradle Wrapper Jar failed validation!',
  },
];

describe("a job's own input or invocation refused, in the tool's own words", () => {
  test.each(cases)('$what: $rule', ({ rule, type, log, line, near }) => {
    const v = classify({ log });
    expect(v.type).toBe(type ?? 'config');
    expect(v.rule).toBe(rule);
    expect(v.confidence).toBe(near ? 'low' : 'medium');
    expect(v.evidence?.text.trim()).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('lines and logs that only look like them', () => {
  test.each([
    // pytest-cov warns and the tests' own verdict stands
    ['report-input-missing', 'WARNING: Failed to generate report: No data to report.'],
    // the action's notice without the annotation is no failure of the step
    ['report-input-missing', '❌ No test results found for JUnit Test Report'],
    ['report-input-missing', 'Support boolean input list: `true | True | TRUE | false | False | FALSE`'],
    // a program's own exception quoting the words, not an action's failure annotation
    ['report-input-missing', 'Error: Path does not exist: /tmp/fixture'],
    ['signing-key-unusable', 'java.io.IOException: Failed to load signer configuration'],
    ['clap-usage-error', 'the following required arguments were not provided:'],
    // a 5xx is Sentry's outage; a GET refused is an install, not a publish
    ['sentry-cli-auth-missing', 'sentry reported an error: Internal Server Error (http status: 502)'],
    ['npm-publish-forbidden', 'npm error 403 403 Forbidden - GET https://registry.npmjs.org/left-pad'],
    ['pip-own-package-build', "  Getting requirements to build wheel: finished with status 'done'"],
  ])('%s does not fire on %j', (rule, line) => {
    expect(ruleFires(ruleSet, rule, line)).toBe(false);
  });

  test("codecov's failure as a warning in a job that passed claims nothing above low", () => {
    const v = classify({ log: job(codecovStep('warning')) });
    expect(v.confidence).toBe('low');
    expect(v.rule).not.toBe('report-input-missing');
  });

  // The bundler plugins run sentry-cli inside the build and, without a user errorHandler, log its failure and go
  // on (bundler-plugin-core build-plugin-manager.ts handleRecoverableError(e, false)): the build failed later.
  test.each([
    ['error: Auth token is required for this request. Please run `sentry-cli login` and try again!'],
    ['error: API request failed', '  caused by: sentry reported an error: Invalid token (http status: 401)'],
  ])(
    "sentry-cli's refusal a bundler plugin logged is not the verdict on a build that failed after it: %s",
    (...sentry) => {
      const v = classify({
        log: failedRunLog(
          'npm run build',
          [
            '> web@0.1.0 build',
            '> next build',
            '   Creating an optimized production build ...',
            ...sentry,
            "[@sentry/nextjs] Error: An error occurred. Couldn't finish all operations: Error: Command failed",
            ' ✓ Compiled successfully',
            '   Collecting page data ...',
            'Error occurred prerendering page "/". Read more: https://nextjs.org/docs/messages/prerender-error',
            "TypeError: Cannot read properties of undefined (reading 'map')",
          ],
          1,
        ),
      });
      expect(v.rule).not.toBe('sentry-cli-auth-missing');
      expect(v.type).toBe('build');
    },
  );

  test("a dependency's backend failing the same way is the dependency's, not the project's build", () => {
    const v = classify({
      log: failedRunLog(
        'pip install -r requirements.txt',
        [
          'Collecting oldpkg==0.3 (from -r requirements.txt (line 2))',
          '  Downloading oldpkg-0.3.tar.gz (12 kB)',
          ...pipGetRequires('').slice(1),
        ],
        1,
      ),
    });
    expect(v.rule).not.toBe('pip-own-package-build');
    expect(v.type).toBe('dependency');
  });
});
