/**
 * The save side of a checkpoint against what a careless user or a hostile tree brings, through the CLI's
 * real entry point (src/actions/cli.ts run by node with tsx, as `ci-recovery` runs): links pointing out of
 * the workspace, files a checkpoint cannot hold, secrets, numbers that mean "everything", a cleanup
 * racing a save.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../stand/services/paths.js';

const LOADER = path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs');
const ENTRY = pathToFileURL(path.join(repoRoot, 'src/actions/cli.ts')).href;

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
      ['--import', LOADER, '--input-type=module', '-e', code, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } },
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
