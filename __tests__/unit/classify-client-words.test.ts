/**
 * Issue 68 item 1 (build) and item 4 (the line shown) in the tools' own words: Go's type checker on code that
 * does not compile (go-compile-error: lines go1.19.8 printed here), and prettier's check, run here for real,
 * whose echoed command is no line that states the cause (lint-js `evidence`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

describe("Go's type checker on code that does not compile (go1.19.8 run here)", () => {
  // go test ./... on a package whose files redeclare a name, miss a return, mismatch an assignment, call with
  // the wrong arguments and mix types: what go1.19.8 printed, in its order.
  const goTest = [
    '# example.com/m/p [example.com/m/p.test]',
    'p/b.go:3:5: DefaultLanguage redeclared in this block',
    '\tp/a.go:3:7: other declaration of DefaultLanguage',
    'p/a.go:6:10: assignment mismatch: 2 variables but 1 value',
    'p/a.go:11:1: missing return',
    'p/a.go:15:14: too many arguments in call to h',
    '\thave (number, number)',
    '\twant (int)',
    'p/a.go:16:9: not enough arguments in call to h',
    '\thave ()',
    '\twant (int)',
    'p/a.go:18:16: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)',
    'FAIL\texample.com/m/p [build failed]',
    'FAIL',
  ];

  test('go test on a package that does not build: build, on the first message', () => {
    const v = classify({ log: failedRunLog('go test -race ./...', goTest) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('p/b.go:3:5: DefaultLanguage redeclared in this block');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each(goTest.filter((l) => /^p\/\w\.go/.test(l)))('%s: a compile error', (line) => {
    expect(ruleFires(ruleSet, 'go-compile-error', line)).toBe(true);
  });

  test.each([
    '\tp/a.go:3:7: other declaration of DefaultLanguage',
    'internal/x.go:12:2: missing return (typecheck)',
    'pkg/a.go:9:1: invalid operation: x == y (mismatched types A and B) (compile)',
    'main_test.go:40: got "too many arguments in call to f", want nil',
  ])('%s: no compile error of the build', (line) => {
    expect(ruleFires(ruleSet, 'go-compile-error', line)).toBe(false);
  });
});

describe("prettier's check (prettier run here): the line shown is prettier's, never the echoed command", () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-prettier-'));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), 'const  a =  1\n');
    writeFileSync(path.join(dir, '.prettierrc'), '{}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('npm run format:check running prettier --check: quality-gate, shown on its summary', () => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    const run = spawnSync(path.resolve('node_modules/.bin/prettier'), ['--check', 'src'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(run.status).toBe(1);
    const out = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l !== '');
    const summary = out.find((l) => l.includes('Code style issues found'));
    expect(summary).toBeDefined();
    const v = classify({
      log: failedRunLog('npm run format:check', [
        '',
        '> app@1.0.0 format:check',
        '> prettier --check src',
        '',
        ...out,
      ]),
    });
    expect(v.type).toBe('quality-gate');
    expect(v.evidence?.text).toBe(summary);
  });
});
