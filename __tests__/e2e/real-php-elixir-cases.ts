/**
 * PHP's, Elixir's and Erlang's real failures (issue 68), for classify-real-php-elixir.test.ts: php, Composer,
 * PHPUnit, mix, ExUnit and erlc as Debian installs them, each case a `run:` step in a temporary project
 * (`real-steps.ts` runStep, `bash -e {0}`), HOME and every tool's cache in that project. `type` is TAXONOMY.md's
 * label; `cause` matches the line that states the cause (the parser's error, the failed assertion, the resolver's
 * problem), never the command echo, Composer's usage synopsis or a tally where a cause line exists. The tools
 * print what they print on this machine (PHP 8.2, Composer 2.5, PHPUnit 9.6, Elixir 1.14 on OTP 25):
 * `cause` names the cause's stable words, never whole bytes.
 *
 * Offline: Packagist is switched off in each composer.json; a `type: composer` repository is the test's own
 * `node:http` server (`$REPO`, on this machine's outward address: misbehaving-server.ts), answering 503, 502, a
 * reset, or its package list with a download that is 404. Hex is not installed (Debian packages none), so mix
 * fetches nothing.
 *
 * Types decided from TAXONOMY.md where the brief asked:
 * - `Class "X" not found` under phpunit is `test`, inside a test (PHPUnit reports the test errored) and when a
 *   test file cannot load (a test collection error; PHPUnit dies before running any).
 * - `composer validate` finding the lock out of date is `quality-gate` (a check that a lockfile is up to date);
 *   `composer install` refusing the same lock is `dependency` (an install failing on a lock that does not match).
 * - PHP's memory_limit exhausted is `resource`, retried once, as java -Xmx is in the real-env battery.
 * - `mix compile --warnings-as-errors` is `quality-gate`: the code compiles, a checker's judgement (an unused
 *   variable) fails the step.
 * - Hex not installed under `mix deps.get` is `config`: a companion tool the job's setup should have installed.
 */
import type { FailureType } from '../../src/core/types.js';
import type { Handler } from './misbehaving-server.js';
import { resetMidResponse, status } from './misbehaving-server.js';

export type Tool = 'php' | 'composer' | 'phpunit' | 'mix' | 'erlc';

export interface PhpElixirCase {
  name: string;
  type: FailureType;
  /** The step's script. */
  run: string;
  /** Matches the line the verdict should show (its evidence): a line stating the cause. */
  cause: RegExp;
  /** The project's files; `$REPO` is the case's server's URL. */
  files?: Record<string, string>;
  needs: readonly Tool[];
  /** The composer repository's behaviour (a server of its own for this case). */
  repo?: 'packages' | '503' | '502' | 'reset';
  /** The step's environment besides the runner's and the caches'. */
  env?: Record<string, string>;
  /** Classified by the built CLI as well. */
  cli?: true;
  /**
   * A miss this battery found and left, with why no rule of the tool's own words mends it: the verdict it gets,
   * asserted as it stands so that a change that mends it shows.
   */
  left?: { type: FailureType; causeShown: boolean; why: string };
}

