/**
 * The fake GitHub's validators kept between processes: one read back from the cache judges as the compiled
 * one does, a change to what decides the code takes another directory, and a directory others may write is
 * never used (its code would run in the test process).
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { repoRoot } from '../../stand/services/paths.js';
import { ownDir, ValidatorCache } from '../../stand/services/validator-cache.js';

const standaloneCode = (standaloneModule as unknown as { default: (ajv: Ajv, fn: unknown) => string })
  .default;

let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'validator-cache-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const schema = {
  type: 'object',
  required: ['id', 'status'],
  properties: { id: { type: 'integer' }, status: { enum: ['queued', 'completed'] } },
};

test('a validator read back from the cache accepts and refuses what the compiled one does, with the same error', () => {
  const ajv = new Ajv({ code: { source: true } });
  const compiled = ajv.compile(schema);
  const dir = ownDir(['v1'], base);
  expect(dir).toBeDefined();
  new ValidatorCache(dir, repoRoot).store('GET /x 200', standaloneCode(ajv, compiled));

  const loaded = new ValidatorCache(dir, repoRoot).load('GET /x 200');
  expect(loaded).toBeDefined();
  expect(loaded?.({ id: 1, status: 'queued' })).toBe(true);
  expect(compiled({ id: 1, status: 'done' })).toBe(false);
  expect(loaded?.({ id: 1, status: 'done' })).toBe(false);
  expect(ajv.errorsText(loaded?.errors)).toBe(ajv.errorsText(compiled.errors));
  expect(new ValidatorCache(dir, repoRoot).load('GET /y 200')).toBeUndefined();
});

test('another version of what decides the code takes another directory', () => {
  expect(ownDir(['ajv 8', 'spec A'], base)).not.toBe(ownDir(['ajv 8', 'spec B'], base));
  expect(ownDir(['ajv 8', 'spec A'], base)).toBe(ownDir(['ajv 8', 'spec A'], base));
});

test('a directory others may write is not used, and nothing is stored or read there', () => {
  chmodSync(base, 0o777);
  expect(ownDir(['v1'], base)).toBeUndefined();
  const cache = new ValidatorCache(ownDir(['v1'], base), repoRoot);
  cache.store('GET /x 200', 'module.exports.default = () => true;');
  expect(cache.load('GET /x 200')).toBeUndefined();
  expect(readdirSync(base)).toEqual([]);
});

test('a cache file that is not code is a miss, not an error', () => {
  const dir = ownDir(['v1'], base);
  const cache = new ValidatorCache(dir, repoRoot);
  cache.store('GET /x 200', 'this is { not javascript');
  expect(cache.load('GET /x 200')).toBeUndefined();
});
