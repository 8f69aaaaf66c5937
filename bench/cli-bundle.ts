/**
 * bench:checkpoint's build of the CLI from the current sources (esbuild, tsx's own compiler): a plain
 * bundle like ncc's dist/, without a TypeScript loader inflating time and memory, and loading what dist/
 * loads (the stand-ins tsconfig.bundle.json maps, Node's built-ins by require), so that the bench measures
 * what ships.
 */
import { builtinModules } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { repoRoot } from '../stand/services/paths.js';

/**
 * Node's built-in modules taken with `require` (the banner's), as ncc's dist/ takes them, not with
 * `import`: Node 24 makes an ES module facade of a built-in imported as ESM, reading every export, and
 * node:http's lazy WebSocket exports then load Node's own undici, ~40 ms of CPU in every process that
 * imports node:http (an incremental's profile), which dist/ never pays.
 */
export const requiredBuiltins: Plugin = {
  name: 'required-builtins',
  setup: (build) => {
    const builtin = (p: string): boolean => p.startsWith('node:') || builtinModules.includes(p);
    build.onResolve({ filter: /^[\w:/]+$/ }, (args) => {
      if (!builtin(args.path)) return undefined;
      // The shim's own require, and any require of a built-in, stay as they are.
      if (args.kind === 'require-call') return { path: args.path, external: true };
      return { path: args.path, namespace: 'required-builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'required-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * The packages dist/ takes from stand-ins (tsconfig.bundle.json's paths, which ncc reads): `undici` is the lazy
 * stand-in, so a process that never fetches does not compile undici, which @actions/http-client imports at
 * its top. Read from that file, so the bench maps what dist/ maps.
 */
export async function bundlePaths(): Promise<Plugin> {
  const config = JSON.parse(await readFile(path.join(repoRoot, 'tsconfig.bundle.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const mapped = new Map(
    Object.entries(config.compilerOptions.paths).map(([name, [to]]) => [name, path.join(repoRoot, to ?? '')]),
  );
  return {
    name: 'bundle-paths',
    setup: (build) =>
      build.onResolve({ filter: /^[\w@/.-]+$/ }, (args) => {
        const to = mapped.get(args.path);
        return to ? { path: to } : undefined;
      }),
  };
}

/** Bundles the CLI into `dir`/out (chunks per verb, like dist/); returns its entry, `dir`/out/cli.js. */
export async function esbuildCli(dir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const outdir = path.join(dir, 'out');
  const entry = path.join(dir, 'cli.mjs');
  await mkdir(path.dirname(entry), { recursive: true });
  await writeFile(
    entry,
    `import { run } from ${JSON.stringify(path.join(repoRoot, 'src/actions/cli.ts'))};\nawait run();\n`,
  );
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Lazy chunks per verb, like ncc's dist/: a verb loads only what it uses.
    splitting: true,
    target: 'node20',
    outdir,
    logLevel: 'error',
    plugins: [requiredBuiltins, await bundlePaths()],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // Typed as ESM like dist/ (dist/package.json): without it node reads each chunk to detect its syntax.
  await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  return path.join(outdir, 'cli.js');
}
