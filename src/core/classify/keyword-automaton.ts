/**
 * The keyword automaton the scanner runs over a log's bytes: built from the rules' keyword lists (a trie, its
 * fail links, one table row per state), or filled from the parts the build wrote (rules/keyword-trie.json).
 */
import trieData from '../../../rules/keyword-trie.json' with { type: 'json' };
import type { ByteTable } from './keyword-lanes.js';
import { ESCAPE, NEWLINE } from './keyword-lanes.js';
import { lanesTable } from './wasm-lanes.js';

/**
 * An Aho-Corasick automaton over the rules' keywords, folded to lower case: one table lookup per byte finds
 * every line worth a closer look, and which rules to try on it.
 */
export interface KeywordAutomaton extends ByteTable {
  /**
   * The scanner's one lookup per byte, states numbered by their row's byte offset (state * stride * 4):
   * `t = table[(offset >> 2) + classes[byte]]` is the next state's offset when t >= 0; ~offset when that state
   * ends a keyword (see `output`); NEWLINE for a line feed and ESCAPE for an ESC byte, whatever the state.
   */
  table: Int32Array;
  /** For each state (offset / (stride * 4)), 0 or 1 + index into `outputs`. */
  output: Int32Array;
  /**
   * Matcher indices (rules, success markers, step ends, commands, one for the structure markers of
   * structure-markers.ts, then the rules' guards, from `guardBase` on) whose keyword ends in the state.
   */
  outputs: number[][];
  /** The first guard matcher (RuleGuard): its literals mark a line for the guard, not as a candidate. */
  guardBase: number;
}

/**
 * The keywords' trie in flat arrays (state 0 the root, the states breadth-first; children in insertion order, by
 * first child and next sibling), and the matchers each state ends. Flat, not a Map and a Set per state: the 13 000
 * of each were most of the start-up's garbage, and its first full collection.
 */
interface Trie {
  states: number;
  byte: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  ends: (number[] | undefined)[];
}

function buildTrie(keywordLists: string[][]): Trie {
  let most = 1;
  for (const keywords of keywordLists) for (const keyword of keywords) most += keyword.length;
  const byte = new Int32Array(most);
  const firstChild = new Int32Array(most).fill(-1);
  const lastChild = new Int32Array(most).fill(-1);
  const nextSibling = new Int32Array(most).fill(-1);
  const ends: (number[] | undefined)[] = [];
  let states = 1;
  keywordLists.forEach((keywords, matcher) => {
    for (const keyword of keywords) {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        // latin1: one byte per character, as the scanner reads the keywords' ASCII.
        const b = keyword.charCodeAt(i) & 0xff;
        let next = firstChild[state] as number;
        while (next >= 0 && byte[next] !== b) next = nextSibling[next] as number;
        if (next < 0) {
          next = states++;
          byte[next] = b;
          if (lastChild[state] === -1) firstChild[state] = next;
          else nextSibling[lastChild[state] as number] = next;
          lastChild[state] = next;
        }
        state = next;
      }
      const own = (ends[state] ??= []);
      if (!own.includes(matcher)) own.push(matcher);
    }
  });
  return breadthFirst({ states, byte, firstChild, nextSibling, ends });
}

/**
 * The trie with its states numbered breadth-first (the root, then each depth's states, children in their order):
 * a table row per state in that order puts the shallow states, where a log's bytes keep the automaton most of the
 * time, together at the table's head, where insertion order scattered them over its megabytes (half the bytes of
 * the corpus-concatenated log leave the automaton in 32 states, the last of them 9 MB into the table before, 0.4 MB
 * after). The CLI on that log, six runs each, medians: Node 24 1.76 -> 1.69 s, Node 20 1.94 -> 1.89 s.
 */
