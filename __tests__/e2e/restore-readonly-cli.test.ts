/**
 * A restore into a workspace this user cannot write, through the built CLI: the error is a sentence that
 * names the path and the fix (not the system's bare `EACCES: permission denied, mkdir …`), and the
 * workspace is as it was. Root writes anywhere, so under root the CLI runs as the unprivileged user
 * 'nobody' (uid 65534): the case is real either way, nothing is skipped.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { copyDistCli } from './dist-cli.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
let tmp: string;
let cli: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'restore-readonly-'));
  chmodSync(tmp, 0o755);
  cli = copyDistCli(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function ci(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  as?: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const who = as === undefined ? {} : { uid: as, gid: as };
    const child = execFile(process.execPath, [cli, ...args], { cwd, env, ...who }, (_e, _out, stderr) =>
      resolve({ code: child.exitCode, stderr }),
    );
  });
}

it('a workspace this user cannot write: the error names the staging path, the permission and the fix; nothing changes', async () => {
  const ws = path.join(tmp, 'ws');
  const home = path.join(tmp, 'home');
  mkdirSync(path.join(ws, 'out'), { recursive: true });
  mkdirSync(home);
  writeFileSync(path.join(ws, 'out/a.txt'), 'saved\n');
  const store = `dir:${path.join(tmp, 'store')}`;
  const env = { PATH: process.env.PATH ?? '', HOME: home };
  expect((await ci(['checkpoint', '--store', store, '--name', 'good', '--paths', '.'], ws, env)).code).toBe(
    0,
  );
  writeFileSync(path.join(ws, 'out/a.txt'), 'changed since\n');
  let as: number | undefined;
  if (asRoot) {
    // The workspace stays root's; the store is readable and the home (journals, lock) writable by nobody.
    chmodRecursive(path.join(tmp, 'store'));
    chownSync(home, NOBODY, NOBODY);
    as = NOBODY;
  } else chmodSync(ws, 0o555);
  const before = await treeDigest(ws);
  const r = await ci(['restore', '--store', store, '--name', 'good'], ws, env, as);
  if (!asRoot) chmodSync(ws, 0o755);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /checkpoint 'good' could not be restored: this user lacks the permission for \S+\/ws\/\.ci-recovery-staging-[0-9a-f]+ \(to read it, or to write in its directory\); give it access there \(chmod, chown\) or restore into another directory \(EACCES: permission denied, mkdir '\S+'\); the workspace was not changed/,
  );
  expect(await treeDigest(ws)).toBe(before);
});

/** Makes every file under `dir` readable, and every directory searchable, by everyone. */
function chmodRecursive(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chmodRecursive(p);
    else chmodSync(p, 0o644);
  }
}
