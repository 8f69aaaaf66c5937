/**
 * Checkpoints against the local directory store, with the real tar stream and the real zstd binary:
 * byte-equal round trips (modes, symlinks, empty dirs, dotfiles), incremental chains, dry run, partial
 * restore and cleanup.
 */
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  readdirSync,
  existsSync,
  statSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {
  checkpointsOfJob,
  cleanupCheckpoints,
  listCheckpoints,
  newestCheckpoint,
  loadManifest,
  openStore,
  restoreCheckpoint,
  saveCheckpoint as saveWithDefaults,
  treeDigest,
  validateCheckpoint,
  resumeFromPreviousAttempt,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import type { SaveOptions, SaveResult } from '../../src/checkpoint/index.js';

/** These trees' dotfiles are part of what is proven to round-trip: saved with include-hidden-files. */
const saveCheckpoint = (opts: SaveOptions & { reuse?: undefined }): Promise<SaveResult> =>
  saveWithDefaults({ includeHidden: true, ...opts });
import { checkpointId } from '../../src/checkpoint/index.js';
import type { CheckpointMeta } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { trustedIn } from '../trusted.js';

const meta: CheckpointMeta = {
  stage: 'build',
  job: 'test',
  runId: '42',
  attempt: 1,
  completedStages: ['setup'],
};
let tmp: string;
let ws: string;
let store: CheckpointStore;

/** Makes every file look old, so the incremental fast path (stat unchanged, not racy) applies. */
function age(dir: string): void {
  const old = new Date(Date.now() - 3600_000);
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      if (e.isFile()) utimesSync(p, old, old);
    }
  };
  walk(dir);
}

/** 3 MB that compress a little; made once (building it from a 3-million-element array took seconds per test). */
const appBin = Buffer.alloc(3_000_000);
for (let i = 0; i < appBin.length; i++) appBin[i] = (i * 31) % 251;

