/** The record of a resume's restore (checkpoint/core/restored-state.ts): what it covers, and what it refuses. */
import { entriesOutsideDirs, parseRestoredState, type RestoredState } from '../../src/checkpoint/index.js';
import type { ManifestEntry } from '../../src/checkpoint/index.js';

const entry = (path: string, type: ManifestEntry['type']): ManifestEntry => ({ path, type, mode: 0o755 });

describe('entriesOutsideDirs: what no restored directory holds, so each is checked on its own', () => {
  it('the roots of the checkpoint, and entries whose parent is not an entry', () => {
    const entries = [
      entry('node_modules', 'dir'),
      entry('node_modules/a', 'dir'),
      entry('node_modules/a/index.js', 'file'),
      entry('node_modules/.bin', 'dir'),
      entry('node_modules/.bin/tsc', 'symlink'),
      entry('dist/main.js', 'file'),
      entry('README.md', 'file'),
    ];
    expect(entriesOutsideDirs(entries).map((e) => e.path)).toEqual([
      'node_modules',
      'dist/main.js',
      'README.md',
    ]);
  });
});

describe('parseRestoredState', () => {
  const good: RestoredState = {
    format: 1,
    id: 'ckpt-1',
    workspace: '/ws',
    dirs: [['node_modules', '2049', '1234', '1700000000123456789']],
    tops: [['node_modules', 'dir']],
  };
  const text = (over: object): string => JSON.stringify({ ...good, ...over });

  it('reads the record of this checkpoint restored into this workspace', () => {
    expect(parseRestoredState(JSON.stringify(good), 'ckpt-1', '/ws')).toEqual(good);
  });

  it("refuses another checkpoint's or another workspace's record", () => {
    expect(parseRestoredState(JSON.stringify(good), 'ckpt-2', '/ws')).toBeUndefined();
    expect(parseRestoredState(JSON.stringify(good), 'ckpt-1', '/other')).toBeUndefined();
  });

  it('refuses paths that are not plain relative entry paths, and identities that are not numbers', () => {
    for (const dirs of [
      [['../etc', '1', '2', '3']],
      [['/etc', '1', '2', '3']],
      [['a/./b', '1', '2', '3']],
      [['a', '1', '2']],
      [['a', '1', '2', 'x']],
      [['a', 1, 2, 3]],
    ])
      expect(parseRestoredState(text({ dirs }), 'ckpt-1', '/ws')).toBeUndefined();
    for (const tops of [[['..', 'dir']], [['a', 'fifo']], [['a']]])
      expect(parseRestoredState(text({ tops }), 'ckpt-1', '/ws')).toBeUndefined();
  });

  it('refuses what is not JSON, or not this format', () => {
    expect(parseRestoredState('{"format":1', 'ckpt-1', '/ws')).toBeUndefined();
    expect(parseRestoredState(text({ format: 2 }), 'ckpt-1', '/ws')).toBeUndefined();
    expect(parseRestoredState('null', 'ckpt-1', '/ws')).toBeUndefined();
  });
});
