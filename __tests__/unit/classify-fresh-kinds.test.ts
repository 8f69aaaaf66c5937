/**
 * Failure kinds the corpus barely holds (issue 68, fresh logs): usage errors of the common command-line parsers
 * (rule cli-parser-usage-error), a path a step names that is not there (path-operand-missing), a signing key the
 * job cannot use (signing-key-unusable), npm's network time-out (client-network-error), the Google Cloud CLI's
 * HTTPError 5xx (http-client-server-error), and the refusals no retry mends: a connection the job's own machine
 * refused, printed as Node's error properties or Python's bare `ConnectionRefusedError` (rule network). Each case is
 * what the real program printed: run here in the test where the program is sure to be on the machine (Node with this
 * project's yargs and cac, Python's optparse, GNU tar and coreutils), else recorded once on this machine kind
 * (`fixtures/tool-output/fresh-kinds.json`, whose `about` says how).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import type { Classification } from '../../src/core/types.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

interface Recorded {
  id: string;
  program: string;
  run: string;
  exitCode: number;
  output: string[];
}

const recorded = (
  JSON.parse(readFileSync(path.resolve('__tests__/fixtures/tool-output/fresh-kinds.json'), 'utf8')) as {
    cases: Recorded[];
  }
).cases;
const ruleSet = defaultRuleSet();
const modules = path.resolve('node_modules');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-fresh-'));
  mkdirSync(path.join(dir, '_temp'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The verdict on a job whose one step ran `script` for real, as the runner runs a bash step, and failed. */
function verdictOf(script: string): Classification & { lines: string[] } {
  const file = path.join(dir, '_temp', `${randomUUID()}.sh`);
  writeFileSync(file, `${script}\n`);
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', NO_COLOR: '1' },
  });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  expect(done.status).not.toBe(0);
  return { ...classify({ log: failedRunLog(script, lines, done.status ?? 1) }), lines };
}

function replay(id: string): Classification {
  const c = recorded.find((r) => r.id === id);
  if (!c) throw new Error(`fixtures/tool-output/fresh-kinds.json has no case ${id}`);
  return classify({ log: failedRunLog(c.run, c.output, c.exitCode) });
}

