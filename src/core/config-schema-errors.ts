/**
 * The config's schema errors placed and worded: the YAML node each points at (Locator, also what the keyed
 * paths' and team rules' problems are placed by), one line each with advice (the closest key or value
 * allowed), and values quoted back clipped, so a hostile value is never echoed whole. Pure.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import schema from '../../schema/ci-recovery.schema.json' with { type: 'json' };

/** Problems listed in one error; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Characters of a value or key quoted back in a message. */
const MAX_SHOWN_CHARS = 60;

/** A key or text quoted back in a message, cut to MAX_SHOWN_CHARS. */
export function clip(s: string): string {
  return s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}... (${s.length} chars)` : s;
}

/** A value quoted back as JSON; a long string is cut before JSON copies it (a 50 MB value is not echoed). */
export function shown(value: unknown): string {
  if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS)
    return `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}... (${value.length} chars)`;
  return clip(JSON.stringify(value) ?? String(value));
}

const FIX_BY_TYPE: Record<string, string> = {
  integer: 'a whole number, e.g. 3',
  number: 'a number, e.g. 10',
  boolean: 'true or false',
  string: 'a text value',
  array: 'a list, e.g. [a, b] or one "- item" per line',
  object: 'a mapping of keys ("key: value" on indented lines)',
};

function pathSegments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function displayPath(segments: (string | number)[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || 'the top level';
}

/**
 * Finds the nodes errors point at. Each mapping's keys are indexed once, so that thousands of errors in
 * one big mapping cost a lookup each, not a scan of the mapping each (doc.getIn scans).
 */
export class Locator {
  private readonly keys = new Map<YAMLMap, Map<unknown, Pair>>();
  constructor(private readonly doc: Document) {}

  private pairOf(map: YAMLMap, key: unknown): Pair | undefined {
    let index = this.keys.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!index.has(k)) index.set(k, pair);
      }
      this.keys.set(map, index);
    }
    return index.get(key);
  }

  /** The deepest node on the way to `segments`. */
  nodeAt(segments: (string | number)[]): Node | undefined {
    let node: unknown = this.doc.contents;
    let deepest = isNode(node) ? node : undefined;
    for (const segment of segments) {
      if (isMap(node)) node = this.pairOf(node, segment)?.value;
      else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else break;
      if (!isNode(node)) break;
      deepest = node;
    }
    return deepest;
  }

  keyNodeAt(segments: (string | number)[], key: string): Node | undefined {
    const map = this.nodeAt(segments);
    if (!isMap(map)) return map;
    const pair = this.pairOf(map, key);
    return pair && isNode(pair.key) ? pair.key : map;
  }
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, if it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const near = (c: string): number => Math.max(2, Math.floor(c.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // The lengths alone put it too far: skip the distance (a 50 MB key against 'budgets').
    if (Math.abs(word.length - c.length) > near(c)) continue;
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= near(best) ? best : undefined;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/** Enum values of an `anyOf: [{$ref enum}, {array of $ref enum}]` pair in our schema. */
function anyOfValues(branches: unknown): unknown[] {
  const defs = (schema as { definitions: Record<string, { enum?: unknown[] }> }).definitions;
  const resolve = (s: unknown): { enum?: unknown[] } | undefined => {
    const ref = (s as { $ref?: string } | undefined)?.$ref;
    return ref ? defs[ref.replace('#/definitions/', '')] : (s as { enum?: unknown[] });
  };
  const first = Array.isArray(branches) ? resolve(branches[0]) : undefined;
  return first?.enum ?? [];
}

/**
 * The first MAX_REPORTED_PROBLEMS problems in file order, worded with advice, and how many there are in
 * all. Only those first ones are worded (the advice's closest-name search is the costly part).
 */
export function describeErrors(
  errors: ErrorObject[],
  doc: Document,
  at: (offset: number) => string,
): { lines: string[]; total: number } {
  const locate = new Locator(doc);
  const anyOfAt = new Map<string, ErrorObject>();
  for (const e of errors)
    if (e.keyword === 'anyOf' && !anyOfAt.has(e.instancePath)) anyOfAt.set(e.instancePath, e);
  const kept = problemErrors(errors);
  const placed = kept
    .map((e) => {
      const segments = pathSegments(e.instancePath);
      const { additionalProperty } = e.params as { additionalProperty?: unknown };
      const node =
        e.keyword === 'additionalProperties'
          ? locate.keyNodeAt(segments, String(additionalProperty))
          : locate.nodeAt(segments);
      return { e, offset: node?.range?.[0] ?? 0 };
    })
    .sort((a, b) => a.offset - b.offset);
  // One problem per place and kind (the two type errors of "X or a list of X" are one).
  const problems = new Set(
    kept.map((e) => {
      const { additionalProperty, missingProperty } = e.params as Record<string, string | undefined>;
      return `${e.instancePath}\0${e.keyword}\0${additionalProperty ?? missingProperty ?? ''}`;
    }),
  );
  const lines = new Map<string, { offset: number; text: string }>();
  const seenTypePaths = new Set<string>();
  for (const { e } of placed) {
    if (lines.size >= MAX_REPORTED_PROBLEMS) break;
    // The two type errors of "X or a list of X" at one place are said once, from the anyOf.
    const anyOf = e.keyword === 'type' ? anyOfAt.get(e.instancePath) : undefined;
    if (anyOf && seenTypePaths.has(e.instancePath)) continue;
    if (anyOf) seenTypePaths.add(e.instancePath);
    const { segments, node, text } = wordError(e, locate, anyOf, anyOfAt.has(e.instancePath));
    const key = displayPath(segments) + text;
    if (!lines.has(key))
      lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
  }
  return {
    lines: [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text),
    total: Math.max(problems.size, lines.size),
  };
}

/**
 * The errors worth a line: no anyOf wrappers; in "X or a list of X", not the enum branch's complaint about a
 * list value; and no type error where another kind of error sits at its path or below (every path that
 * holds one, with all its ancestors, goes in a set once).
 */
function problemErrors(errors: ErrorObject[]): ErrorObject[] {
  const concrete = errors.filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null),
  );
  const belowOther = new Set<string>();
  for (const o of concrete) {
    if (o.keyword === 'type') continue;
    for (let p = o.instancePath; !belowOther.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
      belowOther.add(p);
      if (p === '') break;
    }
  }
  return concrete.filter((e) => e.keyword !== 'type' || !belowOther.has(e.instancePath));
}

interface WordedError {
  segments: (string | number)[];
  node: Node | undefined;
  text: string;
}

/** One schema error in words, with advice, and the node it is about. */
function wordError(
  e: ErrorObject,
  locate: Locator,
  anyOf: ErrorObject | undefined,
  inAnyOf: boolean,
): WordedError {
  const segments = pathSegments(e.instancePath);
  const where = displayPath(segments);
  const params = e.params as Record<string, unknown>;
  const parent = e.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  const at = (text: string): WordedError => ({ segments, node: locate.nodeAt(segments), text });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(key, allowed);
      return {
        segments: [...segments, key],
        node: locate.keyNodeAt(segments, key),
        text:
          `unknown key '${clip(key)}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
          (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      return at(
        `${shown(e.data)} is not allowed for ${where}; ` +
          (guess
            ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
            : `write one of: ${quoteList(allowed)}`) +
          (inAnyOf ? ' (or a list of them)' : ''),
      );
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const hint = missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
      return at(`${where} has no '${missing}'; add '${missing}:'${hint}`);
    }
    case 'type': {
      if (anyOf)
        return at(
          `${where} must be one value or a list of values, got ${shown(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`,
        );
      const expected = String(params.type);
      return at(
        `${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${shown(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(
        `${where} is out of range, got ${shown(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`,
      );
    default:
      return at(
        `${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${shown(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`,
      );
  }
}
