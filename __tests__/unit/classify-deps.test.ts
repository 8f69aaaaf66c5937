/**
 * Dependency installs, test summaries and build wrappers written from the tools' own sources (each rule's `why`
 * in rules/log-rules.json names the repository, path and commit): a failed GitHub Actions step whose only
 * evidence is the tool's own line is typed by it, a docker build's RUN says what failed through BuildKit's
 * progress prefix, and the look-alikes built from the same sources (a 404 on publish, a 401, a Go import whose
 * lookup failed on the network, summaries counting no failure, a Gradle test task) are not claimed by them.
 * The published lines themselves are proven in classify-rules.test.ts.
 */
import { classify, defaultRuleSet, normalizeLine } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

/** A failed GitHub Actions step running `cmd` that printed `body`, as the runner writes its job log. */
const step = (cmd: string, body: string[]): string => jobLog(actionsStep({ run: cmd }, body, 1));

const failedSteps: { name: string; cmd: string; body: string[]; type: string }[] = [
  {
    name: 'npm 10 ERESOLVE',
    cmd: 'npm ci',
    body: [
      'npm error code ERESOLVE',
      'npm error ERESOLVE unable to resolve dependency tree',
      'npm error',
      'npm error While resolving: app@1.0.0',
    ],
    type: 'dependency',
  },
  {
    name: 'pnpm 9 frozen lockfile out of date',
    cmd: 'pnpm install --frozen-lockfile',
    body: [
      '\u2009ERR_PNPM_OUTDATED_LOCKFILE\u2009 Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
      'Note that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"',
    ],
    type: 'dependency',
  },
  {
    name: 'yarn 4 immutable install',
    cmd: 'yarn install --immutable',
    body: [
      '➤ YN0000: ┌ Resolution step',
      '➤ YN0028: The lockfile would have been modified by this install, which is explicitly forbidden.',
      '➤ YN0000: └ Completed in 0s 312ms',
      '➤ YN0000: · Failed with errors in 0s 318ms',
    ],
    type: 'dependency',
  },
  {
    name: 'uv sync unsatisfiable',
    cmd: 'uv sync',
    body: [
      '  × No solution found when resolving dependencies:',
      "  ╰─▶ Because iniconfig was not found in the package registry and your project depends on iniconfig, we can conclude that your project's requirements are unsatisfiable.",
    ],
    type: 'dependency',
  },
  {
    name: 'cargo --locked with a stale Cargo.lock',
    cmd: 'cargo build --locked',
    body: [
      '    Updating crates.io index',
      'error: the lock file /home/runner/work/app/app/Cargo.lock needs to be updated but --locked was passed to prevent this',
      'If you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.',
    ],
    type: 'dependency',
  },
  {
    name: 'go build with go.mod out of sync',
    cmd: 'go build ./...',
    body: ['go: updates to go.mod needed; to update it:', '\tgo mod tidy'],
    type: 'dependency',
  },
  {
    name: 'playwright summary',
    cmd: 'npx playwright test',
    body: [
      'Running 12 tests using 2 workers',
      '  1 failed',
      '    [chromium] › tests/example.spec.ts:3:5 › has title ──────────────',
      '  11 passed (9.8s)',
    ],
    type: 'test',
  },
  {
    name: 'gradle compile task',
    cmd: './gradlew build',
    body: [
      '> Task :compileJava FAILED',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':compileJava'.",
      '> Compilation failed; see the compiler error output for details.',
    ],
    type: 'build',
  },
];

test.each(failedSteps)('a failed step with $name is typed $type', ({ cmd, body, type }) => {
  expect(classify({ log: step(cmd, body) }).type).toBe(type);
});

