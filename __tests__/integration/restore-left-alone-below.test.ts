/**
 * What a restore leaves alone (.git at any depth, what the save excluded, the store) must survive when the
 * directory holding it is not in the checkpoint: the restore deletes that directory's other entries, never
 * the directory whole, and refuses to put a file or link in its place. Real git, tar and zstd.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { encodeManifest, type Manifest } from '../../src/checkpoint/index.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-left-alone-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'one', meta });
  // After the checkpoint the user clones a repository into the workspace, with work of their own in it.
  const lib = path.join(ws, 'vendor/lib');
  mkdirSync(lib, { recursive: true });
  git(lib, 'init', '-q', '.');
  writeFileSync(path.join(lib, 'x.txt'), 'committed\n');
  git(lib, 'add', 'x.txt');
  git(lib, 'commit', '-qm', 'work');
  writeFileSync(path.join(ws, 'vendor/.env'), 'SECRET=1\n');
  writeFileSync(path.join(ws, 'vendor/notes.txt'), 'notes\n');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test("a directory the checkpoint lacks keeps the nested repository's .git and the excluded files in it; the rest goes", async () => {
  const r = await restoreCheckpoint({ store, checkpoint: 'one', dest: ws });
  expect(r.restored).toBe(true);
  // .git, at any depth, is never written into or removed; nor is what the save excluded (dotfiles).
  expect(existsSync(path.join(ws, 'vendor/lib/.git/HEAD'))).toBe(true);
  expect(git(path.join(ws, 'vendor/lib'), 'log', '--format=%s')).toBe('work\n');
  expect(readFileSync(path.join(ws, 'vendor/.env'), 'utf8')).toBe('SECRET=1\n');
  // What the checkpoint does not have and nobody left alone is deleted, as the restore promises.
  expect(existsSync(path.join(ws, 'vendor/notes.txt'))).toBe(false);
  expect(existsSync(path.join(ws, 'vendor/lib/x.txt'))).toBe(false);
  expect(r.changes.deleted).not.toContain('vendor');
  expect(r.changes.deleted).toContain('vendor/notes.txt');
});

test('a checkpoint that puts a file or a link where a directory holds a .git is refused, the workspace unchanged', async () => {
  for (const type of ['file', 'symlink'] as const) {
    const m = JSON.parse(JSON.stringify(await store.getManifest('one'))) as Manifest;
    m.id = `over-${type}`;
    m.archive = { ...m.archive, file: `${m.id}.tar.zst` };
    copyFileSync(path.join(storeDir, 'one.tar.zst'), path.join(storeDir, m.archive.file));
    for (const e of m.entries) if (e.from) e.from = m.id;
    // Links need no bytes from the archive: the manifest alone puts one over 'vendor/lib'.
    m.entries.push(
      { path: 'vendor', type: 'dir', mode: 0o755 },
      type === 'file'
        ? { ...m.entries.find((e) => e.path === 'src/a.txt')!, path: 'vendor/lib', link: 'src/a.txt' }
        : { path: 'vendor/lib', type: 'symlink', mode: 0o777, target: 'elsewhere' },
    );
    writeFileSync(path.join(storeDir, `${m.id}.manifest.json`), encodeManifest(m).stored);
    const before = await treeDigest(ws);
    await expect(restoreCheckpoint({ store, checkpoint: m.id, dest: ws })).rejects.toThrow(
      /vendor\/lib.*holds '?vendor\/lib\/\.git'?/,
    );
    expect(await treeDigest(ws)).toBe(before);
  }
});

test('what the save excluded that is neither git nor credentials goes with its directory, as before (review)', async () => {
  // A directory the checkpoint lacks, holding only a .DS_Store-like dotfile besides a file: removed whole,
  // not kept as a shell that the next save would record.
  mkdirSync(path.join(ws, 'old/deep'), { recursive: true });
  writeFileSync(path.join(ws, 'old/deep/.DS_Store'), 'x');
  writeFileSync(path.join(ws, 'old/f.txt'), 'f');
  rmSync(path.join(ws, 'vendor'), { recursive: true });
  const r = await restoreCheckpoint({ store, checkpoint: 'one', dest: ws });
  expect(r.restored).toBe(true);
  expect(existsSync(path.join(ws, 'old'))).toBe(false);
  // A checkpoint with a link where the disk has a directory holding only a `.gitkeep`: restored, not refused.
  rmSync(path.join(ws, 'src'), { recursive: true });
  symlinkSync('elsewhere', path.join(ws, 'src'));
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'linked', meta });
  rmSync(path.join(ws, 'src'));
  mkdirSync(path.join(ws, 'src'));
  writeFileSync(path.join(ws, 'src/.gitkeep'), '');
  const linked = await restoreCheckpoint({ store, checkpoint: 'linked', dest: ws });
  expect(linked.restored).toBe(true);
  expect(lstatSync(path.join(ws, 'src')).isSymbolicLink()).toBe(true);
});
