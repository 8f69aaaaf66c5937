/**
 * The save side of a checkpoint against what a careless user or a hostile tree brings, through the CLI's
 * real entry point (src/actions/cli.ts, bundled once for the file, run by node as `ci-recovery` runs): links pointing out of
 * the workspace, files a checkpoint cannot hold, secrets, numbers that mean "everything", a cleanup
 * racing a save.
 */
import { jest } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanupCheckpoints, openStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { ownerTag } from '../../src/checkpoint/adapters/owner.js';
import { DirStore, storeFailure } from '../../src/checkpoint/adapters/store.js';
import { GatedStore } from '../gated-store.js';
import { loadConfig } from '../../src/adapters/config-file.js';
import { parseManifest } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const CLI_META = { stage: 's', job: 'cli', runId: 'local', attempt: 1 };
import { repoRoot } from '../../stand/services/paths.js';

/**
 * src/actions/cli.ts as one file, built once for this file's ~50 runs: under tsx's loader each run compiled
 * and resolved the whole CLI again (about 0.9 CPU-s a run against 0.4 for the bundle). Its packages stay
 * imports, resolved through a link to the repository's node_modules.
 */
let bundleDir: string;
let ENTRY: string;
beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(os.tmpdir(), 'ckpt-save-safety-cli-'));
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

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** `ci-recovery ARGS` in `cwd`, with a clean environment. */
function ci(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const code = `const m = await import(${JSON.stringify(ENTRY)}); await m.run(process.argv.slice(1));`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', code, ...args],
      // HOME is a directory of its own: a restore refuses the home directory as its destination.
      // A hang (as restore --dest /proc/x once spun) ends as a failure of its own, with its process killed.
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: path.join(tmp, 'home'), ...env }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let tmp: string;
let ws: string;
let store: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-save-safety-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  mkdirSync(path.join(tmp, 'home'));
  store = `dir:${path.join(tmp, 'store')}`;
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

jest.setTimeout(60_000);

describe('6: links that point outside the workspace', () => {
  test('a venv (bin/python3 -> /usr/bin/python3) saves, lists, validates and restores as a link', async () => {
    mkdirSync(path.join(ws, 'venv/bin'), { recursive: true });
    symlinkSync('/usr/bin/python3', path.join(ws, 'venv/bin/python3'));
    symlinkSync('../../../../outside', path.join(ws, 'venv/bin/up'));
    writeFileSync(path.join(ws, 'venv/pyvenv.cfg'), 'home = /usr/bin\n');
    expect((await ci(['checkpoint', '--store', store, '--name', 'v1'], ws)).code).toBe(0);
    const listed = await ci(['list', '--store', store, '--json'], ws);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('"v1"');
    expect(listed.stdout).not.toMatch(/error/i);
    const valid = await ci(['validate', '--store', store, '--name', 'v1'], ws);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    const restored = await ci(['restore', '--store', store, '--name', 'v1', '--dest', out], ws);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(readlinkSync(path.join(out, 'venv/bin/python3'))).toBe('/usr/bin/python3');
    expect(readlinkSync(path.join(out, 'venv/bin/up'))).toBe('../../../../outside');
    expect(readFileSync(path.join(out, 'venv/pyvenv.cfg'), 'utf8')).toBe('home = /usr/bin\n');
    expect(existsSync(path.join(tmp, 'outside'))).toBe(false);
  });

  test.each([
    ['.ci-recovery', '.ci-recovery'],
    ['.ci-recovery/checkpoints', '.ci-recovery/checkpoints'],
  ])(
    'the default store is refused when %s is a planted link out of the workspace; nothing is written there',
    async (link) => {
      writeFileSync(path.join(ws, 'app.js'), 'app\n');
      const elsewhere = path.join(tmp, 'elsewhere');
      mkdirSync(elsewhere);
      if (link.includes('/')) mkdirSync(path.join(ws, '.ci-recovery'));
      symlinkSync(elsewhere, path.join(ws, link));
      for (const verb of [['checkpoint', '--name', 'c'], ['list']]) {
        const r = await ci(verb, ws);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          `the default store .ci-recovery/checkpoints in ${ws} goes through a symbolic link (${link} -> ${elsewhere}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`,
        );
      }
      // A relative store named with --store is held to the same; its absolute path is the user's own.
      const named = await ci(['checkpoint', '--store', `dir:${link}/x`, '--name', 'c'], ws);
      expect(named.code).toBe(1);
      expect(named.stderr).toContain(
        `the store dir:${link}/x in ${ws} goes through a symbolic link (${link} -> ${elsewhere})`,
      );
      expect(readdirSync(elsewhere)).toEqual([]);
      const absolute = await ci(['checkpoint', '--store', `dir:${path.join(ws, link)}`, '--name', 'c'], ws);
      expect(absolute.code).toBe(0);
      expect(readdirSync(elsewhere)).toContain('c.manifest.json');
    },
  );
});