function makeWorkspace(dir: string): void {
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  mkdirSync(path.join(dir, 'build/empty'), { recursive: true });
  writeFileSync(path.join(dir, 'src/index.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(dir, 'src/lib/util.ts'), 'export const b = 2;\n'.repeat(100));
  writeFileSync(path.join(dir, '.editorconfig'), 'root = true\n');
  writeFileSync(path.join(dir, 'src/.hidden'), 'hidden');
  writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\necho run\n');
  chmodSync(path.join(dir, 'run.sh'), 0o755);
  writeFileSync(path.join(dir, 'readonly.txt'), 'ro');
  chmodSync(path.join(dir, 'readonly.txt'), 0o444);
  writeFileSync(path.join(dir, 'build/app.bin'), appBin);
  writeFileSync(path.join(dir, 'empty-file'), '');
  symlinkSync('src/index.ts', path.join(dir, 'entry'));
  symlinkSync('lib', path.join(dir, 'src/lib-link'));
  symlinkSync('missing-target', path.join(dir, 'dangling'));
  chmodSync(path.join(dir, 'build/empty'), 0o700);
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
}

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-dir-'));
  ws = path.join(tmp, 'ws');
  makeWorkspace(ws);
  store = await openStore(`dir:${path.join(tmp, 'store')}`);
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The digest of a tree without .git (which checkpoints exclude by default). */
async function digestWithoutGit(dir: string): Promise<string> {
  const copy = path.join(tmp, `nogit-${Math.random().toString(36).slice(2)}`);
  const { cpSync } = await import('node:fs');
  cpSync(dir, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => path.basename(src) !== '.git',
  });
  try {
    return await treeDigest(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test('a full checkpoint restores byte-equal into an empty directory, with modes, symlinks, empty dirs and dotfiles', async () => {
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'full-1', meta });
  expect(saved.manifest.kind).toBe('full');
  expect(saved.manifest.archive.compression).toBe('zstd');
  expect(saved.manifest.entries.map((e) => e.path)).not.toContain('.git');
  expect(saved.manifest.completedStages).toEqual(['setup']);
  const dest = path.join(tmp, 'dest');
  const restored = await restoreCheckpoint({ store, checkpoint: 'full-1', dest });
  expect(restored.restored).toBe(true);
  expect(await treeDigest(dest)).toBe(await digestWithoutGit(ws));
  expect(readdirSync(dest).filter((n) => n.startsWith('.ci-recovery'))).toEqual([]);
});

test('restoring over an older tree stages new directories inside existing ones, and directories holding only links', async () => {
  // Staging makes a file's directory when the file comes out of the archive; what no file needs (a
  // directory of links alone, an empty one, new ones inside a directory that is already there) after.
  mkdirSync(path.join(ws, 'pkg/links-only'), { recursive: true });
  mkdirSync(path.join(ws, 'pkg/new/private'), { recursive: true });
  mkdirSync(path.join(ws, 'pkg/new/empty/deeper'), { recursive: true });
  writeFileSync(path.join(ws, 'pkg/file.txt'), 'the file\n');
  writeFileSync(path.join(ws, 'pkg/new/private/secret.txt'), 'inside a 0750 directory\n');
  symlinkSync('../file.txt', path.join(ws, 'pkg/links-only/soft'));
  execFileSync('ln', [path.join(ws, 'pkg/file.txt'), path.join(ws, 'pkg/links-only/hard')]);
  chmodSync(path.join(ws, 'pkg/new/private'), 0o750);
  chmodSync(path.join(ws, 'pkg/new/empty/deeper'), 0o711);
  await saveCheckpoint({ store, workspace: ws, paths: ['pkg'], id: 'over', meta });
  // The destination holds an older pkg/: the directory stays, what is new in it is staged and moved in.
  const dest = path.join(tmp, 'dest-over');
  mkdirSync(path.join(dest, 'pkg/gone'), { recursive: true });
  writeFileSync(path.join(dest, 'pkg/file.txt'), 'an older file\n');
  writeFileSync(path.join(dest, 'pkg/gone/old.txt'), 'removed by the restore\n');
  const restored = await restoreCheckpoint({ store, checkpoint: 'over', dest });
  expect(restored.changes.modified).toContain('pkg/file.txt');
  expect(restored.changes.added).toEqual(expect.arrayContaining(['pkg/new', 'pkg/links-only/hard']));
  expect(await treeDigest(path.join(dest, 'pkg'))).toBe(await treeDigest(path.join(ws, 'pkg')));
  expect(statSync(path.join(dest, 'pkg/new/private')).mode & 0o7777).toBe(0o750);
  expect(statSync(path.join(dest, 'pkg/new/empty/deeper')).mode & 0o7777).toBe(0o711);
  expect(statSync(path.join(dest, 'pkg/links-only/hard')).ino).toBe(
    statSync(path.join(dest, 'pkg/file.txt')).ino,
  );
  expect(readFileSync(path.join(dest, 'pkg/links-only/soft'), 'utf8')).toBe('the file\n');
  expect(existsSync(path.join(dest, 'pkg/gone'))).toBe(false);
  expect(readdirSync(dest).filter((n) => n.startsWith('.ci-recovery'))).toEqual([]);
});

test('new directories keep their own modes: group-writable, private, search-only, and read-only with files below', async () => {
  const modes: [string, number][] = [
    ['modes/shared', 0o775], // more than mkdir gives under the usual umask
    ['modes/private', 0o750],
    ['modes/search', 0o711],
    ['modes/ro/deep', 0o555], // read-only, yet its file has to be staged in it
    ['modes/ro', 0o555],
  ];
  for (const [dir] of modes) mkdirSync(path.join(ws, dir), { recursive: true });
  writeFileSync(path.join(ws, 'modes/ro/deep/file.txt'), 'inside a read-only directory\n');
  writeFileSync(path.join(ws, 'modes/shared/file.txt'), 'inside a group-writable directory\n');
  for (const [dir, mode] of modes) chmodSync(path.join(ws, dir), mode);
  const dest = path.join(tmp, 'dest-modes');
  try {
    await saveCheckpoint({ store, workspace: ws, paths: ['modes'], id: 'modes', meta });
    await restoreCheckpoint({ store, checkpoint: 'modes', dest });
    for (const [dir, mode] of modes)
      expect([dir, statSync(path.join(dest, dir)).mode & 0o7777]).toEqual([dir, mode]);
    expect(readFileSync(path.join(dest, 'modes/ro/deep/file.txt'), 'utf8')).toBe(
      'inside a read-only directory\n',
    );
  } finally {
    // (Read-only directories would keep the clean-up from removing what is in them.)
    for (const root of [ws, dest])
      for (const [dir] of modes) if (existsSync(path.join(root, dir))) chmodSync(path.join(root, dir), 0o755);
  }
});

test('the archive is a plain tar.zst that zstd -d | tar -x can read', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['src', 'run.sh'], id: 'plain', meta });
  const { execFileSync } = await import('node:child_process');
  const out = path.join(tmp, 'plain');
  mkdirSync(out);
  execFileSync('sh', ['-c', `zstd -d -c '${path.join(tmp, 'store/plain.tar.zst')}' | tar -x -C '${out}'`]);
  expect(readFileSync(path.join(out, 'src/lib/util.ts'), 'utf8')).toBe(
    readFileSync(path.join(ws, 'src/lib/util.ts'), 'utf8'),
  );
  expect(existsSync(path.join(out, 'build'))).toBe(false);
});

