/**
 * The rules' pattern shapes are read at build time (rules/pattern-shapes.json) instead of at each start of the
 * CLI: the committed file must be what the code reads now, and a rule set compiled from it must behave as one
 * compiled from the patterns themselves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ruleData from '../../rules/log-rules.json' with { type: 'json' };
import { floatingLiterals } from '../../src/core/classify/literal-guards.js';
import { patternShape, shapeAtStart, shapeKey, shapeTest } from '../../src/core/classify/pattern-shape.js';
import { builtShapes, compileRules, examplesOf, validateRuleFile } from '../../src/core/classify/rules.js';
import { anchoredTest, splitTest } from '../../src/core/classify/split-test.js';
import { renderPatternShapes } from '../../scripts/pattern-shapes.js';
import { exampleLine } from '../corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = validateRuleFile(ruleData);

/** Lines to ask: every rule's published examples and corpus examples, and a few of no rule's. */
function lines(): string[] {
  const out = ['', 'error', 'ERROR: x', '  at foo (bar.js:1:2)', 'Agent was removed', 'npm ERR! code E404'];
  for (const r of [...file.rules]) {
    for (const p of examplesOf(r).published ?? []) out.push(p.text);
    for (const e of [...examplesOf(r).positive, ...examplesOf(r).negative])
      out.push(exampleLine(e.log, e.line));
  }
  return out;
}

describe('rules/pattern-shapes.json', () => {
  test('is what npm run build writes from rules/log-rules.json (run it after a rule or reader change)', () => {
    expect(readFileSync(path.join(root, 'rules/pattern-shapes.json'), 'utf8')).toBe(
      renderPatternShapes(root),
    );
  });

  test('holds every shipped rule, so none is read at start', () => {
    for (const r of file.rules) expect(builtShapes[shapeKey(r.pattern, r.flags ?? '')]).toBeDefined();
  });
});

describe('a pattern shape', () => {
  const patterns: [string, string][] = [
    ...file.rules.map((r): [string, string] => [r.pattern, r.flags ?? '']),
    ['^FAIL: |undefined reference to', ''],
    ['^only anchored$|^this too', 'i'],
    ['floating (\\w+) again \\1|^anchored', ''],
    ['^multi|line flag', 'm'],
    ['(?<w>x) \\k<w>|^y', ''],
  ];
  const asked = lines();

  test.each(patterns)(
    '%s (%s) gives the literals, split and anchored test the readers give',
    (pattern, flags) => {
      const shape = patternShape(pattern, flags);
      const literals = floatingLiterals(pattern, flags);
      expect(shape.literals).toEqual(literals);
      const re = new RegExp(pattern, flags);
      const split = splitTest(pattern, flags, re);
      const fromShape = shapeTest(shape, flags, re);
      expect(asked.map(fromShape)).toEqual(asked.map(split));
      if (!literals) return;
      const atStart = anchoredTest(pattern, flags);
      const shapeStart = shapeAtStart(shape, flags);
      expect(shapeStart === undefined).toBe(atStart === undefined);
      if (atStart && shapeStart) expect(asked.map(shapeStart)).toEqual(asked.map(atStart));
    },
  );

  test('a rule set compiled from the built shapes is the one compiled from the patterns', () => {
    const built = compileRules(file);
    const read = compileRules(file, undefined, undefined, {});
    expect(built.automaton.outputs).toEqual(read.automaton.outputs);
    expect(
      Buffer.from(
        built.automaton.table.buffer,
        built.automaton.table.byteOffset,
        built.automaton.table.byteLength,
      ).equals(
        Buffer.from(
          read.automaton.table.buffer,
          read.automaton.table.byteOffset,
          read.automaton.table.byteLength,
        ),
      ),
    ).toBe(true);
    built.rules.forEach((rule, i) => {
      const other = read.rules[i];
      expect(rule.guard?.matcher).toBe(other?.guard?.matcher);
      expect(rule.guard?.atStart === undefined).toBe(other?.guard?.atStart === undefined);
      expect(asked.map((line) => rule.test?.(line))).toEqual(asked.map((line) => other?.test?.(line)));
    });
  });
});
