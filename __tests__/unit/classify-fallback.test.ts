/**
 * The learned fallback (src/core/classify/fallback.ts): where no rule is sure, the failed step's last
 * error-shaped lines are typed by a model learned from the corpus's evidence lines. It never outvotes a rule,
 * never says a transient type (a guess must not spend a retry), says low. That the committed model is what
 * the training script makes from the corpus, byte for byte, is in classify-corpus.test.ts.
 */
import {
  classify,
  compileLexicon,
  compileRules,
  defaultRuleSet,
  scanText,
  validateRuleFile,
} from '../../src/core/classify/index.js';
import { lexiconFile } from '../../src/core/classify/context.js';
import { decodeModel, fallbackVerdict, isErrorShaped, posteriors } from '../../src/core/classify/fallback.js';
import type { FallbackModelFile } from '../../src/core/classify/fallback.js';
import { RECENT_LINES } from '../../src/core/classify/scanner.js';
import { TAIL_REACH } from '../../src/core/classify/scan-result.js';
import {
  countLines,
  fileFromCounts,
  trainFallback,
  withoutLines,
} from '../../src/core/classify/fallback-train.js';
import ruleData from '../../rules/log-rules.json' with { type: 'json' };
import modelFile from '../../rules/fallback-model.json' with { type: 'json' };

const committed = decodeModel(modelFile as FallbackModelFile);

describe('error-shaped lines', () => {
  test('a test its runner marked passed is no candidate, whatever its name says; one marked failed is', () => {
    for (const passed of [
      'PASS src/errors.test.ts',
      '\u2713 handles a network error (3 ms)',
      '\u221a retries on timeout (2 ms)',
      '\u2714 rejects an invalid token',
      '--- PASS: TestTimeout (0.00s)',
      'ok  \tgithub.com/acme/app/errors\t0.012s',
      'ok  \tgithub.com/acme/app/errors\t(cached)',
      'ok 3 - fails over when the primary is unreachable',
      'test errors::tests::missing_file ... ok',
      'tests/test_errors.py::test_timeout PASSED                                [ 50%]',
    ])
      expect([passed, isErrorShaped(passed)]).toEqual([passed, false]);
    for (const failed of [
      'FAIL src/errors.test.ts',
      '\u2715 handles a network error (3 ms)',
      '--- FAIL: TestTimeout (0.00s)',
      'not ok 3 - fails over when the primary is unreachable',
      'test errors::tests::missing_file ... FAILED',
      'tests/test_errors.py::test_timeout FAILED                                [ 50%]',
    ])
      expect([failed, isErrorShaped(failed)]).toEqual([failed, true]);
  });

  test('a failure word makes a candidate; a zero count, an echoed command or a warning does not', () => {
    expect(isErrorShaped('e: file:///w/build.gradle.kts:3:11: Unresolved reference: libs')).toBe(true);
    expect(isErrorShaped('Error (3656): Contract "A" should be marked as abstract.')).toBe(true);
    expect(isErrorShaped('Tests finished: 0 errors, 0 failures')).toBe(false);
    expect(isErrorShaped('Passed!  - Failed:     0, Passed:    11, Skipped:     0, Total:    11')).toBe(
      false,
    );
    expect(isErrorShaped('[ FAIL 0 | WARN 0 | SKIP 0 | PASS 7 ]')).toBe(false);
    expect(isErrorShaped('Tests: 0 failed, Errors: 3')).toBe(true);
    expect(isErrorShaped('$ make check || echo failed')).toBe(false);
    expect(isErrorShaped('WARNING: deprecated option, the build may fail later')).toBe(false);
    expect(isErrorShaped('[ERROR] Re-run Maven using the -X switch to enable full debug logging.')).toBe(
      false,
    );
  });
});

describe('the candidates the scanner keeps', () => {
  const ruleSet = compileRules(validateRuleFile(ruleData), compileLexicon(lexiconFile), {});
  const texts = (log: string[]) => (scanText(log.join('\n'), ruleSet).tail ?? []).map((e) => e.text);

  test('the last six error-shaped lines, oldest first, whatever came between them', () => {
    const log = Array.from({ length: 9 }, (_, i) => [
      `src/a${i}.c:3:5: error: boom ${i}`,
      `src/a${i}.c:4:5: warning: unused variable 'x${i}'`,
    ]).flat();
    expect(texts([...log, 'Tests finished: 0 errors, 0 failures'])).toEqual(
      [3, 4, 5, 6, 7, 8].map((i) => `src/a${i}.c:3:5: error: boom ${i}`),
    );
  });

  test('only among the last RECENT_LINES lines with an error-shape word: a long log costs no shape test per line', () => {
    // A failure word in a zero count: a candidate kept, not error-shaped.
    const counts = (n: number) => Array.from({ length: n }, (_, i) => `suite ${i}: 0 errors`);
    const error = "lib/main.dart:3:5: Error: Undefined name 'foo'.";
    expect(RECENT_LINES).toBe(96);
    expect(texts([error, ...counts(RECENT_LINES - 1)])).toEqual([error]);
    expect(texts([error, ...counts(RECENT_LINES)])).toEqual([]);
  });

  test('only within TAIL_REACH lines of the end', () => {
    const plain = (n: number) => Array.from({ length: n }, (_, i) => `step ${i} done`);
    const error = "lib/main.dart:3:5: Error: Undefined name 'foo'.";
    expect(texts([error, ...plain(TAIL_REACH - 1)])).toEqual([error]);
    expect(texts([error, ...plain(TAIL_REACH)])).toEqual([]);
  });

  test("a line is a candidate by its own words, whichever lines the rules' keywords select", () => {
    // A rule whose keywords select the lines after the error (a loose keyword) leaves the candidates as they were.
    const wideData = structuredClone<typeof ruleData>(ruleData);
    const rule = wideData.rules.find((r) => r.id === 'generic-error') as { keywords: string[] };
    rule.keywords = [...rule.keywords, 'step '];
    const wide = compileRules(validateRuleFile(wideData), compileLexicon(lexiconFile), {});
    const error = "lib/main.dart:3:5: Error: Undefined name 'foo'.";
    const log = [error, ...Array.from({ length: 120 }, (_, i) => `step ${i} done`)].join('\n');
    expect((scanText(log, wide).tail ?? []).map((e) => e.text)).toEqual([error]);
    // An error-shaped line no rule's keywords select.
    expect(texts(['the setting is invalid', 'frobnication panicked', 'ok'])).toEqual([
      'the setting is invalid',
      'frobnication panicked',
    ]);
  });
});

