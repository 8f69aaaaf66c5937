/**
 * The config shapes of rules/log-rules.json written from the sources of the runner, the toolkit and the setup-*
 * actions (each rule's `why` names the repository, path and commit): a misconfigured GitHub Actions job, as its
 * log shows it, is typed config and not retried; the look-alikes next to them are not config (a 403 rate limit
 * is the network's, a version never published is the dependency's, a test that prints "Permission denied" or a
 * CommandNotFoundException is the test's, a warning a later test failure follows decides nothing, a 503 from
 * git is transient). Each rule's published line is proven through the scanner in classify-rules.test.ts.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** A job log: a checkout that passed, the given steps, the runner's post-job lines. */
function job(...steps: string[][]): string {
  const checkout = actionsStep({ uses: 'actions/checkout@v4' }, ['Syncing repository: owner/app']);
  return jobLog([...checkout, ...steps.flat(), 'Post job cleanup.', 'Cleaning up orphan processes']);
}

const misconfigured: { what: string; rule: string; log: string }[] = [
  {
    what: 'a local action used before checkout (actions/runner ActionManager.cs)',
    rule: 'gha-action-missing',
    log: job(
      actionsStep({ uses: './.github/actions/setup' }, [
        "##[error]Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '/home/runner/work/app/app/.github/actions/setup'. Did you forget to run actions/checkout before running your local action?",
      ]),
    ),
  },
  {
    what: 'an expression naming a context that does not exist (actions/runner ParseException.cs)',
    rule: 'gha-expression-invalid',
    log: job(
      actionsStep({ run: 'npm test' }, [
        "##[error]The template is not valid. .github/workflows/ci.yml (Line: 20, Col: 14): Unrecognized named-value: 'secret'. Located at position 1 within expression: secret.TOKEN",
      ]),
    ),
  },
  {
    what: 'a token without the permission an API call needs (Octokit, the API message)',
    rule: 'actions-toolkit-config',
    log: job(
      actionsStep({ uses: 'actions/github-script@v7' }, [
        '##[error]Unhandled error: HttpError: Resource not accessible by integration',
      ]),
    ),
  },
  {
    what: "an admin-only API call with the job's token (the API's 403 message, through Octokit)",
    rule: 'actions-toolkit-config',
    log: job(
      actionsStep({ uses: 'actions/github-script@v7' }, [
        '##[error]Unhandled error: HttpError: Must have admin rights to Repository.',
      ]),
    ),
  },
  {
    what: 'OIDC without id-token: write (actions/toolkit oidc-utils.ts)',
    rule: 'actions-toolkit-config',
    log: job(
      actionsStep({ uses: 'aws-actions/configure-aws-credentials@v4' }, [
        '##[error]Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      ]),
    ),
  },
  {
    what: 'a workflow command the runner no longer runs (actions/runner ActionCommandManager.cs)',
    rule: 'gha-runner-command-invalid',
    log: job(
      actionsStep({ run: 'echo "::set-env name=FOO::bar"' }, [
        "##[error]Unable to process command '::set-env name=FOO::bar' successfully.",
        '##[error]The `set-env` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/',
      ]),
    ),
  },
  {
    what: "setup-node's cache with no lock file (actions/setup-node cache-restore.ts)",
    rule: 'setup-action-cache-file-missing',
    log: job(
      actionsStep({ uses: 'actions/setup-node@v4' }, [
        'Attempting to download 20...',
        '##[error]Dependencies lock file is not found in /home/runner/work/app/app. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock',
      ]),
    ),
  },
  {
    what: "setup-python's post step: the pip cache it was to save was never made (actions/setup-python cache-save.ts, v4-v5)",
    rule: 'setup-action-cache-file-missing',
    log: job(
      actionsStep({ uses: 'actions/setup-python@v5' }, [
        'Successfully set up CPython (3.12.1)',
        'pip cache is not found',
      ]),
      actionsStep({ run: 'python -m unittest' }, ['Ran 12 tests in 0.4s', 'OK']),
      [
        'Post job cleanup.',
        "##[error]Cache folder path is retrieved for pip but doesn't exist on disk: /home/runner/.cache/pip",
      ],
    ),
  },
  {
    what: 'a cache: value setup-node does not know (actions/setup-node cache-restore.ts)',
    rule: 'setup-action-cache-file-missing',
    log: job(
      actionsStep({ uses: 'actions/setup-node@v4' }, ["##[error]Caching for 'pnpm8' is not supported"]),
    ),
  },
  {
    what: 'a Python version that does not exist (actions/setup-python find-python.ts)',
    rule: 'setup-action-version-missing',
    log: job(
      actionsStep({ uses: 'actions/setup-python@v5' }, [
        "##[error]The version '3.99' with architecture 'x64' was not found for Ubuntu 24.04.",
        'The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json',
      ]),
    ),
  },
  {
    what: "setup-java's version not found, not npm's (actions/setup-java base-installer.ts)",
    rule: 'setup-action-version-missing',
    log: job(
      actionsStep({ uses: 'actions/setup-java@v4' }, [
        "##[error]No matching version found for SemVer '99'.",
        'Distribution: temurin',
      ]),
    ),
  },
  {
    what: 'a Gradle version that does not exist (gradle/actions provision.ts)',
    rule: 'setup-action-version-missing',
    log: job(
      actionsStep({ uses: 'gradle/actions/setup-gradle@v4' }, [
        '##[error]Gradle version 9.99 does not exist',
      ]),
    ),
  },
  {
    what: 'a Rust toolchain that does not exist (rustup dist/mod.rs)',
    rule: 'rustup-toolchain-missing',
    log: job(
      actionsStep(
        { uses: 'dtolnay/rust-toolchain@master' },
        [
          "info: syncing channel updates for '1.99-x86_64-unknown-linux-gnu'",
          "error: no release found for '1.99'",
        ],
        1,
      ),
    ),
  },
  {
    what: 'upload-artifact with if-no-files-found: error (actions/upload-artifact upload-artifact.ts)',
    rule: 'gha-action-input-missing',
    log: job(
      actionsStep({ uses: 'actions/upload-artifact@v4' }, [
        '##[error]No files were found with the provided path: dist/. No artifacts will be uploaded.',
      ]),
    ),
  },
  {
    what: 'docker/login-action without its secrets (docker/login-action docker.ts)',
    rule: 'gha-action-input-missing',
    log: job(actionsStep({ uses: 'docker/login-action@v3' }, ['##[error]Username and password required'])),
  },
  {
    what: 'an image tag that does not exist (moby distribution/errors.go)',
    rule: 'container-image-missing',
    log: job(
      actionsStep(
        { run: 'docker run --rm python:3.14t python -V' },
        [
          "Unable to find image 'python:3.14t' locally",
          'docker: Error response from daemon: manifest for python:3.14t not found: manifest unknown: manifest unknown',
        ],
        125,
      ),
    ),
  },
  {
    what: 'a base image that does not exist, through BuildKit (moby/buildkit imageresolver.go, containerd resolver.go)',
    rule: 'container-image-missing',
    log: job(
      actionsStep(
        { run: 'docker build -t app .' },
        [
          '#2 [internal] load metadata for docker.io/library/python:3.99',
          '#2 ERROR: docker.io/library/python:3.99: not found',
          'ERROR: failed to solve: python:3.99: failed to resolve source metadata for docker.io/library/python:3.99: docker.io/library/python:3.99: not found',
        ],
        1,
      ),
    ),
  },
  {
    what: 'a command PowerShell cannot find (PowerShell DiscoveryExceptions.resx, ConciseView)',
    rule: 'pwsh-command-not-found',
    log: job(
      actionsStep(
        { run: 'shellcheck scripts/*.sh' },
        [
          'shellcheck: /home/runner/work/_temp/2f3c.ps1:2',
          'Line |',
          '   2 |  shellcheck scripts/*.sh',
          '     |  ~~~~~~~~~~',
          "     | The term 'shellcheck' is not recognized as a name of a cmdlet, function, script file, or executable program.",
          '     | Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'a push the token may not do (git remote-curl.c, curl 403)',
    rule: 'git-auth-denied',
    log: job(
      actionsStep(
        { run: 'git push origin HEAD' },
        [
          'remote: Permission to owner/app.git denied to github-actions[bot].',
          "fatal: unable to access 'https://github.com/owner/app/': The requested URL returned error: 403",
        ],
        128,
      ),
    ),
  },
  {
    what: 'a private registry without a token (npm-registry-fetch errors.js)',
    rule: 'npm-registry-auth',
    log: job(
      actionsStep(
        { run: 'npm ci' },
        [
          'npm ERR! code E401',
          'npm ERR! Unable to authenticate, need: Basic realm="GitHub Package Registry"',
          '',
          'npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2026-01-01T10_00_00_000Z-debug-0.log',
        ],
        1,
      ),
    ),
  },
  {
    what: "pip on the image's own Python, which PEP 668 marks externally managed (pip exceptions.py)",
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'pip install -r requirements.txt' },
        [
          'error: externally-managed-environment',
          '',
          '× This environment is externally managed',
          '╰─> To install Python packages system-wide, try apt install',
          '    python3-xyz, where xyz is the package you are trying to',
          '    install.',
          '',
          'note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.',
          'hint: See PEP 668 for the detailed specification.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'a publish with no token (npm/cli error-message.js, ENEEDAUTH)',
    rule: 'npm-registry-auth',
    log: job(
      actionsStep(
        { run: 'npm publish --provenance' },
        [
          'npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access',
          'npm error code ENEEDAUTH',
          'npm error need auth This command requires you to be logged in to https://registry.npmjs.org/',
          'npm error need auth You need to authorize this machine using `npm adduser`',
        ],
        1,
      ),
    ),
  },
  {
    what: 'yarn 1 where package.json pins Yarn 4 (yarnpkg/yarn v1.22.22 src/cli/index.js, the Corepack check)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'yarn install --immutable' },
        [
          'error This project\'s package.json defines "packageManager": "yarn@4.5.0". However the current global version of Yarn is 1.22.22.',
          '',
          'Presence of the "packageManager" field indicates that the project is meant to be used with Corepack, a tool included by default with all official Node.js distributions starting from 16.9 and 14.19.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'pnpm other than the version package.json pins (pnpm/pnpm main.ts checkPackageManager)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'pnpm install --frozen-lockfile' },
        [
          ' ERR_PNPM_BAD_PM_VERSION  This project is configured to use 9.15.0 of pnpm. Your current pnpm is v8.15.9',
        ],
        1,
      ),
    ),
  },
  {
    what: 'pnpm/action-setup given a version beside packageManager (src/install-pnpm/run.ts)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep({ uses: 'pnpm/action-setup@v4' }, [
        '##[error]Error: Multiple versions of pnpm specified:',
        '  - version 9 in the GitHub Action config with the key "version"',
        '  - version pnpm@9.15.0 in the package.json with the key "packageManager"',
      ]),
    ),
  },
  {
    what: "npm's engine-strict summary (npm/cli error-message.js, EBADENGINE)",
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'npm ci' },
        [
          'npm error code EBADENGINE',
          'npm error engine Unsupported engine',
          'npm error engine Not compatible with your version of node/npm: vite@7.0.0',
        ],
        1,
      ),
    ),
  },
  {
    what: 'a Go toolchain older than go.mod asks for (golang/go gover/toolchain.go TooNewError)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'go build ./...' },
        ['go: go.mod requires go >= 1.23.0 (running go 1.21.13; GOTOOLCHAIN=local)'],
        1,
      ),
    ),
  },
  {
    what: "a Swift older than the package's tools version (swift-package-manager PackageModel/Diagnostics.swift)",
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'swift build' },
        [
          "error: 'app': package 'app' is using Swift tools version 6.1.0 but the installed version is 5.10.0",
        ],
        1,
      ),
    ),
  },
  {
    what: 'a golangci-lint built with an older Go than go.mod targets (golangci-lint goutil/version.go)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'golangci-lint run ./...' },
        [
          "Error: can't load config: the Go language version (go1.24) used to build golangci-lint is lower than the targeted Go version (1.25.0)",
        ],
        3,
      ),
    ),
  },
  {
    what: "a rustc older than a dependency's rust-version, both of cargo's wordings (cargo_compile/mod.rs)",
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'cargo build --locked' },
        [
          'error: package `clap_lex v0.7.4` cannot be built because it requires rustc 1.74 or newer, while the currently active rustc version is 1.70.0',
        ],
        101,
      ),
      actionsStep(
        { run: 'cargo +1.70.0 build --locked' },
        [
          'error: rustc 1.70.0 is not supported by the following package:',
          '  clap_lex@0.7.4 requires rustc 1.74',
        ],
        101,
      ),
    ),
  },
  {
    what: "Playwright's browsers never installed, under its tests' failed summary (registry/index.ts)",
    rule: 'test-browser-missing',
    log: job(
      actionsStep(
        { run: 'npx playwright test' },
        [
          '  1) [chromium] › tests/home.spec.ts:3:5 › has title ─────────────────────────────────',
          '',
          "    Error: browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium_headless_shell-1169/chrome-linux/headless_shell",
          '    ╔═════════════════════════════════════════════════════════════════════════╗',
          '    ║ Looks like Playwright Test or Playwright was just installed or updated. ║',
          '    ║ Please run the following command to download new browsers:              ║',
          '    ║                                                                         ║',
          '    ║     npx playwright install                                              ║',
          '    ╚═════════════════════════════════════════════════════════════════════════╝',
          '',
          '  1 failed',
          '    [chromium] › tests/home.spec.ts:3:5 › has title ──────────────────────────────────',
        ],
        1,
      ),
    ),
  },
  {
    what: "Cypress's binary missing from a cache that kept node_modules (cypress cli/lib/errors.ts notInstalledCI)",
    rule: 'test-browser-missing',
    log: job(
      actionsStep(
        { run: 'npx cypress run' },
        [
          'The cypress npm package is installed, but the Cypress binary is missing.',
          '',
          'We expected the binary to be installed here: /home/runner/.cache/Cypress/13.6.0/Cypress/Cypress',
        ],
        1,
      ),
    ),
  },
  {
    what: 'tsc pointed at a tsconfig.json that is not there (TS5058, as typescript 5.9.3 prints it)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'npx tsc -p tsconfig.build.json --noEmit' },
        ["error TS5058: The specified path does not exist: 'tsconfig.build.json'."],
        2,
      ),
    ),
  },
  {
    what: 'a Dockerfile the checkout lacks (moby/buildkit dockerui/config.go)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'docker buildx build -f docker/Dockerfile .' },
        ['ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory'],
        1,
      ),
    ),
  },
  {
    what: 'python given a script that is not there (cpython Modules/main.c)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'python scripts/release.py' },
        [
          "python: can't open file '/home/runner/work/app/app/scripts/release.py': [Errno 2] No such file or directory",
        ],
        2,
      ),
    ),
  },
  {
    what: 'pnpm in a directory without package.json (pnpm project-manifest-reader)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'pnpm install --frozen-lockfile' },
        [
          ' ERR_PNPM_NO_IMPORTER_MANIFEST_FOUND  No package.json (or package.yaml, or package.json5) was found in "/home/runner/work/app/app".',
        ],
        1,
      ),
    ),
  },
  {
    what: 'yarn 1 asked for a script package.json lacks (yarn run.js)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'yarn build' },
        [
          'yarn run v1.22.22',
          'error Command "build" not found.',
          'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
        ],
        1,
      ),
    ),
  },
  {
    what: "gradlew without its wrapper jar (the Java launcher's cls.error1)",
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: './gradlew build' },
        [
          'Error: Could not find or load main class org.gradle.wrapper.GradleWrapperMain',
          'Caused by: java.lang.ClassNotFoundException: org.gradle.wrapper.GradleWrapperMain',
        ],
        1,
      ),
    ),
  },
  {
    what: 'pip under a Python the project does not allow (pip resolvelib factory.py)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'pip install -e .' },
        ["ERROR: Package 'app' requires a different Python: 3.8.18 not in '>=3.9'"],
        1,
      ),
    ),
  },
  {
    what: 'uv given an interpreter the project does not allow (uv commands/project/mod.rs)',
    rule: 'tool-version-unsupported',
    log: job(
      actionsStep(
        { run: 'uv sync --python 3.8' },
        [
          'Using CPython 3.8.10 interpreter at: /usr/bin/python3.8',
          "error: The requested interpreter resolved to Python 3.8.10, which is incompatible with the project's Python requirement: `>=3.9`",
        ],
        2,
      ),
    ),
  },
  {
    what: 'a second upload of one artifact name in a run (actions/toolkit artifact-twirp-client.ts, 409)',
    rule: 'actions-toolkit-config',
    log: job(
      actionsStep({ uses: 'actions/upload-artifact@v4' }, [
        '##[error]Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
      ]),
    ),
  },
  {
    what: "a registry refusing the job's push (buildkit export.go, containerd remotes errors.go)",
    rule: 'actions-toolkit-config',
    log: job(
      actionsStep(
        { run: 'docker buildx build --push -t ghcr.io/owner/app:latest .' },
        [
          'ERROR: failed to solve: failed to push ghcr.io/owner/app:latest: unexpected status from POST request to https://ghcr.io/v2/owner/app/blobs/uploads/: 403 Forbidden',
        ],
        1,
      ),
    ),
  },
  {
    what: 'wrangler with no Cloudflare token (workers-sdk workers-auth factory.ts)',
    rule: 'ci-credentials-missing',
    log: job(
      actionsStep(
        { run: 'npx wrangler deploy' },
        [
          "✘ [ERROR] In a non-interactive environment, it's necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work. Please go to https://developers.cloudflare.com/fundamentals/api/get-started/create-token/ for instructions on how to create an api token, and assign its value to CLOUDFLARE_API_TOKEN.",
        ],
        1,
      ),
    ),
  },
  {
    what: "a checked-in script without its executable bit (bash's Permission denied, exit 126)",
    rule: 'config-missing',
    log: job(
      actionsStep(
        { run: './gradlew build' },
        ['/home/runner/work/_temp/6f1c2a.sh: line 1: ./gradlew: Permission denied'],
        126,
      ),
    ),
  },
  {
    what: 'ESLint 9 without a flat config (eslint messages/config-file-missing.js)',
    rule: 'checker-config-invalid',
    log: job(
      actionsStep(
        { run: 'npx eslint .' },
        [
          '',
          'Oops! Something went wrong! :(',
          '',
          'ESLint: 9.15.0',
          '',
          "ESLint couldn't find an eslint.config.(js|mjs|cjs) file.",
          '',
          'From ESLint v9.0.0, the default configuration file is now eslint.config.js.',
        ],
        2,
      ),
    ),
  },
  {
    what: 'golangci-lint 2 given a version 1 configuration (golangci-lint pkg/config/loader.go)',
    rule: 'checker-config-invalid',
    log: job(
      actionsStep({ uses: 'golangci/golangci-lint-action@v8' }, [
        'Running [/home/runner/golangci-lint-2.1.6-linux-amd64/golangci-lint config verify] in [/home/runner/work/app/app] ...',
        'Error: can\'t load config: unsupported version of the configuration: "" See https://golangci-lint.run/docs/product/migration-guide for migration instructions',
        '##[error]golangci-lint exit with code 3',
      ]),
    ),
  },
  {
    what: 'prettier given a pattern that matches no file (prettier cli/expand-patterns.js)',
    rule: 'checker-config-invalid',
    log: job(
      actionsStep(
        { run: 'npx prettier --check "src/**/*.ts"' },
        ['Checking formatting...', '[error] No files matching the pattern were found: "src/**/*.ts".'],
        2,
      ),
    ),
  },
  {
    what: "ruff's own hard error, not its findings (astral-sh/ruff crates/ruff/src/main.rs)",
    rule: 'checker-config-invalid',
    log: job(
      actionsStep(
        { run: 'ruff check .' },
        [
          'ruff failed',
          '  Cause: Failed to parse /home/runner/work/app/app/pyproject.toml',
          '  Cause: TOML parse error at line 12, column 1',
        ],
        2,
      ),
    ),
  },
  {
    what: 'a compose file compose refuses (compose-go errdefs ErrInvalid)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'docker compose up -d --wait' },
        ['service "api" depends on undefined service "cache": invalid compose project'],
        1,
      ),
    ),
  },
  {
    what: 'yarn 2+ asked for a script no workspace defines (berry plugin-essentials run.ts)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'yarn build' },
        [
          'Usage Error: Couldn\'t find a script named "build".',
          '',
          '$ yarn run [--inspect] [--inspect-brk] [-T,--top-level] [-B,--binaries-only] [--require #0] <scriptName> ...',
        ],
        1,
      ),
    ),
  },
  {
    what: 'terraform planned before the init its backend needs (terraform meta_backend_errors.go)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'terraform plan -input=false' },
        [
          '╷',
          '│ Error: Backend initialization required, please run "terraform init"',
          '│ ',
          '│ Reason: Initial configuration of the requested backend "s3"',
          '╵',
        ],
        1,
      ),
    ),
  },
  {
    what: '.NET built before its restore (dotnet docs NETSDK1004)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'dotnet build --no-restore -c Release' },
        [
          "/usr/share/dotnet/sdk/8.0.404/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1004: Assets file '/home/runner/work/app/app/App/obj/project.assets.json' not found. Run a NuGet package restore to generate this file. [/home/runner/work/app/app/App/App.csproj]",
          'Build FAILED.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'dotnet given a solution path that is not there (msbuild MSB1009)',
    rule: 'job-setup-invalid',
    log: job(
      actionsStep(
        { run: 'dotnet test App.sln' },
        ['MSBUILD : error MSB1009: Project file does not exist.', 'Switch: App.sln'],
        1,
      ),
    ),
  },
  {
    what: 'go run where no module is (go 1.19.8, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'go test ./...' },
        ["go: go.mod file not found in current directory or any parent directory; see 'go help modules'"],
        1,
      ),
    ),
  },
  {
    what: 'cargo run where no Cargo.toml is (cargo 1.95.0, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'cargo test --locked' },
        ['error: could not find `Cargo.toml` in `/home/runner/work/app/app` or any parent directory'],
        101,
      ),
    ),
  },
  {
    what: 'npm ci without a committed lockfile (npm 11.19.1, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'npm ci' },
        [
          'npm error code EUSAGE',
          'npm error',
          'npm error The `npm ci` command can only install with an existing package-lock.json or',
          'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
          'npm error later to generate a package-lock.json file, then try again.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'python -m of a tool the job never installed (python 3.11, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'python -m pytest -q' },
        ['/opt/hostedtoolcache/Python/3.12.7/x64/bin/python: No module named pytest'],
        1,
      ),
    ),
  },
  // A JavaScript package manager run where the job has no package.json (a monorepo's package without
  // working-directory): each tool's own lines, as it printed them here in an empty directory (paths filled in).
  {
    what: 'yarn build where no package.json is (Yarn 1.22.22, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'yarn build' },
        [
          'yarn run v1.22.22',
          'error Couldn\'t find a package.json file in "/home/runner/work/app/app"',
          'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
        ],
        1,
      ),
    ),
  },
  {
    what: 'pnpm run build where no package.json is (pnpm 9.15.9, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'pnpm run build' },
        [' ERR_PNPM_NO_PKG_MANIFEST  No package.json found in /home/runner/work/app/app'],
        1,
      ),
    ),
  },
  {
    what: 'yarn test where no project is (Yarn 4.18.1, run here)',
    rule: 'project-manifest-missing',
    log: job(
      actionsStep(
        { run: 'yarn test' },
        [
          '\u001b[31m\u001b[1mUsage Error\u001b[22m\u001b[39m: No project found in /home/runner/work/app/app',
          '',
          '\u001b[1m$ \u001b[22myarn run [--inspect] [--inspect-brk] [-T,--top-level] [-B,--binaries-only] [--require #0] <scriptName> ...',
        ],
        1,
      ),
    ),
  },
];

