/**
 * Tool families that GitHub Actions jobs of 2025-26 fail in and that no rule knew (issue 44): the Solidity
 * compiler under forge, a command called with arguments it does not take (argparse, pytest), Gradle's Kotlin DSL
 * compiling a build script; and a unified diff's `+++ b/file` header, which a set -x trace must not be taken for.
 * Each tool's lines are its own published output (cited); the steps are the runner's own lines. What a tool printed
 * in the step's last error block decides over the command's word (weigh.ts toldOverCommand): a usage error from
 * pytest is no failed test.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

test('forge build failing in solc is a build failure', () => {
  // foundry-rs/foundry crates/forge/tests/cli/cmd.rs: the expected stderr of `forge build --force` on a
  // source with a syntax error.
  const step = actionsStep(
    { run: 'forge build' },
    [
      'Error: Compiler run failed:',
      "Error (2314): Expected ';' but got identifier",
      ' --> src/Counter.sol:7:19:',
      '  |',
      '7 |         THIS WILL CAUSE AN ERROR',
      '  |                   ^^^^^',
    ],
    1,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict.type).toBe('build');
  expect(verdict.rule).toBe('solc-error');
});

test('a command called with an argument it does not take is a configuration error, not the tests', () => {
  // pytest src/_pytest/config/argparsing.py MyOptionParser.error: the usage, then '%(prog)s: error: %(message)s'
  // with argparse's 'unrecognized arguments: %s' (CPython Lib/argparse.py); pytest exits 4 on a usage error.
  const step = actionsStep(
    { run: 'pytest --timeout=8 tests' },
    [
      'ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]',
      'pytest: error: unrecognized arguments: --timeout=8',
      '  inifile: None',
      '  rootdir: /home/runner/work/app/app',
    ],
    4,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict.type).toBe('config');
  expect(verdict.rule).toBe('cli-usage-error');
});

test("a subcommand's usage error, named after its parent and itself, is a configuration error too", () => {
  // CPython Lib/argparse.py _SubParsersAction.add_parser: prog '%s %s' % (prog_prefix, name); Django's
  // BaseCommand.create_parser names its parser 'manage.py <command>' the same way. argparse exits 2.
  const step = actionsStep(
    { run: 'python manage.py migrate --fake-intial' },
    [
      'usage: manage.py migrate [-h] [--database DATABASE] [--fake] [--fake-initial]',
      'manage.py migrate: error: unrecognized arguments: --fake-intial',
    ],
    2,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict).toMatchObject({ type: 'config', rule: 'cli-usage-error' });
  expect(verdict.evidence?.text).toBe('manage.py migrate: error: unrecognized arguments: --fake-intial');
});

test("the AWS CLI's own wording of an invalid choice is the same usage error, whatever the command's name says", () => {
  // aws/aws-cli awscli/argparser.py @ 0130e1d4: CLIArgParser._check_value raises 'Invalid choice, valid choices
  // are:' and a table of choices; error() prints the usage, then '{prog}: error: {message}', and exits 252.
  const step = actionsStep(
    { run: 'aws s3 cpy dist s3://bucket/ --recursive' },
    [
      'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
      'To see help text, you can run:',
      '',
      '  aws help',
      '  aws <command> help',
      '  aws <command> <subcommand> help',
      '',
      'aws: error: argument operation: Invalid choice, valid choices are:',
      '',
      'cp                                       | ls',
      'mb                                       | mv',
    ],
    252,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict).toMatchObject({ type: 'config', rule: 'cli-usage-error' });
  expect(verdict.evidence?.text).toBe('aws: error: argument operation: Invalid choice, valid choices are:');
});

test('a sentence that merely has a colon before "error:" is no parser of arguments', () => {
  // More than four words before ': error:' is prose, not a program and its subcommands; four are the most.
  const ruleSet = defaultRuleSet();
  expect(
    ruleFires(ruleSet, 'cli-usage-error', 'the docs site build: error: unrecognized arguments: none'),
  ).toBe(true);
  expect(
    ruleFires(ruleSet, 'cli-usage-error', 'the build of the docs site: error: unrecognized arguments: none'),
  ).toBe(false);
});

test("Gradle's Kotlin DSL failing to compile a build script is a build failure", () => {
  // gradle/gradle .../kotlin/dsl/support/KotlinCompiler.kt @ 0242b53a: taggedMsg 'e: ' and compilerMessageFor
  // '<file URL>:<line>:<column>: <message>'; then ScriptCompilationException's message (path and names filled in).
  const step = actionsStep(
    { run: './gradlew testDebugUnitTest --continue' },
    [
      '> Configure project :',
      'e: file:///home/runner/work/app/app/build.gradle.kts:3:11: Unresolved reference: libs',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      'Script compilation error:',
      '',
      '  Line 3:     alias(libs.plugins.android.library)',
      '                    ^ Unresolved reference: libs',
      '',
      '1 error',
      '',
      'BUILD FAILED in 33s',
    ],
    1,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict.type).toBe('build');
  expect(verdict.rule).toBe('kotlin-compile-error');
});

test("a diff's +++ b/file header is no command the step ran: a hook's diff of a tests file stays a check", () => {
  // pre-commit/pre-commit pre_commit/commands/run.py @ a9bba55a (_start_msg, the hook's failure lines,
  // --show-diff-on-failure's 'All changes made by hooks:' then git diff's output); git's diff headers as
  // git/git t/t4013 expects them. File names filled in.
  const step = actionsStep(
    { run: 'pre-commit run --all-files --show-diff-on-failure' },
    [
      'trim trailing whitespace.................................................Failed',
      '- hook id: trailing-whitespace',
      '- exit code: 1',
      '- files were modified by this hook',
      '',
      'Fixing run_profile_tests.py',
      '',
      'All changes made by hooks:',
      'diff --git a/run_profile_tests.py b/run_profile_tests.py',
      'index 3b18e51..a5c1966 100644',
      '--- a/run_profile_tests.py',
      '+++ b/run_profile_tests.py',
      '@@ -1,2 +1,2 @@',
      '-import sys ',
      '+import sys',
    ],
    1,
  );
  const verdict = classify({ log: jobLog(step) });
  expect(verdict.type).toBe('quality-gate');
});

describe("a pull request's title that the semantic-pull-request action refused (rule pr-title-check)", () => {
  // amannn/action-semantic-pull-request src/validatePrTitle.js @ 0df81015: raiseError through core.setFailed,
  // which the runner prints as `##[error]`; titles filled in. A `uses:` step, as workflows run it.
  test.each([
    'No release type found in pull request title "fixed the login". Add a prefix to indicate what kind of release this pull request corresponds to. For reference, see https://www.conventionalcommits.org/',
    'Unknown release type "feature" found in pull request title "feature: login". ',
    'No scope found in pull request title "feat: login". Use one of the available scopes: api, ui.',
  ])('is a PR check, a quality gate: %s', (message) => {
    const step = actionsStep({ uses: 'amannn/action-semantic-pull-request@v5' }, [`##[error]${message}`]);
    const v = classify({ log: jobLog(step) });
    expect(v).toMatchObject({ type: 'quality-gate', rule: 'pr-title-check', retryable: false });
  });
});
