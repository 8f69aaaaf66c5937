/**
 * Issue 68's misses in fresh logs, produced by the real tools: a test binary killed with SIGKILL and no
 * out-of-memory line, a time limit whose status is 137 (`timeout -s KILL`), Jenkins' agent channel lost in
 * remoting's other words, a body cut short of its Content-Length, and a pinned download answering 404 piped into
 * tar, and the project's own install script failing inside `npm ci`. Each row is a tool's own output: run live where the tool is cheap (bash, GNU timeout, curl and tar against
 * a local server, CPython, npm offline), else as the tool printed it here (go 1.19.8). Jenkins' lines are remoting's messages
 * (jenkinsci/remoting @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a) in a freestyle console's shape: no Jenkins runs
 * here. Each mechanism has a look-alike it must not take.
 */
import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { decide } from '../../src/core/policy.js';
import type { Classification } from '../../src/core/types.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr } from '../classify-logs.js';
import {
  loopbackClientEnv,
  misbehavingServer,
  type MisbehavingServer,
} from '../../stand/misbehaving-server.js';

let server: MisbehavingServer;
let missing: Server;
let missingPort = 0;
let dir = '';
beforeAll(async () => {
  server = await misbehavingServer('truncated');
  missing = createServer((req, res) => {
    req.resume();
    res.writeHead(404, { Connection: 'close' }).end('Not Found\n');
  });
  await new Promise<void>((resolve) => missing.listen(0, '127.0.0.1', resolve));
  missingPort = (missing.address() as AddressInfo).port;
  dir = mkdtempSync(join(tmpdir(), 'kills-limits-cuts-'));
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => missing.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** No proxy between the clients and the loopback servers: a runner's http_proxy would answer instead. */
const CLIENT_ENV = loopbackClientEnv();

/**
 * Runs `script` as the runner runs a step: written to `_temp/<guid>.sh` and run by `bash -eo pipefail` (so bash
 * waits for its last command and reports its signal), without blocking the servers in this process.
 */
function step(script: string): Promise<{ output: string[]; status: number }> {
  const file = join(dir, '_temp', `${randomUUID()}.sh`);
  mkdirSync(join(dir, '_temp'), { recursive: true });
  writeFileSync(file, `${script}\n`);
  return new Promise((resolve) => {
    const args = ['--noprofile', '--norc', '-eo', 'pipefail', file];
    execFile('/bin/bash', args, { cwd: dir, timeout: 20_000, env: CLIENT_ENV }, (err, out, errOut) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ output: `${out}${errOut}`.split('\n').filter((l) => l !== ''), status });
    });
  });
}

/** A whole job that passed: `output` printed by a step that passed, another step after it, the runner's end. */
function passedJob(run: string, output: string[]): string {
  return jobLog([
    ...actionsStep({ run }, output),
    ...actionsStep({ run: 'echo done' }, ['done']),
    'Cleaning up orphan processes',
  ]);
}

/** The loopback server as the public host the workflow names. */
const publicHost = (lines: string[], port: number): string[] =>
  lines.map((l) => l.replaceAll(`http://127.0.0.1:${port}`, 'https://github.com'));

/** The attempts the default policy allows a verdict on a pull request: a kill or a limit is retried once at most. */
function attemptsAllowed(v: Classification): number {
  return decide({ type: v.type, lane: 'STANDARD', branchKind: 'pr', attempt: 1, confidence: v.confidence })
    .maxAttempts;
}

describe('go test: a test binary killed with SIGKILL (go 1.19.8, run here)', () => {
  // go prints the binary's ExitError alone when it did not exit on its own, then the package's FAIL line.
  test('`signal: killed` is resource, retried once, over the package FAIL line', () => {
    const output = ['signal: killed', 'FAIL\texample.com/app\t0.002s', 'FAIL'];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('resource');
    expect(v.evidence?.text).toBe('signal: killed');
    expect(retriedOnPr(v)).toBe(true);
    expect(attemptsAllowed(v)).toBe(2);
  });

  test('a failed test go reported before the kill is the failure', () => {
    const output = [
      '--- FAIL: TestParse (0.00s)',
      '    parse_test.go:3: got 3, want 4',
      'FAIL',
      'FAIL\texample.com/app/parse\t0.002s',
      'signal: killed',
      'FAIL\texample.com/app/load\t0.003s',
      'FAIL',
    ];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a test asserting on the words is a failed test', () => {
    const output = [
      '--- FAIL: TestChildStatus (0.00s)',
      '    run_test.go:5: err = signal: killed, want exit status 1',
      'FAIL',
      'FAIL\texample.com/runner\t0.003s',
      'FAIL',
    ];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a passing step that prints the line claims nothing', () => {
    const output = ['signal: killed', 'probe done: the sandbox stops a runaway child'];
    const v = classify({ log: passedJob('go run ./cmd/probe', output) });
    expect(v.type === 'unknown' || v.confidence === 'low').toBe(true);
    expect(v.type).not.toBe('resource');
  });
});

