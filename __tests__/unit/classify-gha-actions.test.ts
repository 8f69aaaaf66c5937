/**
 * Popular actions failing in their own words (issue 68): the `##[error]` line an action's core.setFailed prints
 * (or the line a shell action echoes before `exit 1`), in a `uses:` step as the runner writes it. Each line is
 * the action's own message, cited from its source; values (paths, versions, ids) filled in. Beside each, a line
 * of the same action or the same words that means something else, which the rule must not take.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const rules = defaultRuleSet();

function verdictOf(uses: string, output: string[], exitCode?: number) {
  return classify({ log: jobLog(actionsStep({ uses }, output, exitCode)) });
}

describe('actions/deploy-pages and the Pages set-up it needs (rule pages-not-set-up)', () => {
  // actions/deploy-pages src/internal/deployment.js, src/index.js, src/internal/api-client.js @ cd2ce8fc.
  test.each([
    'Failed to create deployment (status: 404) with build version 6f1c2e0d. Request ID 0401:2E6A:1B2C3D:4E5F60:67A8B9C0 Ensure GitHub Pages has been enabled: https://github.com/octo/site/settings/pages',
    'Failed to create deployment (status: 403) with build version 6f1c2e0d. Ensure GITHUB_TOKEN has permission "pages: write".',
    'Artifact could not be deployed. Please ensure the content does not contain any hard links, symlinks and total size is less than 10GB.',
  ])('is configuration, never retried: %s', (message) => {
    const v = verdictOf('actions/deploy-pages@v4', [
      'Creating Pages deployment with payload:',
      `##[error]${message}`,
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'pages-not-set-up' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('no pages artifact in the run is configuration, not the outage the core.error before it wonders about', () => {
    // getArtifactMetadata: core.error(...githubstatus.com...) precedes every metadata failure, then setFailed(error).
    const v = verdictOf('actions/deploy-pages@v4', [
      'Fetching artifact metadata for "github-pages" in this workflow run',
      '##[error]Fetching artifact metadata failed. Is githubstatus.com reporting issues with API requests, Pages, or Actions? Please re-run the deployment at a later time.',
      '##[error]Error: No artifacts named "github-pages" were found for this workflow run. Ensure artifacts are uploaded with actions/upload-artifact@v4 or later.',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'pages-not-set-up' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the Pages API's 5xx is a transient the action itself says to re-run (rule pages-service-error)", () => {
    const v = verdictOf('actions/deploy-pages@v4', [
      'Creating Pages deployment with payload:',
      '##[error]Failed to create deployment (status: 502) with build version 6f1c2e0d. Request ID 0401:2E6A Server error, is githubstatus.com reporting a Pages outage? Please re-run the deployment at a later time.',
    ]);
    expect(v).toMatchObject({ type: 'network', rule: 'pages-service-error' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a 5xx is not Pages left unset, and a 404 is no outage', () => {
    const outage =
      'Failed to create deployment (status: 503) with build version 6f1c2e0d. Server error, is githubstatus.com reporting a Pages outage? Please re-run the deployment at a later time.';
    expect(ruleFires(rules, 'pages-not-set-up', outage)).toBe(false);
    expect(
      ruleFires(
        rules,
        'pages-service-error',
        'Failed to create deployment (status: 404) with build version 6f1c2e0d. Ensure GitHub Pages has been enabled: https://github.com/octo/site/settings/pages',
      ),
    ).toBe(false);
  });
});

/**
 * deploy-pages' advice after ANY exception from core.getIDToken() (actions/deploy-pages src/index.js @ 03a5f458:
 * console.log(error), then core.setFailed(`Ensure GITHUB_TOKEN has permission "id-token: write".`)). Only the
 * toolkit's own words above it say the permission is missing (actions/toolkit packages/core/src/oidc-utils.ts @
 * 4b9afa4c: `Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable`, `..._TOKEN env variable`, wrapped as
 * `Error message: ${error.message}`); a token service that failed or could not be reached says otherwise.
 */
