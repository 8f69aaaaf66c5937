/**
 * What the scanner asks less, for the same answers: a rule's evidence pattern (RuleSpec evidence) is not asked
 * again once the step and the log hold its cause, a line without the rule's guard literals is asked its
 * anchored alternatives alone when each of its floating ones is the pattern's (rules.ts guardedEvidence), and a
 * line the pattern was asked of and did not match only the evidence's alternatives the pattern lacks
 * (rules.ts evidenceBeyondPattern). An
 * anchored alternative of the form `^(?!…).*literal` is asked only of a line holding its literal (split-test.ts
 * neededLiteral).
 */
import { jest } from '@jest/globals';
import { compileRules, scanText } from '../../src/core/classify/index.js';
import type { RuleFile, RuleSpec } from '../../src/core/classify/index.js';
import { evidenceBeyondPattern } from '../../src/core/classify/rules.js';
import { normalizeLine } from '../../src/core/classify/normalize.js';
import { neededLiteral, sourcesAtStart, splitSources } from '../../src/core/classify/split-test.js';

const EVIDENCE = '^FAIL: |undefined reference to';

function ruleFile(evidence: string, more: Partial<RuleSpec> = {}): RuleFile {
  return {
    rules: [
      {
        id: 'guarded',
        type: 'build',
        confidence: 'high',
        pattern: '^FAIL: |undefined reference to|ld returned \\d+ exit status',
        keywords: ['error', 'fail', 'ld returned'],
        evidence,
        examples: { positive: [], negative: [] },
        ...more,
      },
    ],
    success: [],
    stepEnds: [],
    commands: [],
  };
}

describe("a rule's evidence", () => {
  const lines = [
    'error: undefined reference to x',
    'error: nothing to see',
    'FAIL: error',
    'error: FAIL: not at the start',
    'error: ld returned 1 exit status',
    // stripLine takes these lines' text out of their middle: the automaton's bytes do not show the literal.
    'error: undefined\u001b[31m reference to',
    'error: undefined\u0000reference to',
    'error: undefined \u2039reference\u203a to',
  ];

  test("each line's cause is what the evidence says of its text", () => {
    const ruleSet = compileRules(ruleFile(EVIDENCE));
    expect(ruleSet.rules[0]?.evidenceAtStart).toBeDefined();
    const caused = lines.map((line) => scanText(line, ruleSet).cause[0] !== undefined);
    expect(caused).toEqual([true, false, true, false, false, true, true, true]);
    expect(caused).toEqual(lines.map((line) => new RegExp(EVIDENCE).test(normalizeLine(line))));
  });

  test('a plain line without the guard literals is not asked the whole evidence', () => {
    const ruleSet = compileRules(ruleFile(EVIDENCE));
    const evidence = ruleSet.rules[0]?.evidence;
    if (!evidence) throw new Error('no evidence');
    const asked = jest.spyOn(evidence, 'test');
    scanText('error: nothing to see\nerror: FAIL: not at the start', ruleSet);
    expect(asked).not.toHaveBeenCalled();
  });

  test('once the step and the log hold its cause, it is asked no more', () => {
    const ruleSet = compileRules(ruleFile(EVIDENCE));
    const evidence = ruleSet.rules[0]?.evidence;
    if (!evidence) throw new Error('no evidence');
    const asked = jest.spyOn(evidence, 'test');
    const scan = scanText(
      'error: undefined reference to x\nerror: undefined reference to y\nerror: undefined reference to z',
      ruleSet,
    );
    expect(asked.mock.calls).toEqual([['error: undefined reference to x']]);
    expect(scan.cause[0]).toEqual({ line: 1, text: 'error: undefined reference to x' });
    expect(scan.counts[0]).toBe(3);
  });

  test('an evidence with a floating alternative the pattern lacks is asked whole, whatever the guard', () => {
    const ruleSet = compileRules(ruleFile('^FAIL: |nothing to see'));
    expect(ruleSet.rules[0]?.evidenceAtStart).toBeUndefined();
    expect(scanText('error: nothing to see', ruleSet).cause[0]).toEqual({
      line: 1,
      text: 'error: nothing to see',
    });
  });
});