describe('10: numbers that mean "everything" are usage errors naming the option', () => {
  test.each([
    ['an empty value (an unset variable)', ''],
    ['a blank value', ' '],
    ['hexadecimal', '0x10'],
    ['an exponent', '1e308'],
    ['a negative number', '-1'],
  ])('cleanup --retention-days with %s deletes nothing and exits 2', async (_what, value) => {
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    expect((await ci(['checkpoint', '--store', store, '--name', 'keep'], ws)).code).toBe(0);
    const r = await ci(['cleanup', '--store', store, '--retention-days', value], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--retention-days '${value}' is not valid; write a whole number from 0`);
    expect(existsSync(path.join(tmp, 'store/keep.manifest.json'))).toBe(true);
  });
});

/** The entry paths of checkpoint `id` in the test's store, as its manifest lists them. */
function savedPaths(id: string): string[] {
  const file = path.join(tmp, 'store', `${id}.manifest.json`);
  return parseManifest(readFileSync(file, 'utf8'), file).entries.map((e) => e.path);
}

/** Everything checkpoint `id`'s archive holds, as text. */
function archiveText(id: string): string {
  return execFileSync('zstd', ['-dc', path.join(tmp, 'store', `${id}.tar.zst`)]).toString('latin1');
}

describe('13: secrets stay out: .git unless named, hidden files unless asked, exclude adds to the defaults', () => {
  const TOKEN = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
  beforeEach(() => {
    mkdirSync(path.join(ws, '.git'));
    writeFileSync(path.join(ws, '.git/config'), `[http "https://github.com/"]\n\textraheader = ${TOKEN}\n`);
    mkdirSync(path.join(ws, 'vendor/lib/.git'), { recursive: true });
    writeFileSync(path.join(ws, 'vendor/lib/.git/config'), TOKEN);
    writeFileSync(path.join(ws, '.env'), 'API_KEY=s3cr3t\n');
    writeFileSync(path.join(ws, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_s3cr3t\n');
    mkdirSync(path.join(ws, 'node_modules/.bin'), { recursive: true });
    mkdirSync(path.join(ws, 'node_modules/.pnpm/x@1/node_modules/x'), { recursive: true });
    writeFileSync(path.join(ws, 'node_modules/.pnpm/x@1/node_modules/x/index.js'), 'x\n');
    symlinkSync('../.pnpm/x@1/node_modules/x/index.js', path.join(ws, 'node_modules/.bin/x'));
    mkdirSync(path.join(ws, '.venv/bin'), { recursive: true });
    writeFileSync(path.join(ws, '.venv/bin/activate'), '# venv\n');
    writeFileSync(path.join(ws, 'build.log'), 'log\n');
    writeFileSync(path.join(ws, 'app.js'), 'app\n');
  });

  test("'--exclude *.log' adds to the defaults: no .git, no dotfile, and the package manager's own kept", async () => {
    const r = await ci(['checkpoint', '--store', store, '--name', 'c', '--exclude', '*.log'], ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const saved = savedPaths('c');
    expect(saved).toEqual(
      expect.arrayContaining([
        'app.js',
        'node_modules/.bin/x',
        'node_modules/.pnpm/x@1/node_modules/x/index.js',
      ]),
    );
    for (const secret of ['.git', '.git/config', 'vendor/lib/.git', '.env', '.npmrc', '.venv', 'build.log'])
      expect(saved).not.toContain(secret);
    const bytes = archiveText('c');
    expect(bytes).not.toContain('extraheader');
    expect(bytes).not.toContain('s3cr3t');
  });

  test("a package's own dotfiles in node_modules are kept, named as a path or under '.' (ts-jest reads .ts-jest-digest)", async () => {
    // Found by npm run bench:recovery: a resumed job's jest failed, ts-jest's digest left out of node_modules.
    mkdirSync(path.join(ws, 'node_modules/ts-jest'), { recursive: true });
    writeFileSync(path.join(ws, 'node_modules/ts-jest/.ts-jest-digest'), 'abc\n');
    mkdirSync(path.join(ws, 'src'));
    writeFileSync(path.join(ws, 'src/.env.local'), 'API_KEY=s3cr3t\n');
    expect(
      (await ci(['checkpoint', '--store', store, '--name', 'nm', '--paths', 'node_modules', 'src'], ws)).code,
    ).toBe(0);
    expect(savedPaths('nm')).toContain('node_modules/ts-jest/.ts-jest-digest');
    expect(savedPaths('nm')).not.toContain('src/.env.local');
    expect((await ci(['checkpoint', '--store', store, '--name', 'all'], ws)).code).toBe(0);
    expect(savedPaths('all')).toContain('node_modules/ts-jest/.ts-jest-digest');
    for (const secret of ['src/.env.local', '.env', '.npmrc'])
      expect(savedPaths('all')).not.toContain(secret);
  });

  test("a monorepo's nested node_modules keep their dotfiles, its packages' secrets stay out", async () => {
    for (const pkg of ['packages/a', 'apps/web/client']) {
      mkdirSync(path.join(ws, pkg, 'node_modules/.bin'), { recursive: true });
      mkdirSync(path.join(ws, pkg, 'node_modules/tool'), { recursive: true });
      writeFileSync(path.join(ws, pkg, 'node_modules/tool/.digest'), 'd\n');
      symlinkSync('../tool/.digest', path.join(ws, pkg, 'node_modules/.bin/tool'));
      writeFileSync(path.join(ws, pkg, '.env'), 'API_KEY=s3cr3t\n');
      // Credentials inside a node_modules tree stay out all the same (found by an attack round).
      writeFileSync(path.join(ws, pkg, 'node_modules/.npmrc'), '//r.example/:_authToken=s3cr3t\n');
      writeFileSync(path.join(ws, pkg, 'node_modules/tool/.env.local'), 'API_KEY=s3cr3t\n');
    }
    expect((await ci(['checkpoint', '--store', store, '--name', 'all'], ws)).code).toBe(0);
    expect(
      (await ci(['checkpoint', '--store', store, '--name', 'p', '--paths', 'packages', 'apps'], ws)).code,
    ).toBe(0);
    for (const name of ['all', 'p']) {
      const saved = savedPaths(name);
      for (const pkg of ['packages/a', 'apps/web/client']) {
        expect(saved).toEqual(
          expect.arrayContaining([`${pkg}/node_modules/.bin/tool`, `${pkg}/node_modules/tool/.digest`]),
        );
        expect(saved).not.toContain(`${pkg}/.env`);
        expect(saved).not.toContain(`${pkg}/node_modules/.npmrc`);
        expect(saved).not.toContain(`${pkg}/node_modules/tool/.env.local`);
      }
      expect(archiveText(name)).not.toContain('s3cr3t');
    }
  });

  test('--include-hidden-files keeps dotfiles, never .git nor credentials; a path that names .venv, .git or .npmrc saves it', async () => {
    mkdirSync(path.join(ws, 'src'));
    writeFileSync(path.join(ws, 'src/.env.local'), 'API_KEY=s3cr3t\n');
    writeFileSync(path.join(ws, 'node_modules/.npmrc'), '//r.example/:_authToken=s3cr3t\n');
    writeFileSync(path.join(ws, '.prettierrc'), '{}\n');
    expect(
      (await ci(['checkpoint', '--store', store, '--name', 'h', '--include-hidden-files'], ws)).code,
    ).toBe(0);
    const hidden = savedPaths('h');
    expect(hidden).toEqual(
      expect.arrayContaining(['.prettierrc', '.venv/bin/activate', 'node_modules/.bin/x']),
    );
    expect(hidden.filter((p) => p === '.git' || p.includes('.git/'))).toEqual([]);
    // Credentials stay out with hidden files asked for too (an attack round found .npmrc and .env saved).
    for (const secret of ['.env', '.npmrc', 'node_modules/.npmrc', 'src/.env.local'])
      expect(hidden).not.toContain(secret);
    expect(archiveText('h')).not.toContain('s3cr3t');
    // A glob does not reach them either: '*' with hidden files matches every name at the top.
    const glob = await ci(
      ['checkpoint', '--store', store, '--name', 'hg', '--include-hidden-files', '--paths', '*'],
      ws,
    );
    expect(glob.code).toBe(0);
    expect(savedPaths('hg')).toContain('.prettierrc');
    for (const secret of ['.env', '.npmrc', 'node_modules/.npmrc'])
      expect(savedPaths('hg')).not.toContain(secret);
    expect((await ci(['checkpoint', '--store', store, '--name', 'v', '--paths', '.venv'], ws)).code).toBe(0);
    expect(savedPaths('v')).toEqual(['.venv', '.venv/bin', '.venv/bin/activate']);
    expect((await ci(['checkpoint', '--store', store, '--name', 'g', '--paths', '.git'], ws)).code).toBe(0);
    expect(savedPaths('g')).toEqual(['.git', '.git/config']);
    // Named one by one, a credentials file is saved; the others still stay out.
    const named = ['checkpoint', '--store', store, '--name', 'n', '--paths', '.npmrc', 'src', 'node_modules'];
    expect((await ci([...named, '--include-hidden-files'], ws)).code).toBe(0);
    expect(savedPaths('n')).toContain('.npmrc');
    for (const secret of ['src/.env.local', 'node_modules/.npmrc', '.env'])
      expect(savedPaths('n')).not.toContain(secret);
  });

  test("'--keyed .git=…' is refused, naming the flag and the fix; nothing is saved or published", async () => {
    writeFileSync(path.join(ws, 'package-lock.json'), '{}\n');
    const r = await ci(
      ['checkpoint', '--store', store, '--name', 'k', '--keyed', '.git=package-lock.json'],
      ws,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--keyed '.git=package-lock.json': a keyed entry is a cache entry every job of the repository can read, and .git holds checkout's token in .git/config: .git is never keyed",
    );
    expect(existsSync(path.join(tmp, 'store'))).toBe(false);
  });

  test("restoring a checkpoint saved without hidden files leaves the destination's own dotfiles alone", async () => {
    expect((await ci(['checkpoint', '--store', store, '--name', 'c'], ws)).code).toBe(0);
    writeFileSync(path.join(ws, '.env'), 'API_KEY=changed\n');
    writeFileSync(path.join(ws, 'app.js'), 'edited\n');
    const r = await ci(['restore', '--store', store, '--name', 'c'], ws);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(ws, 'app.js'), 'utf8')).toBe('app\n');
    expect(readFileSync(path.join(ws, '.env'), 'utf8')).toBe('API_KEY=changed\n');
    expect(readFileSync(path.join(ws, '.git/config'), 'utf8')).toContain(TOKEN);
  });
});

describe('11: a keyed entry whose publication was killed or refused is published again', () => {
  const keyedSave = (name: string, env: Record<string, string> = {}): Promise<Ran> =>
    ci(
      [
        'checkpoint',
        '--store',
        store,
        '--name',
        name,
        '--paths',
        'app.js',
        'node_modules',
        '--keyed',
        'node_modules=package-lock.json',
      ],
      ws,
      env,
    );
  beforeEach(() => {
    writeFileSync(path.join(ws, 'package-lock.json'), '{}\n');
    mkdirSync(path.join(ws, 'node_modules/x'), { recursive: true });
    writeFileSync(path.join(ws, 'node_modules/x/index.js'), 'x\n');
    writeFileSync(path.join(ws, 'app.js'), 'app\n');
  });

  test('a save killed while publishing (kill -9): the next save publishes the entry and takes it', async () => {
    // Crash point 2 is inside the publication (the entry's own save), after its note was written.
    const killed = await keyedSave('c1', { CI_RECOVERY_CRASH_AFTER: '2' });
    expect(killed.code).not.toBe(0);
    expect(readdirSync(path.join(tmp, 'store/.local')).some((n) => n.endsWith('.publish-tried'))).toBe(true);
    const next = await keyedSave('c2');
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/keyed node_modules: published/);
    expect(savedPaths('c2')).toContain('node_modules/x/index.js');
    const file = path.join(tmp, 'store', 'c2.manifest.json');
    expect(parseManifest(readFileSync(file, 'utf8'), file).keyed).toHaveLength(1);
  });

  test('a refused publication (noted as ended) is tried again after cleanup', async () => {
    const first = await keyedSave('c1', { CI_RECOVERY_CRASH_AFTER: '2' });
    expect(first.code).not.toBe(0);
    const local = path.join(tmp, 'store/.local');
    const note = readdirSync(local).find((n) => n.endsWith('.publish-tried'))!;
    writeFileSync(path.join(local, note), 'ended'); // as a try the store refused leaves it
    expect((await keyedSave('c2')).stdout).toMatch(/keyed node_modules: not-published/);
    const cleaned = await ci(['cleanup', '--store', store], ws);
    expect(cleaned.code).toBe(0);
    expect(cleaned.stdout).toContain('again');
    expect((await keyedSave('c3')).stdout).toMatch(/keyed node_modules: published/);
  });
});

describe('7: nothing is missed silently', () => {
  test('FIFOs, sockets, names not in UTF-8 and too long paths are each named in a warning and counted; the rest saves', async () => {
    writeFileSync(path.join(ws, 'kept.txt'), 'kept\n');
    execFileSync('mkfifo', [path.join(ws, 'fifo')]);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(ws, 'sock'), resolve));
    writeFileSync(
      Buffer.concat([Buffer.from(`${ws}/latin1-`), Buffer.from([0xe9]), Buffer.from('.txt')]),
      'x',
    );
    // A tree deeper than PATH_MAX, made one relative step at a time.
    const deep = `d=${'x'.repeat(200)}; cd deep; for i in $(seq 25); do mkdir $d; cd $d; done; echo bottom > f`;
    mkdirSync(path.join(ws, 'deep'));
    execFileSync('bash', ['-c', deep], { cwd: ws });
    try {
      const r = await ci(['checkpoint', '--store', store, '--name', 'c', '--json'], ws);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { leftOut: number; files: number };
      expect(out.leftOut).toBe(4);
      expect(r.stderr).toContain('leaves out 4 entries (each with why)');
      expect(r.stderr).toContain("'fifo' (a FIFO (named pipe))");
      expect(r.stderr).toContain("'sock' (a socket)");
      expect(r.stderr).toContain("'latin1-\uFFFD.txt' (its name is not valid UTF-8");
      expect(r.stderr).toMatch(
        /'deep\/x+(\/x+)*' \(its (contents )?(path is longer than the system allows|cannot be read)/,
      );
      const file = path.join(tmp, 'store/c.manifest.json');
      const m = parseManifest(readFileSync(file, 'utf8'), file);
      expect(m.leftOut).toBe(4);
      expect(m.entries.map((e) => e.path)).toContain('kept.txt');
    } finally {
      server.close();
    }
  });

  test("a name a restore would refuse (a '..' Windows reads: 'a\\..\\b', '...') is left out with a warning, and the rest restores", async () => {
    writeFileSync(path.join(ws, 'kept.txt'), 'kept\n');
    writeFileSync(path.join(ws, 'a\\..\\..\\b'), 'x');
    mkdirSync(path.join(ws, '...'));
    writeFileSync(path.join(ws, '.../inside'), 'x');
    // ('...' is hidden: only a save that keeps hidden files meets it.)
    const r = await ci(
      ['checkpoint', '--store', store, '--name', 'c', '--include-hidden-files', '--json'],
      ws,
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { leftOut: number }).leftOut).toBe(2);
    expect(r.stderr).toContain("'a\\..\\..\\b' (its name reads as '..' on Windows");
    expect(r.stderr).toContain("'...' (its name reads as '..' on Windows");
    const v = await ci(['validate', '--store', store, '--name', 'c'], ws);
    expect(v.code).toBe(0);
    const out = path.join(tmp, 'out');
    const back = await ci(['restore', '--store', store, '--name', 'c', '--dest', out], ws);
    expect(back.code).toBe(0);
    expect(readFileSync(path.join(out, 'kept.txt'), 'utf8')).toBe('kept\n');
  });

  test('a same-size rewrite whose mtime was put back (cp -p, rsync -t) is stored again, not taken stale from the parent', async () => {
    const f = path.join(ws, 'config.json');
    const past = new Date('2020-01-01T00:00:00Z');
    writeFileSync(f, '{"v":1}\n');
    utimesSync(f, past, past);
    expect((await ci(['checkpoint', '--store', store, '--name', 'c1'], ws)).code).toBe(0);
    writeFileSync(f, '{"v":2}\n'); // same size, same inode
    utimesSync(f, past, past);
    const r = await ci(['checkpoint', '--store', store, '--name', 'c2', '--json'], ws);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'incremental', parent: 'c1' });
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    expect((await ci(['restore', '--store', store, '--name', 'c2', '--dest', out], ws)).code).toBe(0);
    expect(readFileSync(path.join(out, 'config.json'), 'utf8')).toBe('{"v":2}\n');
  });
});

test('7: hard links are told apart: kept as links inside the tree, copies where the other name is outside it', async () => {
  writeFileSync(path.join(ws, 'a.bin'), 'same\n');
  linkSync(path.join(ws, 'a.bin'), path.join(ws, 'b.bin'));
  const logger = new RecordingLogger();
  const s = await openStore(store);
  await saveCheckpoint({ store: s, workspace: ws, paths: ['.'], id: 'h', meta: CLI_META, logger });
  expect(logger.records).toContainEqual({
    level: 'info',
    message: "Checkpoint h: 1 hard link(s) (e.g. 'b.bin' to 'a.bin') saved as links, and restored as links.",
  });
  linkSync(path.join(ws, 'a.bin'), path.join(tmp, 'outside.bin'));
  await saveCheckpoint({ store: s, workspace: ws, paths: ['b.bin'], id: 'h2', meta: CLI_META, logger });
  expect(logger.records).toContainEqual({
    level: 'info',
    message:
      "Checkpoint h2: 1 file(s) have other names too (hard links, e.g. 'b.bin'), outside what this checkpoint holds or in a keyed path; each is saved, and restored, as its own copy.",
  });
});

describe('23: unclear errors name the input and the fix', () => {
  test("'restore --dest /proc/x' (a directory that cannot be made) is a clear error at once, not a spin at full CPU", async () => {
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    expect((await ci(['checkpoint', '--store', store, '--name', 'c'], ws)).code).toBe(0);
    const started = Date.now();
    const r = await ci(['restore', '--store', store, '--name', 'c', '--dest', '/proc/x'], ws);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "checkpoint 'c' could not be restored: /proc/x cannot be made: the directory above it is gone, or takes no new directories (as under /proc or /sys); restore into another directory (ENOENT: no such file or directory, mkdir '/proc/x'). Nothing was changed",
    );
  });
  test("'--name ci-recovery-keyed-…' and other names ci-recovery keeps are usage errors; nothing is saved", async () => {
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    for (const name of ['ci-recovery-keyed-x', 'ci-recovery-rollback-0123456789ab']) {
      const r = await ci(['checkpoint', '--store', store, '--name', name], ws);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--name '${name}' starts with 'ci-recovery-`);
      expect(r.stderr).toContain('choose a name without the prefix');
    }
    expect(existsSync(path.join(tmp, 'store'))).toBe(false);
  });

  beforeEach(() => writeFileSync(path.join(ws, 'a.txt'), 'a\n'));

  test("--exclude '' is a usage error naming the option, not picomatch's 'non-empty string'", async () => {
    const r = await ci(['checkpoint', '--store', store, '--name', 'c', '--exclude', ''], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--exclude' got an empty value");
    expect(r.stderr).not.toContain('Expected pattern');
  });

  test("an --exclude written as in .gitignore ('secrets/', 'secrets/**/') leaves the directory out; one that can match nothing ('/secrets', '../x') is a usage error", async () => {
    mkdirSync(path.join(ws, 'secrets'));
    writeFileSync(path.join(ws, 'secrets/key.pem'), 'PRIVATE\n');
    writeFileSync(path.join(ws, 'kept.txt'), 'kept\n');
    for (const [i, glob] of ['secrets/', 'secrets/**/', './secrets//'].entries()) {
      const r = await ci(['checkpoint', '--store', store, '--name', `ex${i}`, '--exclude', glob], ws);
      expect([glob, r.code]).toEqual([glob, 0]);
      const file = path.join(tmp, `store/ex${i}.manifest.json`);
      const paths = parseManifest(readFileSync(file, 'utf8'), file).entries.map((e) => e.path);
      expect([glob, paths]).toEqual([glob, ['a.txt', 'kept.txt']]);
    }
    for (const glob of ['/secrets', '../secrets', 'a/../../b', 'C:/x']) {
      const r = await ci(['checkpoint', '--store', store, '--name', 'never', '--exclude', glob], ws);
      expect([glob, r.code]).toEqual([glob, 2]);
      expect(r.stderr).toMatch(
        /--exclude '.*' (is absolute|contains '\.\.'): it can never match.*relative to the workspace/,
      );
    }
    expect(existsSync(path.join(tmp, 'store/never.manifest.json'))).toBe(false);
  });

  test('an --exclude that leaves nothing out while the same glob at any depth, or in another case, would have says so, naming the file saved and the glob to write', async () => {
    mkdirSync(path.join(ws, 'secrets'));
    writeFileSync(path.join(ws, 'secrets/key.pem'), 'PRIVATE\n');
    writeFileSync(path.join(ws, 'notes.log'), 'log\n');
    const r = await ci(
      [
        'checkpoint',
        '--store',
        store,
        '--name',
        'near',
        '--exclude',
        '*.pem',
        '--exclude',
        'SECRETS/*',
        '--exclude',
        '*.log',
      ],
      ws,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "exclude '*.pem' left out nothing; 'secrets/key.pem' was saved: a glob matches whole paths from the workspace root, so write '**/*.pem' to leave it out at any depth.",
    );
    expect(r.stderr).toContain(
      "exclude 'SECRETS/*' left out nothing; 'secrets/key.pem' was saved: globs are case-sensitive, so write the name as it is on disk.",
    );
    // A glob that did leave something out, or one with nothing near it, says nothing.
    expect(r.stderr).not.toContain("exclude '*.log'");
    const quiet = await ci(['checkpoint', '--store', store, '--name', 'far', '--exclude', '*.tmp'], ws);
    expect(quiet.stderr).not.toContain('left out nothing');
  });

  test("--paths /etc is refused as absolute, not reported as 'No files match'", async () => {
    const r = await ci(['checkpoint', '--store', store, '--name', 'c', '--paths', '/etc'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Checkpoint path '/etc' is absolute");
    expect(r.stderr).toContain('absolute paths');
    expect(r.stderr).not.toContain('No files match');
  });

  test('a store under /proc says which store cannot be written and what to do', async () => {
    const r = await ci(['checkpoint', '--store', 'dir:/proc/ci-recovery-store', '--name', 'c'], ws);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in the checkpoint store dir:\/proc\/ci-recovery-store \(E[A-Z]+: /);
    expect(r.stderr).toContain('choose a directory');
  });

  test("a full store's disk is said to be the store's (ENOSPC), with the fix", () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      syscall: 'write',
    });
    expect((storeFailure('dir:/mnt/ckpt', "write 'c.tar.zst'", enospc) as Error).message).toBe(
      "cannot write 'c.tar.zst' in the checkpoint store dir:/mnt/ckpt (ENOSPC: no space left on device, write): the store's disk is full: free space there, or choose a store on another disk.",
    );
  });
});