function breadthFirst(trie: Trie): Trie {
  const { states, byte, firstChild, nextSibling, ends } = trie;
  const order = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++)
    for (
      let next = firstChild[order[head] as number] as number;
      next >= 0;
      next = nextSibling[next] as number
    )
      order[tail++] = next;
  const place = new Int32Array(states);
  for (let i = 0; i < states; i++) place[order[i] as number] = i;
  const moved = (state: number): number => (state < 0 ? state : (place[state] as number));
  const out: Trie = {
    states,
    byte: new Int32Array(states),
    firstChild: new Int32Array(states),
    nextSibling: new Int32Array(states),
    ends: new Array<number[] | undefined>(states),
  };
  for (let i = 0; i < states; i++) {
    const old = order[i] as number;
    out.byte[i] = byte[old] as number;
    out.firstChild[i] = moved(firstChild[old] as number);
    out.nextSibling[i] = moved(nextSibling[old] as number);
    out.ends[i] = ends[old];
  }
  return out;
}

/**
 * The bytes the keywords tell apart, a class each (in byte order); the bytes of no keyword share class 0, a line
 * feed and ESC have one each, and upper-case ASCII shares its lower case's, so matching ignores case at no cost
 * per byte. A keyword's line feed, ESC or upper-case letter (none has one) could never match: it gets no class.
 */
function byteClasses(byte: Int32Array, states: number): { classes: Uint8Array; stride: number } {
  const classes = new Uint8Array(256);
  classes[10] = 1;
  classes[27] = 2;
  let stride = 3;
  const used = new Uint8Array(256);
  for (let state = 1; state < states; state++) used[byte[state] as number] = 1;
  for (let b = 0; b < 256; b++) if (used[b] && !folded(b)) classes[b] = stride++;
  for (let b = 65; b <= 90; b++) classes[b] = classes[b + 32] as number;
  return { classes, stride };
}

/** Bytes whose column is another's or fixed: a line feed, ESC, upper-case ASCII. */
function folded(b: number): boolean {
  return b === 10 || b === 27 || (b >= 65 && b <= 90);
}

/**
 * The automaton's trie (buildTrie's arrays), fail links and outputs: enough to fill its table again without
 * building them (fillAutomaton), as a start does from rules/keyword-trie.json.
 */
export interface AutomatonParts {
  states: number;
  byte: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  fail: Int32Array;
  /** For each state, 0 or 1 + index into `outputs`. */
  output: Int32Array;
  outputs: number[][];
}

/** Builds the keyword automaton; matcher i gets the keywords of keywordLists[i]. */
export function buildAutomaton(keywordLists: string[][], guardBase = keywordLists.length): KeywordAutomaton {
  return { ...buildParts(keywordLists).automaton, guardBase };
}

/**
 * The automaton and its parts. Each row is written once, in the scanner's form (KeywordAutomaton's comment),
 * from its fail state's finished row: a state's matchers are all known once it is queued (those of its fail
 * state, shallower, are), so no pass over the whole table follows.
 */
export function buildParts(keywordLists: string[][]): {
  automaton: Omit<KeywordAutomaton, 'guardBase'>;
  parts: AutomatonParts;
} {
  const { states, byte, firstChild, nextSibling, ends } = buildTrie(keywordLists);
  const { classes, stride } = byteClasses(byte, states);
  // Built where the scanner reads it (a kernel's memory), in its form: one copy of its megabytes, not two, at
  // the peak of the start-up.
  const table = lanesTable(states * stride);
  const rowBytes = stride * 4;
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  const entry = (state: number): number => (ends[state]?.length ? ~(state * rowBytes) : state * rowBytes);
  let tail = 0;
  for (let next = firstChild[0] as number; next >= 0; next = nextSibling[next] as number) {
    const b = byte[next] as number;
    if (!folded(b)) table[classes[b] as number] = entry(next);
    queue[tail++] = next;
  }
  finishRow(table, 0);
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    const failRow = (fail[state] as number) * stride;
    const row = state * stride;
    // A byte with no edge of its own goes where it goes from the fail state (its row is finished: BFS order).
    table.copyWithin(row, failRow, failRow + stride);
    for (let next = firstChild[state] as number; next >= 0; next = nextSibling[next] as number) {
      const b = byte[next] as number;
      const to = table[failRow + (classes[b] as number)] as number;
      fail[next] = (to < 0 ? ~to : to) / rowBytes;
      const inherited = ends[fail[next] as number];
      if (inherited) {
        const own = (ends[next] ??= []);
        for (const m of inherited) if (!own.includes(m)) own.push(m);
      }
      if (!folded(b)) table[row + (classes[b] as number)] = entry(next);
      queue[tail++] = next;
    }
    finishRow(table, row);
  }
  const output = new Int32Array(states);
  const outputs: number[][] = [];
  for (let state = 0; state < states; state++) {
    const own = ends[state];
    if (!own?.length) continue;
    outputs.push(own.sort((a, b) => a - b));
    output[state] = outputs.length;
  }
  const parts = { states, byte, firstChild, nextSibling, fail, output, outputs };
  return { automaton: { table, classes, stride, output, outputs }, parts };
}

