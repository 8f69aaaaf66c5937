/**
 * What a restore may do to the machine, through the built CLI (dist/cli.js, run with plain node from a
 * copy outside the repository, HOME a temporary directory): a staging directory that came with the files
 * is never replayed, a repair after the workspace moved puts back what was set aside, the destination is
 * confined to the workspace, .git and the store are never touched whatever the manifest says, two
 * restores into one destination never interleave, and links and modes from a manifest cannot escape.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { encodeManifest, parseManifest, type Manifest } from '../../src/checkpoint/index.js';
import { copyDistCli } from './dist-cli.js';

let tmp: string;
let cli: string;
let home: string;

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function ci(args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH ?? '', HOME: home, ...extra };
    const child = execFile(process.execPath, [cli, ...args], { cwd, env }, (_e, stdout, stderr) =>
      resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'restore-safety-cli-'));
  cli = copyDistCli(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh case: a home, a workspace with a .git and files, a store beside it, a sibling project. */
function fresh(): { root: string; ws: string; store: string; sibling: string } {
  const root = path.join(tmp, `case-${++n}`);
  home = path.join(root, 'home');
  const ws = path.join(root, 'ws');
  const sibling = path.join(root, 'sibling');
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(home, '.bashrc'), 'export SAFE=1\n');
  mkdirSync(path.join(ws, '.git/hooks'), { recursive: true });
  writeFileSync(path.join(ws, '.git/HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n');
  writeFileSync(path.join(ws, 'b.txt'), 'b\n');
  mkdirSync(path.join(sibling, 'src'), { recursive: true });
  writeFileSync(path.join(sibling, 'src/precious.txt'), 'keep me\n');
  return { root, ws, store: `dir:${path.join(root, 'store')}`, sibling };
}

async function save(ws: string, store: string, name: string, extra: string[] = []): Promise<void> {
  const r = await ci(['checkpoint', '--store', store, '--name', name, '--paths', '.', ...extra], ws);
  expect([r.code, r.stderr]).toEqual([0, '']);
}

