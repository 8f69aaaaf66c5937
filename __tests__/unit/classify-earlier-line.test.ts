/**
 * A rule whose line means its type only if (`after`) or unless (`unlessAfter`) an earlier line of the same
 * step says something (rules/README.md; issue 68: pip's `from versions: none` after its retries ran out, Gradle's
 * daemon gone after `JVM crash log found:`). The condition's keywords join the automaton and the step keeps
 * where it first saw each, in the one pass: an earlier line of another step, the same line and a later line do
 * not count.
 */
import { compileRules, scanText, validateRuleFile } from '../../src/core/classify/index.js';
import type { RuleFile, RuleSpec } from '../../src/core/classify/index.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import { actionsStep, jobLog } from '../classify-logs.js';

const CONDITION = { pattern: '^widget cache is (?:stale|gone)$', keywords: ['widget cache is'] };
const rule = (id: string, fields: Partial<RuleSpec>): RuleSpec => ({
  id,
  type: 'network',
  confidence: 'medium',
  pattern: '^frobnicate failed: (?:no widgets|widget cache is stale)$',
  keywords: ['frobnicate failed'],
  examples: {
    positive: [],
    negative: [],
    published: [{ from: 'this test', text: 'frobnicate failed: no widgets' }],
  },
  ...fields,
});
const file = (rules: RuleSpec[]): RuleFile => {
  const shipped = ruleFile as unknown as RuleFile;
  return { ...shipped, rules: [...shipped.rules, ...rules] };
};
// `evidence`: a line its keywords select without its pattern matching may state its cause (RuleSpec evidence).
const EVIDENCE = { evidence: '^frobnicate failed: ' };
const ruleSet = compileRules(
  validateRuleFile(
    file([
      rule('test-after', { after: CONDITION, ...EVIDENCE }),
      rule('test-unless-after', { unlessAfter: CONDITION, ...EVIDENCE }),
    ]),
  ),
);
const indexOf = (id: string): number => ruleSet.rules.findIndex((r) => r.spec.id === id);
const AFTER = indexOf('test-after');
const UNLESS = indexOf('test-unless-after');

/** Which of the two rules recorded a hit in the log, and how many lines each matched. */
function fired(lines: string[]): { after: number; unless: number } {
  const scan = scanText(jobLog(lines), ruleSet);
  return { after: scan.counts[AFTER] ?? 0, unless: scan.counts[UNLESS] ?? 0 };
}

const FAILED = 'frobnicate failed: no widgets';
const STALE = 'widget cache is stale';

describe('a rule conditioned on an earlier line of its step (after, unlessAfter)', () => {
  test('an earlier line of the same step: `after` speaks, `unlessAfter` does not', () => {
    expect(fired(actionsStep({ run: 'frob' }, ['starting', STALE, 'working', FAILED], 1))).toEqual({
      after: 1,
      unless: 0,
    });
  });

  test('no such line: `unlessAfter` speaks, `after` does not', () => {
    expect(fired(actionsStep({ run: 'frob' }, ['starting', FAILED], 1))).toEqual({ after: 0, unless: 1 });
  });

  test('a later line does not count', () => {
    expect(fired(actionsStep({ run: 'frob' }, [FAILED, STALE], 1))).toEqual({ after: 0, unless: 1 });
  });

  test('the same line does not count as earlier', () => {
    // The line holds the condition's words and the rule's: it is no earlier line of itself.
    expect(fired(actionsStep({ run: 'frob' }, ['frobnicate failed: widget cache is stale'], 1))).toEqual({
      after: 0,
      unless: 1,
    });
  });

  test('an earlier line in another step does not count: each step starts with none seen', () => {
    const lines = [
      ...actionsStep({ run: 'warm' }, ['warming', STALE]),
      ...actionsStep({ run: 'frob' }, ['starting', FAILED], 1),
    ];
    expect(fired(lines)).toEqual({ after: 0, unless: 1 });
  });

  test('a line the condition keywords select but its pattern does not match does not count', () => {
    expect(fired(actionsStep({ run: 'frob' }, ['widget cache is fine', FAILED], 1))).toEqual({
      after: 0,
      unless: 1,
    });
  });

  test('the first line seen stands for the step: hits after it count, whatever follows', () => {
    const lines = actionsStep({ run: 'frob' }, [FAILED, STALE, FAILED, 'widget cache is gone', FAILED], 1);
    expect(fired(lines)).toEqual({ after: 2, unless: 1 });
  });

  test("a cause line (evidence) counts only where the rule's conditions hold, as its hits do", () => {
    // `frobnicate failed: too many widgets` is selected by the keyword and states a cause, but no pattern match.
    const said = (lines: string[]): { after: boolean; unless: boolean } => {
      const scan = scanText(jobLog(actionsStep({ run: 'frob' }, lines, 1)), ruleSet);
      return { after: scan.cause[AFTER] !== undefined, unless: scan.cause[UNLESS] !== undefined };
    };
    expect(said(['frobnicate failed: too many widgets'])).toEqual({ after: false, unless: true });
    expect(said([STALE, 'frobnicate failed: too many widgets'])).toEqual({ after: true, unless: false });
  });

  test('a log without steps is one step: its earlier lines count', () => {
    const scan = scanText([STALE, FAILED].join('\n'), ruleSet);
    expect(scan.counts[AFTER]).toBe(1);
    expect(scan.counts[UNLESS]).toBe(0);
  });

  test('rules sharing a condition share its matcher: one more keyword list, not two', () => {
    expect(ruleSet.conditions).toHaveLength(compileRules(validateRuleFile(ruleFile)).conditions.length + 1);
    expect(ruleSet.rules[AFTER]?.after).toBe(ruleSet.rules[UNLESS]?.unlessAfter);
  });
});

