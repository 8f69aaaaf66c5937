/**
 * Containers, infrastructure and deploys as their tools print them (issue 68, brief published-infra): whole GitHub
 * Actions steps of an ubuntu job (Docker/BuildKit, Compose, the login/auth actions, Terraform/OpenTofu, Helm,
 * kubectl, the AWS, Google and Azure CLIs, Pulumi, Vercel, the Pages deploy actions). None of these tools runs on
 * this machine (no Docker engine, no cloud), so each wording is the tool's published line: `from` names the
 * repository and the file that prints it. No source was re-read at a commit for this battery (the round's time
 * went to the cases), so every `from` ends "documented form, not re-read at a commit"; paths, names, ids and
 * numbers are made up, never from the corpus or from CI logs.
 *
 * Decisions where TAXONOMY is silent (told to the lead):
 * - A `RUN` that fails inside `docker build` is typed by the command's own error (its `npm error`, compiler,
 *   apt or test line), never by BuildKit's `did not complete successfully` wrapper, which only says it failed.
 * - A `COPY` of a path the build context lacks (`"/dist": not found`) is `build`, as rule docker-copy-source-missing
 *   reads it: the context lacks what an earlier build step should have made.
 * - A Dockerfile that does not parse is `build`: the Dockerfile is the project's build script, as a Makefile is.
 * - A base image that does not exist or needs a login (`manifest unknown`, `pull access denied`) is `config`,
 *   as rule container-image-missing reads it: the workflow or Dockerfile names an image it cannot have.
 * - `docker compose up --wait` whose service is unhealthy is `infrastructure` by TAXONOMY's words ("a required CI
 *   service container not starting"), but Compose does not say why the healthcheck failed (the project's own
 *   service is as often the cause): left unknown, for the lead to decide.
 * - A lock held elsewhere (Terraform's `Error acquiring the state lock`, Helm's `another operation ... is in
 *   progress`, Pulumi's `Another update is currently in progress`) is `config`: each tool's own text says a
 *   person must resolve it (Terraform: "Please resolve the issue above and try again"; Helm's and Pulumi's
 *   release stays pending after an interrupted run until someone rolls back or cancels), and a retry seconds
 *   later meets the same lock; the workflow's fix is a concurrency group or `-lock-timeout`.
 * - `terraform validate` failing in its own step is `quality-gate` (a checker that judges code without running
 *   it), as `terraform fmt -check` is.
 * - A Kubernetes rollout that does not become ready (`exceeded its progress deadline`) is `timeout`: a limit
 *   stopped the deploy, as TAXONOMY words it (left: no rule, since retrying a crash-looping deploy is the harm).
 * - A cloud API's refusal of the job's identity (AccessDenied, Forbidden, PERMISSION_DENIED, AuthorizationFailed)
 *   is `config` even when it is printed under a resource's error: the job's credentials lack a permission.
 */
import type { FailureType } from '../src/core/types.js';
import { actionsStep, jobLog, type StepKind } from './classify-logs.js';

export interface InfraCase {
  name: string;
  /** The tool and file that print the wording. */
  from: string;
  /** The step: a script (`run`, its lines joined by newlines) or an action (`uses`). */
  step: StepKind;
  output: string[];
  /** The runner's exit line; none for an action (its `##[error]` line is in `output`) or a passing step. */
  exit?: number;
  /** TAXONOMY's type; `null` for a passing look-alike. */
  type: FailureType | null;
  /** A line that states the cause (and that the tool printed it). */
  cause: RegExp;
  left?: { type: FailureType; causeShown: boolean; why: string };
}

/** One step as the runner prints it: a multi-line script's lines in cyan, as actions/runner ScriptHandler does. */
export function infraStep(c: Pick<InfraCase, 'step' | 'output' | 'exit'>): string[] {
  if ('uses' in c.step || !c.step.run.includes('\n')) return actionsStep(c.step, c.output, c.exit);
  const script = c.step.run.split('\n');
  return [
    `##[group]Run ${script[0]}`,
    ...script.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...c.output,
    ...(c.exit === undefined ? [] : [`##[error]Process completed with exit code ${c.exit}.`]),
  ];
}

export const infraLog = (c: InfraCase): string => jobLog(infraStep(c));

/** What the step's header shows as its own text (never the line shown). */
export const stepText = (c: InfraCase): string => ('run' in c.step ? c.step.run : c.step.uses);

const DOC = 'documented form, not re-read at a commit';
const BK =
  'moby/buildkit solver/llbsolver/ops/exec.go, frontend/dockerfile/dockerfile2llb (the RUN error and its source excerpt), docker/buildx util/progress/printer.go (plain progress)';
const TF = 'hashicorp/terraform internal/command/format/diagnostic.go (the boxed `│ Error: ...` diagnostic)';

/** BuildKit's plain-progress frame round a failing RUN: the command's lines, the error, its Dockerfile excerpt. */
function buildkitRun(
  stage: string,
  command: string,
  lines: string[],
  code: number,
  dockerLine: number,
): string[] {
  const wrapped = `process "/bin/sh -c ${command}" did not complete successfully: exit code: ${code}`;
  return [
    '#0 building with "builder-1a2b" instance using docker-container driver',
    '#1 [internal] load build definition from Dockerfile',
    '#1 transferring dockerfile: 512B done',
    '#1 DONE 0.0s',
    `#8 [${stage}] RUN ${command}`,
    ...lines.map((l, i) => `#8 ${(0.41 + i * 0.02).toFixed(3)} ${l}`),
    `#8 ERROR: ${wrapped}`,
    '------',
    ` > [${stage}] RUN ${command}:`,
    ...lines.slice(-3).map((l, i) => `${(0.41 + i * 0.02).toFixed(3)} ${l}`),
    '------',
    'Dockerfile:' + String(dockerLine),
    '--------------------',
    `  ${dockerLine - 1} |     COPY . .`,
    `  ${dockerLine} | >>> RUN ${command}`,
    '--------------------',
    `ERROR: failed to solve: ${wrapped}`,
  ];
}

/** Terraform's boxed diagnostic. */
const box = (lines: string[]): string[] => ['╷', ...lines.map((l) => (l === '' ? '│ ' : `│ ${l}`)), '╵'];