test('a root inside another root given first still checkpoints the outer root whole', async () => {
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['src/lib', 'src'], id: 'nested', meta });
  const paths = saved.manifest.entries.map((e) => e.path);
  expect(paths).toEqual(['src', 'src/.hidden', 'src/index.ts', 'src/lib', 'src/lib/util.ts', 'src/lib-link']);
  expect(saved.manifest.paths).toEqual(['src/lib', 'src']);
});

test('gzip is used when asked (the fallback when zstd is missing) and round-trips', async () => {
  const saved = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'gz',
    meta,
    compression: 'gzip',
  });
  expect(saved.manifest.archive.file).toBe('gz.tar.gz');
  const dest = path.join(tmp, 'dest-gz');
  await restoreCheckpoint({ store, checkpoint: 'gz', dest });
  expect(await treeDigest(dest)).toBe(await digestWithoutGit(ws));
});

test('an incremental chain of 3 stores only what changed and restores the exact last state', async () => {
  age(ws);
  const c1 = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta });
  const stateC1 = await digestWithoutGit(ws);

  // Change 1: edit, add, delete, mode change, retarget a symlink.
  appendFileSync(path.join(ws, 'src/index.ts'), 'export const c = 3;\n');
  writeFileSync(path.join(ws, 'src/new.ts'), 'new');
  rmSync(path.join(ws, '.editorconfig'));
  chmodSync(path.join(ws, 'src/lib/util.ts'), 0o600);
  rmSync(path.join(ws, 'entry'));
  symlinkSync('src/new.ts', path.join(ws, 'entry'));
  const c2 = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'c2',
    meta: { ...meta, stage: 'test' },
    parent: 'c1',
  });
  expect(c2.manifest.kind).toBe('incremental');
  expect(c2.manifest.parent).toBe('c1');
  expect([...c2.manifest.changed].sort()).toEqual(['entry', 'src/index.ts', 'src/lib/util.ts', 'src/new.ts']);
  expect(c2.manifest.deleted).toEqual(['.editorconfig']);
  expect(c2.storedBytes).toBeLessThan(c1.storedBytes / 100);

  // Change 2: remove a whole directory, replace a file by a directory, add a file.
  age(ws);
  rmSync(path.join(ws, 'build'), { recursive: true });
  rmSync(path.join(ws, 'empty-file'));
  mkdirSync(path.join(ws, 'empty-file'));
  writeFileSync(path.join(ws, 'empty-file/inside'), 'now a dir');
  const c3 = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'c3',
    meta: { ...meta, stage: 'deploy' },
    parent: c2.manifest,
  });
  expect(c3.manifest.deleted.sort()).toEqual(['build', 'build/app.bin', 'build/empty']);
  // Every file was touched by age(): re-hashed, found equal, not stored again.
  expect(c3.manifest.changed).toEqual(['empty-file', 'empty-file/inside']);
  expect(new Set(c3.manifest.entries.filter((e) => e.type === 'file').map((e) => e.from))).toEqual(
    new Set(['c1', 'c2', 'c3']),
  );
  const stateC3 = await digestWithoutGit(ws);

  // Into an empty directory: needs all three archives.
  const fresh = path.join(tmp, 'fresh');
  await restoreCheckpoint({ store, checkpoint: 'c3', dest: fresh });
  expect(await treeDigest(fresh)).toBe(stateC3);

  // Back to c1 on top of the c3 workspace: deletions and type changes reversed, .git untouched.
  const r = await restoreCheckpoint({ store, checkpoint: 'c1', dest: ws });
  expect(r.changes.deleted).toContain('src/new.ts');
  expect(await digestWithoutGit(ws)).toBe(stateC1);
  expect(readFileSync(path.join(ws, '.git/HEAD'), 'utf8')).toContain('refs/heads/main');

  // And forward again to c3.
  await restoreCheckpoint({ store, checkpoint: 'c3', dest: ws });
  expect(await digestWithoutGit(ws)).toBe(stateC3);
  expect((await validateCheckpoint(store, 'c3')).ok).toBe(true);
});

