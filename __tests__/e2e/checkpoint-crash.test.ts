/**
 * kill -9 at every instant of a restore and of a save, through the built CLI (dist/cli.js, run with plain
 * node like the runner runs it). The instants are the crash points between the steps either makes on
 * disk (CI_RECOVERY_CRASH_AFTER=N kills the process with SIGKILL at the N-th: crash-points.ts), every N
 * from 1 until the command finishes, so the choice is the test's and the same on every run. After each
 * kill: the workspace, once repaired (by `restore --repair`, by the next restore or by cleanup), is
 * exactly the old tree or exactly the new one; every checkpoint `list` shows restores; and one cleanup
 * leaves no debris (no partial file, claim, archive without manifest or staging directory).
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cleanupCheckpoints,
  listCheckpoints,
  openStore,
  recoverInterrupted,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { copyDistCli } from './dist-cli.js';

let tmp: string;
let cli: string;
let storeDir: string;
let store: CheckpointStore;

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function ci(args: string[], crashAfter?: number): Promise<Ran> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '' };
    if (crashAfter !== undefined) env.CI_RECOVERY_CRASH_AFTER = String(crashAfter);
    const child = execFile(process.execPath, [cli, ...args], { cwd: tmp, env }, (_e, _out, stderr) =>
      resolve({ code: child.exitCode, signal: child.signalCode, stderr }),
    );
  });
}

/** The old tree: files, a nested dir, a link, modes. */
function writeOld(dir: string): void {
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  mkdirSync(path.join(dir, 'gone/deep'), { recursive: true });
  for (let i = 0; i < 4; i++) writeFileSync(path.join(dir, `src/f${i}.js`), `old ${i}\n`.repeat(i * 50));
  writeFileSync(path.join(dir, 'src/lib/util.js'), 'util\n');
  writeFileSync(path.join(dir, 'gone/deep/x.txt'), 'x\n');
  writeFileSync(path.join(dir, 'becomes-dir'), 'a file now\n');
  mkdirSync(path.join(dir, 'becomes-file'));
  writeFileSync(path.join(dir, 'becomes-file/inner'), 'inner\n');
  writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(dir, 'run.sh'), 0o755);
  symlinkSync('src/f0.js', path.join(dir, 'main.js'));
}

/** The new tree: modified, deleted, added (a whole new dir too), types swapped, modes changed. */
function writeNew(dir: string): void {
  writeOld(dir);
  writeFileSync(path.join(dir, 'src/f1.js'), 'new 1\n');
  writeFileSync(path.join(dir, 'src/f3.js'), 'new 3\n'.repeat(500));
  rmSync(path.join(dir, 'src/f2.js'));
  rmSync(path.join(dir, 'gone'), { recursive: true });
  mkdirSync(path.join(dir, 'added/sub'), { recursive: true });
  writeFileSync(path.join(dir, 'added/a.txt'), 'a\n');
  writeFileSync(path.join(dir, 'added/sub/b.txt'), 'b\n');
  rmSync(path.join(dir, 'becomes-dir'));
  mkdirSync(path.join(dir, 'becomes-dir'));
  writeFileSync(path.join(dir, 'becomes-dir/now.txt'), 'now a dir\n');
  rmSync(path.join(dir, 'becomes-file'), { recursive: true });
  writeFileSync(path.join(dir, 'becomes-file'), 'now a file\n');
  chmodSync(path.join(dir, 'run.sh'), 0o700);
  chmodSync(path.join(dir, 'src/lib'), 0o750);
  rmSync(path.join(dir, 'main.js'));
  symlinkSync('src/f1.js', path.join(dir, 'main.js'));
}

let oldTree: string;
let newTree: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-crash-'));
  cli = copyDistCli(tmp);
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  writeOld(path.join(tmp, 'old'));
  writeNew(path.join(tmp, 'new'));
  oldTree = await treeDigest(path.join(tmp, 'old'));
  newTree = await treeDigest(path.join(tmp, 'new'));
  const meta = { stage: 's', job: 'j', runId: '1', attempt: 1 };
  await saveCheckpoint({ store, workspace: path.join(tmp, 'old'), paths: ['.'], id: 'old', meta });
  // 'new' is incremental on 'old': a restore of it reads both archives.
  await saveCheckpoint({
    store,
    workspace: path.join(tmp, 'new'),
    paths: ['.'],
    id: 'new',
    meta,
    parent: 'old',
  });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What killed processes may leave, after one cleanup: must be nothing. */
function debris(ws?: string): string[] {
  const inStore = readdirSync(storeDir).filter((n) => n.startsWith('.') && n !== '.local');
  const archives = readdirSync(storeDir).filter((n) => n.endsWith('.tar.zst'));
  const manifests = new Set(readdirSync(storeDir).filter((n) => n.endsWith('.manifest.json')));
  const orphans = archives.filter((a) => !manifests.has(a.replace(/\.tar\.zst$/, '.manifest.json')));
  const staging = ws ? readdirSync(ws).filter((n) => n.startsWith('.ci-recovery-staging-')) : [];
  return [...inStore, ...orphans, ...staging];
}