// The project's packaging, not the job's settings (TAXONOMY build), as the labellers read d1498: a file the
// Dockerfile copies and the repository never committed.
test('a Dockerfile COPYing what the build context lacks (buildkit opsutils/contenthash.go) is build, not retried', () => {
  const log = job(
    actionsStep(
      { run: 'docker build -t app .' },
      [
        '#6 [3/4] COPY dist/ /usr/share/nginx/html',
        '#6 ERROR: failed to calculate checksum of ref 6f1c2a::9b8e7d: "/dist": not found',
        'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 6f1c2a::9b8e7d: "/dist": not found',
      ],
      1,
    ),
  );
  const verdict = classify({ log });
  expect(verdict).toMatchObject({ type: 'build', rule: 'docker-copy-source-missing', retryable: false });
});

test.each(misconfigured)('$what is config, not retried, on $rule', ({ rule, log }) => {
  const verdict = classify({ log });
  expect(verdict.type).toBe('config');
  expect(verdict.rule).toBe(rule);
  expect(verdict.retryable).toBe(false);
});

const lookAlikes: { what: string; type: string; log: string }[] = [
  {
    what: "a test's import of a module the tests need, in Python's traceback words",
    type: 'test',
    log: job(
      actionsStep(
        { run: 'python -m pytest' },
        [
          '______________________ ERROR collecting tests/test_config.py ______________________',
          "E   ModuleNotFoundError: No module named 'yaml'",
          '=========================== short test summary info ============================',
          'ERROR tests/test_config.py',
          '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
        ],
        2,
      ),
    ),
  },
  {
    what: "tsc's type error (any TS code but its configuration ones)",
    type: 'build',
    log: job(
      actionsStep(
        { run: 'npx tsc -p tsconfig.json' },
        ["src/app.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'."],
        2,
      ),
    ),
  },
  {
    what: "uv's warning that the interpreter is outside requires-python, in a run that went on to fail its tests",
    type: 'test',
    log: job(
      actionsStep({ run: 'uv venv -p 3.13' }, [
        "warning: The requested interpreter resolved to Python 3.13.2, which is incompatible with the project's Python requirement: `==3.12.*`",
      ]),
      actionsStep(
        { run: 'uv run pytest' },
        [
          'FAILED tests/test_app.py::test_home - assert 404 == 200',
          '========================= 1 failed, 9 passed in 0.81s =========================',
        ],
        1,
      ),
    ),
  },
  {
    what: "npm's EBADENGINE warning in an install that went on, before a failed test",
    type: 'test',
    log: job(
      actionsStep({ run: 'npm ci' }, [
        'npm warn EBADENGINE Unsupported engine {',
        "npm warn EBADENGINE   package: 'undici@7.10.0',",
        "npm warn EBADENGINE   required: { node: '>=20.18.1' },",
        "npm warn EBADENGINE   current: { node: 'v18.20.8', npm: '10.8.2' }",
        'npm warn EBADENGINE }',
        'added 812 packages in 14s',
      ]),
      actionsStep(
        { run: 'npx jest' },
        ['FAIL src/sum.test.ts', '  ● sum › adds', 'Tests:       1 failed, 41 passed, 42 total'],
        1,
      ),
    ),
  },
  {
    what: "a 403 rate limit of the GitHub API (the API's 'API rate limit exceeded for ...')",
    type: 'network',
    log: job(
      actionsStep({ uses: 'actions/github-script@v7' }, [
        '##[error]Unhandled error: HttpError: API rate limit exceeded for installation ID 123456.',
      ]),
    ),
  },
  {
    what: "a version that was never published (npm's E404)",
    type: 'dependency',
    log: job(
      actionsStep(
        { run: 'npm ci' },
        [
          'npm error code E404',
          'npm error 404 Not Found - GET https://registry.npmjs.org/left-pad-nonexistent - Not found',
          "npm error 404  'left-pad-nonexistent@^9.9.9' is not in this registry.",
        ],
        1,
      ),
    ),
  },
  {
    what: "a test asserting on 'Permission denied'",
    type: 'test',
    log: job(
      actionsStep(
        { run: 'pytest' },
        [
          "FAILED tests/test_fs.py::test_readonly - AssertionError: assert 'Permission denied' in ''",
          '========================= 1 failed, 20 passed in 1.20s =========================',
        ],
        1,
      ),
    ),
  },
  {
    what: 'a Pester test that prints a CommandNotFoundException',
    type: 'test',
    log: job(
      actionsStep(
        { run: 'Invoke-Pester' },
        [
          "CommandNotFoundException: The term 'Export-Foo' is not recognized as the name of a cmdlet, function, script file, or operable program.",
          'Tests Passed: 10, Failed: 1, Skipped: 0, Pending: 0, Inconclusive: 0',
        ],
        1,
      ),
    ),
  },
  {
    what: "upload-artifact's warning (if-no-files-found: warn) before a test failure",
    type: 'test',
    log: job(
      actionsStep({ uses: 'actions/upload-artifact@v4' }, [
        '##[warning]No files were found with the provided path: dist/. No artifacts will be uploaded.',
      ]),
      actionsStep({ run: 'npm test' }, ['Tests:       2 failed, 12 passed, 14 total'], 1),
    ),
  },
  {
    what: 'a 503 from the git server',
    type: 'network',
    log: job(
      actionsStep(
        { run: 'git push origin HEAD' },
        ["fatal: unable to access 'https://github.com/owner/app/': The requested URL returned error: 503"],
        128,
      ),
    ),
  },
  {
    what: "Docker Hub's pull rate limit",
    type: 'network',
    log: job(
      actionsStep(
        { run: 'docker pull node:20' },
        [
          'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
        ],
        1,
      ),
    ),
  },
  {
    what: "setup-python's post-step warning of an empty pip cache (its form since 2025), after a failed test",
    type: 'test',
    log: job(
      actionsStep(
        { run: 'python -m pytest' },
        [
          'FAILED tests/test_app.py::test_sum - assert 3 == 4',
          '========== 1 failed, 11 passed in 0.52s ==========',
        ],
        1,
      ),
      [
        'Post job cleanup.',
        "##[warning]Cache folder path is retrieved for pip but doesn't exist on disk: /home/runner/.cache/pip. This likely indicates that there are no dependencies to cache. Consider removing the cache step if it is not needed.",
      ],
    ),
  },
];

