/**
 * A step's outputs on a full disk, through the real `dist/run.js` and `dist/checkpoint.js` as the runner starts
 * them: GITHUB_OUTPUT and GITHUB_ENV are /dev/full, whose every write fails with ENOSPC, as on a runner whose
 * build filled the disk. Writing what ci-recovery reports must not turn a step's result around: a passed
 * command's step passes, a failed one ends with its own exit code and its verdict, a checkpoint that could
 * not be saved stays a warning, and each step's record still reaches post.
 * Needs a built dist: `flock /tmp/build.lock npm run build`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