/** A pid that certainly ran on this host and is gone now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

const hostTag = os.hostname().replace(/[^A-Za-z0-9.-]+/g, '-') || 'host';

test('a staging directory with a journal that came with the files is never replayed by restore, --repair or cleanup', async () => {
  const { root, ws, store } = fresh();
  await save(ws, store, 'good');
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), 'secret\n');
  chmodSync(path.join(outside, 'secret.txt'), 0o600);
  const outsideMode = statSync(outside).mode;
  // What a pull request can commit: a "staging directory" of a dead restore whose journal moves a file of
  // the machine into the workspace, a workspace file into the home directory, and chmods another path.
  const planted = path.join(ws, `.ci-recovery-staging-@${hostTag}~${deadPid()}-x`);
  mkdirSync(planted);
  const journal = [
    ['moved', path.join(ws, 'pwned.txt'), path.join(outside, 'secret.txt')],
    ['placed', path.join(home, 'stolen.txt'), path.join(ws, 'src/a.txt')],
    ['chmod', path.join(outside), 0o777],
    ['moved', 'pwned-rel.txt', 0],
  ];
  // And one named like ours today (a random id), with no journal of this machine behind it.
  mkdirSync(path.join(ws, `.ci-recovery-staging-${'ab'.repeat(16)}`, 'replaced'), { recursive: true });
  writeFileSync(path.join(planted, 'journal'), journal.map((s) => JSON.stringify(s) + '\n').join(''));
  const untouched = (): void => {
    expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret\n');
    expect(statSync(outside).mode).toBe(outsideMode);
    expect(existsSync(path.join(ws, 'pwned.txt'))).toBe(false);
    expect(existsSync(path.join(home, 'stolen.txt'))).toBe(false);
    expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('a\n');
    expect(readdirSync(planted)).toEqual(['journal']);
  };

  const repaired = await ci(['restore', '--repair', '--dest', ws], ws);
  expect(repaired.code).toBe(0);
  expect(repaired.stdout).toMatch(/left \.ci-recovery-staging-\S+ alone: no restore on this machine made it/);
  expect(repaired.stdout).not.toMatch(/undone/);
  untouched();
  const cleaned = await ci(['cleanup', '--store', store, '--dest', ws], ws);
  expect(cleaned.code).toBe(0);
  expect(cleaned.stdout).not.toMatch(/finished interrupted restore/);
  untouched();
  writeFileSync(path.join(ws, 'b.txt'), 'edited\n');
  const restored = await ci(['restore', '--store', store, '--name', 'good'], ws);
  expect(restored.code).toBe(0);
  expect(restored.stderr).toMatch(
    /named like a staging directory of ci-recovery, but no restore on this machine made it/,
  );
  untouched();
  expect(readFileSync(path.join(ws, 'b.txt'), 'utf8')).toBe('b\n');
});

test('a restore killed half-way is put back by --repair after the workspace moved', async () => {
  const { root, ws, store } = fresh();
  for (let i = 0; i < 5; i++) writeFileSync(path.join(ws, `src/f${i}.txt`), `old ${i}\n`);
  const oldTree = await treeDigest(ws);
  const copy = path.join(root, 'old');
  cpSync(ws, copy, { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(path.join(ws, `src/f${i}.txt`), `new ${i}\n`);
  rmSync(path.join(ws, 'b.txt'));
  await save(ws, store, 'new');
  let setAside = false;
  for (let k = 1; k < 200 && !setAside; k++) {
    rmSync(ws, { recursive: true, force: true });
    rmSync(path.join(root, 'moved'), { recursive: true, force: true });
    cpSync(copy, ws, { recursive: true });
    const r = await ci(['restore', '--store', store, '--name', 'new', '--dest', ws], root, {
      CI_RECOVERY_CRASH_AFTER: String(k),
    });
    expect(r.signal).toBe('SIGKILL');
    const staging = readdirSync(ws).find((s) => s.startsWith('.ci-recovery-staging-'));
    const replaced = staging ? path.join(ws, staging, 'replaced') : '';
    setAside = staging !== undefined && existsSync(replaced) && readdirSync(replaced).length > 0;
    // The workspace moves (a renamed checkout, a runner that relocates its work folder), then is repaired.
    renameSync(ws, path.join(root, 'moved'));
    const repaired = await ci(['restore', '--repair', '--dest', path.join(root, 'moved')], root);
    expect(repaired.code).toBe(0);
    expect([k, await treeDigest(path.join(root, 'moved'))]).toEqual([k, oldTree]);
  }
  expect(setAside).toBe(true);
});

test('--dest is confined to the workspace: .., /, the home directory and a non-empty outside directory are refused by a check', async () => {
  const { root, ws, store, sibling } = fresh();
  await save(ws, store, 'good');
  const before = await treeDigest(root);
  writeFileSync(path.join(root, 'a-file'), 'x\n');
  const cases: [string, RegExp][] = [
    [
      '..',
      /--dest '\.\.' \(.*\) contains the workspace .*: a restore there would delete everything beside the workspace/,
    ],
    ['/', /--dest '\/' is the root of the filesystem/],
    [home, /is the home directory/],
    [
      sibling,
      /is outside the workspace .* and not empty: .*set --dest-outside-workspace to restore there anyway/,
    ],
    [path.join(root, 'a-file'), /is a file, not a directory: name the directory to restore into/],
  ];
  for (const [dest, message] of cases) {
    const r = await ci(['restore', '--store', store, '--name', 'good', '--dest', dest], ws);
    expect([dest, r.code]).toEqual([dest, 1]);
    expect(r.stderr).toMatch(message);
  }
  rmSync(path.join(root, 'a-file'));
  expect(await treeDigest(root)).toBe(before);
  // The opt-in allows an outside directory, never one that holds the workspace.
  const up = await ci(
    ['restore', '--store', store, '--name', 'good', '--dest', '..', '--dest-outside-workspace'],
    ws,
  );
  expect(up.code).toBe(1);
  expect(await treeDigest(root)).toBe(before);
  const there = await ci(
    ['restore', '--store', store, '--name', 'good', '--dest', sibling, '--dest-outside-workspace'],
    ws,
  );
  expect(there.code).toBe(0);
  expect(readFileSync(path.join(sibling, 'b.txt'), 'utf8')).toBe('b\n');
  // A new directory outside the workspace holds nothing to lose: no opt-in needed.
  const fresh1 = await ci(
    ['restore', '--store', store, '--name', 'good', '--dest', path.join(root, 'new')],
    ws,
  );
  expect(fresh1.code).toBe(0);
});

/** Rewrites checkpoint `id`'s manifest in a dir: store (a store anyone who can write it can change). */
function editManifest(store: string, id: string, edit: (m: Manifest) => void): void {
  const file = path.join(store.slice('dir:'.length), `${id}.manifest.json`);
  const m = parseManifest(readFileSync(file, 'utf8'), file);
  edit(m);
  writeFileSync(file, encodeManifest(m).stored);
}

