/**
 * The keyword automaton (rules.ts buildAutomaton, built row by row in the scanner's form from flat trie arrays)
 * against its definition: from the state of prefix p, byte c leads to the state of the longest suffix of p + c
 * (folded to lower case) that begins some keyword; that state ends the keywords that are suffixes of p + c; a line
 * feed and ESC are NEWLINE and ESCAPE from anywhere. States are numbered as keywords' prefixes first appear.
 */
import { buildAutomaton, defaultRuleSet } from '../../src/core/classify/rules.js';
import { ESCAPE, NEWLINE, STATE_SHIFT } from '../../src/core/classify/keyword-lanes.js';

/** The table, output and outputs the definition gives, by brute force over the prefixes. */
function reference(lists: string[][]): { table: number[]; outputs: number[][] } {
  const ids = new Map<string, number>([['', 0]]);
  for (const keywords of lists)
    for (const keyword of keywords)
      for (let i = 1; i <= keyword.length; i++)
        if (!ids.has(keyword.slice(0, i))) ids.set(keyword.slice(0, i), ids.size);
  const ends = (text: string): number[] =>
    lists.flatMap((keywords, m) => (keywords.some((k) => text.endsWith(k)) ? [m] : []));
  const outputs: number[][] = [];
  const output = new Map<string, number>();
  for (const prefix of ids.keys()) {
    const own = ends(prefix);
    if (own.length > 0) output.set(prefix, outputs.push(own));
  }
  const table: number[] = [];
  for (const prefix of ids.keys()) {
    for (let c = 0; c < 256; c++) {
      if (c === 10 || c === 27) {
        table.push(c === 10 ? NEWLINE : ESCAPE);
        continue;
      }
      const byte = c >= 65 && c <= 90 ? c + 32 : c;
      let text = prefix + String.fromCharCode(byte);
      while (!ids.has(text)) text = text.slice(1);
      const state = (ids.get(text) as number) << STATE_SHIFT;
      table.push(output.has(text) ? ~state : state);
    }
  }
  return { table, outputs };
}

/** A small deterministic generator: keyword lists over a few letters, so prefixes and suffixes overlap. */
function lists(seed: number): string[][] {
  let x = seed;
  const next = (n: number): number => (x = (x * 1103515245 + 12345) & 0x7fffffff) % n;
  return Array.from({ length: 1 + next(5) }, () =>
    Array.from({ length: 1 + next(4) }, () =>
      Array.from({ length: 1 + next(5) }, () => 'abc: '[next(5)]).join(''),
    ),
  );
}

test.each([...Array(40).keys()])('keyword lists %i: the automaton is its definition', (seed) => {
  const keywords = lists(seed + 1);
  const built = buildAutomaton(keywords);
  const expected = reference(keywords);
  expect([...built.table]).toEqual(expected.table);
  expect(built.outputs).toEqual(expected.outputs);
});

test('the shipped rules: every state with a keyword end has its matchers, once each, in order', () => {
  const { automaton } = defaultRuleSet();
  expect(automaton.table.length % 256).toBe(0);
  expect(automaton.outputs.length).toBeGreaterThan(1000);
  for (const matchers of automaton.outputs)
    expect(matchers).toEqual([...new Set(matchers)].sort((a, b) => a - b));
});
