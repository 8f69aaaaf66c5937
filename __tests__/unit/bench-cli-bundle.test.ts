/**
 * bench:checkpoint's own build of the CLI (bench/cli-bundle.ts) loads what ncc's dist/ loads, so that the
 * bench measures what ships: Node's built-ins by `require` (imported as ES modules under Node 24,
 * node:http's facade loads Node's own undici, ~40 ms of CPU in every process), and `undici` as the lazy
 * stand-in (@actions/http-client imports it at its top; compiled up front it cost every artifact-store
 * process). Both read from the bundle's own files: its import statements and its chunks' module comments.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { esbuildCli } from '../../bench/cli-bundle.js';

let chunks: Map<string, string>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-cli-bundle-'));
  const entry = await esbuildCli(dir);
  const out = path.dirname(entry);
  chunks = new Map();
  for (const name of await readdir(out))
    if (name.endsWith('.js')) chunks.set(name, await readFile(path.join(out, name), 'utf8'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The modules a chunk imports statically (`import ... from "x"`, `import "x"`; not `import("x")`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/^\s*import\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

const isBuiltin = (s: string): boolean => s.startsWith('node:') || builtinModules.includes(s);

it('imports no built-in as an ES module but the banner’s node:module (each is taken by require, as in dist/)', () => {
  const imported = [...chunks].flatMap(([name, code]) =>
    staticImports(code)
      .filter(isBuiltin)
      .map((s) => `${name}: ${s}`),
  );
  expect(imported.length).toBeGreaterThan(0);
  expect(imported.filter((i) => !i.endsWith(': node:module'))).toEqual([]);
});

it('reaches undici only through a dynamic import (the lazy stand-in), never from a chunk’s static imports', () => {
  const holders = [...chunks].filter(([, code]) => code.includes('// node_modules/undici/index.js'));
  expect(holders.length).toBe(1);
  const [undiciChunk] = holders[0]!;
  const importers = [...chunks]
    .filter(([, code]) => staticImports(code).some((s) => path.basename(s) === undiciChunk))
    .map(([name]) => name);
  expect(importers).toEqual([]);
  // Something does import it, lazily: the stand-in's import('undici/index.js').
  expect([...chunks.values()].some((code) => code.includes(`import("./${undiciChunk}")`))).toBe(true);
});