const TF_INIT = [
  'Initializing the backend...',
  '',
  'Successfully configured the backend "s3"! Terraform will automatically',
  'use this backend unless the backend configuration changes.',
];

export const INFRA_CASES: InfraCase[] = [
  // ---- Docker / BuildKit: a RUN is typed by its command's own error
  {
    name: 'docker build: RUN npm ci cannot resolve the dependency tree',
    from: `${BK}; npm/cli lib/utils/explain-eresolve.js; ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: buildkitRun(
      'builder 4/7',
      'npm ci',
      [
        'npm error code ERESOLVE',
        'npm error ERESOLVE could not resolve',
        'npm error',
        'npm error While resolving: app@1.0.0',
        'npm error Found: react@19.0.0',
      ],
      1,
      7,
    ),
    exit: 1,
    type: 'dependency',
    cause: /ERESOLVE/,
  },
  {
    name: 'docker build: RUN go build does not compile',
    from: `${BK}; golang/go src/cmd/compile (file:line:col: message); ${DOC}`,
    step: { run: 'docker build -t api .' },
    output: buildkitRun(
      'build 5/6',
      'go build -o /out/api ./cmd/api',
      ['# example.com/api/internal/store', 'internal/store/db.go:42:9: undefined: sqlx.Connect'],
      1,
      9,
    ),
    exit: 1,
    type: 'build',
    cause: /undefined: sqlx\.Connect/,
  },
  {
    name: 'docker build: RUN make stops on a C compile error, make wraps it',
    from: `${BK}; GNU make src/job.c ("*** [%s] Error %d"); gcc diagnostics; ${DOC}`,
    step: { run: 'docker build -t native .' },
    output: buildkitRun(
      'build 3/4',
      'make -j2',
      [
        'cc -O2 -c -o src/parse.o src/parse.c',
        "src/parse.c:88:5: error: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]",
        'make: *** [Makefile:14: src/parse.o] Error 1',
      ],
      2,
      6,
    ),
    exit: 1,
    type: 'build',
    cause: /implicit declaration of function 'strlcpy'/,
  },
  {
    name: 'docker build: RUN pytest, a test fails inside the image',
    from: `${BK}; pytest-dev/pytest src/_pytest/terminal.py (short test summary); ${DOC}`,
    step: { run: 'docker build --target test -t app:test .' },
    output: buildkitRun(
      'test 6/6',
      'pytest -q',
      [
        '..F.....',
        '=========================== short test summary info ============================',
        'FAILED tests/test_cart.py::test_total - assert 41 == 42',
        '1 failed, 7 passed in 0.52s',
      ],
      1,
      12,
    ),
    exit: 1,
    type: 'test',
    cause: /FAILED tests\/test_cart\.py::test_total/,
  },
  {
    name: 'docker build: RUN apt-get install cannot reach the Debian mirror',
    from: `${BK}; Debian apt apt-pkg/acquire-item.cc ("Failed to fetch %s  %s"), methods/connect.cc; ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: buildkitRun(
      'base 2/5',
      'apt-get update && apt-get install -y --no-install-recommends libpq5',
      [
        'Err:1 http://deb.debian.org/debian bookworm InRelease',
        '  Could not connect to deb.debian.org:80 (151.101.2.132), connection timed out',
        'E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not connect to deb.debian.org:80 (151.101.2.132), connection timed out',
        'E: Unable to locate package libpq5',
      ],
      100,
      3,
    ),
    exit: 1,
    type: 'network',
    cause: /Could not connect to deb\.debian\.org:80/,
  },
  {
    name: 'docker build: COPY of a path the context lacks',
    from: `moby/buildkit cache/contenthash/checksum.go ("failed to calculate checksum of ref %s: %s: not found"); ${DOC}`,
    step: { run: 'docker build -t web .' },
    output: [
      '#7 [4/5] COPY dist/ /usr/share/nginx/html',
      '#7 ERROR: failed to calculate checksum of ref 6f1c0c5e-9b7a-4b61-8b0a-3f2e6a1d4c22::q9w8e7r6t5y4: "/dist": not found',
      '------',
      ' > [4/5] COPY dist/ /usr/share/nginx/html:',
      '------',
      'Dockerfile:5',
      '--------------------',
      '   5 | >>> COPY dist/ /usr/share/nginx/html',
      '--------------------',
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 6f1c0c5e-9b7a-4b61-8b0a-3f2e6a1d4c22::q9w8e7r6t5y4: "/dist": not found',
    ],
    exit: 1,
    type: 'build',
    cause: /"\/dist": not found/,
  },
  {
    name: 'docker build: the Dockerfile does not parse (unknown instruction)',
    from: `moby/buildkit frontend/dockerfile/parser/parser.go, instructions/parse.go ("unknown instruction: %s"); ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: [
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 301B done',
      '#1 DONE 0.0s',
      'Dockerfile:4',
      '--------------------',
      '   4 | >>> RUNN npm ci',
      '--------------------',
      'ERROR: failed to solve: dockerfile parse error on line 4: unknown instruction: RUNN (did you mean RUN?)',
    ],
    exit: 1,
    type: 'build',
    cause: /dockerfile parse error on line 4: unknown instruction: RUNN/,
  },
  {
    name: 'docker buildx build: an unknown flag',
    from: `docker/buildx commands/build.go via spf13/cobra ("unknown flag: %s"); docker/cli cli/flags ("See '%s --help'."); ${DOC}`,
    step: { run: 'docker buildx build --plaform linux/amd64,linux/arm64 -t app .' },
    output: ['unknown flag: --plaform', "See 'docker buildx build --help'."],
    exit: 125,
    type: 'config',
    cause: /unknown flag: --plaform/,
  },
  {
    name: 'docker build: the base image tag does not exist',
    from: `moby/buildkit util/resolver (resolving source metadata), containerd remotes/docker/resolver.go ("%s: not found"); ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: [
      '#2 [internal] load metadata for docker.io/library/node:22-alpinee',
      '#2 ERROR: docker.io/library/node:22-alpinee: not found',
      '------',
      ' > [internal] load metadata for docker.io/library/node:22-alpinee:',
      '------',
      'Dockerfile:1',
      '--------------------',
      '   1 | >>> FROM node:22-alpinee AS build',
      '--------------------',
      'ERROR: failed to solve: node:22-alpinee: failed to resolve source metadata for docker.io/library/node:22-alpinee: docker.io/library/node:22-alpinee: not found',
    ],
    exit: 1,
    type: 'config',
    cause: /node:22-alpinee: not found/,
  },
  {
    name: 'docker pull: the tag is not in the registry (manifest unknown)',
    from: `moby/moby distribution/errors.go ("manifest for %s not found: %v"); ${DOC}`,
    step: { run: 'docker pull ghcr.io/acme/api:1.4.2' },
    output: [
      'Error response from daemon: manifest for ghcr.io/acme/api:1.4.2 not found: manifest unknown: manifest unknown',
    ],
    exit: 1,
    type: 'config',
    cause: /manifest for ghcr\.io\/acme\/api:1\.4\.2 not found/,
  },
  {
    name: 'docker pull: a private image without a login',
    from: `moby/moby distribution/errors.go ("pull access denied for %s, repository does not exist or may require 'docker login'"); ${DOC}`,
    step: { run: 'docker pull acme/private-base:2' },
    output: [
      "Error response from daemon: pull access denied for acme/private-base, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    exit: 1,
    type: 'config',
    cause: /pull access denied for acme\/private-base/,
  },
  {
    name: 'docker push: the registry refuses the push',
    from: `docker/cli cli/command/image/push.go, distribution/distribution registry/api/errcode ("denied: requested access to the resource is denied"); ${DOC}`,
    step: { run: 'docker push acme/app:1.2.0' },
    output: [
      'The push refers to repository [docker.io/acme/app]',
      '5f70bf18a086: Preparing',
      'a3f1c9d2e4b6: Preparing',
      'denied: requested access to the resource is denied',
    ],
    exit: 1,
    type: 'config',
    cause: /denied: requested access to the resource is denied/,
  },
  {
    name: 'docker buildx --push: GHCR refuses the token (write_package)',
    from: `docker/buildx, containerd remotes/docker/pusher.go; GitHub Packages' documented error code; ${DOC}`,
    step: { run: 'docker buildx build --push -t ghcr.io/acme/app:sha-1a2b3c4 .' },
    output: [
      '#12 exporting to image',
      '#12 pushing layers 0.3s done',
      '#12 ERROR: failed to push ghcr.io/acme/app:sha-1a2b3c4: denied: permission_denied: write_package',
      '------',
      ' > exporting to image:',
      '------',
      'ERROR: failed to solve: failed to push ghcr.io/acme/app:sha-1a2b3c4: denied: permission_denied: write_package',
    ],
    exit: 1,
    type: 'config',
    cause: /permission_denied: write_package/,
  },
  {
    name: 'docker pull: Docker Hub rate limit (toomanyrequests)',
    from: `distribution/distribution registry/api/errcode (TOOMANYREQUESTS "toomanyrequests"); Docker Hub's documented message; ${DOC}`,
    step: { run: 'docker pull node:22' },
    output: [
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    ],
    exit: 1,
    type: 'network',
    cause: /toomanyrequests: You have reached your pull rate limit/,
  },
  {
    name: 'docker build: base image metadata hits the rate limit (429 from containerd)',
    from: `containerd core/remotes/docker/fetcher.go ("unexpected status code %v: %v"), Docker Hub's documented message; ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: [
      '#2 [internal] load metadata for docker.io/library/python:3.12-slim',
      '#2 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:4c1b3f0e2a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      '------',
      'ERROR: failed to solve: python:3.12-slim: failed to resolve source metadata for docker.io/library/python:3.12-slim: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:4c1b3f0e2a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    ],
    exit: 1,
    type: 'network',
    cause: /429 Too Many Requests|toomanyrequests/,
  },
  {
    name: 'docker pull: the registry answers 503',
    from: `moby/moby distribution, distribution/distribution registry/client ("received unexpected HTTP status: %s"); ${DOC}`,
    step: { run: 'docker pull ghcr.io/acme/tools:3' },
    output: ['Error response from daemon: received unexpected HTTP status: 503 Service Unavailable'],
    exit: 1,
    type: 'network',
    cause: /received unexpected HTTP status: 503/,
  },
  {
    name: 'docker pull: TLS handshake timeout to the registry',
    from: `moby/moby registry, golang/go src/net/http/transport.go ("net/http: TLS handshake timeout"); ${DOC}`,
    step: { run: 'docker pull postgres:16' },
    output: [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    ],
    exit: 1,
    type: 'network',
    cause: /net\/http: TLS handshake timeout/,
  },
  {
    name: 'docker pull: a layer download cut short (unexpected EOF)',
    from: `moby/moby distribution/pull_v2.go (layer download), golang/go io.ErrUnexpectedEOF ("unexpected EOF"); ${DOC}`,
    step: { run: 'docker pull mcr.microsoft.com/dotnet/sdk:8.0' },
    output: [
      '8.0: Pulling from dotnet/sdk',
      '2d429b9e73a6: Pulling fs layer',
      '2d429b9e73a6: Retrying in 5 seconds',
      '2d429b9e73a6: Retrying in 1 second',
      'unexpected EOF',
    ],
    exit: 1,
    type: 'network',
    cause: /unexpected EOF/,
    left: {
      type: 'unknown',
      causeShown: false,
      why: "a bare `unexpected EOF` is Go's io.ErrUnexpectedEOF with nothing of Docker's round it; a rule on the bare words would fire on any Go tool's truncated read (a test's, a parser's), so no rule in the tool's own words tells this one",
    },
  },
  {
    name: 'docker build: the disk fills while exporting layers',
    from: `moby/buildkit snapshot, golang/go syscall ENOSPC ("no space left on device"); ${DOC}`,
    step: { run: 'docker build -t ml .' },
    output: [
      '#14 exporting to image',
      '#14 exporting layers',
      '#14 ERROR: failed to export layer: write /var/lib/docker/buildkit/content/ingest/3c1e/data: no space left on device',
      '------',
      'ERROR: failed to solve: failed to export layer: write /var/lib/docker/buildkit/content/ingest/3c1e/data: no space left on device',
    ],
    exit: 1,
    type: 'resource',
    cause: /no space left on device/,
  },
  {
    name: 'docker compose up --wait: the database service is unhealthy',
    from: `docker/compose pkg/compose/convergence.go ("dependency failed to start: container %s is unhealthy"); ${DOC}`,
    step: { run: 'docker compose up -d --wait' },
    output: [
      ' Network app_default  Creating',
      ' Network app_default  Created',
      ' Container app-db-1  Creating',
      ' Container app-db-1  Created',
      ' Container app-api-1  Creating',
      ' Container app-api-1  Created',
      ' Container app-db-1  Starting',
      ' Container app-db-1  Started',
      ' Container app-db-1  Waiting',
      ' Container app-db-1  Error',
      'dependency failed to start: container app-db-1 is unhealthy',
    ],
    exit: 1,
    type: 'infrastructure',
    cause: /dependency failed to start: container app-db-1 is unhealthy/,
    left: {
      type: 'unknown',
      causeShown: false,
      why: "Compose says only that the healthcheck failed, not why: the project's own service (its image, its environment) is as often the cause as the machine, so a rule typing it infrastructure would retry a deterministic failure; left for the lead to decide (see the header)",
    },
  },
  {
    name: 'docker compose: the workflow names a service the file lacks',
    from: `docker/compose pkg/api/errors.go, compose-spec/compose-go ("no such service: %s"); ${DOC}`,
    step: { run: 'docker compose run --rm test-runner pytest' },
    output: ['no such service: test-runner'],
    exit: 1,
    type: 'config',
    cause: /no such service: test-runner/,
    left: {
      type: 'test',
      causeShown: true,
      why: "`no such service: %s` is printed in the same words by many tools (compose-go, docker-compose v1's NoSuchService, service registries), so a rule on it is not the tool's own; the failing command's word (pytest) types it test: wrong type, nothing retried",
    },
  },
  // ---- the login and credentials actions
  {
    name: 'docker/login-action: the registry refuses the password',
    from: `docker/login-action src/docker.ts (core.setFailed with the daemon's error); ${DOC}`,
    step: { uses: 'docker/login-action@v3' },
    output: [
      'Logging into registry-1.docker.io...',
      '##[error]Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    ],
    type: 'config',
    cause: /unauthorized: incorrect username or password/,
  },
  {
    name: 'docker/login-action: the secret is empty (Username and password required)',
    from: `docker/login-action src/context.ts, src/docker.ts ("Username and password required"); ${DOC}`,
    step: { uses: 'docker/login-action@v3' },
    output: ['##[error]Username and password required'],
    type: 'config',
    cause: /Username and password required/,
  },
  {
    name: 'docker/build-push-action: a RUN make fails, the action wraps it',
    from: `docker/build-push-action src/main.ts ("buildx failed with: %s"); ${BK}; ${DOC}`,
    step: { uses: 'docker/build-push-action@v6' },
    output: [
      ...buildkitRun(
        'build 4/5',
        'make release',
        [
          'cc -c -o util.o util.c',
          'util.c:12:10: fatal error: zlib.h: No such file or directory',
          'make: *** [Makefile:9: util.o] Error 1',
        ],
        2,
        8,
      ),
      '##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c make release" did not complete successfully: exit code: 2',
    ],
    type: 'build',
    cause: /fatal error: zlib\.h: No such file or directory/,
  },
  {
    name: 'aws-actions/configure-aws-credentials: the role does not trust this workflow (OIDC)',
    from: `aws-actions/configure-aws-credentials src/index.ts ("Could not assume role with OIDC: %s"); ${DOC}`,
    step: { uses: 'aws-actions/configure-aws-credentials@v4' },
    output: [
      '##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ],
    type: 'config',
    cause: /Could not assume role with OIDC/,
  },
  {
    name: 'aws-actions/configure-aws-credentials: no credentials to load',
    from: `aws-actions/configure-aws-credentials src/CredentialsClient.ts, src/index.ts ("Credentials could not be loaded, please check your action inputs: %s"); ${DOC}`,
    step: { uses: 'aws-actions/configure-aws-credentials@v4' },
    output: [
      '##[error]Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers',
    ],
    type: 'config',
    cause: /Credentials could not be loaded/,
  },
  {
    name: 'google-github-actions/auth: neither workload identity nor a key is given',
    from: `google-github-actions/auth src/main.ts (exactly one of "workload_identity_provider" or "credentials_json"); ${DOC}`,
    step: { uses: 'google-github-actions/auth@v2' },
    output: [
      '##[error]google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"! If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment. By default, secrets are not passed to workflows triggered from forks, including Dependabot.',
    ],
    type: 'config',
    cause: /must specify exactly one of "workload_identity_provider" or "credentials_json"/,
  },
  {
    name: 'azure/login: the client id is missing',
    from: `Azure/login src/common/LoginConfig.ts ("Using auth-type: %s. Not all values are present. Ensure 'client-id' and 'tenant-id' are supplied."), src/main.ts ("Login failed with %s"); ${DOC}`,
    step: { uses: 'azure/login@v2' },
    output: [
      "##[error]Login failed with Error: Using auth-type: SERVICE_PRINCIPAL. Not all values are present. Ensure 'client-id' and 'tenant-id' are supplied.. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.",
    ],
    type: 'config',
    cause: /Not all values are present\. Ensure 'client-id' and 'tenant-id' are supplied/,
  },
  // ---- Terraform / OpenTofu
  {
    name: 'terraform plan: the AWS provider finds no credentials',
    from: `${TF}; hashicorp/terraform-provider-aws internal/conns/config.go, hashicorp/aws-sdk-go-base ("No valid credential sources found"); ${DOC}`,
    step: { run: 'terraform plan -input=false' },
    output: [
      ...box([
        'Error: No valid credential sources found',
        '',
        '  with provider["registry.terraform.io/hashicorp/aws"],',
        '  on providers.tf line 1, in provider "aws":',
        '   1: provider "aws" {',
        '',
        'Please see https://registry.terraform.io/providers/hashicorp/aws',
        'for more information about providing credentials.',
        '',
        'Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded',
        '',
      ]),
    ],
    exit: 1,
    type: 'config',
    cause: /No valid credential sources found/,
  },
  {
    name: 'terraform plan: a provider needs explicit configuration',
    from: `${TF}; hashicorp/terraform internal/terraform/context_validate.go, node_provider.go ("Invalid provider configuration"); ${DOC}`,
    step: { run: 'terraform plan -input=false' },
    output: box([
      'Error: Invalid provider configuration',
      '',
      'Provider "registry.terraform.io/hashicorp/google" requires explicit configuration. Add a provider block to the root module and configure the provider\'s required arguments as described in the provider documentation.',
      '',
    ]),
    exit: 1,
    type: 'config',
    cause: /Invalid provider configuration/,
  },
  {
    name: "terraform apply: AWS refuses the role's CreateRole (AccessDenied under a resource error)",
    from: `${TF}; hashicorp/terraform-provider-aws internal/service/iam/role.go ("creating IAM Role (%s): %s"), aws/aws-sdk-go-v2 smithy error form; ${DOC}`,
    step: { run: 'terraform apply -auto-approve -input=false' },
    output: [
      'aws_iam_role.deploy: Creating...',
      ...box([
        'Error: creating IAM Role (deploy): operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/gha-deploy/GitHubActions is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/deploy because no identity-based policy allows the iam:CreateRole action',
        '',
        '  with aws_iam_role.deploy,',
        '  on iam.tf line 3, in resource "aws_iam_role" "deploy":',
        '   3: resource "aws_iam_role" "deploy" {',
        '',
      ]),
    ],
    exit: 1,
    type: 'config',
    cause: /api error AccessDenied: .* is not authorized to perform: iam:CreateRole/,
  },
  {
    name: 'terraform apply: another run holds the state lock',
    from: `${TF}; hashicorp/terraform internal/command/clistate/state.go (LockErrorMessage: "Error acquiring the state lock" ... "Please resolve the issue above and try again."); ${DOC}`,
    step: { run: 'terraform apply -auto-approve -input=false' },
    output: box([
      'Error: Error acquiring the state lock',
      '',
      'Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: Q1W2E3R4T5Y6U7I8O9P0, ConditionalCheckFailedException: The conditional request failed',
      'Lock Info:',
      '  ID:        5b0c8a3e-1f2d-4c6b-9e7a-2d3c4b5a6f70',
      '  Path:      acme-tfstate/prod/terraform.tfstate',
      '  Operation: OperationTypeApply',
      '  Who:       runner@fv-az417-302',
      '  Version:   1.9.8',
      '  Created:   2026-01-01 09:58:12.345678901 +0000 UTC',
      '  Info:      ',
      '',
      '',
      'Terraform acquires a state lock to protect the state from being written',
      'by multiple users at the same time. Please resolve the issue above and try',
      'again. For most commands, you can disable locking with the "-lock=false"',
      'flag, but this is not recommended.',
    ]),
    exit: 1,
    type: 'config',
    cause: /Error acquiring the state lock/,
  },
  {
    name: 'terraform init: the dependency lock file does not match the configuration',
    from: `${TF}; hashicorp/terraform internal/command/meta_dependencies.go, init.go ("Inconsistent dependency lock file"); ${DOC}`,
    step: { run: 'terraform init -lockfile=readonly' },
    output: [
      ...TF_INIT,
      ...box([
        'Error: Inconsistent dependency lock file',
        '',
        'The following dependency selections recorded in the lock file are inconsistent with the current configuration:',
        '  - provider registry.terraform.io/hashicorp/random: required by this configuration but no version is selected',
        '',
        'To make the initial dependency selections that will initialize the dependency lock file, run:',
        '  terraform init',
      ]),
    ],
    exit: 1,
    type: 'dependency',
    cause: /Inconsistent dependency lock file/,
  },
  {
    name: 'tofu init: the same lock-file words from OpenTofu',
    from: `opentofu/opentofu internal/command/init.go, internal/command/format/diagnostic.go (Terraform's words kept); ${DOC}`,
    step: { run: 'tofu init -lockfile=readonly' },
    output: box([
      'Error: Inconsistent dependency lock file',
      '',
      'The following dependency selections recorded in the lock file are inconsistent with the current configuration:',
      '  - provider registry.opentofu.org/hashicorp/aws: locked version selection 5.40.0 doesn\'t match the updated version constraints "~> 5.60"',
      '',
    ]),
    exit: 1,
    type: 'dependency',
    cause: /Inconsistent dependency lock file/,
  },
  {
    name: 'terraform fmt -check: files need formatting',
    from: `hashicorp/terraform internal/command/fmt.go (-check lists the unformatted files, exits 3); ${DOC}`,
    step: { run: 'terraform fmt -check -recursive' },
    output: ['modules/network/main.tf', 'variables.tf'],
    exit: 3,
    type: 'quality-gate',
    cause: /variables\.tf|main\.tf/,
    left: {
      type: 'quality-gate',
      causeShown: false,
      why: "`terraform fmt -check` prints only the names of the files it would change; the type comes from the command's word and the line shown is the step's own script, since no output line states a cause a rule could match (a file name is no cause line)",
    },
  },
  {
    name: 'terraform validate: an argument the resource does not take',
    from: `${TF}; hashicorp/hcl hcldec/gohcl ("Unsupported argument", "An argument named %q is not expected here."); ${DOC}`,
    step: { run: 'terraform validate' },
    output: box([
      'Error: Unsupported argument',
      '',
      '  on storage.tf line 12, in resource "aws_s3_bucket" "assets":',
      '  12:   acl_policy = "private"',
      '',
      'An argument named "acl_policy" is not expected here.',
    ]),
    exit: 1,
    type: 'quality-gate',
    cause: /Unsupported argument|An argument named "acl_policy" is not expected here/,
  },
  {
    name: 'terraform init: the registry cannot be reached (TLS handshake timeout)',
    from: `${TF}; hashicorp/terraform internal/getproviders/registry_client.go, internal/command/init.go ("Failed to query available provider packages"); ${DOC}`,
    step: { run: 'terraform init -input=false' },
    output: [
      'Initializing provider plugins...',
      '- Finding hashicorp/aws versions matching "~> 5.0"...',
      ...box([
        'Error: Failed to query available provider packages',
        '',
        'Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io: failed to request discovery document: Get "https://registry.terraform.io/.well-known/terraform.json": net/http: TLS handshake timeout',
      ]),
    ],
    exit: 1,
    type: 'network',
    cause: /could not connect to registry\.terraform\.io|TLS handshake timeout/,
  },
  // ---- Helm, kubectl
  {
    name: 'helm install: a value the chart requires is not given',
    from: `helm/helm pkg/engine/engine.go ("execution error at (%s): %s"), pkg/cmd/install.go ("INSTALLATION FAILED"); ${DOC}`,
    step: { run: 'helm install web ./chart --namespace prod' },
    output: [
      'Error: INSTALLATION FAILED: execution error at (web/templates/deployment.yaml:21:28): image.tag is required',
    ],
    exit: 1,
    type: 'config',
    cause: /image\.tag is required/,
  },
  {
    name: 'helm upgrade: another operation is in progress on the release',
    from: `helm/helm pkg/action/upgrade.go (errPending: "another operation (install/upgrade/rollback) is in progress"); ${DOC}`,
    step: { run: 'helm upgrade --install web ./chart --namespace prod --wait' },
    output: ['Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress'],
    exit: 1,
    type: 'config',
    cause: /another operation \(install\/upgrade\/rollback\) is in progress/,
  },
  {
    name: 'helm lint: the chart fails its lint',
    from: `helm/helm pkg/lint/rules/chartfile.go ("version is required"), pkg/cmd/lint.go ("%d chart(s) linted, %d chart(s) failed"); ${DOC}`,
    step: { run: 'helm lint ./chart' },
    output: [
      '==> Linting ./chart',
      '[ERROR] Chart.yaml: version is required',
      '[INFO] Chart.yaml: icon is recommended',
      '',
      'Error: 1 chart(s) linted, 1 chart(s) failed',
    ],
    exit: 1,
    type: 'quality-gate',
    cause: /\[ERROR\] Chart\.yaml: version is required/,
  },
  {
    name: 'kubectl get: the cluster has no such resource type (a CRD not installed)',
    from: `kubernetes/kubectl pkg/cmd/get, k8s.io/cli-runtime resource/builder.go ("the server doesn't have a resource type %q"); ${DOC}`,
    step: { run: 'kubectl get certificates -n prod' },
    output: ['error: the server doesn\'t have a resource type "certificates"'],
    exit: 1,
    type: 'config',
    cause: /the server doesn't have a resource type "certificates"/,
  },
  {
    name: 'kubectl apply: the API server cannot be reached (dial tcp i/o timeout)',
    from: `kubernetes/client-go, kubernetes/kubectl pkg/cmd/util/helpers.go ("Unable to connect to the server: %v"), golang/go net ("i/o timeout"); ${DOC}`,
    step: { run: 'kubectl apply -f k8s/' },
    output: ['Unable to connect to the server: dial tcp 20.81.113.7:443: i/o timeout'],
    exit: 1,
    type: 'network',
    left: {
      type: 'config',
      causeShown: true,
      why: "rule kubectl-server-unreachable leaves `dial tcp <ip>: i/o timeout` out on purpose (its why: as often a private cluster the hosted runner can never reach); the command's word then types it config, not retried; a transient not retried, kept as the earlier decision stands",
    },
    cause: /Unable to connect to the server: dial tcp 20\.81\.113\.7:443: i\/o timeout/,
  },
  {
    name: "kubectl apply: RBAC forbids the job's service account",
    from: `kubernetes/kubectl pkg/cmd/util/helpers.go ("Error from server (%s): %s"), kubernetes/apiserver authorization ("is forbidden: User %q cannot %s resource %q"); ${DOC}`,
    step: { run: 'kubectl apply -f k8s/deployment.yaml' },
    output: [
      'Error from server (Forbidden): error when applying patch:',
      '{"spec":{"template":{"spec":{"containers":[{"image":"ghcr.io/acme/web:1a2b3c4","name":"web"}]}}}}',
      'to:',
      'Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"',
      'Name: "web", Namespace: "prod"',
      'for: "k8s/deployment.yaml": error when patching "k8s/deployment.yaml": deployments.apps "web" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "deployments" in API group "apps" in the namespace "prod"',
    ],
    exit: 1,
    type: 'config',
    cause:
      /Error from server \(Forbidden\)|is forbidden: User "system:serviceaccount:ci:deployer" cannot patch/,
  },
  {
    name: 'kubectl rollout status: the deployment exceeds its progress deadline',
    from: `kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go ("deployment %q exceeded its progress deadline"); ${DOC}`,
    step: { run: 'kubectl rollout status deployment/web -n prod --timeout=5m' },
    output: [
      'Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...',
      'error: deployment "web" exceeded its progress deadline',
    ],
    exit: 1,
    type: 'timeout',
    left: {
      type: 'config',
      causeShown: true,
      why: "kubectl's line says a limit stopped the rollout, not why the pods never became ready (a crash loop, an image that cannot be pulled); a rule typing it timeout would retry a crash-looping deploy, so none is added: typed config by kubectl's word, not retried, the line shown is kubectl's own",
    },
    cause: /exceeded its progress deadline/,
  },
  // ---- cloud CLIs
  {
    name: 'aws s3 cp: AccessDenied on PutObject',
    from: `aws/aws-cli awscli/customizations/s3/results.py ("upload failed: %s to %s %s"), botocore exceptions.py ClientError ("An error occurred (%s) when calling the %s operation: %s"); ${DOC}`,
    step: { run: 'aws s3 cp dist/ s3://acme-site/ --recursive' },
    output: [
      'upload failed: dist/index.html to s3://acme-site/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ],
    exit: 1,
    type: 'config',
    cause: /An error occurred \(AccessDenied\) when calling the PutObject operation/,
  },
  {
    name: 'aws cloudformation: the session token has expired',
    from: `boto/botocore botocore/exceptions.py ClientError; AWS STS's documented ExpiredToken; ${DOC}`,
    step: { run: 'aws cloudformation deploy --template-file stack.yml --stack-name web' },
    output: [
      '',
      'An error occurred (ExpiredToken) when calling the DescribeStacks operation: The security token included in the request is expired',
    ],
    exit: 254,
    type: 'config',
    cause: /ExpiredToken/,
  },
  {
    name: 'aws cloudformation: throttled past its retries',
    from: `boto/botocore botocore/exceptions.py ClientError (" (reached max retries: %d)"), retries/standard.py; ${DOC}`,
    step: { run: 'aws cloudformation describe-stacks --stack-name web' },
    output: [
      '',
      'An error occurred (Throttling) when calling the DescribeStacks operation (reached max retries: 2): Rate exceeded',
    ],
    exit: 254,
    type: 'network',
    cause: /\(Throttling\).*Rate exceeded/,
  },
  {
    name: 'aws s3 sync: S3 asks to slow down',
    from: `aws/aws-cli awscli/customizations/s3/results.py, boto/botocore ClientError; S3's documented SlowDown; ${DOC}`,
    step: { run: 'aws s3 sync build/ s3://acme-assets/' },
    output: [
      'upload failed: build/app.js to s3://acme-assets/app.js An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.',
    ],
    exit: 1,
    type: 'network',
    cause: /\(SlowDown\).*Please reduce your request rate/,
  },
  {
    name: 'aws sts: the endpoint cannot be reached',
    from: `boto/botocore botocore/exceptions.py @0e6e2404b85dc336dd2889814e089bde7d1a4c55 EndpointConnectionError.fmt ('Could not connect to the endpoint URL: "{endpoint_url}"'), re-read at that commit`,
    step: { run: 'aws sts get-caller-identity' },
    output: ['', 'Could not connect to the endpoint URL: "https://sts.us-east-1.amazonaws.com/"'],
    exit: 255,
    type: 'network',
    cause: /Could not connect to the endpoint URL/,
  },
  {
    name: 'aws: no credentials in the job',
    from: `boto/botocore botocore/exceptions.py NoCredentialsError ("Unable to locate credentials"), aws/aws-cli awscli/clidriver.py; ${DOC}`,
    step: { run: 'aws ecr get-login-password --region eu-west-1' },
    output: ['', 'Unable to locate credentials. You can configure credentials by running "aws configure".'],
    exit: 253,
    type: 'config',
    cause: /Unable to locate credentials/,
  },
  {
    name: 'gcloud run deploy: the service account lacks a permission',
    from: `google-cloud-sdk googlecloudsdk/api_lib/util/exceptions.py, core/exceptions.py ("ERROR: (%s) %s"); ${DOC}`,
    step: {
      run: 'gcloud run deploy web --image europe-docker.pkg.dev/acme/web/web:1a2b --region europe-west1',
    },
    output: [
      'Deploying container to Cloud Run service [web] in project [acme-prod] region [europe-west1]',
      "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme-prod/services/web' (or resource may not exist). This command is authenticated as gha-deployer@acme-prod.iam.gserviceaccount.com which is the active account specified by the [core/account] property.",
    ],
    exit: 1,
    type: 'config',
    cause: /PERMISSION_DENIED: Permission 'run\.services\.get' denied/,
  },
  {
    name: 'az: not logged in',
    from: `Azure/azure-cli src/azure-cli-core/azure/cli/core/_profile.py ("Please run 'az login' to setup account."); ${DOC}`,
    step: { run: 'az webapp deploy --resource-group web-rg --name acme-web --src-path app.zip' },
    output: ["ERROR: Please run 'az login' to setup account."],
    exit: 1,
    type: 'config',
    cause: /Please run 'az login' to setup account/,
  },
  {
    name: 'az: the service principal lacks the role (AuthorizationFailed)',
    from: `Azure/azure-cli azure-cli-core azclierror/util ("(%s) %s"), Azure Resource Manager's documented AuthorizationFailed; ${DOC}`,
    step: { run: 'az group create --name web-rg --location westeurope' },
    output: [
      "ERROR: (AuthorizationFailed) The client '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' with object id '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write' over scope '/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/web-rg' or the scope is invalid. If access was recently granted, please refresh your credentials.",
      'Code: AuthorizationFailed',
    ],
    exit: 1,
    type: 'config',
    cause: /does not have authorization to perform action/,
  },
  {
    name: 'pulumi up: the stack passphrase is not set',
    from: `pulumi/pulumi pkg/secrets/passphrase/manager.go ("passphrase must be set with PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE environment variables"); ${DOC}`,
    step: { run: 'pulumi up --yes --stack prod' },
    output: [
      'error: getting secrets manager: passphrase must be set with PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE environment variables',
    ],
    exit: 255,
    type: 'config',
    cause: /passphrase must be set with PULUMI_CONFIG_PASSPHRASE/,
  },
  {
    name: 'pulumi up: another update is in progress on the stack',
    from: `pulumi/pulumi pkg/backend/httpstate/client ("[409] Conflict: Another update is currently in progress."); ${DOC}`,
    step: { run: 'pulumi up --yes --stack prod' },
    output: ['error: [409] Conflict: Another update is currently in progress.'],
    exit: 255,
    type: 'config',
    cause: /Another update is currently in progress/,
  },
  {
    name: 'vercel deploy: no token',
    from: `vercel/vercel packages/cli/src/util/errors-ts.ts, login prompts ("No existing credentials found. Please run \`vercel login\` or pass "--token""); ${DOC}`,
    step: { run: 'npx vercel deploy --prod' },
    output: [
      'Vercel CLI 39.1.0',
      'Error: No existing credentials found. Please run `vercel login` or pass "--token"',
    ],
    exit: 1,
    type: 'config',
    cause: /No existing credentials found\. Please run `vercel login` or pass "--token"/,
  },
  {
    name: 'firebase deploy: not logged in',
    from: `firebase/firebase-tools src/requireAuth.ts ("Failed to authenticate, have you run firebase login?"); ${DOC}`,
    step: { run: 'npx firebase deploy --only hosting' },
    output: ['', 'Error: Failed to authenticate, have you run firebase login?'],
    exit: 1,
    type: 'config',
    cause: /Failed to authenticate, have you run firebase login\?/,
  },
  // ---- Pages deploys
  {
    name: 'actions/deploy-pages: Pages is not enabled for the repository',
    from: `actions/deploy-pages src/internal/deployment.js, src/internal/api-client.js ("Ensure GitHub Pages has been enabled: %s"); ${DOC}`,
    step: { uses: 'actions/deploy-pages@v4' },
    output: [
      'Fetching artifact metadata for "github-pages" in this workflow run',
      'Found 1 artifact(s)',
      'Creating Pages deployment with payload:',
      '##[error]Failed to create deployment (status: 404) with build version 1a2b3c4d5e6f. Request ID 0A1B:2C3D:4E5F:6071:8293 Ensure GitHub Pages has been enabled: https://github.com/acme/site/settings/pages',
    ],
    type: 'config',
    cause: /Ensure GitHub Pages has been enabled/,
  },
  {
    name: 'peaceiris/actions-gh-pages: the token may not push (403)',
    from: `peaceiris/actions-gh-pages src/git-utils.ts (git push), git's remote/http words (remote-curl.c "The requested URL returned error: %d"); ${DOC}`,
    step: { uses: 'peaceiris/actions-gh-pages@v4' },
    output: [
      '[INFO] push files to https://x-access-token:***@github.com/acme/site.git',
      '/usr/bin/git push origin gh-pages',
      'remote: Permission to acme/site.git denied to github-actions[bot].',
      "fatal: unable to access 'https://github.com/acme/site.git/': The requested URL returned error: 403",
      '##[error]Action failed with "The process \'/usr/bin/git\' failed with exit code 128"',
    ],
    type: 'config',
    cause: /Permission to acme\/site\.git denied to github-actions\[bot\]|returned error: 403/,
  },
  // ---- passing look-alikes: the step succeeds, a later step fails saying nothing
  {
    name: 'passing: docker build with a Dockerfile lint warning',
    from: `moby/buildkit frontend/dockerfile/linter (FromAsCasing), docker/buildx ("%d warning(s) found (use docker --debug to expand):"); ${DOC}`,
    step: { run: 'docker build -t app .' },
    output: [
      '#9 exporting to image',
      '#9 writing image sha256:0f1e2d3c4b5a69788a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f done',
      '#9 DONE 0.4s',
      '',
      ' 1 warning found (use docker --debug to expand):',
      " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
    ],
    type: null,
    cause: /FromAsCasing/,
  },
  {
    name: 'passing: docker pull retries a layer, then completes',
    from: `moby/moby distribution/xfer/download.go ("Retrying in %d second(s)"); ${DOC}`,
    step: { run: 'docker pull postgres:16' },
    output: [
      '16: Pulling from library/postgres',
      '2d429b9e73a6: Retrying in 5 seconds',
      '2d429b9e73a6: Pull complete',
      'Digest: sha256:4c1b3f0e2a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
      'Status: Downloaded newer image for postgres:16',
    ],
    type: null,
    cause: /Retrying in 5 seconds/,
  },
  {
    name: 'passing: terraform plan with a deprecation warning and no changes',
    from: `${TF} (Warning: diagnostics), internal/command/views/plan.go ("No changes."); ${DOC}`,
    step: { run: 'terraform plan -input=false' },
    output: [
      ...box([
        'Warning: Argument is deprecated',
        '',
        '  with aws_s3_bucket.assets,',
        '  on storage.tf line 4, in resource "aws_s3_bucket" "assets":',
        '   4:   acl    = "private"',
        '',
        'Use the aws_s3_bucket_acl resource instead',
      ]),
      '',
      'No changes. Your infrastructure matches the configuration.',
    ],
    type: null,
    cause: /Argument is deprecated/,
  },
  {
    name: 'passing: helm lint with only INFO lines',
    from: `helm/helm pkg/cmd/lint.go ("%d chart(s) linted, %d chart(s) failed"); ${DOC}`,
    step: { run: 'helm lint ./chart' },
    output: [
      '==> Linting ./chart',
      '[INFO] Chart.yaml: icon is recommended',
      '',
      '1 chart(s) linted, 0 chart(s) failed',
    ],
    type: null,
    cause: /0 chart\(s\) failed/,
  },
  {
    name: 'passing: kubectl apply warns of a deprecated API and applies',
    from: `kubernetes/client-go rest/warnings.go ("Warning: %s"), apiserver deprecation warnings; ${DOC}`,
    step: { run: 'kubectl apply -f k8s/' },
    output: [
      'Warning: autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler',
      'horizontalpodautoscaler.autoscaling/web configured',
      'deployment.apps/web configured',
    ],
    type: null,
    cause: /is deprecated in v1\.23\+/,
  },
  {
    name: 'passing: a smoke test that logs a refused connection and retries, then passes',
    from: `curl's documented error 7 form (lib/connect.c "Failed to connect to %s port %d"); ${DOC}`,
    step: { run: 'curl --retry 5 --retry-connrefused -fsS http://localhost:8080/health' },
    output: [
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server",
      'Warning: Problem : connection refused. Will retry in 1 seconds. 5 retries left.',
      '{"status":"ok"}',
    ],
    type: null,
    cause: /Failed to connect to localhost port 8080/,
  },
  {
    name: 'passing: a gh-pages deploy whose commit subject says error:',
    from: `git's commit summary form (builtin/commit.c print_summary "[%s %s] %s"); ${DOC}`,
    step: { uses: 'JamesIves/github-pages-deploy-action@v4' },
    output: [
      '/usr/bin/git commit -m Deploying to gh-pages from @ acme/site@1a2b3c4 🚀 --quiet --no-verify',
      '[gh-pages 5e6f7a8] fix: error: ECONNRESET page typo in docs',
      '/usr/bin/git push --porcelain origin github-pages-deploy-action-temp:gh-pages',
      'Completed deployment successfully! ✅',
    ],
    type: null,
    cause: /error: ECONNRESET/,
  },
];
