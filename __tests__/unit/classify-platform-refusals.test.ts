/**
 * A job refused by the platform or service it talks to, in that service's own words (issue 68: credentials the job
 * cannot use, a tool refusing its environment, a pinned version no release meets): each step below as GitHub Actions
 * shows it, its lines the tool's published text (the rule's `why` names the source). Each was unknown or typed by
 * its step's name before its rule.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

interface Case {
  rule: string;
  type: string;
  step: { run: string } | { uses: string };
  output: string[];
  exit?: number;
  /** The line shown: the one that states the cause. */
  line: string;
}

const CODECOV_TOKENLESS =
  'error - 2026-01-01 10:00:01,201 -- Upload queued for processing failed: {"message":"Token required - not valid tokenless upload"}';
const AADSTS700213 =
  "##[error]AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/app:pull_request'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.";
const CDK_NOT_BOOTSTRAPPED =
  "❌ Deployment failed: Error: AppStack: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)";

const CASES: Case[] = [
  {
    // PowerShell/PowerShell Authenticode.resx Reason_RestrictedMode, after NormalView's `<path> : `
    rule: 'pwsh-execution-policy',
    type: 'config',
    step: { run: './build.ps1' },
    output: [
      'D:\\a\\app\\app\\build.ps1 : File D:\\a\\app\\app\\build.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https://go.microsoft.com/fwlink/?LinkID=135170.',
      '    + CategoryInfo          : SecurityError: (:) [], ParentContainsErrorRecordException',
      '    + FullyQualifiedErrorId : UnauthorizedAccess',
    ],
    exit: 1,
    line: 'D:\\a\\app\\app\\build.ps1 : File D:\\a\\app\\app\\build.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https://go.microsoft.com/fwlink/?LinkID=135170.',
  },
  {
    // semantic-release/npm lib/definitions/errors.js EINVALIDNPMTOKEN, as semantic-release logs a plugin's error
    rule: 'ci-credentials-missing',
    type: 'config',
    step: { run: 'npx semantic-release' },
    output: [
      '[7:00:01 AM] [semantic-release] › ✘  An error occurred while running semantic-release: SemanticReleaseError: Invalid npm token.',
      '[7:00:01 AM] [semantic-release] › ✘  EINVALIDNPMTOKEN Invalid npm token.',
      'The npm token configured in the NPM_TOKEN environment variable must be a valid token allowing to publish to the registry https://registry.npmjs.org/.',
    ],
    exit: 1,
    line: '[7:00:01 AM] [semantic-release] › ✘  EINVALIDNPMTOKEN Invalid npm token.',
  },
  {
    // changesets/changesets packages/cli/src/commands/status/index.ts, under @changesets/logger's prefix
    rule: 'changeset-missing',
    type: 'quality-gate',
    step: { run: 'npx changeset status --since=origin/main' },
    output: [
      '🦋  error Some packages have been changed but no changesets were found. Run `changeset add` to resolve this error.',
      "🦋  error If this change doesn't need a release, run `changeset add --empty`.",
    ],
    exit: 1,
    line: '🦋  error Some packages have been changed but no changesets were found. Run `changeset add` to resolve this error.',
  },
  {
    // hashicorp/terraform internal/getproviders/errors.go ErrHostUnreachable inside init.go's diagnostic, wrapped
    // at 78 columns as Terraform 1.11.4 printed it here without a network
    rule: 'terraform-registry-retries',
    type: 'network',
    step: { run: 'terraform init -no-color' },
    output: [
      'Initializing provider plugins...',
      '- Finding latest version of hashicorp/kubernetes...',
      '',
      'Error: Failed to query available provider packages',
      '',
      'Could not retrieve the list of available versions for provider',
      'hashicorp/kubernetes: could not connect to registry.terraform.io: failed to',
      'request discovery document: Get',
      '"https://registry.terraform.io/.well-known/terraform.json": dial tcp: lookup',
      'registry.terraform.io on 10.1.0.53:53: no such host',
    ],
    exit: 1,
    line: 'hashicorp/kubernetes: could not connect to registry.terraform.io: failed to',
  },
  {
    // hashicorp/terraform internal/providercache/installer.go inside init.go's diagnostic
    rule: 'terraform-lock-inconsistent',
    type: 'dependency',
    step: { run: 'terraform init' },
    output: [
      '- Finding hashicorp/aws versions matching "~> 99.0"...',
      '╷',
      '│ Error: Failed to query available provider packages',
      '│',
      '│ Could not retrieve the list of available versions for provider hashicorp/aws:',
      '│ no available releases match the given constraints ~> 99.0',
      '╵',
    ],
    exit: 1,
    line: '│ no available releases match the given constraints ~> 99.0',
  },
  {
    // @slack/web-api platformErrorFromResult, as slackapi/slack-github-action fails with it
    rule: 'slack-api-auth-refused',
    type: 'config',
    step: { uses: 'slackapi/slack-github-action@v1.27.0' },
    output: ['##[error]Error: An API error occurred: invalid_auth'],
    line: '##[error]Error: An API error occurred: invalid_auth',
  },
  {
    // actions/dependency-review-action src/main.ts (core.setFailed)
    rule: 'github-security-feature-disabled',
    type: 'config',
    step: { uses: 'actions/dependency-review-action@v4' },
    output: [
      '##[error]Dependency review is not supported on this repository. Please ensure that Dependency graph is enabled along with GitHub Advanced Security, see https://github.com/acme/app/settings/security_analysis',
    ],
    line: '##[error]Dependency review is not supported on this repository. Please ensure that Dependency graph is enabled along with GitHub Advanced Security, see https://github.com/acme/app/settings/security_analysis',
  },
  {
    // GitHub's code scanning API's 403, as github/codeql-action's analyze fails with it
    rule: 'github-security-feature-disabled',
    type: 'config',
    step: { uses: 'github/codeql-action/analyze@v3' },
    output: [
      'Uploading results',
      '  Uploading SARIF file to code scanning',
      '##[error]Advanced Security must be enabled for this repository to use code scanning.',
    ],
    line: '##[error]Advanced Security must be enabled for this repository to use code scanning.',
  },
  {
    // typed-rest-client's bodiless refusal as @vscode/vsce 4.1.0 annotates it on GitHub Actions
    rule: 'package-publish-auth-refused',
    type: 'config',
    step: { run: 'npx @vscode/vsce publish' },
    output: ["Publishing 'acme.app v1.2.0'...", '##[error]Failed request: (401)'],
    exit: 1,
    line: '##[error]Failed request: (401)',
  },
  {
    // codecov/codecov-cli request.py log_warnings_and_errors_if_any around Codecov's answer to a tokenless upload
    rule: 'service-token-refused',
    type: 'config',
    step: { uses: 'codecov/codecov-action@v5' },
    output: [
      'info - 2026-01-01 10:00:01,200 -- Process Upload queued for processing complete',
      CODECOV_TOKENLESS,
    ],
    exit: 1,
    line: CODECOV_TOKENLESS,
  },
  {
    // Entra ID's AADSTS700213 as azure/login fails with the Azure CLI's OIDC login
    rule: 'azure-ad-credentials-refused',
    type: 'config',
    step: { uses: 'azure/login@v2' },
    output: [
      'Running Azure CLI Login.',
      'Attempting Azure CLI login by using OIDC...',
      AADSTS700213,
      "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.",
    ],
    line: AADSTS700213,
  },
  {
    // Cloudflare's API error 10000 as wrangler prints it under its failed request (cloudflare/workers-sdk issue 2863)
    rule: 'cloudflare-api-auth-refused',
    type: 'config',
    step: { run: 'npx wrangler deploy' },
    output: [
      '✘ [ERROR] A request to the Cloudflare API (/accounts/0123abcd/workers/scripts/app) failed.',
      '',
      '  Authentication error [code: 10000]',
      '',
      '  If you think this is a bug, please open an issue at: https://github.com/cloudflare/workers-sdk/issues/new/choose',
    ],
    exit: 1,
    line: 'Authentication error [code: 10000]',
  },
  {
    // aws-cdk's Deployments.validateBootstrapStackVersion
    rule: 'cdk-environment-not-bootstrapped',
    type: 'config',
    step: { run: 'npx cdk deploy --require-approval never' },
    output: [CDK_NOT_BOOTSTRAPPED],
    exit: 1,
    line: CDK_NOT_BOOTSTRAPPED,
  },
  {
    // cargo publish of a version crates.io already has (rustledger/rustledger PR 818)
    rule: 'pypi-file-exists',
    type: 'config',
    step: { run: 'cargo publish' },
    output: ['    Updating crates.io index', 'error: crate app-core@1.2.0 already exists on crates.io index'],
    exit: 101,
    line: 'error: crate app-core@1.2.0 already exists on crates.io index',
  },
];

describe('a platform or service refusing the job, in its own words', () => {
  test.each(CASES)('$rule: $type, on its line', ({ rule, type, step, output, exit, line }) => {
    const v = classify({ log: jobLog(actionsStep(step, output, exit)) });
    expect(v.type).toBe(type);
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text.trim()).toBe(line.trim());
    expect(retriedOnPr(v)).toBe(type === 'network');
  });
});

describe('a refusal in a step that passed', () => {
  test('Codecov refusing a tokenless upload under fail_ci_if_error: false does not outrank the tests that failed after it', () => {
    const codecov = actionsStep({ uses: 'codecov/codecov-action@v5' }, [CODECOV_TOKENLESS]);
    const tests = actionsStep(
      { run: 'python -m pytest -q' },
      [
        '=================================== FAILURES ===================================',
        'E       AssertionError: assert 1 == 2',
        'tests/test_parse.py:4: AssertionError',
        'FAILED tests/test_parse.py::test_parse - AssertionError: assert 1 == 2',
        '1 failed, 5 passed in 0.12s',
      ],
      1,
    );
    const v = classify({ log: jobLog([...codecov, ...tests]) });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('service-token-refused');
  });
});
