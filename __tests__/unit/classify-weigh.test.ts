/**
 * Weighing the evidence (src/core/classify/weigh.ts): the best-supported type wins, a cause outranks the
 * wrapper that reports it, weak or split support lowers the claim. What the whole corpus measures (the
 * committed weights, verdicts as for a project never seen) is in classify-corpus.test.ts.
 */
import {
  classify,
  defaultRuleSet,
  evidencePieces,
  measureWeights,
  scanText,
  weigh,
  weightOf,
} from '../../src/core/classify/index.js';
import type { Piece, Weights } from '../../src/core/classify/index.js';
import { corpusLogText, describeIfCorpus } from '../corpus.js';

function piece(key: string, type: Piece['type'], line: number, prior = 0.45): Piece {
  return { key, type, evidence: { line, text: key }, prior };
}

const measured = (fires: number, right: number) => ({ fires, right });

test('the best-supported type wins, not the first or the latest piece', () => {
  const weights: Weights = { 'rule:a': measured(80, 80), 'rule:b': measured(40, 12) };
  const result = weigh([piece('rule:b', 'quality-gate', 90), piece('rule:a', 'test', 10)], weights);
  expect(result?.piece.key).toBe('rule:a');
  expect(result?.confidence).toBe('high');
});

test('a cause outranks its wrapper: a compile error above "tests failed"', () => {
  const weights: Weights = { 'rule:tests': measured(60, 59), 'rule:compile': measured(40, 36) };
  const pieces = [piece('rule:compile', 'build', 5), piece('rule:tests', 'test', 50)];
  expect(weigh(pieces, weights)?.piece.type).toBe('build');
  // The wrapper is not a cause of the cause: the order of the pieces does not matter.
  expect(weigh([...pieces].reverse(), weights)?.piece.type).toBe('build');
});

test("a line saying the tests never ran (RuleSpec beforeTests) outranks the run's failed report", () => {
  const weights: Weights = { 'rule:tests@end': measured(60, 59), 'rule:browser@end': measured(0, 0) };
  const report = piece('rule:tests@end', 'test', 50);
  const browser = { ...piece('rule:browser@end', 'config', 40, 0.9), beforeTests: true };
  expect(weigh([browser, report], weights)?.piece.key).toBe('rule:browser@end');
  // Any other config line is no cause of a failed test run (a test meeting a missing table stays a test).
  const { beforeTests: _, ...plain } = browser;
  expect(weigh([plain, report], weights)?.piece.type).toBe('test');
  // Nor does the flag speak beside anything but a test run's report.
  const lint = piece('rule:lint@end', 'quality-gate', 50, 0.9);
  expect(weigh([browser, lint], { ...weights, 'rule:lint@end': measured(60, 59) })?.piece.type).toBe(
    'quality-gate',
  );
});

test('a cause outranks its wrapper: a network error above the dependency failure it caused', () => {
  const weights: Weights = { 'rule:resolve': measured(30, 29), 'rule:net': measured(30, 26) };
  const result = weigh([piece('rule:resolve', 'dependency', 20), piece('rule:net', 'network', 19)], weights);
  expect(result?.piece.type).toBe('network');
});

test('a weakly supported cause does not override its wrapper', () => {
  const weights: Weights = { 'rule:tests': measured(60, 59), 'rule:compile': measured(40, 10) };
  expect(
    weigh([piece('rule:compile', 'build', 5), piece('rule:tests', 'test', 50)], weights)?.piece.type,
  ).toBe('test');
});

test('split support lowers the confidence one level', () => {
  const weights: Weights = { 'rule:a': measured(50, 49), 'rule:b': measured(50, 48) };
  const alone = weigh([piece('rule:a', 'test', 1)], weights);
  const split = weigh([piece('rule:a', 'test', 1), piece('rule:b', 'quality-gate', 2)], weights);
  expect(alone?.confidence).toBe('high');
  expect(split?.confidence).toBe('medium');
});

test('a piece measured on few logs stays near its declared confidence; a measured one follows its record', () => {
  const p = piece('rule:x', 'test', 1, 0.9);
  expect(weightOf(p, {})).toBeCloseTo(0.9);
  expect(weightOf(p, { 'rule:x': measured(100, 20) })).toBeLessThan(0.25);
  expect(weightOf(p, { 'rule:x': measured(1, 0) })).toBeGreaterThan(0.6);
});

test('the weights count each piece once per log, and right only when its type is the label', () => {
  const a = piece('rule:a', 'test', 1);
  const w = measureWeights([
    { label: 'test', pieces: [a, a] },
    { label: 'build', pieces: [a] },
  ]);
  expect(w).toEqual({ 'rule:a': { fires: 2, right: 1 } });
});

