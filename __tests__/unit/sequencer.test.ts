/**
 * The suite's test sequencer: without timings from an earlier run (a fresh clone), the stand's stories
 * start first, then the integration files, then the unit files, whatever their size; with timings, jest's own order (longest first)
 * is kept.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../stand/services/paths.js';

interface FakeTest {
  path: string;
  duration?: number;
  context: {
    config: { displayName?: { name: string }; cacheDirectory: string; name: string };
    hasteFS: object;
  };
}

type Sequencer = {
  sort(tests: FakeTest[]): FakeTest[];
  cacheResults(tests: FakeTest[], results: object): void;
};

async function sequencer(): Promise<Sequencer> {
  const url = pathToFileURL(path.join(repoRoot, '__tests__/sequencer.js')).href;
  const { default: LongFirst } = (await import(url)) as { default: new () => Sequencer };
  return new LongFirst();
}

/** Files of `project` with their sizes; no cache file exists under this directory, so no timings. */
function files(
  project: string,
  dir: string,
  sizes: Record<string, number>,
  cacheDirectory: string,
): FakeTest[] {
  const hasteFS = { getSize: (p: string) => sizes[path.basename(p)] };
  const config = { displayName: { name: project }, cacheDirectory, name: `seq-${project}` };
  return Object.keys(sizes).map((name) => ({
    path: path.join('/x/__tests__', dir, name),
    context: { config, hasteFS },
  }));
}

test("without timings, the stand's stories start first, then the integration files, then the unit files (each by size)", async () => {
  const none = path.join(repoRoot, '.no-such-jest-cache');
  const tests = [
    ...files('unit', 'unit', { 'big-unit.test.ts': 90_000, 'small-unit.test.ts': 1_000 }, none),
    ...files('e2e', 'integration', { 'adapter.test.ts': 20_000 }, none),
    ...files('e2e', 'e2e', { 'story.test.ts': 5_000, 'other.test.ts': 8_000 }, none),
  ];
  const order = (await sequencer()).sort(tests).map((t) => path.basename(t.path));
  expect(order).toEqual([
    'other.test.ts',
    'story.test.ts',
    'adapter.test.ts',
    'big-unit.test.ts',
    'small-unit.test.ts',
  ]);
});

test('with timings, the longest file starts first, whichever project it is in', async () => {
  const none = path.join(repoRoot, '.no-such-jest-cache');
  const tests = [
    ...files('unit', 'unit', { 'slow-unit.test.ts': 1_000 }, none),
    ...files('e2e', 'e2e', { 'quick.test.ts': 5_000 }, none),
  ];
  const seq = await sequencer();
  const timed = seq.sort(tests).map((t) => ({ ...t, duration: t.path.includes('slow') ? 60_000 : 1_000 }));
  // What jest does between runs: the sequencer's time() reads these back from its cache object.
  (seq as unknown as { _cache: Map<object, Record<string, [number, number]>> })._cache = new Map(
    timed.map((t) => [t.context, { [t.path]: [0, t.duration] }]),
  );
  expect(seq.sort(timed).map((t) => path.basename(t.path))).toEqual(['slow-unit.test.ts', 'quick.test.ts']);
});
