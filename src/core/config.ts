/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import schema from '../../schema/ci-recovery.schema.json' with { type: 'json' };
import { UserError } from './errors.js';
import { camelize, CONFIG_FILE, isObject, mergeConfig, type Config, type Json } from './config-defaults.js';

export * from './config-defaults.js';

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema);
  return validator;
}

/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`.
 */
export function parseConfig(text: string, file: string = CONFIG_FILE): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    throw new UserError(
      doc.errors
        .slice(0, 5)
        .map((e) => `${at(e.pos[0])}: invalid YAML: ${firstLine(e.message)}; ${yamlFix(e.code)}`)
        .join('\n'),
    );
  }
  const value = doc.toJS() as Json | undefined;
  if (value === null || value === undefined) return mergeConfig({});
  if (!isObject(value)) {
    throw new UserError(
      `${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`,
    );
  }
  const check = validate();
  if (!check(value)) throw new UserError(describeErrors(check.errors ?? [], doc, at).join('\n'));
  return mergeConfig(camelize(value));
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'keep one of the two keys';
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

function nodeAt(doc: Document, segments: (string | number)[]): Node | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
    if (isNode(node)) return node;
  }
  return undefined;
}

function keyNodeAt(doc: Document, segments: (string | number)[], key: string): Node | undefined {
  const map = nodeAt(doc, segments);
  if (!isMap(map)) return map;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  return pair && isNode(pair.key) ? pair.key : map;
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
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
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

function describeErrors(errors: ErrorObject[], doc: Document, at: (offset: number) => string): string[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // In "X or a list of X", the enum branch also reports a list value as not-an-X: drop that one.
  const concrete = errors.filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null),
  );
  // A value that fails both branches of "X or a list of X" at the same place: say it once, from the anyOf.
  const kept = concrete.filter(
    (e) =>
      e.keyword !== 'type' ||
      !concrete.some(
        (o) => o !== e && o.keyword !== 'type' && (o.instancePath + '/').startsWith(e.instancePath + '/'),
      ),
  );
  const lines = new Map<string, { offset: number; text: string }>();
  const add = (segments: (string | number)[], node: Node | undefined, text: string): void => {
    const key = displayPath(segments) + text;
    if (!lines.has(key))
      lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
  };
  const seenTypePaths = new Set<string>();
  for (const e of kept) {
    const segments = pathSegments(e.instancePath);
    const where = displayPath(segments);
    const params = e.params as Record<string, unknown>;
    const parent = e.parentSchema as
      { description?: string; properties?: Record<string, unknown> } | undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const allowed = Object.keys(parent?.properties ?? {});
        const guess = closest(key, allowed);
        add(
          [...segments, key],
          keyNodeAt(doc, segments, key),
          `unknown key '${key}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
            (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`),
        );
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]) ?? [];
        const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
        add(
          segments,
          nodeAt(doc, segments),
          `${JSON.stringify(e.data)} is not allowed for ${where}; ` +
            (guess
              ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
              : `write one of: ${quoteList(allowed)}`) +
            (anyOfAt.has(e.instancePath) ? ' (or a list of them)' : ''),
        );
        break;
      }
      case 'required': {
        const missing = String(params.missingProperty);
        const hint =
          missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
        add(segments, nodeAt(doc, segments), `${where} has no '${missing}'; add '${missing}:'${hint}`);
        break;
      }
      case 'type': {
        const anyOf = errors.find((o) => o.keyword === 'anyOf' && o.instancePath === e.instancePath);
        if (anyOf) {
          if (seenTypePaths.has(e.instancePath)) break;
          seenTypePaths.add(e.instancePath);
          add(
            segments,
            nodeAt(doc, segments),
            `${where} must be one value or a list of values, got ${JSON.stringify(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`,
          );
          break;
        }
        const expected = String(params.type);
        add(
          segments,
          nodeAt(doc, segments),
          `${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${JSON.stringify(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`,
        );
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        add(
          segments,
          nodeAt(doc, segments),
          `${where} is out of range, got ${JSON.stringify(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`,
        );
        break;
      default:
        add(
          segments,
          nodeAt(doc, segments),
          `${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${JSON.stringify(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`,
        );
    }
  }
  return [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text);
}
