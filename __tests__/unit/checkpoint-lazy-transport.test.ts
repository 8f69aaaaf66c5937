/**
 * What a save to a `dir:` store loads: the engine and the CLI's checkpoint verb reach the HTTP transport
 * (`@actions/http-client`, and undici, which it imports at its top: about 0.1 s of CPU per process) only
 * through dynamic imports, taken when a store, a keyed cache entry or a trust record needs it. Read from
 * the bundler's own import graph, as the CLI's bundle is built.
 */
import { staticGraph } from '../static-graph.js';

const transport = (file: string): boolean => /node_modules\/(@actions\/http-client|undici)\//.test(file);

describe('a save to a dir: store loads no HTTP transport', () => {
  it.each(['src/checkpoint/adapters/index.ts', 'src/cli/checkpoint.ts', 'src/cli/support.ts'])(
    '%s reaches @actions/http-client and undici only through dynamic imports',
    async (entry) => {
      const graph = await staticGraph([entry]);
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
    const graph = await staticGraph(['src/checkpoint/adapters/artifact-store.ts']);
    expect([...graph.keys()].some(transport)).toBe(true);
  }, 60_000);
});