test.each([
  ['the default store, .ci-recovery/checkpoints', '.ci-recovery/checkpoints'],
  ['a store elsewhere in the workspace', 'ckpts'],
])(
  "a manifest's exclude: [] cannot make a restore touch .git or %s: the restoring side decides",
  async (_what, storeDir) => {
    const { ws } = fresh();
    const store = `dir:${path.join(ws, storeDir)}`;
    await save(ws, store, 'good');
    editManifest(store, 'good', (m) => (m.exclude = []));
    const gitBefore = await treeDigest(path.join(ws, '.git'));
    writeFileSync(path.join(ws, 'b.txt'), 'edited\n');
    const r = await ci(['restore', '--store', store, '--name', 'good'], ws);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(ws, 'b.txt'), 'utf8')).toBe('b\n');
    expect(await treeDigest(path.join(ws, '.git'))).toBe(gitBefore);
    const stored = readdirSync(path.join(ws, storeDir)).filter((f) => !f.startsWith('.'));
    expect(stored.sort()).toEqual(['good.manifest.json', 'good.tar.zst']);
    expect((await ci(['restore', '--store', store, '--name', 'good'], ws)).code).toBe(0);
  },
);

test('a checkpoint that writes into .git (a hook) has those entries left out, with a warning', async () => {
  const { root, ws, store } = fresh();
  const other = path.join(root, 'other');
  mkdirSync(path.join(other, '.git/hooks'), { recursive: true });
  writeFileSync(path.join(other, '.git/hooks/pre-commit'), '#!/bin/sh\necho pwned\n');
  writeFileSync(path.join(other, 'b.txt'), 'b\n');
  // A save leaves .git out unless a path names it: this one names it, as a forged checkpoint would.
  const saved = await ci(
    ['checkpoint', '--store', store, '--name', 'hooked', '--paths', '.git', 'b.txt'],
    other,
  );
  expect(saved.code).toBe(0);
  const gitBefore = await treeDigest(path.join(ws, '.git'));
  const r = await ci(['restore', '--store', store, '--name', 'hooked'], ws);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(
    /entries of checkpoint 'hooked' \(first: '\.git.*'\) were left out: a restore never writes into \.git/,
  );
  expect(existsSync(path.join(ws, '.git/hooks/pre-commit'))).toBe(false);
  expect(await treeDigest(path.join(ws, '.git'))).toBe(gitBefore);
});

