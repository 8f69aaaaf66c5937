/**
 * Literals a rule's pattern cannot match without, found from the pattern itself: the scanner's exact guard.
 * A rule is tried on the lines holding one of its keywords, but a loose keyword (`error`, `download`) lets
 * through many lines whose text holds none of the words the pattern's floating alternatives need
 * (`undefined reference to`, `Failed to compile`). The keyword automaton finds these literals too, and a line
 * that holds none of them is asked only the `^`-anchored alternatives (cheap: tried at position 0 alone).
 *
 * Sound by construction: a literal is kept only from parts of an alternative every match must go through
 * (not under `?`, `*`, `{0,n}` or a lookaround; a group's alternatives each give theirs); anything not
 * understood gives no literal, and then no guard. Literals are folded to lower case, as the automaton reads.
 */
import { alternatives, groupEnd } from './split-test.js';

/** Any one of these literals is in every match; undefined when no such set is known. */
type Need = string[] | undefined;

/**
 * Shorter literals are found on too many lines to spare any regex, and each time they are found the keyword
 * loop records it (junit-summary's `\(\w+\.\w*Test\w*\)$` would need `test`: 775 265 finds in the 270 MB
 * bench log, more than all keywords together).
 */
const MIN_LITERAL = 5;

/**
 * Literals are cut to their first characters (a part of a needed literal is needed too): the rest would add
 * automaton states, its table's memory, and little to tell lines apart.
 */
const MAX_LITERAL = 12;

/** Escapes of a character that stands for itself. */
const LITERAL_ESCAPES = new Set([...'.()[]{}|/\\*+?^$-:#@!,;=<>&%~`\'" ']);

/** Escapes of a class of characters or of a position: two characters, no literal. */
const CLASS_ESCAPES = 'dDwWsSbB';

/** Characters that stand for themselves outside a class (printable ASCII but the pattern syntax). */
function isPlain(c: string): boolean {
  return c >= ' ' && c <= '~' && !'\\^$.|?*+()[]{}'.includes(c);
}

/** Index just past the class opening at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return -1;
}

/** The quantifier at `at`, if any: its length, and whether it lets the atom before it be absent. */
function quantifier(source: string, at: number): { length: number; optional: boolean } {
  const c = source[at];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') [length, optional] = [1, true];
  else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
    if (m) [length, optional] = [m[0].length, Number(m[1]) === 0];
  }
  if (length > 0 && source[at + length] === '?') length++;
  return { length, optional };
}

/** The better of two needs: the one whose shortest literal is longest (rarer on a line). */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const shortest = (n: string[]): number => Math.min(...n.map((s) => s.length));
  return shortest(b) > shortest(a) ? b : a;
}

/**
 * One atom of a sequence at `at`: where it ends, and what it stands for when known: one literal character
 * (`x`, `\\.`, or `[Dd]`, read folded), the exact texts of a group of literal alternatives (`(?:failed|error)`),
 * or what any other group's match needs. Undefined when the atom is syntax this reader does not know.
 */
function atomAt(
  source: string,
  at: number,
): { end: number; char?: string; texts?: string[]; need?: Need } | undefined {
  const c = source[at] as string;
  if (c === '\\') {
    const next = source[at + 1] ?? '';
    // A class escape (`\d`, `\b`) is no literal; any other (`\u001b`, `\p{L}`) is not read here.
    if (LITERAL_ESCAPES.has(next)) return { end: at + 2, char: next };
    return CLASS_ESCAPES.includes(next) ? { end: at + 2 } : undefined;
  }
  if (c === '[') {
    const end = classEnd(source, at);
    if (end < 0) return undefined;
    const members = source.slice(at + 1, end - 1);
    const folded = /^[A-Za-z]{2}$/.test(members) && members[0]?.toLowerCase() === members[1]?.toLowerCase();
    return folded ? { end, char: members[0]?.toLowerCase() } : { end };
  }
  if (c === '(') {
    const end = groupEnd(source, at);
    if (end < 0) return undefined;
    // A lookaround matches no text of its own.
    if (!/^\((?:\?:|\?<[A-Za-z]\w*>|(?!\?))/.test(source.slice(at, at + 40))) return { end };
    const inner = source.slice(at, end - 1).replace(/^\((?:\?:|\?<[A-Za-z]\w*>)?/, '');
    const texts = alternatives(inner).map(literalText);
    if (texts.every((t): t is string => t !== undefined)) return { end, texts };
    return { end, need: patternNeed(inner) };
  }
  // `.`, `^`, `$` and the like stand for no literal.
  return isPlain(c) ? { end: at + 1, char: c } : { end: at + 1 };
}

/** The text a sequence of literal characters alone matches, or undefined. */
function literalText(source: string): string | undefined {
  let text = '';
  for (let i = 0; i < source.length;) {
    const atom = atomAt(source, i);
    if (atom?.char === undefined || quantifier(source, atom.end).length > 0) return undefined;
    text += atom.char;
    i = atom.end;
  }
  return text;
}

/** Most texts a stretch of literal alternatives is followed through (`(a|b)(c|d)` is four). */
const MAX_TEXTS = 16;

/**
 * What every match of one alternative (a sequence) needs, or undefined. A stretch of literal characters and
 * groups of literal alternatives is followed as the set of texts it can match (`(?:Download|Fetch) failed` is
 * `download failed` or `fetch failed`); anything else ends the stretch.
 */
function sequenceNeed(source: string): Need {
  let best: Need;
  let stretch = [''];
  const endStretch = (): void => {
    if (stretch.every((t) => t.length >= MIN_LITERAL)) best = better(best, stretch);
    stretch = [''];
  };
  for (let i = 0; i < source.length;) {
    const atom = atomAt(source, i);
    if (!atom) return undefined;
    const q = quantifier(source, atom.end);
    const texts = atom.char !== undefined ? [atom.char] : atom.texts;
    if (texts && !q.optional && stretch.length * texts.length <= MAX_TEXTS) {
      stretch = stretch.flatMap((head) => texts.map((t) => head + t));
      // An atom that may repeat ends the stretch after one copy.
      if (q.length > 0) endStretch();
    } else {
      // One that may be absent ends it before.
      endStretch();
      if (texts && !q.optional) stretch = [...texts];
      else if (atom.need && !q.optional) best = better(best, atom.need);
      if (q.length > 0) endStretch();
    }
    i = atom.end + q.length;
  }
  endStretch();
  return best;
}

/** What every match of a whole pattern (its alternatives) needs: one literal of each alternative's. */
function patternNeed(source: string): Need {
  const union: string[] = [];
  for (const alternative of alternatives(source)) {
    const need = sequenceNeed(alternative);
    if (!need) return undefined;
    union.push(...need);
  }
  return union;
}

/**
 * The literals (lower case) of which a line must hold one to match the pattern's floating alternatives, the
 * ones not anchored at `^`; undefined when some floating alternative needs none this reader can prove, or
 * when there are no floating alternatives (an anchored pattern is tried at position 0 alone anyway).
 */
export function floatingLiterals(pattern: string, flags: string): string[] | undefined {
  if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern)) return undefined;
  const floating = alternatives(pattern).filter((p) => !p.startsWith('^'));
  if (floating.length === 0) return undefined;
  const need = patternNeed(floating.join('|'));
  return need && [...new Set(need.map((s) => s.slice(0, MAX_LITERAL).toLowerCase()))];
}
