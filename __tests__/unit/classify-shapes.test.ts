/**
 * The objects the line reader asks of every line its keywords select have one shape each: every compiled rule
 * and guard the same fields in the same order (rules.ts compileRules), every step's hits all their fields from
 * the start (scan-result.ts freshStep). Built field by field, they took as many shapes as combinations, and the
 * reads of them were megamorphic and made V8 drop its optimised line reader deep into a varied log.
 */
import { defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { LineReader } from '../../src/core/classify/scan-lines.js';
import { freshStep } from '../../src/core/classify/scan-result.js';
import { stripLine } from '../../src/core/classify/normalize.js';

test('every compiled rule, and every guard, has the same fields in the same order', () => {
  const { rules } = defaultRuleSet();
  const shapes = new Set(rules.map((rule) => Object.keys(rule).join()));
  expect([...shapes]).toEqual([
    'spec,index,re,test,guard,outrankedBy,after,unlessAfter,evidence,evidenceAtStart,evidenceUnmatched',
  ]);
  const guards = rules.flatMap((rule) => (rule.guard ? [Object.keys(rule.guard).join()] : []));
  expect(guards.length).toBeGreaterThan(0);
  expect(new Set(guards)).toEqual(new Set(['matcher,atStart']));
  // The fields still say what they said: some rules have each, some not.
  for (const field of ['guard', 'outrankedBy', 'evidence', 'evidenceAtStart', 'evidenceUnmatched'] as const) {
    expect(rules.some((rule) => rule[field] !== undefined)).toBe(true);
    expect(rules.some((rule) => rule[field] === undefined)).toBe(true);
  }
});

test("a step's hits hold their optional fields from the start", () => {
  const step = freshStep(3, 0, 1);
  expect(Object.keys(step)).toEqual([
    'index',
    'from',
    'first',
    'last',
    'cause',
    'commands',
    'recent',
    'told',
    'toldUnder',
    'said',
    'saidLast',
    'packages',
    'seenAt',
    'script',
  ]);
  expect(Object.keys(step.commands)).toEqual(['step', 'failed', 'ran']);
});

test.each([
  ['2026-01-01T10:00:00.0000000Z ', ''],
  ['2026-01-01T10:00:00.0000000Z     [javac] Foo.java:3: error: x', 'Foo.java:3: error: x'],
  ['', ''],
  ['    [javac] a', 'a'],
  [' \t', ''],
])('a line left empty by its prefix, or empty, is read as before: %j', (raw, text) => {
  expect(stripLine(raw)).toBe(text);
});

test('a line reader whose rare fields were written ahead starts reading as a fresh one', () => {
  // LineReader.unsettle writes each field once more: left set, every line would be read in full.
  const ruleSet = defaultRuleSet();
  expect(new LineReader(ruleSet, scanText('', ruleSet)).readsEveryLine).toBe(false);
  const result = scanText('plain line\nanother\n', ruleSet);
  expect(result.lines).toBe(2);
  expect(result.firstFailedStep).toBeUndefined();
});
