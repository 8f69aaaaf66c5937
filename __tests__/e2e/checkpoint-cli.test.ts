/**
 * The CLI verbs through the built bundle, run with plain `node` from a copy of dist/ outside the repository
 * (so no node_modules can be found): checkpoint, list, restore (--dest, --dry-run, --paths), validate and
 * cleanup against a local directory store, with --json output.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { copyDistCli } from './dist-cli.js';

let tmp: string;
let cli: string;
let ws: string;
let store: string;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function ci(args: string[], cwd = ws): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function json<T>(args: string[]): Promise<T> {
  const r = await ci([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-cli-'));
  cli = copyDistCli(tmp);
  ws = path.join(tmp, 'ws');
  store = `dir:${path.join(tmp, 'store')}`;
  mkdirSync(path.join(ws, 'src/empty'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.js'), 'a\n');
  writeFileSync(path.join(ws, '.editorconfig'), 'dot\n');
  writeFileSync(path.join(ws, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(ws, 'run.sh'), 0o755);
  symlinkSync('src/a.js', path.join(ws, 'main.js'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('checkpoint, incremental checkpoint, list, restore, dry run, partial restore, validate, cleanup', async () => {
  const original = await treeDigest(ws);
  const base = await json<{ id: string; kind: string; files: number }>([
    'checkpoint',
    '--store',
    store,
    '--name',
    'base',
    '--paths',
    '.',
    '--include-hidden-files', // .editorconfig is part of what round-trips
  ]);
  expect(base).toMatchObject({ id: 'base', kind: 'full', files: 3 });

  appendFileSync(path.join(ws, 'src/a.js'), 'more\n');
  writeFileSync(path.join(ws, 'src/b.js'), 'b\n');
  const next = await json<{ kind: string; parent: string; stored: number }>([
    'checkpoint',
    '--store',
    store,
    '--name',
    'next',
    '--paths',
    './',
    '--include-hidden-files',
  ]);
  // './' is the same root as '.': the newest checkpoint over it is the parent.
  expect(next).toMatchObject({ kind: 'incremental', parent: 'base' });
  const edited = await treeDigest(ws);

  const listed = await json<{ id: string; kind: string }[]>(['list', '--store', store]);
  expect(listed.map((c) => [c.id, c.kind])).toEqual([
    ['base', 'full'],
    ['next', 'incremental'],
  ]);

  // Into a new directory: the exact state of each checkpoint.
  const dest = path.join(tmp, 'dest');
  const into = await json<{ added: string[] }>([
    'restore',
    '--store',
    store,
    '--name',
    'base',
    '--dest',
    dest,
  ]);
  expect(await treeDigest(dest)).toBe(original);
  // Directories added whole are named once, without their contents.
  expect(into.added.sort()).toEqual(['.editorconfig', 'main.js', 'run.sh', 'src']);

  // Dry run on the workspace: reports, changes nothing.
  const dry = await json<{ restored: boolean; modified: string[]; deleted: string[] }>([
    'restore',
    '--store',
    store,
    '--name',
    'base',
    '--dry-run',
  ]);
  expect(dry).toMatchObject({ restored: false, modified: ['src/a.js'], deleted: ['src/b.js'] });
  expect(await treeDigest(ws)).toBe(edited);

  // Partial: only src/a.js goes back.
  await json(['restore', '--store', store, '--name', 'base', '--paths', 'src/a.js']);
  expect(readFileSync(path.join(ws, 'src/a.js'), 'utf8')).toBe('a\n');
  expect(readFileSync(path.join(ws, 'src/b.js'), 'utf8')).toBe('b\n');

  const valid = await json<{ id: string; ok: boolean }[]>(['validate', '--store', store]);
  expect(valid.map((v) => v.ok)).toEqual([true, true]);

  const swept = await json<{ deleted: string[] }>([
    'cleanup',
    '--store',
    store,
    '--retention-days',
    '0',
    '--dry-run',
  ]);
  expect(swept.deleted.sort()).toEqual(['base', 'next']);
  expect((await json<unknown[]>(['list', '--store', store])).length).toBe(2);
});

test('a tampered checkpoint fails validate (exit 1) and restore (refused, workspace unchanged)', async () => {
  await json(['checkpoint', '--store', store, '--name', 'victim', '--paths', 'src', '--full']);
  const archive = path.join(tmp, 'store', 'victim.tar.zst');
  const bytes = readFileSync(archive);
  bytes.writeUInt8(bytes.readUInt8(20) ^ 0xff, 20);
  writeFileSync(archive, bytes);
  const v = await ci(['validate', '--store', store, '--name', 'victim']);
  expect(v.code).toBe(1);
  expect(v.stdout).toMatch(/^BAD {2}victim: /);
  writeFileSync(path.join(ws, 'src/a.js'), 'changed after');
  const before = await treeDigest(ws);
  const r = await ci(['restore', '--store', store, '--name', 'victim']);
  expect(r.code).toBe(1); // a refused restore is a failed operation (not usage): the message says why
  expect(r.stderr).toMatch(
    /ci-recovery restore: checkpoint 'victim' could not be restored: .*; the workspace was not changed/,
  );
  expect(await treeDigest(ws)).toBe(before);
});

test('bad usage exits 2 with a message that names the option', async () => {
  const r = await ci(['checkpoint', '--store', store, '--paths', '.']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("'--name' is required");
  const u = await ci(['list', '--stor', 'x']);
  expect(u.code).toBe(2);
  expect(u.stderr).toContain("unknown option '--stor' for 'list'");
  const s = await ci(['list', '--store', 'ftp:x']);
  expect(s.code).toBe(2);
  expect(s.stderr).toContain("--store 'ftp:x' is not a store: write 'dir:PATH'");
});

test("a checkpoint made on a laptop records the commit and branch it was taken at, as a job's does", async () => {
  const repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'feature/x');
  writeFileSync(path.join(repo, 'a.txt'), 'a\n');
  git('add', 'a.txt');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
  const sha = git('rev-parse', 'HEAD');
  const dirStore = path.join(tmp, 'head-store');
  const saved = await ci([
    'checkpoint',
    '--store',
    `dir:${dirStore}`,
    '--name',
    'at-head',
    '--cwd',
    repo,
    '--paths',
    'a.txt',
  ]);
  expect(saved.code).toBe(0);
  const manifestFile = readdirSync(dirStore, { recursive: true, encoding: 'utf8' }).find((f) =>
    f.endsWith('at-head.manifest.json'),
  );
  const manifest = JSON.parse(readFileSync(path.join(dirStore, manifestFile ?? 'missing'), 'utf8')) as {
    commit?: string;
    branch?: string;
  };
  expect([manifest.commit, manifest.branch]).toEqual([sha, 'feature/x']);
});

test("quoted globs and '!' exclusions in --paths save exactly the matched files; no match saves nothing", async () => {
  const globs = path.join(tmp, 'globs');
  for (const f of ['pkg/a/lib/x.js', 'pkg/a/lib/x.log', 'pkg/b/lib/y.js', 'pkg/b/src/z.js']) {
    mkdirSync(path.dirname(path.join(globs, f)), { recursive: true });
    writeFileSync(path.join(globs, f), f);
  }
  const saved = await json<{ files: number }>([
    'checkpoint',
    ...['--store', store, '--name', 'globbed', '--cwd', globs, '--paths', 'pkg/*/lib', '!**/*.log'],
  ]);
  expect(saved.files).toBe(2);
  const out = path.join(tmp, 'globs-restored');
  await json(['restore', '--store', store, '--name', 'globbed', '--dest', out]);
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') || f.endsWith('.log'),
  );
  expect(files.sort()).toEqual(['pkg/a/lib/x.js', 'pkg/b/lib/y.js']);

  const none = await ci([
    'checkpoint',
    '--store',
    store,
    '--name',
    'nothing',
    '--cwd',
    globs,
    '--paths',
    'build/**',
  ]);
  expect(none.code).toBe(1);
  expect(none.stderr).toContain('No files match --paths build/**');
  expect((await ci(['list', '--store', store, '--json'])).stdout).not.toContain('"nothing"');
});

test('--keyed keeps a directory once per lockfile: the first checkpoint publishes it, the next takes it, a restore brings it back', async () => {
  const app = path.join(tmp, 'keyed-app');
  const install = (version: string): void => {
    writeFileSync(path.join(app, 'package-lock.json'), `{"version":"${version}"}`);
    for (let p = 0; p < 4; p++) {
      mkdirSync(path.join(app, 'node_modules', `p${p}`), { recursive: true });
      writeFileSync(path.join(app, 'node_modules', `p${p}`, 'index.js'), `// ${version} ${p}\n`.repeat(500));
    }
  };
  mkdirSync(path.join(app, 'src'), { recursive: true });
  writeFileSync(path.join(app, 'src/app.js'), 'app\n');
  install('1');
  const keyedStore = `dir:${path.join(tmp, 'keyed-store')}`;
  const save = (name: string) =>
    json<{ storedBytes: number; keyed: { path: string; outcome: string }[] }>([
      'checkpoint',
      ...['--store', keyedStore, '--name', name, '--cwd', app, '--full'],
      ...['--paths', 'src', 'node_modules', '--keyed', 'node_modules=package-lock.json'],
    ]);
  const first = await save('first');
  expect(first.keyed).toEqual([expect.objectContaining({ path: 'node_modules', outcome: 'published' })]);
  const second = await save('second');
  expect(second.keyed).toEqual([expect.objectContaining({ path: 'node_modules', outcome: 'taken' })]);
  const digest = await treeDigest(path.join(app, 'node_modules'));
  const out = path.join(tmp, 'keyed-restored');
  await json(['restore', '--store', keyedStore, '--name', 'second', '--dest', out]);
  expect(await treeDigest(path.join(out, 'node_modules'))).toEqual(digest);
  expect(readFileSync(path.join(out, 'src/app.js'), 'utf8')).toBe('app\n');

  const bad = await ci([
    'checkpoint',
    '--store',
    keyedStore,
    '--name',
    'x',
    '--cwd',
    app,
    '--keyed',
    'node_modules',
  ]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--keyed 'node_modules' is not valid; write the directory, '=' and the files");
  const outside = await ci([
    'checkpoint',
    ...['--store', keyedStore, '--name', 'x', '--cwd', app, '--paths', 'src'],
    ...['--keyed', 'node_modules=package-lock.json'],
  ]);
  expect(outside.code).toBe(2);
  expect(outside.stderr).toContain("--keyed 'node_modules=package-lock.json': it is not among --paths (src)");
});
