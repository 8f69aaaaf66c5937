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
