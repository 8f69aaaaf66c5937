/**
 * `npx tsx bench/keyed-checkpoint.ts [--rounds 5] [--restore-rounds 3] [--verify content] [--tree DIR]`: what a keyed node_modules saves.
 *
 * On the local stand (Azurite + Results service: the artifact store and the cache service), with a copy
 * of a real node_modules (default: this repository's, ~1.1 GB in ~40,000 files) in a temporary workspace
 * beside a lockfile and a small src/, it times, in paired rounds (order alternating, same process, same
 * page cache):
 *   plain  - a full checkpoint of [src, node_modules] as today (no keyed paths);
 *   keyed  - the same checkpoint with node_modules keyed by package-lock.json, its entry already published
 *            (the steady state: a green run before seeded the key);
 * then the first checkpoint of a new lockfile (publishes the entry, then takes the path from it) once, and the resume of a plain and of
 * a keyed checkpoint into a fresh checkout in paired rounds. Prints each round and the medians.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  type SaveResult,
} from '../src/checkpoint/adapters/index.js';
import { repoRoot } from '../stand/services/paths.js';
import { startStand } from '../stand/services/stand.js';
import { median } from './stats.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = Number(flag('rounds') ?? 5);
const restoreRounds = Number(flag('restore-rounds') ?? 3);
const tree = path.resolve(flag('tree') ?? path.join(repoRoot, 'node_modules'));
const verify = flag('verify') === 'content' ? ('content' as const) : ('stat' as const);
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'], verify }];
const MB = 1e6;

async function main(): Promise<void> {
  const stand = await startStand({ runId: 900, jobId: 1, runAttempt: 1 });
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-keyed-'));
  Object.assign(process.env, stand.env, { RUNNER_TEMP: path.join(tmp, 'runner-temp') });
  // The toolkit's workflow commands (masks) stay out of the table.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array): boolean =>
    String(chunk).startsWith('::') ? true : write(chunk);
  try {
    const ws = path.join(tmp, 'ws');
    await mkdir(path.join(ws, 'src'), { recursive: true });
    await writeFile(path.join(ws, 'src/index.js'), 'console.log(1)\n'.repeat(1000));
    await writeFile(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3,"bench":1}');
    console.log(`copying ${tree} ...`);
    await cp(tree, path.join(ws, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    const store = await openStore('artifact', {});
    let seq = 0;
    const save = async (withKeys: boolean): Promise<{ ms: number; cpuMs: number; r: SaveResult }> => {
      const t0 = performance.now();
      // The process's CPU, its hashing threads' included (the compressor's own process is not).
      const c0 = process.cpuUsage();
      const r = await saveCheckpoint({
        store,
        workspace: ws,
        paths: ['src', 'node_modules'],
        id: `bench-${++seq}`,
        meta: { stage: 'test', job: 'bench', runId: '900', attempt: 1, completedStages: ['install'] },
        ...(withKeys ? { keyed } : {}),
      });
      const c = process.cpuUsage(c0);
      return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, r };
    };
    const seed = await save(true);
    const line = (what: string, x: { ms: number; cpuMs: number; r: SaveResult }): void =>
      console.log(
        `${what.padEnd(34)} ${(x.ms / 1000).toFixed(2).padStart(6)} s  CPU ${(x.cpuMs / 1000).toFixed(2).padStart(5)} s  archive ${(x.r.manifest.archive.size / MB).toFixed(1).padStart(7)} MB  ${x.r.keyed?.map((k) => k.outcome).join(',') ?? ''}`,
      );
    line('first save, new key (publishes, takes)', seed);
    const plain: number[] = [];
    const withKey: number[] = [];
    const cpu = { plain: [] as number[], keyed: [] as number[] };
    let lastPlain = seed;
    let lastKeyed = seed;
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? [false, true] : [true, false];
      for (const k of order) {
        const x = await save(k);
        (k ? withKey : plain).push(x.ms);
        cpu[k ? 'keyed' : 'plain'].push(x.cpuMs);
        if (k) lastKeyed = x;
        else lastPlain = x;
        line(`round ${i + 1} ${k ? 'keyed (entry exists)' : 'plain'}`, x);
      }
    }
    await writeFile(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3,"bench":2}');
    line('new lockfile (publishes, takes)', await save(true));
    const restored: Record<'plain' | 'keyed', number[]> = { plain: [], keyed: [] };
    for (let i = 0; i < restoreRounds; i++) {
      const pair = [
        ['plain', lastPlain],
        ['keyed', lastKeyed],
      ] as const;
      for (const [what, x] of i % 2 === 0 ? pair : [...pair].reverse()) {
        const dest = path.join(tmp, `resume-${what}`);
        await mkdir(path.join(dest, 'src'), { recursive: true });
        const t0 = performance.now();
        await restoreCheckpoint({ store, checkpoint: x.r.manifest.id, dest });
        restored[what].push(performance.now() - t0);
        console.log(
          `resume of the ${what} checkpoint into a fresh checkout: ${(restored[what].at(-1)! / 1000).toFixed(2)} s`,
        );
        await rm(dest, { recursive: true, force: true });
      }
    }
    console.log(
      `\nmedian of ${rounds} paired rounds: plain ${(median(plain) / 1000).toFixed(2)} s, keyed ${(median(withKey) / 1000).toFixed(2)} s (saves ${((median(plain) - median(withKey)) / 1000).toFixed(2)} s)`,
    );
    console.log(
      `median CPU (this process): plain ${(median(cpu.plain) / 1000).toFixed(2)} s, keyed ${(median(cpu.keyed) / 1000).toFixed(2)} s`,
    );
    if (restoreRounds)
      console.log(
        `median resume of ${restoreRounds} paired rounds: plain ${(median(restored.plain) / 1000).toFixed(2)} s, keyed ${(median(restored.keyed) / 1000).toFixed(2)} s`,
      );
  } finally {
    process.stdout.write = write;
    await stand.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
