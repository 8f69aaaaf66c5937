/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import schema from '../../schema/ci-recovery.schema.json' with { type: 'json' };
import { keyedPathProblems, normalKeyedPaths } from './keyed-paths.js';
import { teamRuleId, teamRuleProblems, type TeamRuleProblem } from './classify/team-rules.js';
import { UserError } from './errors.js';
import { firstLine } from './text.js';
import { camelize, CONFIG_FILE, isObject, mergeConfig, type Config, type Json } from './config-defaults.js';

export * from './config-defaults.js';

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  // Compiled once per process, in main, on every job: unoptimized code compiles in half the time (16 ms
  // instead of 34 here) and validates a config of a few lines just as well.
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: false, code: { optimize: false } }).compile(
    schema,
  );
  return validator;
}

/** Problems listed in one error; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 20;
/** Characters of a value or key quoted back in a message. */
const MAX_SHOWN_CHARS = 60;

/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`. Linear in the size of the text, whatever it
 * holds: at most MAX_REPORTED_PROBLEMS lines, and values and keys are quoted back shortened.
 */
export function parseConfig(text: string, file: string = CONFIG_FILE): Config {
  refuseDeepNesting(text, file);
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares each key with every earlier one: quadratic in a map's size.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const yamlErrors = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: yamlMessage(e.code, e.message), code: e.code })),
    ...duplicateKeys(doc),
  ].sort((a, b) => a.offset - b.offset);
  if (yamlErrors.length > 0) {
    throw new UserError(
      report(
        yamlErrors
          .slice(0, MAX_REPORTED_PROBLEMS)
          .map((e) => `${at(e.offset)}: invalid YAML: ${e.message}; ${yamlFix(e.code)}`),
        yamlErrors.length,
      ),
    );
  }
  const numbers = nonDecimalNumbers(doc, text);
  if (numbers.length > 0) {
    const lines = numbers
      .slice(0, MAX_REPORTED_PROBLEMS)
      .map(
        ({ offset, source, value }) =>
          `${at(offset)}: '${clip(source)}' is not a decimal number (YAML reads it as ${value}); write it in decimal digits${Number.isFinite(value) ? `, e.g. ${value}` : ''}`,
      );
    throw new UserError(report(lines, numbers.length));
  }
  const value = toJs(doc, file);
  if (value === null || value === undefined) return mergeConfig({});
  if (!isObject(value)) {
    throw new UserError(
      `${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`,
    );
  }
  const check = validate();
  if (!check(value)) {
    const { lines, total } = describeErrors(check.errors ?? [], doc, at);
    throw new UserError(report(lines, total));
  }
  const config = mergeConfig(camelize(value));
  checkKeyedPaths(config, doc, at);
  const problems = teamRuleProblems(config.classify.rules);
  if (problems.length > 0) {
    const locate = new Locator(doc);
    const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => {
      const node = locate.nodeAt(['classify', 'rules', problem.index, problem.field]);
      return `${at(node?.range?.[0] ?? 0)}: ${teamRuleMessage(problem, config)}`;
    });
    throw new UserError(report(lines, problems.length));
  }
  return config;
}

/**
 * The keyed checkpoint paths (keyed-paths.ts): each a plain directory among checkpoint.paths,
 * once; refused with the place and the fix, else kept in normal form.
 */
function checkKeyedPaths(config: Config, doc: Document, at: (offset: number) => string): void {
  const keyed = config.checkpoint.keyed;
  if (!keyed) return;
  const problems = keyedPathProblems(keyed, config.checkpoint.paths);
  if (problems.length > 0) {
    const locate = new Locator(doc);
    const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => {
      const node = locate.nodeAt(['checkpoint', 'keyed', p.index, p.field]);
      return `${at(node?.range?.[0] ?? 0)}: ${p.message}`;
    });
    throw new UserError(report(lines, problems.length));
  }
  config.checkpoint.keyed = normalKeyedPaths(keyed);
}

/** A number as the config takes it: decimal digits, a minus sign and a decimal point at most. */
const DECIMAL_SOURCE = /^-?[0-9]+(?:\.[0-9]+)?$/;

/**
 * Plain scalars YAML reads as numbers though they are not written in decimal: `0x10` (16), `0o17`, `1e1`
 * (10), `1e400` and `.inf` (Infinity), `+5`. As with inputs (core/numbers.ts), a number that does not look
 * like one is a mistake to name, not a value to guess.
 */
function nonDecimalNumbers(doc: Document, text: string): { offset: number; source: string; value: number }[] {
  const found: { offset: number; source: string; value: number }[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'number' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]).trim();
      if (!DECIMAL_SOURCE.test(source)) found.push({ offset: node.range[0], source, value: node.value });
    },
  });
  return found;
}

/** A team rule's problem in words: the rule (place and id), the field, why, and what to write. */
function teamRuleMessage(problem: TeamRuleProblem, config: Config): string {
  const { index, field, message, unsupported } = problem;
  const rule = config.classify.rules[index];
  const where = `classify.rules[${index}] ('${rule ? clip(teamRuleId(rule, index)) : index + 1}')`;
  if (field === 'id') return `${where}: ${message}; give each rule its own id`;
  if (unsupported && (field === 'pattern' || field === 'step' || field === 'command'))
    return `${where}: ${field} ${shown(rule?.[field])} needs what team rules cannot run in time linear in the line (${clip(message)}): they run on RE2, which has no lookaround ('(?=', '(?!', '(?<=') and no backreferences ('\\1'); match the text itself instead, e.g. 'foo bar' rather than 'foo(?= bar)'`;
  if (field === 'retryable')
    return `${where}: retryable: false cannot hold, ${message}; to keep it from retries give it a type that is not retried (config, dependency, build, ...) or add a policy rule for its type`;
  const fix =
    field === 'pattern'
      ? "write a regular expression in RE2's syntax (JavaScript's, without lookaround, backreferences or '\\u'; '\\x{41}' for a code point); escape ( ) [ ] { } + * ? . with a backslash to match them as they are, e.g. 'Timeout \\(30s\\)'"
      : "write a glob ('e2e*') or a regular expression between slashes ('/^e2e/')";
  return `${where}: ${field} ${shown(rule?.[field])} is not a valid regular expression (${clip(message)}); ${fix}`;
}

/** Deeper than any real config nests: past this the parser would recurse into a stack overflow. */
export const MAX_CONFIG_NESTING = 64;

/**
 * Refuses, in one linear pass before parsing, a text whose brackets or indentation nest deeper than any
 * config needs (YAML nested 20,000 deep overflows the parser's stack, after seconds).
 */
function refuseDeepNesting(text: string, file: string): void {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      indenting = true;
      continue;
    }
    if (c === 91 || c === 123) depth++;
    else if ((c === 93 || c === 125) && depth > 0) depth--;
    // Two columns of indentation a level: a line indented past this nests too deep too.
    let tooIndented = false;
    if (indenting && c !== 32) {
      indenting = false;
      tooIndented = i - lineStart > 2 * MAX_CONFIG_NESTING;
    }
    if (depth > MAX_CONFIG_NESTING || tooIndented)
      throw new UserError(
        `${file}:${line}: the YAML nests deeper than ${MAX_CONFIG_NESTING} levels; a config needs a few: write the sections of schema/ci-recovery.schema.json flat`,
      );
  }
}

/** The document as plain data; an alias that expands too far (a "billion laughs") is refused by name. */
function toJs(doc: Document, file: string): Json | undefined {
  try {
    return doc.toJS({ maxAliasCount: 100 }) as Json | undefined;
  } catch (error) {
    throw new UserError(
      `${file}: the YAML's aliases (*name) expand too far (${error instanceof Error ? error.message : String(error)}); write the values out instead of nesting aliases of aliases`,
    );
  }
}