test("a stage's new output root chains onto the checkpoint before it instead of saving everything again", async () => {
  // What run/ does in a job: before 'build' only node_modules exists (roots [src]); before 'test' the
  // build output is there too (roots [build, src]). The second save stores the new root alone.
  age(ws);
  const before = await saveCheckpoint({ store, workspace: ws, paths: ['src', 'build'], id: 'b1', meta });
  expect(before.manifest.paths).toEqual(['src', 'build']);
  rmSync(path.join(ws, 'build'), { recursive: true });
  await saveCheckpoint({ store, workspace: ws, paths: ['src'], id: 'c1', meta });
  await restoreCheckpoint({ store, checkpoint: 'b1', dest: ws, paths: ['build'] });
  age(ws);
  const c2 = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['src', 'build'],
    id: 'c2',
    meta: { ...meta, stage: 'test' },
    parent: 'c1',
  });
  expect(c2.manifest.kind).toBe('incremental');
  expect(c2.manifest.parent).toBe('c1');
  expect([...c2.manifest.changed].sort()).toEqual(['build', 'build/app.bin', 'build/empty']);
  expect(c2.manifest.deleted).toEqual([]);
  expect(
    c2.manifest.entries
      .filter((e) => e.path.startsWith('src/') && e.type === 'file')
      .every((e) => e.from === 'c1'),
  ).toBe(true);
  const fresh = path.join(tmp, 'fresh');
  await restoreCheckpoint({ store, checkpoint: 'c2', dest: fresh });
  const expected = path.join(tmp, 'expected');
  await restoreCheckpoint({ store, checkpoint: 'b1', dest: expected });
  expect(await treeDigest(fresh)).toBe(await treeDigest(expected));
  expect((await validateCheckpoint(store, 'c2')).ok).toBe(true);

  // A parent with a root this save leaves out cannot describe it: saved in full.
  const narrower = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['src'],
    id: 'c3',
    meta,
    parent: 'c2',
  });
  expect(narrower.manifest.kind).toBe('full');
});

test('--full stores everything even with a parent', async () => {
  age(ws);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p', meta });
  const full = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'f',
    meta,
    parent: 'p',
    full: true,
  });
  expect(full.manifest.kind).toBe('full');
  expect(full.manifest.parent).toBeUndefined();
  expect(full.manifest.entries.filter((e) => e.type === 'file').every((e) => e.from === 'f')).toBe(true);
});

