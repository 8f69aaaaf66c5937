/**
 * Hard links (pnpm's node_modules/.pnpm, hard-linked from its store) are saved as links and restored as
 * links: real `ln` trees, the real tar stream and zstd, a directory store. A manifest's links are
 * untrusted: one that names anything but a file restored before it is refused, the workspace untouched.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import type { CheckpointMeta } from '../../src/checkpoint/index.js';

const meta: CheckpointMeta = { stage: 'deps', job: 'test', runId: '7', attempt: 1, completedStages: [] };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;

/** 512 KiB that do not compress: an archive holding them twice is twice as big. */
const blob = randomBytes(512 * 1024);
const NAMES = [
  'node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js',
  'node_modules/.pnpm/debug@4/node_modules/ms/index.js',
  'node_modules/ms/index.js',
];

/** A pnpm-like tree: one file with three names (`ln`), a plain file, and a file whose twin is outside. */
function makeTree(dir: string): void {
  for (const n of NAMES) mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
  writeFileSync(path.join(dir, NAMES[0]!), blob);
  execFileSync('ln', [path.join(dir, NAMES[0]!), path.join(dir, NAMES[1]!)]);
  execFileSync('ln', [path.join(dir, NAMES[0]!), path.join(dir, NAMES[2]!)]);
  writeFileSync(path.join(dir, 'node_modules/plain.js'), 'module.exports = 1;\n');
  writeFileSync(path.join(tmp, 'store-copy.js'), 'outside\n');
  execFileSync('ln', [path.join(tmp, 'store-copy.js'), path.join(dir, 'node_modules/from-store.js')]);
  age(dir);
}

/** Makes every file look old, so the incremental fast path (stat unchanged, not racy) applies. */
function age(dir: string): void {
  const old = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) utimesSync(path.join(e.parentPath, e.name), old, old);
}

const inode = (p: string): number => statSync(p).ino;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-links-'));
  ws = path.join(tmp, 'ws');
  makeTree(ws);
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test('a second name of a saved file is a link in the manifest and in the archive (GNU tar restores it linked)', async () => {
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  const byPath = new Map(saved.manifest.entries.map((e) => [e.path, e]));
  // Walk order: sorted, so the first name met is node_modules/.pnpm/debug@4/...
  const [second, first, third] = [NAMES[0]!, NAMES[1]!, NAMES[2]!];
  expect(byPath.get(first)!.link).toBeUndefined();
  expect(byPath.get(second)!.link).toBe(first);
  expect(byPath.get(third)!.link).toBe(first);
  expect(byPath.get(second)!.sha256).toBe(byPath.get(first)!.sha256);
  // A twin outside the tree is no link of the checkpoint: that file is saved as a file.
  expect(byPath.get('node_modules/from-store.js')!.link).toBeUndefined();
  // The incompressible bytes are in the archive once, not three times.
  expect(saved.manifest.archive.size).toBeLessThan(blob.length * 1.5);
  const out = path.join(tmp, 'gnu');
  mkdirSync(out);
  const archive = path.join(storeDir, saved.manifest.archive.file);
  execFileSync('sh', ['-c', `zstd -d -q -c '${archive}' | tar -x -C '${out}'`]);
  expect(inode(path.join(out, second))).toBe(inode(path.join(out, first)));
  expect(inode(path.join(out, third))).toBe(inode(path.join(out, first)));
  expect(readFileSync(path.join(out, third)).equals(blob)).toBe(true);
});

test('a restore makes the links again, into an empty directory and over separate copies', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  const dest = path.join(tmp, 'dest');
  await restoreCheckpoint({ store, checkpoint: 'full-1', dest, destOutsideWorkspace: true });
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
  const ino = inode(path.join(dest, NAMES[0]!));
  for (const n of NAMES) expect(inode(path.join(dest, n))).toBe(ino);
  expect(statSync(path.join(dest, NAMES[0]!)).nlink).toBe(3);

  // Over a tree where the same bytes are three separate files: rewritten, linked.
  const copies = path.join(tmp, 'copies');
  for (const n of NAMES) {
    mkdirSync(path.dirname(path.join(copies, n)), { recursive: true });
    writeFileSync(path.join(copies, n), blob);
  }
  await restoreCheckpoint({ store, checkpoint: 'full-1', dest: copies, destOutsideWorkspace: true });
  expect(await treeDigest(copies)).toBe(await treeDigest(ws));
  for (const n of NAMES) expect(inode(path.join(copies, n))).toBe(inode(path.join(copies, NAMES[0]!)));
  expect((await validateCheckpoint(store, 'full-1')).ok).toBe(true);
});

