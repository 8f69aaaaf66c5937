/**
 * Lines a rule's own pattern was written for, which its keywords never let through to it (the keyword walk,
 * scripts/keyword-soundness.ts, named them): the automaton decodes a line only when one of a rule's keywords is
 * on it, so these forms were never read. Each line is the pattern's own alternative, filled in.
 */
import { defaultRuleSet } from '../../src/core/classify/index.js';
import { ruleFires } from '../classify-logs.js';

describe("a line each rule's pattern matches reaches the rule", () => {
  test.each([
    ['job-time-limit', 'Timeout (30m) exceeded'],
    ['job-time-limit', 'Timeout (30 minutes) exceeded'],
    ['junit-summary', 'There was 1 error:'],
    ['junit-summary', 'There were 2 failures:'],
    [
      'boost-test-failed',
      '*** 1 failure is detected (2 failures expected) in the test module "Master Test Suite"',
    ],
    ['tool-minimum-version', 'Error: hugo v0.120.0 or higher is required for this theme'],
  ])('%s: %s', (id, line) => {
    const rules = defaultRuleSet();
    expect(new RegExp(rules.rules.find((r) => r.spec.id === id)!.spec.pattern).test(line)).toBe(true);
    expect(ruleFires(rules, id, line)).toBe(true);
  });
});
