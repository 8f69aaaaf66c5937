/**
 * Whether a rule's keywords are sound for its patterns: every line a pattern can match holds one of the
 * keywords, as the keyword automaton compares (the line folded to lower case, rules/README.md `keywords`).
 * The scanner asks a rule only of the lines its keywords select, so a pattern that can match a line without
 * them silently misses it; a keyword tightened past what the pattern needs moves verdicts the same way.
 *
 * The proof walks the pattern's syntax tree (@eslint-community/regexpp, ECMAScript's grammar) and, for each
 * top-level alternative, looks for literal text every match must contain: a run of characters and groups of
 * literal alternatives (`(?:Download|Fetch) failed`, `[Ee]rror`, the `x` of `x+`), followed across a quantified
 * atom's first and last characters. Such a run proves the alternative when each text it can be holds a keyword.
 * A positive lookaround's text is on the line too; a negative one, an optional atom, a backreference and any
 * class wider than a few characters give nothing. Anything not understood proves nothing: the walk can only
 * say "unproven", never wrongly "sound".
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node, Pattern } from '@eslint-community/regexpp/ast';

/** Most texts a run is followed through (`(a|b)(c|d)` is four); beyond it the run starts again. */
const MAX_TEXTS = 64;
/** A character class read as literal text only when it names at most this many characters (`[.:]`). */
const MAX_CLASS = 4;

/**
 * What a node tells about the text it matches: `exact`, every text it can match (a finite, small set);
 * otherwise `first` and `last`, texts every match starts with one of and ends with one of (`['']` when
 * unknown); and `covered`, whether every match holds a keyword by itself.
 */
interface Shape {
  exact?: string[];
  first: string[];
  last: string[];
  covered: boolean;
}

const UNKNOWN: Shape = { first: [''], last: [''], covered: false };

/** Every text `a` then `b` can make, or undefined when there are too many to follow. */
function cross(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_TEXTS) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** A printable ASCII character, folded as the automaton folds; undefined for any other. */
function literal(code: number): string | undefined {
  return code >= 0x20 && code <= 0x7e ? String.fromCharCode(code).toLowerCase() : undefined;
}

function exactShape(texts: string[], keywords: readonly string[]): Shape {
  return { exact: texts, first: texts, last: texts, covered: holds(texts, keywords) };
}

/** Each of `texts` holds one of `keywords`. */
function holds(texts: string[], keywords: readonly string[]): boolean {
  return texts.length > 0 && texts.every((t) => keywords.some((k) => t.includes(k)));
}

/** Most sequences a pattern's alternatives are spread into (see `spread`). */
const MAX_SPREAD = 256;

/**
 * An alternative, a group of alternatives inside it spread out (`error: (?:a|b)` is `error: a` or
 * `error: b`), so each of the group's alternatives is read with the literal text around it.
 */
function spread(
  elements: readonly Element[],
  keywords: readonly string[],
  budget: { left: number },
): boolean {
  const at = elements.findIndex((e) => choices(e) !== undefined);
  const options = at >= 0 ? choices(elements[at] as Element) : undefined;
  if (options && budget.left >= options.length) {
    budget.left -= options.length;
    const before = elements.slice(0, at);
    const after = elements.slice(at + 1);
    return options.every((o) => spread([...before, ...o, ...after], keywords, budget));
  }
  return sequence(elements, keywords).covered;
}

/** What an element can be spread into: a group's alternatives, or an optional atom's absence and itself. */
function choices(e: Element): (readonly Element[])[] | undefined {
  if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length > 1)
    return e.alternatives.map((a) => a.elements);
  if (e.type === 'Quantifier' && e.min === 0 && e.max === 1) return [[], [e.element]];
  return undefined;
}

/** A sequence of elements, literal runs followed across them. */
function sequence(elements: readonly Element[], keywords: readonly string[]): Shape {
  const shapes = elements.map((e) => shapeOf(e, keywords));
  let covered = shapes.some((s) => s.covered);
  // The texts the match so far ends with one of (the run being followed), and those it begins with.
  let run = [''];
  let first = [''];
  let whole = true;
  for (const s of shapes) {
    const next = cross(run, s.exact ?? s.first);
    if (next && holds(next, keywords)) covered = true;
    if (whole) first = next ?? first;
    whole = whole && s.exact !== undefined && next !== undefined;
    run = s.exact ? (next ?? s.exact) : s.last;
  }
  if (whole) return { ...exactShape(run, keywords), covered: covered || holds(run, keywords) };
  return { first, last: run, covered };
}