test('names the checkpoint holds apart are split again where the destination has them linked', async () => {
  // Saved apart: three separate files of the same bytes, and two link groups of the same bytes.
  const apart = path.join(tmp, 'apart');
  mkdirSync(apart);
  for (const n of ['a.js', 'b.js', 'c.js']) writeFileSync(path.join(apart, n), 'same\n');
  for (const n of ['g1.js', 'g2.js']) writeFileSync(path.join(apart, n), 'group\n');
  execFileSync('ln', [path.join(apart, 'g1.js'), path.join(apart, 'g1-link.js')]);
  execFileSync('ln', [path.join(apart, 'g2.js'), path.join(apart, 'g2-link.js')]);
  await saveCheckpoint({ store, workspace: apart, paths: ['.'], id: 'apart', meta });
  // The destination has every same-bytes name on one inode (a tool that dedups by hard links).
  const dest = path.join(tmp, 'linked');
  mkdirSync(dest);
  writeFileSync(path.join(dest, 'a.js'), 'same\n');
  for (const n of ['b.js', 'c.js']) execFileSync('ln', [path.join(dest, 'a.js'), path.join(dest, n)]);
  writeFileSync(path.join(dest, 'g1.js'), 'group\n');
  for (const n of ['g1-link.js', 'g2.js', 'g2-link.js'])
    execFileSync('ln', [path.join(dest, 'g1.js'), path.join(dest, n)]);
  await restoreCheckpoint({ store, checkpoint: 'apart', dest, destOutsideWorkspace: true });
  expect(await treeDigest(dest)).toBe(await treeDigest(apart));
  // As saved: a write through one name changes no other.
  const ino = (n: string): number => inode(path.join(dest, n));
  expect(new Set([ino('a.js'), ino('b.js'), ino('c.js')]).size).toBe(3);
  expect(ino('g1-link.js')).toBe(ino('g1.js'));
  expect(ino('g2-link.js')).toBe(ino('g2.js'));
  expect(ino('g2.js')).not.toBe(ino('g1.js'));
  expect(statSync(path.join(dest, 'g1.js')).nlink).toBe(2);
});

test('an incremental reuses the links unchanged, and follows new bytes written through any name', async () => {
  const cache = path.join(tmp, 'manifests');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta, manifestCache: cache });
  const same = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'inc-1',
    meta,
    parent: 'full-1',
    manifestCache: cache,
  });
  expect(same.manifest.changed).toEqual([]);
  // Rewritten through the third name: every name has the new bytes, and the restore links them.
  const fresh = randomBytes(1000);
  writeFileSync(path.join(ws, NAMES[2]!), fresh);
  age(ws);
  const changed = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'inc-2',
    meta,
    parent: 'inc-1',
    manifestCache: cache,
  });
  expect(changed.manifest.changed).toEqual([NAMES[1]]);
  const dest = path.join(tmp, 'dest');
  await restoreCheckpoint({ store, checkpoint: 'inc-2', dest, destOutsideWorkspace: true });
  for (const n of NAMES) expect(readFileSync(path.join(dest, n)).equals(fresh)).toBe(true);
  expect(statSync(path.join(dest, NAMES[0]!)).nlink).toBe(3);
});

test('a partial restore of a link whose file lies outside it restores the bytes, and nothing else', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  const dest = path.join(tmp, 'dest');
  await restoreCheckpoint({
    store,
    checkpoint: 'full-1',
    dest,
    destOutsideWorkspace: true,
    paths: ['node_modules/ms'],
  });
  expect(readFileSync(path.join(dest, NAMES[2]!)).equals(blob)).toBe(true);
  expect(readdirSync(path.join(dest, 'node_modules'))).toEqual(['ms']);
});

/** Rewrites the stored manifest of `id` with `edit` applied to its entry columns. */
function tamper(id: string, edit: (cols: Record<string, unknown>) => void): void {
  const file = path.join(storeDir, `${id}.manifest.json`);
  const m = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
  edit(m.entries);
  rmSync(file);
  writeFileSync(file, JSON.stringify(m));
}

test.each([
  ['a path outside the tree', (at: number, _first: number) => ({ [at]: '../../etc/passwd' })],
  ['a later entry', (at: number, _first: number) => ({ [at - 1]: NAMES[2]!, [at]: NAMES[1]! })],
  ['a directory', (at: number, _first: number) => ({ [at]: 'node_modules' })],
  ['itself', (at: number, _first: number) => ({ [at]: NAMES[0]! })],
  ['a file of other bytes', (at: number, _first: number) => ({ [at]: 'node_modules/plain.js' })],
  ['from a directory entry', (_at: number, first: number) => ({ [first - 1]: NAMES[1]! })],
])('a manifest whose link names %s is refused, the workspace untouched', async (_what, links) => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  tamper('full-1', (cols) => {
    const paths = cols.path as string[];
    cols.link = links(paths.indexOf(NAMES[0]!), paths.indexOf(NAMES[1]!));
  });
  const dest = path.join(tmp, 'dest');
  mkdirSync(dest);
  writeFileSync(path.join(dest, 'keep.txt'), 'mine');
  const before = await treeDigest(dest);
  await expect(
    restoreCheckpoint({ store, checkpoint: 'full-1', dest, destOutsideWorkspace: true }),
  ).rejects.toThrow(/link|outside|normal form|entries/);
  expect(await treeDigest(dest)).toBe(before);
});

test('an archive whose file the manifest wants comes as a hard link is refused', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  // The manifest says every name is a plain file with its bytes in the archive; the archive links them.
  tamper('full-1', (cols) => delete cols.link);
  const dest = path.join(tmp, 'dest');
  mkdirSync(dest);
  writeFileSync(path.join(dest, 'keep.txt'), 'mine');
  const before = await treeDigest(dest);
  await expect(
    restoreCheckpoint({ store, checkpoint: 'full-1', dest, destOutsideWorkspace: true }),
  ).rejects.toThrow(/is a hard link, but its manifest wants its bytes/);
  expect(await treeDigest(dest)).toBe(before);
});
