/**
 * What the shipped CLI (dist/, ncc's chunks) loads to restore a one-file checkpoint from the run's artifacts
 * (issue 67, item 5: a restore's fixed cost): the stand's Azurite and Results service, the CLI started with a
 * module hook that notes every bundle file it loads. A restore only downloads: the artifact store's upload
 * half (artifact-upload.ts and its block blobs, blob-blocks.ts) is not compiled. Nor is any module of the
 * bundle compiled twice: ncc copies a module two lazy chunks share into both, and the restore loaded
 * checkpoint/core/step.ts from the checkpoint door's chunk and again from the restoring part's. And its
 * archive, under 1 MiB, goes to zstd through its stdin: no mkfifo process is started for it; and its output,
 * under 1 MiB too, comes through zstd's stdout: no socket pair is made for it (nor node:cluster loaded).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../../stand/services/node24.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { copyDistCli } from './dist-cli.js';

/** The Results service's block uploader (blob-blocks.ts). */
const UPLOADER_MARK = 'class BlockBlob';
/** artifact-upload.ts's own code (its check of a name, as the client's). */
const UPLOAD_MARK = 'Provided artifact name input during validation is empty';

const HOOK = `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
import { ChildProcess } from 'node:child_process';
import net from 'node:net';
// Every socket the CLI listens on, and whether node:cluster (which a listen loads) was loaded at all.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  appendFileSync(process.env.LOADS_LOG, 'listen:' + String(typeof args[0] === 'object' ? args[0]?.path : args[0]).split('/').pop() + '\\n');
  return listen.apply(this, args);
};
process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule cluster')) appendFileSync(process.env.LOADS_LOG, 'builtin:cluster\\n');
});
// Every process the CLI starts (spawn, execFile and exec all come here), by its program's name.
const spawn = ChildProcess.prototype.spawn;
ChildProcess.prototype.spawn = function (options) {
  appendFileSync(process.env.LOADS_LOG, 'spawn:' + String(options.file).split('/').pop() + '\\n');
  return spawn.call(this, options);
};
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) appendFileSync(process.env.LOADS_LOG, url + '\\n');
    return next(url, context);
  },
});
`;

let dir: string;
let stand: Stand;
let cli: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cli-restore-artifact-loads-'));
  cli = copyDistCli(dir);
  writeFileSync(path.join(dir, 'hook.mjs'), HOOK);
  stand = await startStand({ runId: 9003, jobId: 1 });
}, 120_000);

afterAll(async () => {
  await stand?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI (awaited: the stand's services answer from this process); the bundle files it loaded. */
function runCli(
  args: string[],
  cwd: string,
  name: string,
): Promise<{ files: string[]; spawned: string[]; other: string[] }> {
  const log = path.join(dir, `${name}.log`);
  writeFileSync(log, '');
  const env = {
    ...process.env,
    ...stand.env,
    RUNNER_TEMP: path.join(dir, 'temp'),
    RUNNER_DEBUG: '',
    LOADS_LOG: log,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(standNode(), ['--import', path.join(dir, 'hook.mjs'), cli, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${args[0]} exited ${code}: ${err}`));
      const lines = readFileSync(log, 'utf8').split('\n');
      const spawned = lines.filter((l) => l.startsWith('spawn:')).map((l) => l.slice('spawn:'.length));
      const other = lines.filter((l) => l.startsWith('listen:') || l.startsWith('builtin:'));
      const files = lines
        .filter((l) => l.startsWith('file:'))
        .map((l) => new URL(l).pathname)
        .filter((f) => path.dirname(f) === path.dirname(cli) && f.endsWith('.js'));
      resolve({ files, spawned, other });
    });
  });
}

it('a one-file restore from the artifact store loads no upload half and no module twice', async () => {
  const ws = path.join(dir, 'ws');
  mkdirSync(path.join(ws, 'a'), { recursive: true });
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  writeFileSync(path.join(ws, 'a', 'one.txt'), 'one file\n');
  const saved = await runCli(
    ['checkpoint', '--store', 'artifact', '--name', 'one', '--paths', 'a', '--full'],
    ws,
    'save',
  );
  // The hook sees the upload half where it is loaded, and the compressor's socket pair.
  expect(saved.files.some((f) => readFileSync(f, 'utf8').includes(UPLOADER_MARK))).toBe(true);
  expect(saved.other).toContain('builtin:cluster');

  const dest = path.join(dir, 'restored');
  const {
    files: loaded,
    spawned,
    other,
  } = await runCli(
    ['restore', '--store', 'artifact', '--name', 'one', '--dest', dest, '--json'],
    ws,
    'restore',
  );
  expect(readFileSync(path.join(dest, 'a', 'one.txt'), 'utf8')).toBe('one file\n');
  const sources = loaded.map((f) => ({ file: path.basename(f), text: readFileSync(f, 'utf8') }));
  expect(
    sources.filter((s) => s.text.includes(UPLOADER_MARK) || s.text.includes(UPLOAD_MARK)).map((s) => s.file),
  ).toEqual([]);
  // ncc heads each module of a chunk with its id: none is in two of the chunks loaded.
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const s of sources)
    for (const m of s.text.matchAll(/^\/\*\*\*\/ (\d+):$/gm)) {
      const other = seen.get(m[1]!);
      if (other !== undefined) twice.push(`${m[1]} in ${other} and ${s.file}`);
      seen.set(m[1]!, s.file);
    }
  expect(twice).toEqual([]);
  // The archive (a few hundred bytes) went to zstd through its stdin: no mkfifo for it.
  expect(spawned).toEqual(['zstd']);
  // Its output (a few kilobytes) came through zstd's stdout: no socket pair, whose listen loads node:cluster.
  expect(other).toEqual([]);
  // The check reads the chunks: a restore loads several, each holding modules.
  expect(seen.size).toBeGreaterThan(20);
}, 180_000);
