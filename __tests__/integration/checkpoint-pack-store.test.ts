/**
 * A save in two parts, for `run/`'s checkpoint before a stage: `onPacked` says every file is read (their
 * bytes are in the archive's stream) while the archive and the manifest are still being stored, so the
 * stage's command can start. What the command changes from then on never reaches the checkpoint, and a
 * save told so never packs the workspace again. Real scan, tar, zstd and a directory store whose archive
 * upload waits on a gate: the moment the command runs in.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  cleanupCheckpoints,
  restoreCheckpoint,
  saveCheckpoint,
} from '../../src/checkpoint/adapters/index.js';
import { ChainGoneError } from '../../src/checkpoint/adapters/save-commit.js';
import { DirStore } from '../../src/checkpoint/adapters/store.js';
import { GatedStore } from '../gated-store.js';

const META = { stage: 'build', job: 'build', runId: '9', attempt: 1 };

let tmp: string;
let ws: string;
let dir: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pack-store-'));
  ws = path.join(tmp, 'ws');
  dir = path.join(tmp, 'store');
  mkdirSync(path.join(ws, 'out/sub'), { recursive: true });
  writeFileSync(path.join(ws, 'out/a.txt'), 'a before\n');
  writeFileSync(path.join(ws, 'out/sub/b.txt'), 'b before\n');
  // Larger than one of the packer's buffers: its bytes are read before the save says so, too.
  writeFileSync(path.join(ws, 'out/big.bin'), Buffer.alloc(3 << 20, 7));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

test('onPacked comes once every file is read and before the manifest is stored; later changes are not in it', async () => {
  const store = new GatedStore(dir);
  const seen: string[] = [];
  const saving = saveCheckpoint({
    store,
    workspace: ws,
    paths: ['out'],
    id: 'before-build',
    meta: META,
    onPacked: () => {
      seen.push(existsSync(path.join(dir, 'before-build.manifest.json')) ? 'manifest stored' : 'packed');
      // The stage's command runs now: it rewrites, removes and adds files while the store goes on.
      writeFileSync(path.join(ws, 'out/a.txt'), 'a after\n');
      rmSync(path.join(ws, 'out/sub/b.txt'));
      writeFileSync(path.join(ws, 'out/big.bin'), Buffer.alloc(3 << 20, 9));
      writeFileSync(path.join(ws, 'out/new.txt'), 'new\n');
      store.open();
    },
  });
  const saved = await saving;
  expect(seen).toEqual(['packed']);
  expect(saved.manifest.entries.map((e) => e.path).sort()).toEqual([
    'out',
    'out/a.txt',
    'out/big.bin',
    'out/sub',
    'out/sub/b.txt',
  ]);
  const dest = path.join(tmp, 'dest');
  mkdirSync(dest);
  await restoreCheckpoint({ store: new DirStore(dir), checkpoint: 'before-build', dest, workspace: dest });
  expect(readFileSync(path.join(dest, 'out/a.txt'), 'utf8')).toBe('a before\n');
  expect(readFileSync(path.join(dest, 'out/sub/b.txt'), 'utf8')).toBe('b before\n');
  expect(readFileSync(path.join(dest, 'out/big.bin')).equals(Buffer.alloc(3 << 20, 7))).toBe(true);
  expect(existsSync(path.join(dest, 'out/new.txt'))).toBe(false);
});

test('a save told its files were read never packs again: a parent removed while it stores fails it', async () => {
  const plain = new DirStore(dir);
  await saveCheckpoint({ store: plain, workspace: ws, paths: ['out'], id: 'parent', meta: META });
  writeFileSync(path.join(ws, 'out/c.txt'), 'c\n');
  const gated = new GatedStore(dir);
  let packed = 0;
  let wasPacked = (): void => undefined;
  const packedOnce = new Promise<void>((resolve) => (wasPacked = resolve));
  const saving = saveCheckpoint({
    store: gated,
    workspace: ws,
    paths: ['out'],
    id: 'child',
    parent: 'parent',
    meta: META,
    onPacked: () => {
      packed++;
      wasPacked();
    },
  });
  saving.catch(() => undefined);
  // A cleanup deletes the parent while the child's archive waits to be stored: once it is packed against the
  // parent (a cleanup that wins before the save reads the parent leaves it nothing to chain onto: a full save).
  await packedOnce;
  const swept = await cleanupCheckpoints(plain, { retentionDays: 0, now: new Date(Date.now() + 60_000) });
  expect(swept.deleted).toEqual(['parent']);
  gated.open();
  await expect(saving).rejects.toBeInstanceOf(ChainGoneError);
  // Packed once: the workspace it would read again may be the command's by now.
  expect(packed).toBe(1);
  expect(existsSync(path.join(dir, 'child.manifest.json'))).toBe(false);
});
