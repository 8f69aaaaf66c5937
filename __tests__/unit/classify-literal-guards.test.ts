/**
 * The scanner's exact guards: the literals a pattern's floating alternatives cannot match without, and the
 * scanner asking a line only the anchored alternatives when it holds none of them, with every verdict as
 * without the guard.
 */
import { jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileRules, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import type { RuleFile } from '../../src/core/classify/index.js';
import { floatingLiterals } from '../../src/core/classify/literal-guards.js';
import { normalizeLine } from '../../src/core/classify/normalize.js';
import { alternatives } from '../../src/core/classify/split-test.js';
import { describeIfCorpus } from '../corpus.js';
import { corpusRoot as corpus } from '../../stand/services/paths.js';

describe('floatingLiterals', () => {
  test.each([
    // The anchored alternative is asked at line start anyway; the floating one needs its words (their first
    // twelve characters are enough to tell lines apart).
    ['^\\S+\\.c:\\d+: error|undefined reference to', '', ['undefined re']],
    // An atom that may be absent ends the literal before it; one that may repeat, after one copy.
    ['\\d+ problems? \\(', '', [' problem']],
    ['ab{0,2}cdefg', '', ['cdefg']],
    ['abcdx+yz', '', ['abcdx']],
    ['(?:foobar)?bazzz', '', ['bazzz']],
    // A group gives one literal of each of its alternatives; folded to lower case, as the automaton reads.
    ['\\bE(?:CONNRESET|TIMEDOUT)\\b', '', ['econnreset', 'etimedout']],
    // A group of literal alternatives is followed as the texts it can match, a class of one letter's two cases
    // as that letter.
    [
      '(?:[Dd]ownload|[Ff]etch) (?:failed|error).*\\b5\\d\\d',
      '',
      ['download fai', 'download err', 'fetch failed', 'fetch error'],
    ],
    // A group whose alternatives are not all literal gives one literal of each.
    ['x(?:abcde+fg|fghij)', '', ['abcde', 'fghij']],
    ['Read timed out|TLS handshake', 'i', ['read timed o', 'tls handshak']],
    // A lookahead is no part of the match.
    ['(?!foobar)xyzzy', '', ['xyzzy']],
  ])('%s needs one of its literals', (pattern, flags, literals) => {
    expect(floatingLiterals(pattern, flags)).toEqual(literals);
  });

  test.each([
    ['abc\\d+|\\d+x', 'a floating alternative with no literal of five characters'],
    ['\\(\\w+Test\\w*\\)$', 'a literal of four characters, found on too many lines'],
    ['x(?=foobar)', 'a literal only in a lookahead'],
    ['\\u001bfoobar', 'an escape this reader does not know'],
    ['^foo|^bar', 'no floating alternative'],
    ['(a)foo\\1', 'a back-reference'],
    ['(?:foo|\\d)ba', 'a group alternative without a literal'],
  ])('%s has no guard (%s)', (pattern) => {
    expect(floatingLiterals(pattern, '')).toBeUndefined();
  });
});

const GUARDED: RuleFile = {
  rules: [
    {
      id: 'guarded',
      type: 'build',
      confidence: 'high',
      pattern: '^FAIL: |undefined reference to',
      keywords: ['error', 'fail'],
      examples: { positive: [], negative: [] },
    },
  ],
  success: [],
  stepEnds: [],
  commands: [],
};

describe('the scanner with a guarded rule', () => {
  const lines = [
    'error: undefined reference to x',
    'error: nothing to see',
    'FAIL: error',
    'error: FAIL: not at the start',
    // stripLine takes these lines' text out of their middle: the automaton's bytes do not show the literal.
    'error: undefined\u001b]8;;https://x\u0007 reference to',
    'error: undefined\u0000reference to',
    'error: undefined \u2039reference\u203a to',
    'error: half\rerror: undefined reference to\r',
  ];

  test('every line fires as the pattern says on its text', () => {
    const ruleSet = compileRules(GUARDED);
    expect(ruleSet.rules[0]?.guard).toBeDefined();
    const fired = lines.map((line) => scanText(line, ruleSet).first[0] !== undefined);
    expect(fired).toEqual([true, false, true, false, true, true, true, true]);
    expect(fired).toEqual(lines.map((line) => /^FAIL: |undefined reference to/.test(normalizeLine(line))));
  });

  test('a plain line without the literal is not asked the whole pattern', () => {
    const ruleSet = compileRules(GUARDED);
    const rule = ruleSet.rules[0];
    if (!rule?.test) throw new Error('no split test');
    const whole = jest.fn(rule.test);
    rule.test = whole;
    scanText('error: nothing to see\nerror: undefined reference to x', ruleSet);
    expect(whole.mock.calls).toEqual([['error: undefined reference to x']]);
  });
});

describeIfCorpus('on the tool samples and the corpus logs', () => {
  test("every line a shipped rule's floating alternatives match holds one of its literals", () => {
    const dir = path.join(corpus, 'tools');
    const logs = path.join(corpus, 'dev/logs');
    const texts = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8')),
      ...readdirSync(logs)
        .filter((f) => f.endsWith('.log'))
        .slice(0, 300)
        .map((f) => readFileSync(path.join(logs, f), 'utf8')),
    ];
    const lines = texts.flatMap((t) => t.split('\n').map(normalizeLine));
    let guarded = 0;
    let matched = 0;
    for (const rule of defaultRuleSet().rules) {
      const flags = rule.spec.flags ?? '';
      const literals = floatingLiterals(rule.spec.pattern, flags);
      if (!literals) continue;
      guarded++;
      const floating = alternatives(rule.spec.pattern).filter((p) => !p.startsWith('^'));
      const re = new RegExp(floating.map((p) => `(?:${p})`).join('|'), flags);
      for (const line of lines) {
        if (!re.test(line)) continue;
        matched++;
        const lower = line.toLowerCase();
        if (!literals.some((l) => lower.includes(l)))
          throw new Error(`${rule.spec.id} matches ${JSON.stringify(line)} without ${literals.join(', ')}`);
      }
    }
    expect(guarded).toBeGreaterThan(30);
    expect(matched).toBeGreaterThan(100);
  });
});