describe('16: nothing is read, listed or saved through a link', () => {
  test('the config is read only as a regular file inside the repository: a link, a FIFO or a path outside is refused, its target never echoed', async () => {
    mkdirSync(path.join(ws, '.github'));
    const outside = path.join(tmp, 'secret.yml');
    writeFileSync(outside, 'token: ghs_0123456789abcdef\n  bad: [yaml\n');
    symlinkSync(outside, path.join(ws, '.github/ci-recovery.yml'));
    const linked = await loadConfig(ws).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(linked).toContain("'.github/ci-recovery.yml' is a symbolic link");
    expect(linked).not.toContain('ghs_');
    rmSync(path.join(ws, '.github/ci-recovery.yml'));
    symlinkSync(tmp, path.join(ws, 'shared'));
    await expect(loadConfig(ws, 'shared/secret.yml')).rejects.toThrow("'shared' is a symbolic link");
    await expect(loadConfig(ws, '../secret.yml')).rejects.toThrow('lies outside the repository');
    await expect(loadConfig(ws, outside)).rejects.toThrow('lies outside the repository');
    execFileSync('mkfifo', [path.join(ws, '.github/ci-recovery.yml')]);
    await expect(loadConfig(ws)).rejects.toThrow('is not a regular file');
  });

  test('a glob through a linked directory lists nothing outside the workspace', async () => {
    mkdirSync(path.join(tmp, 'outside'));
    writeFileSync(path.join(tmp, 'outside/secret.txt'), 'secret\n');
    symlinkSync(path.join(tmp, 'outside'), path.join(ws, 'linkdir'));
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    for (const paths of ['linkdir/*', 'linkdir/**', 'linkdir/secret.txt', '*/secret.txt']) {
      const r = await ci(['checkpoint', '--store', store, '--name', 'c', '--paths', paths], ws);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`No files match --paths ${paths}`);
    }
    const r = await ci(['checkpoint', '--store', store, '--name', 'all'], ws);
    expect(r.code).toBe(0);
    expect(savedPaths('all')).toEqual(['a.txt', 'linkdir']);
    expect(archiveText('all')).not.toContain('secret');
  });
});

