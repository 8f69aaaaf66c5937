/**
 * Overhead of the `run/` wrapper around a command that does nothing (`true`), over running it bare
 * (`bash -c true`), the way the runner starts each: the real bundle `dist/run.js` under Node 24 with the
 * runner's environment and fresh file-command files per step. Also shows the floor of any JavaScript
 * action (Node 24 starting an empty script). Median of N runs each, interleaved. Target: < 150 ms.
 * Also what the child subreaper costs (the launcher that execs the command: the bundle with
 * CI_RECOVERY_SUBREAPER=off, paired), and with `--against DIR` (another build's dist/, bench/against.ts)
 * this build against that one, each paired by round.
 *
 *   flock /tmp/build.lock npm run build && npm run bench:run [-- RUNS] [--against DIR]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';
import { runStepEnv } from '../stand/runner/run-step-env.js';
import { againstDist } from './against.js';
import { median } from './stats.js';

const RUNS = Number(process.argv.slice(2).find((a) => /^[0-9]+$/.test(a)) ?? 25);
const TARGET_MS = 150;
// BENCH_DIST: another build to compare with (e.g. a copy of dist/ from before a change).
const bundle = path.join(process.env.BENCH_DIST ?? path.join(repoRoot, 'dist'), 'run.js');
const against = againstDist(process.argv);
const baseline = against ? path.join(against, 'run.js') : undefined;

function time(file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${file} ${args.join(' ')} exited ${code}: ${err}`));
      else resolve(ms);
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run 'flock /tmp/build.lock npm run build' first`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-run-'));
  const { workspace, runnerTemp, base, step: stepEnv } = await runStepEnv(root);

  const bare: number[] = [];
  const nodeFloor: number[] = [];
  const wrapped: number[] = [];
  const noReaper: number[] = [];
  const before: number[] = [];
  const offEnv = async (): Promise<NodeJS.ProcessEnv> => ({
    ...(await stepEnv()),
    CI_RECOVERY_SUBREAPER: 'off',
  });
  // Warm-up (file cache), not counted.
  await time('bash', ['-c', 'true'], base, workspace);
  await time(standNode(), [bundle], await stepEnv(), workspace);
  if (baseline) await time(standNode(), [baseline], await stepEnv(), workspace);
  for (let i = 0; i < RUNS; i++) {
    bare.push(await time('bash', ['-c', 'true'], base, workspace));
    nodeFloor.push(await time(standNode(), ['-e', ''], base, workspace));
    wrapped.push(await time(standNode(), [bundle], await stepEnv(), workspace));
    noReaper.push(await time(standNode(), [bundle], await offEnv(), workspace));
    if (baseline) before.push(await time(standNode(), [baseline], await stepEnv(), workspace));
  }
  const outputs = await readFile(path.join(runnerTemp, 'output'), 'utf8');
  if (!/attempts<<.*\n1\n/.test(outputs) && !outputs.includes('attempts=1')) {
    throw new Error(`the wrapper did not report attempts=1; its GITHUB_OUTPUT was:\n${outputs}`);
  }
  await rm(root, { recursive: true, force: true });

  const b = median(bare);
  const n = median(nodeFloor);
  const w = median(wrapped);
  // Paired per run (the three were started back to back), so load that shifts during the bench cancels out.
  const overhead = median(wrapped.map((x, i) => x - bare[i]!));
  const line = (label: string, ms: number): string => `${label.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms`;
  console.log(
    `run/ wrapper overhead, median of ${RUNS} runs each (Node 24: ${standNode().replace(repoRoot + '/', '')}; ` +
      `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(line('bare: bash -c true', b));
  console.log(line('floor: node24 -e "" (any JavaScript action)', n));
  console.log(line('wrapped: dist/run.js with run=true', w));
  console.log(line('overhead per attempt (median of wrapped - bare)', overhead));
  console.log(line('  of which Node startup (floor - bare)', n - b));
  console.log(line('  of which ci-recovery (wrapped - floor)', w - n));
  const paired = (xs: number[], ys: number[]): number => median(xs.map((x, i) => x - ys[i]!));
  console.log(line('  of which the subreaper (wrapped - its =off)', paired(wrapped, noReaper)));
  if (baseline) {
    console.log(line(`baseline: ${path.relative(process.cwd(), baseline)}`, median(before)));
    console.log(line('this build - baseline (median of pairs)', paired(wrapped, before)));
  }
  console.log(
    `ratio wrapped/bare: ${(w / b).toFixed(1)}x; target overhead < ${TARGET_MS} ms: ${overhead < TARGET_MS ? 'MET' : 'MISSED'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