describe("a docker build's failed RUN is typed by what it printed (BuildKit plain progress)", () => {
  const docker = (run: string, lines: string[]): string =>
    step('docker buildx build --progress=plain .', [
      `#8 [4/6] RUN ${run}`,
      ...lines.map((l, i) => `#8 ${(0.5 + i / 10).toFixed(3)} ${l}`),
      `#8 ERROR: process "/bin/sh -c ${run}" did not complete successfully: exit code: 1`,
      `ERROR: failed to solve: process "/bin/sh -c ${run}" did not complete successfully: exit code: 1`,
    ]);

  test('the prefix is stripped, the step header is not', () => {
    expect(normalizeLine('#8 1.234 npm error code ERESOLVE')).toBe('npm error code ERESOLVE');
    expect(normalizeLine('#12 10.52 npm error code ERESOLVE')).toBe('npm error code ERESOLVE');
    expect(normalizeLine('#8 [4/6] RUN npm ci')).toBe('#8 [4/6] RUN npm ci');
  });

  test.each([
    [
      'npm ci',
      ['npm error code ERESOLVE', 'npm error ERESOLVE unable to resolve dependency tree'],
      'dependency',
    ],
    [
      'npm ci',
      [
        'npm error code ECONNRESET',
        'npm error network request to https://registry.npmjs.org/left-pad failed, reason: socket hang up',
      ],
      'network',
    ],
    ['make', ['main.c:3:10: fatal error: foo.h: No such file or directory'], 'build'],
    ['./configure', [], 'build'],
  ])('RUN %s printing %j is %s', (run, lines, type) => {
    expect(classify({ log: docker(run, lines) }).type).toBe(type);
  });
});

describe("buildx's error summary repeats the failed RUN's lines with seconds alone (display.go printErrorLogs)", () => {
  /** Only the summary: what a log shows when the progress lines were folded or quiet. */
  const summary = (run: string, lines: string[]): string =>
    step('docker buildx build .', [
      '------',
      ` > [build 4/6] RUN ${run}:`,
      ...lines.map((l, i) => `${(12.34 + i).toFixed(2)} ${l}`),
      '------',
      'Dockerfile:8',
      '--------------------',
      '   7 |     COPY . .',
      `   8 | >>> RUN ${run}`,
      '--------------------',
      `ERROR: failed to solve: process "/bin/sh -c ${run}" did not complete successfully: exit code: 1`,
    ]);

  test('the seconds are stripped at the precisions display.go prints, nothing else', () => {
    expect(normalizeLine('12.34 npm ERR! code ETIMEDOUT')).toBe('npm ERR! code ETIMEDOUT');
    expect(normalizeLine('2.345 go: downloading example.com/m v1.0.0')).toBe(
      'go: downloading example.com/m v1.0.0',
    );
    expect(normalizeLine('123.4 FAIL: TestX (0.00s)')).toBe('FAIL: TestX (0.00s)');
    expect(normalizeLine('2025-01-02T03:04:05.6789012Z 45.67 npm error code ERESOLVE')).toBe(
      'npm error code ERESOLVE',
    );
    // other numbers at a line's head keep them: no seconds of BuildKit's precision, or no space after
    expect(normalizeLine('1.5 MB downloaded')).toBe('1.5 MB downloaded');
    expect(normalizeLine('12.3 seconds elapsed')).toBe('12.3 seconds elapsed');
    expect(normalizeLine('0.12s call tests/test_a.py::test_x')).toBe('0.12s call tests/test_a.py::test_x');
  });

  test.each([
    [
      'npm ci',
      ['npm error code ERESOLVE', 'npm error ERESOLVE unable to resolve dependency tree'],
      'dependency',
    ],
    [
      'npm ci',
      [
        'npm ERR! code ETIMEDOUT',
        'npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: connect ETIMEDOUT 10.0.0.1:443',
      ],
      'network',
    ],
    ['go build ./...', ['main.go:3:2: undefined: x'], 'build'],
  ])('RUN %s printing %j is %s, not the wrapper', (run, lines, type) => {
    const verdict = classify({ log: summary(run, lines) });
    expect(verdict.type).toBe(type);
    // One of the RUN's own lines (the first that states the cause), never BuildKit's summary of it.
    expect(lines).toContain(verdict.evidence?.text);
  });

  // A RUN that printed nothing a rule knows: the command BuildKit names failed, not `docker build`.
  test.each([
    ['npm test', 'test'],
    ['pytest -q', 'test'],
    ['pip install --no-cache-dir -r requirements.txt', 'dependency'],
  ])('RUN %s that printed nothing decisive is typed by its own command: %s', (run, type) => {
    expect(classify({ log: summary(run, ['done']) }).type).toBe(type);
  });
});

