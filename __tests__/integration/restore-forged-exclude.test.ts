/**
 * What a restore may delete or write over is the restoring side's to say, never a manifest's alone: a
 * forged manifest whose `exclude` is empty (or leaves the credentials rules out) must not make a restore
 * delete, or write over, a credentials file the job wrote and no save ever holds. Real tar and zstd.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;

const secrets: Record<string, string> = {
  '.env': 'API_KEY=s3cr3t\n',
  '.npmrc': '//registry.npmjs.org/:_authToken=npm_s3cr3t\n',
  'config/.env.production': 'DB_PASSWORD=s3cr3t\n',
  'config/creds/.netrc': 'machine example.com password s3cr3t\n',
};

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-forged-exclude-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  mkdirSync(path.join(ws, 'config'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n');
  writeFileSync(path.join(ws, 'config/app.json'), '{}\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'one', meta });
  // The job writes its credentials after the checkpoint (a later step, or a re-run's setup).
  mkdirSync(path.join(ws, 'config/creds'), { recursive: true });
  for (const [p, text] of Object.entries(secrets)) writeFileSync(path.join(ws, p), text);
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** The checkpoint 'one' as a store's writer rewrites its manifest in place (its archive is untouched). */
async function forge(change: (m: Manifest) => void): Promise<void> {
  const m = JSON.parse(JSON.stringify(await store.getManifest('one'))) as Manifest;
  change(m);
  writeFileSync(path.join(storeDir, 'one.manifest.json'), encodeManifest(m).stored);
}

test.each([
  ['an empty exclude', (): string[] => []],
  ['an exclude of .git alone', (): string[] => ['**/.git']],
])('a manifest with %s deletes no credentials file the checkpoint lacks', async (_, exclude) => {
  await forge((m) => (m.exclude = exclude()));
  const r = await restoreCheckpoint({ store, checkpoint: 'one', dest: ws });
  expect(r.restored).toBe(true);
  for (const [p, text] of Object.entries(secrets)) expect(readFileSync(path.join(ws, p), 'utf8')).toBe(text);
  expect(r.changes.deleted).toEqual([]);
});

test('a manifest with an empty exclude that names a credentials file the job wrote does not write over it', async () => {
  await forge((m) => {
    m.exclude = [];
    // Bytes the archive holds (src/a.txt's), named over the job's own .npmrc by a hard link entry.
    m.entries.push({ ...m.entries.find((e) => e.path === 'src/a.txt')!, path: '.npmrc', link: 'src/a.txt' });
  });
  const logger = new RecordingLogger();
  const r = await restoreCheckpoint({ store, checkpoint: 'one', dest: ws, logger });
  for (const [p, text] of Object.entries(secrets)) expect(readFileSync(path.join(ws, p), 'utf8')).toBe(text);
  expect(r.changes.modified).not.toContain('.npmrc');
  expect(logger.messages('warning').join('\n')).toMatch(
    /1 entries of checkpoint 'one' \(first: '\.npmrc'\) were not written/,
  );
});

test("an older version's manifest that holds a package's .env.example restores over a workspace that has it", async () => {
  // Saved before the credentials rule held inside node_modules: one root, no credentials globs, the file held.
  mkdirSync(path.join(ws, 'node_modules/pkg'), { recursive: true });
  writeFileSync(path.join(ws, 'node_modules/pkg/index.js'), 'x\n');
  writeFileSync(path.join(ws, 'node_modules/pkg/.env.example'), 'PORT=3000\n');
  await saveCheckpoint({ store, workspace: ws, paths: ['node_modules/pkg/.env.example'], id: 'old', meta });
  const m = JSON.parse(JSON.stringify(await store.getManifest('old'))) as Manifest;
  m.paths = ['node_modules'];
  m.exclude = ['**/.git', '.ci-recovery'];
  writeFileSync(path.join(storeDir, 'old.manifest.json'), encodeManifest(m).stored);
  const r = await restoreCheckpoint({ store, checkpoint: 'old', dest: ws });
  expect(r.restored).toBe(true);
  expect(readFileSync(path.join(ws, 'node_modules/pkg/.env.example'), 'utf8')).toBe('PORT=3000\n');
});

test('a manifest whose exclude hides a directory it holds is refused, not reported restored over what it hid', async () => {
  // The workspace's src differs from the checkpoint's; an exclude covering src kept the plan from seeing it,
  // so src was "added" whole and its staged files were never moved over the directory already there.
  writeFileSync(path.join(ws, 'src/a.txt'), 'changed\n');
  writeFileSync(path.join(ws, 'src/planted.js'), 'evil()\n');
  await forge((m) => (m.exclude = [...m.exclude, 'src']));
  const before = await treeDigest(ws);
  await expect(restoreCheckpoint({ store, checkpoint: 'one', dest: ws })).rejects.toThrow(
    /'src' is already a directory.*everything was put back as it was/,
  );
  expect(await treeDigest(ws)).toBe(before);
});

test('a manifest with an empty exclude writes nothing below a credentials name however deep (the rule on each directory above)', async () => {
  await forge((m) => {
    m.exclude = [];
    const dir = m.entries.find((e) => e.path === 'src')!;
    const file = m.entries.find((e) => e.path === 'src/a.txt')!;
    // A directory named like a credentials file, two levels down, with a directory and a file below it:
    // only the rule on an ancestor leaves the last two out.
    for (const p of ['lib', 'lib/pkg', 'lib/pkg/.netrc', 'lib/pkg/.netrc/deep'])
      m.entries.push({ ...dir, path: p });
    m.entries.push({ ...file, path: 'lib/pkg/.netrc/deep/k.txt', link: 'src/a.txt' });
  });
  const logger = new RecordingLogger();
  const r = await restoreCheckpoint({ store, checkpoint: 'one', dest: ws, logger });
  expect(r.restored).toBe(true);
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('a\n');
  expect(r.changes.added).toEqual(expect.arrayContaining(['lib', 'lib/pkg']));
  expect(() => readFileSync(path.join(ws, 'lib/pkg/.netrc/deep/k.txt'))).toThrow(/ENOENT/);
  expect(logger.messages('warning').join('\n')).toMatch(
    /3 entries of checkpoint 'one' \(first: 'lib\/pkg\/\.netrc'\) were not written/,
  );
});