describe("deploy-pages' id-token advice (rule pages-id-token-permission)", () => {
  const stack =
    '    at OidcClient.<anonymous> (/home/runner/work/_actions/actions/deploy-pages/v4/node_modules/@actions/core/lib/oidc-utils.js:85:23)';
  const advice = '##[error]Ensure GITHUB_TOKEN has permission "id-token: write".';

  test.each([
    'Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    'Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable',
  ])('a missing permission is configuration, never retried: %s', (error) => {
    const v = verdictOf('actions/deploy-pages@v4', [error, stack, advice]);
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(error);
    expect(retriedOnPr(v)).toBe(false);
    expect(ruleFires(rules, 'pages-id-token-permission', [error, stack, advice].join('\n'))).toBe(true);
  });

  test('the advice alone says no permission is missing', () => {
    expect(ruleFires(rules, 'pages-id-token-permission', advice)).toBe(false);
    expect(ruleFires(rules, 'pages-not-set-up', advice)).toBe(false);
  });

  test('a connection that timed out is a transient, retried', () => {
    const v = verdictOf('actions/deploy-pages@v4', [
      'Error: Error message: connect ETIMEDOUT 20.42.0.1:443',
      stack,
      advice,
    ]);
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the token service's 503 is no missing permission", () => {
    const v = verdictOf('actions/deploy-pages@v4', [
      'Error: Error message: Failed to get ID Token. ',
      ' ',
      '        Error Code : 503',
      ' ',
      '        Error Message: Service Unavailable',
      stack,
      '    at Generator.throw (<anonymous>)',
      advice,
    ]);
    expect(v.type).not.toBe('config');
    expect(v.rule).not.toMatch(/^pages-/);
  });
});

describe('google-github-actions/auth refusing its credentials (rule gcp-auth-refused)', () => {
  // google-github-actions/auth src/main.ts, src/client/*.ts @ fc217480: setFailed(`google-github-actions/auth failed with: ${msg}`).
  test.each([
    'GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork.',
    'Failed to generate Google Cloud federated token for //iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/github/providers/github: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}',
    'Provided credential is not a valid Google Service Account Key JSON',
  ])('is configuration: %s', (message) => {
    const v = verdictOf('google-github-actions/auth@v2', [
      `##[error]google-github-actions/auth failed with: ${message}`,
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'gcp-auth-refused' });
  });

  test('the token exchange cut off by the network is not a refusal', () => {
    const line =
      '##[error]google-github-actions/auth failed with: Failed to generate Google Cloud federated token for //iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/gh: connect ETIMEDOUT 142.250.74.74:443';
    expect(ruleFires(rules, 'gcp-auth-refused', line)).toBe(false);
    expect(verdictOf('google-github-actions/auth@v2', [line]).type).not.toBe('config');
  });
});