describe('training', () => {
  const lines = [
    { text: 'error: cannot find symbol Foo', type: 'build' as const },
    { text: 'FAILED tests/test_a.py::test_b - AssertionError', type: 'test' as const },
    { text: 'src/a.js: 3:1 error Unexpected console statement no-console', type: 'quality-gate' as const },
  ];
  test('the same lines in any order give byte-identical weights', () => {
    expect(JSON.stringify(trainFallback([...lines].reverse()))).toBe(JSON.stringify(trainFallback(lines)));
  });
  test("a fold's model, the whole's counts less the held-out lines', is the model trained without them", () => {
    const more = [
      ...lines,
      { text: 'ERROR: Could not find a version that satisfies foo', type: 'dependency' as const },
    ];
    const held = [more[1], more[3]] as typeof more;
    const rest = more.filter((l) => !held.includes(l));
    expect(fileFromCounts(withoutLines(countLines(more), held))).toEqual(trainFallback(rest));
    expect(fileFromCounts(withoutLines(countLines(more), held))).not.toEqual(trainFallback(more));
  });
  test('the shipped model is small: 2^13 buckets of one byte per type', () => {
    const file = modelFile as FallbackModelFile;
    expect(Buffer.from(file.weights, 'base64').length).toBe((1 << file.bits) * file.classes.length);
    expect(JSON.stringify(file).length).toBeLessThan(200 * 1024);
  });
});

describe('the verdict', () => {
  test('a transient guess abstains: only rules say a failure will pass on a retry', () => {
    const model = decodeModel(
      trainFallback([
        { text: 'curl: (7) Failed to connect to registry port 443: Connection refused', type: 'network' },
        { text: 'error: cannot find symbol Foo', type: 'build' },
      ]),
    );
    const line = { line: 9, text: 'Failed to connect to mirror port 443: Connection refused' };
    const p = posteriors(model, line.text);
    expect(model.classes[p.indexOf(Math.max(...p))]).toBe('network');
    expect(Math.max(...p)).toBeGreaterThan(0.99);
    expect(fallbackVerdict(model, [line])).toBeUndefined();
  });

  test('never above low, and it reads the latest line it is sure of', () => {
    const found = fallbackVerdict(committed, [
      { line: 1, text: 'FAILED tests/test_io.py::test_read - AssertionError: assert 1 == 2' },
      { line: 2, text: 'e: file:///w/build.gradle.kts:3:11: Unresolved reference: libs' },
    ]);
    expect(found).toMatchObject({ type: 'build', confidence: 'low', evidence: { line: 2 } });
  });

  test('a sure rule is never outvoted: the fallback speaks only where the verdict is unknown', () => {
    const log = [
      "lib/main.dart:3:5: Error: Undefined name 'foo'.",
      'npm ERR! code E404',
      'npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found',
    ].join('\n');
    const result = classify({ log });
    expect(result.rule).not.toBe('fallback:learned');
    expect(result.type).toBe('dependency');
  });

  // Let speak: the committed gate keeps the fallback quiet where it was not measured right (hints.ts).
  const open = { ...defaultRuleSet(), hintGate: () => true };

  test('a Dart compiler error no rule knows is typed build (every rule says unknown)', () => {
    const log = "lib/main.dart:3:5: Error: Undefined name 'foo'.";
    expect(classify({ log }, open)).toMatchObject({
      type: 'build',
      confidence: 'low',
      rule: 'fallback:learned',
    });
  });

  test('lines before a success line were survived: no guess from them', () => {
    const log = ["lib/main.dart:3:5: Error: Undefined name 'foo'.", 'BUILD SUCCESSFUL in 3s'].join('\n');
    expect(classify({ log }, open).rule).not.toMatch(/fallback:learned/);
  });
});
