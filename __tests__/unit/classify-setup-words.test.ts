/**
 * Issue 68's config and test families in the tools' own words: an environment variable the job should set is
 * absent (env-var-missing: the SDK clients', Prisma's and t3-env's lines and the check projects write), a test
 * runner found nothing to run where the workflow pointed it (test-runner-found-no-tests: jest, vitest and mocha
 * run here for real, pytest's lines as pytest 9.0.3 printed them here) and bun test's failed-test line
 * (bun-test-failed). Each keeps its look-alike: a warning, a skipped test's reason, a run that passes with no test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';
import { describeIfRunner } from '../runners.js';

const ruleSet = defaultRuleSet();
const bin = path.resolve('node_modules/.bin');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-no-tests-'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"app","version":"1.0.0","type":"module"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a test runner from this checkout's node_modules in the empty temp project: its lines and status. */
function runRunner(tool: string, args: string[]): { lines: string[]; code: number } {
  const env = { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  const done = spawnSync(path.join(bin, tool), args, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return { lines, code: done.status ?? 128 };
}

describe('an environment variable the job should set is absent', () => {
  test.each([
    "OpenAIError: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
    'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
    'error: Environment variable not found: DATABASE_URL.',
    "❌ Invalid environment variables: [ { expected: 'string', code: 'invalid_type', path: [ 'DATABASE_URL' ], message: 'Required' } ]",
    'Error: Missing required environment variable: NEXT_PUBLIC_API_URL',
    'ValueError: SUPABASE_URL environment variable is not set',
  ])('%s: config, not retried, on that line', (line) => {
    const v = classify({ log: failedRunLog('npm run build', ['> app@1.0.0 build', '> next build', line]) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('env-var-missing');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    'Warning: environment variable SENTRY_DSN is not set, reporting disabled',
    'WARNING:app.search:OPENAI_API_KEY environment variable not set, using the local index',
    'SKIP Test curl_exec() [ext/curl/tests/curl_ftp_pasv.phpt] reason: PHP_CURL_FTP_REMOTE_SERVER env variable is not defined',
    'Visudo will honor the EDITOR environment variable',
  ])('%s: no cause', (line) => {
    expect(ruleFires(ruleSet, 'env-var-missing', line)).toBe(false);
  });

  test('a warning that a variable is unset, before tests that failed: the tests decide', () => {
    const v = classify({
      log: failedRunLog('npm test', [
        'Warning: environment variable SENTRY_DSN is not set, reporting disabled',
        'FAIL src/sum.test.js',
        '  ● sum › adds',
        'Tests:       1 failed, 3 passed, 4 total',
      ]),
    });
    expect(v.type).toBe('test');
  });
});

describe('a test runner found no test where the workflow pointed it', () => {
  test.each([
    ['jest', ['--ci', 'tests/unit'], 'No tests found, exiting with code 1'],
    ['vitest', ['run', 'tests/unit'], 'No test files found, exiting with code 1'],
    ['mocha', ['tests/unit'], 'Error: No test files found: "tests/unit"'],
  ])(
    '%s, run here: config on its own line, not a failed test',
    (tool, args, said) => {
      const { lines, code } = runRunner(tool, args);
      expect(code).not.toBe(0);
      expect(lines).toContain(said);
      const v = classify({ log: failedRunLog(`npx ${tool} ${args.join(' ')}`, lines, code) });
      expect(v.type).toBe('config');
      expect(v.evidence?.text).toBe(said);
      expect(retriedOnPr(v)).toBe(false);
    },
    90_000,
  );

  test.each([
    [4, 'ERROR: file or directory not found: tests'],
    [5, '============================ no tests ran in 0.27s ============================='],
  ])("pytest exiting %i: the line shown is pytest's, not the command", (code, line) => {
    const v = classify({ log: failedRunLog('pytest tests', ['collected 0 items', '', line], code) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(line);
  });

  describeIfRunner('pytest', 'pytest given a path that is not there, run here', () => {
    test('the usage error below the summary is the line shown, not `no tests ran`', () => {
      const done = spawnSync('python3', ['-m', 'pytest', '-p', 'no:cacheprovider', 'nothere/'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', NO_COLOR: '1' },
        timeout: 60_000,
      });
      const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
      const said = 'ERROR: file or directory not found: nothere/';
      expect(done.status).toBe(4);
      // pytest writes its summary first, then the usage error that ended the collection.
      const summary = lines.findIndex((l) => / no tests ran in /.test(l));
      expect(summary).toBeGreaterThanOrEqual(0);
      expect(summary).toBeLessThan(lines.indexOf(said));
      const v = classify({ log: failedRunLog('pytest nothere/', lines, 4) });
      expect(v.type).toBe('config');
      expect(v.evidence?.text).toBe(said);
    });
  });

  test('jest --passWithNoTests says it exits 0: no cause', () => {
    const { lines, code } = runRunner('jest', ['--ci', '--passWithNoTests', 'tests/unit']);
    expect(code).toBe(0);
    expect(lines).toContain('No tests found, exiting with code 0');
    expect(ruleFires(ruleSet, 'test-runner-found-no-tests', 'No tests found, exiting with code 0')).toBe(
      false,
    );
  }, 90_000);
});

describe("bun test's failed test", () => {
  test('(fail) under a script that names no runner is a failed test, shown on its line', () => {
    const v = classify({
      log: failedRunLog('./scripts/ci.sh', [
        'bun test v1.1.38 (bf2f153f)',
        '(pass) math > subtracts [0.10ms]',
        '(fail) math > adds two numbers [0.42ms]',
        ' 1 pass',
        ' 1 fail',
        'Ran 2 tests across 1 files. [12.00ms]',
      ]),
    });
    expect(v.type).toBe('test');
    expect(v.evidence?.text).toBe('(fail) math > adds two numbers [0.42ms]');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a passing bun step before a failed build says nothing of tests', () => {
    const log = jobLog([
      ...actionsStep({ run: 'bun test' }, ['(pass) math > adds [0.10ms]', ' 1 pass', ' 0 fail']),
      ...actionsStep(
        { run: 'npx tsc' },
        ["src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'."],
        2,
      ),
    ]);
    expect(classify({ log }).type).not.toBe('test');
  });
});

describe("pub's solver: the job's Dart SDK is older than the project requires", () => {
  test('the notice and the root line: config (an unsupported tool version), not a dependency', () => {
    const v = classify({
      log: failedRunLog('flutter pub get', [
        'Resolving dependencies...',
        'The current Dart SDK version is 3.3.0.',
        '',
        'Because app requires SDK version >=3.5.0 <4.0.0, version solving failed.',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe('The current Dart SDK version is 3.3.0.');
  });

  test('a package that does not exist is still a dependency', () => {
    const line =
      "Because app depends on acme ^9.0.0 which doesn't match any versions, version solving failed.";
    expect(ruleFires(ruleSet, 'pub-sdk-version-unsupported', line)).toBe(false);
    expect(classify({ log: failedRunLog('dart pub get', [line]) }).type).toBe('dependency');
  });
});

describe("Node's resolver: a package the code names is not installed", () => {
  /** Runs node on `file` (written into the temp project): its lines and status. */
  function runNode(file: string, source: string): { lines: string[]; code: number } {
    writeFileSync(path.join(dir, file), source);
    const done = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
    return { lines, code: done.status ?? 128 };
  }

  test.each([
    ['main.cjs', "require('left-pad-nope');\n", "Error: Cannot find module 'left-pad-nope'"],
    [
      'main.mjs',
      "import 'left-pad-nope';\n",
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'left-pad-nope' imported from",
    ],
  ])('node %s, run here: dependency, on the resolver line', (file, source, said) => {
    const { lines, code } = runNode(file, source);
    expect(code).toBe(1);
    const v = classify({ log: failedRunLog(`node ${file}`, lines, code) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('node-package-missing');
    expect(v.evidence?.text.startsWith(said)).toBe(true);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a relative path, an alias or the compiler: the project's own file, not a package", () => {
    for (const line of [
      "Error: Cannot find module './lib/db.json'",
      "Error: Cannot find module '@/lib/prisma'",
      "Error: Cannot find module '/home/runner/work/app/app/dist/index.js'",
      "src/a.ts(4,26): error TS2307: Cannot find module 'victory-chart/lib' or its corresponding type declarations.",
    ])
      expect(ruleFires(ruleSet, 'node-package-missing', line)).toBe(false);
  });
});

describe("Gradle's launcher cannot run on the job's Java", () => {
  test.each([
    ['Gradle 8.5 requires Java 8 or later to run. Your build is currently configured to use Java 7.'],
    ['Gradle requires JVM 17 or later to run. Your build is currently configured to use JVM 11.'],
    ['ERROR: JAVA_HOME is set to an invalid directory: /usr/lib/jvm/temurin-99-jdk-amd64'],
    ["ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH."],
  ])('%s: config, not a build failure', (line) => {
    const output = ['FAILURE: Build failed with an exception.', '', '* What went wrong:', line];
    const v = classify({ log: failedRunLog('./gradlew build', line.startsWith('ERROR') ? [line] : output) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a script that exports JAVA_HOME is no cause', () => {
    expect(ruleFires(ruleSet, 'jvm-launcher-unsupported', '$ export JAVA_HOME=$HOME/openjdk11')).toBe(false);
  });
});

describe('ssh refuses a host the job never added to known_hosts', () => {
  test('a deploy over ssh: config, not a network fault to retry', () => {
    const v = classify({
      log: failedRunLog(
        './deploy.sh',
        [
          'Host key verification failed.',
          'rsync: connection unexpectedly closed (0 bytes received so far) [sender]',
        ],
        255,
      ),
    });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe('Host key verification failed.');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("curl's certificate verification is another matter", () => {
    const line =
      'curl: (60) server certificate verification failed. CAfile: /etc/ssl/certs/ca-certificates.crt';
    expect(ruleFires(ruleSet, 'ssh-host-key-unverified', line)).toBe(false);
  });
});

describe('a command-line parser refused the invocation the workflow wrote', () => {
  test('node with an option it does not know, run here: config, on its line', () => {
    const done = spawnSync(process.execPath, ['--experimental-ci-recovery-nope', '-e', '1'], {
      encoding: 'utf8',
      argv0: 'node', // as a step's `node ...` found on PATH: node names itself by its argv[0]
    });
    const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toContain('node: bad option: --experimental-ci-recovery-nope');
    const v = classify({
      log: failedRunLog('node --experimental-ci-recovery-nope -e 1', lines, done.status ?? 9),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('cli-usage-refused');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    "Error: No such option '--forse'. Did you mean '--port'?",
    "Error: Missing option '--token'.",
    "Error: Invalid value for '--port': 'abc' is not a valid integer.",
  ])("click 8.4.0's %s, after its usage line (already read): still config, on that line", (line) => {
    const usage = ['Usage: cli.py deploy [OPTIONS]', "Try 'cli.py deploy --help' for help.", '', line];
    const v = classify({ log: failedRunLog('./scripts/deploy.sh', usage, 2) });
    expect(v.type).toBe('config');
    expect(v.evidence?.text).toBe(line);
  });

  test("a test's own error that names no option is no usage error", () => {
    const line =
      "JavaScript error: resource://gre/modules/AsyncShutdown.sys.mjs, line 569: NotFoundError: No such JSWindowActor 'SpecialPowers'";
    expect(ruleFires(ruleSet, 'cli-usage-refused', line)).toBe(false);
  });
});
