/**
 * What a source loads before any of its dynamic imports runs, read from the bundler's own import graph, as
 * the bundles are built: the tests that keep a heavy module off a start-up path ask it.
 */
import { build, type Metafile } from 'esbuild';
import { repoRoot as root } from '../stand/services/paths.js';

/** The inputs `entries` load before any dynamic import runs (externals included), each with its chain. */
export async function staticGraph(entries: string[]): Promise<Map<string, string[]>> {
  const { metafile } = await build({
    entryPoints: entries,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const reached = new Map<string, string[]>(entries.map((e) => [e, [e]]));
  const queue = [...entries];
  for (let at = queue.shift(); at !== undefined; at = queue.shift())
    for (const i of inputs[at]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || reached.has(i.path)) continue;
      reached.set(i.path, [...reached.get(at)!, i.path]);
      if (!i.external) queue.push(i.path);
    }
  return reached;
}