describe('8: a save racing a cleanup never commits onto a deleted parent', () => {
  test('a cleanup that deletes the parent mid-save makes the save full, and every listed checkpoint restores', async () => {
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    const dir = path.join(tmp, 'store');
    const plain = new DirStore(dir);
    await saveCheckpoint({ store: plain, workspace: ws, paths: ['.'], id: 'parent', meta: CLI_META });
    writeFileSync(path.join(ws, 'b.txt'), 'b\n');
    const gated = new GatedStore(dir);
    const logger = new RecordingLogger();
    const saving = saveCheckpoint({
      store: gated,
      workspace: ws,
      paths: ['.'],
      id: 'child',
      parent: 'parent',
      meta: CLI_META,
      logger,
    });
    // Only once the save has read its parent and waits at the gate: a cleanup that ran before that read (on a
    // loaded machine) left no parent to race, and the save was full from its start. (A save failing first says so.)
    await Promise.race([gated.reached, saving]);
    // The cleanup sees 'parent' expired and no committed child that needs it: it deletes it.
    const swept = await cleanupCheckpoints(plain, { retentionDays: 0, now: new Date(Date.now() + 60_000) });
    expect(swept.deleted).toEqual(['parent']);
    gated.open();
    const saved = await saving;
    expect(saved.manifest.kind).toBe('full');
    expect(logger.records.map((r) => r.message)).toContainEqual(
      "Checkpoint 'parent', which child takes files from, was removed from dir:" +
        `${dir} while it was being saved (by a cleanup); saving a full checkpoint instead.`,
    );
    const listed = await ci(['list', '--store', store, '--json'], ws);
    expect(listed.stdout).toContain('"child"');
    expect(listed.stdout).not.toMatch(/"error"/);
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    expect((await ci(['restore', '--store', store, '--name', 'child', '--dest', out], ws)).code).toBe(0);
    expect(readFileSync(path.join(out, 'b.txt'), 'utf8')).toBe('b\n');
  });

  test('a checkpoint whose chain is incomplete is listed with that error, never as a normal one', async () => {
    writeFileSync(path.join(ws, 'a.txt'), 'a\n');
    expect((await ci(['checkpoint', '--store', store, '--name', 'base'], ws)).code).toBe(0);
    writeFileSync(path.join(ws, 'b.txt'), 'b\n');
    expect((await ci(['checkpoint', '--store', store, '--name', 'next'], ws)).code).toBe(0);
    rmSync(path.join(tmp, 'store/base.manifest.json'));
    const listed = await ci(['list', '--store', store, '--json'], ws);
    const rows = JSON.parse(listed.stdout) as { id: string; error?: string }[];
    expect(rows.find((r) => r.id === 'next')?.error).toMatch(
      /its chain is incomplete: it takes files from 'base'/,
    );
  });

  test('a save waits for the store lock a cleanup holds, and a lock left by a killed process is taken over', async () => {
    const dir = path.join(tmp, 'store');
    const s = new DirStore(dir);
    const release = await s.lock();
    let got = false;
    const second = s.lock().then((r) => ((got = true), r));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(got).toBe(false);
    await release();
    await (
      await second
    )();
    writeFileSync(path.join(dir, '.ci-recovery-store.lock'), ownerTag(2 ** 22 + 12345)); // a dead owner
    await (
      await s.lock()
    )();
  });
});