test('two restores into one destination never interleave: the second waits for the first, then runs whole', async () => {
  const { ws, store } = fresh();
  for (let i = 0; i < 20; i++) writeFileSync(path.join(ws, `src/f${i}.txt`), `one ${i}\n`);
  await save(ws, store, 'one', ['--full']);
  const treeOne = await treeDigest(ws);
  for (let i = 0; i < 20; i++) writeFileSync(path.join(ws, `src/f${i}.txt`), `two ${i}\n`);
  writeFileSync(path.join(ws, 'extra.txt'), 'two\n');
  await save(ws, store, 'two', ['--full']);
  const treeTwo = await treeDigest(ws);
  // The first stops itself half-way through placing (SIGSTOP at a crash point): alive, holding its lock.
  const first = spawn(process.execPath, [cli, 'restore', '--store', store, '--name', 'one'], {
    cwd: ws,
    env: { PATH: process.env.PATH ?? '', HOME: home, CI_RECOVERY_PAUSE_AT: '30' },
    stdio: 'ignore',
  });
  const firstDone = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
  await waitUntil(() => procState(first.pid!) === 'T');
  const second = ci(['restore', '--store', store, '--name', 'two'], ws);
  let secondEnded = false;
  void second.then(() => (secondEnded = true));
  await new Promise((r) => setTimeout(r, 1500));
  // While the first holds the destination, the second has not touched it.
  const waited = !secondEnded;
  first.kill('SIGCONT');
  expect(waited).toBe(true);
  expect(await firstDone).toBe(0);
  const r = await second;
  expect([r.code, r.stderr]).toEqual([0, '']);
  // The second ran after the first, whole: exactly checkpoint two, no mix.
  expect(await treeDigest(ws)).toBe(treeTwo);
  expect(treeOne).not.toBe(treeTwo);
});

function procState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

async function waitUntil(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('links that climb out through other links are placed as links, writing nothing through them; special mode bits are dropped unless asked', async () => {
  const { root, ws, store, sibling } = fresh();
  mkdirSync(path.join(ws, 'a/b'), { recursive: true });
  symlinkSync('../..', path.join(ws, 'a/b/d'));
  symlinkSync('d/x', path.join(ws, 'a/b/l'));
  await save(ws, store, 'links');
  // Each target alone stays inside; through 'd', 'l' climbs to the workspace's parent.
  editManifest(store, 'links', (m) => {
    for (const e of m.entries) if (e.path === 'a/b/l') e.target = 'd/../..';
  });
  const linksOut = path.join(root, 'out');
  const siblingBefore = await treeDigest(sibling);
  const r = await ci(['restore', '--store', store, '--name', 'links', '--dest', linksOut], ws);
  expect(r.code).toBe(0);
  expect(readlinkSync(path.join(linksOut, 'a/b/l'))).toBe('d/../..');
  expect(await treeDigest(sibling)).toBe(siblingBefore);
  const v = await ci(['validate', '--store', store, '--name', 'links'], ws);
  expect(v.code).toBe(0);

  const modes = path.join(root, 'modes');
  mkdirSync(path.join(modes, 'shared'), { recursive: true });
  writeFileSync(path.join(modes, 'suid'), '#!/bin/sh\n');
  writeFileSync(path.join(modes, 'open.txt'), 'x\n');
  chmodSync(path.join(modes, 'suid'), 0o4755);
  chmodSync(path.join(modes, 'open.txt'), 0o666);
  chmodSync(path.join(modes, 'shared'), 0o1777);
  const s = await ci(['checkpoint', '--store', store, '--name', 'modes', '--paths', '.', '--cwd', modes], ws);
  expect(s.code).toBe(0);
  const mode = (p: string): number => statSync(p).mode & 0o7777;
  const out = path.join(root, 'modes-out');
  expect((await ci(['restore', '--store', store, '--name', 'modes', '--dest', out], ws)).code).toBe(0);
  expect([
    mode(path.join(out, 'suid')),
    mode(path.join(out, 'open.txt')),
    mode(path.join(out, 'shared')),
  ]).toEqual([0o755, 0o664, 0o775]);
  const kept = path.join(root, 'modes-kept');
  const k = await ci(
    ['restore', '--store', store, '--name', 'modes', '--dest', kept, '--keep-special-modes'],
    ws,
  );
  expect(k.code).toBe(0);
  expect([
    mode(path.join(kept, 'suid')),
    mode(path.join(kept, 'open.txt')),
    mode(path.join(kept, 'shared')),
  ]).toEqual([0o4755, 0o666, 0o1777]);
});