describe('a condition that ends (until)', () => {
  const ENDED = {
    ...CONDITION,
    until: { pattern: '^widget cache rebuilt$', keywords: ['widget cache rebuilt'] },
  };
  const ends = compileRules(
    validateRuleFile(
      file([
        rule('test-after-until', { after: ENDED }),
        rule('test-unless-after-until', { unlessAfter: ENDED }),
      ]),
    ),
  );
  const at = (id: string): number => ends.rules.findIndex((r) => r.spec.id === id);
  const hits = (lines: string[]): { after: number; unless: number } => {
    const scan = scanText(jobLog(actionsStep({ run: 'frob' }, lines, 1)), ends);
    return {
      after: scan.counts[at('test-after-until')] ?? 0,
      unless: scan.counts[at('test-unless-after-until')] ?? 0,
    };
  };
  const REBUILT = 'widget cache rebuilt';

  test('between the condition and its end the condition holds; after its end it no longer does', () => {
    expect(hits([STALE, FAILED, REBUILT, FAILED])).toEqual({ after: 1, unless: 1 });
  });

  test('an end before the condition ends nothing', () => {
    expect(hits([REBUILT, STALE, FAILED])).toEqual({ after: 1, unless: 0 });
  });

  test('an end has no end of its own', () => {
    expect(() =>
      validateRuleFile(file([rule('test-bad', { after: { ...CONDITION, until: ENDED } })])),
    ).toThrow(/after: until: unknown field 'until'/);
  });
});

describe('the loader checks a condition as it checks a rule', () => {
  const loads =
    (fields: Record<string, unknown>): (() => unknown) =>
    () =>
      validateRuleFile(file([rule('test-bad', fields)]));

  test.each([
    [
      'an unknown field in the condition',
      { after: { ...CONDITION, before: true } },
      /after: unknown field 'before'/,
    ],
    ['no keywords', { unlessAfter: { pattern: 'x' } }, /unlessAfter needs keywords/],
    [
      'an upper-case keyword',
      { after: { pattern: 'x', keywords: ['JVM'] } },
      /keyword 'JVM' must be lower-case/,
    ],
    ['no RegExp', { after: { pattern: '(', keywords: ['x'] } }, /after: pattern must be a RegExp source/],
    ['a flag other than i', { after: { ...CONDITION, flags: 'g' } }, /after: flags may only be 'i'/],
    ['a list, not an object', { after: [CONDITION] }, /after is \{ pattern, keywords \}/],
    [
      'a misspelt field of the rule',
      { unlesAfter: CONDITION },
      /rule 'test-bad': unknown field 'unlesAfter'/,
    ],
  ])('%s fails to load', (_what, fields, message) => {
    expect(loads(fields)).toThrow(message);
  });

  test('a well-formed condition loads', () => {
    expect(loads({ after: { ...CONDITION, flags: 'i' } })).not.toThrow();
  });
});
