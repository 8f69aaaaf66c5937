/**
 * The rules the real-config battery (`__tests__/e2e/classify-real-config.test.ts`) found missing, each written
 * from its tool's source (cited in rules/log-rules.json): they hold for the wording's variable parts (another
 * option, path, version), not for the battery's bytes, and they leave alone the lines beside them. And where a
 * tool's refusal competes with what the step goes on to print (go test's package FAIL, the failing command's
 * word), the refusal decides.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const rules = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(rules, id, line);
const step = (run: string, output: string[], code = 1): string => jobLog(actionsStep({ run }, output, code));

describe('each rule on its wording with other variable parts, and not on the lines beside it', () => {
  test.each([
    ['go-flag-undefined', 'flag provided but not defined: -test.benchtme'],
    ['go-flag-undefined', 'flag provided but not defined: -v2'],
    ['go-toolchain-too-old', 'D:\\a\\app\\app\\go.mod:7: unknown directive: godebug'],
    ['go-toolchain-too-old', "go.mod:3: invalid go version '1.22.3': must match format 1.23.0"],
    ['jest-cli-option-unrecognized', 'Unrecognized option "runInBand2".'],
    ['jest-cli-option-unrecognized', 'Unrecognized option "run". Did you mean "u"?'],
    ['cac-usage-error', 'CACError: Unknown option `-x`'],
    ['cac-usage-error', 'CACError: missing required args for command `build <entry>`'],
    ['pnpm-unknown-option', "\u2009ERROR\u2009 Unknown option: 'shamefully-hoist2'"],
    ['pnpm-unknown-option', "[ERROR] Unknown option: 'recursive-install'"],
    ['git-command-unknown', "git: 'crypt' is not a git command. See 'git --help'."],
    ['mocha-plugin-unloadable', '✖ ERROR: TypeError: Could not load reporter "./reporters/custom.js":'],
    // A ui's is a plain Error (mocha lib/errors.js createInvalidInterfaceError), as mocha 12.0.3 printed it here.
    ['mocha-plugin-unloadable', '✖ ERROR: Error: Could not load ui "nope":'],
  ])('%s: %s', (id, line) => expect(fires(id, line)).toBe(true));

  test.each([
    // go's own usage line and a flag's bad value are other words; a go.mod's require error is the dependency's.
    ['go-flag-undefined', 'flag needs an argument: -run'],
    ['go-flag-undefined', '    --- FAIL: TestFlags/flag_provided_but_not_defined (0.00s)'],
    ['go-toolchain-too-old', 'go: errors parsing go.mod:'],
    [
      'go-toolchain-too-old',
      '/app/go.mod:6: require github.com/x/y: version "v2.0.0" invalid: should be v0 or v1, not v2',
    ],
    ['go-toolchain-too-old', 'go version go1.22.5 linux/amd64'],
    // go 1.21's own word is tool-version-unsupported's.
    ['go-toolchain-too-old', 'go: go.mod requires go >= 1.24.2 (running go 1.23.4; GOTOOLCHAIN=local)'],
    // jest-validate's config warning names an option too, but is no refusal.
    ['jest-cli-option-unrecognized', '  Unknown option "testURL" with value "http://localhost" was found.'],
    ['cac-usage-error', 'Error: Unknown option `--ci`'],
    [
      'pnpm-unknown-option',
      'npm warn Unknown cli config "--frobnicate". This will stop working in the next major version of npm.',
    ],
    ['git-command-unknown', 'fatal: not a git repository (or any of the parent directories): .git'],
    ['mocha-plugin-unloadable', 'Could not load stored config Unable to open config file global.yaml'],
  ])('not %s: %s', (id, line) => expect(fires(id, line)).toBe(false));
});

describe('the refusal decides over what the step prints after it', () => {
  test("go's flag refused in the test binary is config, not the package's FAIL (go-test-package-failed)", () => {
    const v = classify({
      log: step('go test -race -coverprofile=c.out -frobnicate ./...', [
        'flag provided but not defined: -frobnicate',
        'Usage of /tmp/go-build123/b001/app.test:',
        '  -test.bench regexp',
        '    \trun only benchmarks matching regexp',
        'exit status 2',
        'FAIL\texample.com/app\t0.004s',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'go-flag-undefined' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a go.mod newer than the go the job set up is config, not the tests, in either go's words", () => {
    const old = classify({
      log: step('go test ./...', [
        'go: errors parsing go.mod:',
        '/home/runner/work/app/app/go.mod:5: unknown directive: toolchain',
      ]),
    });
    expect(old).toMatchObject({ type: 'config', rule: 'go-toolchain-too-old' });
    const newer = classify({
      log: step('go test ./...', ['go: go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)']),
    });
    expect(newer.type).toBe('config');
  });

  test("pnpm's refusal of an option is config, not the install (the command's word: dependency)", () => {
    const v = classify({
      log: step('pnpm install --frozen-lockfile --frobnicate', [
        "\u2009ERROR\u2009 Unknown option: 'frobnicate'",
        "Did you mean 'frozen-lockfile', or 'force'? Use \"--config.unknown=value\" to force an unknown option.",
        'For help, run: pnpm help install',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'pnpm-unknown-option' });
  });

  test("jest's unrecognized option is config, not failed tests (the command's word: test)", () => {
    const v = classify({
      log: step('npx jest --ci --testPathPattern=src', [
        '● Unrecognized CLI Parameter:',
        '',
        '  Unrecognized option "testPathPattern". Did you mean "testPathPatterns"?',
        '',
        '  CLI Options Documentation:',
        '  https://jestjs.io/docs/cli',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'jest-cli-option-unrecognized' });
  });

  test('a failed jest test is still a test, though its runner is the same', () => {
    const v = classify({
      log: step('npx jest --ci', [
        'FAIL src/sum.test.js',
        '  ● adds › two numbers',
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        'Tests:       1 failed, 4 passed, 5 total',
      ]),
    });
    expect(v.type).toBe('test');
  });
});

describe("a refusal's words that the tests ran past decide nothing (the run did not refuse)", () => {
  // Each as the real tool printed it here (go 1.19, jest 30): the refusal's line, then a named test failing.
  test("a passing go test that parses its own flag.FlagSet, then another test's --- FAIL: is test", () => {
    const v = classify({
      log: step('go test ./...', [
        'flag provided but not defined: -bogus',
        'Usage of cli:',
        '  -v\tverbose',
        '--- FAIL: TestAdd (0.00s)',
        '    cli_test.go:13: Add(2,2) = 0, want 4',
        'FAIL',
        'FAIL\texample.com/cli\t0.002s',
        'FAIL',
      ]),
    });
    expect(v).toMatchObject({ type: 'test', rule: 'go-test' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the failing go test printed before the one that parses its own FlagSet (go keeps the tests' order) is test", () => {
    // Re-review (high): real go 1.19 with TestAdd first in cli_test.go.
    const v = classify({
      log: step('go test ./...', [
        '--- FAIL: TestAdd (0.00s)',
        '    cli_test.go:13: Add(2,2) = 0, want 4',
        'flag provided but not defined: -bogus',
        'Usage of cli:',
        '  -v\tverbose',
        'FAIL',
        'FAIL\texample.com/cli\t0.002s',
        'FAIL',
      ]),
    });
    expect(v).toMatchObject({ type: 'test' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a passing jest test's console.error in jest-validate's words, then a failing test, is test", () => {
    const v = classify({
      log: step('npx jest', [
        '  console.error',
        '    Unrecognized option "colour". Did you mean "color"?',
        '',
        '      at Object.error (cli.test.js:3:11)',
        '',
        'FAIL ./cli.test.js',
        '  ✓ cli rejects an unknown option (54 ms)',
        '  ✕ adds (12 ms)',
        '',
        '  ● adds',
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        '',
        'Test Suites: 1 failed, 1 total',
        'Tests:       1 failed, 1 passed, 2 total',
      ]),
    });
    expect(v.type).toBe('test');
  });

  test('a refusal the script tolerated (`|| true`), then a jest run with a failing test, is test', () => {
    const v = classify({
      log: step('./bin/tool -bogus || true\nnpx jest', [
        'flag provided but not defined: -bogus',
        'Usage of tool:',
        'FAIL src/sum.test.js',
        '  ● adds › two numbers',
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        'Tests:       1 failed, 4 passed, 5 total',
      ]),
    });
    expect(v.type).toBe('test');
  });

  test("a suites-only tally is no test that ran: jest's refusal above `Test Suites: 1 failed` stays config", () => {
    const v = classify({
      log: step('npx jest --colour', [
        '● Unrecognized CLI Parameter:',
        '',
        '  Unrecognized option "colour". Did you mean "color"?',
        '',
        'Test Suites: 1 failed, 1 total',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'jest-cli-option-unrecognized' });
  });
});
