/**
 * `npm run bench:checkpoint`: checkpoint speed against the physical limit and the anchors, in one run.
 *
 * Two shapes in one run (bench/workspaces.ts, seeded): a workspace like node_modules plus build output
 * (~40,000 files, ~600 MB: many small text files, some large, partly compressible binaries), and a mixed
 * one unlike it (~20,000 files, ~300 MB: sources, images, data, objects, a few MB-sized outputs). For each,
 * on the local stand (Azurite + Results service), it times:
 *   - our full checkpoint (the CLI, artifact store) vs the limit `tar -cf - | zstd -T0 -3` to a file plus a
 *     raw blob upload of that file to the same Azurite;
 *   - our full checkpoint vs @actions/artifact zipping the same files at its default level (what
 *     upload-artifact does) and @actions/cache saving them;
 *   - an incremental checkpoint after changing 1% of the files vs the full one, beside the CLI's start-up
 *     alone (`checkpoint --help`, once a round) vs the full one: the floor no incremental goes below;
 *   - restore vs the limit (blob download + `zstd -d | tar -x`; the trees byte-identical), in time and in CPU (on 2 cores a side
 *     takes at least half its CPU seconds, however it spreads its work over threads);
 *   - peak RSS of our process (node; zstd is a separate process) at ~150 MB and ~600 MB: the worst round,
 *     under 200 MiB, and flat (at most 1.25x for the workspace 4x the size).
 * Our side runs as its own process (an esbuild bundle of the CLI from src/ that loads what dist/ loads,
 * bench/cli-bundle.ts, or dist/cli.js with --dist) under Node 24, measured with /usr/bin/time. Every
 * comparison runs in the same process against the same Azurite, rounds interleaved (baseline, ours,
 * baseline, ours, ...) so both see the same machine state; the table shows the median round's times and
 * the worst round's memory, and save and restore are judged by the median of each round's own ratio with
 * its limit (stats.ts pairedRatio). The limits' CPU includes their upload's and download's. Usage:
 *   npm run bench:checkpoint [-- --scale 0.25] [-- --mixed-scale 0.1] [-- --shapes node_modules,mixed]
 *     [-- --rounds 3] [-- --quick] [-- --dist] [-- --keep] [-- --root DIR]
 * --scale sizes both shapes (--mixed-scale the mixed one alone); the anchors and the memory rows are the
 * node_modules shape's; a summary ends the run with each shape's three bars side by side.
 * --round-trip-ms N delays each artifact service call by N ms (a GitHub round trip; the limit's raw blob
 * upload makes none). --quick skips the zip/cache anchors and the small workspace (for iterating on the code); --cli PATH
 * measures another build of the CLI; --against-cli PATH times that build's full save, incremental chain
 * and restore too, in the same rounds, and the summary gives its bars beside ours (an A/B against an
 * older version: bench/checkpoint.ts --keep leaves its bundle in cli-bundle/out); the summary then also
 * gives the difference, and ours over theirs round by round with its spread, which for the same build on
 * both sides (`--cli X --against-cli X`) are the bench's own bias and noise. Under load, judge by CPU:
 * two A/A runs at load 5-11 differed by up to 0.5x in wall time on one bar, and by at most 0.07x in CPU. The sides of a round run in a balanced order (stats.ts sideOrder: with
 * --against-cli, use a multiple of 6 rounds), each after the previous side's files are removed and
 * --settle seconds (default 3; see benchShape) have passed.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';
import { startStand, type Stand } from '../stand/services/stand.js';
import type { ContainerClient } from '@azure/storage-blob';
import { esbuildCli } from './cli-bundle.js';
import { median, medianRun, pairedRatio, roundRatios, sideOrder, type RoundRatios } from './stats.js';
import { generateMixed, generateNodeModules, mutate, type Workspace } from './workspaces.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;

interface Timed {
  seconds: number;
  /** Peak RSS in MiB (only for our child processes). */
  rssMiB?: number;
  /** User + system CPU seconds of the process and the children it waited for (zstd). */
  cpuSeconds?: number;
  stdout: string;
}

let cliEntry: string | undefined;

/**
 * The CLI bundled on the fly with esbuild (tsx's own compiler) from the current sources, so the measured
 * process is a plain bundle like dist/, without a TypeScript loader inflating time and memory; with
 * --dist, dist/cli.js as built.
 */
