/**
 * The keyword automaton (rules.ts buildAutomaton, built row by row in the scanner's form from flat trie arrays)
 * against its definition: from the state of prefix p, byte c leads to the state of the longest suffix of p + c
 * (folded to lower case) that begins some keyword; that state ends the keywords that are suffixes of p + c; a line
 * feed and ESC are NEWLINE and ESCAPE from anywhere. States are numbered breadth-first: by the prefix's length, a
 * prefix's children in the order they first appear in the keyword lists. The built table holds a column per byte
 * class: read through its classes, it is the 256-column table of the definition.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildAutomaton,
  buildParts,
  builtAutomaton,
  fillAutomaton,
} from '../../src/core/classify/keyword-automaton.js';
import { defaultRuleSet, keywordListsOf, validateRuleFile } from '../../src/core/classify/rules.js';
import { KEYWORD_TRIE_FILE, renderKeywordTrie } from '../../scripts/keyword-trie.js';
import { ESCAPE, NEWLINE } from '../../src/core/classify/keyword-lanes.js';
import type { KeywordAutomaton } from '../../src/core/classify/keyword-automaton.js';

/** The table (a row of 256 per state, `rowBytes` apart), output and outputs the definition gives, by brute force. */
function reference(lists: string[][], rowBytes: number): { table: number[]; outputs: number[][] } {
  // Prefixes as they first appear, then numbered breadth-first: by length, each one's children in that order.
  const seen: string[] = [''];
  for (const keywords of lists)
    for (const keyword of keywords)
      for (let i = 1; i <= keyword.length; i++)
        if (!seen.includes(keyword.slice(0, i))) seen.push(keyword.slice(0, i));
  const ids = new Map<string, number>([['', 0]]);
  for (const prefix of ids.keys())
    for (const child of seen)
      if (child.length === prefix.length + 1 && child.startsWith(prefix)) ids.set(child, ids.size);
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
      const state = (ids.get(text) as number) * rowBytes;
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

/** The built table read a byte at a time: each state's row of 256 entries, through the byte classes. */
function byByte({ table, classes, stride }: KeywordAutomaton): number[] {
  const out: number[] = [];
  for (let row = 0; row < table.length; row += stride)
    for (let c = 0; c < 256; c++) out.push(table[row + (classes[c] as number)] as number);
  return out;
}

test.each([...Array(40).keys()])('keyword lists %i: the automaton is its definition', (seed) => {
  const keywords = lists(seed + 1);
  const built = buildAutomaton(keywords);
  const expected = reference(keywords, built.stride * 4);
  expect(byByte(built)).toEqual(expected.table);
  expect(built.outputs).toEqual(expected.outputs);
});

test('keywords with digits, spaces and UTF-8 bytes: a class per byte they tell apart, upper case read as lower', () => {
  // Keywords are lower case and hold UTF-8 as latin1 characters ("é" is 0xc3 0xa9); "z" is in none: class 0.
  const keywords = [
    ['r\u00c3\u00a9sum', 'e2e'],
    ['exit 1', '\u00c3\u00a9s'],
  ];
  const built = buildAutomaton(keywords);
  expect(byByte(built)).toEqual(reference(keywords, built.stride * 4).table);
  // 0, line feed, ESC, then " ", "1", "2", "e", "i", "m", "r", "s", "t", "u", "x", 0xa9, 0xc3.
  expect(built.stride).toBe(16);
  expect(built.classes['Z'.charCodeAt(0)]).toBe(0);
  expect(built.classes['E'.charCodeAt(0)]).toBe(built.classes['e'.charCodeAt(0)]);
});

test('the shipped rules: every state with a keyword end has its matchers, once each, in order', () => {
  const { automaton } = defaultRuleSet();
  expect(automaton.table.length % automaton.stride).toBe(0);
  // Under a third of a column per byte: the table of 256 columns was 12.8 MB.
  expect(automaton.stride).toBeLessThan(256 / 3);
  expect(automaton.outputs.length).toBeGreaterThan(1000);
  for (const matchers of automaton.outputs)
    expect(matchers).toEqual([...new Set(matchers)].sort((a, b) => a - b));
});

/** A table's bytes, compared at once (jest's deep equality on a million numbers takes seconds). */
const tableBytes = (a: KeywordAutomaton): Buffer =>
  Buffer.from(a.table.buffer, a.table.byteOffset, a.table.byteLength);

describe('the automaton filled from its parts (rules/keyword-trie.json)', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const file = validateRuleFile(JSON.parse(readFileSync(path.join(root, 'rules/log-rules.json'), 'utf8')));

  test.each([...Array(10).keys()])('keyword lists %i: the table and matchers the build makes', (seed) => {
    const keywords = lists(seed + 100);
    const { parts } = buildParts(keywords);
    const filled = fillAutomaton(parts, keywords.length);
    expect(tableBytes(filled).equals(tableBytes(buildAutomaton(keywords)))).toBe(true);
    expect(filled.outputs).toEqual(buildAutomaton(keywords).outputs);
  });

  test('the shipped rules: filled from the committed file, as built from the keywords', () => {
    const { lists: shipped, guardBase } = keywordListsOf(file);
    const filled = builtAutomaton(shipped, guardBase);
    expect(filled).toBeDefined();
    const built = buildAutomaton(shipped, guardBase);
    expect(tableBytes(filled as KeywordAutomaton).equals(tableBytes(built))).toBe(true);
    expect(filled?.outputs).toEqual(built.outputs);
    expect([...(filled?.output ?? [])]).toEqual([...built.output]);
    expect(tableBytes(defaultRuleSet().automaton).equals(tableBytes(built))).toBe(true);
  });

  test('other keyword lists (a rule set of the evaluation, rules edited since the build) are built', () => {
    const { lists: shipped, guardBase } = keywordListsOf(file);
    const edited = shipped.map((l, i) => (i === 0 ? [...l, 'one more keyword'] : l));
    expect(builtAutomaton(edited, guardBase)).toBeUndefined();
    expect(builtAutomaton(shipped.slice(1), guardBase - 1)).toBeUndefined();
  });

  test('the committed file is what the build writes (else: npm run build or npm run rules)', () => {
    expect(readFileSync(path.join(root, KEYWORD_TRIE_FILE), 'utf8')).toBe(renderKeywordTrie(root));
  });
});