describe('a command-line parser refuses the invocation: config, never retried', () => {
  test.each([
    ['yargs, a required option left out', 'node yargs-cli.mjs', /^Missing required argument: tag$/],
    [
      'yargs strict, an option it does not take',
      'node yargs-cli.mjs --tag v1 --draft',
      /^Unknown argument: draft$/,
    ],
    ['optparse, an option it does not take', 'python3 optparse-cli.py --frob', /no such option: --frob$/],
    [
      'cac, an option it does not take (thrown)',
      'node cac-cli.mjs --zz',
      /^CACError: Unknown option `--zz`$/,
      // cac's own rule: a refusal before any test ran (beforeTests), which a vitest step needs.
      'cac-usage-error',
    ],
    [
      'GNU tar (getopt_long), an option it does not take',
      'tar --frob -cf out.tar .',
      /^tar: unrecognized option '--frob'$/,
    ],
    [
      // The command's word says lint (command:tool:eslint): the parser's refusal at the step's end outranks it.
      "commander (sucrase's), an option it does not take, under a lint tool's name",
      'node eslint-rules.mjs --fixx',
      /^error: unknown option '--fixx'$/,
    ],
  ])('%s', (_what, command, line, rule = 'cli-parser-usage-error') => {
    writeFileSync(
      path.join(dir, 'yargs-cli.mjs'),
      `import yargs from '${modules}/yargs/index.mjs';\n` +
        "yargs(process.argv.slice(2)).scriptName('release').option('tag', { demandOption: true, type: 'string' }).strict().parse();\n",
    );
    writeFileSync(
      path.join(dir, 'cac-cli.mjs'),
      `import cac from '${modules}/cac/dist/index.mjs';\n` +
        "const cli = cac('build'); cli.option('--out <dir>', 'out'); cli.command('').action(() => {}); cli.parse();\n",
    );
    writeFileSync(
      path.join(dir, 'eslint-rules.mjs'),
      `import { createRequire } from 'node:module';\n` +
        `const program = createRequire(import.meta.url)('${modules}/commander');\n` +
        "program.option('--fix', 'fix'); program.parse(process.argv);\n",
    );
    writeFileSync(
      path.join(dir, 'optparse-cli.py'),
      "import optparse\np = optparse.OptionParser(prog='bump')\np.add_option('--part')\np.parse_args()\n",
    );
    const v = verdictOf(command);
    expect(v.lines.some((l) => line.test(l))).toBe(true);
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text).toMatch(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    ['click-missing-option', "Error: Missing option '--env'."],
    ['click-no-such-option', "Error: No such option '--dry'."],
    ['click-invalid-value', "Error: Invalid value for '--count': 'many' is not a valid integer."],
    ['go-flag-invalid-value', 'invalid value "abc" for flag -n: parse error'],
    ['docker-unknown-flag', 'unknown flag: --frob'],
    ['curl-unknown-option', 'curl: option --frob: is unknown'],
    ['pip-no-such-option', 'no such option: --frob'],
    ['npm-unknown-command', 'Unknown command: "frobnicate"'],
  ])('recorded %s', (id, line) => {
    const v = replay(id);
    expect(v.type).toBe('config');
    expect(v.rule).toBe('cli-parser-usage-error');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  // Parsers that cannot run here, in the words their own sources and tests print (each rule's published examples).
  test.each([
    [
      "Swift Argument Parser's unknown option (MathExampleTests' expected output)",
      'swift run math --foo',
      [
        "Error: Unknown option '--foo'",
        'Usage: math add [--hex-output] [<values> ...]',
        "  See 'math add --help' for more information.",
      ],
      64,
    ],
    [
      "Swift Argument Parser's missing argument (RepeatExampleTests' expected output)",
      'swift run repeat',
      [
        "Error: Missing expected argument '<phrase>'",
        'Usage: repeat [--count <count>] [--include-counter] <phrase>',
        "  See 'repeat --help' for more information.",
      ],
      64,
    ],
    [
      "oclif's unknown flag (errors.ts NonExistentFlagsError, as pretty-print.ts indents it)",
      'npx oclif manifest --forcee',
      [' \u203a   Error: Nonexistent flag: --forcee', ' \u203a   See more help with --help'],
      2,
    ],
    [
      "oclif's argument it does not take (UnexpectedArgsError)",
      './bin/run.js deploy extra',
      [' \u203a   Error: Unexpected argument: extra', ' \u203a   See more help with --help'],
      2,
    ],
  ])('%s', (_what, run, output, status) => {
    const v = classify({ log: failedRunLog(run, output, status) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('cli-parser-usage-error');
    expect(v.evidence?.text.trim()).toBe(output[0]?.trim());
    expect(retriedOnPr(v)).toBe(false);
  });

  // Maven prints its option list after the line (MavenCli: System.err, then displayHelp on System.out), so in a job
  // log the line is 85 lines before the exit: read by cli-usage-refused, not the block rule. Recorded with stdout first.
  test('recorded mvn-unrecognized-option', () => {
    const v = replay('mvn-unrecognized-option');
    expect(v.type).toBe('config');
    expect(v.rule).toBe('cli-usage-refused');
    expect(v.evidence?.text).toBe('Unable to parse command line options: Unrecognized option: --frob');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a usage error the script went on past is not the cause: a parser ends its program at once', () => {
    // As redox-os's builds print `realpath: invalid option -- 'm'` and fail on a download 600 lines later.
    const v = verdictOf("tar --frob -cf out.tar . 2>&1 || echo 'no tar, going on'\nseq 1 100\nexit 3");
    expect(v.lines).toContain("tar: unrecognized option '--frob'");
    expect(v.rule).not.toBe('cli-parser-usage-error');
    expect(v.type).not.toBe('config');
  });

  test("the same words quoted by a test, or inside another line, are not the parser's", () => {
    for (const line of [
      "E       AssertionError: assert 'Error: Missing option' in output",
      "    expect(stderr).toContain('Unknown argument: tag')",
      'log: unknown flag: --frob was ignored',
      '    XCTAssertEqual(output, "Error: Unknown option \'--foo\'")',
      "Error: Unexpected argument 'x' is reported when the test passes an extra value",
    ])
      expect(ruleFires(ruleSet, 'cli-parser-usage-error', line)).toBe(false);
  });
});

describe('a path the step names is not there: config', () => {
  test.each([
    ['cp -r dist/ "$RUNNER_TEMP/site"', /^cp: cannot stat 'dist\/': No such file or directory$/],
    ['tar -xzf build.tgz', /^tar \(child\): build\.tgz: Cannot open: No such file or directory$/],
  ])('%s (run here)', (command, line) => {
    const v = verdictOf(command);
    expect(v.type).toBe('config');
    expect(v.rule).toBe('path-operand-missing');
    expect(v.evidence?.text).toMatch(line);
  });

  test.each([
    ['zip-nothing-to-do', 'zip error: Nothing to do! (try: zip -r site.zip . -i public)'],
    ['unzip-cannot-find', 'unzip:  cannot find or open dist.zip, dist.zip.zip or dist.zip.ZIP.'],
  ])('recorded %s', (id, line) => {
    const v = replay(id);
    expect(v.type).toBe('config');
    expect(v.rule).toBe('path-operand-missing');
    expect(v.evidence?.text).toBe(line);
  });

  test('a copy the script survived in a passing step says nothing: the failed step decides', () => {
    const survived = spawnSync('/bin/bash', ['-c', "cp -r dist/ out/ || echo 'no dist, skipping'"], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    const lines = `${survived.stdout}${survived.stderr}`.split('\n').filter((l) => l !== '');
    expect(lines).toContain("cp: cannot stat 'dist/': No such file or directory");
    const log = jobLog([
      ...actionsStep({ run: "cp -r dist/ out/ || echo 'no dist, skipping'" }, lines),
      ...actionsStep({ run: 'npx jest' }, ['Tests:       1 failed, 4 passed, 5 total'], 1),
    ]);
    expect(classify({ log }).type).toBe('test');
  });
});

describe('a signing key or keystore the job cannot use: config', () => {
  test.each([
    ['gpg-sign-no-secret-key', 'gpg: signing failed: No secret key'],
    ['gpg-import-empty-secret', 'gpg: no valid OpenPGP data found.'],
    [
      'keytool-not-a-keystore',
      'keytool error: java.security.KeyStoreException: Unrecognized keystore format. Please load it with a specified type',
    ],
    [
      'jarsigner-not-a-keystore',
      'jarsigner error: java.lang.RuntimeException: keystore load: Short read of DER length',
    ],
  ])('recorded %s', (id, line) => {
    const v = replay(id);
    expect(v.type).toBe('config');
    expect(v.rule).toBe('signing-key-unusable');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("a service client's time-out is network and retried; a refusal no retry mends is not", () => {
  test("npm's `network timeout at:` a registry that never answered", () => {
    const v = replay('npm-network-timeout');
    expect(v.type).toBe('network');
    expect(v.rule).toBe('client-network-error');
    expect(v.evidence?.text).toBe('npm error network timeout at: http://192.0.2.2:18504/left-pad');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("the Google Cloud CLI's own HTTPError 503 is network and retried; its 403 is not", () => {
    const v = replay('gcloud-storage-503');
    expect(v.type).toBe('network');
    expect(v.rule).toBe('http-client-server-error');
    expect(v.evidence?.text).toBe('ERROR: (gcloud.storage.ls) HTTPError 503: Service Unavailable');
    expect(retriedOnPr(v)).toBe(true);
    expect(retriedOnPr(replay('gcloud-storage-403'))).toBe(false);
  });

  test('pip retrying a read time-out, then finding nothing, is the time-out', () => {
    const v = replay('pip-read-timeout');
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("Node refused by another host still says network, from the message's address", () => {
    const v = replay('node-econnrefused-remote');
    expect(v.type).toBe('network');
    expect(v.evidence?.text).toBe('Error: connect ECONNREFUSED 192.0.2.2:1');
  });

  test("Node refused by the job's own database (nothing on 127.0.0.1:5432): its error's `code:` line is no network failure", () => {
    const v = verdictOf(
      "node -e \"require('net').connect(5432, '127.0.0.1').on('error', (e) => { console.error(e); process.exit(1); })\"",
    );
    expect(v.lines).toContain("  code: 'ECONNREFUSED',");
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("Python's bare ConnectionRefusedError (no host named: the job's own service) is not retried", () => {
    const v = verdictOf('python3 -c "import socket; socket.create_connection((\'127.0.0.1\', 9))"');
    expect(v.lines).toContain('ConnectionRefusedError: [Errno 111] Connection refused');
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each(['psql-refused-local', 'curl-own-404', 'curl-401', 'curl-403'])(
    'recorded %s is not retried',
    (id) => {
      expect(retriedOnPr(replay(id))).toBe(false);
    },
  );
});
