/**
 * What a save to a `dir:` store loads: the engine and the CLI's checkpoint verb reach the HTTP transport
 * (`@actions/http-client`, and undici, which it imports at its top: about 0.1 s of CPU per process) only
 * through dynamic imports, taken when a store, a keyed cache entry or a trust record needs it. Read from
 * the bundler's own import graph, as the CLI's bundle is built.
 */
import { build, type Metafile } from 'esbuild';
import { repoRoot as root } from '../../stand/services/paths.js';

/** The inputs `entry` loads before any dynamic import runs, each with the chain that brings it in. */
async function staticGraph(entry: string): Promise<Map<string, string[]>> {
  const { metafile } = await build({
    entryPoints: [entry],
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
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let at = queue.shift(); at !== undefined; at = queue.shift())
    for (const i of inputs[at]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || i.external || reached.has(i.path)) continue;
      reached.set(i.path, [...reached.get(at)!, i.path]);
      queue.push(i.path);
    }
  return reached;
}

const transport = (file: string): boolean => /node_modules\/(@actions\/http-client|undici)\//.test(file);

describe('a save to a dir: store loads no HTTP transport', () => {
  it.each(['src/checkpoint/adapters/index.ts', 'src/cli/checkpoint.ts', 'src/cli/support.ts'])(
    '%s reaches @actions/http-client and undici only through dynamic imports',
    async (entry) => {
      const graph = await staticGraph(entry);
      // The graph is real: the engine's save and its store are in it.
      if (entry.includes('adapters'))
        expect([...graph.keys()]).toEqual(
          expect.arrayContaining(['src/checkpoint/adapters/save.ts', 'src/checkpoint/adapters/store.ts']),
        );
      const chains = [...graph].filter(([file]) => transport(file)).map(([, chain]) => chain.join(' <- '));
      expect(chains).toEqual([]);
    },
    60_000,
  );

  it('the artifact store itself still loads it (the check sees the transport where it is)', async () => {
    const graph = await staticGraph('src/checkpoint/adapters/artifact-store.ts');
    expect([...graph.keys()].some(transport)).toBe(true);
  }, 60_000);
});
