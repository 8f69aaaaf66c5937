/**
 * Restores meeting other file systems, through dist/cli.js with plain node, each in a mount namespace of
 * its own (`unshare -m`) with a real tmpfs: a destination too small for what the checkpoint writes (a
 * forged manifest's one huge file), and a tmpfs mounted on a directory inside the workspace, which no
 * rename from staging can cross (EXDEV). Skipped where this user cannot make a mount namespace.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/cli.js');
const canMount =
  spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs tmpfs /mnt'], { stdio: 'ignore' }).status === 0;
const mountIt = canMount ? it : it.skip;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-mounts-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[]): string => `node ${CLI} ${args.map((a) => `'${a}'`).join(' ')}`;

/** Runs `script` (sh) in a mount namespace of its own: its mounts go with it. */
function inNamespace(script: string): { code: number; stderr: string } {
  const r = spawnSync('unshare', ['-m', 'sh', '-c', script], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_WORKSPACE: '' },
  });
  return { code: r.status ?? -1, stderr: r.stderr };
}

mountIt(
  'a checkpoint bigger than the free space is refused before a byte is written, the destination untouched',
  () => {
    const src = path.join(tmp, 'src');
    mkdirSync(path.join(src, 'big'), { recursive: true });
    writeFileSync(path.join(src, 'big/blob'), Buffer.alloc(8 << 20, 7));
    const store = `dir:${path.join(tmp, 'store')}`;
    execFileSync('sh', [
      '-c',
      cli(['checkpoint', '--store', store, '--cwd', src, '--paths', 'big', '--name', 'c1']),
    ]);
    const disk = path.join(tmp, 'disk');
    mkdirSync(disk);
    const ws = path.join(disk, 'ws');
    // A 4 MiB disk; what the restore wrote on it before it failed is what `du` says at the moment it fails.
    const r = inNamespace(
      `mount -t tmpfs -o size=4m tmpfs '${disk}' && mkdir '${ws}' && echo mine > '${ws}/mine.txt' && ` +
        `${cli(['restore', '--store', store, '--name', 'c1', '--dest', ws, '--dest-outside-workspace'])}; ` +
        `echo "rc=$?" >&2; ls -A '${ws}' >&2`,
    );
    expect(r.stderr).toMatch(
      /the disk of the destination \S+ has \d+ bytes free, and the checkpoint writes 8388608 bytes .* Nothing was changed/,
    );
    expect(r.stderr).toMatch(/rc=1\nmine\.txt\n$/);
  },
);

mountIt(
  'a tmpfs mounted inside the workspace: the restore names the mount and the way around it, and changes nothing',
  () => {
    const ws = path.join(tmp, 'ws');
    mkdirSync(path.join(ws, 'src'), { recursive: true });
    mkdirSync(path.join(ws, 'cache'));
    const store = `dir:${path.join(tmp, 'store')}`;
    const r = inNamespace(
      `cd '${ws}' && mount -t tmpfs -o size=4m tmpfs cache && echo c > cache/c.txt && echo a > src/a.txt && ` +
        `${cli(['checkpoint', '--store', store, '--paths', 'src', 'cache', '--name', 'c1'])} >/dev/null && ` +
        `echo changed > cache/c.txt && echo changed > src/a.txt && ` +
        `${cli(['restore', '--store', store, '--name', 'c1', '--dest', ws, '--dest-outside-workspace'])}; ` +
        `echo "rc=$?" >&2; cat cache/c.txt src/a.txt >&2; ls -A >&2`,
    );
    expect(r.stderr).toMatch(
      /\/cache is a file system of its own mounted inside \S+ \(a tmpfs or a bind mount\).* leave cache out of the restore .*--paths.*; everything was put back as it was/,
    );
    expect(r.stderr).toMatch(/rc=1\nchanged\nchanged\ncache\nsrc\n$/);
    expect(readdirSync(ws).sort()).toEqual(['cache', 'src']);
    expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('changed\n');
  },
);