test('a racily fresh file with unchanged stat is re-read, not trusted', async () => {
  // Not aged: every file's mtime is within the racy window of the parent's scan.
  const p = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p', meta });
  const rec = p.manifest.entries.find((e) => e.path === 'src/index.ts')!;
  writeFileSync(path.join(ws, 'src/index.ts'), 'export const Z = 9;\n'); // same size, same inode
  utimesSync(path.join(ws, 'src/index.ts'), new Date(), new Date(rec.stat!.mtimeMs));
  const inc = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'i', meta, parent: 'p' });
  expect(inc.manifest.changed).toEqual(['src/index.ts']);
  const dest = path.join(tmp, 'd');
  await restoreCheckpoint({ store, checkpoint: 'i', dest });
  expect(readFileSync(path.join(dest, 'src/index.ts'), 'utf8')).toBe('export const Z = 9;\n');
});

test("a restore elsewhere keeps the saving workspace's local stat facts, so its next incremental stays cheap", async () => {
  const cache = path.join(tmp, 'local');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta, manifestCache: cache });
  const other = path.join(tmp, 'other');
  await restoreCheckpoint({ store, checkpoint: 'c1', dest: other, manifestCache: cache });
  const inodeIn = async (dir: string): Promise<number | undefined> =>
    (await loadManifest(store, 'c1', cache, dir)).entries.find((e) => e.path === 'src/index.ts')?.stat?.ino;
  const { statSync } = await import('node:fs');
  expect(await inodeIn(ws)).toBe(statSync(path.join(ws, 'src/index.ts')).ino);
  expect(await inodeIn(other)).toBe(statSync(path.join(other, 'src/index.ts')).ino);
  // A directory with no local copy gets the store's manifest, which has no stat facts to trust.
  expect(await inodeIn(path.join(tmp, 'elsewhere'))).toBeUndefined();
});

test('dry run lists what would change and changes nothing', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'd1', meta });
  appendFileSync(path.join(ws, 'src/index.ts'), '// edit\n');
  writeFileSync(path.join(ws, 'src/extra.ts'), 'x');
  rmSync(path.join(ws, 'run.sh'));
  const before = await treeDigest(ws);
  const r = await restoreCheckpoint({ store, checkpoint: 'd1', dest: ws, dryRun: true });
  expect(r.restored).toBe(false);
  expect(r.changes).toMatchObject({
    added: ['run.sh'],
    modified: ['src/index.ts'],
    deleted: ['src/extra.ts'],
  });
  expect(await treeDigest(ws)).toBe(before);
});

test('partial restore touches only the given paths', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'part', meta });
  writeFileSync(path.join(ws, 'src/index.ts'), 'changed');
  writeFileSync(path.join(ws, 'src/lib/extra.ts'), 'extra');
  writeFileSync(path.join(ws, 'run.sh'), 'changed too');
  const r = await restoreCheckpoint({
    store,
    checkpoint: 'part',
    dest: ws,
    paths: ['src/lib', 'src/index.ts'],
  });
  expect(r.changes).toMatchObject({ added: [], modified: ['src/index.ts'], deleted: ['src/lib/extra.ts'] });
  expect(readFileSync(path.join(ws, 'src/index.ts'), 'utf8')).toBe('export const a = 1;\n');
  expect(existsSync(path.join(ws, 'src/lib/extra.ts'))).toBe(false);
  expect(readFileSync(path.join(ws, 'run.sh'), 'utf8')).toBe('changed too');
  await expect(restoreCheckpoint({ store, checkpoint: 'part', dest: ws, paths: ['nope'] })).rejects.toThrow(
    /None of the paths 'nope'/,
  );
});