describe("go test's backup alarm: a binary still running a minute after -timeout", () => {
  test('go 1.19.8, run here on a test that stops itself: timeout, retried once', () => {
    const output = ['*** Test killed: ran too long (1m1s).', 'FAIL\texample.com/app\t66.062s', 'FAIL'];
    const v = classify({ log: failedRunLog('go test -timeout 1s ./...', output, 1) });
    expect(v.type).toBe('timeout');
    expect(v.evidence?.text).toBe('*** Test killed: ran too long (1m1s).');
    expect(attemptsAllowed(v)).toBe(2);
  });

  test("newer go's `signal: killed` after it is the limit's kill, not the OOM killer's", () => {
    // golang/go src/cmd/go/internal/test/test.go: the ExitError is printed for a binary that did not exit itself.
    const output = [
      '*** Test killed: ran too long (11m0s).',
      'signal: killed',
      'FAIL\texample.com/app\t660.062s',
      'FAIL',
    ];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('timeout');
  });

  test("a test's own log line quoting it is a failed test", () => {
    const output = [
      '--- FAIL: TestRunnerMessage (0.00s)',
      '    runner_test.go:21: got "*** Test killed: ran too long (1m1s).", want ""',
      'FAIL',
      'FAIL\texample.com/runner\t0.004s',
      'FAIL',
    ];
    const v = classify({ log: failedRunLog('go test ./...', output, 1) });
    expect(v.type).toBe('test');
  });
});

describe("GNU timeout that sends KILL: its limit's status is 137, not 124", () => {
  test.each([
    ['timeout -s KILL 1 sleep 10'],
    ['timeout --signal=KILL 1 sleep 10'],
    // -k: KILL after the first signal went unheeded.
    [`timeout -k 1 1 bash -c 'trap "" TERM; sleep 10'`],
  ])('%s: timeout, retried once', async (run) => {
    const { output, status } = await step(run);
    expect(status).toBe(137);
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('timeout');
    expect(v.rule).toBe('exit:137@timeout');
    expect(attemptsAllowed(v)).toBe(2);
  });

  test('a test that failed before the KILL is the failure, not the limit: not retried', async () => {
    // Status 137 under `timeout -s KILL` is also any other KILL's (the OOM killer's: bash's `Killed` alike, the
    // kernel's line seldom in the job's log), so it weighs as bare 137 does, under a failed test's own line.
    // Node's test runner (TAP) reports each test as it ends; the second never ends.
    writeFileSync(
      join(dir, 'parse.test.mjs'),
      [
        "import test from 'node:test';",
        "import assert from 'node:assert/strict';",
        "test('parses', () => assert.equal(1 + 2, 4));",
        "test('loads', () => new Promise(() => setInterval(() => {}, 1000)));",
      ].join('\n'),
    );
    const run = 'timeout -s KILL 2 node --test --test-reporter=tap parse.test.mjs';
    // The limit's KILL is sent once the first test has reported, not after a fixed 2 s that a loaded machine
    // may spend starting node (it raced that limit under load). timeout leads its own process group, and a
    // KILL to that group is what its limit sends: node, its test child and timeout die; bash sees 137.
    const long = run.replace('KILL 2', 'KILL 60');
    const { output, status } = await step(
      [
        `PATH="${dirname(process.execPath)}:$PATH" ${long} > tap.out 2>&1 & limit=$!`,
        // The first test's report ends its YAML block with `  ...`.
        "until grep -q '^not ok 1' tap.out && grep -q '^  [.][.][.]$' tap.out; do sleep 0.05; done",
        'kill -KILL -- -"$limit"',
        'status=0; wait "$limit" || status=$?',
        'cat tap.out; exit "$status"',
      ].join('\n'),
    );
    expect(status).toBe(137);
    expect(output).toContain('not ok 1 - parses');
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a command killed under a limit that sends TERM is a kill, not the limit', async () => {
    const run = `timeout 10 bash -c 'kill -KILL $$'`;
    const { output, status } = await step(run);
    expect(status).toBe(137);
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('resource');
  });
});