/** A `type: composer` repository: one package, acme/util 1.0.0, whose download answers 404. */
export function composerRepo(base: () => string): Handler {
  return (req, res) => {
    if (req.url === '/packages.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const util = { name: 'acme/util', version: '1.0.0', type: 'library' };
      const dist = { type: 'tar', url: `${base()}/dist/acme-util-1.0.0.tar` };
      res.end(JSON.stringify({ packages: { 'acme/util': { '1.0.0': { ...util, dist } } } }));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
  };
}

export const REPO_HANDLERS: Record<'503' | '502' | 'reset', Handler> = {
  '503': status(503),
  '502': status(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'),
  reset: resetMidResponse,
};

const composerJson = (require: Record<string, string>, repo = false): string =>
  `${JSON.stringify(
    {
      name: 'acme/app',
      description: 'app',
      license: 'MIT',
      require,
      repositories: [...(repo ? [{ type: 'composer', url: '$REPO' }] : []), { 'packagist.org': false }],
      config: { 'secure-http': false },
    },
    null,
    2,
  )}\n`;
const INSTALL = 'composer install --no-interaction --no-progress';
/** A lock made for a composer.json that required php only: out of date once acme/util is required. */
const STALE_LOCK = `${JSON.stringify(
  {
    'content-hash': '0b7d1a5bb2d4cfe1f0b3e7a0d7c1e2f3',
    packages: [],
    'packages-dev': [],
    aliases: [],
    'minimum-stability': 'stable',
    'stability-flags': [],
    'prefer-stable': false,
    'prefer-lowest': false,
    platform: { php: '>=8.1' },
    'platform-dev': [],
    'plugin-api-version': '2.3.0',
  },
  null,
  4,
)}\n`;
const phpTest = (cls: string, body: string): string =>
  `<?php\nuse PHPUnit\\Framework\\TestCase;\nfinal class ${cls} extends TestCase {\n${body}}\n`;

const MIX = (deps = '[]'): string =>
  `defmodule App.MixProject do\n  use Mix.Project\n  def project, do: [app: :app, version: "0.1.0", elixir: "~> 1.14", deps: ${deps}]\nend\n`;
const EXUNIT_HELPER = { 'test/test_helper.exs': 'ExUnit.start()\n' };

export const PHP_ELIXIR_CASES: PhpElixirCase[] = [
  // PHP: the interpreter and PHPUnit
  {
    name: 'php -l, a syntax error',
    type: 'build',
    needs: ['php'],
    run: 'for f in src/*.php; do php -l "$f"; done',
    files: { 'src/Invoice.php': '<?php\nfunction total( {\n  return 1;\n}\n' },
    cause: /Parse error: +syntax error, unexpected token "\{"/,
    cli: true,
  },
  {
    name: 'phpunit, a failing assertion',
    type: 'test',
    needs: ['phpunit'],
    run: 'phpunit tests',
    files: {
      'tests/SumTest.php': phpTest(
        'SumTest',
        '  public function testSum(): void { $this->assertSame(3, 1 + 1); }\n  public function testOk(): void { $this->assertTrue(true); }\n',
      ),
    },
    cause: /Failed asserting that 2 is identical to 3|SumTest::testSum/,
  },
  {
    name: 'phpunit, a test that throws (an error)',
    type: 'test',
    needs: ['phpunit'],
    run: 'phpunit tests',
    files: {
      'tests/RepoTest.php': phpTest(
        'RepoTest',
        '  public function testFind(): void { throw new RuntimeException("database handle is closed"); }\n',
      ),
    },
    cause: /RuntimeException: database handle is closed|RepoTest::testFind/,
  },
  {
    name: 'phpunit, Class "X" not found inside a test',
    type: 'test',
    needs: ['phpunit'],
    run: 'phpunit tests',
    files: {
      'tests/InvoiceTest.php': phpTest(
        'InvoiceTest',
        '  public function testNew(): void { $this->assertNotNull(new App\\Invoice()); }\n',
      ),
    },
    cause: /Class "App\\Invoice" not found|InvoiceTest::testNew/,
  },
  {
    name: 'phpunit, a test file whose base class is not found (fatal)',
    type: 'test',
    needs: ['phpunit'],
    run: 'phpunit tests',
    files: {
      'tests/OrderTest.php':
        '<?php\nfinal class OrderTest extends App\\Testing\\DatabaseTestCase {\n  public function testA(): void { $this->assertTrue(true); }\n}\n',
    },
    cause: /Class "App\\Testing\\DatabaseTestCase" not found/,
  },
  // A look-alike that stays what it is: PHP's parse error printed by a program a test runs (a linter's test
  // linting its own fixture) is the program under test's output; the test's failure decides (TAXONOMY test).
  {
    name: 'phpunit, a test whose program prints a Parse error (the program under test)',
    type: 'test',
    needs: ['phpunit'],
    run: 'phpunit tests',
    files: {
      'fixtures/broken.php': '<?php\nfunction broken( {\n}\n',
      'tests/LintTest.php': phpTest(
        'LintTest',
        '  public function testLintsFixture(): void { passthru("php -l " . __DIR__ . "/../fixtures/broken.php", $rc); $this->assertSame(0, $rc); }\n',
      ),
    },
    cause: /LintTest::testLintsFixture|Failed asserting that 255 is identical to 0/,
  },
  {
    name: 'php, memory_limit exhausted',
    type: 'resource',
    needs: ['php'],
    run: 'php -d memory_limit=8M bin/import.php',
    files: {
      'bin/import.php': '<?php\n$rows = [];\nfor ($i = 0; ; $i++) { $rows[] = str_repeat("row", 1000); }\n',
    },
    cause: /Allowed memory size of 8388608 bytes exhausted/,
  },
  // Composer
  {
    name: 'composer install, a package no repository has',
    type: 'dependency',
    needs: ['composer'],
    repo: 'packages',
    run: INSTALL,
    files: { 'composer.json': composerJson({ 'acme/missing-sdk': '^2.0' }, true) },
    cause: /acme\/missing-sdk, it could not be found in any version/,
    cli: true,
  },
  {
    name: 'composer install, a lock out of date with composer.json',
    type: 'dependency',
    needs: ['composer'],
    repo: 'packages',
    run: INSTALL,
    files: {
      'composer.json': composerJson({ php: '>=8.1', 'acme/util': '^1.0' }, true),
      'composer.lock': STALE_LOCK,
    },
    cause: /Required package "acme\/util" is not present in the lock file/,
  },
  {
    name: 'composer validate, a lock out of date with composer.json',
    type: 'quality-gate',
    needs: ['composer'],
    run: 'composer validate --strict --no-interaction',
    // A constraint changed and the lock not updated: its content-hash no longer matches.
    files: { 'composer.json': composerJson({ php: '>=8.0' }), 'composer.lock': STALE_LOCK },
    cause: /lock file is not up to date with the latest changes in composer\.json/,
  },
  {
    name: 'composer validate, a required package not in the lock',
    type: 'quality-gate',
    needs: ['composer'],
    repo: 'packages',
    run: 'composer validate --strict --no-interaction',
    files: {
      'composer.json': composerJson({ php: '>=8.1', 'acme/util': '^1.0' }, true),
      'composer.lock': STALE_LOCK,
    },
    cause: /lock file is not up to date with the latest changes in composer\.json/,
    left: {
      type: 'dependency',
      causeShown: false,
      why: "validate lists the lock's missing package in install's own words (`- Required package \"acme/util\" is not present in the lock file.`, composer/composer src/Composer/Package/Locker.php, deps-own-words), after its own line (composer-validate-lock-stale); both rules weigh alike and the later line wins the tie, and no line tells validate's listing from install's refusal: only the command does, which a rule's line outranks",
    },
  },
  {
    name: 'composer install, require php ^9 (a platform requirement)',
    type: 'config',
    needs: ['composer'],
    run: INSTALL,
    files: { 'composer.json': composerJson({ php: '^9.0' }) },
    cause: /requires php \^9\.0 but your php version \([\d.]+\) does not satisfy that requirement/,
    cli: true,
  },
  {
    name: 'composer install, a PHP extension not installed',
    type: 'config',
    needs: ['composer'],
    run: INSTALL,
    files: { 'composer.json': composerJson({ php: '>=8.1', 'ext-gmp': '*' }) },
    cause: /ext-gmp \* but it is missing from your system/,
  },
  {
    name: 'composer install, an option it does not take (Symfony Console)',
    type: 'config',
    needs: ['composer'],
    run: 'composer install --no-interaction --optimise-autoloader',
    files: { 'composer.json': composerJson({}, true) },
    cause: /The "--optimise-autoloader" option does not exist\./,
    cli: true,
  },
  {
    name: 'composer install, the repository answers 503',
    type: 'network',
    needs: ['composer'],
    repo: '503',
    run: INSTALL,
    files: { 'composer.json': composerJson({ 'acme/util': '^1.0' }, true) },
    cause: /packages\.json" file could not be downloaded|503 Service Unavailable/,
    cli: true,
  },
  {
    name: 'composer install, the repository answers 502',
    type: 'network',
    needs: ['composer'],
    repo: '502',
    run: INSTALL,
    files: { 'composer.json': composerJson({ 'acme/util': '^1.0' }, true) },
    cause: /packages\.json" file could not be downloaded|502 Bad Gateway/,
  },
  {
    name: 'composer install, the repository resets the connection',
    type: 'network',
    needs: ['composer'],
    repo: 'reset',
    run: INSTALL,
    files: { 'composer.json': composerJson({ 'acme/util': '^1.0' }, true) },
    // PHP's streams (Debian's composer without php-curl) or libcurl (setup-php's, with it) read the reset.
    cause:
      /Content-Length mismatch, received \d+ bytes out of the expected \d+|curl error 56 while downloading/,
  },
  {
    name: "composer install, a package's download is 404",
    type: 'dependency',
    needs: ['composer'],
    repo: 'packages',
    run: INSTALL,
    files: { 'composer.json': composerJson({ 'acme/util': '^1.0' }, true) },
    cause: /acme-util-1\.0\.0\.tar" file could not be dow|404 Not Found/,
  },
  // Elixir: mix and ExUnit
  {
    name: 'mix compile, a compile error',
    type: 'build',
    needs: ['mix'],
    run: 'mix compile',
    files: {
      'mix.exs': MIX(),
      'lib/app.ex': 'defmodule App do\n  def total(items), do: Enum.sum(itemz)\nend\n',
    },
    cause: /\(CompileError\) lib\/app\.ex:2: undefined function itemz\/0/,
    cli: true,
  },
  {
    name: 'mix compile --warnings-as-errors',
    type: 'quality-gate',
    needs: ['mix'],
    run: 'mix compile --warnings-as-errors',
    files: {
      'mix.exs': MIX(),
      'lib/app.ex': 'defmodule App do\n  def total(items, opts), do: Enum.sum(items)\nend\n',
    },
    cause:
      /variable "opts" is unused|Compilation failed due to warnings while using the --warnings-as-errors option/,
  },
  {
    name: 'mix test, a failing ExUnit test',
    type: 'test',
    needs: ['mix'],
    run: 'mix test',
    files: {
      'mix.exs': MIX(),
      'lib/app.ex': 'defmodule App do\n  def total(items), do: Enum.sum(items)\nend\n',
      ...EXUNIT_HELPER,
      'test/app_test.exs':
        'defmodule AppTest do\n  use ExUnit.Case\n  test "total" do\n    assert App.total([1, 2]) == 4\n  end\nend\n',
    },
    cause: /Assertion with == failed|test total \(AppTest\)/,
  },
  {
    name: 'mix format --check-formatted',
    type: 'quality-gate',
    needs: ['mix'],
    run: 'mix format --check-formatted',
    files: {
      'mix.exs': MIX(),
      '.formatter.exs': '[inputs: ["{mix,.formatter}.exs", "{lib,test}/**/*.{ex,exs}"]]\n',
      'lib/app.ex': 'defmodule App do\n  def total(items),   do: Enum.sum( items )\nend\n',
    },
    cause: /mix format failed due to --check-formatted|The following files are not formatted/,
  },
  {
    name: 'mix test, an option the task does not take',
    type: 'config',
    needs: ['mix'],
    run: 'mix test --cover-threshold 80',
    files: { 'mix.exs': MIX(), 'test/test_helper.exs': 'ExUnit.start()\n' },
    cause: /Could not invoke task "test": 1 error found!|--cover-threshold : Unknown option/,
  },
  {
    name: 'mix test, dependencies listed and none fetched',
    type: 'dependency',
    needs: ['mix'],
    run: 'mix test',
    files: {
      'mix.exs': MIX(
        '[{:util, path: "../util"}, {:plug_git, git: "https://git.example.invalid/plug.git", tag: "v1.0.0"}]',
      ),
      ...EXUNIT_HELPER,
    },
    cause:
      /Can't continue due to errors on dependencies|the dependency is not available|Unchecked dependencies/,
  },
  {
    name: 'mix deps.get, Hex not installed',
    type: 'config',
    needs: ['mix'],
    run: 'mix deps.get',
    files: { 'mix.exs': MIX('[{:jason, "~> 1.4"}]') },
    cause:
      /Could not find Hex, which is needed to build dependency :jason|Shall I install Hex\?.*Could not find an SCM for dependency :jason/,
  },
  {
    name: 'mix test, System.fetch_env! on a variable the job does not set',
    type: 'config',
    needs: ['mix'],
    run: 'mix test',
    files: {
      'mix.exs': MIX(),
      'config/runtime.exs': 'import Config\nconfig :app, App.Repo, url: System.fetch_env!("DATABASE_URL")\n',
      'lib/app.ex': 'defmodule App do\nend\n',
      ...EXUNIT_HELPER,
    },
    cause: /could not fetch environment variable "DATABASE_URL" because it is not set/,
    cli: true,
  },
  // A look-alike that stays what it is: the same exception raised inside a test is an exception in a test
  // (TAXONOMY test), as real-env's pytest test asserting an environment variable stays test.
  {
    name: 'mix test, a test whose code calls System.fetch_env! (an exception in a test)',
    type: 'test',
    needs: ['mix'],
    run: 'mix test',
    files: {
      'mix.exs': MIX(),
      'lib/app.ex': 'defmodule App do\n  def key, do: System.fetch_env!("API_KEY")\nend\n',
      ...EXUNIT_HELPER,
      'test/app_test.exs':
        'defmodule AppTest do\n  use ExUnit.Case\n  test "key" do\n    assert App.key() == "k"\n  end\nend\n',
    },
    cause:
      /test key \(AppTest\)|\(System\.EnvError\) could not fetch environment variable "API_KEY"|1 failure/,
  },
  // Erlang: erlc (rebar3 is not installed in CI, .ci/run says why; its eunit lines are published-battery.ts's)
  {
    name: 'erlc, a file that does not parse',
    type: 'build',
    needs: ['erlc'],
    run: 'mkdir -p ebin\nerlc -o ebin src/*.erl',
    files: { 'src/bad.erl': '-module(bad).\n-export([f/0]).\nf() -> ok.\ng( -> ok.\n' },
    cause: /bad\.erl:4(?::\d+)?: syntax error before: '->'/,
  },
];