test('list, and cleanup removes only expired checkpoints no live chain needs, never rollback records', async () => {
  age(ws);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'old-base', meta });
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'old-alone', meta, full: true });
  writeFileSync(path.join(ws, 'src/index.ts'), 'v2');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'young', meta, parent: 'old-base' });
  const dir = path.join(tmp, 'store');
  writeFileSync(path.join(dir, 'ci-recovery-rollback-123.yml'), 'from: a\n');
  writeFileSync(path.join(dir, 'orphan.tar.zst'), 'unfinished');
  // Age the two "old" ones by editing their manifests' createdAt (what cleanup reads).
  for (const id of ['old-base', 'old-alone']) {
    const p = path.join(dir, `${id}.manifest.json`);
    const m = JSON.parse(readFileSync(p, 'utf8')) as { createdAt: string };
    m.createdAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    writeFileSync(p, JSON.stringify(m));
  }
  const old = new Date(Date.now() - 10 * 86_400_000);
  utimesSync(path.join(dir, 'orphan.tar.zst'), old, old);
  utimesSync(path.join(dir, 'ci-recovery-rollback-123.yml'), old, old);
  const listed = await listCheckpoints(store);
  expect(listed.map((c) => c.id).sort()).toEqual(['old-alone', 'old-base', 'young']);
  // A listing keeps what it shows and what cleanup needs, not every manifest's entries.
  const young = listed.find((c) => c.id === 'young')!.summary!;
  expect(young).toMatchObject({ kind: 'incremental', parent: 'old-base', needs: ['old-base', 'young'] });
  expect(young.stats).toMatchObject({ files: 8, changed: 1, deleted: 0 });
  expect(young).not.toHaveProperty('entries');
  expect((await listCheckpoints(store, { stage: 'nope' })).length).toBe(0);

  const dry = await cleanupCheckpoints(store, {
    retentionDays: 7,
    dryRun: true,
    logger: new RecordingLogger(),
  });
  expect(dry).toEqual({
    deleted: ['old-alone'],
    leftovers: ['orphan.tar.zst'],
    keptForChain: ['old-base'],
    debris: [],
    staging: [],
    keyedEntries: [],
  });
  expect(readdirSync(dir)).toContain('old-alone.tar.zst');

  await cleanupCheckpoints(store, { retentionDays: 7 });
  expect(readdirSync(dir).sort()).toEqual([
    'ci-recovery-rollback-123.yml',
    'old-base.manifest.json',
    'old-base.tar.zst',
    'young.manifest.json',
    'young.tar.zst',
  ]);
  const dest = path.join(tmp, 'after-cleanup');
  await restoreCheckpoint({ store, checkpoint: 'young', dest });
  expect(readFileSync(path.join(dest, 'src/index.ts'), 'utf8')).toBe('v2');
});

test("a resume reads only its own job's manifests, newest attempt first, and passes over a broken one", async () => {
  rmSync(path.join(ws, '.git'), { recursive: true }); // (never checkpointed: the trees compare below)
  const own = (stage: string, attempt: number, seq: number): string =>
    checkpointId({ runId: '42', job: 'test' }, stage, attempt, seq);
  const saves: [string, typeof meta][] = [
    [own('build', 1, 1), { ...meta, attempt: 1 }],
    [
      own('test', 1, 2),
      { ...meta, attempt: 1, completedStages: ['build'], stageDurations: { build: 61_000 } },
    ],
    [own('build', 2, 1), { ...meta, attempt: 2 }],
    [own('build', 3, 1), { ...meta, attempt: 3 }],
    [checkpointId({ runId: '42', job: 'lint' }, 'build', 1, 1), { ...meta, job: 'lint', attempt: 1 }],
    [checkpointId({ runId: '42', job: 'lint' }, 'build', 2, 1), { ...meta, job: 'lint', attempt: 2 }],
    ['chosen-by-user', { ...meta, job: 'lint', attempt: 1 }],
    [
      checkpointId({ runId: 'another run', job: 'test' }, 'build', 1, 9),
      { ...meta, runId: 'another run', attempt: 1 },
    ],
  ];
  for (const [id, m] of saves)
    await saveCheckpoint({ store, workspace: ws, paths: ['.'], id, meta: m, full: true });
  // The newest of attempt 2 is unreadable.
  writeFileSync(path.join(tmp, 'store', `${own('build', 2, 1)}.manifest.json`), '{"format":');

  const read: string[] = [];
  const counting: CheckpointStore = Object.assign(Object.create(store) as CheckpointStore, {
    getManifest: (id: string) => (read.push(id), store.getManifest(id)),
  });
  const seen = [];
  for await (const c of checkpointsOfJob(counting, { job: 'test', runId: '42', beforeAttempt: 3 }))
    seen.push(c.manifest ? c.id : `${c.id} (unreadable)`);
  expect(seen).toEqual([`${own('build', 2, 1)} (unreadable)`, own('test', 1, 2), own('build', 1, 1)]);
  // Never the other job's or the other run's generated ids, nor attempt 3's; the user's name was read.
  expect(read.sort()).toEqual(
    [own('build', 1, 1), own('test', 1, 2), own('build', 2, 1), 'chosen-by-user'].sort(),
  );

  // A resume stops at the first that restores: the broken one is a problem, attempt 1's newest is used.
  const trusted = await trustedIn(store);
  read.length = 0;
  const dest = path.join(tmp, 'resumed');
  const resumed = await resumeFromPreviousAttempt({
    store: counting,
    trusted,
    runId: '42',
    attempt: 3,
    job: 'test',
    workspace: dest,
    logger: new RecordingLogger(),
  });
  expect(resumed.resumeFrom).toBe(own('test', 1, 2));
  // The stages it completed, and how long they took then: what skipping them saves.
  expect(resumed).toMatchObject({ completedStages: ['build'], stageDurations: { build: 61_000 } });
  expect(resumed.problems).toEqual([expect.stringContaining(own('build', 2, 1))]);
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
  expect(read).not.toContain(own('build', 1, 1));

  // With no name, the CLI takes the newest readable checkpoint of the whole store.
  expect((await newestCheckpoint(counting))?.id).toBe(
    checkpointId({ runId: 'another run', job: 'test' }, 'build', 1, 9),
  );
});

