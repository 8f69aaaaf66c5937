/** Checkpoint paths with globs and exclusions, resolved against a real directory tree. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveCheckpointPaths, splitPatterns } from '../../src/checkpoint/adapters/path-globs.js';

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(path.join(os.tmpdir(), 'path-globs-'));
  for (const f of [
    'packages/a/node_modules/x/index.js',
    'packages/b/node_modules/y.js',
    'packages/b/src/main.js',
    'dist/app.js',
    'dist/app.js.map',
    'dist/sub/lib.js',
    '.git/objects/ab/cd.js',
    '.cache/tool.js',
  ]) {
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    writeFileSync(path.join(ws, f), f);
  }
  // A link to a directory is matched as a link, never followed.
  symlinkSync('../packages', path.join(ws, 'dist/link'));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

test('plain paths stay as written; a missing one is reported, not silently saved as nothing', () => {
  expect(resolveCheckpointPaths(ws, ['dist', './packages/b', 'nope'])).toEqual({
    roots: ['dist', 'packages/b'],
    exclude: [],
    unmatched: ['nope'],
  });
});

test('a glob becomes the paths it matches, outermost only, and a matched directory is taken whole', () => {
  expect(resolveCheckpointPaths(ws, ['packages/*/node_modules']).roots).toEqual([
    'packages/a/node_modules',
    'packages/b/node_modules',
  ]);
  expect(resolveCheckpointPaths(ws, ['dist/**/*.js', 'dist/sub']).roots).toEqual(['dist/app.js', 'dist/sub']);
});

test('globs reach dotfiles only with include-hidden-files, never .git; links are matched, not followed', () => {
  expect(resolveCheckpointPaths(ws, ['**/*.js']).roots).not.toContain('.cache/tool.js');
  expect(resolveCheckpointPaths(ws, ['**/*.js'], { includeHidden: true }).roots).toEqual([
    '.cache/tool.js',
    'dist/app.js',
    'dist/sub/lib.js',
    'packages/a/node_modules/x/index.js',
    'packages/b/node_modules/y.js',
    'packages/b/src/main.js',
  ]);
  expect(resolveCheckpointPaths(ws, ['dist/l*']).roots).toEqual(['dist/link']);
});

test("'!' patterns are exclusions: left out of the matches and handed to the save", () => {
  const r = resolveCheckpointPaths(ws, ['packages/**/*.js', '!**/node_modules']);
  expect(r).toEqual({ roots: ['packages/b/src/main.js'], exclude: ['**/node_modules'], unmatched: [] });
  expect(resolveCheckpointPaths(ws, ['build/**']).unmatched).toEqual(['build/**']);
  expect(splitPatterns([' ./a ', '!./b', '', './'])).toEqual({ include: ['a', '.'], exclude: ['b'] });
});