/**
 * The automaton's table filled from its parts, row by row in breadth-first order as buildParts writes it:
 * what a start does when the keyword lists are those the build saw (builtAutomaton), without the trie, the
 * fail links or the matcher lists to make.
 */
export function fillAutomaton(parts: AutomatonParts, guardBase: number): KeywordAutomaton {
  const { states, byte, firstChild, nextSibling, fail, output, outputs } = parts;
  const { classes, stride } = byteClasses(byte, states);
  const table = lanesTable(states * stride);
  const rowBytes = stride * 4;
  const queue = new Int32Array(states);
  let tail = 0;
  const edges = (state: number, row: number): void => {
    for (let next = firstChild[state] as number; next >= 0; next = nextSibling[next] as number) {
      const b = byte[next] as number;
      const to = next * rowBytes;
      if (!folded(b)) table[row + (classes[b] as number)] = output[next] ? ~to : to;
      queue[tail++] = next;
    }
    finishRow(table, row);
  };
  edges(0, 0);
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    const row = state * stride;
    const failRow = (fail[state] as number) * stride;
    table.copyWithin(row, failRow, failRow + stride);
    edges(state, row);
  }
  return { table, classes, stride, output, outputs, guardBase };
}

/**
 * rules/keyword-trie.json, written by `npm run build` and `npm run rules` (scripts/keyword-trie.ts): the
 * keyword lists of the shipped rules as JSON, and their automaton's parts, each array of `states` entries
 * one after the other as little-endian uint16 (every runner is little-endian): byte, firstChild + 1,
 * nextSibling + 1, fail, output.
 */
export interface BuiltTrie {
  lists: string;
  states: number;
  arrays: string;
  outputs: number[][];
}

/** The parts a BuiltTrie holds. */
export function trieParts(built: BuiltTrie): AutomatonParts {
  const n = built.states;
  const bytes = Buffer.from(built.arrays, 'base64');
  const all = new Uint16Array(bytes.length >> 1);
  new Uint8Array(all.buffer).set(bytes);
  const [byte, firstChild, nextSibling, fail, output] = [0, -1, -1, 0, 0].map((shift, k) => {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = (all[k * n + i] as number) + shift;
    return out;
  }) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  return { states: n, byte, firstChild, nextSibling, fail, output, outputs: built.outputs };
}

/**
 * The automaton filled from rules/keyword-trie.json when `lists` are the lists it was built from (the shipped
 * rules at build time); undefined otherwise (a rule set made by the evaluation or a test, or rules edited
 * since the build), and the automaton is built. A start saves the trie, its links and its matcher lists.
 */
export function builtAutomaton(
  lists: string[][],
  guardBase: number,
  built: BuiltTrie = trieData,
): KeywordAutomaton | undefined {
  if (built.lists !== JSON.stringify(lists)) return undefined;
  return fillAutomaton(trieParts(built), guardBase);
}

/**
 * A row as the scanner reads it (states as byte offsets, so its loop needs no multiply; a negative entry for
 * the rare bytes that need more than a move: a keyword's end, a line feed (class 1), an ESC (class 2)).
 */
function finishRow(table: Int32Array, row: number): void {
  table[row + 1] = NEWLINE;
  table[row + 2] = ESCAPE;
}