describe("a rule's evidence on a line its pattern did not match", () => {
  // Two alternatives the pattern has, and two it lacks (one anchored, one floating).
  const EVIDENCE_BEYOND = '^FAIL: |undefined reference to|^E: cannot|\\bld: cannot find -l\\S+';
  const lines = [
    'error: undefined reference to x',
    'FAIL: error',
    'error: ld: cannot find -lfoo',
    'E: cannot open error',
    'error: ld returned 1 exit status',
    'error: nothing to see',
    'error: FAIL: not at the start',
  ];

  test('answers as the whole evidence does, on every line the pattern does not match', () => {
    const pattern = '^FAIL: |undefined reference to|ld returned \\d+ exit status';
    const beyond = evidenceBeyondPattern(pattern, EVIDENCE_BEYOND, '');
    if (!beyond) throw new Error('no test of the alternatives beyond the pattern');
    const unmatched = lines.filter((line) => !new RegExp(pattern).test(line));
    expect(unmatched.length).toBe(4);
    expect(unmatched.map(beyond)).toEqual(unmatched.map((l) => new RegExp(EVIDENCE_BEYOND).test(l)));
    expect(unmatched.map(beyond)).toEqual([true, true, false, false]);
  });

  test('is never true when the pattern has each of its alternatives', () => {
    expect(evidenceBeyondPattern('a+|b|c', 'c|a+', '')?.('xaac')).toBe(false);
  });

  test('is not split where a back-reference or a stateful flag would make it differ', () => {
    // In the pattern, `(b)\\1` names the first alternative's group; alone, its own.
    expect(evidenceBeyondPattern('(a)x|(b)\\1', '(b)\\1|y', '')).toBeUndefined();
    expect(evidenceBeyondPattern('ab|c', '(c)\\1|d', '')).toBeUndefined();
    expect(evidenceBeyondPattern('ab|c', 'c|d', 'g')).toBeUndefined();
    // A back-reference in another of the pattern's alternatives leaves the shared ones as they are.
    const beyond = evidenceBeyondPattern('(a)\\1|b', 'b|c', '');
    expect(['c', 'xb', 'aa'].map((l) => beyond?.(l))).toEqual([true, false, false]);
  });

  test('the scan records the same causes without asking the whole evidence', () => {
    const ruleSet = compileRules(ruleFile(EVIDENCE_BEYOND));
    const evidence = ruleSet.rules[0]?.evidence;
    if (!evidence) throw new Error('no evidence');
    const caused = lines.map((line) => scanText(line, ruleSet).cause[0] !== undefined);
    expect(caused).toEqual(lines.map((line) => evidence.test(line)));
    const asked = jest.spyOn(evidence, 'test');
    // Lines the pattern does not match first (a cause found would stop the asking, whatever the pattern said).
    const scan = scanText(
      'error: nothing to see\nerror: ld returned 1 exit status\nE: cannot open error\nFAIL: error',
      ruleSet,
    );
    // Asked of the line the pattern matched (a hit's cause); the others got the alternatives it lacks, and
    // once line 3 stated the cause, no more.
    expect(asked.mock.calls).toEqual([['error: ld returned 1 exit status']]);
    expect(scan.cause[0]).toEqual({ line: 3, text: 'E: cannot open error' });
    expect(scan.counts[0]).toBe(2);
  });

  test('a line the pattern is not asked of (its package not said) is asked the whole evidence', () => {
    const ruleSet = compileRules(ruleFile(EVIDENCE_BEYOND, { package: 'own' }));
    expect(scanText('error: undefined reference to x', ruleSet)).toMatchObject({
      counts: [0],
      cause: [{ line: 1, text: 'error: undefined reference to x' }],
    });
  });
});

describe('an anchored alternative that searches the line', () => {
  test('needs the literal after its lookaheads and its .*', () => {
    expect(neededLiteral('^(?!.*\\blocalhost\\b)(?!x: \\[\\d+\\]).*Connection refused')).toBe(
      'Connection refused',
    );
    expect(neededLiteral('(?:^(?!verifying \\S+: bad).*checksum mismatch)')).toBe('checksum mismatch');
    expect(neededLiteral('^.*?Could not transfer\\. artifact')).toBe('Could not transfer. artifact');
    // A quantifier makes the last character optional; a class, escape or group ends the literal.
    expect(neededLiteral('^.*timeouts?')).toBe('timeout');
    expect(neededLiteral('^.*read (?:timed )?out')).toBe('read ');
    expect(neededLiteral('^.*ab\\d')).toBeUndefined();
    // Not that shape: anchored at the line's start, or floating.
    expect(neededLiteral('^FAIL: .*Connection refused')).toBeUndefined();
    expect(neededLiteral('.*Connection refused')).toBeUndefined();
  });

  test('answers as its regex on lines with and without the literal', () => {
    const searching =
      '^(?!.*\\b(?:localhost|127\\.0\\.0\\.1)\\b).*Connection refused|^(?!verifying \\S+: checksum mismatch).*checksum mismatch';
    const lines = [
      'curl: (7) Connection refused',
      'localhost: Connection refused',
      'ssl: certificate verify failed',
      'sha256 checksum mismatch',
      'verifying x: checksum mismatch',
      'E: x',
      ' E: x',
      'Connection\u2028refused',
    ];
    // With an anchored alternative of another shape (`^E: x`), the regex alone answers.
    for (const pattern of [searching, `${searching}|^E: x`]) {
      const atStart = sourcesAtStart(splitSources(`${pattern}|floating`, ''), '');
      if (!atStart) throw new Error('no anchored test');
      expect(lines.map(atStart)).toEqual(lines.map((l) => new RegExp(pattern).test(l)));
    }
    const atStart = sourcesAtStart(splitSources(`${searching}|floating`, ''), '');
    expect(lines.map((l) => atStart?.(l))).toEqual([true, false, false, true, false, false, false, false]);
  });
});
