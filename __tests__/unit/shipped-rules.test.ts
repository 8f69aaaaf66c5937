/**
 * The bundle's copy of the rules without their documentation (scripts/shipped-rules.ts), and the rule file's
 * examples checked where they still are (validateRuleDocs): at build and here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ruleData from '../../rules/log-rules.json' with { type: 'json' };
import { DOC_FIELDS, examplesOf, validateRuleDocs, validateRuleFile } from '../../src/core/classify/index.js';
import type { RuleFile } from '../../src/core/classify/index.js';
import { ruleLiterals, trimRuleLiterals, withoutDocs } from '../../scripts/shipped-rules.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = (): RuleFile => structuredClone(ruleData) as RuleFile;

describe('validateRuleDocs', () => {
  test('holds for rules/log-rules.json', () => {
    expect(() => validateRuleDocs(file())).not.toThrow();
  });

  test('names a rule without examples', () => {
    const broken = file();
    const rule = broken.rules[3] as RuleFile['rules'][number];
    delete rule.examples;
    expect(() => validateRuleDocs(broken)).toThrow(
      `rule '${rule.id}' needs examples.positive and examples.negative`,
    );
  });

  test('names a rule whose published examples are not a list', () => {
    const broken = file();
    const rule = broken.rules[0] as RuleFile['rules'][number];
    rule.examples = { ...examplesOf(rule), published: 'a line' as never };
    expect(() => validateRuleDocs(broken)).toThrow(`rule '${rule.id}': examples.published is a list`);
  });

  test('names a command with no positive example, corpus or published', () => {
    const broken = file();
    const command = broken.commands[0] as RuleFile['commands'][number];
    command.examples = { positive: [], negative: examplesOf(command).negative };
    expect(() => validateRuleDocs(broken)).toThrow(`rule '${command.id}' needs a positive example`);
  });
});

describe('withoutDocs', () => {
  test('takes out why and examples only, and the classifier still loads it', () => {
    const bare = withoutDocs(file());
    const entries = [...bare.rules, ...bare.success, ...bare.stepEnds, ...bare.commands];
    expect(entries).toHaveLength(
      ruleData.rules.length + ruleData.success.length + ruleData.stepEnds.length + ruleData.commands.length,
    );
    for (const entry of entries) for (const field of DOC_FIELDS) expect(entry).not.toHaveProperty(field);
    expect(bare.rules.map((r) => [r.id, r.pattern, r.type])).toEqual(
      ruleData.rules.map((r) => [r.id, r.pattern, r.type]),
    );
    expect(() => validateRuleFile(bare)).not.toThrow();
    expect(() => examplesOf(bare.rules[0] as RuleFile['rules'][number])).toThrow(/bundle's copy/);
  });

  test("keeps a top-level field it does not know, so the classifier's reading of a new one is not lost", () => {
    const grown = { ...file(), later: ['kept'] } as RuleFile & { later: string[] };
    expect((withoutDocs(grown) as typeof grown).later).toEqual(['kept']);
  });
});

describe('trimRuleLiterals', () => {
  const small = {
    rules: [
      {
        id: 'r',
        type: 'test',
        confidence: 'high',
        pattern: "it's \\d+ «x»",
        keywords: ['x'],
        why: 'w',
        examples: {},
      },
    ],
    success: [],
    stepEnds: [],
    commands: [],
  };
  // As ncc writes a JSON import: single-quoted, quotes and backslashes escaped.
  const literal = `'${JSON.stringify(small).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const chunk = `const other = JSON.parse('{"why":"kept"}');\nconst rules = JSON.parse(${literal});\nreturn [other, rules];`;

  test('writes the rule file again without its documentation, and nothing else', () => {
    const { text, found } = trimRuleLiterals('chunk.js', chunk);
    expect(found).toBe(1);
    const [other, rules] = runInNewContext(`(() => { ${text} })()`) as [unknown, RuleFile];
    expect(other).toEqual({ why: 'kept' });
    expect(rules.rules[0]).toEqual({
      id: 'r',
      type: 'test',
      confidence: 'high',
      pattern: "it's \\d+ «x»",
      keywords: ['x'],
    });
    expect(text.startsWith(`const other = JSON.parse('{"why":"kept"}');\nconst rules = JSON.parse(`)).toBe(
      true,
    );
  });

  test('leaves a chunk without the rule file as it is', () => {
    expect(trimRuleLiterals('chunk.js', 'return JSON.parse(\'{"a":1}\');')).toEqual({
      text: 'return JSON.parse(\'{"a":1}\');',
      found: 0,
    });
  });
});

describe("dist/'s copy of the rules", () => {
  test('is in one chunk, with every rule and no why or examples', () => {
    const dist = path.join(repoRoot, 'dist');
    const copies = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => ruleLiterals(name, readFileSync(path.join(dist, name), 'utf8')));
    expect(copies).toHaveLength(1);
    const shipped = copies[0]?.file as RuleFile;
    const entries = [...shipped.rules, ...shipped.success, ...shipped.stepEnds, ...shipped.commands];
    expect(shipped.rules.map((r) => r.id)).toEqual(ruleData.rules.map((r) => r.id));
    const documented = entries.filter((e) => DOC_FIELDS.some((field) => field in e)).map((e) => e.id);
    expect(documented).toEqual([]);
  });
});