/** The first problems' lines, and how many more there are of `total`. */
function report(lines: string[], total: number): string {
  return [
    ...lines,
    ...(total > lines.length ? [`... and ${total - lines.length} more problem(s)`] : []),
  ].join('\n');
}

/** A key that appears twice in one mapping, found with one set per mapping. */
function duplicateKeys(doc: Document): { offset: number; message: string; code: string }[] {
  const found: { offset: number; message: string; code: string }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value))
          found.push({
            offset: pair.key.range?.[0] ?? 0,
            message: `Map keys must be unique (${shown(pair.key.value)} again)`,
            code: 'DUPLICATE_KEY',
          });
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/** A key or text quoted back in a message, cut to MAX_SHOWN_CHARS. */
function clip(s: string): string {
  return s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}... (${s.length} chars)` : s;
}

/** A value quoted back as JSON; a long string is cut before JSON copies it (a 50 MB value is not echoed). */
function shown(value: unknown): string {
  if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS)
    return `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}... (${value.length} chars)`;
  return clip(JSON.stringify(value) ?? String(value));
}

/**
 * The YAML parser's message without the position it appends (the caller says where), in the user's terms
 * where the parser speaks of its own API ("please use YAML.parseAllDocuments()").
 */
function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return "a second YAML document starts here (a '---' line)";
  return firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'keep one of the two keys';
  if (code === 'MULTIPLE_DOCS')
    return "the config is one YAML document: remove this '---' line and put the settings after it in the first document";
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (code.includes('INDENT')) return 'indent nested keys consistently with spaces';
  if (code.includes('QUOTE') || code.includes('SCALAR')) return 'quote the value or close the quote';
  return 'fix the YAML syntax (indentation, a missing colon, or an unclosed bracket or quote)';
}

// ---- mapping schema errors to positions and advice ----

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
class Locator {
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
function describeErrors(
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
