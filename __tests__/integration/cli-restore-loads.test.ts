/**
 * What the CLI's `restore` loads from a dir: store (issue 67, item 5: a restore's fixed start-up is most of
 * its excess over `zstd -d | tar -x` on a small workspace). The CLI built as bench:checkpoint builds it
 * (bench/cli-bundle.ts), run under the runner's Node with a module hook that notes every bundle file it
 * loads, and at its exit the built-ins it loaded. A restore loads the engine's restoring part
 * (checkpoint/adapters/restoring.ts), not its save half (the save and its packer, the keyed publisher,
 * list/validate/clean-up, the resume), nor node:zlib (gzip, or zstd without the binary) nor
 * node:worker_threads (an archive under OFF_THREAD_FROM is hashed on this thread), nor does it force
 * V8's full collections on a small manifest. The save, run under the
 * same hook, shows the hook sees the save half where it is; the restored tree is the saved one, hard
 * links kept.
 */
import { execFileSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { esbuildCli } from '../../bench/cli-bundle.js';
import { standNode } from '../../stand/services/node24.js';

/** In-thread hooks (no hooks thread of its own to load more built-ins): every file the process loads. */
const PROBE = `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
import vm from 'node:vm';
const log = process.env.LOADS_LOG;
// The context that hands out V8's gc (checkpoint/adapters/heap.ts), noted when it is made.
const runInNewContext = vm.runInNewContext;
vm.runInNewContext = function (code, ...rest) {
  if (code === 'gc') appendFileSync(log, 'gc-context\\n');
  return runInNewContext.call(this, code, ...rest);
};
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) appendFileSync(log, url + '\\n');
    return next(url, context);
  },
});
process.on('exit', () => {
  for (const m of process.moduleLoadList)
    if (m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/'))
      appendFileSync(log, 'node:' + m.slice('NativeModule '.length) + '\\n');
});
`;

/** The engine's save half: none of it is needed to restore. */
const SAVE_HALF = [
  'save.ts',
  'save-pack.ts',
  'save-plan.ts',
  'save-commit.ts',
  'tar-pack.ts',
  'compress-first.ts',
  'hash-pool.ts',
  'keyed-beside.ts',
  'keyed-compare.ts',
  'manage.ts',
  'resume.ts',
].map((file) => `src/checkpoint/adapters/${file}`);

let dir: string;
let cli: string;
let probe: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-restore-loads-'));
  cli = await esbuildCli(path.join(dir, 'bundle'));
  probe = path.join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the bundled CLI under the probe; the source modules of the bundle files it loaded, and its built-ins. */
function runProbed(
  args: string[],
  cwd: string,
  name: string,
): { files: string[]; modules: string[]; builtins: string[]; gcContexts: number } {
  const log = path.join(dir, `${name}.log`);
  writeFileSync(log, '');
  execFileSync(standNode(), ['--import', probe, cli, ...args], {
    cwd,
    env: { ...process.env, LOADS_LOG: log, RUNNER_DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const out = path.dirname(cli);
  const files = lines
    .filter((l) => l.startsWith('file:'))
    .map((l) => new URL(l).pathname)
    .filter((f) => path.dirname(f) === out && f.endsWith('.js'));
  // esbuild heads each module in a chunk with a comment naming its source.
  const modules = files.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/^\/\/ (?:.*\/)?(src\/[\w/.-]+\.ts)$/gm)].map((m) => m[1]!),
  );
  return {
    files: files.map((f) => path.basename(f)),
    modules: [...new Set(modules)].sort(),
    builtins: lines.filter((l) => l.startsWith('node:')),
    gcContexts: lines.filter((l) => l === 'gc-context').length,
  };
}

it('a restore from a dir: store loads neither the save half of the engine, nor zlib, nor worker_threads', () => {
  const ws = path.join(dir, 'ws');
  mkdirSync(path.join(ws, 'a', 'sub'), { recursive: true });
  for (let i = 0; i < 40; i++) writeFileSync(path.join(ws, 'a', `f${i}.txt`), `file ${i}\n`.repeat(i + 1));
  writeFileSync(path.join(ws, 'a', 'sub', 'data.bin'), Buffer.alloc(200_000, 7));
  linkSync(path.join(ws, 'a', 'f3.txt'), path.join(ws, 'a', 'sub', 'f3-link.txt'));
  symlinkSync('../f1.txt', path.join(ws, 'a', 'sub', 'to-f1'));
  const store = `dir:${path.join(dir, 'store')}`;

  const save = runProbed(
    ['checkpoint', '--store', store, '--name', 'c1', '--paths', 'a', '--full'],
    ws,
    'save',
  );
  // The hook sees the save half where it is loaded.
  expect(save.modules).toEqual(expect.arrayContaining(['src/checkpoint/adapters/save.ts']));

  const dest = path.join(dir, 'restored');
  const restore = runProbed(['restore', '--store', store, '--name', 'c1', '--dest', dest], ws, 'restore');
  expect(restore.modules).toEqual(
    expect.arrayContaining([
      'src/cli/restore.ts',
      'src/checkpoint/adapters/restore.ts',
      'src/checkpoint/adapters/extract.ts',
    ]),
  );
  expect(restore.modules.filter((m) => SAVE_HALF.includes(m))).toEqual([]);
  expect(restore.files.filter((f) => f.startsWith('restoring-'))).toHaveLength(1);
  // The built-ins a restore needs are seen; the two it does not are not loaded.
  expect(restore.builtins).toEqual(expect.arrayContaining(['node:child_process', 'node:crypto']));
  expect(restore.builtins.filter((b) => b === 'node:zlib' || b === 'node:worker_threads')).toEqual([]);
  // Nor does it force V8's full collections: their context for gc is made only for a manifest big
  // enough that they pay (heap.ts, COLLECT_FROM_ENTRIES); two cost ~10 % of a one-file restore's CPU.
  expect(restore.gcContexts).toBe(0);

  // The tree came back as saved: every file's bytes, the hard link as a link, the symbolic link.
  const names = readdirSync(path.join(ws, 'a'), { recursive: true }).map(String).sort();
  expect(readdirSync(path.join(dest, 'a'), { recursive: true }).map(String).sort()).toEqual(names);
  for (const name of names.filter((n) => statSync(path.join(ws, 'a', n)).isFile()))
    expect(readFileSync(path.join(dest, 'a', name))).toEqual(readFileSync(path.join(ws, 'a', name)));
  expect(statSync(path.join(dest, 'a', 'sub', 'f3-link.txt')).ino).toBe(
    statSync(path.join(dest, 'a', 'f3.txt')).ino,
  );
  expect(readlinkSync(path.join(dest, 'a', 'sub', 'to-f1'))).toBe('../f1.txt');
}, 120_000);

it('a restore without --name takes the whole engine alone (finding the newest lists the store): one part a process', () => {
  const ws = path.join(dir, 'ws-newest');
  mkdirSync(path.join(ws, 'a'), { recursive: true });
  writeFileSync(path.join(ws, 'a', 'f.txt'), 'newest\n');
  const store = `dir:${path.join(dir, 'store-newest')}`;
  runProbed(['checkpoint', '--store', store, '--name', 'n1', '--paths', 'a', '--full'], ws, 'save-newest');
  const dest = path.join(dir, 'restored-newest');
  const restore = runProbed(['restore', '--store', store, '--dest', dest], ws, 'restore-newest');
  expect(restore.modules).toEqual(expect.arrayContaining(['src/checkpoint/adapters/manage.ts']));
  // ncc copies what two parts share into each: loading both would compile it twice. (esbuild names a
  // dynamically imported module's file after it: restoring-<hash>.js.)
  expect(restore.files.filter((f) => f.startsWith('restoring-'))).toEqual([]);
  expect(readFileSync(path.join(dest, 'a', 'f.txt'), 'utf8')).toBe('newest\n');
}, 120_000);
