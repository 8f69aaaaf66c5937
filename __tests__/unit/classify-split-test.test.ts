/**
 * A rule's pattern split into its `^`-anchored and floating alternatives answers exactly as the whole pattern.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRuleSet } from '../../src/core/classify/index.js';
import { normalizeLine } from '../../src/core/classify/normalize.js';
import { alternatives, splitTest } from '../../src/core/classify/split-test.js';
import { describeIfCorpus } from '../corpus.js';
import { corpusRoot as corpus } from '../../stand/services/paths.js';

test('top-level alternatives keep escapes, classes and groups whole', () => {
  expect(alternatives('^a\\|b|[|(]c|(?:d|e)f|g')).toEqual(['^a\\|b', '[|(]c', '(?:d|e)f', 'g']);
});

test('anchored alternatives match at the start only, floating ones anywhere, as in the whole pattern', () => {
  const pattern = '^\\S+\\.c:\\d+: error|undefined reference to|^FAIL ';
  const re = new RegExp(pattern);
  const test = splitTest(pattern, '', re);
  const lines = [
    'src/a.c:12: error: x',
    'in src/a.c:12: error: x',
    'main.o: undefined reference to `f`',
    'FAIL src/x.test.ts',
    '  FAIL src/x.test.ts',
    'nothing here',
  ];
  expect(lines.map(test)).toEqual([true, false, true, true, false, false]);
  expect(lines.map(test)).toEqual(lines.map((l) => re.test(l)));
  // Case-insensitive patterns keep their flag in both halves.
  expect(splitTest('^error|warning', 'i', /^error|warning/i)('ERROR: x')).toBe(true);
});

test('a pattern with a back-reference is not split (its groups would be renumbered)', () => {
  const pattern = '^(a)x\\1|(b)y\\2';
  const re = new RegExp(pattern);
  const test = splitTest(pattern, '', re);
  for (const line of ['axa', 'byb', 'by\u0002', 'zbyb']) expect(test(line)).toBe(re.test(line));
});

describeIfCorpus('on the tool samples', () => {
  test('every shipped rule answers the same split and whole on every line', () => {
    const dir = path.join(corpus, 'tools');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').map(normalizeLine));
    let matched = 0;
    for (const rule of defaultRuleSet().rules) {
      const test = rule.test ?? ((t: string) => rule.re.test(t));
      for (const line of lines) {
        const whole = rule.re.test(line);
        if (whole) matched++;
        if (test(line) !== whole) throw new Error(`${rule.spec.id} differs on ${JSON.stringify(line)}`);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