/** Alternatives, each of which must be proven; their texts joined. */
function union(alternatives: Alternative[], keywords: readonly string[]): Shape {
  const shapes = alternatives.map((a) => sequence(a.elements, keywords));
  const covered = shapes.length > 0 && shapes.every((s) => s.covered);
  const all = (pick: (s: Shape) => string[] | undefined): string[] | undefined => {
    const texts = shapes.map(pick);
    if (texts.some((t) => t === undefined)) return undefined;
    const joined = [...new Set(texts.flat() as string[])];
    return joined.length <= MAX_TEXTS ? joined : undefined;
  };
  const exact = all((s) => s.exact);
  if (exact) return { ...exactShape(exact, keywords), covered: covered || holds(exact, keywords) };
  // A text every match starts with is one of each alternative's; the empty text when one has none.
  return { first: all((s) => s.first) ?? [''], last: all((s) => s.last) ?? [''], covered };
}

function shapeOf(node: Element, keywords: readonly string[]): Shape {
  switch (node.type) {
    case 'Character': {
      const c = literal(node.value);
      return c === undefined ? UNKNOWN : exactShape([c], keywords);
    }
    case 'CharacterClass': {
      if (node.negate || node.elements.length > MAX_CLASS) return UNKNOWN;
      const chars: string[] = [];
      for (const e of node.elements) {
        const c = e.type === 'Character' ? literal(e.value) : undefined;
        if (c === undefined) return UNKNOWN;
        chars.push(c);
      }
      return exactShape([...new Set(chars)], keywords);
    }
    case 'Group':
    case 'CapturingGroup':
      return union(node.alternatives, keywords);
    case 'Quantifier': {
      const inner = shapeOf(node.element, keywords);
      // A few copies of literal text (`s?`, `(?:the )?`, `x{2}`): each count's texts, joined.
      if (inner.exact && node.max <= 2) {
        const texts = new Set<string>();
        let copies: string[] | undefined = [''];
        for (let n = 0; n <= node.max && copies; n++) {
          if (n >= node.min) for (const t of copies) texts.add(t);
          copies = cross(copies, inner.exact);
        }
        if (copies) return exactShape([...texts], keywords);
      }
      if (node.min === 0) return UNKNOWN;
      // At least `min` copies: a match starts and ends with that many (`\.{3,}` with `...`).
      let edge: string[] | undefined = inner.exact ? [''] : undefined;
      for (let n = 0; n < node.min && edge && inner.exact; n++) edge = cross(edge, inner.exact);
      return {
        first: edge ?? inner.exact ?? inner.first,
        last: edge ?? inner.exact ?? inner.last,
        covered: inner.covered,
      };
    }
    case 'Assertion': {
      // Zero-width: it matches the empty text, and a positive lookaround's text is on the line. `(?!)` never
      // matches (an `evidence` of no line): every match of it holds anything.
      const around = node.kind === 'lookahead' || node.kind === 'lookbehind';
      const seen =
        around &&
        (node.negate
          ? node.alternatives.some((a) => a.elements.length === 0)
          : union(node.alternatives, keywords).covered);
      return { exact: [''], first: [''], last: [''], covered: seen };
    }
    default:
      // Character sets (`.`, `\d`, `\p{L}`), backreferences, class strings: no literal.
      return UNKNOWN;
  }
}

/** The pattern's syntax tree, read as `new RegExp(source, flags)` would read it. */
export function parsePattern(source: string, flags = ''): Pattern {
  return new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
    unicode: flags.includes('u'),
    unicodeSets: flags.includes('v'),
  });
}

/**
 * The top-level alternatives of `source` whose every match is not proven to hold one of `keywords` (lower
 * case): empty when the keywords are sound for the pattern.
 */
export function unprovenAlternatives(source: string, flags: string, keywords: readonly string[]): string[] {
  const pattern = parsePattern(source, flags);
  return pattern.alternatives
    .filter((a) => !spread(a.elements, keywords, { left: MAX_SPREAD }))
    .map((a: Node) => a.raw);
}
