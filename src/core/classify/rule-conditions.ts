/**
 * A rule's condition on an earlier line of its step (RuleSpec after, unlessAfter): its shape, its check at load
 * time, and the slots the rules' distinct conditions take. Its keywords join the automaton, so the one pass over
 * the log finds it as it finds the rules' lines; each step keeps the first line matching it (scan-lines.ts). A
 * condition may end (`until`): where the step's first line matching `until` came after the condition's own, the
 * condition no longer holds (a test run's start that its closing line ends). Pure.
 */

/** An earlier line a rule's hit depends on: a RegExp over the normalized line, and its keywords. */
export interface LineCondition {
  pattern: string;
  keywords: string[];
  /** RegExp flags for `pattern` (only `i`). */
  flags?: string;
  /**
   * The line that ends the condition: after the step's first line matching it, later than the condition's own,
   * the condition no longer holds (XCTest's `Test Suite 'All tests' passed at` after its `Test Case '…' started`).
   */
  until?: LineCondition;
}

/** A LineCondition compiled: `slot` is its place in the step's record of where each was first seen. */
export interface CompiledCondition {
  slot: number;
  re: RegExp;
  /** The slot of its `until`, if it has one. */
  until?: number;
}

/** A LineCondition: a RegExp source, its keywords (as a rule's), flags `i` at most, and nothing else. */
export function validateCondition(
  c: unknown,
  what: string,
  fail: (what: string) => never,
  ends = true,
): void {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) fail(`${what} is { pattern, keywords }`);
  const cond = c as Partial<LineCondition>;
  const fields = ends ? ['pattern', 'keywords', 'flags', 'until'] : ['pattern', 'keywords', 'flags'];
  const unknown = Object.keys(cond).filter((k) => !fields.includes(k));
  if (unknown.length > 0) fail(`${what}: unknown field '${unknown.join("', '")}'`);
  if (typeof cond.pattern !== 'string' || !cond.pattern || !validRegExp(cond.pattern))
    fail(`${what}: pattern must be a RegExp source`);
  if (cond.flags !== undefined && !/^i?$/.test(cond.flags)) fail(`${what}: flags may only be 'i'`);
  if (!Array.isArray(cond.keywords) || cond.keywords.length === 0) fail(`${what} needs keywords`);
  for (const k of cond.keywords ?? [])
    if (typeof k !== 'string' || !k || /[^\x20-\x7e]|[A-Z]/.test(k))
      fail(`${what}: keyword '${String(k)}' must be lower-case ASCII`);
  // An end has no end of its own.
  if (cond.until !== undefined) validateCondition(cond.until, `${what}: until`, fail, false);
}

/** The rules' distinct LineConditions (after, unlessAfter, and their ends), in slot order, and each rule's slots. */
export function conditionsOf(rules: readonly { after?: LineCondition; unlessAfter?: LineCondition }[]): {
  list: LineCondition[];
  slotOf: (c: LineCondition) => number;
} {
  const key = (c: LineCondition): string =>
    JSON.stringify([c.pattern, c.flags ?? '', c.keywords, c.until ? key(c.until) : '']);
  const slots = new Map<string, number>();
  const list: LineCondition[] = [];
  for (const r of rules)
    for (const c of [r.after, r.unlessAfter, r.after?.until, r.unlessAfter?.until])
      if (c && !slots.has(key(c))) {
        slots.set(key(c), list.length);
        list.push(c);
      }
  return { list, slotOf: (c) => slots.get(key(c)) as number };
}

/** Whether `source` compiles as a JavaScript RegExp (rules.ts asks it of a rule's evidence too). */
export function validRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    // the answer itself: the source is no valid regular expression
    return false;
  }
}
