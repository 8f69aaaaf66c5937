/**
 * The `run/` bundle passes the command's output on with backpressure: when the runner (here, this test)
 * stops reading, the command waits on its writes and the wrapper's memory stays near its start, instead
 * of holding everything the command wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runStepEnv } from '../../stand/runner/run-step-env.js';
import { standNode } from '../../stand/services/node24.js';
import { repoRoot } from '../../stand/services/paths.js';

// Holding what was written would take more than half of it; the wrapper's own start-up and the chunks in flight
// take a fixed 110-135 MiB on 2 cores whatever is written, so the output is large enough for half of it to
// stand well above that.
const OUTPUT_MIB = 512;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'run-output-memory-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test(`${OUTPUT_MIB} MiB written while nobody reads: the wrapper's peak memory stays far below it, and every byte arrives`, async () => {
  const { workspace, step } = await runStepEnv(root);
  const hwm = path.join(root, 'wrapper-hwm');
  const written = path.join(root, 'written');
  // After writing, the command records its parent's (the wrapper's) peak resident memory.
  const env = await step({
    stage: 'loud',
    run: `head -c ${OUTPUT_MIB}M /dev/zero | tr '\\0' x; touch '${written}'; grep VmHWM /proc/$PPID/status > '${hwm}'`,
  });
  const child = spawn(standNode(), [path.join(repoRoot, 'dist/run.js')], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdout.pause();
  // Stall until the command has written everything (it cannot while its writes wait on us) or for 5 s.
  for (let waited = 0; waited < 5000 && !existsSync(written); waited += 100) await sleep(100);
  let received = 0;
  child.stdout.on('data', (d: Buffer) => (received += d.length));
  child.stdout.resume();
  expect(await exited).toBe(0);
  expect(received).toBeGreaterThanOrEqual(OUTPUT_MIB * 1024 * 1024);
  const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(await readFile(hwm, 'utf8'))?.[1]);
  expect(peakKiB).toBeGreaterThan(0);
  expect(peakKiB).toBeLessThan((OUTPUT_MIB / 2) * 1024);
}, 120_000);