async function cliBundle(root: string, useDist: boolean): Promise<string> {
  const dist = path.join(repoRoot, 'dist');
  if (useDist) {
    if (!existsSync(path.join(dist, 'cli.js'))) throw new Error('--dist: dist/cli.js is not built');
    // A private copy: a rebuild of dist/ during the run must not pull the files from under us.
    const copy = path.join(root, 'cli-dist');
    await cp(dist, path.join(copy, 'dist'), { recursive: true });
    await cp(path.join(repoRoot, 'package.json'), path.join(copy, 'package.json'));
    return path.join(copy, 'dist', 'cli.js');
  }
  return esbuildCli(path.join(root, 'cli-bundle'));
}

/** Our CLI as its own Node 24 process, under /usr/bin/time for its peak RSS. */
async function ours(args: string[], env: NodeJS.ProcessEnv, cli = cliEntry!): Promise<Timed> {
  const entry = [cli];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, standNode(), ...entry, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /PEAK_RSS_KB=(\d+)/.exec(stderr);
      if (code !== 0)
        reject(new Error(`ci-recovery ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`));
      else
        resolve({
          seconds,
          ...(rss ? { rssMiB: Number(rss[1]) / 1024 } : {}),
          ...cpuOf(stderr),
          stdout,
        });
    });
  });
}

/** /usr/bin/time's report: peak RSS, and user and system CPU of the process and its waited-for children. */
const TIME_FORMAT = 'PEAK_RSS_KB=%M CPU_S=%U+%S';

function cpuOf(timeReport: string): { cpuSeconds?: number } {
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(timeReport);
  return cpu ? { cpuSeconds: Number(cpu[1]) + Number(cpu[2]) } : {};
}

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, value };
}

