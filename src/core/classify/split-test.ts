/**
 * `re.test(line)` for a rule pattern, asked faster: a pattern whose top-level alternatives mix `^`-anchored
 * ones (`^\S+\.java:\d+: error`) with floating ones cannot be tried at line start only, so the engine tries every
 * anchored alternative at every position too. Split in two regexes, the anchored ones run once at position 0.
 * Exact: without the `m` flag `^` matches only at 0, and a line matches a pattern iff it matches one of its
 * alternatives somewhere.
 */

/** The top-level alternatives of a pattern (escapes, classes and groups kept whole). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The sources the split tries apart: the `^`-anchored top-level alternatives, and the floating ones when both
 * kinds are there. None when the pattern must not be split: a back-reference counts groups, which splitting
 * renumbers, and with the `m` flag `^` matches after every newline. Pure in the pattern and its flags, so the
 * shipped rules' sources are read at build time (pattern-shape.ts).
 */
export interface SplitSources {
  anchored?: string;
  floating?: string;
}

export function splitSources(pattern: string, flags: string): SplitSources {
  if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern)) return {};
  const parts = alternatives(pattern);
  const anchored = parts.filter((p) => p.startsWith('^'));
  const floating = parts.filter((p) => !p.startsWith('^'));
  const joined = (list: string[]): string => list.map((p) => `(?:${p})`).join('|');
  const sources: SplitSources = {};
  if (anchored.length > 0) sources.anchored = joined(anchored);
  if (anchored.length > 0 && floating.length > 0) sources.floating = joined(floating);
  return sources;
}

/** A test equivalent to `re.test`, the anchored alternatives tried at position 0 alone when the sources split. */
export function sourcesTest(sources: SplitSources, flags: string, re: RegExp): (text: string) => boolean {
  if (sources.anchored === undefined || sources.floating === undefined) return (text) => re.test(text);
  const atStart = anchoredRegexTest(sources.anchored, flags);
  const anywhere = new RegExp(sources.floating, flags);
  return (text) => atStart(text) || anywhere.test(text);
}

/**
 * Where the parenthesised group opening at `open` ends (the index after its `)`, -1 when unbalanced), escapes
 * and classes kept whole.
 */
export function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The shortest literal worth an `includes` before the regex. */
const MIN_NEEDED = 4;

/**
 * The literal an anchored alternative needs somewhere in the line, when it is `^`, lookaheads, then `.*` and a
 * literal: network's `^(?!.*\blocalhost\b)(?!…).*Connection refused` is anchored in form, but its lookaheads and
 * its `.*` pass over the whole line, on every line its keywords pick (a tenth of the CPU of a Treeherder log's
 * rule matching). A line without the literal cannot match it. Undefined for any other shape.
 */
export function neededLiteral(alternative: string): string | undefined {
  const s =
    alternative.startsWith('(?:') && groupEnd(alternative, 0) === alternative.length
      ? alternative.slice(3, -1)
      : alternative;
  if (!s.startsWith('^')) return undefined;
  let i = 1;
  while (s.startsWith('(?!', i) || s.startsWith('(?=', i)) {
    i = groupEnd(s, i);
    if (i < 0) return undefined;
  }
  if (!s.startsWith('.*', i)) return undefined;
  i += s.startsWith('.*?', i) ? 3 : 2;
  let literal = '';
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && /[^\w\s]/.test(s[i + 1] ?? 'a')) literal += s[++i];
    else if ('\\^$.|?*+()[]{}'.includes(c)) break;
    else literal += c;
  }
  // A quantifier after the run makes its last character optional.
  if ('?*{'.includes(s[i] ?? '.') && i < s.length) literal = literal.slice(0, -1);
  return literal.length >= MIN_NEEDED ? literal : undefined;
}

/**
 * The anchored alternatives' regex test, asked only of a line holding a literal each of them needs
 * (neededLiteral) when every one needs one; with the `i` flag, or any alternative of another shape, the regex
 * alone. Exact: a line without any of those literals matches none of them.
 */
function anchoredRegexTest(anchored: string, flags: string): (text: string) => boolean {
  const re = new RegExp(anchored, flags);
  const needed = flags.includes('i') ? [] : alternatives(anchored).map(neededLiteral);
  if (needed.length === 0 || needed.some((l) => l === undefined)) return (text) => re.test(text);
  const literals = needed as string[];
  return (text) => literals.some((l) => text.includes(l)) && re.test(text);
}

/**
 * The test of the anchored alternatives alone (what can still match a line that holds none of the floating
 * alternatives' literals, literal-guards.ts): undefined when there are none.
 */
export function sourcesAtStart(
  sources: SplitSources,
  flags: string,
): ((text: string) => boolean) | undefined {
  if (sources.anchored === undefined) return undefined;
  return anchoredRegexTest(sources.anchored, flags);
}

/** The anchored alternatives' test of a pattern that splits (sourcesAtStart). */
export function anchoredTest(pattern: string, flags: string): ((text: string) => boolean) | undefined {
  return sourcesAtStart(splitSources(pattern, flags), flags);
}

/** A test equivalent to `new RegExp(pattern, flags).test`, split when that helps. */
export function splitTest(pattern: string, flags: string, re: RegExp): (text: string) => boolean {
  return sourcesTest(splitSources(pattern, flags), flags, re);
}
