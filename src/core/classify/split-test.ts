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
 * The test of the pattern's `^`-anchored alternatives alone (what can still match a line that holds none of
 * the floating alternatives' literals, literal-guards.ts): undefined when it has none.
 */
export function anchoredTest(pattern: string, flags: string): ((text: string) => boolean) | undefined {
  const anchored = alternatives(pattern).filter((p) => p.startsWith('^'));
  if (anchored.length === 0) return undefined;
  const re = new RegExp(anchored.map((p) => `(?:${p})`).join('|'), flags);
  return (text) => re.test(text);
}

/** A test equivalent to `new RegExp(pattern, flags).test`, split when that helps. */
export function splitTest(pattern: string, flags: string, re: RegExp): (text: string) => boolean {
  // A back-reference counts groups, which splitting renumbers.
  if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern)) return (text) => re.test(text);
  const parts = alternatives(pattern);
  const anchored = parts.filter((p) => p.startsWith('^'));
  const floating = parts.filter((p) => !p.startsWith('^'));
  if (anchored.length === 0 || floating.length === 0) return (text) => re.test(text);
  const join = (list: string[]): RegExp => new RegExp(list.map((p) => `(?:${p})`).join('|'), flags);
  const atStart = join(anchored);
  const anywhere = join(floating);
  return (text) => atStart.test(text) || anywhere.test(text);
}
