/**
 * What a green job's two checkpoints of a keyed node_modules cost, and the same with another checkout's
 * code in the same process, in paired rounds (order alternating, same page cache): the checkpoint before
 * the build (the path compared by content with an entry another job published) and the one before the
 * tests (incremental on it), each as a `run/` stage makes it: `read` is when onPacked came, `start` when
 * the stage's command was spawned (as run/ does it: once told, its script written, then a real process,
 * whatever the save still does on this thread meanwhile), the wall time when the save ended. A directory store on a copy of the tree, so the figures are the save's own
 * work, without the artifact and cache services: wall and CPU milliseconds (the CPU of every thread).
 *
 *   npx tsx bench/green-checkpoints.ts [--against ../other-checkout] [--rounds 3] [--tree DIR]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { RecordingLogger } from '../src/runner/adapters/logger.js';
import { repoRoot } from '../stand/services/paths.js';
import { median } from './stats.js';

type Api = typeof import('../src/checkpoint/adapters/index.js');

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = Number(flag('rounds') ?? 3);
// Its real path: a checkout whose node_modules is a link to another's would copy only the link.
const tree = realpathSync(path.resolve(flag('tree') ?? path.join(repoRoot, 'node_modules')));
const against = flag('against');
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];
const paths = ['node_modules', 'build'];

const load = (root: string): Promise<Api> =>
  import(pathToFileURL(path.join(root, 'src/checkpoint/adapters/index.ts')).href) as Promise<Api>;

interface Timed {
  wall: number;
  cpu: number;
  /** Until onPacked. */
  read: number;
  /** Until the stage's command was spawned: what a `run/` stage's command waits for. */
  start: number;
}

/**
 * A save as a `run/` stage makes it: told onPacked, after which its command starts (its script written,
 * then spawned), and the save told so (what onPacked returns; a build that ignores it goes on at once).
 */
async function timed(scripts: string, fn: (onPacked: () => unknown) => Promise<unknown>): Promise<Timed> {
  const [c, t] = [process.cpuUsage(), performance.now()];
  let [read, start] = [NaN, NaN];
  let told!: () => void;
  const packed = new Promise<void>((resolve) => (told = resolve));
  let exited: Promise<unknown> = Promise.resolve();
  const started = packed.then(async () => {
    const script = path.join(scripts, 'script.sh');
    await writeFile(script, 'exit 0\n');
    const child = spawn('sh', [script], { stdio: 'ignore' });
    start = performance.now() - t;
    exited = once(child, 'exit');
  });
  await fn(() => ((read = performance.now() - t), told(), started));
  const used = process.cpuUsage(c);
  const wall = performance.now() - t;
  await exited;
  return { wall, cpu: (used.user + used.system) / 1000, read, start };
}

/** One job's two checkpoints with `api`, in a job directory of its own. */
async function job(api: Api, ws: string, storeDir: string, run: string): Promise<[Timed, Timed]> {
  const store = new api.DirStore(storeDir);
  const manifestCache = path.join(storeDir, '..', `job-${run}`);
  const meta = (stage: string) => ({ stage, job: 'build', runId: run, attempt: 1 });
  const logger = new RecordingLogger();
  const common = { store, workspace: ws, paths, keyed, manifestCache, logger, compression: 'zstd' as const };
  const build = await timed(storeDir, (onPacked) =>
    api.saveCheckpoint({ ...common, id: `${run}-build`, meta: meta('build'), onPacked }),
  );
  await writeFile(path.join(ws, 'build/out.js'), `// ${run}\n`);
  const test = await timed(storeDir, (onPacked) =>
    api.saveCheckpoint({
      ...common,
      id: `${run}-test`,
      meta: meta('test'),
      parent: `${run}-build`,
      onPacked,
    }),
  );
  await rm(manifestCache, { recursive: true, force: true });
  return [build, test];
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-green-ckpt-'));
  try {
    const ws = path.join(tmp, 'ws');
    await mkdir(path.join(ws, 'build'), { recursive: true });
    await writeFile(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3,"bench":"green"}');
    console.log(`copying ${tree} ...`);
    await cp(tree, path.join(ws, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    const storeDir = path.join(tmp, 'store');
    const apis: [string, Api][] = [['this', await load(repoRoot)]];
    if (against) apis.push([`against ${against}`, await load(path.resolve(against))]);
    // The entry, published by another job: every job below compares with it by content.
    await job(apis[0]![1], ws, storeDir, 'publisher');
    const results = new Map<string, [Timed, Timed][]>(apis.map(([name]) => [name, []]));
    for (let i = 0; i < rounds; i++) {
      for (const [name, api] of i % 2 ? [...apis].reverse() : apis) {
        const r = await job(api, ws, storeDir, `r${i}-${name.length}`);
        results.get(name)!.push(r);
        const [b, t] = r;
        console.log(
          `round ${i + 1} ${name.padEnd(24)} before the build ${b.read.toFixed(0)} ms read, ${b.start.toFixed(0)} started, ${b.wall.toFixed(0)} ms (cpu ${b.cpu.toFixed(0)}), before the tests ${t.read.toFixed(0)} ms read, ${t.start.toFixed(0)} started, ${t.wall.toFixed(0)} ms (cpu ${t.cpu.toFixed(0)}); load ${os.loadavg()[0]!.toFixed(1)}`,
        );
      }
    }
    for (const [name, rs] of results) {
      const m = (f: (r: [Timed, Timed]) => number): string => median(rs.map(f)).toFixed(0);
      console.log(
        `median ${name.padEnd(24)} before the build ${m((r) => r[0].read)} ms read, ${m((r) => r[0].start)} started, ${m((r) => r[0].wall)} ms (cpu ${m((r) => r[0].cpu)}), before the tests ${m((r) => r[1].read)} ms read, ${m((r) => r[1].start)} started, ${m((r) => r[1].wall)} ms (cpu ${m((r) => r[1].cpu)})`,
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