/** Silences @actions/* workflow-command output while fn runs. */
async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/** sha256 over a tree's sorted paths, each with its type and its content or link target (not modes or times). */
async function contentDigest(dir: string): Promise<string> {
  const h = createHash('sha256');
  const entries = (await readdir(dir, { withFileTypes: true, recursive: true }))
    .map((e) => ({ e, rel: path.relative(dir, path.join(e.parentPath, e.name)) }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const { e, rel } of entries) {
    const abs = path.join(dir, rel);
    if (e.isFile()) h.update(`${rel}\0file\0`).update(await readFile(abs));
    else if (e.isSymbolicLink()) h.update(`${rel}\0link\0${await readlink(abs)}`);
    else h.update(`${rel}\0${e.isDirectory() ? 'dir' : 'other'}\0`);
  }
  return h.digest('hex');
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** What every shape's rounds share: the rounds, the root, the stand and our CLI's environment. */
interface Bench {
  rounds: number;
  scale: number;
  quick: boolean;
  root: string;
  env: NodeJS.ProcessEnv;
  container: ContainerClient;
  againstCli: string | undefined;
  /** Seconds every timed side waits, after the previous side's files were removed, before it starts. */
  settle: number;
  log: (m: string) => void;
}

/** One workspace measured: `anchors` adds the zip/cache anchors and the small workspace's memory rows. */
interface Shape {
  tag: string;
  seed: number;
  ws: Workspace;
  anchors: boolean;
}

/** The three bars of one shape, each as a ratio with its baseline (medians of the same run's rounds). */
interface ShapeRatios {
  shape: string;
  save: number;
  incremental: number;
  restore: number;
  /**
   * The same three as ratios of median CPU seconds (user + sys, zstd included): on a machine other jobs
   * load, wall times move with the load, CPU seconds much less.
   */
  cpu: { save: number; incremental: number; restore: number };
  /** The same bars of --against-cli's build, measured in the same rounds. */
  against?: ShapeRatios;
  /** Ours over --against-cli's, round by round (wall time): about 1x in every round of an A/A run. */
  headToHead?: Record<'save' | 'incremental' | 'restore', RoundRatios>;
}

/** Every round of one shape, interleaved with its baselines; prints its table and returns its ratios. */
async function benchShape(b: Bench, shape: Shape): Promise<ShapeRatios> {
  const { rounds, scale, root, env, container, againstCli, log } = b;
  // Every timed side starts from the same state of the machine: the previous side's files removed, then
  // `settle` seconds. This VM's balloon has free page reporting (virtio-balloon feature bit 5): freed
  // pages go back to the host about 2 s after they are freed, and touching them again faults them in.
  // Without the pause, whether a side wrote into memory still mapped or taken back depended on what ran
  // just before it (another side's removed tree, a verification pass, the first place of a round).
  const settle = (): Promise<void> => (b.settle > 0 ? sleep(b.settle * 1000) : Promise.resolve());
  const { tag, ws } = shape;
  // The anchors and the small workspace (memory flatness) are measured on the node_modules shape only.
  const quick = b.quick || !shape.anchors;
  const limitCpu: number[] = [];
  let limitArchive = 0;
  const limitSave = async (round: number): Promise<number> => {
    const file = path.join(root, `${tag}-limit-${round}.tar.zst`);
    const t = await timed(async () => {
      const { stderr } = await run(
        '/usr/bin/time',
        ['-f', TIME_FORMAT, 'sh', '-c', `tar -cf - -C '${ws.dir}' . | zstd -T0 -3 -q -o '${file}'`],
        { maxBuffer: 1 << 20 },
      );
      // Its CPU: tar's and zstd's, and the upload's, in this process (nothing else runs meanwhile), as
      // the restore's limit counts its download: ours uploads in its own process, and that is counted.
      const before = process.cpuUsage();
      await container
        .getBlockBlobClient(`${tag}-limit-${round}.tar.zst`)
        .uploadFile(file, { blockSize: 8 * MiB, concurrency: 8 });
      const upload = process.cpuUsage(before);
      limitCpu.push((cpuOf(stderr).cpuSeconds ?? Number.NaN) + (upload.user + upload.system) / 1e6);
    });
    // Not kept on the disk: like ours, it lives in Azurite once uploaded (see the restore rounds' note).
    if (round === 1) limitArchive = (await stat(file)).size;
    await rm(file, { force: true });
    return t.seconds;
  };
  const oursSave = (name: string, extra: string[] = [], cli?: string): Promise<Timed> =>
    ours(
      [
        'checkpoint',
        '--store',
        'artifact',
        '--name',
        name,
        '--paths',
        '.',
        '--cwd',
        ws.dir,
        '--json',
        ...extra,
      ],
      env,
      cli,
    );

  const saveRounds: { limit: number; ours: Timed; theirs?: Timed }[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Each side takes each place and follows each other side equally often (stats.ts sideOrder), so none
    // always inherits another's page cache or memory state.
    let limit = Number.NaN;
    let o: Timed | undefined;
    let theirs: Timed | undefined;
    const sides = [
      async () => void (limit = await limitSave(round)),
      async () => void (o = await oursSave(`${tag}-full-${round}`, ['--full'])),
      ...(againstCli
        ? [async () => void (theirs = await oursSave(`${tag}-against-full-${round}`, ['--full'], againstCli))]
        : []),
    ];
    for (const i of sideOrder(sides.length, round)) {
      await settle();
      await sides[i]!();
    }
    log(
      `round ${round}: limit save ${limit.toFixed(2)} s (cpu ${limitCpu.at(-1)?.toFixed(2)} s), ours ${o!.seconds.toFixed(2)} s (cpu ${o!.cpuSeconds?.toFixed(2)} s, rss ${o!.rssMiB?.toFixed(0)} MiB)${theirs ? `, --against-cli ${theirs.seconds.toFixed(2)} s (cpu ${theirs.cpuSeconds?.toFixed(2)} s)` : ''}`,
    );
    saveRounds.push({ limit, ours: o!, ...(theirs ? { theirs } : {}) });
  }
  const bestLimitSave = median(saveRounds.map((r) => r.limit));
  const bestOurs = medianRun(saveRounds.map((r) => r.ours));
  const theirSave = median(saveRounds.map((r) => r.theirs?.seconds ?? Number.NaN));
  const full = JSON.parse(bestOurs.stdout) as { archive: { size: number }; files: number; bytes: number };

  // A chain of incrementals, each after changing another 1% of the files, each on the previous one.
  const incs: Timed[] = [];
  const theirIncs: Timed[] = [];
  const floors: Timed[] = [];
  let changed = 0;
  let incParent = `${tag}-full-${rounds}`;
  let theirParent = `${tag}-against-full-${rounds}`;
  for (let round = 1; round <= rounds; round++) {
    changed = await mutate(ws, 0.01, 6 + round);
    // --against-cli's chain sees the same changes, on its own parents; the two alternate who goes first.
    const theirsRun = async (): Promise<void> => {
      if (!againstCli) return;
      theirIncs.push(
        await oursSave(`${tag}-against-incremental-${round}`, ['--parent', theirParent], againstCli),
      );
      theirParent = `${tag}-against-incremental-${round}`;
    };
    if (round % 2 === 0) await settle().then(theirsRun);
    await settle();
    const inc = await oursSave(`${tag}-incremental-${round}`, ['--parent', incParent]);
    if (round % 2 === 1) await settle().then(theirsRun);
    incParent = `${tag}-incremental-${round}`;
    log(
      `incremental ${round} after changing ${changed} files: ${inc.seconds.toFixed(2)} s (rss ${inc.rssMiB?.toFixed(0)} MiB), stored ${(JSON.parse(inc.stdout) as { stored: number }).stored} entries${againstCli ? `; --against-cli ${theirIncs.at(-1)!.seconds.toFixed(2)} s` : ''}`,
    );
    incs.push(inc);
    // The CLI started and ended with no save (its --help): what any checkpoint, an incremental too, pays
    // before the engine does anything. Last in the round: the next side starts after the settle pause.
    floors.push(await ours(['checkpoint', '--help'], env));
  }
  const inc = medianRun(incs);
  const theirInc = median(theirIncs.map((t) => t.seconds));
  const incJson = JSON.parse(inc.stdout) as {
    stored: number;
    storedBytes: number;
    archive: { size: number };
  };

  const restoreRounds: { limit: number; ours: Timed; theirs?: Timed }[] = [];
  const limitRestoreCpu: number[] = [];
  // Round 1 checks every side's tree (its bytes, its content digest) after its time is taken and before
  // it is removed: all three do the same work there, and the settle pause follows each.
  const trees: { limit?: string; ours?: string; theirs?: string } = {};
  const checked = async (dir: string, side: 'ours' | 'theirs'): Promise<void> => {
    if ((await dirBytes(dir)) !== full.bytes)
      throw new Error(`restored bytes differ from the checkpoint (${side})`);
    trees[side] = await contentDigest(dir);
  };
  for (let round = 1; round <= rounds; round++) {
    const limitDir = path.join(root, `${tag}-limit-restore-${round}`);
    const limitFile = path.join(root, `${tag}-limit-dl-${round}.tar.zst`);
    // Its CPU: the download's, in this process (nothing else runs meanwhile), and zstd's and tar's.
    const limitRun = async (): Promise<{ seconds: number }> => {
      await mkdir(limitDir);
      const t = await timed(async () => {
        const before = process.cpuUsage();
        await container.getBlockBlobClient(`${tag}-limit-1.tar.zst`).downloadToFile(limitFile);
        const download = process.cpuUsage(before);
        const { stderr } = await run('/usr/bin/time', [
          '-f',
          TIME_FORMAT,
          'sh',
          '-c',
          `zstd -d -q -c '${limitFile}' | tar -x -C '${limitDir}'`,
        ]);
        limitRestoreCpu.push(
          (cpuOf(stderr).cpuSeconds ?? Number.NaN) + (download.user + download.system) / 1e6,
        );
      });
      if (round === 1) trees.limit = await contentDigest(limitDir);
      await rm(limitDir, { recursive: true, force: true });
      await rm(limitFile, { force: true });
      return t;
    };
    const dest = path.join(root, `${tag}-ours-restore-${round}`);
    const restoreRun = async (into: string, side: 'ours' | 'theirs', cli?: string): Promise<Timed> => {
      const args = ['restore', '--store', 'artifact', '--name', `${tag}-full-1`, '--dest', into, '--json'];
      const t = await ours(args, env, cli);
      if (round === 1) await checked(into, side);
      await rm(into, { recursive: true, force: true });
      return t;
    };
    let limit: { seconds: number } | undefined;
    let o: Timed | undefined;
    let theirs: Timed | undefined;
    // Each side's tree is removed before the next side runs: a side that wrote while the other's 600 MB
    // were still held got memory this VM had not touched yet, and went 0.5-1 s slower in whichever place
    // came second (three restores in a row took 1.5, 2.0 and 4.0 s; with each removed, 1.58-1.60 s).
    const sides = [
      async () => void (limit = await limitRun()),
      async () => void (o = await restoreRun(dest, 'ours')),
      ...(againstCli
        ? [async () => void (theirs = await restoreRun(`${dest}-against`, 'theirs', againstCli))]
        : []),
    ];
    for (const i of sideOrder(sides.length, round)) {
      await settle();
      await sides[i]!();
    }
    log(
      `restore round ${round}: limit ${limit!.seconds.toFixed(2)} s, ours ${o!.seconds.toFixed(2)} s (rss ${o!.rssMiB?.toFixed(0)} MiB)${theirs ? `, --against-cli ${theirs.seconds.toFixed(2)} s (rss ${theirs.rssMiB?.toFixed(0)} MiB)` : ''}`,
    );
    restoreRounds.push({ limit: limit!.seconds, ours: o!, ...(theirs ? { theirs } : {}) });
    // Byte-identical to what tar -x made of the same files: every path, type, link and content.
    if (round === 1 && trees.ours !== trees.limit)
      throw new Error('the restored tree differs from the one zstd -d | tar -x made');
    if (round === 1 && againstCli && trees.theirs !== trees.limit)
      throw new Error("--against-cli's restored tree differs from the one zstd -d | tar -x made");
  }
  const bestLimitRestore = median(restoreRounds.map((r) => r.limit));
  const bestOursRestore = medianRun(restoreRounds.map((r) => r.ours));

  // The anchors run last: the zip upload takes over a minute and both leave their uploads in Azurite's
  // memory, and no round we compare should be measured after that. (They see the same files, with the
  // incrementals' 16-byte edits in 3% of them.)
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const zip = { seconds: Number.NaN };
  const cacheSave = { seconds: Number.NaN };
  if (!quick) {
    const z = await timed(() =>
      quiet(() =>
        new DefaultArtifactClient().uploadArtifact(
          'bench-zip',
          ws.files.map((f) => path.join(ws.dir, f)),
          ws.dir,
        ),
      ),
    );
    zip.seconds = z.seconds;
    log(`zip upload (@actions/artifact, default level) ${zip.seconds.toFixed(2)} s`);
    const cache = await import('@actions/cache');
    const c = await timed(() => quiet(() => cache.saveCache([ws.dir], `bench-${Date.now()}`)));
    cacheSave.seconds = c.seconds;
    log(`@actions/cache save ${cacheSave.seconds.toFixed(2)} s`);
  }

  // Flatness of memory: the same save and restore on a workspace a quarter of the size.
  const small = quick
    ? { dir: '', files: [], bytes: Number.NaN }
    : await generateNodeModules(
        path.join(root, 'ws-small'),
        43,
        150 * MiB * scale,
        Math.round(10_000 * scale),
      );
  const none: Timed = { seconds: Number.NaN, stdout: '' };
  const smallSave = quick
    ? none
    : await ours(
        [
          'checkpoint',
          '--store',
          'artifact',
          '--name',
          'small',
          '--paths',
          '.',
          '--cwd',
          small.dir,
          '--full',
          '--json',
        ],
        env,
      );
  const smallRestore = quick
    ? none
    : await ours(
        [
          'restore',
          '--store',
          'artifact',
          '--name',
          'small',
          '--dest',
          path.join(root, 'small-restore'),
          '--json',
        ],
        env,
      );

  const x = (r: number): string => `${r.toFixed(2)}x`;
  const cpuOfRuns = (runs: Timed[]): number[] => runs.map((t) => t.cpuSeconds ?? Number.NaN);
  const secondsOf = (runs: Timed[]): number[] => runs.map((t) => t.seconds);
  const limitSaves = saveRounds.map((r) => r.limit);
  const limitRestores = restoreRounds.map((r) => r.limit);
  // Save and restore against their limit round by round (pairedRatio): the load moves between rounds.
  const ratiosOf = (save: Timed[], incs: Timed[], restores: Timed[]): Omit<ShapeRatios, 'shape'> => ({
    save: pairedRatio(secondsOf(save), limitSaves),
    incremental: median(secondsOf(incs)) / median(secondsOf(save)),
    restore: pairedRatio(secondsOf(restores), limitRestores),
    cpu: {
      save: pairedRatio(cpuOfRuns(save), limitCpu),
      incremental: median(cpuOfRuns(incs)) / median(cpuOfRuns(save)),
      restore: pairedRatio(cpuOfRuns(restores), limitRestoreCpu),
    },
  });
  const mine = ratiosOf(
    saveRounds.map((r) => r.ours),
    incs,
    restoreRounds.map((r) => r.ours),
  );
  const theirs = againstCli
    ? ratiosOf(
        saveRounds.map((r) => r.theirs!),
        theirIncs,
        restoreRounds.map((r) => r.theirs!),
      )
    : undefined;
  const headToHead = againstCli
    ? {
        save: roundRatios(
          secondsOf(saveRounds.map((r) => r.ours)),
          secondsOf(saveRounds.map((r) => r.theirs!)),
        ),
        incremental: roundRatios(secondsOf(incs), secondsOf(theirIncs)),
        restore: roundRatios(
          secondsOf(restoreRounds.map((r) => r.ours)),
          secondsOf(restoreRounds.map((r) => r.theirs!)),
        ),
      }
    : undefined;
  /** A row of medians of CPU seconds (user+sys, zstd included), ours against a limit's, and their ratio. */
  const cpuRow = (measure: string, ours: Timed[], limit: number[], r: number): string[] => [
    measure,
    `${median(cpuOfRuns(ours)).toFixed(2)} s`,
    `${median(limit).toFixed(2)} s`,
    x(r),
    '',
    '',
  ];
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  // Memory is judged on the worst round, not the median; "flat" means the workspace with 4x the files
  // and bytes costs at most a quarter more (in --quick there is no small workspace to compare with).
  const peak = (runs: Timed[]): number => Math.max(...runs.map((r) => r.rssMiB ?? 1e9));
  const saveRss = peak(saveRounds.map((r) => r.ours));
  const restoreRss = peak(restoreRounds.map((r) => r.ours));
  const flat = (small: number | undefined, big: number): boolean =>
    big < 200 && (quick || (small !== undefined && big / small <= 1.25));
  const sizes = `${quick ? '' : `${(small.bytes / MiB).toFixed(0)} MiB / `}${(ws.bytes / MiB).toFixed(0)} MiB`;
  const anchorRows: string[][] = [
    [
      'full checkpoint vs @actions/artifact zip upload',
      `${bestOurs.seconds.toFixed(2)} s`,
      `${zip.seconds.toFixed(2)} s`,
      `${(zip.seconds / bestOurs.seconds).toFixed(2)}x faster`,
      '>= 3x faster',
      verdict(zip.seconds / bestOurs.seconds >= 3),
    ],
    [
      'full checkpoint vs @actions/cache save',
      `${bestOurs.seconds.toFixed(2)} s`,
      `${cacheSave.seconds.toFixed(2)} s`,
      `${(cacheSave.seconds / bestOurs.seconds).toFixed(2)}x faster`,
      '',
      '',
    ],
  ];
  const floor = { seconds: median(secondsOf(floors)), cpu: median(cpuOfRuns(floors)) };
  const fullCpu = median(cpuOfRuns(saveRounds.map((r) => r.ours)));
  const rows: string[][] = [
    ['measure', 'ours', 'baseline', 'ratio', 'target', ''],
    [
      'full checkpoint vs tar|zstd -T0 -3 + blob upload',
      `${bestOurs.seconds.toFixed(2)} s`,
      `${bestLimitSave.toFixed(2)} s`,
      x(mine.save),
      '<= 1.2x',
      verdict(mine.save <= 1.2),
    ],
    cpuRow(
      'full checkpoint CPU (user+sys, with zstd) vs tar|zstd',
      saveRounds.map((r) => r.ours),
      limitCpu,
      mine.cpu.save,
    ),
    // --quick runs no anchors and no small workspace: their rows would only print NaN.
    ...(quick ? [] : anchorRows),
    [
      `incremental (${changed} files = 1% changed) vs full`,
      `${inc.seconds.toFixed(2)} s`,
      `${bestOurs.seconds.toFixed(2)} s`,
      x(mine.incremental),
      '<= 0.10x',
      verdict(mine.incremental <= 0.1),
    ],
    [
      'CLI start-up alone (checkpoint --help) vs full: no incremental goes below it',
      `${floor.seconds.toFixed(2)} s (cpu ${floor.cpu.toFixed(2)} s)`,
      `${bestOurs.seconds.toFixed(2)} s (cpu ${fullCpu.toFixed(2)} s)`,
      `${x(floor.seconds / bestOurs.seconds)} (cpu ${x(floor.cpu / fullCpu)})`,
      '',
      '',
    ],
    [
      'restore vs download + zstd -d | tar -x',
      `${bestOursRestore.seconds.toFixed(2)} s`,
      `${bestLimitRestore.toFixed(2)} s`,
      x(mine.restore),
      '<= 1.15x',
      verdict(mine.restore <= 1.15),
    ],
    cpuRow(
      'restore CPU (user+sys, with zstd) vs download + zstd -d | tar -x',
      restoreRounds.map((r) => r.ours),
      limitRestoreCpu,
      mine.cpu.restore,
    ),
    ...(theirs
      ? [
          [
            'full checkpoint of --against-cli vs the same limit',
            `${theirSave.toFixed(2)} s`,
            `${bestLimitSave.toFixed(2)} s`,
            x(theirs.save),
            '',
            '',
          ],
          [
            'incremental of --against-cli vs its full',
            `${theirInc.toFixed(2)} s`,
            `${theirSave.toFixed(2)} s`,
            x(theirs.incremental),
            '',
            '',
          ],
          [
            'restore of --against-cli vs the same limit',
            `${median(restoreRounds.map((r) => r.theirs!.seconds)).toFixed(2)} s`,
            `${bestLimitRestore.toFixed(2)} s`,
            x(theirs.restore),
            '',
            '',
          ],
          cpuRow(
            'restore CPU of --against-cli vs the same limit',
            restoreRounds.map((r) => r.theirs!),
            limitRestoreCpu,
            theirs.cpu.restore,
          ),
        ]
      : []),
    [
      `peak RSS, save (${sizes})`,
      `${quick ? '' : `${smallSave.rssMiB?.toFixed(0)} / `}${saveRss.toFixed(0)} MiB`,
      '',
      '',
      '< 200 MiB, flat (<= 1.25x)',
      verdict(flat(smallSave.rssMiB, saveRss)),
    ],
    [
      `peak RSS, restore (${sizes})`,
      `${quick ? '' : `${smallRestore.rssMiB?.toFixed(0)} / `}${restoreRss.toFixed(0)} MiB`,
      '',
      '',
      '< 200 MiB, flat (<= 1.25x)',
      verdict(flat(smallRestore.rssMiB, restoreRss)),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  process.stdout.write(
    [
      `shape ${tag}: ${ws.files.length} files, ${(ws.bytes / MiB).toFixed(0)} MiB (seed ${shape.seed}); ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}; node ${process.version} (bench), Node 24 (ours); times: median of ${rounds} interleaved rounds; peak RSS: the worst round`,
      `archive: ours ${(full.archive.size / MiB).toFixed(1)} MiB, tar|zstd -3 ${(limitArchive / MiB).toFixed(1)} MiB; incremental archive ${(incJson.archive.size / MiB).toFixed(2)} MiB (${incJson.stored} entries)`,
      line(rows[0]!),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.slice(1).map(line),
      '',
    ].join('\n'),
  );
  return {
    shape: tag,
    ...mine,
    ...(theirs ? { against: { shape: `${tag} (--against-cli)`, ...theirs } } : {}),
    ...(headToHead ? { headToHead } : {}),
  };
}

/** The bars of every shape side by side, each a ratio with its baseline. */
function printSummary(results: ShapeRatios[], rounds: number): void {
  const x = (v: number): string => `${v.toFixed(2)}x`;
  const signed = (v: number): string => `${v >= 0 ? '+' : ''}${v.toFixed(2)}x`;
  const bars = ['save', 'incremental', 'restore'] as const;
  // Each bar in wall time, then in CPU seconds.
  const cells = (q: ShapeRatios, f: (v: number) => string = x): string[] =>
    bars.map((k) => `${f(q[k])} (cpu ${f(q.cpu[k])})`);
  const rows = [
    [
      'shape',
      'save / tar|zstd (<= 1.2x)',
      'incremental 1% / full (<= 0.10x)',
      'restore / zstd -d|tar -x (<= 1.15x)',
    ],
    ...results.flatMap((r) => {
      if (!r.against) return [[r.shape, ...cells(r)]];
      const a = r.against;
      // With the same build on both sides (an A/A run) this row is the bench's own bias and noise.
      const diff: ShapeRatios = {
        shape: '',
        ...Object.fromEntries(bars.map((k) => [k, r[k] - a[k]])),
        cpu: Object.fromEntries(bars.map((k) => [k, r.cpu[k] - a.cpu[k]])),
      } as ShapeRatios;
      const h = r.headToHead!;
      return [
        [r.shape, ...cells(r)],
        [a.shape, ...cells(a)],
        [`${r.shape}: ours - --against-cli`, ...cells(diff, signed)],
        [
          `${r.shape}: ours / --against-cli by round`,
          ...bars.map((k) => `${x(h[k].median)} (rounds ${h[k].low.toFixed(2)}-${h[k].high.toFixed(2)})`),
        ],
      ];
    }),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  process.stdout.write(
    [
      `summary (medians of ${rounds} interleaved rounds; wall time, and CPU seconds in brackets; load ${os.loadavg()[0]!.toFixed(2)}):`,
      line(rows[0]!),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.slice(1).map(line),
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const scale = Number(flag('--scale')) || 1;
  // The mixed workspace's size (1: ~20,000 files, ~300 MB), by default --scale's.
  const mixedScale = Number(flag('--mixed-scale')) || scale;
  const rounds = Math.max(1, Number(flag('--rounds')) || 3);
  const keep = process.argv.includes('--keep');
  const quick = process.argv.includes('--quick');
  // --root picks the filesystem: /dev/shm (tmpfs) takes the disk's noise out of the comparison.
  const root = await mkdtemp(path.join(flag('--root') ?? os.tmpdir(), 'bench-checkpoint-'));
  const log = (m: string): void => void process.stderr.write(`[bench] ${m}\n`);
  let stand: Stand | undefined;
  try {
    log(`workspace root ${root}`);
    cliEntry = flag('--cli') ?? (await cliBundle(root, process.argv.includes('--dist')));
    log(`our CLI: ${cliEntry}`);
    const againstCli = flag('--against-cli');
    if (againstCli) log(`saves, incrementals and restores also timed with: ${againstCli}`);
    if (againstCli && rounds % 6 !== 0)
      log(`--rounds ${rounds}: with three sides, only a multiple of 6 balances who follows whom`);
    // Both shapes in one run: node_modules (its anchors and memory rows too) and a mixed workspace.
    const shapes: Shape[] = [];
    for (const tag of (flag('--shapes') ?? 'node_modules,mixed').split(',')) {
      const made = await timed(() =>
        tag === 'mixed'
          ? generateMixed(
              path.join(root, 'ws-mixed'),
              44,
              300 * MiB * mixedScale,
              Math.round(20_000 * mixedScale),
            )
          : generateNodeModules(path.join(root, 'ws'), 42, 600 * MiB * scale, Math.round(40_000 * scale)),
      );
      const ws = made.value;
      log(
        `${tag}: generated ${ws.files.length} files, ${(ws.bytes / MiB).toFixed(0)} MiB in ${made.seconds.toFixed(1)} s`,
      );
      shapes.push({ tag, seed: tag === 'mixed' ? 44 : 42, ws, anchors: tag !== 'mixed' });
    }

    stand = await startStand({ runId: 9001, jobId: 1 });
    // --round-trip-ms N: each call to the artifact service answers N ms later, as GitHub's do (100-300 ms)
    // and the local stand's do not; the blob transfers themselves stay local.
    const roundTrip = Number(flag('--round-trip-ms') ?? 0);
    if (!(roundTrip >= 0)) throw new Error('--round-trip-ms: give the milliseconds, 0 or more');
    if (roundTrip > 0)
      for (const method of ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL'])
        stand.results.delay(method, roundTrip);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...stand.env,
      RUNNER_TEMP: path.join(root, 'runner-temp'),
    };
    Object.assign(process.env, env);
    await mkdir(env.RUNNER_TEMP!, { recursive: true });
    const { BlobServiceClient } = await import('@azure/storage-blob');
    const container = BlobServiceClient.fromConnectionString(
      stand.azurite.connectionString,
    ).getContainerClient('bench-limit');
    await container.createIfNotExists();

    // 3 s: past the 2 s after which the balloon reports freed pages (see benchShape); 0 turns it off.
    const settleFlag = flag('--settle');
    const settle = settleFlag === undefined ? 3 : Number(settleFlag);
    if (!(settle >= 0)) throw new Error(`--settle ${settleFlag}: give the seconds to wait, 0 or more`);
    const bench: Bench = { rounds, scale, quick, root, env, container, againstCli, settle, log };
    const results: ShapeRatios[] = [];
    for (const shape of shapes) results.push(await benchShape(bench, shape));
    printSummary(results, rounds);
  } finally {
    await stand?.stop();
    if (!keep) await rm(root, { recursive: true, force: true });
  }
}

await main();
