/** Paths outside the workspace: what `cache-paths` accepts, and what a manifest's `roots` may say. */
import {
  checkedRootRecords,
  parseOutsidePath,
  resolveRoot,
  rootOverlaps,
  rootsToSave,
} from '../../src/checkpoint/index.js';
import { isValidId } from '../../src/checkpoint/index.js';

const bases = { home: '/home/runner', toolCache: '/opt/hostedtoolcache' };

test('names a cache under HOME or the tool cache, spelled the way actions/cache users write path:', () => {
  expect(parseOutsidePath('~/.m2', bases)).toEqual({ name: 'home:.m2', path: '~/.m2' });
  expect(parseOutsidePath('~/.cache/pip/', bases)).toEqual({ name: 'home:.cache/pip', path: '~/.cache/pip' });
  expect(parseOutsidePath('$HOME/.cargo/registry', bases)).toEqual({
    name: 'home:.cargo/registry',
    path: '~/.cargo/registry',
  });
  expect(parseOutsidePath('$RUNNER_TOOL_CACHE', bases)).toEqual({
    name: 'tool-cache:.',
    path: '$RUNNER_TOOL_CACHE',
  });
  // `${{ runner.tool_cache }}/node` reaches the action already expanded.
  expect(parseOutsidePath('/opt/hostedtoolcache/node', bases)).toEqual({
    name: 'tool-cache:node',
    path: '$RUNNER_TOOL_CACHE/node',
  });
  expect(resolveRoot({ name: 'home:.m2' }, bases)).toEqual({ dir: '/home/runner/.m2', base: '/home/runner' });
  expect(resolveRoot({ name: 'home:.m2' }, {})).toEqual({});
});

test.each([
  ['/', /not a path ci-recovery may restore/],
  ['~', /whole home directory/],
  ['~/', /whole home directory/],
  ['$HOME', /whole home directory/],
  ['~other/.m2', /not a path ci-recovery may restore/],
  ['/etc/ssl', /not a path ci-recovery may restore/],
  ['/opt/hostedtoolcache/../x', /not a path ci-recovery may restore|not a plain path/],
  ['~/../etc', /not a plain path/],
  ['~/.cache/*', /glob/],
])('refuses %j', (entry, why) => {
  expect(() => parseOutsidePath(entry, bases)).toThrow(why);
});

test('a root may neither hold nor sit inside the workspace or RUNNER_TEMP', () => {
  expect(
    rootOverlaps('/home/runner/.m2', ['/home/runner/work/r/r', '/home/runner/work/_temp']),
  ).toBeUndefined();
  expect(rootOverlaps('/home/runner/work', ['/home/runner/work/r/r'])).toBe('/home/runner/work/r/r');
  expect(rootOverlaps('/home/runner/work/r/r/x', ['/home/runner/work/r/r'])).toBe('/home/runner/work/r/r');
});

test("the next checkpoint's roots: each completed stage's cache paths once, with every stage that filled it", () => {
  const { roots, refused } = rootsToSave(
    { deps: ['~/.m2', '~/.gradle/caches'], build: ['~/.m2', '/etc'], lint: ['~/.cache/lint'] },
    ['deps', 'build'],
    bases,
  );
  expect(roots).toEqual([
    { name: 'home:.m2', path: '~/.m2', stages: ['deps', 'build'] },
    { name: 'home:.gradle/caches', path: '~/.gradle/caches', stages: ['deps'] },
  ]);
  expect(refused).toEqual([expect.stringContaining("'/etc'")]);
});

test("a manifest's roots are checked: known base, safe path, its spelling, a checkpoint id", () => {
  const good = { name: 'home:.m2', path: '~/.m2', checkpoint: 'ck-1-root1', stages: ['deps'] };
  expect(checkedRootRecords([good], isValidId)).toEqual([good]);
  expect(checkedRootRecords(undefined, isValidId)).toBeUndefined();
  for (const [bad, why] of [
    [{ ...good, name: 'abs:/etc' }, /name/],
    [{ ...good, name: 'home:../etc', path: '~/../etc' }, /unsafe/],
    [{ ...good, name: 'home:.', path: '~' }, /unsafe/],
    [{ ...good, path: '/etc' }, /path/],
    [{ ...good, checkpoint: '../x' }, /checkpoint/],
    [{ ...good, stages: 'deps' }, /stages/],
  ] as const)
    expect(() => checkedRootRecords([bad], isValidId)).toThrow(why);
});
