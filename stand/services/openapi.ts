/**
 * GitHub's official OpenAPI description (from @octokit/openapi) as a response validator, so the local
 * GitHub API cannot drift from the real one. Only `generated/api.github.com.json` is loaded; schemas are
 * compiled lazily per operation and status, with just the components they reference.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { repoRoot } from './paths.js';
import { ValidatorCache } from './validator-cache.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Spec {
  paths: Record<string, Record<string, JsonObject>>;
  components: {
    schemas: Record<string, Json>;
    responses: Record<string, JsonObject>;
    examples: Record<string, JsonObject>;
  };
}

const SPEC_FILE = path.join(repoRoot, 'node_modules/@octokit/openapi/generated/api.github.com.json');
let spec: Spec | undefined;
let specText: string | undefined;
function loadSpec(): Spec {
  specText ??= readFileSync(SPEC_FILE, 'utf8');
  spec ??= JSON.parse(specText) as Spec;
  return spec;
}

const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;
const standaloneCode = (
  standaloneModule as unknown as { default: (ajv: Ajv, fn: ValidateFunction) => string }
).default;

/** Compiled validators of earlier processes, for this description, these versions and this converter. */
let cache: ValidatorCache | undefined;
function validatorCache(): ValidatorCache {
  if (!cache) {
    loadSpec();
    const version = (name: string): string =>
      (createRequire(path.join(repoRoot, 'package.json'))(`${name}/package.json`) as { version: string })
        .version;
    cache = ValidatorCache.inTemp(
      [version('ajv'), version('ajv-formats'), specText ?? '', readFileSync(fileURLToPath(import.meta.url))],
      repoRoot,
    );
  }
  return cache;
}

/** Whether GitHub's description is loaded in this process (OpenApiValidator.warm, or a first call). */
export const specLoaded = (): boolean => spec !== undefined;

const SCHEMA_REF = '#/components/schemas/';

/** OpenAPI 3.0 -> JSON Schema for ajv: `nullable` becomes a null alternative, refs point at `definitions`. */
function convert(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) return node.map((n) => convert(n, refs));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)) {
      const name = value.slice(SCHEMA_REF.length);
      refs.add(name);
      out.$ref = `#/definitions/${name}`;
      continue;
    }
    // Inside `properties` the keys are property names, not keywords.
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, refs)]));
      continue;
    }
    out[key] = convert(value, refs);
  }
  if (node.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

export interface ValidationFailure {
  method: string;
  path: string;
  status: number;
  error: string;
}

export class OpenApiValidator {
  // `code.source` keeps each validator's code, to store it for the next process.
  private readonly ajv = new Ajv({ strict: false, allErrors: false, logger: false, code: { source: true } });
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor() {
    addFormats(this.ajv);
    this.ajv.addFormat('int64', true);
    this.ajv.addFormat('uri-template', true);
  }

  /**
   * Loads GitHub's description (13 MB) and the compiled validators' cache now, not on the first call: that call
   * is a job's (main reading its job's name), and it paid 1-2 s at load 6 (the next calls 3-40 ms), within the
   * 10 s main gives it; GitHub's own first answer costs nothing of the kind.
   */
  warm(): void {
    validatorCache();
  }

  /** The operation object for e.g. ('GET', '/repos/{owner}/{repo}'), if GitHub documents it. */
  operation(method: string, template: string): JsonObject | undefined {
    return loadSpec().paths[template]?.[method.toLowerCase()];
  }

  /** The response object (refs resolved) for a status, or undefined if the operation does not list it. */
  private response(method: string, template: string, status: number): JsonObject | undefined {
    const op = this.operation(method, template);
    const responses = op?.responses as Record<string, JsonObject> | undefined;
    let response = responses?.[String(status)];
    const ref = response?.$ref;
    if (typeof ref === 'string') response = loadSpec().components.responses[ref.split('/').pop() ?? ''];
    return response;
  }

  /** The documented statuses of an operation. */
  statuses(method: string, template: string): number[] {
    const op = this.operation(method, template);
    return Object.keys((op?.responses as JsonObject | undefined) ?? {}).map(Number);
  }

  /** The JSON schema of a response body (`undefined` when the status has no JSON body). */
  private schema(method: string, template: string, status: number): Json | undefined {
    const content = this.response(method, template, status)?.content as
      Record<string, JsonObject> | undefined;
    return content?.['application/json']?.schema;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let fn = this.compiled.get(key) ?? validatorCache().load(key);
    if (fn) this.compiled.set(key, fn);
    else {
      const refs = new Set<string>();
      const root = convert(schema, refs);
      const definitions: JsonObject = {};
      // Pull in every component the schema reaches, transitively.
      const pending = [...refs];
      while (pending.length > 0) {
        const name = pending.pop() as string;
        if (name in definitions) continue;
        const found = new Set<string>();
        definitions[name] = convert(loadSpec().components.schemas[name] ?? {}, found);
        for (const f of found) if (!(f in definitions)) pending.push(f);
      }
      fn = this.ajv.compile({ $id: `gh:op${this.compiled.size}`, definitions, allOf: [root] });
      this.compiled.set(key, fn);
      validatorCache().store(key, standaloneCode(this.ajv, fn));
    }
    return fn;
  }

  /**
   * Checks a response body against the operation's documented response. Returns an error text, or
   * undefined when the response is valid. Undocumented 4xx/5xx bodies are checked as `basic-error`.
   */
  validate(method: string, template: string, status: number, body: unknown): string | undefined {
    if (!this.operation(method, template))
      return `${method} ${template} is not in GitHub's OpenAPI description`;
    const documented = this.response(method, template, status);
    if (!documented) {
      if (status < 400) return `${method} ${template} does not document status ${status}`;
      return this.check(`basic-error`, { $ref: `${SCHEMA_REF}basic-error` }, body);
    }
    const schema = this.schema(method, template, status);
    if (schema === undefined) {
      return body === undefined || body === ''
        ? undefined
        : `${method} ${template} ${status} has no body in GitHub's API`;
    }
    return this.check(`${method} ${template} ${status}`, schema, body);
  }

  /**
   * Checks a request body against the operation's documented requestBody (JSON), so a caller sending a
   * wrong or missing field is refused as GitHub would (422). Undefined when valid or nothing documented.
   */
  validateRequest(method: string, template: string, body: unknown): string | undefined {
    const requestBody = this.operation(method, template)?.requestBody as JsonObject | undefined;
    const content = requestBody?.content as Record<string, JsonObject> | undefined;
    const schema = content?.['application/json']?.schema;
    if (schema === undefined) return undefined;
    if (body === undefined) return requestBody?.required === true ? 'a request body is required' : undefined;
    const error = this.check(`request ${method} ${template}`, schema, body);
    return error?.replace(/\bresponse\b/g, 'request');
  }

  private check(key: string, schema: Json, body: unknown): string | undefined {
    const fn = this.validator(key, schema);
    if (fn(body)) return undefined;
    return this.ajv.errorsText(fn.errors, { dataVar: 'response' });
  }

  /** The documented default example of a response: a complete, realistic object to build fakes from. */
  example(method: string, template: string, status: number): unknown {
    const content = this.response(method, template, status)?.content as
      Record<string, JsonObject> | undefined;
    const examples = content?.['application/json']?.examples as Record<string, JsonObject> | undefined;
    const first = examples ? Object.values(examples)[0] : undefined;
    if (!first) return undefined;
    const ref = first.$ref;
    const value =
      typeof ref === 'string'
        ? loadSpec().components.examples[ref.split('/').pop() ?? '']?.value
        : first.value;
    return structuredClone(value);
  }
}
