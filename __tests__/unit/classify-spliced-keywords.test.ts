/**
 * The keyword automaton reads a line's bytes (stepping over real colour codes); the rules' patterns read the
 * text stripLineCut leaves, which also takes out caret-notation colour codes (`^[[31m`, as `cat -v` saves a
 * log), an 8-bit CSI's codes (U+009B) and the `‹›` marks of pytorch/test-infra's fixtures, and turns NUL into a
 * space. A keyword the text holds across such a form is not in the bytes (nor across an escape sequence the
 * automaton stepped over otherwise than stripVTControlCharacters takes it out): the keyword proof
 * (classify-keyword-soundness.test.ts) is of the text, so the scanner must find the text's keywords too.
 */
import { defaultRuleSet, examplesOf, scanText } from '../../src/core/classify/index.js';
import { stripLine } from '../../src/core/classify/normalize.js';

const rules = defaultRuleSet();

/** The ids of the rules a one-line log's pattern matched. */
function hits(line: string): string[] {
  const { counts } = scanText(`${line}\n`, rules);
  return rules.rules.filter((r) => (counts[r.index] as number) > 0).map((r) => r.spec.id);
}

describe('a keyword the text holds across a form stripLineCut takes out', () => {
  const pyright = '/home/runner/work/app/app.py:3:5 - error: "foo" is not defined (reportUndefinedVariable)';
  test.each([
    [
      'caret-notation colour',
      '/home/runner/work/app/app.py:3:5 - ^[[31merror^[[39m: "foo" is not defined (reportUndefinedVariable)',
    ],
    [
      'caret-notation colour before the dash',
      '/home/runner/work/app/app.py:3:5 ^[[1m- error: "foo" is not defined (reportUndefinedVariable)',
    ],
    [
      'an 8-bit CSI',
      '/home/runner/work/app/app.py:3:5 - \u009b31merror\u009b39m: "foo" is not defined (reportUndefinedVariable)',
    ],
    [
      "tput sgr0's escape sequence with an intermediate",
      '/home/runner/work/app/app.py:3:5 - \x1b[31merror\x1b(B\x1b[m: "foo" is not defined (reportUndefinedVariable)',
    ],
    [
      'fixture marks',
      '/home/runner/work/app/app.py:3:5 \u2039- error: "foo" is not defined\u203a (reportUndefinedVariable)',
    ],
  ])('%s: the rule the clean line types types it', (_what, raw) => {
    expect(stripLine(raw)).toBe(pyright);
    expect(hits(pyright)).toContain('pyright-report');
    expect(hits(raw)).toEqual(hits(pyright));
  });

  test('a NUL read as a space', () => {
    const raw = '    MyLib.Tests.ParserTests.ParsesEmpty\0[FAIL]';
    expect(stripLine(raw)).toBe('MyLib.Tests.ParserTests.ParsesEmpty [FAIL]');
    expect(hits(raw)).toContain('xunit-dotnet-failed');
  });

  /**
   * Every rule's published lines (RuleSpec examples.published), each form put in beside its first spaces: the rules
   * matched are those of the text stripLineCut reads, as a clean line.
   */
  test("the shipped rules' published lines, spliced", () => {
    const forms = [
      (a: string, b: string) => `${a}^[[0;31m${b}`,
      (a: string, b: string) => `${a}\u009b1m${b}`,
      (a: string, b: string) => `${a}\u2039${b}\u203a`,
      (a: string, b: string) => `${a}\0${b}`,
      (a: string, b: string) => `${a}\x1b(B\x1b[m${b}`,
    ];
    const clean = new Map<string, string[]>();
    const misses: string[] = [];
    let tried = 0;
    for (const rule of rules.rules) {
      const line = examplesOf(rule.spec).published?.[0]?.text.split('\n')[0];
      if (line === undefined || line.length > 300) continue;
      // Beside a space, where most keywords begin or end: the first few such places.
      const places = [...line.matchAll(/ /g)].flatMap((m) => [m.index, m.index + 1]).slice(0, 6);
      for (const p of places) {
        for (const form of forms) {
          const raw = form(line.slice(0, p), line.slice(p));
          const text = stripLine(raw);
          if (stripLine(text) !== text) continue;
          tried++;
          const want = clean.get(text) ?? hits(text);
          clean.set(text, want);
          const got = hits(raw);
          if (want.some((id) => !got.includes(id)))
            misses.push(`${JSON.stringify(raw)}: ${want.join(',')} / ${got.join(',')}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(2000);
    expect(misses.slice(0, 10)).toEqual([]);
  });
});
