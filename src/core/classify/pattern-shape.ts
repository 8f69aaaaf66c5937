/**
 * What compileRules reads of a rule's pattern besides its RegExp: the split of its top-level alternatives
 * (split-test.ts) and its floating alternatives' literals (literal-guards.ts). Reading them is pure in the
 * pattern and its flags, and took as long as building the keyword automaton at every start of the CLI: the
 * shipped rules' shapes are read at build time into rules/pattern-shapes.json (scripts/pattern-shapes.ts, run
 * by `npm run build` and `npm run rules`), keyed by flags and pattern, and any pattern not there is read at
 * start as before.
 */
import { floatingLiterals } from './literal-guards.js';
import { sourcesAtStart, sourcesTest, splitSources, type SplitSources } from './split-test.js';

/** A pattern's split sources (split-test.ts) and, when it has them, its floating alternatives' literals. */
export interface PatternShape extends SplitSources {
  /** floatingLiterals: a line must hold one of them to match a floating alternative. */
  literals?: string[];
}

/** The key of a pattern in rules/pattern-shapes.json. */
export function shapeKey(pattern: string, flags: string): string {
  return `${flags}/${pattern}`;
}

/** Reads a pattern's shape: what splitTest, anchoredTest and floatingLiterals would. */
export function patternShape(pattern: string, flags: string): PatternShape {
  const shape: PatternShape = {};
  const literals = floatingLiterals(pattern, flags);
  if (literals) shape.literals = literals;
  return Object.assign(shape, splitSources(pattern, flags));
}

/** splitTest from a shape. */
export const shapeTest = sourcesTest;

/** anchoredTest from a shape (asked only of a pattern with literals, which floatingLiterals refuses alike). */
export const shapeAtStart = sourcesAtStart;

/** Characters that are themselves outside a class and unescaped in a pattern without the `v` or `x` flags. */
const PLAIN = /[^\\^$.|?*+()[\]{}]/;

/**
 * The text every match of `pattern` (no `i`, `m` or `s` flag) starts the string with: the literal characters
 * after its leading `^`, past a leading negative lookahead (which takes no characters), up to the first that is
 * not one (or may repeat or be left out). '' when it is not anchored so or has a top-level alternative (`^a|b`
 * matches `b` anywhere). A line not starting with it is told without running the pattern: Node 20's irregexp
 * runs an anchored pattern's prologue for every line a keyword picked (npm's `> ` script header, asked of each
 * line holding `> `, cost ~64 ms on the 270 MB corpus log).
 */
export function literalHead(pattern: string): string {
  if (!pattern.startsWith('^') || hasTopLevelAlternative(pattern)) return '';
  let i = 1;
  if (pattern.startsWith('(?!', i)) {
    const end = groupEnd(pattern, i);
    if (end < 0) return '';
    i = end + 1;
  }
  let head = '';
  while (i < pattern.length) {
    let c = pattern[i] as string;
    let width = 1;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      // An escaped punctuation character is itself; `\d`, `\b`, `\1` and the like are not.
      if (!/^[^\w\s]$/.test(next)) break;
      c = next;
      width = 2;
    } else if (!PLAIN.test(c)) break;
    const after = pattern[i + width] ?? '';
    // A character that may be left out ends the head before it; one that may repeat, after it. A minimum of
    // none may be written with zeros (`{00}`, `{000,2}`).
    if (after === '?' || after === '*' || (after === '{' && /^\{0+[,}]/.test(pattern.slice(i + width))))
      break;
    head += c;
    if (after === '+' || after === '{') break;
    i += width;
  }
  return head;
}

/** Where the group opening at `open` closes, -1 when it does not (escapes and classes skipped). */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether `pattern` has a `|` outside every group and class. */
function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
