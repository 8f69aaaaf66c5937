/**
 * The CLI keeps local manifest copies (with this machine's stat facts) in a `dir:` store's `.local/`. In a
 * store directory others can write (a shared machine's), another user can make `.local/` first and plant
 * copies in it: the CLI must then neither read them (a planted copy's stat facts and digests had a later
 * incremental save skip a changed file, and its checkpoint restore the old bytes, verified) nor write
 * through what is planted there (a link named as a copy had a restore write its manifest over a file the
 * link points to). Through the CLI, with real tar and zstd.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
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
import { pathToFileURL } from 'node:url';
import { encodeManifest, parseManifest } from '../../src/checkpoint/index.js';
import { repoRoot } from '../../stand/services/paths.js';

jest.setTimeout(60_000);

/** src/actions/cli.ts as one file, built once (as checkpoint-save-safety.test.ts builds it). */
let bundleDir: string;
let ENTRY: string;
beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(os.tmpdir(), 'cli-local-planted-'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(bundleDir, 'node_modules'), 'dir');
  const { build } = await import('esbuild');
  const outfile = path.join(bundleDir, 'cli.mjs');
  await build({
    entryPoints: [path.join(repoRoot, 'src/actions/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  ENTRY = pathToFileURL(outfile).href;
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

let tmp: string;
let ws: string;
let storeDir: string;
let local: string;

/** `ci-recovery ARGS` in `cwd`, under the umask `umask` (a shell sets it). */
function ci(
  args: string[],
  cwd: string,
  umask = '022',
): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = `const m = await import(${JSON.stringify(ENTRY)}); await m.run(process.argv.slice(1));`;
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      [
        '-c',
        `umask ${umask} && exec "$0" "$@"`,
        process.execPath,
        '--input-type=module',
        '-e',
        code,
        ...args,
      ],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: path.join(tmp, 'home') }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const root = process.getuid?.() === 0;
/** How another user's `.local/` reaches this one: made by another uid (root can show it), or left writable. */
const planters = [
  ...(root ? [["another user's", (dir: string) => chownSync(dir, 65534, 65534)] as const] : []),
  ['a world-writable', (dir: string) => chmodSync(dir, 0o777)] as const,
];

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-local-planted-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  mkdirSync(path.join(tmp, 'home'));
  writeFileSync(path.join(ws, 'src/a.txt'), 'v1\n');
  // A store directory shared by the machine's users, as /tmp is.
  storeDir = path.join(tmp, 'store');
  mkdirSync(storeDir, { mode: 0o1777 });
  chmodSync(storeDir, 0o1777);
  local = path.join(storeDir, '.local');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const store = (): string => `dir:${storeDir}`;

test.each(planters)(
  "%s .local/: a planted copy of the parent does not make the next checkpoint restore a file's old bytes",
  async (_, plant) => {
    mkdirSync(local);
    plant(local);
    expect((await ci(['checkpoint', '--store', store(), '--name', 'one', '--paths', 'src'], ws)).code).toBe(
      0,
    );
    writeFileSync(path.join(ws, 'src/a.txt'), 'v2\n'); // the user's change, the same size
    // The planter rewrites the copy of 'one' (theirs to replace, in their directory) with the changed
    // file's stat facts, which anyone who can list the workspace reads, and the old file's digest.
    const [name] = readdirSync(local).filter((n) => n.startsWith('one.') && n.endsWith('.manifest.json'));
    if (name) {
      const file = path.join(local, name);
      const m = parseManifest(readFileSync(file, 'utf8'), file);
      const st = lstatSync(path.join(ws, 'src/a.txt'));
      m.scanStartedMs = Date.now() + 86_400_000;
      for (const e of m.entries)
        if (e.path === 'src/a.txt') {
          e.mtimeMs = st.mtimeMs;
          e.stat = { mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
        }
      rmSync(file);
      writeFileSync(file, Buffer.concat(encodeManifest(m).local()));
    }
    const two = await ci(['checkpoint', '--store', store(), '--name', 'two', '--paths', 'src'], ws);
    expect(two.code).toBe(0);
    const out = await ci(['restore', '--store', store(), '--name', 'two', '--dest', 'out'], tmp);
    expect(out.code).toBe(0);
    expect(readFileSync(path.join(tmp, 'out/src/a.txt'), 'utf8')).toBe('v2\n');
    expect(two.stderr).toMatch(/\.local.*not a private directory of this user/);
  },
);

test.each(planters)(
  '%s .local/: a link planted as a local copy is not written through by a restore',
  async (_, plant) => {
    expect((await ci(['checkpoint', '--store', store(), '--name', 'one', '--paths', 'src'], ws)).code).toBe(
      0,
    );
    // The planter replaces .local/ with their own, holding a link for every copy a restore could write.
    rmSync(local, { recursive: true, force: true });
    mkdirSync(local);
    const victim = path.join(tmp, 'home/.bashrc');
    writeFileSync(victim, 'export PATH=$HOME/bin:$PATH\n');
    const dest = path.join(tmp, 'out');
    const { createHash } = await import('node:crypto');
    const key = createHash('sha256').update(dest).digest('hex').slice(0, 12);
    symlinkSync(victim, path.join(local, `one.${key}.manifest.json`));
    plant(local);
    const out = await ci(['restore', '--store', store(), '--name', 'one', '--dest', 'out'], tmp);
    expect(out.code).toBe(0);
    expect(readFileSync(path.join(dest, 'src/a.txt'), 'utf8')).toBe('v1\n');
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=$HOME/bin:$PATH\n');
  },
);

test('the .local/ a save makes is private under a umask of 002 too: the next save reads its copies, no warning', async () => {
  const first = await ci(['checkpoint', '--store', store(), '--name', 'one', '--paths', 'src'], ws, '002');
  expect(first.code).toBe(0);
  expect(lstatSync(local).mode & 0o777).toBe(0o700);
  const next = await ci(['checkpoint', '--store', store(), '--name', 'two', '--paths', 'src'], ws, '002');
  expect(next.code).toBe(0);
  expect(next.stderr).not.toMatch(/not a private directory/);
  expect(readdirSync(local).some((n) => n.startsWith('two.'))).toBe(true);
});
