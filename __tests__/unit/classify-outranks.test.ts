/**
 * Precedence as data (rules/README.md): a rule's `outranks` names the rules that record no hit on a line it
 * matches too. Proven on each outranking rule's own lines (published and corpus examples) through the scanner,
 * and on the rule file's validation.
 */
import {
  compileRules,
  defaultRuleSet,
  examplesOf,
  normalizeLine,
  scanText,
  validateRuleFile,
} from '../../src/core/classify/index.js';
import type { RuleFile, RuleSpec } from '../../src/core/classify/index.js';
import type { CompiledRule } from '../../src/core/classify/rules.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import { exampleLine } from '../corpus.js';

const ruleSet = defaultRuleSet();
const byId = (id: string): CompiledRule => {
  const rule = ruleSet.rules.find((r) => r.spec.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

/** Each rule's own lines: its published texts and its corpus positives (from the fixtures off the corpus). */
function ownLines(spec: RuleSpec): string[] {
  return [
    ...(examplesOf(spec).published ?? []).map((p) => p.text),
    ...examplesOf(spec).positive.map(({ log, line }) => exampleLine(log, line)),
  ];
}

const pairs = ruleSet.rules.flatMap((rule) =>
  (rule.spec.outranks ?? []).map((id) => ({ by: rule, beaten: byId(id) })),
);

describe('outranks: a line two rules match is the outranking rule’s alone', () => {
  test('the shipped rules declare precedence as data', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  test.each(pairs.map((p) => [p.by.spec.id, p.beaten.spec.id, p] as const))(
    '%s outranks %s on its own lines',
    (_by, _beaten, { by, beaten }) => {
      // Only the lines whose text the outranked rule's pattern matches as well test precedence.
      // A line published with the lines above it (a rule of one package's failure, `package`) is the last.
      const lastOf = (t: string): string => normalizeLine(t.split('\n').at(-1) ?? '');
      const contested = ownLines(by.spec).filter((t) => beaten.re.test(lastOf(t)));
      expect(contested.length).toBeGreaterThan(0);
      for (const text of contested) {
        const scan = scanText(text, ruleSet);
        const at = text.split('\n').length;
        expect(scan.last[by.index]).toEqual({ line: at, text: lastOf(text) });
        if (at === 1) expect(scan.counts[beaten.index]).toBe(0);
        else expect(scan.last[beaten.index]?.line ?? 0).toBeLessThan(at);
      }
    },
  );

  test('an outranked rule still speaks on lines its outranking rule does not match', () => {
    // tsc's compile error is compiler-error's; its option error (TS5023) is tsconfig-invalid's alone.
    const compile = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    const option = "tsconfig.json(1,21): error TS5023: Unknown compiler option 'foo'.";
    const scan = scanText(`${compile}\n${option}\n`, ruleSet);
    expect(scan.first[byId('compiler-error').index]?.line).toBe(1);
    expect(scan.last[byId('compiler-error').index]?.line).toBe(1);
    expect(scan.first[byId('tsconfig-invalid').index]?.line).toBe(2);
    // The step's own hits follow the same precedence as the whole log's.
    expect(scan.counts[byId('compiler-error').index]).toBe(1);
  });

  test('without the outranks entry the same line is both rules’ (the data, not a pattern, decides)', () => {
    const file = structuredClone(ruleFile) as RuleFile;
    for (const r of file.rules) if (r.id === 'tsconfig-invalid') delete r.outranks;
    const plain = compileRules(validateRuleFile(file));
    const index = plain.rules.findIndex((r) => r.spec.id === 'compiler-error');
    const scan = scanText("tsconfig.json(1,21): error TS5023: Unknown compiler option 'foo'.", plain);
    expect(scan.first[index]?.line).toBe(1);
  });
});

describe('outranks is checked when the rule file loads', () => {
  const withOutranks = (edit: (rules: RuleSpec[]) => void): (() => RuleFile) => {
    const file = structuredClone(ruleFile) as RuleFile;
    edit(file.rules);
    return () => validateRuleFile(file);
  };
  const rule = (rules: RuleSpec[], id: string): RuleSpec => rules.find((r) => r.id === id) as RuleSpec;

  test('an id that names no rule fails, naming both', () => {
    expect(withOutranks((rules) => (rule(rules, 'tsconfig-invalid').outranks = ['no-such-rule']))).toThrow(
      "rule 'tsconfig-invalid': outranks 'no-such-rule', which is no other rule's id",
    );
  });

  test('a rule outranking itself fails', () => {
    expect(withOutranks((rules) => (rule(rules, 'xctest').outranks = ['xctest']))).toThrow(
      "rule 'xctest': outranks 'xctest'",
    );
  });

  test('two rules outranking each other, even round a loop, fail', () => {
    expect(
      withOutranks((rules) => {
        rule(rules, 'compiler-error').outranks = ['generic-compiler-diagnostic'];
        rule(rules, 'generic-compiler-diagnostic').outranks = ['xctest'];
      }),
    ).toThrow('outranks loop: xctest > compiler-error > generic-compiler-diagnostic > xctest');
  });

  test('an empty list fails', () => {
    expect(withOutranks((rules) => (rule(rules, 'xctest').outranks = []))).toThrow(
      "rule 'xctest': outranks is a non-empty list of rule ids",
    );
  });
});