/**
 * Every checkpoint `list` shows restores, to the tree it was saved from (those in `done` were checked
 * already: nothing replaces a checkpoint, so once is enough until the end).
 */
async function everyListedRestores(expected: Map<string, string>, done = new Set<string>()): Promise<void> {
  for (const c of await listCheckpoints(store)) {
    if (done.has(c.id)) continue;
    done.add(c.id);
    expect(c.error).toBeUndefined();
    const dest = mkdtempSync(path.join(tmp, 'check-'));
    await restoreCheckpoint({ store, checkpoint: c.id, dest });
    expect([c.id, await treeDigest(dest)]).toEqual([c.id, expected.get(c.id)]);
    rmSync(dest, { recursive: true, force: true });
  }
}

test('kill -9 at every crash point of a restore: repaired, the workspace is the old tree or the new one', async () => {
  const ws = path.join(tmp, 'ws');
  const states = new Map<string, number>();
  let kills = 0;
  for (let n = 1; ; n++) {
    rmSync(ws, { recursive: true, force: true });
    cpSync(path.join(tmp, 'old'), ws, { recursive: true, verbatimSymlinks: true });
    expect(await treeDigest(ws)).toBe(oldTree);
    const r = await ci(['restore', '--store', `dir:${storeDir}`, '--name', 'new', '--dest', ws], n);
    if (r.signal === null) {
      // Past the last crash point: the restore ran to its end.
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(await treeDigest(ws)).toBe(newTree);
      break;
    }
    expect(r.signal).toBe('SIGKILL');
    kills++;
    // Three ways back, in turn: the CLI's repair, the next restore, cleanup of the workspace.
    if (n % 3 === 0) {
      const repaired = await ci(['restore', '--repair', '--dest', ws]);
      expect(repaired.code).toBe(0);
    } else if (n % 3 === 1) {
      await restoreCheckpoint({ store, checkpoint: 'new', dest: ws });
    } else await cleanupCheckpoints(store, { retentionDays: 30, dest: ws });
    const tree = await treeDigest(ws);
    expect([n, tree === oldTree || tree === newTree]).toEqual([n, true]);
    if (n % 3 === 1) expect(tree).toBe(newTree);
    const state = tree === oldTree ? 'old' : 'new';
    states.set(state, (states.get(state) ?? 0) + 1);
    await cleanupCheckpoints(store, { retentionDays: 30, dest: ws });
    expect(debris(ws)).toEqual([]);
    expect(recoverInterrupted(ws)).toEqual({
      rolledBack: [],
      stuck: [],
      removed: [],
      inProgress: [],
      foreign: [],
    });
  }
  expect(kills).toBeGreaterThanOrEqual(20);
  // Both outcomes happened: kills before the first move roll back to old, after the last to new.
  expect(states.get('old')).toBeGreaterThan(0);
  await everyListedRestores(
    new Map([
      ['old', oldTree],
      ['new', newTree],
    ]),
  );
  // A restore run and killed at each of its crash points, each a CLI process: 47 s alone, past 120 s at a load of 11.
}, 300_000);

test('kill -9 at every crash point of a save: the store has the whole checkpoint or none, and cleanup leaves nothing', async () => {
  const expected = new Map([
    ['old', oldTree],
    ['new', newTree],
  ]);
  const verified = new Set<string>();
  let kills = 0;
  for (let n = 1; ; n++) {
    const id = `save-${n}`;
    const args = [
      'checkpoint',
      '--store',
      `dir:${storeDir}`,
      '--name',
      id,
      '--full',
      '--cwd',
      path.join(tmp, 'new'),
    ];
    const r = await ci(args, n);
    const listed = new Set((await listCheckpoints(store)).map((c) => c.id));
    if (r.signal === null) {
      expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
      expect(listed.has(id)).toBe(true);
      expected.set(id, newTree);
      break;
    }
    expect(r.signal).toBe('SIGKILL');
    kills++;
    if (listed.has(id)) expected.set(id, newTree);
    // Saving the same name again after the kill: refused when the killed save got its manifest in,
    // else it takes over the dead save's claim and succeeds.
    if (n % 4 === 0) {
      const meta = { stage: 's', job: 'j', runId: '1', attempt: 1 };
      const again = saveCheckpoint({ store, workspace: path.join(tmp, 'new'), paths: ['.'], id, meta });
      if (listed.has(id)) await expect(again).rejects.toThrow(/already exists/);
      else {
        await again;
        expected.set(id, newTree);
      }
    }
    await cleanupCheckpoints(store, { retentionDays: 30 });
    expect([n, debris()]).toEqual([n, []]);
    await everyListedRestores(expected, verified);
    // Only finished checkpoints are listed.
    for (const c of await listCheckpoints(store)) expect(expected.has(c.id)).toBe(true);
  }
  // (A full save: every entry is a crash point while the archive is written.)
  expect(kills).toBeGreaterThanOrEqual(20);
  await everyListedRestores(expected);
  // 16 s alone; past the default 120 s at a load of 12, like the restore sweep above.
}, 300_000);