describe('a setup action or pnpm/action-setup asked for what does not exist', () => {
  test.each([
    // pnpm/action-setup src/install-pnpm/run.ts @ e303250a, through setFailed(error): `Error: ` and the first line.
    [
      'pnpm/action-setup@v4',
      'pnpm-action-version-missing',
      [
        '##[error]Error: No pnpm version is specified.',
        'Please specify it by one of the following ways:',
        '  - in the GitHub Action config with the key "version"',
        '  - in the package.json with the key "packageManager"',
      ],
      undefined,
    ],
    [
      'pnpm/action-setup@v4',
      'pnpm-action-version-missing',
      ['##[error]Error: No workspace is found.', 'please run the actions/checkout before pnpm/action-setup.'],
      undefined,
    ],
    // subosito/flutter-action setup.sh @ 4cab68ce: an echo, then exit 1 (the runner's exit line only).
    [
      'subosito/flutter-action@v2',
      'setup-action-version-unknown',
      ['Unable to determine Flutter version for channel: stable version: 3.99.0 architecture: x64'],
      1,
    ],
    // hashicorp/setup-terraform lib/setup-terraform.js @ 8620a60d; actions/setup-java src/setup-java.ts @ 1dbac3c9.
    [
      'hashicorp/setup-terraform@v3',
      'setup-action-version-unknown',
      ['##[error]Terraform version 9.9.9 not available for linux and amd64'],
      undefined,
    ],
    [
      'actions/setup-java@v4',
      'setup-action-version-unknown',
      ['##[error]No supported distribution was found for input oracle-jdk'],
      undefined,
    ],
  ] as const)('%s: configuration, rule %s', (uses, rule, output, exitCode) => {
    const v = verdictOf(uses, [...output], exitCode);
    expect(v).toMatchObject({ type: 'config', rule });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a setup action's input echo and other words of the same shape are no such failure", () => {
    expect(ruleFires(rules, 'setup-action-version-unknown', '  distribution: zulu')).toBe(false);
    expect(
      ruleFires(
        rules,
        'setup-action-version-unknown',
        'new topic button is not available for staff-only tags',
      ),
    ).toBe(false);
    expect(
      ruleFires(
        rules,
        'pnpm-action-version-missing',
        'ERR_PNPM_BAD_PM_VERSION This project is configured to use v9.15.0 of pnpm. Your current pnpm is v9.1.0',
      ),
    ).toBe(false);
  });
});

describe('an action that publishes the build, without what it needs (rule publish-action-input-invalid)', () => {
  test.each([
    // JamesIves/github-pages-deploy-action src/util.ts @ 42468f8a checkParameters, then its notice.
    [
      'JamesIves/github-pages-deploy-action@v4',
      "The directory you're trying to deploy named /home/runner/work/site/site/build doesn't exist. Please double check the path and any prerequisite build scripts and try again. ❗",
    ],
    [
      'JamesIves/github-pages-deploy-action@v4',
      'No deployment token/method was provided. You must provide the action with either a Personal Access Token or the GitHub Token secret in order to deploy. For more details on how to use an ssh deploy key please refer to the documentation.',
    ],
    // peaceiris/actions-gh-pages src/set-tokens.ts, src/index.ts @ 09d8f313.
    ['peaceiris/actions-gh-pages@v4', 'Action failed with "not found deploy key or tokens"'],
    [
      'peaceiris/actions-gh-pages@v4',
      'Action failed with "The generated GITHUB_TOKEN (github_token) does not support to push to an external repository.',
    ],
    // softprops/action-gh-release src/main.ts @ 2bc819c8.
    ['softprops/action-gh-release@v2', '⚠️ GitHub Releases requires a tag'],
    ['softprops/action-gh-release@v2', "⚠️  Pattern 'dist/*.zip' does not match any files."],
  ])('%s: configuration: %s', (uses, message) => {
    const v = verdictOf(uses, [`##[error]${message}`, 'Deployment failed! ❌']);
    expect(v).toMatchObject({ type: 'config', rule: 'publish-action-input-invalid' });
  });

  test("softprops' warning for an unmatched pattern is no failure of its own", () => {
    // Without fail_on_unmatched_files the same words come through console.warn, behind 🤔.
    expect(
      ruleFires(rules, 'publish-action-input-invalid', "🤔 Pattern 'dist/*.zip' does not match any files."),
    ).toBe(false);
  });

  test("peaceiris' wrapper of a refused git push is the push's refusal, not a missing input", () => {
    const v = verdictOf('peaceiris/actions-gh-pages@v4', [
      'remote: Permission to octo/site.git denied to github-actions[bot].',
      "fatal: unable to access 'https://github.com/octo/site.git/': The requested URL returned error: 403",
      `##[error]Action failed with "The process '/usr/bin/git' failed with exit code 128"`,
    ]);
    expect(v.type).toBe('config');
    expect(v.rule).not.toBe('publish-action-input-invalid');
  });
});

