/**
 * What compileRules reads of a rule's pattern besides its RegExp: the split of its top-level alternatives
 * (split-test.ts) and its floating alternatives' literals (literal-guards.ts). Reading them is pure in the
 * pattern and its flags, and took as long as building the keyword automaton at every start of the CLI: the
 * shipped rules' shapes are read at build time into rules/pattern-shapes.json (scripts/pattern-shapes.ts, run
 * by `npm run build` and `npm run rules`), keyed by flags and pattern, and any pattern not there is read at
 * start as before.
 */
import { floatingLiterals } from './literal-guards.js';
import { alternatives } from './split-test.js';

export interface PatternShape {
  /** The `^`-anchored top-level alternatives as one source, when splitTest would split them off. */
  anchored?: string;
  /** The floating top-level alternatives as one source, when splitTest splits (`anchored` is there too). */
  floating?: string;
  /** floatingLiterals: a line must hold one of them to match a floating alternative. */
  literals?: string[];
}

/** The key of a pattern in rules/pattern-shapes.json. */
export function shapeKey(pattern: string, flags: string): string {
  return `${flags}/${pattern}`;
}

function joined(parts: string[]): string {
  return parts.map((p) => `(?:${p})`).join('|');
}

/** Reads a pattern's shape: what splitTest, anchoredTest and floatingLiterals would. */
export function patternShape(pattern: string, flags: string): PatternShape {
  const shape: PatternShape = {};
  const literals = floatingLiterals(pattern, flags);
  if (literals) shape.literals = literals;
  // A back-reference counts groups, which splitting renumbers; floatingLiterals refuses the same patterns.
  if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern)) return shape;
  const parts = alternatives(pattern);
  const anchored = parts.filter((p) => p.startsWith('^'));
  const floating = parts.filter((p) => !p.startsWith('^'));
  if (anchored.length > 0) shape.anchored = joined(anchored);
  if (anchored.length > 0 && floating.length > 0) shape.floating = joined(floating);
  return shape;
}

/** splitTest from a shape: the anchored alternatives tried at position 0 alone, when the pattern splits. */
export function shapeTest(shape: PatternShape, flags: string, re: RegExp): (text: string) => boolean {
  if (shape.anchored === undefined || shape.floating === undefined) return (text) => re.test(text);
  const atStart = new RegExp(shape.anchored, flags);
  const anywhere = new RegExp(shape.floating, flags);
  return (text) => atStart.test(text) || anywhere.test(text);
}

/** anchoredTest from a shape (asked only of a pattern with literals, which splits). */
export function shapeAtStart(shape: PatternShape, flags: string): ((text: string) => boolean) | undefined {
  if (shape.anchored === undefined) return undefined;
  const re = new RegExp(shape.anchored, flags);
  return (text) => re.test(text);
}