describe("Jenkins' agent channel lost, in remoting's other words (freestyle console)", () => {
  const consoleLog = (lines: string[]): string =>
    [
      'Started by user admin',
      'Building remotely on linux-agent-3 (linux) in workspace /home/jenkins/workspace/app',
      '[app] $ /bin/sh -xe /tmp/jenkins4127810233541918552.sh',
      '+ ./gradlew test',
      '> Task :compileJava',
      ...lines,
      'Finished: FAILURE',
    ].join('\n');

  test.each([
    // SynchronousCommandTransport.java:98
    [['ERROR: Unexpected reader termination', 'java.io.IOException: Unexpected reader termination']],
    // UserRequest.java:87, through ChannelStateException's getMessage
    [
      [
        'FATAL: Channel "hudson.remoting.Channel@1b2c3d4e:linux-agent-3": Cannot create UserRequest for channel hudson.remoting.Channel@1b2c3d4e:linux-agent-3. The channel is closed or being closed.',
      ],
    ],
    // Callable.java:93
    [
      [
        'FATAL: The associated channel hudson.remoting.Channel@5b1f2f3c:linux-agent-3 is closing down or has closed down',
      ],
    ],
    // RemoteInvocationHandler.java:1078
    [
      [
        'FATAL: The request cannot be executed on channel hudson.remoting.Channel@5b1f2f3c:linux-agent-3. The channel is closing down or has closed down',
      ],
    ],
  ])('%j: infrastructure, retried', (lines) => {
    const v = classify({ log: consoleLog(lines) });
    expect(v.type).toBe('infrastructure');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("a remote call that failed on the agent's own error (Channel.java:1112) is no lost agent", () => {
    const v = classify({
      log: consoleLog([
        'FATAL: Remote call on linux-agent-3 failed',
        'java.io.IOException: Remote call on linux-agent-3 failed',
        '\tat hudson.remoting.Channel.call(Channel.java:1112)',
        'Caused by: java.lang.NoClassDefFoundError: Could not initialize class org.acme.Plugin',
      ]),
    });
    expect(v.type).not.toBe('infrastructure');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a test asserting on the words is the test's failure", () => {
    const output = [
      '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.12 s <<< FAILURE! - in org.acme.ChannelTest',
      '[ERROR] readerDies(org.acme.ChannelTest)  Time elapsed: 0.01 s  <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: expected: <Unexpected reader termination> but was: <null>',
    ];
    const v = classify({ log: failedRunLog('mvn -B test', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("a body cut short of its Content-Length, read by Python's http.client (CPython, run here)", () => {
  const read = (port: number): string =>
    `python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}/model.bin').read()"`;

  test('the uncaught IncompleteRead is network, retried', async () => {
    const { output, status } = await step(read(server.port));
    expect(status).toBe(1);
    expect(output.at(-1)).toMatch(
      /^http\.client\.IncompleteRead: IncompleteRead\(1024 bytes read, 64512 more expected\)$/,
    );
    const v = classify({
      log: failedRunLog('python scripts/fetch_model.py', publicHost(output, server.port)),
    });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('python-incomplete-read');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("pytest's report of a test's own IncompleteRead is the test's", () => {
    const output = [
      '=================================== FAILURES ===================================',
      '________________________________ test_download _________________________________',
      'E       http.client.IncompleteRead: IncompleteRead(1024 bytes read, 64512 more expected)',
      'tests/test_fetch.py:9: IncompleteRead',
      '=========================== short test summary info ============================',
      'FAILED tests/test_fetch.py::test_download - http.client.IncompleteRead: IncompleteRead(1024 bytes read, 64512 more expected)',
      '========================= 1 failed, 4 passed in 0.31s ==========================',
    ];
    const v = classify({ log: failedRunLog('pytest', output, 1) });
    expect(v.type).toBe('test');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a passing step that printed it and tried again claims nothing', () => {
    const output = [
      'http.client.IncompleteRead: IncompleteRead(1024 bytes read, 64512 more expected)',
      'retrying in 2 s',
      'model.bin: 65536 bytes, sha256 ok',
    ];
    const v = classify({ log: passedJob('python scripts/fetch_model.py', output) });
    expect(v.type === 'unknown' || v.confidence === 'low').toBe(true);
  });
});

describe('a download piped into tar (curl and GNU tar, run here)', () => {
  const fetchInto = (port: number, flags: string): string =>
    `curl -q ${flags} http://127.0.0.1:${port}/acme/tool/releases/download/v1.2.3/tool.tgz | tar xz`;

  test("a pinned release answering 404: tar's empty input is the refusal's, dependency, not retried", async () => {
    const { output, status } = await step(fetchInto(missingPort, '-fsSL'));
    expect(status).toBe(2);
    expect(output).toContain('curl: (22) The requested URL returned error: 404');
    expect(output).toContain('gzip: stdin: unexpected end of file');
    const v = classify({
      log: failedRunLog(fetchInto(missingPort, '-fsSL'), publicHost(output, missingPort), status),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe('curl: (22) The requested URL returned error: 404');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a body cut short is still network, retried', async () => {
    const { output, status } = await step(fetchInto(server.port, '-sSL'));
    expect(status).toBe(2);
    expect(output.join('\n')).toMatch(/curl: \(18\) transfer closed with \d+ bytes remaining to read/);
    const v = classify({
      log: failedRunLog(fetchInto(server.port, '-sSL'), publicHost(output, server.port), status),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("a 429 before tar's end is the server's transient answer, retried", async () => {
    server.mode = '429';
    try {
      const { output, status } = await step(fetchInto(server.port, '-fsSL'));
      expect(output.join('\n')).toMatch(/returned error: 429/);
      const v = classify({
        log: failedRunLog(fetchInto(server.port, '-fsSL'), publicHost(output, server.port), status),
      });
      expect(v.type).toBe('network');
      expect(retriedOnPr(v)).toBe(true);
    } finally {
      server.mode = 'truncated';
    }
  });
});

describe("the project's own install script failing inside `npm ci` (npm, run here offline)", () => {
  test("its postinstall is the project's own build, not a dependency, not retried", () => {
    const at = join(dir, 'own-postinstall');
    mkdirSync(join(at, 'scripts'), { recursive: true });
    const pkg = { name: 'app', version: '1.0.0', scripts: { postinstall: 'node scripts/patch.js' } };
    writeFileSync(join(at, 'package.json'), JSON.stringify(pkg));
    writeFileSync(
      join(at, 'package-lock.json'),
      JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'app', version: '1.0.0', hasInstallScript: true } },
      }),
    );
    writeFileSync(join(at, 'scripts', 'patch.js'), "require('fs').readFileSync('vendor/sdk/config.json');\n");
    const done = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {
      cwd: at,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: join(dir, 'npm-cache'), NO_COLOR: '1' },
    });
    const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
    expect(done.status).toBe(1);
    expect(output).toContain('> app@1.0.0 postinstall');
    expect(output).toContain('npm error command failed');
    const v = classify({ log: failedRunLog('npm ci', output, 1) });
    expect(v.type).toBe('build');
    expect(v.rule).toBe('npm-own-install-script-failed');
    expect(retriedOnPr(v)).toBe(false);
  });

  // npm 7-9 close a failed `npm run x` with the same block and the project's path (npm/cli getError, 'npm ERR!').
  test("older npm's block after a failed test run, behind an install's banner, stays the tests'", () => {
    const output = [
      '> app@1.0.0 postinstall',
      '> node scripts/patch.js',
      'added 312 packages in 9s',
      '> app@1.0.0 test',
      '> jest',
      'FAIL src/sum.test.js',
      '  ● sum › adds',
      '    expect(received).toBe(expected) // Object.is equality',
      'Tests:       1 failed, 3 passed, 4 total',
      'npm ERR! code 1',
      'npm ERR! path /home/runner/work/app/app',
      'npm ERR! command failed',
      'npm ERR! command sh -c jest',
    ];
    const v = classify({ log: failedRunLog('npm ci && npm test', output, 1) });
    expect(v.type).toBe('test');
  });

  test("the project's script that failed on the network is the network's", () => {
    const output = [
      '> app@1.0.0 postinstall',
      '> node scripts/fetch-binary.js',
      'Error: getaddrinfo EAI_AGAIN github.com',
      '    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {',
      "  code: 'EAI_AGAIN',",
      '}',
      'npm error code 1',
      'npm error path /home/runner/work/app/app',
      'npm error command failed',
      'npm error command sh -c node scripts/fetch-binary.js',
    ];
    const v = classify({ log: failedRunLog('npm ci', output, 1) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the same block without an install-time banner (older npm's failed `npm run build`) is not this rule's", () => {
    const output = [
      '> app@1.0.0 build',
      '> node scripts/bundle.js',
      'bundle: entry src/index.js not found',
      'npm ERR! code 1',
      'npm ERR! path /home/runner/work/app/app',
      'npm ERR! command failed',
      'npm ERR! command sh -c node scripts/bundle.js',
    ];
    const v = classify({ log: failedRunLog('npm run build', output, 1) });
    expect(v.rule).not.toBe('npm-own-install-script-failed');
  });
});
