/**
 * A forged manifest that names what a restore leaves alone itself (a nested repository's `.git`, a
 * credentials file or a directory of that name the save excluded) as a file or a link: never moved away, never
 * written over. Real git, tar and zstd.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { encodeManifest, type Manifest, type ManifestEntry } from '../../src/checkpoint/index.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-left-alone-itself-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n');
  const lib = path.join(ws, 'vendor/lib');
  mkdirSync(lib, { recursive: true });
  git(lib, 'init', '-q', '.');
  writeFileSync(path.join(lib, 'x.txt'), 'committed\n');
  git(lib, 'add', 'x.txt');
  git(lib, 'commit', '-qm', 'work');
  writeFileSync(path.join(ws, 'vendor/.env'), 'SECRET=1\n');
  mkdirSync(path.join(ws, 'vendor/.npmrc'));
  writeFileSync(path.join(ws, 'vendor/.npmrc/token'), 'TOKEN=1\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'one', meta });
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cases: [string, string, 'file' | 'symlink'][] = [];
for (const p of ['vendor/lib/.git', 'vendor/.env', 'vendor/.npmrc'])
  for (const t of ['file', 'symlink'] as const) cases.push([`${p} as a ${t}`, p, t]);

test.each(cases)(
  '%s (the manifest excluding it all the same) is refused or left out, never moved away',
  async (_, p, type) => {
    const m = JSON.parse(JSON.stringify(await store.getManifest('one'))) as Manifest;
    m.id = 'forged';
    m.archive = { ...m.archive, file: `${m.id}.tar.zst` };
    copyFileSync(path.join(storeDir, 'one.tar.zst'), path.join(storeDir, m.archive.file));
    for (const e of m.entries) if (e.from) e.from = m.id;
    const entry: ManifestEntry =
      type === 'file'
        ? { ...m.entries.find((e) => e.path === 'src/a.txt')!, path: p, link: 'src/a.txt' }
        : { path: p, type: 'symlink', mode: 0o777, target: 'elsewhere' };
    m.entries.push(entry);
    writeFileSync(path.join(storeDir, `${m.id}.manifest.json`), encodeManifest(m).stored);
    const before = await treeDigest(ws);
    const got = await restoreCheckpoint({ store, checkpoint: m.id, dest: ws }).catch(
      (e: unknown) => e as Error,
    );
    if (p.endsWith('.git')) {
      // Never in the plan at all (a restore never writes into .git): the rest is restored.
      expect(got).not.toBeInstanceOf(Error);
    } else {
      expect((got as Error).message).toMatch(
        new RegExp(`refused: it puts a ${type} in place of '${p}', which its own exclude leaves out`),
      );
      expect(await treeDigest(ws)).toBe(before);
    }
    expect(git(path.join(ws, 'vendor/lib'), 'log', '--format=%s')).toBe('work\n');
    expect(readFileSync(path.join(ws, 'vendor/.env'), 'utf8')).toBe('SECRET=1\n');
    expect(readFileSync(path.join(ws, 'vendor/.npmrc/token'), 'utf8')).toBe('TOKEN=1\n');
  },
);