test('a name that exists is refused, and the checkpoint under it (and its chain) stays restorable', async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'base', meta });
  writeFileSync(path.join(ws, 'src/index.ts'), 'v2');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'next', meta, parent: 'base' });
  const v2 = await treeDigest(path.join(ws, 'src'));
  const dir = path.join(tmp, 'store');
  const stored = (): string[] => readdirSync(dir).filter((n) => !n.startsWith('.'));
  const before = stored().map((n) => [n, readFileSync(path.join(dir, n)).toString('hex')]);

  // Saving 'base' again, incremental on 'next' (which needs base's archive), would have made each need
  // the other; saving it at all would replace what 'next' is built on.
  writeFileSync(path.join(ws, 'src/index.ts'), 'v3');
  await expect(
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'base', meta, parent: 'next' }),
  ).rejects.toThrow(/checkpoint 'base' already exists in dir:.*never replaced/);
  await expect(saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'next', meta })).rejects.toThrow(
    /already exists/,
  );
  expect(stored().map((n) => [n, readFileSync(path.join(dir, n)).toString('hex')])).toEqual(before);
  const dest = path.join(tmp, 'check');
  await restoreCheckpoint({ store, checkpoint: 'next', dest });
  expect(await treeDigest(path.join(dest, 'src'))).toBe(v2);
  expect((await validateCheckpoint(store, 'base')).ok).toBe(true);

  // A name whose checkpoint was removed can be used again, but never as an incremental on one that
  // needs it: it is saved whole.
  rmSync(path.join(dir, 'base.manifest.json'));
  const logger = new RecordingLogger();
  const again = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'base',
    meta,
    parent: 'next',
    logger,
  });
  expect(again.manifest.kind).toBe('full');
  expect(logger.records.map((r) => r.message).join('\n')).toMatch(
    /'next' depends on 'base' itself; saving a full checkpoint/,
  );
});