const lookAlikes: [string, string][] = [
  // npm-registry-fetch's 404 on a PUT is a publish (credentials or scope), not an install
  ['js-install-resolve', 'npm error 404 Not Found - PUT https://registry.npmjs.org/my-pkg - Not found'],
  // the code line alone says nothing of which command: E404 is also what a publish gets
  ['js-install-resolve', 'npm error code E404'],
  ['js-install-resolve', 'npm error code E401'],
  // pnpm's reporter sends FETCH_401/403 to reportAuthError: credentials
  [
    'js-install-resolve',
    '\u2009ERR_PNPM_FETCH_401\u2009 GET https://npm.pkg.github.com/@org%2Fpkg: Unauthorized - 401',
  ],
  // Go's ImportMissingError with a query error: the module proxy may have failed on the network
  [
    'go-mod-resolve',
    'main.go:5:2: no required module provides package github.com/x/y: module lookup disabled by GOPROXY=off',
  ],
  // cargo failing to reach the index is not its resolver failing
  [
    'cargo-resolve',
    'error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app)`',
  ],
  // summaries counting no failure
  ['e2e-test-summary', '0 failed'],
  [
    'e2e-test-summary',
    '✔  All specs passed!                        00:05        5        5        -        -        -',
  ],
  ['ctest-bats-summary', '12 tests, 0 failures'],
  ['ctest-bats-summary', '100% tests passed, 0 tests failed out of 12'],
  // webpack compiled without error, esbuild warnings
  ['js-bundler-error', 'webpack 5.88.2 compiled successfully in 1234 ms'],
  ['js-bundler-error', 'webpack 5.88.2 compiled with 2 warnings in 1234 ms'],
  ['js-bundler-error', '▲ [WARNING] Duplicate key "a" in object literal [duplicate-object-key]'],
  // a Gradle test task is tests, not a compile
  ['gradle-compile-failed', "Execution failed for task ':test'."],
  // BuildKit failing before any RUN (a registry's cache key) is not a RUN's exit
  [
    'docker-run-failed',
    'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref abc::def: "/app/package.json": not found',
  ],
];

test.each(lookAlikes)('%s does not claim %j', (id, line) => {
  expect(fires(id, line)).toBe(false);
});

test("Yarn's checksum refusal is the lockfile's dependency failure, shown in place of its summary (rule js-install-resolve)", () => {
  const refused = "➤ YN0018: │ lodash@npm:4.17.21: The remote archive doesn't match the expected checksum";
  const v = classify({
    log: step('yarn install --immutable', [
      '➤ YN0000: ┌ Fetch step',
      refused,
      '➤ YN0000: └ Completed in 1s 211ms',
      '➤ YN0000: · Failed with errors in 1s 530ms',
    ]),
  });
  expect(v).toMatchObject({ type: 'dependency', rule: 'js-install-resolve' });
  expect(v.evidence?.text).toBe(refused);
  // Yarn's summary of the same failure, and a project's notes quoting the words mid-line, are not it.
  expect(fires('js-install-resolve', '➤ YN0000: · Failed with errors in 1s 530ms')).toBe(false);
  expect(
    fires(
      'js-install-resolve',
      "If you get `YN0018: The remote archive doesn't match the expected checksum`, run again",
    ),
  ).toBe(false);
});
