/**
 * A tool's documented exit status types its command (rules/tool-lexicon.json `exitStatus`): pytest exits 4 on a
 * command line usage error, before any test ran (pytest-dev/pytest doc/en/reference/exit-codes.rst
 * @ b2310f28314249e4bfa1e0b9817dbef5cb968f4d), so a pytest step that exits 4 is misconfigured (config), not a
 * failed test run, even when its output went to a file. The runner's exit line gives the status
 * (actions/runner: `##[error]Process completed with exit code N.`).
 */
import { classify, compileLexicon, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { lexiconFile, resolveContext } from '../../src/core/classify/context.js';
import { evidencePieces } from '../../src/core/classify/evidence-pieces.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

const step = (run: string, output: string[], code: number): string =>
  jobLog(actionsStep({ run }, output, code));

test.each([
  ['pytest --collect-only -q > collected_tests.txt', []],
  ['python -m pytest --timeout=8 tests', []],
  // pytest's own usage lines (src/_pytest/config/argparsing.py MyOptionParser.error: 'ERROR: usage: ...' and
  // argparse's '%(prog)s: error: %(message)s').
  [
    'python -m pytest --timeout=8 tests',
    [
      'ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]',
      'pytest: error: unrecognized arguments: --timeout=8',
    ],
  ],
])('a pytest step that exits 4 is a usage error: %s', (run, output) => {
  const result = classify({ log: step(run, output, 4) });
  expect(result.type).toBe('config');
});

test('the status decides; the usage line pytest printed is the evidence shown', () => {
  const usage = 'pytest: error: unrecognized arguments: --timeout=8';
  const result = classify({ log: step('python -m pytest --timeout=8 tests', [usage], 4) });
  expect(result).toMatchObject({ type: 'config', rule: 'cli-usage-error' });
  expect(result.evidence?.text).toBe(usage);
  // Without such a line the status is the evidence.
  expect(classify({ log: step('python -m pytest tests', [], 4) }).rule).toBe('command:tool:pytest@exit:4');
});

test('the documented status replaces the piece of the tool kind', () => {
  const ruleSet = defaultRuleSet();
  const log = step('python -m pytest tests', [], 4);
  const scan = scanText(log, ruleSet);
  const pieces = evidencePieces(scan, ruleSet, scan.command);
  expect(pieces.map((p) => [p.key, p.type])).toContainEqual(['command:tool:pytest@exit:4', 'config']);
  expect(pieces.map((p) => p.key)).not.toContain('command:tool:pytest');
});

test("a pytest step that exits 5 collected no test: the job's selection or path is wrong (config)", () => {
  // pytest-dev/pytest doc/en/reference/exit-codes.rst: 'Exit code 5: No tests were collected'
  const log = step(
    'python -m pytest tests/unit -k smoke',
    ['collected 0 items', '', '=== no tests ran in 0.01s ==='],
    5,
  );
  expect(classify({ log })).toMatchObject({ type: 'config' });
});

test.each([
  // Failed tests: pytest's status 1 keeps the tool's kind.
  ['python -m pytest tests', 1, 'test'],
  // Another tool's 4 means nothing documented here.
  ['npx jest', 4, 'test'],
])('%s exiting %i stays %s', (run, code, type) => {
  expect(classify({ log: step(run, [], code) }).type).toBe(type);
});

test('a script named pytest (a task word) is no pytest run: its status is not pytest’s', () => {
  const ruleSet = defaultRuleSet();
  const log = step('npm run pytest', ['', '> app@1.0.0 pytest', ''], 4);
  const scan = scanText(log, ruleSet);
  expect(resolveContext(scan.command, ruleSet.lexicon)?.hit.name).toBe(true);
  expect(evidencePieces(scan, ruleSet, scan.command).map((p) => p.key)).not.toContain(
    'command:tool:pytest@exit:4',
  );
});

test('the lexicon compiles each documented status', () => {
  expect(compileLexicon(lexiconFile).exitStatus.get('tool:pytest')?.get(4)).toBe('config');
});

describe("linters' documented statuses for a run that could not judge the code", () => {
  // eslint/eslint docs/src/use/command-line-interface.md @ 32306c10; rubocop/rubocop
  // docs/modules/ROOT/pages/usage/basic_usage.adoc @ b165c59c; koalaman/shellcheck shellcheck.1.md @ f7547c9a;
  // stylelint/stylelint docs/user-guide/cli.md @ 7b4288ba; golangci/golangci-lint pkg/exitcodes/exitcodes.go
  // @ 0cfd08e9. Each step prints only words no rule knows, so the status decides.
  const own = ['Reading the configuration', 'Stopped.'];
  test.each<[string, number, string]>([
    ['npx eslint .', 2, 'config'],
    ['bundle exec rubocop --parallel', 2, 'config'],
    ['shellcheck scripts/*.sh', 2, 'config'],
    ['shellcheck --format=nope scripts/a.sh', 4, 'config'],
    ['npx stylelint "**/*.css"', 78, 'config'],
    ['npx stylelint --nope', 64, 'config'],
    ['golangci-lint run ./...', 5, 'config'],
    ['golangci-lint run --timeout=1m ./...', 4, 'timeout'],
  ])('%s exiting %i is %s', (run, code, type) => {
    const v = classify({ log: step(run, own, code) });
    expect(v.type).toBe(type);
    expect(v.rule).toMatch(/@exit:\d+$/);
  });
  test.each<[string, number]>([
    // the statuses that mean findings keep the linter's kind
    ['npx eslint .', 1],
    ['bundle exec rubocop', 1],
    ['shellcheck scripts/a.sh', 1],
    ['npx stylelint "**/*.css"', 2],
    ['golangci-lint run ./...', 1],
  ])('%s exiting %i is a quality gate', (run, code) => {
    expect(classify({ log: step(run, own, code) }).type).toBe('quality-gate');
  });
});

describe("test and build tools' documented statuses", () => {
  // bazelbuild/bazel docs/run/scripts.mdx @ 4fff7c76; nextest-rs/nextest nextest-metadata/src/exit_codes.rs
  // @ 54f8d606. The step prints only words no rule knows, so the status decides.
  const own = ['Reading the configuration', 'Stopped.'];
  test.each<[string, number, string]>([
    ['bazel test //...', 1, 'build'],
    ['bazel test //...', 2, 'config'],
    ['bazel test //...', 3, 'test'],
    ['bazel test //...', 4, 'config'],
    ['bazel test //...', 33, 'resource'],
    ['bazel test //...', 38, 'network'],
    ['bazel build //...', 1, 'build'],
    ['bazel build //...', 2, 'config'],
    ['cargo nextest run --workspace', 101, 'build'],
    ['cargo nextest run', 96, 'config'],
    ['cargo nextest run -E "test(nope"', 94, 'config'],
    ['cargo nextest run', 4, 'config'],
  ])('%s exiting %i is %s', (run, code, type) => {
    const v = classify({ log: step(run, own, code) });
    expect(v.type).toBe(type);
    expect(v.rule).toMatch(/@exit:\d+$/);
  });
  test("nextest's failed tests keep the test runner's kind", () => {
    expect(classify({ log: step('cargo nextest run', own, 100) }).type).toBe('test');
  });
  test("Bazel's transient publishing error is retried; its out-of-memory crash is a resource failure", () => {
    expect(retriedOnPr(classify({ log: step('bazel test //...', own, 38) }))).toBe(true);
    expect(classify({ log: step('bazel test //...', own, 33) }).type).toBe('resource');
  });
});

test.each<[string, number]>([
  ['make setup && shellcheck scripts/a.sh', 2],
  ['pip install -e . && python -m pytest tests', 4],
  ['bazel build //... ; bazel test //...', 1],
])("in a list of commands the step's status may be another's: %s exiting %i", (run, code) => {
  const v = classify({ log: step(run, ['Reading the configuration', 'Stopped.'], code) });
  expect(v.rule).not.toMatch(/@exit:/);
});