test('one save at a time per name: a live claim refuses, a dead one is taken over', async () => {
  const dir = path.join(tmp, 'store');
  mkdirSync(dir, { recursive: true });
  const host = os.hostname().replace(/[^A-Za-z0-9.-]+/g, '-') || 'host';
  // A live holder: this test's parent process (jest's), which outlives the test.
  writeFileSync(path.join(dir, '.busy.saving'), `@${host}~${process.ppid}`);
  await expect(saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'busy', meta })).rejects.toThrow(
    /'busy' is being saved by .*~\d+/,
  );
  // A holder that died (a pid that no longer runs) left its claim and a partial file behind.
  const dead = execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(dir, '.busy.saving'), `@${host}~${dead}`);
  writeFileSync(path.join(dir, `.busy.tar.zst.partial-@${host}~${dead}-1`), 'half');
  writeFileSync(path.join(dir, `.other.tar.zst.partial-@${host}~${process.ppid}-1`), 'in progress');
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'busy', meta });
  expect(existsSync(path.join(dir, '.busy.saving'))).toBe(false);
  const r = await cleanupCheckpoints(store, { retentionDays: 7 });
  expect(r.debris).toEqual([`.busy.tar.zst.partial-@${host}~${dead}-1`]);
  // The live one's partial file is not debris.
  expect(readdirSync(dir).filter((n) => n.startsWith('.') && n !== '.local')).toEqual([
    `.other.tar.zst.partial-@${host}~${process.ppid}-1`,
  ]);
});

test('nested roots restore into a checkout that lacks them; the directories above them keep their mode', async () => {
  mkdirSync(path.join(ws, 'packages/a/node_modules/x'), { recursive: true });
  mkdirSync(path.join(ws, 'packages/b/node_modules'), { recursive: true });
  writeFileSync(path.join(ws, 'packages/a/node_modules/x/index.js'), 'x\n');
  writeFileSync(path.join(ws, 'packages/b/node_modules/y.js'), 'y\n');
  const roots = ['packages/a/node_modules', 'packages/b/node_modules'];
  await saveCheckpoint({ store, workspace: ws, paths: roots, id: 'nested', meta });
  // A fresh checkout: packages/a is there (with another mode), packages/b and every node_modules are not.
  rmSync(path.join(ws, 'packages'), { recursive: true });
  mkdirSync(path.join(ws, 'packages/a'), { recursive: true });
  chmodSync(path.join(ws, 'packages/a'), 0o750);
  writeFileSync(path.join(ws, 'packages/a/package.json'), '{}\n');

  const r = await restoreCheckpoint({ store, checkpoint: 'nested', dest: ws });
  expect(r.restored).toBe(true);
  expect(readFileSync(path.join(ws, 'packages/a/node_modules/x/index.js'), 'utf8')).toBe('x\n');
  expect(readFileSync(path.join(ws, 'packages/b/node_modules/y.js'), 'utf8')).toBe('y\n');
  expect(readFileSync(path.join(ws, 'packages/a/package.json'), 'utf8')).toBe('{}\n');
  expect(statSync(path.join(ws, 'packages/a')).mode & 0o777).toBe(0o750);
  expect(r.changes.modified).toEqual([]);
});

test("a restore's debug lines give each phase's time and this process's CPU so far, in order", async () => {
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'phases', meta });
  const logger = new RecordingLogger();
  const cpuMs = (): number => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const before = cpuMs();
  await restoreCheckpoint({ store, checkpoint: 'phases', dest: path.join(tmp, 'out'), logger });
  const after = cpuMs();
  const phases = logger
    .messages('debug')
    .map((m) => /^restore phases: (.+) at (\d+) ms \(process cpu (\d+) ms\)$/.exec(m))
    .filter((m) => m !== null)
    .map(([, phase, ms, cpu]) => ({ phase, ms: Number(ms), cpu: Number(cpu) }));
  expect(phases.map((p) => p.phase)).toEqual(['manifest read', 'planned', 'verified and staged', 'done']);
  for (let i = 1; i < phases.length; i++) {
    expect(phases[i]!.ms).toBeGreaterThanOrEqual(phases[i - 1]!.ms);
    expect(phases[i]!.cpu).toBeGreaterThanOrEqual(phases[i - 1]!.cpu);
  }
  // This process's own CPU, read as the restore went (rounded to the millisecond).
  expect(phases[0]!.cpu).toBeGreaterThanOrEqual(Math.floor(before));
  expect(phases.at(-1)!.cpu).toBeLessThanOrEqual(Math.ceil(after));
});
