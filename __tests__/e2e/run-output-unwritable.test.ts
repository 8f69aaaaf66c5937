/**
 * A step's outputs on a full disk, through the real `dist/run.js` and `dist/checkpoint.js` as the runner starts
 * them: GITHUB_OUTPUT and GITHUB_ENV are /dev/full, whose every write fails with ENOSPC, as on a runner whose
 * build filled the disk. Writing what ci-recovery reports must not turn a step's result around: a passed
 * command's step passes, a failed one ends with its own exit code and its verdict, a checkpoint that could
 * not be saved stays a warning, and each step's record still reaches post.
 * Needs a built dist: `flock /tmp/build.lock npm run build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { actionInputDefaults } from '../../stand/runner/action-defaults.js';
import { runStepEnv } from '../../stand/runner/run-step-env.js';
import { standNode } from '../../stand/services/node24.js';
import { repoRoot } from '../../stand/services/paths.js';

let root: string;
beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  root = await mkdtemp(path.join(os.tmpdir(), 'run-output-unwritable-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function runOnFullDisk(
  run: string,
  action: 'run' | 'checkpoint' = 'run',
): Promise<{ code: number | null; log: string; records: string[] }> {
  const { workspace, runnerTemp, step } = await runStepEnv(path.join(root, String(Math.random())));
  const given = await step({ run, stage: 'build' });
  // The checkpoint step's own inputs, not run/'s.
  if (action === 'checkpoint')
    for (const name of Object.keys(given)) if (name.startsWith('INPUT_')) delete given[name];
  const inputs =
    action === 'checkpoint'
      ? { ...actionInputDefaults('checkpoint'), INPUT_STAGE: 'build', INPUT_PATHS: 'out' }
      : {};
  const env = { ...given, ...inputs, GITHUB_OUTPUT: '/dev/full', GITHUB_ENV: '/dev/full' };
  const child = spawn(standNode(), [path.join(repoRoot, `dist/${action}.js`)], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const records = await readdir(path.join(runnerTemp, 'ci-recovery', 'records')).catch(() => []);
  return { code, log, records };
}

describe('run/ and checkpoint/ with GITHUB_OUTPUT and GITHUB_ENV unwritable (ENOSPC)', () => {
  it('a command that passed: the step passes, says what it could not write, and keeps its record', async () => {
    const r = await runOnFullDisk('echo built');
    expect(r.code).toBe(0);
    expect(r.log).not.toMatch(/^::error/m);
    expect(r.log).toMatch(/^::warning::.*could not write.*ENOSPC/m);
    expect(r.records).toHaveLength(1);
  });

  it("a command that failed: its own exit code and verdict, not the disk's error, and its record", async () => {
    const r = await runOnFullDisk('echo "npm ERR! code E404"; exit 3');
    expect(r.code).toBe(3);
    expect(r.log).toMatch(/^::error title=ci-recovery%3A build failed \(dependency\)::Stage 'build' failed/m);
    expect(r.records).toHaveLength(1);
  });

  it('a checkpoint that could not be saved (no store here): a warning, as without the full disk, and its record', async () => {
    const r = await runOnFullDisk('', 'checkpoint');
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/^::warning::ci-recovery: no checkpoint saved for stage 'build'/m);
    expect(r.log).toMatch(/^::warning::.*could not write.*ENOSPC/m);
    expect(r.records).toHaveLength(1);
  });
});

/**
 * A disk with a little room left: the first heredoc that does not fit is written in part (a short write, then
 * ENOSPC), and the runner fails the step on a file command it cannot parse (actions/runner FileCommandManager:
 * "Matching delimiter not found"). The partial write is taken back: the file holds only whole commands.
 * A tmpfs of one page in a mount namespace of its own (`unshare -m`; skipped where that is not allowed).
 */
const canMount =
  spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs tmpfs /mnt'], { stdio: 'ignore' }).status === 0;
(canMount ? it : it.skip)(
  'a short write of GITHUB_OUTPUT is taken back: no half-written heredoc is left',
  async () => {
    const { workspace, step } = await runStepEnv(path.join(root, String(Math.random())));
    const env = { ...(await step({ run: 'echo built', stage: 'build' })) };
    const disk = path.join(root, `disk-${Math.random()}`);
    mkdirSync(disk);
    // 4,000 bytes of a whole command first: about 100 bytes are left on the page for what run/ writes.
    const script = [
      `mount -t tmpfs -o size=4k tmpfs '${disk}'`,
      `printf 'x=%04000d\\n' 0 | head -c 4000 > '${disk}/out'`,
      `GITHUB_OUTPUT='${disk}/out' GITHUB_ENV='${disk}/env' '${standNode()}' '${path.join(repoRoot, 'dist/run.js')}'`,
      'echo "exit=$?"',
      `echo '--- out'; cat '${disk}/out'`,
    ].join('; ');
    const r = spawnSync('unshare', ['-m', 'sh', '-c', script], { cwd: workspace, env, encoding: 'utf8' });
    const out = r.stdout.split('--- out\n')[1] ?? '';
    expect(r.stdout).toMatch(/^exit=0$/m);
    expect(r.stdout).toMatch(/^::warning::.*could not write.*ENOSPC/m);
    const opened = [...out.matchAll(/^[\w-]+<<(ghadelimiter_[\w-]+)$/gm)].map((m) => m[1]!);
    const closed = out.split('\n').filter((l) => l.startsWith('ghadelimiter_'));
    expect(closed).toEqual(opened);
    expect(out.startsWith('x=')).toBe(true);
  },
);