describe('a block rule speaks only as the last block of a step that failed', () => {
  // git's own output of `git diff --cached` (git/git t/t4013/diff.diff_--cached @ 1a3e64c6c4), printed by a
  // step that checks the tree is what a generator or formatter makes of it (`git diff --exit-code`).
  const diff = ['diff --git a/dir/sub b/dir/sub', 'new file mode 100644', 'index 0000000..992913c'];
  const hunk = ['--- /dev/null', '+++ b/dir/sub', '@@ -0,0 +1,8 @@', '+A', '+B'];
  const step = (body: string[], tail: string[] = []): string =>
    [
      '##[group]Run ./generate.sh && git diff --exit-code',
      './generate.sh && git diff --exit-code',
      '##[endgroup]',
      ...body,
      ...tail,
      '##[error]Process completed with exit code 1.',
    ].join('\n');
  const keys = (log: string): string[] =>
    evidencePieces(scanText(log, defaultRuleSet()), defaultRuleSet(), undefined).map((p) => p.key);

  test('a failed step ending on a unified diff is a quality gate', () => {
    expect(keys(step([...diff, ...hunk]))).toContain('rule:unified-diff@end');
    expect(classify({ log: step([...diff, ...hunk]) })).toMatchObject({
      type: 'quality-gate',
      rule: 'unified-diff',
    });
  });

  test('the same diff far before the exit, or in a log with no failed step, is no evidence', () => {
    const after = Array.from({ length: 70 }, (_, i) => `generated file ${i}`);
    expect(keys(step([...diff, ...hunk], after)).filter((k) => k.startsWith('rule:unified-diff'))).toEqual(
      [],
    );
    expect(keys([...diff, ...hunk].join('\n')).filter((k) => k.startsWith('rule:unified-diff'))).toEqual([]);
  });
});

describeIfCorpus('weighing a real log', () => {
  test('SwiftyJSON: the compile error in the last lines before the exit outweighs the XCTest failure', () => {
    const log = corpusLogText('d0609');
    const ruleSet = defaultRuleSet();
    const scan = scanText(log, ruleSet);
    expect(evidencePieces(scan, ruleSet, scan.command).map((p) => p.type)).toEqual(
      expect.arrayContaining(['build', 'test']),
    );
    expect(classify({ log })).toMatchObject({ type: 'build' });
  });
});

describe("go test's word that a package's tests never ran (go-build-failed, beforeTests)", () => {
  // go 1.19.8 run here: `go test ./...` on a module whose package broken declares a name twice (or whose test
  // imports a package no module provides) beside a package whose test fails.
  const built = [
    '# example.com/app/broken [example.com/app/broken.test]',
    'broken/other.go:3:7: DefaultLanguage redeclared in this block',
    '\tbroken/broken.go:3:7: other declaration of DefaultLanguage',
    'FAIL\texample.com/app/broken [build failed]',
  ];
  const tested = [
    '--- FAIL: TestLocalize (0.00s)',
    '    i18n_test.go:7: got "hallo", want "hello"',
    'FAIL',
    'FAIL\texample.com/app/i18n\t0.015s',
    'FAIL',
  ];
  const run = (lines: string[]): string =>
    [
      '##[group]Run go test ./...',
      'go test ./...',
      '##[endgroup]',
      ...lines,
      '##[error]Process completed with exit code 2.',
    ].join('\n');
  // As a fold that never saw the shape measures it: the go lines were labelled a test as often as a build, the
  // failed test's line measured sure.
  const fold: Weights = {
    'rule:go-build-failed@end': measured(3, 2),
    'rule:go-build-failed': measured(3, 2),
    'rule:go-compile-error@end': measured(3, 2),
    'rule:go-compile-error': measured(3, 2),
    'rule:go-test@end': measured(16, 16),
    'rule:go-test': measured(16, 16),
  };
  const weighed = (log: string): ReturnType<typeof weigh> => {
    const ruleSet = defaultRuleSet();
    const scan = scanText(log, ruleSet);
    return weigh(evidencePieces(scan, ruleSet, scan.command), fold);
  };

  test("a package that did not compile outranks another package's failed test, and shows the compiler's line", () => {
    const v = weighed(run([...built, ...tested]));
    expect(v?.piece.type).toBe('build');
    expect(v?.piece.evidence.text).toBe('broken/other.go:3:7: DefaultLanguage redeclared in this block');
  });

  test('a compile error alone, without go test saying a package failed to build, stays weighed', () => {
    // The same weak compiler line with no `[build failed]`: the sure test failure wins.
    expect(weighed(run([...built.slice(0, 3), ...tested]))?.piece.type).toBe('test');
  });

  test("`[setup failed]`: the test's imports did not load, its tests never ran", () => {
    const setup = [
      '# example.com/app/setup',
      'setup/s_test.go:5:2: no required module provides package example.com/app/missing; to add it:',
      '\tgo get example.com/app/missing',
      'FAIL\texample.com/app/setup [setup failed]',
    ];
    expect(weighed(run([...setup, ...tested]))?.piece.type).not.toBe('test');
  });
});
