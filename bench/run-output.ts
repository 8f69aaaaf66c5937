/**
 * Memory of the `run/` wrapper when the reader of its output stalls: the real bundle `dist/run.js` runs a
 * command that writes OUTPUT_MIB MiB, while this process (the runner's place) reads none of it for
 * STALL_SECONDS, then reads it all. Peak RSS of the wrapper (GNU time's %M), wall time, and whether
 * every byte arrived. Promised: memory bounded by the tail buffer (2 MiB), whatever the output.
 *
 *   npm run build && npm run bench:run-output [-- OUTPUT_MIB STALL_SECONDS]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';
import { runStepEnv } from '../stand/runner/run-step-env.js';

const OUTPUT_MIB = Number(process.argv[2] ?? 1024);
const STALL_SECONDS = Number(process.argv[3] ?? 10);
// BENCH_DIST: another build to compare with (e.g. a copy of dist/ from before a change).
const bundle = path.join(process.env.BENCH_DIST ?? path.join(repoRoot, 'dist'), 'run.js');
const TIME = '/usr/bin/time';

async function main(): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run 'npm run build' first`);
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the peak RSS`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-run-output-'));
  const { workspace, step } = await runStepEnv(root);
  const env = await step({
    run: `set +o pipefail; yes 0123456789abcdefghijklmnopqrstuvwxyz | head -c ${OUTPUT_MIB}M`,
    stage: 'loud',
  });
  const started = Date.now();
  const child = spawn(TIME, ['-f', 'maxrss=%M', standNode(), bundle], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4096)));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // The stalled reader: nothing is read from the wrapper's stdout for a while.
  child.stdout.pause();
  await sleep(STALL_SECONDS * 1000);
  let received = 0;
  child.stdout.on('data', (d: Buffer) => (received += d.length));
  child.stdout.resume();
  const code = await exited;
  await rm(root, { recursive: true, force: true });
  const rss = /maxrss=(\d+)/.exec(stderr);
  console.log(
    `run/ with ${OUTPUT_MIB} MiB of output, reader stalled ${STALL_SECONDS} s (Node 24, ${os.cpus().length} cores, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`exit ${code}; wall ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`peak RSS of the wrapper: ${rss ? (Number(rss[1]) / 1024).toFixed(0) : '?'} MiB`);
  console.log(
    `bytes received: ${received} (${(received / 1024 / 1024).toFixed(1)} MiB, at least ${OUTPUT_MIB} MiB expected)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
