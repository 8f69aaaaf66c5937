/**
 * What `ci-recovery classify` loads for a plain log: the zip reader (yauzl), the glob matcher (picomatch), the
 * checkpoint engine's door, node:crypto, the team rules' engine (re2js) and the JUnit reader (fast-xml-parser)
 * are reached only through dynamic imports or a call, taken for a zip, a lane decision, a save's progress, a
 * runner's stop-commands token, a config file or a report. Each was part of every start (~15 %
 * of the CPU of a classify of a short log). Read from the bundler's own import graph, as the CLI's bundle is
 * built.
 */
import { staticGraph } from '../static-graph.js';

const chainsTo = (graph: Map<string, string[]>, wanted: RegExp): string[] =>
  [...graph].filter(([file]) => wanted.test(file)).map(([, chain]) => chain.join(' <- '));

describe('a classify of a plain log', () => {
  let graph: Map<string, string[]>;
  beforeAll(async () => {
    // The CLI's entry and the verb it loads (commands.ts imports each verb dynamically).
    graph = await staticGraph(['src/actions/cli.ts', 'src/cli/classify.ts']);
  }, 60_000);

  it('is the graph it claims to be: the scanner, the log reader and the config reader are in it', () => {
    expect([...graph.keys()]).toEqual(
      expect.arrayContaining([
        'src/core/classify/scanner.ts',
        'src/adapters/log-file.ts',
        'src/adapters/config-file.ts',
      ]),
    );
  });

  it.each([
    ['the zip reader', /node_modules\/yauzl\//],
    ['the glob matcher', /node_modules\/picomatch\//],
    ["the checkpoint engine's door", /^src\/checkpoint\/index\.ts$/],
    ['node:crypto', /^(node:)?crypto$/],
    ["the team rules' engine (re2js)", /node_modules\/re2js\//],
    ["the reports' XML parser", /node_modules\/fast-xml-parser\//],
  ])('loads %s only through a dynamic import or a call', (_what, wanted) => {
    expect(chainsTo(graph, wanted)).toEqual([]);
  });

  it('the verbs that need them still load them (the check sees them where they are)', async () => {
    const zip = await staticGraph(['src/adapters/log-archive.ts']);
    // The lanes load picomatch dynamically too (only for a file a lane glob may match); the test reports' reader
    // imports it.
    const globs = await staticGraph(['src/adapters/test-reports.ts']);
    const save = await staticGraph(['src/cli/checkpoint.ts']);
    expect(chainsTo(zip, /node_modules\/yauzl\//)).not.toEqual([]);
    expect(chainsTo(globs, /node_modules\/picomatch\//)).not.toEqual([]);
    expect(chainsTo(save, /^src\/checkpoint\/index\.ts$/)).not.toEqual([]);
    expect(chainsTo(save, /^(node:)?crypto$/)).not.toEqual([]);
  }, 60_000);
});
