/**
 * The shell's own verdict on a step, where no rule knew the decisive line (issue 68 item 1): a command that a
 * wrapper's `sh -c` could not find (status 127, over the missing tool's name), a pipe broken under pipefail, a
 * coreutils command on a path that is not there, and GNU timeout's 124 over the network errors it cut short.
 * Each produced here by the real programs (npm, dash, bash, coreutils, curl against a server that resets), then
 * classified as the job log that step leaves; each keeps its look-alike, the same line a job survived.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import type { CompiledRuleSet } from '../../src/core/classify/rules.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-wrapper-'));
  mkdirSync(path.join(dir, '_temp'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** System directories only: no project's node_modules/.bin, no tool a developer installed. */
const SYSTEM_PATH = '/usr/bin:/bin';

/** Runs `script` as the runner runs a `shell: bash` step (with SIGPIPE ignored, as the runner's shells inherit). */
function runStep(script: string, env: Record<string, string> = {}): { lines: string[]; code: number } {
  const file = path.join(dir, '_temp', `${randomUUID()}.sh`);
  writeFileSync(file, `${script}\n`);
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', ...env },
  });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return { lines, code: done.status ?? 128 };
}

/** A test run's failed report, to follow a line the job survived. */
const FAILED_TESTS = [
  'FAIL src/cart.test.js',
  '  ● cart › adds an item',
  'Tests:       1 failed, 4 passed, 5 total',
];

