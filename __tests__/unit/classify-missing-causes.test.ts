/**
 * Causes no rule knew (issue 68): credentials the job cannot use, a tool refusing its invocation, the shell's own
 * verdict on the step's script, a path the workflow names that matches nothing, a plugin or a pinned download that
 * is not there, a registry that stayed down through its client's retries. Each row is a GitHub Actions step whose
 * command's own word says something else (`./gradlew assembleRelease` a build, `maturin` a build, `npm run lint`
 * a check): the tool's published line, as its source prints it (rules/log-rules.json cites each), must decide.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import type { FailureType } from '../../src/core/types.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';
import type { StepKind } from '../classify-logs.js';

interface Row {
  rule: string;
  type: FailureType;
  retryable?: boolean;
  step: StepKind;
  lines: string[];
  code?: number;
  /** The line shown, where the rule reads it only after another line of the step (its `after`). */
  shown?: RegExp;
}

const rows: Row[] = [
  {
    rule: 'shell-script-syntax-error',
    type: 'config',
    step: { run: 'npm run lint && npm test' },
    lines: [
      "/home/runner/work/_temp/5f0c2a8e-1d7b-4c3e-9a55-0b8f1c2d3e4f.sh: line 8: syntax error near unexpected token `2'",
    ],
    code: 2,
  },
  {
    // bash 5.2.15 and dash 0.5.12 run here on the step's script under `set -u`
    rule: 'shell-unbound-variable',
    type: 'config',
    step: { run: './scripts/deploy.sh' },
    lines: [
      '/home/runner/work/_temp/0f2c1d1e-5b9a-4a57-9c55-1d2b3c4d5e6f.sh: line 2: DEPLOY_TARGET: unbound variable',
    ],
  },
  {
    rule: 'shell-unbound-variable',
    type: 'config',
    step: { run: 'npm run release' },
    lines: [
      '/home/runner/work/_temp/0f2c1d1e-5b9a-4a57-9c55-1d2b3c4d5e6f.sh: 2: DEPLOY_TARGET: parameter not set',
    ],
    code: 2,
  },
  {
    // OpenJDK 17.0.15 keytool run here: a PKCS12 store's wrong password, a keystore decoded empty
    rule: 'signing-key-unusable',
    type: 'config',
    step: { run: 'keytool -list -keystore release.jks -storepass "$KS_PASS"' },
    lines: ['keytool error: java.io.IOException: keystore password was incorrect'],
  },
  {
    rule: 'signing-key-unusable',
    type: 'config',
    step: { run: 'echo "$KEYSTORE_B64" | base64 -d > release.jks && keytool -list -keystore release.jks' },
    lines: ['keytool error: java.lang.Exception: Keystore file exists, but is empty: release.jks'],
  },
  {
    // GNU Wget 1.21.3 run here against a server whose 404 says `File not found`
    rule: 'wget-http-404',
    type: 'dependency',
    step: { run: 'wget https://example.com/releases/download/v9.9.9/tool.tgz' },
    lines: [
      'HTTP request sent, awaiting response... 404 File not found',
      '2026-11-29 12:09:41 ERROR 404: File not found.',
    ],
    code: 8,
  },
  {
    rule: 'android-keystore-unreadable',
    type: 'config',
    step: { run: './gradlew assembleRelease' },
    lines: [
      '* What went wrong:',
      "Execution failed for task ':app:packageRelease'.",
      '> A failure occurred while executing com.android.build.gradle.tasks.PackageAndroidArtifact$IncrementalSplitterRunnable',
      '   > com.android.ide.common.signing.KeytoolException: Failed to read key upload from store "/home/runner/work/app/app/release.jks": Keystore was tampered with, or password was incorrect',
      'BUILD FAILED in 1m 2s',
    ],
  },
  {
    rule: 'ssh-key-unusable',
    type: 'config',
    step: { run: 'echo "$DEPLOY_KEY" | ssh-add -' },
    lines: ['Error loading key "(stdin)": error in libcrypto'],
  },
  {
    rule: 'gh-release-forbidden',
    type: 'config',
    step: { uses: 'softprops/action-gh-release@v2' },
    lines: [
      '👩‍🏭 Creating new GitHub release for tag v1.0.0...',
      '⚠️ GitHub release failed with status: 403',
      'retrying... (0 retries remaining)',
      '❌ Too many retries. Aborting...',
      '##[error]Too many retries.',
    ],
  },
  {
    // The same action where GitHub's API answered 502 to each of its three tries (src/github.ts release()).
    rule: 'http-client-server-error',
    type: 'network',
    retryable: true,
    step: { uses: 'softprops/action-gh-release@v2' },
    lines: [1, 2, 3]
      .flatMap((round) => [
        '👩‍🏭 Creating new GitHub release for tag v1.0.0...',
        '⚠️ GitHub release failed with status: 502',
        '{"message":"Server Error"}',
        `retrying... (${3 - round} retries remaining)`,
      ])
      .concat(['❌ Too many retries. Aborting...', '##[error]Too many retries.']),
  },
  {
    // kubectl 1.32.4 run here against an API server answering 503 (its discovery's E-lines first, as printed).
    rule: 'kube-apiserver-unavailable',
    type: 'network',
    retryable: true,
    step: { run: 'kubectl rollout status deployment/web --timeout=120s' },
    lines: [
      'E1206 00:53:00.959039   29053 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: the server is currently unable to handle the request"',
      'Error from server (ServiceUnavailable): the server is currently unable to handle the request',
    ],
  },
  {
    // The same against a proxy answering 502 with its own HTML page: kubectl reads no Status object from it.
    rule: 'kube-apiserver-unavailable',
    type: 'network',
    retryable: true,
    step: { run: 'kubectl apply -f k8s/' },
    lines: [
      'Error from server (InternalError): an error on the server ("<html><body>502 Bad Gateway</body></html>") has prevented the request from succeeding',
    ],
  },
  {
    rule: 'clap-usage-error',
    type: 'config',
    step: { run: 'maturin build --release --universal2' },
    lines: [
      "error: unexpected argument '--universal2' found",
      '',
      "  tip: to pass '--universal2' as a value, use '-- --universal2'",
      '',
      'Usage: maturin build --release [ARGS]...',
    ],
    code: 2,
  },
  {
    rule: 'reportgenerator-no-files',
    type: 'config',
    step: { uses: 'danielpalme/ReportGenerator-GitHub-Action@5.2.0' },
    lines: [
      "2025-06-06T18:51:02: The report file pattern 'coverage/**/coverage.cobertura.xml' found no matching files.",
      '2025-06-06T18:51:02: No report files specified.',
    ],
  },
  {
    rule: 'wget-http-404',
    type: 'dependency',
    retryable: false,
    step: { run: 'wget https://github.com/org/tool/releases/download/v9.9.9/tool.tar.gz' },
    lines: [
      'HTTP request sent, awaiting response... 404 Not Found',
      '2026-02-03 17:06:42 ERROR 404: Not Found.',
    ],
    code: 8,
  },
  {
    rule: 'terraform-registry-retries',
    type: 'network',
    retryable: true,
    step: { run: 'terraform init' },
    lines: [
      '╷',
      '│ Error: Failed to query available provider packages',
      '│ ',
      '│ Could not retrieve the list of available versions for provider',
      '│ hashicorp/google: could not query provider registry for',
      '│ registry.terraform.io/hashicorp/google: the request failed after 2',
      '│ attempts, please try again later: Get',
      '│ "https://registry.terraform.io/v1/providers/hashicorp/google/versions":',
      '│ net/http: request canceled while waiting for connection',
      '╵',
    ],
  },
  {
    rule: 'supabase-client-config-missing',
    type: 'config',
    step: { run: 'npm run build' },
    lines: [
      'Error occurred prerendering page "/dashboard". Read more: https://nextjs.org/docs/messages/prerender-error',
      "Error: @supabase/ssr: Your project's URL and API key are required to create a Supabase client!",
      '',
      "Check your Supabase project's API settings to find these values",
    ],
  },
  {
    rule: 'gradle-property-invalid',
    type: 'config',
    step: { run: './gradlew assembleRelease' },
    lines: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Value 'C:/Program Files/Java/jdk-17' given for org.gradle.java.home Gradle property is invalid (Java home supplied is invalid)",
    ],
  },
  {
    rule: 'gradle-plugin-not-found',
    type: 'dependency',
    step: { run: './gradlew assembleDebug' },
    lines: [
      '* What went wrong:',
      "Plugin [id: 'com.android.application', version: '8.7.3', apply: false] was not found in any of the following sources:",
      '',
      "- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)",
      '- Plugin Repositories (could not resolve plugin artifact)',
    ],
  },
  {
    rule: 'tar-path-missing',
    type: 'config',
    step: { uses: 'actions/upload-pages-artifact@v3' },
    lines: [
      'gtar: out: Cannot open: No such file or directory',
      'gtar: Error is not recoverable: exiting now',
    ],
    code: 2,
  },
  {
    rule: 'hatchling-metadata-invalid',
    type: 'build',
    step: { run: 'pip install .' },
    lines: [
      'Processing /home/runner/work/app/app',
      '  Installing build dependencies: started',
      "  Getting requirements to build wheel: finished with status 'error'",
      '  error: subprocess-exited-with-error',
      '  × Getting requirements to build wheel did not run successfully.',
      '  │ exit code: 1',
      '  ╰─> [20 lines of output]',
      '      Traceback (most recent call last):',
      '          raise TypeError(message)',
      '      TypeError: URL `Homepage` of field `project.urls` must be a string',
      '      [end of output]',
    ],
  },
  {
    rule: 'deploy-pages-artifact-conflict',
    type: 'config',
    step: { uses: 'actions/deploy-pages@v4' },
    lines: [
      'Fetching artifact metadata for "github-pages" in this workflow run',
      '##[error]Error: Multiple artifacts named "github-pages" were unexpectedly found for this workflow run. Artifact count is 2.',
    ],
  },
  {
    rule: 'firebase-not-authenticated',
    type: 'config',
    step: { run: 'npx firebase-tools deploy --only hosting' },
    lines: ['', 'Error: Failed to authenticate, have you run firebase login?'],
  },
  {
    rule: 'agp-aar-metadata-requirement',
    type: 'dependency',
    step: { run: 'flutter build apk --release' },
    lines: [
      "Execution failed for task ':app:checkReleaseAarMetadata'.",
      '> A failure occurred while executing com.android.build.gradle.internal.tasks.CheckAarMetadataWorkAction',
      '   > An issue was found when checking AAR metadata:',
      '',
      "       1.  Dependency ':flutter_local_notifications' requires desugar_jdk_libs version to be",
      '           2.1.4 or above for :app, which is currently 2.0.4',
      'BUILD FAILED in 41s',
    ],
  },
  {
    // google-auth-library 10.9.1 run here: no GOOGLE_APPLICATION_CREDENTIALS, no gcloud login, no metadata server.
    rule: 'gcp-default-credentials-missing',
    type: 'config',
    step: { run: 'node scripts/deploy.js' },
    lines: [
      'Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.',
      '    at GoogleAuth.getApplicationDefaultAsync (/home/runner/work/app/app/node_modules/google-auth-library/build/src/auth/googleauth.js:285:15)',
      '    at async GoogleAuth.getClient (/home/runner/work/app/app/node_modules/google-auth-library/build/src/auth/googleauth.js:751:28)',
    ],
  },
  {
    // Debian's google-auth 1.5.1 run here the same way (a newer google-auth says `Your default credentials were not found.`).
    rule: 'gcp-default-credentials-missing',
    type: 'config',
    step: { run: 'python scripts/upload_results.py' },
    lines: [
      'Traceback (most recent call last):',
      '  File "/home/runner/work/app/app/scripts/upload_results.py", line 2, in <module>',
      '    creds, project = google.auth.default()',
      '  File "/usr/lib/python3/dist-packages/google/auth/_default.py", line 306, in default',
      '    raise exceptions.DefaultCredentialsError(_HELP_MESSAGE)',
      'google.auth.exceptions.DefaultCredentialsError: Could not automatically determine credentials. Please set GOOGLE_APPLICATION_CREDENTIALS or explicitly create credentials and re-run the application. For more information, please see https://developers.google.com/accounts/docs/application-default-credentials.',
    ],
  },
  {
    // golang/oauth2's error inside the Terraform google provider's diagnostic box.
    rule: 'gcp-default-credentials-missing',
    type: 'config',
    step: { run: 'terraform plan -input=false' },
    lines: [
      '╷',
      "│ Error: Attempted to load application default credentials since neither `credentials` nor `access_token` was set in the provider block.  No credentials loaded. To use your gcloud credentials, run 'gcloud auth application-default login'",
      '│ ',
      '│   with provider["registry.terraform.io/hashicorp/google"],',
      '│ ',
      '│ google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information',
      '╵',
    ],
  },
  // Package managers the transient battery does not run (not dependencies of this repository), as they printed
  // here against a registry answering 503 or resetting the connection: yarn 1.22.22, yarn 4.18.1, bun 1.4.5.
  {
    rule: 'yarn-network-error',
    type: 'network',
    retryable: true,
    step: { run: 'yarn install --frozen-lockfile' },
    lines: [
      '[1/4] Resolving packages...',
      'info There appears to be trouble with the npm registry (returned undefined). Retrying...',
      'info There appears to be trouble with the npm registry (returned undefined). Retrying...',
      '/home/runner/.cache/node/corepack/v1/yarn/1.22.22/lib/cli.js:66658',
      "            throw new (_errors || _load_errors()).ResponseError(_this3.reporter.lang('requestFailed', description), res.statusCode);",
      '            ^',
      '',
      'ResponseError: Request failed "503 Service Unavailable"',
      '    at ResponseError.ExtendableBuiltin (/home/runner/.cache/node/corepack/v1/yarn/1.22.22/lib/cli.js:696:66)',
      '  responseCode: 503',
      '}',
      '',
      'Node.js v20.20.2',
    ],
  },
  {
    rule: 'yarn-network-error',
    type: 'network',
    retryable: true,
    step: { run: 'yarn install --frozen-lockfile' },
    lines: [
      '[2/4] Fetching packages...',
      'error Error: https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: Request failed "503 Service Unavailable"',
      '    at ResponseError.ExtendableBuiltin (/usr/share/yarn/lib/cli.js:696:66)',
      'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
    ],
  },
  {
    rule: 'yarn-offline-retries-exhausted',
    type: 'network',
    retryable: true,
    shown: /^error Error: aborted$/,
    step: { run: 'yarn install --frozen-lockfile' },
    lines: [
      '[1/4] Resolving packages...',
      'info There appears to be trouble with your network connection. Retrying...',
      'info There appears to be trouble with your network connection. Retrying...',
      'error Error: aborted',
      '    at Socket.socketCloseListener (node:_http_client:464:19)',
      'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
    ],
  },
  {
    rule: 'registry-transient-error',
    type: 'network',
    retryable: true,
    step: { run: 'yarn install --immutable' },
    lines: [
      '➤ YN0000: ┌ Resolution step',
      '➤ YN0001: │ ReadError: The server aborted pending request',
      '    at IncomingMessage.<anonymous> (/home/runner/work/app/app/.yarn/releases/yarn-4.18.1.cjs:148:12029)',
      '➤ YN0000: └ Completed in 1s 66ms',
      '➤ YN0000: · Failed with errors in 1s 80ms',
    ],
  },
  {
    rule: 'bun-install-network-error',
    type: 'network',
    retryable: true,
    step: { run: 'bun install --frozen-lockfile' },
    lines: [
      'bun install v1.4.5 (a7733435c)',
      'Resolving dependencies',
      'error: ConnectionClosed downloading tarball left-pad@1.3.0',
    ],
  },
  {
    rule: 'bun-install-network-error',
    type: 'network',
    retryable: true,
    step: { run: 'bun install' },
    lines: [
      'bun install v1.4.5 (a7733435c)',
      'Resolving dependencies',
      'error: GET https://registry.npmjs.org/left-pad - 503',
      'error: left-pad@1.3.0 failed to resolve',
    ],
  },
  // Composer 2.5.5 run here against a repository answering 503 or resetting its answer: with no terminal, Symfony
  // Console cuts its message every 76 columns, wherever the cut falls.
  {
    rule: 'composer-transport-error',
    type: 'network',
    retryable: true,
    shown: /ded \(HTTP\/1\.1 503 Service Unavailable\)/,
    step: { run: 'composer install --no-interaction --no-progress' },
    lines: [
      'Loading composer repositories with package information',
      '',
      'In CurlDownloader.php line 623:',
      '                                                                               ',
      '  The "https://repo.acme.dev/503/packages.json" file could not be downloa  ',
      '  ded (HTTP/1.1 503 Service Unavailable)                                   ',
      '                                                                               ',
      '',
      'install [--prefer-source] [--prefer-dist] [--dry-run] [--dev] [--no-dev] [--] [<packages>...]',
    ],
  },
  {
    rule: 'composer-transport-error',
    type: 'network',
    retryable: true,
    shown: /file could not be downloaded \(HTTP\/1\.0 503 Service U/,
    step: { run: 'composer install --no-interaction --no-progress' },
    lines: [
      'In CurlDownloader.php line 623:',
      '                                                                               ',
      '  The "http://releases.acme.dev/503/satis/acme-private-packages/composer  ',
      '  -mirror/packages.json" file could not be downloaded (HTTP/1.0 503 Service U  ',
      '  navailable)                                                                  ',
    ],
  },
  {
    rule: 'composer-transport-error',
    type: 'network',
    retryable: true,
    shown: /^curl error 56 while downloading/,
    step: { run: 'composer update --no-interaction' },
    lines: [
      'In CurlDownloader.php line 365:',
      '                                                                               ',
      '  curl error 56 while downloading http://releases.acme.dev/reset/package  ',
      '  s.json: Recv failure: Connection reset by peer                               ',
    ],
  },
  // Deno 2.9.6 run here with NPM_CONFIG_REGISTRY (and JSR_URL) at a registry answering 503, resetting its answer
  // or answering 404 (its colours stripped, as the runner's log viewer does not).
  {
    rule: 'deno-npm-fetch-failed',
    type: 'network',
    retryable: true,
    shown: /^0: Bad response: 503$/,
    step: { run: 'deno task build' },
    lines: [
      'Download https://registry.npmjs.org/left-pad',
      'error: Failed loading https://registry.npmjs.org/left-pad for package "left-pad"',
      '    0: Bad response: 503',
      '       ',
      '       <html><body>error</body></html>',
      '    at file:///home/runner/work/app/app/main.ts:1:21',
      '',
      'Stack backtrace:',
      '   0: <unknown>',
    ],
  },
  {
    rule: 'deno-npm-fetch-failed',
    type: 'network',
    retryable: true,
    shown: /^0: error reading a body from connection$/,
    step: { run: 'deno run -A main.ts' },
    lines: [
      "error: Failed caching npm package 'left-pad@1.3.0'",
      '    0: error reading a body from connection',
      '',
      'Stack backtrace:',
    ],
  },
  {
    rule: 'registry-transient-error',
    type: 'network',
    retryable: true,
    step: { run: 'deno test' },
    lines: [
      'Download https://jsr.io/@std/assert/meta.json',
      "error: JSR package manifest for '@std/assert' failed to load. Import 'https://jsr.io/@std/assert/meta.json' failed: 503 Service Unavailable",
      '    at file:///home/runner/work/app/app/main_test.ts:1:24',
    ],
  },
  {
    rule: 'js-install-resolve',
    type: 'dependency',
    step: { run: 'deno task build' },
    lines: [
      'Download https://registry.npmjs.org/left-pad-nope',
      "error: npm package 'left-pad-nope' does not exist.",
      '    at file:///home/runner/work/app/app/main.ts:1:21',
    ],
  },
  {
    // Biome 2.6.9 run here (`biome ci .`) on a biome.json with a key it does not know (Biome 1's keys under Biome 2).
    rule: 'checker-config-invalid',
    type: 'config',
    step: { run: 'npx @biomejs/biome ci .' },
    lines: [
      'configuration ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      '  ✖ Biome exited because the configuration resulted in errors. Please fix them.',
      '  ',
      '/home/runner/work/app/app/biome.json:1:12 deserialize ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      '  ✖ Found an unknown key `ignore`.',
      '  ',
      '  ℹ Known keys:',
    ],
  },
  {
    // turbo 2.11.13 run here: `turbo run lintt` in an npm workspace whose packages have no such script.
    rule: 'build-task-unknown',
    type: 'config',
    step: { run: 'npx turbo run lint' },
    lines: [
      ' WARNING  An issue occurred while attempting to parse /home/runner/work/app/app/package-lock.json. Turborepo will still function, but some features may not be available:',
      '   x Could not resolve workspace.',
      '  `-> Lockfile not found at /home/runner/work/app/app/package-lock.json',
      '',
      '  x Missing tasks in project',
      '  `->   x Could not find task `lint` in project',
    ],
  },
  {
    // npm 11.19.1 run here: `npm install` where package.json's devEngines asks for a Node this job does not run.
    rule: 'tool-version-unsupported',
    type: 'config',
    step: { run: 'npm ci' },
    lines: [
      'npm error code EBADDEVENGINES',
      'npm error EBADDEVENGINES The developer of this package has specified the following through devEngines',
      'npm error EBADDEVENGINES Invalid devEngines.runtime',
      'npm error EBADDEVENGINES Invalid semver version ">=24" does not match "v20.20.2" for "runtime"',
      'npm error EBADDEVENGINES {',
      "npm error EBADDEVENGINES   current: { name: 'node', version: 'v20.20.2' },",
      "npm error EBADDEVENGINES   required: { name: 'node', version: '>=24', onFail: 'error' }",
      'npm error EBADDEVENGINES }',
      'npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-06T04_37_04_750Z-debug-0.log',
    ],
  },
  {
    // pre-commit 3.0.4 run here: `pre-commit run --all-files` on a local hook whose `entry` is not a string.
    rule: 'checker-config-invalid',
    type: 'config',
    step: { uses: 'pre-commit/action@v3.0.1' },
    lines: [
      'An error has occurred: InvalidConfigError: ',
      '==> File .pre-commit-config.yaml',
      '==> At Config()',
      '==> At key: repos',
      "==> At Repository(repo='local')",
      '==> At key: hooks',
      "==> At Hook(id='x')",
      '==> At key: entry',
      '=====> Expected string got bool',
      'Check the log at /home/runner/.cache/pre-commit/pre-commit.log',
    ],
  },
  {
    // golangci-lint-action v7+ given a golangci-lint v1 version (src/version.ts parseVersion), as the runner logs it.
    rule: 'tool-version-unsupported',
    type: 'config',
    step: { uses: 'golangci/golangci-lint-action@v8' },
    lines: [
      'prepare environment',
      '  Finding needed golangci-lint version...',
      "  ##[error]Failed to run: Error: invalid version string 'v1.64.8', golangci-lint v1 is not supported by golangci-lint-action >= v7., Error: invalid version string 'v1.64.8', golangci-lint v1 is not supported by golangci-lint-action >= v7.",
      "##[error]invalid version string 'v1.64.8', golangci-lint v1 is not supported by golangci-lint-action >= v7.",
    ],
  },
  // Debian's nox 2022.11.21 (and its virtualenv 20.17.1) run here: a Python the runner lacks, a session the noxfile
  // does not define, no noxfile where the step runs.
  {
    rule: 'tool-version-unsupported',
    type: 'config',
    step: { run: 'nox --error-on-missing-interpreters -s tests' },
    lines: [
      'nox > Running session tests-3.8',
      'nox > Creating virtual environment (virtualenv) using python3.8 in .nox/tests-3-8',
      'nox > Command /usr/bin/python3 -m virtualenv /home/runner/work/app/app/.nox/tests-3-8 -p python3.8 failed with exit code 1:',
      "RuntimeError: failed to find interpreter for Builtin discover of python_spec='python3.8'",
      'nox > Session tests-3.8 failed.',
    ],
  },
  {
    rule: 'build-task-unknown',
    type: 'config',
    step: { run: 'nox -s lint' },
    lines: ['nox > Error while collecting sessions.', 'nox > Sessions not found: lint'],
    code: 3,
  },
  {
    rule: 'project-manifest-missing',
    type: 'config',
    step: { run: 'nox -s tests' },
    lines: ['nox > Failed to load Noxfile /home/runner/work/app/app/noxfile.py, no such file exists.'],
    code: 2,
  },
  // Servers that failed the client after its retries, as the clients print it (transients: retried).
  {
    // curl 7.88.1 run here against a server answering 502; brew prints curl's line above its own.
    rule: 'curl-http-server-error',
    type: 'network',
    retryable: true,
    step: { run: 'brew install protobuf' },
    lines: [
      '==> Downloading https://ghcr.io/v2/homebrew/core/protobuf/manifests/25.1',
      'curl: (22) The requested URL returned error: 502',
      'Error: protobuf: Failed to download resource "protobuf_bottle_manifest"',
      'Download failed: https://ghcr.io/v2/homebrew/core/protobuf/manifests/25.1',
    ],
  },
  {
    // Node 20.20.2 run here: a script's fetch from a server that read the request and closed the connection.
    rule: 'undici-socket-failed',
    type: 'network',
    retryable: true,
    step: { run: 'node scripts/sync.mjs' },
    lines: [
      'node:internal/deps/undici/undici:14976',
      '      Error.captureStackTrace(err);',
      '            ^',
      '',
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async file:///home/runner/work/app/app/scripts/sync.mjs:1:11 {',
      '  [cause]: SocketError: other side closed',
      '      at Socket.<anonymous> (node:internal/deps/undici/undici:6436:28)',
      "    code: 'UND_ERR_SOCKET',",
      '  }',
      '}',
      '',
      'Node.js v20.20.2',
    ],
  },
  {
    // CocoaPods/Core cdn_source.rb: several failed downloads under one Informative.
    rule: 'cocoapods-cdn-unreachable',
    type: 'network',
    retryable: true,
    step: { run: 'pod install' },
    lines: [
      'Analyzing dependencies',
      '[!] CDN: trunk Repo update failed - 2 error(s):',
      "CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/a/7/5/Alamofire/5.8.1/Alamofire.podspec.json Response: Couldn't connect to server",
      "CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/Specs/a/7/5/Alamofire/5.8.0/Alamofire.podspec.json Response: Timeout was reached",
    ],
  },
  {
    // hexpm/hex lib/hex/scm.ex: the reason Hex.Shell.error prints, then Mix's raise.
    rule: 'hex-fetch-failed',
    type: 'network',
    retryable: true,
    step: { run: 'mix deps.get' },
    lines: [
      '* Getting jason (Hex package)',
      'Request failed (:timeout)',
      'If this happens consistently, adjust your concurrency and timeout settings:',
      '',
      '    HEX_HTTP_CONCURRENCY=1 HEX_HTTP_TIMEOUT=120 mix deps.get',
      '** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/jason-1.4.1.tar)',
    ],
  },
  // Test runners' closing counts in their own words (behave, Alcotest, OUnit), under a command that says build.
  {
    rule: 'test-summary-failed-count',
    type: 'test',
    step: { run: 'make check' },
    lines: [
      'Failing scenarios:',
      '  features/calc.feature:2  add',
      '',
      '0 features passed, 1 failed, 0 skipped',
      '1 scenario passed, 1 failed, 0 skipped',
      '3 steps passed, 1 failed, 0 skipped, 0 undefined',
    ],
    shown: /^1 scenario passed, 1 failed, 0 skipped$/,
  },
  {
    rule: 'test-summary-failed-count',
    type: 'test',
    step: { run: 'opam exec -- make ci' },
    lines: [
      '  [FAIL]        add          1   two.',
      'ASSERT sum',
      'FAIL sum',
      '',
      '1 failure! in 0.001s. 2 tests run.',
    ],
  },
  {
    rule: 'test-summary-failed-count',
    type: 'test',
    step: { run: 'opam exec -- make ci' },
    lines: [
      'Ran: 3 tests in: 0.10 seconds.',
      'FAILED: Cases: 3 Tried: 3 Errors: 0 Failures: 1 Skip:  0 Todo: 0 Timeouts: 0.',
    ],
  },
  // Elixir 1.14.0, cabal-install 3.4.1.0 and PHPUnit 9.6.7 run here: a task, a manifest, a configuration file.
  {
    rule: 'build-task-unknown',
    type: 'config',
    step: { run: 'mix credo --strict' },
    lines: ['Compiling 1 file (.ex)', 'Generated app app', '** (Mix) The task "credo" could not be found'],
  },
  {
    rule: 'manifest-unparsable',
    type: 'config',
    step: { run: 'cabal build all' },
    lines: [
      'Errors encountered when parsing cabal file ./app.cabal:',
      '',
      'app.cabal:0:0: error:',
      '"name" field missing',
    ],
  },
  {
    rule: 'test-runner-config-unresolved',
    type: 'config',
    step: { run: 'vendor/bin/phpunit --configuration phpunit.xml.dist' },
    lines: ['Could not read "phpunit.xml.dist".'],
  },
];