test.each(lookAlikes)('$what is $type, not config', ({ type, log }) => {
  expect(classify({ log }).type).toBe(type);
});

test('the config rules stay off the lines their look-alikes print', () => {
  // upload-artifact prints the same text as a warning (warn) or info (ignore): only the error annotation fails.
  expect(
    fires(
      'gha-action-input-missing',
      '##[warning]No files were found with the provided path: dist/. No artifacts will be uploaded.',
    ),
  ).toBe(false);
  expect(
    fires(
      'gha-action-input-missing',
      'No files were found with the provided path: dist/. No artifacts will be uploaded.',
    ),
  ).toBe(false);
  // setup-python's post step now warns of an empty pip cache; only its error fails the job.
  const emptyCache =
    "Cache folder path is retrieved for pip but doesn't exist on disk: /home/runner/.cache/pip";
  expect(fires('setup-action-cache-file-missing', `##[warning]${emptyCache}`)).toBe(false);
  expect(fires('setup-action-cache-file-missing', `##[error]${emptyCache}`)).toBe(true);
  // npm's own 'No matching version found for pkg@x' is a dependency; setup-java's 'for SemVer' is not.
  expect(
    fires('setup-action-version-missing', 'npm ERR! notarget No matching version found for left-pad@9.9.9.'),
  ).toBe(false);
  expect(fires('deps-resolve', "No matching version found for SemVer '99'.")).toBe(false);
  expect(fires('deps-resolve', 'npm ERR! notarget No matching version found for left-pad@9.9.9.')).toBe(true);
  // git: curl's 5xx and connection failures stay the network's, 401/403 are refused credentials.
  const git503 =
    "fatal: unable to access 'https://github.com/owner/app/': The requested URL returned error: 503";
  const git403 =
    "fatal: unable to access 'https://github.com/owner/app/': The requested URL returned error: 403";
  expect(fires('git-auth-denied', git503)).toBe(false);
  expect(fires('git-transport-network', git503)).toBe(true);
  expect(fires('git-transport-network', git403)).toBe(false);
  // A Pester test's exception is not the shell's; bash's own message is config-missing's, not dash's.
  expect(
    fires(
      'pwsh-command-not-found',
      "CommandNotFoundException: The term 'Export-Foo' is not recognized as the name of a cmdlet, function, script file, or operable program.",
    ),
  ).toBe(false);
  expect(
    fires(
      'shell-command-not-found',
      '/home/runner/work/_temp/2f3c.sh: line 1: shellcheck: command not found',
    ),
  ).toBe(false);
  // Docker's rate limit and an old daemon's bare 'manifest ... not found' (no registry error code) are not a missing image.
  expect(
    fires(
      'container-image-missing',
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit.',
    ),
  ).toBe(false);
  // configure-aws-credentials wraps the SDK's network failures in the same messages: those are not config.
  // (The whole log still reads config today: the lexicon types the step's tool, aws, config.)
  expect(
    fires(
      'gha-action-input-missing',
      '##[error]Could not assume role with OIDC: connect ETIMEDOUT 52.94.0.1:443',
    ),
  ).toBe(false);
  expect(
    fires(
      'gha-action-input-missing',
      '##[error]Credentials could not be loaded, please check your action inputs: getaddrinfo EAI_AGAIN sts.us-east-1.amazonaws.com',
    ),
  ).toBe(false);
  expect(
    fires(
      'gha-action-input-missing',
      '##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ),
  ).toBe(true);
  // BuildKit's resolver failing on the network is not a missing image.
  expect(
    fires(
      'container-image-missing',
      'ERROR: failed to solve: node:20: failed to resolve source metadata for docker.io/library/node:20: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20": dial tcp: lookup registry-1.docker.io: i/o timeout',
    ),
  ).toBe(false);
  // npm codes that are not the registry refusing credentials.
  expect(fires('npm-registry-auth', 'npm ERR! code E404')).toBe(false);
  expect(fires('npm-registry-auth', 'npm ERR! code ELIFECYCLE')).toBe(false);
});