describe('checkout and create-pull-request refusing their inputs (rule checkout-input-refused)', () => {
  test.each([
    // actions/checkout src/unsafe-pr-checkout-helper.ts, src/git-source-provider.ts @ f548e57e.
    [
      'actions/checkout@v5',
      "Refusing to check out fork pull request code from a 'pull_request_target' workflow. This workflow runs with the base repository's GITHUB_TOKEN, secrets, default-branch cache scope, and runner access.",
    ],
    [
      'actions/checkout@v4',
      "Input 'submodules' not supported when falling back to download using the GitHub REST API. To create a local Git repository instead, add Git 2.18 or higher to the PATH.",
    ],
    // peter-evans/create-pull-request src/create-pull-request.ts @ 653ba8b2.
    [
      'peter-evans/create-pull-request@v7',
      "When the repository is checked out on a commit instead of a branch, the 'base' input must be supplied.",
    ],
    [
      'peter-evans/create-pull-request@v7',
      "The 'base' and 'branch' for a pull request must be different branches. Unable to continue.",
    ],
  ])('%s: configuration: %s', (uses, message) => {
    const v = verdictOf(uses, [`##[error]${message}`]);
    expect(v).toMatchObject({ type: 'config', rule: 'checkout-input-refused' });
  });

  test("checkout's missing ref stays a git failure", () => {
    const v = verdictOf('actions/checkout@v4', [
      "##[error]A branch or tag with the name 'release/9' could not be found",
    ]);
    expect(v).toMatchObject({ type: 'git', rule: 'git-ref-missing' });
    expect(ruleFires(rules, 'checkout-input-refused', 'debconf: falling back to frontend: Readline')).toBe(
      false,
    );
  });
});

describe('actions/cache told to fail on a miss (rule cache-restore-miss-fatal)', () => {
  // actions/cache src/restoreImpl.ts @ 27d5ce7f.
  test('is configuration, not the restore command', () => {
    const v = verdictOf('actions/cache/restore@v4', [
      'Cache not found for input keys: Linux-build-3f6c2a9e',
      '##[error]Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: Linux-build-3f6c2a9e',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'cache-restore-miss-fatal' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the input's echo in the step's header is no failure", () => {
    expect(ruleFires(rules, 'cache-restore-miss-fatal', '  fail-on-cache-miss: true')).toBe(false);
  });

  test('a miss after the cache service failed is no configuration', () => {
    // actions/toolkit packages/cache/src/cache.ts @ 4b9afa4c restoreCache: a service error is caught and logged
    // (`Failed to restore: ...`, a warning below 5xx), no entry is returned, and fail-on-cache-miss fails the step.
    const v = verdictOf('actions/cache/restore@v4', [
      '##[warning]Failed to restore: getCacheEntry failed: connect ETIMEDOUT 13.107.42.16:443',
      '##[error]Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: Linux-build-3f6c2a9e',
    ]);
    expect(v.type).not.toBe('config');
    expect(v.rule).not.toBe('cache-restore-miss-fatal');
  });
});

describe("upload-artifact refused for the account's storage (rule actions-storage-quota)", () => {
  // actions/toolkit packages/artifact/src/internal/shared/errors.ts @ 4b9afa4c (UsageError), through
  // actions/upload-artifact src/upload/index.ts @ bbbca2dd core.setFailed(error.message): a multi-line message.
  test('is configuration, never retried', () => {
    const v = verdictOf('actions/upload-artifact@v4', [
      'With the provided path, there will be 12 files uploaded',
      '##[error]Artifact storage quota has been hit. Unable to upload any new artifacts.',
      'More info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'actions-storage-quota' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the cache's twin is a warning the job goes on after", () => {
    // actions/toolkit packages/cache/src/cache.ts @ 4b9afa4c: a failed save is `core.warning(`Failed to save: ...`)`.
    const line =
      '##[warning]Failed to save: Cache storage quota has been hit. Unable to upload any new cache entries. More info on storage limits: https://docs.github.com/en/billing';
    expect(ruleFires(rules, 'actions-storage-quota', line)).toBe(false);
  });
});
