import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schema/ci-recovery.schema.json' with { type: 'json' };
import {
  CONFIG_AJV_OPTIONS,
  CONFIG_VALIDATOR_MODULE,
  renderConfigValidator,
} from '../../scripts/config-validator.js';
import { validate as generated } from '../../src/core/config-validator.generated.js';
import { repoRoot } from '../../stand/services/paths.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Node {
  $ref?: string;
  type?: string | string[];
  enum?: Json[];
  properties?: Record<string, Node>;
  additionalProperties?: boolean | Node;
  items?: Node;
  anyOf?: Node[];
  minimum?: number;
  pattern?: string;
}

/** Strings a pattern of the schema may take, the first that fits is the sample. */
const STRINGS = ['a', 'artifact', 'dir:/x'];

const root = schema as unknown as Node & { definitions: Record<string, Node> };
const resolve = (node: Node): Node =>
  node.$ref ? (root.definitions[node.$ref.replace('#/definitions/', '')] as Node) : node;

/** A value of the node's shape (valid or not: both validators are asked the same). */
function sample(node: Node): Json {
  const n = resolve(node);
  if (n.enum) return n.enum[0] ?? null;
  if (n.anyOf) return sample(n.anyOf[0] as Node);
  const type = Array.isArray(n.type) ? n.type[0] : n.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(n.properties ?? {}).map(([k, v]) => [k, sample(v)]));
    case 'array':
      return n.items ? [sample(n.items)] : [];
    case 'integer':
    case 'number':
      return n.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return STRINGS.find((s) => !n.pattern || new RegExp(n.pattern, 'u').test(s)) ?? 'a';
  }
}

/** Wrong and edge values put in place of one node: types, empties, a lone surrogate, an unknown key. */
const VARIANTS: Json[] = [
  null,
  true,
  -1,
  0,
  1.5,
  1e9,
  '',
  'x',
  '\uD800',
  '😀',
  [],
  [1, 'x'],
  {},
  { unknown: 1 },
];

/** Every node's path in the schema, through properties, items and anyOf's branches. */
function* paths(
  node: Node,
  at: (string | number)[] = [],
  depth = 0,
): Generator<{ at: (string | number)[]; node: Node }> {
  const n = resolve(node);
  yield { at, node: n };
  if (depth > 6) return;
  for (const [key, child] of Object.entries(n.properties ?? {})) yield* paths(child, [...at, key], depth + 1);
  if (typeof n.additionalProperties === 'object')
    yield* paths(n.additionalProperties, [...at, 'STANDARD'], depth + 1);
  if (n.items) yield* paths(n.items, [...at, 0], depth + 1);
  for (const branch of n.anyOf ?? []) yield* paths(branch, at, depth + 1);
}

function withValue(base: Json, at: (string | number)[], value: Json): Json {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const container: Json = typeof head === 'number' ? (Array.isArray(base) ? [...base] : []) : {};
  if (typeof head !== 'number' && base && typeof base === 'object' && !Array.isArray(base))
    Object.assign(container, base);
  (container as Record<string | number, Json>)[head] = withValue(
    (base as Record<string | number, Json> | null)?.[head] ?? null,
    rest,
    value,
  );
  return container;
}

test('the generated validator is what the build writes from the schema as it is (npm run build writes it)', () => {
  expect(readFileSync(path.join(repoRoot, CONFIG_VALIDATOR_MODULE), 'utf8')).toBe(renderConfigValidator());
});

test('the generated validator answers as ajv compiling the schema at run time: the same verdict and the same errors', () => {
  const compiled: ValidateFunction = new Ajv(CONFIG_AJV_OPTIONS).compile(schema);
  const check = generated as unknown as ValidateFunction;
  const whole = sample(root);
  expect(compiled(whole)).toBe(true);
  const values: Json[] = [whole, {}, ...VARIANTS];
  for (const { at, node } of paths(root)) {
    values.push(withValue(whole, at, sample(node)));
    for (const variant of VARIANTS) values.push(withValue(whole, at, variant));
  }
  expect(compiled.errors).toBeNull();
  let valid = 0;
  for (const value of values) {
    const verdict = compiled(value);
    expect({ value, verdict: check(value) }).toEqual({ value, verdict });
    expect(check.errors ?? null).toEqual(compiled.errors ?? null);
    if (verdict) valid++;
  }
  // Both sides of the schema were asked: configs it takes and configs it refuses, many of each.
  expect(values.length).toBeGreaterThan(1000);
  expect(valid).toBeGreaterThan(50);
  expect(values.length - valid).toBeGreaterThan(500);
});