describe('a failed step whose tool names the cause in its own words', () => {
  test.each(rows.map((r) => [r.rule, r] as const))('%s decides', (_rule, row) => {
    const verdict = classify({ log: jobLog(actionsStep(row.step, row.lines, row.code ?? 1)) });
    expect(verdict).toMatchObject({ type: row.type, rule: row.rule });
    // A deterministic cause is never retried; a transient one is.
    expect(verdict.retryable).toBe(row.retryable ?? false);
    // The line shown is the one stating the cause, not the command's echo or the tool's summary.
    if (row.shown) expect(verdict.evidence?.text).toMatch(row.shown);
    else expect(ruleFires(defaultRuleSet(), row.rule, verdict.evidence?.text ?? '')).toBe(true);
  });
});

describe("lines that look like a rule's cause and are not", () => {
  test.each([
    // The API server's own Status objects (a webhook that failed behind it, a missing object, a denied user) are
    // not its outage.
    [
      'kube-apiserver-unavailable',
      'Error from server (InternalError): error when creating "k8s/ingress.yaml": Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook',
    ],
    ['kube-apiserver-unavailable', 'Error from server (NotFound): deployments.apps "web" not found'],
    [
      'kube-apiserver-unavailable',
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods"',
    ],
    // A program that logs the missing credentials as a warning and goes on (an app that degrades without Cloud
    // Storage) is not refused: only the exception's or error's own line is read.
    [
      'gcp-default-credentials-missing',
      '[WARNING] Google Cloud Storage unavailable: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc.',
    ],
    [
      'gcp-default-credentials-missing',
      'warn: speech disabled (Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.)',
    ],
    // A package manager's refusal that no retry changes is not its network failing: bun 1.4.5's 404 (a package or
    // version the registry does not have), a registry on the job's own machine, yarn 1's 404, Composer's cut
    // message of a repository URL that is wrong.
    ['bun-install-network-error', 'error: GET https://registry.npmjs.org/left-pad-nope - 404'],
    ['bun-install-network-error', 'error: GET http://localhost:4873/left-pad - 503'],
    ['yarn-network-error', 'ResponseError: Request failed "404 Not Found"'],
    ['composer-transport-error', '  nloaded (HTTP/1.0 404 Not Found)'],
    // A status no retry changes: a release asset that is not there, a private spec repo refusing the job, a
    // retired Hex release; a source URL that is no URL; another file a PHP tool or a test could not read.
    ['curl-http-server-error', 'curl: (22) The requested URL returned error: 404'],
    [
      'cocoapods-cdn-unreachable',
      "[!] CDN: private URL couldn't be downloaded: https://specs.example.com/all_pods_versions_2_0_9.txt Response: 403",
    ],
    [
      'cocoapods-cdn-unreachable',
      "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/CocoaPods-version.yml Response: URL using bad/illegal format or missing URL",
    ],
    ['hex-fetch-failed', 'Request failed (404)'],
    ['test-runner-config-unresolved', 'Could not read "tests/fixtures/settings.json".'],
  ])('%s: %s', (rule, line) => {
    expect(ruleFires(defaultRuleSet(), rule, line)).toBe(false);
  });
  test('a 503 status line with no Composer error block above it', () => {
    expect(
      classify({
        log: jobLog(actionsStep({ run: 'npm test' }, ['  ded (HTTP/1.1 503 Service Unavailable)'])),
      }).rule,
    ).not.toBe('composer-transport-error');
  });
  test("a test whose own server closed the connection is the test's failure", () => {
    const verdict = classify({
      log: jobLog(
        actionsStep({ run: 'npx jest' }, [
          'FAIL src/sync.test.ts',
          '  ● sync › retries a closed connection',
          '',
          '    TypeError: fetch failed',
          '',
          '      [cause]: SocketError: other side closed',
          '',
          'Tests:       1 failed, 7 passed, 8 total',
        ]),
      ),
    });
    expect({ type: verdict.type, retryable: verdict.retryable }).toEqual({ type: 'test', retryable: false });
  });
  test('yarn 1 aborted without its own retry line', () => {
    const verdict = classify({
      log: jobLog(
        actionsStep({ run: 'yarn build' }, ['error Error: aborted', '    at Socket.socketCloseListener']),
      ),
    });
    expect(verdict.type).not.toBe('network');
  });
});