describe('a wrapper whose `sh -c` could not find the tool (status 127)', () => {
  test("npm run-script's dash: config on the shell's line, not the missing linter's quality-gate", () => {
    expect(spawnSync('sh', ['-c', 'command -v eslint'], { env: { PATH: SYSTEM_PATH } }).status).not.toBe(0);
    const project = path.join(dir, 'app');
    mkdirSync(project, { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'app', version: '1.0.0', scripts: { lint: 'eslint . --ext .js' } }),
    );
    const npm = spawnSync('npm', ['run', 'lint'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${SYSTEM_PATH}`, LC_ALL: 'C' },
    });
    const lines = `${npm.stdout}${npm.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(npm.status).toBe(127);
    expect(lines).toContain('sh: 1: eslint: not found');
    const v = classify({ log: failedRunLog('npm run lint', lines, 127) });
    expect(v.type).toBe('config');
    expect(v.rule).not.toMatch(/^command:/);
    expect(v.evidence?.text).toBe('sh: 1: eslint: not found');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("bash as sh (`sh: line 1: x: command not found`): config over the test runner's name", () => {
    const bash = spawnSync('/bin/bash', ['-c', 'pytest -q tests'], {
      argv0: 'sh',
      encoding: 'utf8',
      // An empty directory as PATH: surely no pytest there.
      env: { PATH: path.join(dir, '_temp'), LC_ALL: 'C' },
    });
    expect(bash.status).toBe(127);
    const lines = bash.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual(['sh: line 1: pytest: command not found']);
    const v = classify({ log: failedRunLog('make test', ['pytest -q tests', ...lines], 127) });
    expect(v.type).toBe('config');
  });

  test("`npm test` then `sh: 1: test: not found`: the script's name is no command, so no shell's verdict", () => {
    const out = ['> app@1.0.0 test', '> node scripts/check.js', 'sh: 1: test: not found'];
    const v = classify({ log: failedRunLog('npm test', out, 1) });
    expect(v.rule).not.toBe('shell:not-found');
    expect(v.type).toBe('test');
  });

  test('`env CI=1 jest --ci`: the command past env and its variables is the one the shell could not find', () => {
    const v = classify({ log: failedRunLog('env CI=1 jest --ci', ['sh: 1: jest: not found'], 1) });
    expect(v.rule).toBe('shell:not-found');
    expect(v.type).toBe('config');
  });

  test('a linter that ran and found problems keeps its kind (status 1)', () => {
    const log = failedRunLog('npx eslint .', ['/src/a.js', '  1:7  error  no-unused-vars', '✖ 1 problem'], 1);
    expect(classify({ log }).type).toBe('quality-gate');
  });
});

describe('a pipe broken under pipefail', () => {
  test.each([
    ['yes | head -1', 'yes: standard output: Broken pipe'],
    ['seq 1 300000 | sort -n | head -1', "sort: write failed: 'standard output': Broken pipe"],
    ['for i in $(seq 1 100000); do echo "line $i"; done | head -1', 'echo: write error: Broken pipe'],
  ])('%s ending the step is config', (script, said) => {
    const ran = runStep(`trap '' PIPE\n${script}`);
    expect(ran.code).not.toBe(0);
    expect(ran.lines.some((l) => l.endsWith(said))).toBe(true);
    const v = classify({ log: failedRunLog('set -euo pipefail', ran.lines, ran.code) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('pipe-writer-broken');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('the same line early in a step that then failed its tests, or in a step that passed, says nothing', () => {
    const survived = runStep(`trap '' PIPE\nyes | head -1 || true`);
    expect(survived.code).toBe(0);
    expect(survived.lines).toContain('yes: standard output: Broken pipe');
    const filler = Array.from({ length: 70 }, (_, i) => `PASS src/part${i}.test.js`);
    const early = failedRunLog('npm test', [...survived.lines, ...filler, ...FAILED_TESTS]);
    expect(classify({ log: early }).type).toBe('test');
    const passed = jobLog([
      ...actionsStep({ run: 'yes | head -1 || true' }, survived.lines),
      ...actionsStep({ run: 'npx jest' }, FAILED_TESTS, 1),
    ]);
    expect(classify({ log: passed }).type).toBe('test');
  });
});

describe('a coreutils command on a path the workflow names that is not there', () => {
  test.each([
    ["chmod +x 'latest/bin/*'", "chmod: cannot access 'latest/bin/*': No such file or directory"],
    ['ls build/outputs/apk', "ls: cannot access 'build/outputs/apk': No such file or directory"],
    ['ln out/lib.so lib.so', "ln: failed to access 'out/lib.so': No such file or directory"],
  ])('%s ending the step is config', (script, said) => {
    const ran = runStep(script);
    expect(ran.code).not.toBe(0);
    expect(ran.lines).toEqual([said]);
    const v = classify({ log: failedRunLog(script, ran.lines, ran.code) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('coreutils-path-missing');
    expect(v.evidence?.text).toBe(said);
  });

  test('`ls x || true` a step goes past, and a move of an optional file, are not the cause', () => {
    const probe = runStep('ls dist || true\nmv report.json out/ || true');
    expect(probe.code).toBe(0);
    const filler = Array.from({ length: 70 }, (_, i) => `PASS src/part${i}.test.js`);
    const log = failedRunLog('npm test', [...probe.lines, ...filler, ...FAILED_TESTS]);
    expect(classify({ log }).type).toBe('test');
  });
});

/** A server that resets every connection: curl's `(52) Empty reply from server`. */
async function resettingServer(): Promise<{ port: number; close: () => void }> {
  const server = createServer((req) => req.socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

/** Runs a bash script asynchronously (the server answers from this process). */
function runAsync(script: string): Promise<{ lines: string[]; code: number }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/bash', ['--noprofile', '--norc', '-e', '-c', script], {
      env: { ...process.env, LC_ALL: 'C' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code: code ?? 128 }));
  });
}

/** The rule set as a project whose source is held out sees it: no measured firings of exit 124. */
function heldOut(): CompiledRuleSet {
  const ruleSet = defaultRuleSet();
  const weights = { ...ruleSet.weights };
  delete weights['exit:124'];
  delete weights['exit:124@timeout'];
  return { ...ruleSet, weights };
}

describe("GNU timeout's 124 after network errors it cut short", () => {
  // A health wait: curl against a service that resets, then the wait's own progress, until `timeout` stops it.
  const wait = (port: number): string =>
    `for i in 1 2 3; do curl -sS http://127.0.0.1:${port}/health || true; done; ` +
    'for i in $(seq 1 70); do echo "waiting for backend ($i)"; done; sleep 30';

  test("the script's `timeout` line below an `echo` first line: the limit's status decides", async () => {
    const server = await resettingServer();
    try {
      const script = `timeout 3 bash -c '${wait(server.port)}'`;
      const ran = await runAsync(script);
      expect(ran.code).toBe(124);
      expect(ran.lines.filter((l) => l === 'curl: (52) Empty reply from server')).toHaveLength(3);
      const header = ['##[group]Run echo "Waiting for backend"', 'echo "Waiting for backend"', script];
      const end = ['shell: /usr/bin/bash -e {0}', '##[endgroup]', 'Waiting for backend'];
      const exit = '##[error]Process completed with exit code 124.';
      const v = classify({ log: jobLog([...header, ...end, ...ran.lines, exit]) }, heldOut());
      expect(v).toMatchObject({ type: 'timeout', rule: 'exit:124@timeout' });
      expect(retriedOnPr(v)).toBe(true);
    } finally {
      server.close();
    }
  });

  test.each([
    ['as the runner writes them (ESC)', '\u001b'],
    ['as a console that shows control characters saved them (caret notation `^[`)', '^['],
  ])("the step's script lines in cyan %s: the `timeout` line is read", async (_how, esc) => {
    const script = 'timeout 1 sleep 5';
    const ran = await runAsync(script);
    expect(ran.code).toBe(124);
    // A job log echoes each line of a `run:` script under its header in bright cyan: `ESC[36;1m<line>ESC[0m`.
    const cyan = (line: string): string => `${esc}[36;1m${line}${esc}[0m`;
    const header = [
      '##[group]Run echo "Waiting for backend"',
      cyan('echo "Waiting for backend"'),
      cyan(script),
    ];
    const end = ['shell: /usr/bin/bash -e {0}', '##[endgroup]', 'Waiting for backend'];
    const exit = '##[error]Process completed with exit code 124.';
    const v = classify({ log: jobLog([...header, ...end, ...ran.lines, exit]) }, heldOut());
    expect(v).toMatchObject({ type: 'timeout', rule: 'exit:124@timeout' });
  });

  test('a wrapper script that runs timeout inside: 124 alone still outranks the earlier resets', async () => {
    const server = await resettingServer();
    try {
      const file = path.join(dir, 'wait-for-backend.sh');
      writeFileSync(file, `timeout 3 bash -c '${wait(server.port)}'\n`);
      const ran = await runAsync(`bash ${file}`);
      expect(ran.code).toBe(124);
      const v = classify({ log: failedRunLog('./scripts/wait-for-backend.sh', ran.lines, 124) }, heldOut());
      expect(v.type).toBe('timeout');
      expect(v.rule).toBe('exit:124');
    } finally {
      server.close();
    }
  });
});

describe("a tool's own refusal where only the command's word spoke", () => {
  test('a Hugo theme that needs a newer Hugo: config, over the hugo build', () => {
    // adityatelange/hugo-PaperMod layouts/_default/baseof.html: errorf, logged by Hugo at ERROR.
    const log = failedRunLog('hugo --minify', [
      'Start building sites … ',
      'WARN  Module "PaperMod" is not compatible with this Hugo version: Min 0.146.0',
      'ERROR => hugo v0.146.0 or greater is required for hugo-PaperMod to build',
      'Error: error building site: render: failed to render pages: render of "/404" failed',
    ]);
    expect(classify({ log })).toMatchObject({ type: 'config', rule: 'tool-minimum-version' });
  });

  test("wrangler's size refusal of the account's plan: config, not the bundler's error", () => {
    // cloudflare/workers-sdk packages/wrangler/src/utils/friendly-validator-errors.ts, API error 10027.
    const log = failedRunLog('npx wrangler deploy', [
      'Total Upload: 17424.03 KiB / gzip: 3695.21 KiB',
      '✘ [ERROR] Your Worker failed validation because it exceeded size limits.',
      '  A request to the Cloudflare API (/accounts/abc/workers/scripts/app/versions) failed.',
      '   - Your Worker exceeded the size limit of 3 MiB. Please upgrade to a paid plan to deploy Workers up to 10 MiB. [code: 10027]',
    ]);
    expect(classify({ log })).toMatchObject({ type: 'config', rule: 'cloudflare-worker-size-limit' });
  });

  test.each([
    [
      'aapt-resource-not-found',
      "Execution failed for task ':app:processDebugResources'.",
      [
        '   > Android resource linking failed',
        '     ERROR: /home/runner/work/app/app/app/src/main/AndroidManifest.xml:21:5-40:19: AAPT: error: resource xml/data_extraction_rules (aka com.example.app:xml/data_extraction_rules) not found.',
      ],
    ],
    [
      'agp-androidx-disabled',
      "Execution failed for task ':app:checkDebugAarMetadata'.",
      [
        '> Configuration `:app:debugRuntimeClasspath` contains AndroidX dependencies, but the `android.useAndroidX` property is not enabled, which may cause runtime issues.',
        '  Set `android.useAndroidX=true` in the `gradle.properties` file and retry.',
      ],
    ],
  ])("the Android Gradle plugin's %s under Gradle's failure: build", (rule, task, cause) => {
    const log = failedRunLog('./gradlew assembleDebug', [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      task,
      ...cause,
      '',
      '* Try:',
      '> Run with --stacktrace option to get the stack trace.',
      'BUILD FAILED in 41s',
    ]);
    expect(classify({ log })).toMatchObject({ type: 'build', rule });
  });
});

describe('the environment, not the tests, before any test ran', () => {
  test("pytest's plugin whose requirement the installed packages break: dependency, over the test command", () => {
    // pytest-dev/pluggy manager.py load_setuptools_entrypoints: VersionConflict -> PluginValidationError.
    const log = failedRunLog('pytest --cov=app tests', [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.6/site-packages/pluggy/manager.py", line 259, in load_setuptools_entrypoints',
      '    message="Plugin %r could not be loaded: %s!" % (ep.name, e))',
      "pluggy.manager.PluginValidationError: Plugin 'pytest_cov' could not be loaded: (pluggy 0.7.1 (/usr/lib/python3.6/site-packages), Requirement.parse('pluggy<1.0,>=0.12'), {'pytest'})!",
    ]);
    expect(classify({ log })).toMatchObject({ type: 'dependency', rule: 'pytest-plugin-version-conflict' });
  });

  test("instrumented tests with no device or emulator started: config, over Gradle's test task", () => {
    // Android Gradle plugin ConnectedDeviceProvider.init: DeviceException("No connected devices!").
    const log = failedRunLog('./gradlew connectedCheck', [
      '> Task :app:connectedDebugAndroidTest FAILED',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':app:connectedDebugAndroidTest'.",
      '> com.android.builder.testing.api.DeviceException: No connected devices!',
      'BUILD FAILED in 1m 2s',
    ]);
    expect(classify({ log })).toMatchObject({ type: 'config', rule: 'android-no-device' });
  });
});

describe("the line shown for an action's step its name decided", () => {
  test("the action's own `##[error]` message (core.setFailed), not its name", () => {
    // actions/toolkit packages/core src/core.ts: setFailed(message) -> error(message) -> `##[error]message`.
    const said = '##[error]The security token included in the request is invalid.';
    const log = jobLog([
      ...actionsStep({ run: 'npm ci' }, ['added 312 packages in 9s'], 0).slice(0, -1),
      ...actionsStep({ uses: 'aws-actions/configure-aws-credentials@v4' }, [said]),
    ]);
    const v = classify({ log });
    expect(v.rule).toMatch(/^command:/);
    expect(v.evidence?.text).toBe(said);
  });

  test("a run step's own exit line is no action's message: the error line above it is shown", () => {
    const log = failedRunLog('npx eslint .', ['/src/a.js', '  1:7  error  no-unused-vars', '✖ 1 problem']);
    expect(classify({ log }).evidence?.text).not.toMatch(/^##\[error\]/);
  });
});

describe('a pinned download or keystore that is not there', () => {
  test("curl --fail's 404 ending the step is dependency, not retried; the same probe a step goes past is not", async () => {
    const server = createServer((_req, res) => res.writeHead(404).end('no'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/v1.2.3/tool.tgz`;
      const ran = await runAsync(`curl -fsSL -o /dev/null ${url}`);
      expect(ran.code).toBe(22);
      expect(ran.lines).toEqual(['curl: (22) The requested URL returned error: 404']);
      const v = classify({ log: failedRunLog(`curl -fsSL -o tool.tgz ${url}`, ran.lines, 22) });
      expect(v).toMatchObject({ type: 'dependency', rule: 'curl-http-not-found' });
      expect(retriedOnPr(v)).toBe(false);
      const filler = Array.from({ length: 70 }, (_, i) => `PASS src/part${i}.test.js`);
      const probed = failedRunLog('./ci.sh', [
        ...ran.lines,
        'no prebuilt binary, building',
        ...filler,
        ...FAILED_TESTS,
      ]);
      expect(classify({ log: probed }).type).toBe('test');
    } finally {
      server.close();
    }
  });

  test.each([
    ['404', 'dependency', 'toolkit-download-not-found', false],
    ['503', 'network', 'client-network-error', true],
  ])("an action's tool-cache download answered %s ends the step: %s (%s)", (status, type, rule, retried) => {
    // @actions/tool-cache 4.0.0 downloadTool, run against a local server: HTTPError, then the action's setFailed
    const log = jobLog(
      actionsStep({ uses: 'owner/setup-tool@v1' }, [
        'Downloading https://example.com/tool/v1.2.3/tool-linux-x64.tar.gz',
        `##[error]Unexpected HTTP response: ${status}`,
      ]),
    );
    const v = classify({ log });
    expect(v).toMatchObject({ type, rule });
    expect(retriedOnPr(v)).toBe(retried);
  });

  test("apt's source with no Release file for this release is dependency; the old warning form is not its verdict", () => {
    // Debian/apt acquire-item.cc, as apt 2.6.1 printed it here for a source whose Release answered 404
    const failed = [
      'Ign:1 http://ppa.launchpad.net/owner/ppa/ubuntu noble InRelease',
      'Err:2 http://ppa.launchpad.net/owner/ppa/ubuntu noble Release',
      '  404  Not Found [IP: 185.125.190.80 80]',
      'Reading package lists...',
      "E: The repository 'http://ppa.launchpad.net/owner/ppa/ubuntu noble Release' does not have a Release file.",
    ];
    const v = classify({ log: failedRunLog('sudo apt-get update', failed, 100) });
    expect(v).toMatchObject({ type: 'dependency', rule: 'apt-repository-without-release' });
    expect(retriedOnPr(v)).toBe(false);
    const warned = failed.at(-1)!.replace(/^E:/, 'W:');
    expect(ruleFires(defaultRuleSet(), 'apt-repository-without-release', warned)).toBe(false);
    expect(ruleFires(defaultRuleSet(), 'apt-repository-without-release', failed.at(-1)!)).toBe(true);
  });

  test("the Android Gradle plugin's signing check without the keystore: config, over the assemble task", () => {
    const log = failedRunLog('./gradlew assembleRelease', [
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':app:validateSigningRelease'.",
      "> Keystore file '/home/runner/work/app/app/android/app/release.jks' not found for signing config 'release'.",
      'BUILD FAILED in 12s',
    ]);
    expect(classify({ log })).toMatchObject({ type: 'config', rule: 'android-keystore-unreadable' });
  });
});

describe('gradlew without its wrapper jar in the checkout', () => {
  test.each([
    ['Gradle 8 (-jar)', 'exec java -jar "$APP_HOME/gradle/wrapper/gradle-wrapper.jar" "$@"'],
    [
      'older (-classpath)',
      'exec java -classpath "$APP_HOME/gradle/wrapper/gradle-wrapper.jar" org.gradle.wrapper.GradleWrapperMain "$@"',
    ],
  ])("%s: the JDK launcher's refusal is config, over the build task", (_, launch) => {
    expect(spawnSync('java', ['-version']).status).toBe(0);
    const project = path.join(dir, `gradle-${randomUUID()}`);
    mkdirSync(path.join(project, 'gradle', 'wrapper'), { recursive: true });
    writeFileSync(
      path.join(project, 'gradlew'),
      `#!/bin/sh\nAPP_HOME=$(cd "$(dirname "$0")" && pwd)\n${launch}\n`,
    );
    const ran = spawnSync('/bin/sh', [path.join(project, 'gradlew'), 'assembleDebug'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    expect(ran.status).toBe(1);
    const lines = `${ran.stdout}${ran.stderr}`.split('\n').filter(Boolean);
    const v = classify({ log: failedRunLog('./gradlew assembleDebug', lines) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toMatch(
      /^Error: (?:Unable to access jarfile|Could not find or load main class)/,
    );
  });
});

describe("a push the token's permissions refused, after a git error the step went past", () => {
  test('config, even where the git error is weighed surer than the refusal', () => {
    // peaceiris/actions-gh-pages clones the branch (absent on a first deploy: git says so and the action goes on
    // to create it), then pushes with a GITHUB_TOKEN that lacks `contents: write`.
    const log = jobLog(
      actionsStep({ uses: 'peaceiris/actions-gh-pages@v4' }, [
        'fatal: Remote branch gh-pages not found in upstream origin',
        '[INFO] first deployment, create new branch gh-pages',
        '[command]/usr/bin/git push origin gh-pages',
        'remote: Permission to acme/site.git denied to github-actions[bot].',
        "fatal: unable to access 'https://github.com/acme/site.git/': The requested URL returned error: 403",
        '##[error]Action failed with "The process \'/usr/bin/git\' failed with exit code 128"',
      ]),
    );
    const ruleSet = defaultRuleSet();
    const gitSure = {
      ...ruleSet,
      weights: { ...ruleSet.weights, 'rule:git-ref-missing@end': { fires: 20, right: 20 } },
    };
    const v = classify({ log }, gitSure);
    expect(v.type).toBe('config');
    expect(retriedOnPr(v)).toBe(false);
  });
});

test("electron-builder's package without the app's entry script: build, not a withheld guess", () => {
  // electron-builder packages/app-builder-lib src/asar/asarFileChecker.ts checkFileInPackage.
  const log = failedRunLog('npx electron-builder --mac', [
    '  • packaging       platform=darwin arch=arm64 electron=28.1.0 appOutDir=dist/mac-arm64',
    '  ⨯ Application entry file "main.js" in the "/Users/runner/work/app/app/dist/mac-arm64/App.app/Contents/Resources/app.asar" does not exist. Seems like a wrong configuration.  failedTask=build',
  ]);
  expect(classify({ log })).toMatchObject({ type: 'build', rule: 'electron-builder-entry-missing' });
});

test('Coveralls refusing an upload it cannot match to a repository: config, over the coverage tool', () => {
  // The Coveralls API's 422 body, as node-coveralls prints it ('Bad response: <status> <body>').
  const log = failedRunLog('yarn test --coverage --coverageReporters=text-lcov | coveralls', [
    'Tests:       42 passed, 42 total',
    'Bad response: 422 {"message":"Couldn\'t find a repository matching this job.","error":true}',
  ]);
  expect(classify({ log })).toMatchObject({ type: 'config', rule: 'coveralls-repo-unknown' });
});
